package dev.switchboard.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.switchboard.hub.plugins.TestPluginArchive;
import dev.switchboard.testplugins.hello.HelloDetector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchboard evaluate} with the hello detector (hiring wherever the text says "hiring") on a tiny labeled set. */
class EvaluateCommandTest {

    private static final String LABELS = """
            {"id": "1", "lang": "en", "kind": "headline", "text": "Acme is hiring", "company": "Acme", "triggers": [{"type": "hiring", "company": "Acme"}]}
            {"id": "2", "lang": "en", "kind": "headline", "text": "Beta raised money", "company": "Beta", "triggers": [{"type": "funding", "company": "Beta"}]}
            {"id": "3", "lang": "en", "kind": "headline", "text": "Gamma stops hiring", "company": "Gamma", "triggers": [], "negative": "layoff"}
            """;

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path labels;

    @BeforeEach
    void setUp() throws IOException {
        labels = Files.writeString(home.resolve("labels.jsonl"), LABELS);
    }

    private int run(String... args) {
        return new EvaluateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("SWITCHBOARD_HOME", home.toString()))
                .run(List.of(args));
    }

    @Test
    void scoresTheHomesDetectorsAndSaysWhichTargetsAreNotMet() {
        TestPluginArchive.plugin("hello").extension(HelloDetector.class).writeTo(home.resolve("plugins"), "hello.zip");

        int code = run(labels.toString(), "--errors");

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(report).isEqualTo(1);
        assertThat(report).contains("hiring").contains("funding").contains("targets not met")
                .as("hiring: 1 TP, 1 FP (item 3) = precision 0.50").contains("0.50");
    }

    @Test
    void scoresAPredictionsFileWithoutDetectors() throws IOException {
        Path predictions = Files.writeString(home.resolve("p.jsonl"), """
                {"id": "1", "triggers": [{"type": "hiring", "confidence": 0.9, "company": "Acme Inc.", "evidence": "hiring"}]}
                {"id": "2", "triggers": [{"type": "funding", "confidence": 0.8, "company": "Beta", "evidence": "raised"}]}
                {"id": "3", "triggers": []}
                """);

        int code = run(labels.toString(), "--predictions", predictions.toString());

        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("every target is met");
    }

    @Test
    void aBrokenLabelFileNamesItsLine() throws IOException {
        Files.writeString(labels, LABELS + "{\"id\": \"4\", \"lang\": \"en\", \"text\": \"x\", \"triggers\": [{\"type\": \"party\"}]}\n");

        assertThat(run(labels.toString(), "--predictions", labels.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("4").contains("party");
    }

    @Test
    void usageErrors() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--frobnicate", "x")).isEqualTo(2);
        assertThat(run(home.resolve("missing.jsonl").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: switchboard evaluate").contains("no such file");
    }
}
