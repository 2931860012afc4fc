package dev.switchboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The command-line options of the bench, with their defaults. */
record Options(
        List<String> databases,
        List<Integer> clients,
        Duration warmup,
        Duration duration,
        Path jar,
        Path repoRoot,
        List<String> javaOpts,
        Path outDir,
        Duration startTimeout,
        double repeatRatio,
        String scenario,
        long seed,
        int seedClients) {

    static final String USAGE = """
            usage: java -jar bench/target/switchboard-bench.jar [options]
              --db h2|postgres|both     database(s) to run against, one fresh hub each (default both)
              --clients 16,64           concurrency levels, closed-loop clients (default 16,64)
              --warmup 5s               warm-up per level, not measured (default 5s)
              --duration 20s            measured run per level (default 20s)
              --scenario webhook|form|detect
                                        webhook: POST /hooks/contacts; form: POST /forms/bench-form
                                        against seeded contacts; detect: the trigger-detectors plugin
                                        zip (plugins/target/dist) on one thread, no hub (default webhook)
              --repeat 0.2              webhook: share of posts that repeat an earlier email (default 0.2)
              --seed 100000             form: existing contacts seeded before the load (default 100000)
              --seed-clients 32         form: parallel posters while seeding (default 32)
              --jar PATH                hub fat jar (default <repo-root>/hub/target/switchboard.jar)
              --repo-root PATH          checkout holding routes/ (default: walk up from the working dir)
              --java-opts "..."         JVM flags for the hub (default none)
              --out DIR                 where results-<db>.json and hub-<db>.log go (default <repo-root>/bench/target)
              --start-timeout 60s       how long the hub may take to report UP (default 60s)
            durations: 500ms, 5s, 2m, or a plain number of seconds""";

    static Options parse(String[] args) {
        String db = "both";
        String clients = "16,64";
        String warmup = "5s";
        String duration = "20s";
        String repeat = "0.2";
        String jar = null;
        String repoRoot = null;
        String javaOpts = "";
        String out = null;
        String startTimeout = "60s";
        String scenario = "webhook";
        String seed = "100000";
        String seedClients = "32";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            } else if (arg.equals("--help") || arg.equals("-h")) {
                throw new IllegalArgumentException("");
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("missing value for " + arg);
            }
            switch (arg) {
                case "--db" -> db = value;
                case "--clients" -> clients = value;
                case "--warmup" -> warmup = value;
                case "--duration" -> duration = value;
                case "--repeat" -> repeat = value;
                case "--jar" -> jar = value;
                case "--repo-root" -> repoRoot = value;
                case "--java-opts" -> javaOpts = value;
                case "--out" -> out = value;
                case "--start-timeout" -> startTimeout = value;
                case "--scenario" -> scenario = value.toLowerCase(Locale.ROOT);
                case "--seed" -> seed = value.replace("_", "").replace(",", "");
                case "--seed-clients" -> seedClients = value;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        Path root = repoRoot != null ? Path.of(repoRoot).toAbsolutePath().normalize() : findRepoRoot();
        double repeatRatio = Double.parseDouble(repeat);
        if (repeatRatio < 0 || repeatRatio > 1) {
            throw new IllegalArgumentException("--repeat must be between 0 and 1");
        }
        if (!scenario.equals("webhook") && !scenario.equals("form") && !scenario.equals("detect")) {
            throw new IllegalArgumentException("--scenario must be webhook, form or detect");
        }
        long seedCount = Long.parseLong(seed);
        if (seedCount < 0 || seedCount >= 5_000_000) {
            throw new IllegalArgumentException("--seed must be between 0 and 4999999");
        }
        return new Options(
                databases(db),
                Arrays.stream(clients.split(",")).map(String::trim).map(Integer::parseInt).toList(),
                duration(warmup),
                duration(duration),
                jar != null ? Path.of(jar).toAbsolutePath() : root.resolve("hub/target/switchboard.jar"),
                root,
                javaOpts.isBlank() ? List.of() : List.of(javaOpts.trim().split("\\s+")),
                out != null ? Path.of(out).toAbsolutePath() : root.resolve("bench/target"),
                duration(startTimeout),
                repeatRatio,
                scenario,
                seedCount,
                Integer.parseInt(seedClients));
    }

    private static List<String> databases(String db) {
        return switch (db.toLowerCase(Locale.ROOT)) {
            case "both" -> List.of("h2", "postgres");
            case "h2" -> List.of("h2");
            case "postgres", "postgresql" -> List.of("postgres");
            default -> throw new IllegalArgumentException("--db must be h2, postgres or both");
        };
    }

    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
        }
        if (t.endsWith("m")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60_000));
        }
        return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
    }

    /** The nearest directory, from the working directory up, that holds routes/ (and is not bench/). */
    private static Path findRepoRoot() {
        List<Path> tried = new ArrayList<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("routes")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            tried.add(dir);
        }
        throw new IllegalArgumentException("no routes/ folder found in " + tried + "; pass --repo-root");
    }
}
