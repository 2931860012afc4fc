package dev.switchboard.hub.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.forms.FormHttp.Answer;
import dev.switchboard.sdk.model.Contact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo form and test forms over real HTTP, against the built-in store on H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "switchboard.crm.default-phone-region=CZ",
        "switchboard.crm.owners[0].id=jana.novak", "switchboard.crm.owners[0].name=Jana Nováková",
        "switchboard.crm.owners[0].email=jana@example.com",
        "switchboard.crm.owners[1].id=petr.svoboda", "switchboard.crm.owners[1].name=Petr Svoboda",
        "switchboard.crm.owners[1].email=petr@example.com",
        "switchboard.crm.owners[2].id=sales-cz", "switchboard.crm.owners[2].kind=team",
        "switchboard.crm.owners[2].name=Sales", "switchboard.crm.owners[2].members[0]=jana.novak",
        "switchboard.crm.owners[2].members[1]=petr.svoboda"})
@Import(FormTestIdentity.class)
class FormIntakeTest {

    static final String FORM = "/forms/visit-booking";

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        FormHome.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CrmStore store;
    @Autowired
    ObjectMapper json;

    FormHttp http;

    @BeforeEach
    void client() {
        http = new FormHttp(port);
    }

    static String email() {
        return "v-" + UUID.randomUUID().toString().substring(0, 8) + "@Example.COM";
    }

    JsonNode event(String type, String aggregateId) throws Exception {
        List<String> payloads = jdbc.queryForList("SELECT payload FROM outbox_events WHERE event_type = ? "
                + "AND aggregate_id = ?", String.class, type, UUID.fromString(aggregateId));
        assertThat(payloads).hasSize(1);
        return json.readTree(payloads.get(0));
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void aJsonSubmissionCreatesAContactAndALinkedLeadWithConsentTaskActivityAndEvent() throws Exception {
        String email = email();
        Answer answer = http.json(FORM, """
                {"firstName": " Zoë ", "lastName": "Nováková", "email": "%s", "phone": "603 123 456",
                 "visitAt": "2026-12-01T10:00:00+01:00", "consentMarketing": true, "sb_visitor": "vis-1"}
                """.formatted(email));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.text("status")).isEqualTo("accepted");
        assertThat(answer.body().has("matchedBy")).isTrue();
        assertThat(answer.text("matchedBy")).isNull();
        String lead = answer.text("leadId");
        String contact = answer.text("contactId");
        assertThat(contact).isNotNull();
        assertThat(jdbc.queryForMap("SELECT first_name, email, phone_e164, owner_id, contact_id FROM leads WHERE id = ?",
                UUID.fromString(lead))).containsEntry("first_name", "Zoë").containsEntry("email", email.toLowerCase())
                .containsEntry("phone_e164", "+420603123456").containsEntry("owner_id", "jana.novak")
                .containsEntry("contact_id", UUID.fromString(contact));
        Answer found = http.get("/api/contacts?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
                "X-Api-Key", "test-admin-key");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("items")).hasSize(1);
        assertThat(found.body().at("/items/0/id").asText()).isEqualTo(contact);
        assertThat(found.body().at("/items/0/firstName").asText()).isEqualTo("Zoë");
        assertThat(found.body().at("/items/0/phoneE164").asText()).isEqualTo("+420603123456");
        assertThat(count("SELECT COUNT(*) FROM consents WHERE contact_id = ? AND lead_id = ?", UUID.fromString(contact),
                UUID.fromString(lead))).as("consents reference both").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM activities WHERE contact_id = ? AND lead_id = ? "
                + "AND type IN ('web-form', 'marketing.enrolled')", UUID.fromString(contact), UUID.fromString(lead)))
                .as("activities reference both").isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM tasks WHERE contact_id = ? AND lead_id = ?", UUID.fromString(contact),
                UUID.fromString(lead))).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM consents WHERE lead_id = ? AND purpose = 'marketing' AND granted "
                + "AND text_version = 'marketing-2026-01' AND source = 'form:visit-booking' AND ip IS NOT NULL",
                UUID.fromString(lead))).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM tasks WHERE lead_id = ? AND subject = 'Follow up on web form visit-booking' "
                + "AND due_at IS NOT NULL", UUID.fromString(lead))).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM activities WHERE lead_id = ? AND type IN ('web-form', 'marketing.enrolled')",
                UUID.fromString(lead))).isEqualTo(2);
        JsonNode event = event("form.submitted", lead);
        assertThat(event.get("leadId").asText()).isEqualTo(lead);
        assertThat(event.get("contactId").asText()).isEqualTo(contact);
        assertThat(event.get("submissionId").asText()).isEqualTo(answer.text("submissionId"));
        assertThat(event.get("email").asText()).isEqualTo(email.toLowerCase());
        assertThat(event.at("/fields/phone").asText()).isEqualTo("+420603123456");
        assertThat(event.at("/owner/id").asText()).isEqualTo("jana.novak");
        assertThat(event.at("/owner/email").asText()).isEqualTo("jana@example.com");
        assertThat(event.at("/meeting/start").asText()).isEqualTo("2026-12-01T09:00:00Z");
        assertThat(event.at("/meeting/durationMinutes").asInt()).isEqualTo(60);
        assertThat(event.at("/confirmation/template").asText()).isEqualTo("visit-booking-confirmation");
        assertThat(event.get("marketingConsent").asBoolean()).isTrue();
        assertThat(event.get("visitorId").asText()).isEqualTo("vis-1");
        assertThat(event("marketing.enrolled", lead).get("nurtureList").asText()).isEqualTo("visitors");
    }

    @Test
    void aSecondSubmissionMatchesTheNewContactAndReusesItsOpenLead() throws Exception {
        String email = email();
        Answer first = http.json(FORM, """
                {"lastName": "Opakovaná", "email": "%s", "company": "Alfa a.s."}""".formatted(email));
        Answer second = http.json(FORM, """
                {"firstName": "Iva", "lastName": "Opakovaná", "email": "%s", "phone": "604 111 222", "company": "Beta a.s."}"""
                .formatted(email));

        assertThat(second.status()).isEqualTo(202);
        assertThat(second.text("matchedBy")).isEqualTo("email");
        assertThat(second.text("contactId")).isEqualTo(first.text("contactId"));
        assertThat(second.text("leadId")).isEqualTo(first.text("leadId"));
        UUID contact = UUID.fromString(first.text("contactId"));
        UUID lead = UUID.fromString(first.text("leadId"));
        assertThat(count("SELECT COUNT(*) FROM leads WHERE email = ?", email.toLowerCase())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM contacts WHERE email = ?", email.toLowerCase())).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT first_name, last_name, phone_e164, company FROM leads WHERE id = ?", lead))
                .as("only the lead's empty fields are filled").containsEntry("first_name", "Iva")
                .containsEntry("phone_e164", "+420604111222").containsEntry("company", "Alfa a.s.");
        assertThat(jdbc.queryForMap("SELECT first_name, phone_e164, company FROM contacts WHERE id = ?", contact))
                .containsEntry("first_name", "Iva").containsEntry("phone_e164", "+420604111222")
                .containsEntry("company", "Alfa a.s.");
        assertThat(count("SELECT COUNT(*) FROM activities WHERE contact_id = ? AND lead_id = ? AND type = 'web-form'",
                contact, lead)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM outbox_events WHERE event_type = 'form.submitted' AND aggregate_id = ?",
                lead)).isEqualTo(2);
        assertThat(count("SELECT COUNT(DISTINCT owner_id) FROM tasks WHERE lead_id = ?", lead))
                .as("the lead keeps its owner").isEqualTo(1);
    }

    @Test
    void aBrowserPostIsReadFromItsUrlEncodedBodyAndRedirectedToTheThankYouPage() throws Exception {
        String email = email();
        String body = "firstName=Ji%C5%99%C3%AD&lastName=Dvo%C5%99%C3%A1k&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&visitAt=2026-12-01T10%3A00&consentMarketing=on&website=&sb_visitor=vis-2&submit=Send";
        Answer answer = http.post(FORM, "application/x-www-form-urlencoded", body, "Accept", "text/html,*/*");

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("https://www.example.com/thank-you");
        assertThat(jdbc.queryForMap("SELECT first_name, last_name FROM leads WHERE email = ?", email.toLowerCase()))
                .containsEntry("first_name", "Jiří").containsEntry("last_name", "Dvořák");
        String lead = jdbc.queryForObject("SELECT id FROM leads WHERE email = ?", String.class, email.toLowerCase());
        assertThat(event("form.submitted", lead).at("/meeting/start").asText())
                .as("a datetime-local is read in the form's time zone").isEqualTo("2026-12-01T09:00:00Z");
    }

    @Test
    void aUrlEncodedPostFromAScriptGetsTheJsonAnswer() throws Exception {
        Answer answer = http.post(FORM, "application/x-www-form-urlencoded; charset=UTF-8",
                "lastName=Black&email=" + URLEncoder.encode(email(), StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.text("leadId")).isNotNull();
    }

    @Test
    void aKnownContactByEmailGetsOnlyItsEmptyFieldsFilled() throws Exception {
        String email = email();
        UUID contact = store.upsertContact(new Contact("Eva", "Malá", email, null, null, null, null)).id();
        Answer answer = http.json(FORM, """
                {"firstName": "Evička", "lastName": "Malá", "email": "%s", "company": "Acme s.r.o."}""".formatted(email));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.text("contactId")).isEqualTo(contact.toString());
        assertThat(answer.text("matchedBy")).isEqualTo("email");
        assertThat(answer.text("leadId")).isNull();
        assertThat(jdbc.queryForMap("SELECT first_name, company FROM contacts WHERE id = ?", contact))
                .containsEntry("first_name", "Eva").containsEntry("company", "Acme s.r.o.");
        assertThat(count("SELECT COUNT(*) FROM activities WHERE contact_id = ? AND type = 'web-form'", contact)).isEqualTo(1);
        assertThat(event("form.submitted", contact.toString()).get("contactId").asText()).isEqualTo(contact.toString());
    }

    @Test
    void aKnownContactIsFoundByPhone() throws Exception {
        UUID contact = store.upsertContact(new Contact("Ota", "Novotný", null, "+420 777 555 111", null, null, null)).id();
        Answer answer = http.json(FORM, """
                {"lastName": "Novotný", "email": "%s", "phone": "777555111"}""".formatted(email()));

        assertThat(answer.text("contactId")).isEqualTo(contact.toString());
        assertThat(answer.text("matchedBy")).isEqualTo("phone");
        String email = jdbc.queryForObject("SELECT email FROM contacts WHERE id = ?", String.class, contact);
        assertThat(store.upsertContact(new Contact(null, null, email, null, null, null, null)).id())
                .as("the filled e-mail finds the contact").isEqualTo(contact);
    }

    @Test
    void aContactOfACustomerGoesToTheAccountOwnerAndIsFlagged() throws Exception {
        String email = email();
        UUID account = store.upsertAccount(new dev.switchboard.sdk.model.Account("Big Customer a.s.",
                "big-" + UUID.randomUUID().toString().substring(0, 6) + ".cz", null, "CZ", null)).id();
        jdbc.update("UPDATE accounts SET customer = TRUE, owner_id = 'petr.svoboda' WHERE id = ?", account);
        UUID contact = store.upsertContact(new Contact("Ivo", "Král", email, null, null, null, null)).id();
        jdbc.update("UPDATE contacts SET account_id = ? WHERE id = ?", account, contact);

        Answer answer = http.json(FORM, """
                {"lastName": "Král", "email": "%s"}""".formatted(email));

        assertThat(answer.text("contactId")).isEqualTo(contact.toString());
        assertThat(jdbc.queryForObject("SELECT owner_id FROM tasks WHERE contact_id = ?", String.class, contact))
                .isEqualTo("petr.svoboda");
        String payload = jdbc.queryForObject("SELECT payload FROM activities WHERE contact_id = ? AND type = 'web-form'",
                String.class, contact);
        assertThat(json.readTree(payload).get("existingCustomer").asBoolean()).isTrue();
        assertThat(event("form.submitted", contact.toString()).at("/owner/id").asText()).isEqualTo("petr.svoboda");
    }

    @Test
    void withoutConsentNothingIsEnrolledButTheRefusalIsRecorded() throws Exception {
        Answer answer = http.json(FORM, """
                {"lastName": "Bez", "email": "%s", "consentMarketing": false}""".formatted(email()));
        UUID lead = UUID.fromString(answer.text("leadId"));

        assertThat(count("SELECT COUNT(*) FROM consents WHERE lead_id = ? AND NOT granted", lead)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM activities WHERE lead_id = ? AND type = 'marketing.enrolled'", lead)).isZero();
        assertThat(count("SELECT COUNT(*) FROM outbox_events WHERE aggregate_id = ? AND event_type = 'marketing.enrolled'",
                lead)).isZero();
        JsonNode event = event("form.submitted", lead.toString());
        assertThat(event.get("marketingConsent").asBoolean()).isFalse();
        assertThat(event.has("meeting")).as("null values are left out of the event").isFalse();
    }

    @Test
    void ownerRulesMatchInOrderAndTeamsGoRoundRobin() throws Exception {
        Answer slovak = http.json(FORM, """
                {"lastName": "Kováč", "email": "%s", "phone": "+421 903 123 456"}""".formatted(email()));
        assertThat(event("form.submitted", slovak.text("leadId")).at("/owner/id").asText()).isEqualTo("petr.svoboda");

        String first = event("form.submitted", http.json(FORM, """
                {"lastName": "A", "email": "%s"}""".formatted(email())).text("leadId")).at("/owner/id").asText();
        String second = event("form.submitted", http.json(FORM, """
                {"lastName": "B", "email": "%s"}""".formatted(email())).text("leadId")).at("/owner/id").asText();
        assertThat(List.of(first, second)).containsExactlyInAnyOrder("jana.novak", "petr.svoboda");
    }

    @Test
    void theRoundRobinContinuesAfterARestartWithTheMemberAfterTheLastOneAssigned() throws Exception {
        String last = event("form.submitted", http.json(FORM, """
                {"lastName": "C", "email": "%s"}""".formatted(email())).text("leadId")).at("/owner/id").asText();
        TeamRotation restarted = new TeamRotation(jdbc); // a new hub's rotation over the same database
        List<String> members = List.of("jana.novak", "petr.svoboda");
        assertThat(restarted.next("sales-cz", members)).isNotEqualTo(last);
        assertThat(restarted.next("sales-cz", members)).isEqualTo(last);
    }

    @Test
    void aFilledHoneypotLooksAcceptedAndStoresNothing() throws Exception {
        String email = email();
        Answer answer = http.json(FORM, """
                {"lastName": "Bot", "email": "%s", "website": "http://spam.example"}""".formatted(email));
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.text("submissionId")).isNotNull();
        assertThat(count("SELECT COUNT(*) FROM leads WHERE email = ?", email.toLowerCase())).isZero();
    }

    @Test
    void aPreflightIsAnsweredWithTheFormsOrigins() throws Exception {
        Answer allowed = http.options(FORM, Map.of("Origin", "https://www.example.com",
                "Access-Control-Request-Method", "POST"));
        assertThat(allowed.status()).isEqualTo(204);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://www.example.com");
        Answer refused = http.options(FORM, Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "POST"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(http.json(FORM, "{}", "Origin", "https://evil.example").status()).isEqualTo(403);
    }

    @Test
    void aWithdrawalRecordsTheConsentAsNotGranted() throws Exception {
        String email = email();
        UUID lead = UUID.fromString(http.json(FORM, """
                {"lastName": "W", "email": "%s", "consentMarketing": true}""".formatted(email)).text("leadId"));
        Answer answer = http.json(FORM + "/withdraw", """
                {"email": "%s", "purpose": "marketing"}""".formatted(email));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(count("SELECT COUNT(*) FROM consents WHERE lead_id = ? AND NOT granted AND source = 'form:visit-booking'",
                lead)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM activities WHERE lead_id = ? AND type = 'consent.withdrawn'", lead)).isEqualTo(1);
        assertThat(http.json("/api/consents/withdraw", """
                {"email": "%s", "purpose": "marketing"}""".formatted(email), "X-Api-Key", "test-admin-key")
                .text("leadId")).isEqualTo(lead.toString());
    }
}
