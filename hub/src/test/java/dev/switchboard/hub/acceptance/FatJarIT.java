package dev.switchboard.hub.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance checks of the foundation, against the fat jar as a newcomer runs it, in a home
 * made of this repository's own routes/ and config/.
 */
class FatJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LIVE_WITHIN = Duration.ofSeconds(5);

    @TempDir
    static Path home;
    private static HubProcess hub;

    @BeforeAll
    static void start() throws IOException {
        hub = new HubProcess(HubProcess.repositoryHome(home)).start();
        System.out.printf("hub started in %d ms%n", hub.startup().toMillis());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        hub.close();
    }

    private static JsonNode plugin(String id) throws Exception {
        for (JsonNode plugin : json(hub.get("/api/plugins"))) {
            if (plugin.get("id").asText().equals(id)) {
                return plugin;
            }
        }
        throw new AssertionError("plugin " + id + " is not listed: " + hub.get("/api/plugins").body());
    }

    private static JsonNode route(String id) throws Exception {
        for (JsonNode route : json(hub.get("/api/routes"))) {
            if (route.get("id").asText().equals(id)) {
                return route;
            }
        }
        throw new AssertionError("route " + id + " is not listed");
    }

    private static int pluginAction(String id, String action) throws Exception {
        return hub.send(hub.request("/api/plugins/" + id + "/" + action)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())).statusCode();
    }

    @Test
    void theBuiltFeedPluginLoadsFeedsItsRouteAndStopsStartsAndReloadsAtRuntime() throws Exception {
        JsonNode feed = plugin("feed-connector");
        assertThat(feed.get("state").asText()).as(feed.toString()).isEqualTo("STARTED");
        assertThat(feed.get("sha256").asText()).hasSize(64);
        assertThat(feed.get("archive").asText()).endsWith(".zip");
        await().atMost(Duration.ofSeconds(15)).until(() -> route("news-feed").get("exchangesTotal").asLong() == 8);
        assertThat(hub.log()).contains("news item: ");

        assertThat(pluginAction("feed-connector", "stop")).isEqualTo(200);
        assertThat(plugin("feed-connector").get("state").asText()).isEqualTo("STOPPED");
        assertThat(route("news-feed").get("status").asText()).isEqualTo("Stopped");
        assertThat(route("news-feed").get("lastError").toString()).contains("feed-connector");

        assertThat(pluginAction("feed-connector", "start")).isEqualTo(200);
        await().atMost(LIVE_WITHIN).until(() -> route("news-feed").get("status").asText().equals("Started"));

        assertThat(pluginAction("feed-connector", "reload")).isEqualTo(200);
        await().atMost(LIVE_WITHIN).until(() -> plugin("feed-connector").get("state").asText().equals("STARTED")
                && route("news-feed").get("status").asText().equals("Started"));
        assertThat(route("news-feed").get("exchangesTotal").asLong())
                .as("entries already seen are not emitted again after a reload").isZero();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static String webhook(String eventId, String email) {
        return """
                {"eventId": "%s", "subject": "Signed up",
                 "contact": {"email": "%s", "firstName": "Ada", "lastName": "Lovelace"}}""".formatted(eventId, email);
    }

    @Test
    void postingTheExampleWebhookTwiceCreatesOneContactWithOneActivity() throws Exception {
        HttpResponse<String> first = hub.post("/hooks/contacts", webhook("evt-1", "Ada@Example.com"));
        HttpResponse<String> second = hub.post("/hooks/contacts", webhook("evt-1", "ada@example.com"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().map().keySet()).as("the answer echoes no request or internal header")
                .noneMatch(h -> h.equalsIgnoreCase("x-api-key") || h.toLowerCase().startsWith("switchboard")
                        || h.equalsIgnoreCase("user-agent"));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        JsonNode found = json(hub.get("/api/contacts?email=ada@example.com")).get("items");
        assertThat(found).hasSize(1);
        String id = found.get(0).get("id").asText();
        assertThat(json(hub.get("/api/contacts/" + id)).get("timeline").get("items")).hasSize(1);
    }

    @Test
    void badInputGetsA4xxNamingTheProblemAndNeverA500() throws Exception {
        assertThat(hub.post("/hooks/contacts", "{\"contact\": {\"email\": ")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("malformed JSON");
        });
        assertThat(hub.post("/hooks/contacts", "{\"contact\": {\"emial\": \"x@example.com\"}}")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("contact.emial");
        });
        assertThat(hub.post("/hooks/contacts", "{\"contact\": {\"email\": \"nope\"}}")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).contains("contact.email");
        });
        assertThat(hub.send(hub.request("/hooks/contacts").header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello"))).statusCode()).isEqualTo(415);
        assertThat(hub.send(hub.request("/hooks/contacts").header("X-Api-Key", "").GET()).statusCode()).isIn(401, 405);
        assertThat(hub.post("/hooks/contacts", "{\"x\": \"" + "a".repeat(1_100_000) + "\"}").statusCode()).isEqualTo(413);
    }

    @Test
    void theApiWithoutTheKeyAnswers401() throws Exception {
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(hub.request("/api/contacts").build().uri()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aRouteFileGoesLiveKeepsServingThroughABrokenEditAndLeavesWhenDeleted() throws Exception {
        Path file = home.resolve("routes/ping.camel.yaml");
        Files.writeString(file, ping("pong-1"));
        await().atMost(LIVE_WITHIN).until(() -> hub.post("/hooks/ping", "{}").body().equals("pong-1"));

        Files.writeString(file, ping("pong-2").replace("steps:", "steps: ["));
        await().atMost(LIVE_WITHIN).until(() -> json(hub.get("/api/routes")).findValues("id").stream()
                .anyMatch(n -> n.asText().equals("ping")) && hub.get("/api/routes").body().contains("\"line\""));
        assertThat(hub.post("/hooks/ping", "{}").body()).isEqualTo("pong-1");
        assertThat(hub.get("/api/routes").body()).contains("ping.camel.yaml");

        Files.delete(file);
        await().atMost(LIVE_WITHIN).until(() -> hub.post("/hooks/ping", "{}").statusCode() == 404);
    }

    private static String ping(String answer) {
        return """
                - route:
                    id: ping
                    routeConfigurationId: hub-error-handling
                    from:
                      uri: "platform-http:/hooks/ping"
                      steps:
                        - setBody:
                            constant: "%s"
                """.formatted(answer);
    }

    @Test
    void aFailingRouteLandsInDeadLettersAndItsReplaySucceedsOnceTheCauseIsFixed() throws Exception {
        Path file = home.resolve("routes/signup-activity.camel.yaml");
        String steps = """
                        - to: "hub:activity?type=signup&channel=web&sourceIdField=/eventId"
                        - to: "hub:reply"
                """;
        Files.writeString(file, signup(steps));
        // live within 5 s, then about 1.4 s of redelivery backoff before the dead letter
        await().atMost(LIVE_WITHIN.plusSeconds(5)).ignoreExceptions()
                .until(() -> hub.post("/hooks/signup", webhook("evt-dl", "grace@example.com")).statusCode() == 202);
        JsonNode letters = json(hub.get("/api/dead-letters?route=signup-activity"));
        JsonNode letter = letters.isArray() ? letters.get(0) : letters.get("items").get(0);
        assertThat(letter.get("exceptionMessage").asText()).contains("put a hub:crm/upsert/... step before this one");
        assertThat(letter.get("body").asText()).contains("evt-dl");

        Files.writeString(file, signup("        - to: \"hub:crm/upsert/contact?from=/contact\"\n" + steps));
        // the fixed version is live when the route's exchange count starts again from zero
        await().atMost(LIVE_WITHIN).until(() -> {
            for (JsonNode route : json(hub.get("/api/routes"))) {
                if (route.get("id").asText().equals("signup-activity")) {
                    return route.get("exchangesTotal").asLong() == 0 && route.get("lastError").isNull();
                }
            }
            return false;
        });
        HttpResponse<String> replay = hub.send(hub.request("/api/dead-letters/" + letter.get("id").asText() + "/replay")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);

        assertThat(hub.get("/api/dead-letters/" + letter.get("id").asText()).statusCode()).isEqualTo(404);
        assertThat(json(hub.get("/api/contacts?email=grace@example.com")).get("items")).hasSize(1);
    }

    private static String signup(String steps) {
        return """
                - route:
                    id: signup-activity
                    routeConfigurationId: hub-error-handling
                    from:
                      uri: "platform-http:/hooks/signup"
                      steps:
                %s""".formatted(steps);
    }
}
