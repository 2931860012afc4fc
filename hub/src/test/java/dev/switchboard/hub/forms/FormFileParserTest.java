package dev.switchboard.hub.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.crm.CrmProperties;
import dev.switchboard.hub.home.SwitchboardProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Form files: the demo reads, every problem has its file and line, a broken file keeps the last good form. */
class FormFileParserTest {

    private static final Set<String> OWNERS = Set.of("jana.novak", "petr.svoboda", "sales-cz");
    private final FormFileParser parser = new FormFileParser(OWNERS, name -> name.equals("KEY") ? "s3cret" : null);

    @Test
    void theDemoFormReads() throws Exception {
        FormFileParser.Result result = parser.parse("visit-booking.yaml",
                Files.newBufferedReader(FormHome.REPO.resolve("config/forms/visit-booking.yaml")));

        assertThat(result.problems()).isEmpty();
        FormDefinition form = result.form();
        assertThat(form.id()).isEqualTo("visit-booking");
        assertThat(form.fields()).extracting(FormDefinition.Field::name).containsExactly("firstName", "lastName",
                "email", "phone", "company", "visitAt", "message", "consentMarketing");
        assertThat(form.auth().mode()).isEqualTo(FormDefinition.AuthMode.PUBLIC);
        assertThat(form.auth().honeypot()).isEqualTo("website");
        assertThat(form.meeting().field()).isEqualTo("visitAt");
        assertThat(form.defaultAssignee().team()).isEqualTo("sales-cz");
    }

    @Test
    void aConfirmationTemplateThatDoesNotExistIsAProblemOnItsLine() throws Exception {
        FormFileParser checking = new FormFileParser(OWNERS, name -> null,
                FormFileParser.templatesBeside(FormHome.REPO.resolve("config/forms")));
        FormFileParser.Result demo = checking.parse("visit-booking.yaml",
                Files.newBufferedReader(FormHome.REPO.resolve("config/forms/visit-booking.yaml")));
        assertThat(demo.problems()).as("the demo names a template that ships").isEmpty();

        FormFileParser.Result wrong = checking.parse("wrong.yaml", new StringReader("""
                fields:
                  - {name: email, type: email, required: true}
                confirmation:
                  template: visit-confirmation
                  subject: Thanks
                auth: {mode: public}
                """));
        assertThat(wrong.problems()).singleElement().satisfies(p -> assertThat(p.toString())
                .contains("wrong.yaml").contains("4").contains("no template config/templates/visit-confirmation.html"));
    }

    @Test
    void everyProblemIsReportedWithItsLine() {
        FormFileParser.Result result = parser.parse("bad.yaml", new StringReader("""
                fields:
                  - {name: email, type: emial}
                  - {name: email, type: text, maxLength: -3}
                  - {name: plan, type: choice}
                consents:
                  - {purpose: marketing, field: agree, text: Yes, textVersion: v1}
                owners:
                  default: {owner: nobody}
                auth: {mode: hmac, secret: plain-text}
                colour: blue
                """));

        assertThat(result.form()).isNull();
        assertThat(result.problems()).extracting(FormProblem::line).containsExactlyInAnyOrder(2, 3, 3, 4, 6, 8, 9, 10);
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("bad.yaml"));
        assertThat(result.problems().toString()).contains("emial", "declared twice", "at least 1", "needs 'values'",
                "'agree' must be a declared boolean", "unknown owner or team 'nobody'", "${NAME}", "unknown key 'colour'");
    }

    @Test
    void aSecretComesFromTheEnvironmentAndBrokenYamlNamesItsLine() {
        FormFileParser.Result signed = parser.parse("s.yaml", new StringReader("""
                fields: [{name: email, type: email}]
                auth: {mode: api-key, secret: "${KEY}"}
                """));
        assertThat(signed.form().auth().secret()).isEqualTo("s3cret");
        assertThat(signed.form().auth().toString()).doesNotContain("s3cret");

        FormFileParser.Result broken = parser.parse("b.yaml", new StringReader("fields:\n  - {name: a\nauth: x\n"));
        assertThat(broken.problems()).singleElement().satisfies(p -> assertThat(p.line()).isNotNull());
    }

    @Test
    void aBrokenFileKeepsItsLastGoodVersion(@TempDir Path home) throws Exception {
        Path forms = Files.createDirectories(home.resolve("config/forms"));
        Path file = forms.resolve("contact.yaml");
        Files.writeString(file, "fields: [{name: email, type: email}]\nauth: {mode: public}\n");
        FormRegistry registry = new FormRegistry(new SwitchboardProperties(home, home, home, home.resolve("config"), home),
                new CrmProperties(null, List.of()), new MockEnvironment());
        assertThat(registry.find("contact")).isPresent();

        Files.writeString(file, "fields: [{name: email, type: nonsense}]\nauth: {mode: public}\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(registry.find("contact")).get().satisfies(form ->
                assertThat(form.fields().get(0).type()).isEqualTo(FormDefinition.FieldType.EMAIL));
        assertThat(registry.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("contact.yaml");
            assertThat(p.line()).isEqualTo(1);
        });
    }

    @Test
    void theSchemaKnowsTheKeysTheParserKnows() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(FormHome.REPO.resolve("config/forms/form.schema.json").toFile());
        List<String> keys = new java.util.ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("title", "fields", "consents", "defaultPhoneRegion", "owners",
                "followUpDue", "timeZone", "confirmation", "meeting", "nurtureList", "auth", "cors", "thankYouUrl");
        assertThat(Files.readString(FormHome.REPO.resolve("config/forms/visit-booking.yaml")))
                .startsWith("# yaml-language-server: $schema=./form.schema.json");
    }
}
