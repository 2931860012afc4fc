package dev.switchboard.hub.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance path of web forms against the fat jar as a new user runs it, in a home made of this
 * repository's routes/ and config/ (the public demo form {@code visit-booking}), with the embedded
 * demo mail server on a free port: a browser post and a JSON post are taken in, a retry with the same
 * {@code Idempotency-Key} gets the same answer, a bad post names every bad field, the person is a
 * contact and gets exactly one confirmation mail with {@code invite.ics}; and a {@code kill -9}
 * between the commit of a submission and its mail still ends in exactly one mail after the restart.
 */
class WebFormAcceptanceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORIGIN = "https://www.example.com";
    private static final String VISIT_AT = "2030-06-03T10:30";

    @TempDir
    Path home;

    @Test
    void aSubmittedFormIsTakenInOnceAndConfirmedByOneMail() throws Exception {
        HubProcess.repositoryHome(home);
        try (HubProcess hub = new HubProcess(home).env("SWITCHBOARD_MAIL_EMBEDDED_SERVER_PORT",
                String.valueOf(HubProcess.freePort())).start()) {
            // a browser: urlencoded, from an allowed origin, wanting HTML -> 303 to the thank-you page
            HttpResponse<String> browser = hub.send(formPost(hub, Map.of("firstName", "Bára", "lastName", "Dvořáková",
                    "email", "bara@browser.example", "visitAt", VISIT_AT, "consentMarketing", "on"))
                    .header("Accept", "text/html,application/xhtml+xml"));
            assertThat(browser.statusCode()).as(browser.body()).isEqualTo(303);
            assertThat(browser.headers().firstValue("Location")).hasValue("https://www.example.com/thank-you");

            // the same urlencoded post by a script that wants JSON -> 202 with a submission id
            HttpResponse<String> urlencoded = hub.send(formPost(hub, Map.of("firstName", "Cyril", "lastName", "Novotný",
                    "email", "cyril@urlencoded.example", "visitAt", VISIT_AT, "consentMarketing", "true"))
                    .header("Accept", "application/json"));
            assertAccepted(urlencoded);

            // JSON with consent and a visit, under an Idempotency-Key
            String json = """
                    {"firstName": "Ada", "lastName": "Lovelace", "email": "Ada@Json.Example",
                     "phone": "+420 601 123 456", "visitAt": "%s", "consentMarketing": true,
                     "message": "Looking forward to it"}""".formatted(VISIT_AT);
            HttpResponse<String> first = hub.send(jsonPost(hub, json).header("Idempotency-Key", "acceptance-ada-1"));
            JsonNode answer = assertAccepted(first);
            String submissionId = answer.get("submissionId").asText();

            HttpResponse<String> retry = hub.send(jsonPost(hub, json).header("Idempotency-Key", "acceptance-ada-1"));
            assertThat(retry.statusCode()).as(retry.body()).isEqualTo(first.statusCode());
            assertThat(JSON.readTree(retry.body())).as("a retry answers the first answer").isEqualTo(answer);

            // a bad submission: no lastName, a bad e-mail -> 422 naming both
            HttpResponse<String> bad = hub.send(jsonPost(hub, """
                    {"firstName": "Bad", "email": "not-an-e-mail", "consentMarketing": true}"""));
            assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
            List<String> fields = new ArrayList<>();
            JSON.readTree(bad.body()).get("problems").forEach(p -> fields.add(p.get("field").asText()));
            assertThat(fields).as(bad.body()).anyMatch(f -> f.endsWith("lastName")).anyMatch(f -> f.endsWith("email"));

            // one confirmation mail per submission, with the invitation
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode mails = outbox(hub);
                assertThat(to(mails, "ada@json.example")).as("%s\ndead letters: %s", mails, deadLetters(hub)).hasSize(1);
                assertThat(to(mails, "cyril@urlencoded.example")).hasSize(1);
                assertThat(to(mails, "bara@browser.example")).hasSize(1);
            });
            JsonNode mail = to(outbox(hub), "ada@json.example").get(0);
            assertThat(mail.get("messageId").asText()).contains(submissionId);
            assertThat(mail.get("subject").asText()).isEqualTo("Your visit is booked");
            assertThat(mail.get("attachments").toString()).contains("invite.ics");
            assertThat(mail.get("text").asText()).contains("Ada");

            // and no second mail for the retried submission, after later polls too
            HttpResponse<String> later = hub.send(jsonPost(hub, """
                    {"lastName": "Later", "email": "later@json.example"}"""));
            assertAccepted(later);
            await().atMost(Duration.ofSeconds(30)).until(() -> to(outbox(hub), "later@json.example").size() == 1);
            JsonNode mails = outbox(hub);
            assertThat(to(mails, "ada@json.example")).as(mails.toString()).hasSize(1);
            assertThat(to(mails, "later@json.example").get(0).get("attachments").toString())
                    .as("no visitAt, no invitation").doesNotContain("invite.ics");
            assertThat(confirmations(mails)).as(mails.toString()).hasSize(4);

            // every person is a contact, a new one too
            JsonNode ada = contacts(hub, "ada@json.example");
            assertThat(ada).as("contact for ada@json.example (answer %s)", answer).hasSize(1);
            assertThat(ada.get(0).get("lastName").asText()).isEqualTo("Lovelace");
            assertThat(contacts(hub, "cyril@urlencoded.example")).hasSize(1);
            assertThat(contacts(hub, "bara@browser.example")).hasSize(1);
        }
    }

    @Test
    void aKillBetweenTheCommitAndTheMailEndsInExactlyOneMail() throws Exception {
        // slow delivery: the follow-up route cannot run between the 202 and the kill
        HubProcess.repositoryHome(home);
        String mailPort = String.valueOf(HubProcess.freePort());
        String submissionId;
        try (HubProcess hub = new HubProcess(home).env("SWITCHBOARD_MAIL_EMBEDDED_SERVER_PORT", mailPort)
                .env("SWITCHBOARD_EVENTS_POLL_DELAY", "10s").start()) {
            HttpResponse<String> posted = hub.send(jsonPost(hub, """
                    {"firstName": "Karel", "lastName": "Crash", "email": "karel@crash.example",
                     "visitAt": "%s", "consentMarketing": true}""".formatted(VISIT_AT))
                    .header("Idempotency-Key", "acceptance-crash-1"));
            submissionId = assertAccepted(posted).get("submissionId").asText();
            hub.kill();
        }

        try (HubProcess hub = new HubProcess(home).env("SWITCHBOARD_MAIL_EMBEDDED_SERVER_PORT", mailPort)
                .env("SWITCHBOARD_EVENTS_POLL_DELAY", "10s").start()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(to(outbox(hub), "karel@crash.example")).as("the mail after the restart; dead letters: %s", deadLetters(hub)).hasSize(1));
            JsonNode mail = to(outbox(hub), "karel@crash.example").get(0);
            assertThat(mail.get("messageId").asText()).contains(submissionId);
            assertThat(mail.get("attachments").toString()).contains("invite.ics");

            // a later submission's mail proves a later poll ran: still one mail for the first
            assertAccepted(hub.send(jsonPost(hub, """
                    {"lastName": "After", "email": "after@crash.example"}""")));
            await().atMost(Duration.ofSeconds(30)).until(() -> to(outbox(hub), "after@crash.example").size() == 1);
            JsonNode mails = outbox(hub);
            assertThat(to(mails, "karel@crash.example")).as(mails.toString()).hasSize(1);
            assertThat(confirmations(mails)).as(mails.toString()).hasSize(2);
        }
    }

    // ---------------------------------------------------------------------------------------------


    /** As a browser posts the form: urlencoded, from an allowed origin, no admin key. */
    private static HttpRequest.Builder formPost(HubProcess hub, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return hub.anonymous("/forms/visit-booking").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", ORIGIN).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** As the website's script posts it: JSON, from an allowed origin, no admin key. */
    private static HttpRequest.Builder jsonPost(HubProcess hub, String json) {
        return hub.anonymous("/forms/visit-booking").header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Origin", ORIGIN)
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static JsonNode assertAccepted(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("submissionId").asText()).as(response.body()).isNotBlank();
        assertThat(answer.path("status").asText()).isEqualTo("accepted");
        return answer;
    }

    private static JsonNode contacts(HubProcess hub, String email) throws Exception {
        HttpResponse<String> found = hub.get("/api/contacts?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return JSON.readTree(found.body()).get("items");
    }

    private static JsonNode outbox(HubProcess hub) throws Exception {
        HttpResponse<String> mails = hub.get("/api/mail/outbox");
        assertThat(mails.statusCode()).as(mails.body()).isEqualTo(200);
        return JSON.readTree(mails.body());
    }

    private static String deadLetters(HubProcess hub) throws Exception {
        return hub.get("/api/dead-letters").body();
    }

    /**
     * The confirmation mails among {@code mails}: the home's demo configuration also sends the trigger
     * digest (its own Message-ID), when the trigger detectors are built and a restart catches up on it.
     */
    private static List<JsonNode> confirmations(JsonNode mails) {
        List<JsonNode> found = new ArrayList<>();
        mails.forEach(m -> {
            if (m.get("messageId").asText().startsWith("<confirmation-")) {
                found.add(m);
            }
        });
        return found;
    }

    private static List<JsonNode> to(JsonNode mails, String address) {
        List<JsonNode> found = new ArrayList<>();
        mails.forEach(m -> {
            if (m.get("to").toString().contains(address)) {
                found.add(m);
            }
        });
        return found;
    }
}
