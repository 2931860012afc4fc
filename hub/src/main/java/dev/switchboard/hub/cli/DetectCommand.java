package dev.switchboard.hub.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.detection.DetectionLine;
import dev.switchboard.hub.detection.DetectionOutcome;
import dev.switchboard.hub.detection.DocumentInput;
import dev.switchboard.hub.detection.TriggerDetection;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.plugins.OfflineDetectors;
import dev.switchboard.sdk.model.Document;

/**
 * {@code switchboard detect [FILE]}: runs the home's trigger detector plugins over JSON Lines
 * {@code {"id", "text", "lang"?, "source"?}} read from FILE or standard input ({@code -}), and
 * writes one line {@code {"id", "triggers": [{"type", "confidence", "company", "evidence"}]}} per
 * input line, in order. Other fields of an input line (labels, say) are ignored; blank lines are
 * skipped. A line that cannot be read still gets its output line, with {@code "triggers": []} and
 * an {@code "error"}; the problems are summed up on standard error. Exit 0; 2 for a usage error,
 * an unreadable file or no detectors.
 */
public final class DetectCommand {

    static final String USAGE = "usage: switchboard detect [FILE.jsonl | -]   (JSON Lines {\"id\", \"text\", \"lang\"?, "
            + "\"source\"?}; without FILE, standard input)";

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final ObjectMapper json = new ObjectMapper();

    public DetectCommand(InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** @return the process exit code */
    public int run(List<String> args) {
        if (args.size() > 1 || args.size() == 1 && args.get(0).startsWith("--")) {
            err.println("switchboard detect: unexpected argument '" + args.get(args.size() - 1) + "'\n" + USAGE);
            return 2;
        }
        CommandHome home = CommandHome.resolve(env);
        try (OfflineDetectors detectors = OfflineDetectors.load(home.pluginsDir(), home.configDir(), home.home(),
                Clock.systemUTC(), Duration.ofSeconds(10))) {
            detectors.problems().forEach(p -> err.println("switchboard detect: " + p));
            if (detectors.detectorIds().isEmpty()) {
                err.println("switchboard detect: no trigger detector plugin in " + home.pluginsDir()
                        + " (build them with ./mvnw -B package -DskipTests, or set SWITCHBOARD_PLUGINS_DIR)");
                return 2;
            }
            String file = args.isEmpty() ? "-" : args.get(0);
            try (BufferedReader in = file.equals("-")
                    ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
                    : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                return detectAll(in, detectors);
            } catch (NoSuchFileException e) {
                err.println("switchboard detect: no such file: " + file);
                return 2;
            }
        } catch (IOException e) {
            err.println("switchboard detect: " + e.getMessage());
            return 2;
        }
    }

    private int detectAll(BufferedReader in, OfflineDetectors detectors) throws IOException {
        int lines = 0;
        int failed = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lines++;
            if (line.isBlank()) {
                continue;
            }
            DetectionLine answer = detect(line, lines, detectors);
            if (answer.error() != null) {
                failed++;
                err.println("switchboard detect: line " + lines + ": " + answer.error());
            }
            out.println(json.writeValueAsString(answer));
        }
        out.flush();
        if (failed > 0) {
            err.println("switchboard detect: " + failed + " line(s) could not be read; their output lines carry \"error\"");
        }
        return 0;
    }

    private DetectionLine detect(String line, int number, OfflineDetectors detectors) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            return DetectionLine.failed(null, "not JSON (column " + e.getLocation().getColumnNr() + "): "
                    + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return DetectionLine.failed(null, "a JSON object {\"id\", \"text\"} is expected");
        }
        JsonNode id = node.get("id");
        try {
            DocumentInput input = new DocumentInput(id == null || id.isNull() ? "line-" + number : id.asText(),
                    text(node, "text"), text(node, "lang"), text(node, "source"), text(node, "kind"),
                    text(node, "url"), text(node, "publishedAt"), text(node, "title"), null);
            Document document = input.toDocument(false, null);
            DetectionOutcome outcome = TriggerDetection.merge(document, detectors.detect(document));
            return DetectionLine.of(id, outcome);
        } catch (BadInputException e) {
            return DetectionLine.failed(id, e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }
}
