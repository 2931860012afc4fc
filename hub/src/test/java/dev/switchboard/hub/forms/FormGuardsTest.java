package dev.switchboard.hub.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.hub.forms.FormHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.sdk.model.Contact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the form endpoints refuse, and what makes them create nothing new: over real HTTP. Imports no
 * test identity matcher: the intake uses the hub's own ({@code CrmIdentityMatcher}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "switchboard.crm.owners[0].id=jana.novak", "switchboard.crm.owners[0].name=Jana",
        "switchboard.crm.owners[1].id=petr.svoboda", "switchboard.crm.owners[1].name=Petr",
        "switchboard.crm.owners[2].id=sales-cz", "switchboard.crm.owners[2].kind=team",
        "switchboard.crm.owners[2].name=Sales", "switchboard.crm.owners[2].members[0]=jana.novak",
        "switchboard.crm.owners[2].members[1]=petr.svoboda", "switchboard.http.max-body-size=10KB"})
class FormGuardsTest {

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

    FormHttp http;

    @BeforeEach
    void client() {
        http = new FormHttp(port);
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void everyClassOfBadInputHasItsStatusAndNoneIsA500() throws Exception {
        assertThat(http.json(FORM, "{\"lastName\": ").status()).isEqualTo(400);
        assertThat(http.json(FORM, "[1, 2]").status()).isEqualTo(400);
        assertThat(http.json(FORM, "").status()).isEqualTo(400);
        assertThat(http.json("/forms/no-such-form", "{}").status()).isEqualTo(404);
        assertThat(http.post(FORM, "text/plain", "hello").status()).isEqualTo(415);
        assertThat(http.post(FORM, null, "hello").status()).isEqualTo(415);
        assertThat(http.json(FORM, "{\"message\": \"" + "x".repeat(20_000) + "\"}").status()).isEqualTo(413);
        assertThat(http.json(FORM, "{\"lastName\": {\"nested\": 1}, \"email\": \"a@example.com\"}").status()).isEqualTo(422);
        assertThat(http.json(FORM, "{\"lastName\": \"K\", \"email\": \"a@example.com\"}", "Idempotency-Key", "k".repeat(201))
                .status()).isEqualTo(400);
    }

    @Test
    void a422NamesEveryInvalidField() throws Exception {
        Answer answer = http.json(FORM, """
                {"email": "not-an-address", "phone": "abc", "visitAt": "tomorrow", "consentMarketing": "maybe",
                 "message": "%s"}""".formatted("y".repeat(2001)));

        assertThat(answer.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        answer.body().get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("lastName", "email", "phone", "visitAt", "message", "consentMarketing");
    }

    @Test
    void aSignedFormTakesAFreshSignatureOnce() throws Exception {
        String body = "{\"email\": \"signed-%s@example.com\"}".formatted(UUID.randomUUID());
        long now = System.currentTimeMillis() / 1000;
        String signature = "sha256=" + FormAuth.hmac(FormHome.HMAC_SECRET, now + "." + body);

        Answer good = http.json("/forms/partner", body, "X-Signature", signature, "X-Timestamp", Long.toString(now));
        assertThat(good.status()).isEqualTo(202);
        Answer replayed = http.json("/forms/partner", body, "X-Signature", signature, "X-Timestamp", Long.toString(now));
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.body().toString()).contains("replay");
        // the signature is in the database, so another node, or this one after a restart, refuses it too
        String hex = signature.substring("sha256=".length());
        assertThat(count("SELECT COUNT(*) FROM form_signatures WHERE signature = ? AND form_id = 'partner'", hex)).isEqualTo(1);
        assertThat(new SignatureLedger(jdbc).claim("partner", hex, Instant.now(), Instant.now().plusSeconds(300))).isFalse();

        long old = now - 6 * 60;
        Answer stale = http.json("/forms/partner", body, "X-Signature",
                "sha256=" + FormAuth.hmac(FormHome.HMAC_SECRET, old + "." + body), "X-Timestamp", Long.toString(old));
        assertThat(stale.status()).isEqualTo(401);
        assertThat(http.json("/forms/partner", body, "X-Signature", "sha256=00", "X-Timestamp", Long.toString(now))
                .status()).isEqualTo(401);
        assertThat(http.json("/forms/partner", body).status()).isEqualTo(401);
    }

    @Test
    void signaturesTooOldToPassAreSweptAway() {
        Instant now = Instant.now();
        String expired = "e".repeat(63) + "1";
        SignatureLedger node = new SignatureLedger(jdbc);
        assertThat(node.claim("partner", expired, now.minusSeconds(400), now.minusSeconds(1))).isTrue();
        assertThat(count("SELECT COUNT(*) FROM form_signatures WHERE signature = ?", expired)).isEqualTo(1);

        SignatureLedger restarted = new SignatureLedger(jdbc);
        assertThat(restarted.claim("partner", "e".repeat(63) + "2", now, now.plusSeconds(300))).isTrue();
        assertThat(count("SELECT COUNT(*) FROM form_signatures WHERE signature = ?", expired)).isZero();
    }

    @Test
    void aKnownContactIsFoundByEmailAndPhone() throws Exception {
        String email = "known-" + UUID.randomUUID() + "@example.com";
        UUID byEmail = store.upsertContact(new Contact("K", "Known", email, null, null, null, null)).id();
        UUID byPhone = store.upsertContact(new Contact("P", "Phone", null, "+420 608 111 222", null, null, null)).id();

        Answer first = http.json(FORM, "{\"lastName\": \"Known\", \"email\": \"%s\"}".formatted(email.toUpperCase()));
        assertThat(first.text("contactId")).isEqualTo(byEmail.toString());
        assertThat(first.text("matchedBy")).isEqualTo("email");
        Answer second = http.json(FORM, "{\"lastName\": \"Phone\", \"email\": \"p-%s\", \"phone\": \"+420608111222\"}"
                .formatted(email));
        assertThat(second.text("contactId")).isEqualTo(byPhone.toString());
        assertThat(second.text("matchedBy")).isEqualTo("phone");
    }

    @Test
    void theRealMatcherAttachesASubmissionByNameAndCompanyFillingOnlyEmptyFields() throws Exception {
        UUID jana = store.upsertContact(new Contact("Jana", "Nováková", "jana.novakova@alfastavby.cz", null, null,
                "Alfa Stavby s.r.o.", null)).id();
        Answer answer = http.json(FORM, """
                {"firstName": "Jana", "lastName": "Novakova", "email": "jana.n@stavby-posta.cz",
                 "company": "Alfa stavby a.s."}""");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.text("matchedBy")).isEqualTo("name");
        assertThat(answer.text("contactId")).isEqualTo(jana.toString());
        assertThat(answer.text("leadId")).as("a contact without a lead gets none").isNull();
        assertThat(jdbc.queryForMap("SELECT last_name, email, company FROM contacts WHERE id = ?", jana))
                .as("nothing overwritten").containsEntry("last_name", "Nováková")
                .containsEntry("email", "jana.novakova@alfastavby.cz").containsEntry("company", "Alfa Stavby s.r.o.");
        assertThat(count("SELECT COUNT(*) FROM contacts WHERE email = 'jana.n@stavby-posta.cz'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM leads WHERE email = 'jana.n@stavby-posta.cz'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM activities WHERE contact_id = ? AND type = 'web-form'", jana)).isEqualTo(1);
    }

    @Test
    void theRealMatcherDoesNotAttachTheSameNameAtAnotherCompany() throws Exception {
        UUID jana = store.upsertContact(new Contact("Jana", "Nováková", "jana@omega-stavby.cz", null, null,
                "Omega Stavby s.r.o.", null)).id();
        Answer answer = http.json(FORM, """
                {"firstName": "Jana", "lastName": "Nováková", "email": "jana@gama-logistika.cz",
                 "company": "Gama Logistika s.r.o."}""");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.text("matchedBy")).isNull();
        UUID contact = UUID.fromString(answer.text("contactId"));
        assertThat(contact).isNotEqualTo(jana);
        assertThat(jdbc.queryForMap("SELECT email, company FROM contacts WHERE id = ?", contact))
                .containsEntry("email", "jana@gama-logistika.cz").containsEntry("company", "Gama Logistika s.r.o.");
        assertThat(jdbc.queryForObject("SELECT contact_id FROM leads WHERE id = ?", UUID.class,
                UUID.fromString(answer.text("leadId")))).isEqualTo(contact);
        assertThat(jdbc.queryForObject("SELECT company FROM contacts WHERE id = ?", String.class, jana))
                .isEqualTo("Omega Stavby s.r.o.");
    }

    @Test
    void aNewPersonOnAMailboxTheMatcherDeclinesGetsAContactWithoutTakingTheOtherOnesKey() throws Exception {
        String shared = "novakovi-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        UUID jan = store.upsertContact(new Contact("Jan", "Novák", shared, null, null, null, null)).id();
        Answer answer = http.json(FORM, """
                {"firstName": "Petra", "lastName": "Nováková", "email": "%s"}""".formatted(shared));

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(202);
        assertThat(answer.text("matchedBy")).isNull();
        UUID petra = UUID.fromString(answer.text("contactId"));
        assertThat(petra).isNotEqualTo(jan);
        assertThat(jdbc.queryForMap("SELECT first_name, last_name FROM contacts WHERE id = ?", jan))
                .as("the other user of the mailbox is untouched").containsEntry("first_name", "Jan")
                .containsEntry("last_name", "Novák");
        assertThat(jdbc.queryForMap("SELECT first_name, email FROM contacts WHERE id = ?", petra))
                .containsEntry("first_name", "Petra").containsEntry("email", shared);
        assertThat(store.upsertContact(new Contact(null, null, shared, null, null, null, null)).id())
                .as("the e-mail key stays with its first holder").isEqualTo(jan);
    }

    @Test
    void anApiKeyFormTakesItsKeyOnly() throws Exception {
        String body = "{\"email\": \"keyed@example.com\"}";
        assertThat(http.json("/forms/keyed", body).status()).isEqualTo(401);
        assertThat(http.json("/forms/keyed", body, "X-Api-Key", "wrong").status()).isEqualTo(401);
        assertThat(http.json("/forms/keyed", body, "X-Api-Key", FormHome.HMAC_SECRET).status()).isEqualTo(202);
        Answer tooLong = http.json("/forms/keyed", "{\"email\": \"keyed@example.com\", \"lastName\": \"%s\"}"
                .formatted("z".repeat(201)), "X-Api-Key", FormHome.HMAC_SECRET);
        assertThat(tooLong.status()).as("held to the column's length").isEqualTo(422);
    }

    @Test
    void aBrowserPostFromAnAllowedOriginGetsTheCorsHeaderAndHealthListsTheForms() throws Exception {
        Answer answer = http.json(FORM, "{\"lastName\": \"Cors\", \"email\": \"cors@example.com\"}",
                "Origin", "https://www.example.com");
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("https://www.example.com");
        String health = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/actuator/health/forms")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(health).contains("\"UP\"", "visit-booking", "partner", "keyed");
    }

    @Test
    void aPublicFormLimitsSubmissionsPerClient() throws Exception {
        String body = "{\"email\": \"limited@example.com\"}";
        assertThat(http.json("/forms/limited", body).status()).isEqualTo(202);
        assertThat(http.json("/forms/limited", body).status()).isEqualTo(202);
        Answer limited = http.json("/forms/limited", body);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesNothing() throws Exception {
        String email = "retry-" + UUID.randomUUID() + "@example.com";
        String body = "{\"lastName\": \"Retry\", \"email\": \"%s\"}".formatted(email);
        Answer first = http.json(FORM, body, "Idempotency-Key", "key-" + email);
        Answer again = http.json(FORM, body, "Idempotency-Key", "key-" + email);

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(count("SELECT COUNT(*) FROM leads WHERE email = ?", email)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM activities WHERE lead_id = ? AND type = 'web-form'",
                UUID.fromString(first.text("leadId")))).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM outbox_events WHERE event_type = 'form.submitted' AND aggregate_id = ?",
                UUID.fromString(first.text("leadId")))).isEqualTo(1);

        String field = "{\"lastName\": \"Retry\", \"email\": \"%s\", \"submissionId\": \"sub-1\"}".formatted(email);
        assertThat(http.json(FORM, field).body()).isEqualTo(http.json(FORM, field).body());
    }

    @Test
    void concurrentSubmissionsOfOnePersonMakeOneLead() throws Exception {
        String email = "race-" + UUID.randomUUID() + "@example.com";
        String body = "{\"lastName\": \"Race\", \"email\": \"%s\"}".formatted(email);
        List<JsonNode> sameKey = submitConcurrently(6, body, "same-key-" + email);
        List<JsonNode> distinct = submitConcurrently(6, body, null);

        assertThat(sameKey).allSatisfy(answer -> assertThat(answer).isEqualTo(sameKey.get(0)));
        assertThat(distinct).extracting(a -> a.get("leadId").asText()).containsOnly(sameKey.get(0).get("leadId").asText());
        assertThat(distinct).extracting(a -> a.get("contactId").asText()).containsOnly(sameKey.get(0).get("contactId").asText());
        assertThat(count("SELECT COUNT(*) FROM leads WHERE email = ?", email)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM contacts WHERE email = ?", email)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM form_submissions WHERE idempotency_key = ?", "same-key-" + email)).isEqualTo(1);
    }

    private List<JsonNode> submitConcurrently(int n, String body, String key) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<Answer>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                calls.add(() -> key == null ? http.json(FORM, body) : http.json(FORM, body, "Idempotency-Key", key));
            }
            List<JsonNode> answers = new ArrayList<>();
            for (Future<Answer> answer : pool.invokeAll(calls)) {
                assertThat(answer.get().status()).isEqualTo(202);
                answers.add(answer.get().body());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
