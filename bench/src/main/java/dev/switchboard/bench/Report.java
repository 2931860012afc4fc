package dev.switchboard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.switchboard.bench.Results.DatabaseResult;
import dev.switchboard.bench.Results.LevelResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Prints the results as a table and writes them as JSON. */
final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Report() {
    }

    static Path writeJson(DatabaseResult result, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve("results-" + result.db() + ".json");
        JSON.writeValue(file.toFile(), result);
        return file;
    }

    static void printTable(List<DatabaseResult> results, PrintStream out) {
        if (results.isEmpty()) {
            return;
        }
        DatabaseResult first = results.get(0);
        out.println();
        if (first.scenario().equals("form")) {
            out.printf("Switchboard bench: POST /forms/%s (routes/web-form-intake.camel.yaml), 50%% new people, "
                    + "30%% existing by e-mail, 20%% existing by name + company; marketing consent on half%n",
                    FormLoad.FORM_ID);
        } else {
            out.printf("Switchboard bench: POST /hooks/contacts (routes/contact-webhook.camel.yaml), %d%% repeats%n",
                    Math.round(first.repeatRatio() * 100));
        }
        out.printf("jar %s, java opts: %s, %s, %d cpus, warm-up %.0f s + measured %.0f s per level%n",
                first.jar(), first.javaOpts().isEmpty() ? "(none)" : String.join(" ", first.javaOpts()),
                first.java(), first.cpus(), first.warmupSeconds(), first.durationSeconds());
        out.println();
        out.printf("%-9s %10s %12s %12s %24s%n", "db", "start-up", "RSS start", "RSS end", "seeded contacts");
        for (DatabaseResult r : results) {
            out.println(String.format("%-9s %10s %12s %12s %24s  %s", r.db(),
                    r.startupMillis() > 0 ? String.format("%.2f s", r.startupMillis() / 1000.0) : "-",
                    mb(r.rssAfterStartKb()), mb(r.rssAfterLoadKb()),
                    r.seededContacts() > 0 ? String.format("%,d in %.0f s (%.0f/s)", r.seededContacts(),
                            r.seedMillis() / 1000.0, r.seededContacts() * 1000.0 / Math.max(1, r.seedMillis())) : "-",
                    r.failure() == null ? "" : "FAILED: " + firstLine(r.failure())).stripTrailing());
        }
        out.println();
        out.printf("%-9s %7s %9s %7s %9s %8s %8s %8s %8s %8s%n",
                "db", "clients", "requests", "errors", "req/s", "mean ms", "p50 ms", "p90 ms", "p99 ms", "max ms");
        for (DatabaseResult r : results) {
            for (LevelResult l : r.levels()) {
                out.printf("%-9s %7d %9d %7d %9.1f %8.2f %8.2f %8.2f %8.2f %8.2f%n",
                        r.db(), l.clients(), l.requests(), l.errors(), l.throughputPerSecond(),
                        l.meanMs(), l.p50Ms(), l.p90Ms(), l.p99Ms(), l.maxMs());
            }
        }
        for (DatabaseResult r : results) {
            for (LevelResult l : r.levels()) {
                String answers = l.statusCounts().entrySet().stream()
                        .map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", "));
                if (r.scenario().equals("form")) {
                    out.printf("%n%s, %d clients: answers %s%n", r.db(), l.clients(), answers);
                    out.println("  kind -> matchedBy: " + l.answerMix().entrySet().stream()
                            .map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", ")));
                } else {
                    out.printf("%n%s, %d clients: answers %s; %d of the posts repeated an earlier email%n", r.db(),
                            l.clients(), answers, l.repeats());
                }
                for (String sample : l.errorSamples()) {
                    out.println("  error: " + sample);
                }
            }
        }
    }

    private static String mb(long kb) {
        return kb < 0 ? "-" : String.format("%.0f MB", kb / 1024.0);
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
