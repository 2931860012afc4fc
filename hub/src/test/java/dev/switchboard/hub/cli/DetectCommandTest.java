package dev.switchboard.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.plugins.TestPluginArchive;
import dev.switchboard.testplugins.hello.HelloDetector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchboard detect} with a real plugin zip (the hello detector) in a home of its own. */
class DetectCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return new DetectCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("SWITCHBOARD_HOME", home.toString())).run(List.of(args));
    }

    private void installHello() {
        TestPluginArchive.plugin("hello").extension(HelloDetector.class).writeTo(home.resolve("plugins"), "hello.zip");
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void oneLinePerInputInOrderWithTheExactFields() throws IOException {
        installHello();
        String input = """
                {"id": "a", "text": "Acme is hiring 20 engineers.", "lang": "en"}

                {"id": 7, "text": "Nothing to see here.", "source": "news", "label": "ignored"}
                {"id": "c", "text": "<p>We are <b>hiring</b> now</p>"}
                """;

        int code = run(input);

        assertThat(code).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("a");
        JsonNode trigger = lines.get(0).get("triggers").get(0);
        assertThat(trigger.get("type").asText()).isEqualTo("hiring");
        assertThat(trigger.get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(trigger.has("company")).isTrue();
        assertThat(trigger.get("evidence").asText()).isEqualTo("hiring");
        assertThat(lines.get(1).get("id").isNumber()).as("the id comes back as given").isTrue();
        assertThat(lines.get(1).get("triggers")).isEmpty();
        assertThat(lines.get(2).get("triggers").get(0).get("evidence").asText())
                .as("HTML is read as its text").isEqualTo("hiring");
    }

    @Test
    void aBadLineGetsItsOwnLineWithAnErrorAndTheRestGoOn() throws IOException {
        installHello();
        String input = "{\"id\": \"a\", \"text\": \"hiring\"}\nnot json\n[1, 2]\n{\"id\": \"d\"}\n"
                + "{\"id\": \"e\", \"text\": \"bin\\u0000ary\"}\n{\"id\": \"f\", \"text\": \"hiring\"}\n";

        int code = run(input);

        assertThat(code).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1).get("error").asText()).startsWith("not JSON");
        assertThat(lines.get(2).get("error").asText()).contains("JSON object");
        assertThat(lines.get(3).get("id").asText()).isEqualTo("d");
        assertThat(lines.get(3).get("error").asText()).contains("text").contains("required");
        assertThat(lines.get(4).get("error").asText()).contains("binary");
        assertThat(lines.get(5).get("triggers")).hasSize(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("4 line(s) could not be read");
    }

    @Test
    void readsAFileNamedOnTheCommandLine() throws IOException {
        installHello();
        Path file = Files.writeString(home.resolve("in.jsonl"), "{\"id\": \"x\", \"text\": \"hiring\"}\n");

        assertThat(run("", file.toString())).isZero();

        assertThat(lines()).singleElement().satisfies(l -> assertThat(l.get("triggers")).hasSize(1));
    }

    @Test
    void withoutDetectorPluginsItSaysWhereItLooked() {
        assertThat(run("{\"id\": \"x\", \"text\": \"hiring\"}\n")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no trigger detector plugin in")
                .contains(home.resolve("plugins").toString());
    }

    @Test
    void theHomeConfigurationNamesThePluginsDirectory() throws IOException {
        TestPluginArchive.plugin("hello").extension(HelloDetector.class).writeTo(home.resolve("dist"), "hello.zip");
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/application.yaml"), "switchboard:\n  plugins-dir: dist\n");

        assertThat(run("{\"id\": \"x\", \"text\": \"hiring\"}\n")).isZero();
        assertThat(lines()).hasSize(1);
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertThat(run("", home.resolve("nope.jsonl").toString())).isEqualTo(2);
        installHello();
        assertThat(run("", home.resolve("nope.jsonl").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
    }
}
