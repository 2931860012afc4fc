package dev.switchboard.hub.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.TestHome;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.Page;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.hub.crm.TimelineEntry;
import dev.switchboard.hub.events.Outbox;
import dev.switchboard.hub.mail.FollowUpHome;
import dev.switchboard.sdk.model.Lead;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code POST /track} over real HTTP, and the whole follow-up route with the embedded demo mail
 * server (on a free port, so this class has a Spring context of its own): earlier visits join the
 * timeline, and {@code GET /api/mail/outbox} lists the confirmation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VisitTrackingTest {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final int SMTP_PORT = FollowUpHome.freePort();

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        FollowUpHome.register(registry);
        registry.add("switchboard.mail.embedded-server.enabled", () -> "true");
        registry.add("switchboard.mail.embedded-server.port", () -> SMTP_PORT);
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;
    @Autowired
    CrmStore store;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> track(String body, String contentType) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/track"))
                .header("Content-Type", contentType).header("Origin", "https://www.example.com")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String view(String visitorId, String url, String title, Instant at) {
        return "{\"visitorId\":\"" + visitorId + "\",\"url\":\"" + url + "\",\"title\":\"" + title
                + "\",\"referrer\":\"https://search.example/\",\"occurredAt\":\"" + at + "\"}";
    }

    private int visits(String visitorId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM web_visits WHERE visitor_id = ?", Integer.class, visitorId);
    }

    @Test
    void aSinglePageViewIsAcceptedWithoutAKeyFromAnyOrigin() throws Exception {
        HttpResponse<String> response = track(view("visitor-single-1", "https://www.example.com/pricing", "Pricing",
                Instant.now()), "text/plain");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(json.readTree(response.body()).get("accepted").asInt()).isEqualTo(1);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(visits("visitor-single-1")).isEqualTo(1);
    }

    @Test
    void theCorsPreflightIsAnswered() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/track"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://shop.example")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
    }

    @Test
    void aBatchIsAcceptedAndATooLargeBatchIsNot() throws Exception {
        Instant now = Instant.now();
        String batch = "[" + view("visitor-batch-1", "https://www.example.com/a", "A", now.minusSeconds(30)) + ","
                + view("visitor-batch-1", "http://www.example.com/b", "B", now) + "]";
        HttpResponse<String> response = track(batch, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(json.readTree(response.body()).get("accepted").asInt()).isEqualTo(2);

        List<String> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(view("visitor-batch-2", "https://www.example.com/" + i, "P", now));
        }
        HttpResponse<String> tooMany = track("[" + String.join(",", many) + "]", "application/json");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(visits("visitor-batch-2")).isZero();
    }

    @Test
    void badInputIsA422NamingEachField() throws Exception {
        String bad = "[" + view("visitor-ok-123", "https://www.example.com/", "Fine", Instant.now()) + ","
                + view("short", "javascript:alert(1)", "Bad", Instant.now().plusSeconds(3600)) + "]";
        HttpResponse<String> response = track(bad, "application/json");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problems = json.readTree(response.body()).get("problems");
        assertThat(problems.findValuesAsText("field")).containsExactlyInAnyOrder("[1].visitorId", "[1].url",
                "[1].occurredAt");
        assertThat(visits("visitor-ok-123")).as("nothing of a rejected batch is stored").isZero();

        HttpResponse<String> notIso = track("{\"visitorId\":\"visitor-iso-1\",\"url\":\"https://x.example/\","
                + "\"occurredAt\":\"yesterday\"}", "application/json");
        assertThat(notIso.statusCode()).isEqualTo(422);
        assertThat(notIso.body()).contains("occurredAt");
        assertThat(track("{not json", "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void earlierVisitsJoinTheTimelineAndTheConfirmationIsInTheDemoOutbox() throws Exception {
        Instant first = Instant.parse("2026-11-20T08:00:00Z");
        assertThat(track("[" + view("visitor-known-1", "https://www.example.com/", "Home", first) + ","
                + view("visitor-known-1", "https://www.example.com/visit", "Book a visit", first.plusSeconds(60)) + "]",
                "text/plain").statusCode()).isEqualTo(202);
        UUID contact = FollowUpHome.contact(store, "visitor@example.com");

        FollowUpHome.append(transactions, outbox, contact, FollowUpHome.payload("sub-visits-1", contact,
                "visitor@example.com", Map.of("message", "hello"), null, true, "visitor-known-1"));

        Subject on = new Subject(Subject.Kind.CONTACT, contact);
        await().atMost(WAIT).until(() -> webVisits(on).size() == 2);
        TimelineEntry home = webVisits(on).stream().filter(e -> "Home".equals(e.subject())).findFirst().orElseThrow();
        assertThat(home.channel()).isEqualTo("web");
        assertThat(home.occurredAt()).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM web_visits WHERE visitor_id = 'visitor-known-1' "
                + "AND contact_id = ? AND attached_at IS NOT NULL", Integer.class, contact)).isEqualTo(2);

        await().atMost(WAIT).until(() -> outboxFor("visitor@example.com") != null);
        JsonNode mail = outboxFor("visitor@example.com");
        assertThat(mail.get("subject").asText()).isEqualTo("Your visit is booked");
        assertThat(mail.get("from").asText()).contains("noreply@switchboard.local");
        assertThat(mail.get("text").asText()).contains("message: hello");
        assertThat(mail.get("sentAt").asText()).isNotBlank();
    }

    @Test
    void aLeadsEarlierVisitsJoinTheLeadsTimeline() throws Exception {
        Instant at = Instant.parse("2026-11-21T10:00:00Z");
        assertThat(track(view("visitor-lead-1", "https://www.example.com/offer", "Offer", at), "text/plain")
                .statusCode()).isEqualTo(202);
        UUID lead = store.upsertLead(new Lead("Grace", "Hopper", "grace@lead.example", null, null, "web",
                Map.of())).id();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("submissionId", "sub-lead-1");
        payload.put("formId", "contact-us");
        payload.put("leadId", lead.toString());
        payload.put("email", "grace@lead.example");
        payload.put("fields", Map.of());
        payload.put("marketingConsent", false);
        payload.put("visitorId", "visitor-lead-1");

        transactions.executeWithoutResult(status -> outbox.append("form.submitted", "lead", lead, payload));

        Subject on = new Subject(Subject.Kind.LEAD, lead);
        await().atMost(WAIT).until(() -> webVisits(on).size() == 1);
        assertThat(webVisits(on).get(0).sourceId()).startsWith("visit-");
        assertThat(webVisits(on).get(0).sourceSystem()).isEqualTo("web");
    }

    private List<TimelineEntry> webVisits(Subject on) {
        return store.timeline(on, new Page(0, 50)).stream().filter(e -> "web-visit".equals(e.type())).toList();
    }

    private JsonNode outboxFor(String recipient) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/mail/outbox")).header("X-Api-Key", TestHome.ADMIN_KEY)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonNode mail : json.readTree(response.body())) {
            if (mail.get("to").toString().contains(recipient)) {
                return mail;
            }
        }
        return null;
    }
}
