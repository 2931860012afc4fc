package dev.switchboard.hub.acceptance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sales triggers as a new user sees them, against the fat jar in a home made of this repository's
 * routes/, config/ and built plugins: the sample news feed and a Mastodon instance (WireMock,
 * serving the API's real response shape) through the running hub, with the detector plugin, and
 * the triggers, their sources and the owners' tasks in the API; plus a document posted to
 * {@code /ingest/documents} and the detect API.
 */
class TriggersAcceptanceIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private final WireMockServer mastodon = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void startMastodon() throws IOException {
        mastodon.start();
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/timelines/tag/crm")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("X-RateLimit-Limit", "300").withHeader("X-RateLimit-Remaining", "299")
                .withHeader("X-RateLimit-Reset", "2030-01-01T00:00:00.000Z")
                .withBody("[" + status("113500000000000002", "marta", "Marta Kowalska",
                        "<p>Big news: Nordwind Logistics raised EUR 12 million in a Series A round led by "
                                + "Baltic Ventures. <a href=\"https://social.example/tags/crm\">#crm</a></p>", "crm")
                        + "," + status("113500000000000001", "ondrej", "Ondřej Malý",
                        "<p>Trying Switchboard for our CRM integration, looks promising "
                                + "<a href=\"https://social.example/tags/crm\">#crm</a></p>", "crm") + "]")));
    }

    @AfterEach
    void stopMastodon() {
        mastodon.stop();
    }

    @Test
    void newsAndMastodonPostsBecomeTriggersWithTasksAndPostedDocumentsToo() throws Exception {
        makeHome();
        try (HubProcess hub = new HubProcess(home).env("SWITCHBOARD_MAIL_EMBEDDED_SERVER_PORT",
                String.valueOf(HubProcess.freePort())).start()) {
            // the sample feed: "Harbourline Health raises EUR 18 million in Series B funding"
            JsonNode feedTrigger = awaitTrigger(hub, "Harbourline");
            assertThat(feedTrigger.get("type").asText()).isEqualTo("funding");

            // the Mastodon post, through mastodon-posts
            JsonNode socialTrigger = awaitTrigger(hub, "Nordwind");
            assertThat(socialTrigger.get("type").asText()).isEqualTo("funding");
            assertThat(socialTrigger.toString()).contains("mastodon:");

            // prospects go to the demo's default owner, who gets a follow-up task per trigger
            HttpResponse<String> tasks = hub.get("/api/tasks?owner=jana.novak&status=open");
            assertThat(tasks.body()).contains("Harbourline").contains("Nordwind");

            // any other source posts documents
            HttpResponse<String> ingested = hub.post("/ingest/documents", """
                    {"id": "press-1", "lang": "cs", "kind": "press-release", "url": "https://press.example/1",
                     "text": "Brněnská společnost Kovotech Morava s.r.o. hledá 25 nových svářečů a obráběčů pro svůj nový závod."}""");
            assertThat(ingested.statusCode()).as(ingested.body()).isEqualTo(202);
            assertThat(ingested.body()).contains("hiring").contains("Kovotech");

            HttpResponse<String> again = hub.post("/ingest/documents", "{\"id\": \"bad\", \"text\": \"\"}");
            assertThat(again.statusCode()).as(again.body()).isEqualTo(422);

            HttpResponse<String> detect = hub.post("/api/triggers/detect",
                    "{\"text\": \"Lumenra Software hledá 40 vývojářů pro nové centrum v Brně.\"}");
            assertThat(detect.statusCode()).as(detect.body()).isEqualTo(200);
            assertThat(JSON.readTree(detect.body()).get("triggers").toString()).contains("hiring").contains("Lumenra");
        }
    }

    private JsonNode awaitTrigger(HubProcess hub, String company) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> triggers = hub.get("/api/triggers?limit=100");
            assertThat(triggers.statusCode()).as(triggers.body()).isEqualTo(200);
            found.clear();
            JSON.readTree(triggers.body()).get("items").forEach(t -> {
                if (t.toString().contains(company)) {
                    found.add(t);
                }
            });
            assertThat(found).as("a trigger naming " + company + " in " + triggers.body() + "\n" + hub.log()).isNotEmpty();
        });
        return found.get(0);
    }

    private static String status(String id, String user, String name, String html, String tag) throws IOException {
        String base = "https://social.example";
        com.fasterxml.jackson.databind.node.ObjectNode status = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree("""
                {"id": "%1$s", "created_at": "2026-11-20T08:15:00.000Z", "in_reply_to_id": null,
                 "in_reply_to_account_id": null, "sensitive": false, "spoiler_text": "", "visibility": "public",
                 "language": "en", "uri": "%5$s/users/%2$s/statuses/%1$s", "url": "%5$s/@%2$s/%1$s",
                 "replies_count": 0, "reblogs_count": 1, "favourites_count": 3, "edited_at": null, "content": null,
                 "reblog": null, "application": {"name": "Web", "website": null},
                 "account": {"id": "1090", "username": "%2$s", "acct": "%2$s", "display_name": "%3$s", "locked": false,
                   "bot": false, "discoverable": true, "group": false, "created_at": "2022-11-01T00:00:00.000Z",
                   "note": "", "url": "%5$s/@%2$s", "avatar": "%5$s/avatars/original/missing.png",
                   "avatar_static": "%5$s/avatars/original/missing.png", "header": "%5$s/headers/original/missing.png",
                   "header_static": "%5$s/headers/original/missing.png", "followers_count": 10, "following_count": 5,
                   "statuses_count": 42, "last_status_at": "2026-11-20", "emojis": [], "fields": []},
                 "media_attachments": [], "mentions": [],
                 "tags": [{"name": "%4$s", "url": "%5$s/tags/%4$s"}], "emojis": [], "card": null, "poll": null}
                """.formatted(id, user, name, tag, base));
        return JSON.writeValueAsString(status.put("content", html));
    }

    private void makeHome() throws IOException {
        HubProcess.repositoryHome(home);
        Files.writeString(home.resolve("config/plugins/mastodon-connector.yaml"),
                "instance: \"" + mastodon.baseUrl() + "\"\ndelay: 2s\n");
    }
}
