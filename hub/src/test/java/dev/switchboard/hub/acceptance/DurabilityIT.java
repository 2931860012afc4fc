package dev.switchboard.hub.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} right after a 2xx: after a restart every acknowledged contact is there, and every
 * outbox event committed with it reaches its subscriber route (here: one task per new contact).
 */
class DurabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONTACTS = 40;

    @TempDir
    Path home;

    @Test
    void nothingAcknowledgedIsLostToAKill() throws Exception {
        Path repo = Path.of(System.getProperty("switchboard.test.repo-root"));
        Files.createDirectories(home.resolve("routes"));
        Files.createDirectories(home.resolve("config"));
        Files.copy(repo.resolve("routes/contact-webhook.camel.yaml"), home.resolve("routes/contact-webhook.camel.yaml"));
        Files.writeString(home.resolve("config/application.yaml"), """
                switchboard:
                  crm:
                    owners:
                      - id: jana
                        name: Jana
                  events:
                    # slow delivery, so that events are still pending when the hub is killed
                    poll-delay: 2s
                """);
        Files.writeString(home.resolve("routes/welcome-task.camel.yaml"), """
                - route:
                    id: welcome-task
                    routeConfigurationId: hub-error-handling
                    from:
                      uri: "hub:events?type=contact.created"
                      steps:
                        - to: "hub:task?subject=Welcome&owner=jana"
                """);

        try (HubProcess hub = new HubProcess(home).start()) {
            for (int i = 0; i < CONTACTS; i++) {
                HttpResponse<String> answer = hub.post("/hooks/contacts",
                        "{\"eventId\":\"e" + i + "\",\"contact\":{\"email\":\"p" + i + "@durable.example\"}}");
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            }
            hub.kill();
        }

        try (HubProcess hub = new HubProcess(home).start()) {
            Set<String> contactIds = new HashSet<>();
            for (int i = 0; i < CONTACTS; i++) {
                JsonNode found = JSON.readTree(hub.get("/api/contacts?email=p" + i + "@durable.example").body());
                assertThat(found.get("items")).as("contact %d after the kill", i).hasSize(1);
                contactIds.add(found.get("items").get(0).get("id").asText());
                JsonNode timeline = JSON.readTree(hub.get("/api/contacts/" + contactIds.toArray()[0]).body());
                assertThat(timeline.get("timeline").get("items")).hasSize(1);
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode tasks = JSON.readTree(hub.get("/api/tasks?owner=jana&limit=200").body()).get("items");
                Set<String> about = new HashSet<>();
                tasks.forEach(t -> about.add(t.get("contactId").asText()));
                assertThat(about).as("every contact.created event was delivered").isEqualTo(contactIds);
                assertThat(tasks).as("and its task made once").hasSize(CONTACTS);
            });
        }
    }
}
