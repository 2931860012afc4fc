package dev.switchboard.bench;

import dev.switchboard.bench.Results.DatabaseResult;
import dev.switchboard.bench.Results.LevelResult;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs the bench: for each database a fresh hub, its start-up time and memory, then closed-loop load
 * at each concurrency level; prints a table and writes results-&lt;db&gt;.json. Exits 1 if a database
 * could not be benchmarked at all (errors answered by the hub are results, not failures).
 */
public final class Main {

    /** The environment variable the bench form's {@code auth.secret} names. */
    static final String FORM_KEY_ENV = "BENCH_FORM_KEY";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.scenario().equals("detect")) {
            System.exit(DetectBench.run(options));
            return;
        }
        Cleanup cleanup = new Cleanup();
        Runtime.getRuntime().addShutdownHook(new Thread(cleanup::closeAll, "bench-cleanup"));

        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        List<DatabaseResult> results = new ArrayList<>();
        for (String db : options.databases()) {
            DatabaseResult result = runDatabase(db, options, client, cleanup);
            results.add(result);
            log(db + ": results in " + Report.writeJson(result, options.outDir()));
        }
        Report.printTable(results, System.out);
        boolean failed = results.stream().anyMatch(r -> r.failure() != null);
        System.exit(failed ? 1 : 0);
    }

    private static DatabaseResult runDatabase(String db, Options options, HttpClient client, Cleanup cleanup) {
        String startedAt = Instant.now().toString();
        long startupMillis = -1;
        long rssAfterStart = -1;
        long rssAfterLoad = -1;
        List<LevelResult> levels = new ArrayList<>();
        String failure = null;
        Seeder.SeedResult seeded = new Seeder.SeedResult(0, 0, 0, List.of());
        boolean form = options.scenario().equals("form");
        try {
            Map<String, String> databaseEnv = new HashMap<>();
            if (db.equals("postgres")) {
                log("postgres: starting embedded PostgreSQL");
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                cleanup.push(postgres);
                databaseEnv.putAll(Map.of(
                        "SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                        "SPRING_DATASOURCE_USERNAME", "postgres",
                        "SPRING_DATASOURCE_PASSWORD", "postgres"));
            }
            Map<String, String> extraFiles = Map.of();
            String formKey = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            if (form) {
                databaseEnv.put(FORM_KEY_ENV, formKey);
                extraFiles = Map.of("config/forms/" + FormLoad.FORM_ID + ".yaml", FormLoad.formYaml(FORM_KEY_ENV));
            }
            log(db + ": starting " + options.jar());
            Hub hub = Hub.start(options, databaseEnv, extraFiles, options.outDir().resolve("hub-" + db + ".log"));
            cleanup.push(hub);
            startupMillis = hub.awaitUp(client, options.startTimeout());
            rssAfterStart = hub.rssKb();
            log(String.format("%s: hub (pid %d) UP in %.2f s, RSS %d MB", db, hub.pid(), startupMillis / 1000.0,
                    rssAfterStart / 1024));

            String tag = "b" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + "-";
            LoadGenerator load = new LoadGenerator(client, hub.uri("/hooks/contacts"), hub.adminKey(),
                    options.repeatRatio(), tag);
            FormLoad formLoad = null;
            if (form) {
                if (options.seed() > 0) {
                    log(String.format("%s: seeding %,d contacts through POST /hooks/contacts, %d parallel", db,
                            options.seed(), options.seedClients()));
                    seeded = new Seeder(client, hub.uri("/hooks/contacts"), hub.adminKey())
                            .seed(options.seed(), options.seedClients(), db);
                    log(String.format("%s: seeded %,d contacts in %.1f s (%.0f/s), %d errors, RSS %d MB", db,
                            seeded.count(), seeded.millis() / 1000.0, seeded.perSecond(), seeded.errors(),
                            hub.rssKb() / 1024));
                    seeded.errorSamples().forEach(s -> log("  seed error: " + s));
                    if (seeded.errors() > seeded.count() / 100) {
                        throw new IllegalStateException("seeding failed for " + seeded.errors() + " of "
                                + seeded.count() + " contacts");
                    }
                }
                formLoad = new FormLoad(client, hub.uri("/forms/" + FormLoad.FORM_ID), formKey, options.seed(), tag);
            }
            for (int clients : options.clients()) {
                log(String.format("%s: %d clients, warm-up %d ms, measuring %d ms", db, clients,
                        options.warmup().toMillis(), options.duration().toMillis()));
                ClosedLoop.Measurement m = form
                        ? formLoad.run(clients, options.warmup(), options.duration())
                        : load.run(clients, options.warmup(), options.duration());
                LevelResult level = LevelResult.of(m, hub.rssKb());
                levels.add(level);
                log(String.format("%s: %d clients: %d requests, %d errors, %.1f req/s, p99 %.2f ms", db, clients,
                        level.requests(), level.errors(), level.throughputPerSecond(), level.p99Ms()));
            }
            rssAfterLoad = hub.rssKb();
        } catch (Exception e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            log(db + ": FAILED " + failure);
        } finally {
            cleanup.closeAll();
        }
        return new DatabaseResult(db, options.scenario(), startedAt, options.jar().toString(), options.javaOpts(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), options.warmup().toMillis() / 1000.0,
                options.duration().toMillis() / 1000.0, form ? 0 : options.repeatRatio(), seeded.count(),
                seeded.errors(), seeded.millis(), seeded.errorSamples(), startupMillis, rssAfterStart,
                rssAfterLoad, levels, failure);
    }

    static void log(String message) {
        System.out.println("[bench] " + message);
    }

    /** What must be stopped, newest first: by each database run's end, or by the shutdown hook. */
    static final class Cleanup {
        private final Deque<AutoCloseable> open = new ArrayDeque<>();

        synchronized void push(AutoCloseable resource) {
            open.push(resource);
        }

        synchronized void closeAll() {
            while (!open.isEmpty()) {
                AutoCloseable resource = open.pop();
                try {
                    resource.close();
                } catch (Exception e) {
                    System.err.println("[bench] could not close " + resource + ": " + e);
                }
            }
        }
    }
}
