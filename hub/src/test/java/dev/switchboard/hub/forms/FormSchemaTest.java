package dev.switchboard.hub.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** {@code config/forms/form.schema.json}, as an editor applies it (networknt, draft 2020-12), on the demo form and broken forms. */
class FormSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try {
            JsonNode schema = JSON.readTree(FormHome.REPO.resolve("config/forms/form.schema.json").toFile());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return JSON.valueToTree(new Yaml().load(reader));
        }
    }

    private static Set<String> problems(JsonNode form) {
        return SCHEMA.validate(form).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    @Test
    void theDemoFormIsValid() throws IOException {
        assertThat(problems(yaml(FormHome.REPO.resolve("config/forms/visit-booking.yaml")))).isEmpty();
    }

    @Test
    void anUnknownKeyAWrongTypeAndAMissingFieldListAreRefused() throws IOException {
        ObjectNode form = (ObjectNode) yaml(FormHome.REPO.resolve("config/forms/visit-booking.yaml"));
        form.put("colour", "red");
        assertThat(problems(form)).anyMatch(p -> p.contains("colour"));

        ObjectNode wrongType = (ObjectNode) yaml(FormHome.REPO.resolve("config/forms/visit-booking.yaml"));
        ((ObjectNode) wrongType.get("fields").get(0)).put("type", "colour-picker");
        assertThat(problems(wrongType)).isNotEmpty();

        ObjectNode noFields = (ObjectNode) yaml(FormHome.REPO.resolve("config/forms/visit-booking.yaml"));
        noFields.remove("fields");
        assertThat(problems(noFields)).anyMatch(p -> p.contains("fields"));
    }
}
