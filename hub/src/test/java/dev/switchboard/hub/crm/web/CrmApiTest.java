package dev.switchboard.hub.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.TestHome;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.sdk.model.Activity;
import dev.switchboard.sdk.model.Contact;
import dev.switchboard.sdk.model.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The read API, its errors, the admin key, and the actuator endpoints, over real HTTP. */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "switchboard.crm.owners[0].id=jana", "switchboard.crm.owners[0].name=Jana", "switchboard.http.max-body-size=1KB"})
class CrmApiTest {

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        TestHome.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    CrmStore store;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path, TestHome.ADMIN_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void theApiNeedsTheAdminKeyButHealthIsOpen() throws Exception {
        HttpResponse<String> none = get("/api/contacts", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("missing header X-Api-Key");
        assertThat(get("/api/contacts", "wrong").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/info", null).statusCode()).isEqualTo(401);
        assertThat(get("/hooks/anything", null).statusCode()).as("route endpoints too").isEqualTo(401);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health", null).body()).doesNotContain(TestHome.ADMIN_KEY);
    }

    @Test
    void contactsAreFoundByEmailPhoneAndTextWithTheirTimeline() throws Exception {
        UUID ada = store.upsertContact(new Contact("Ada", "Lovelace", "ada@api.example", "+420 601 000 001", null, null,
                Map.of())).id();
        Subject on = new Subject(Subject.Kind.CONTACT, ada);
        for (int i = 0; i < 3; i++) {
            store.logActivity(on, new Activity("call", "phone", Instant.parse("2026-11-0" + (i + 1) + "T10:00:00Z"),
                    "call " + i, null, null, "pbx", "api-" + i));
        }

        assertThat(getJson("/api/contacts?email=ADA@api.example").get("items")).hasSize(1);
        assertThat(getJson("/api/contacts?phone=%2B420601000001").get("items").get(0).get("id").asText())
                .isEqualTo(ada.toString());
        assertThat(getJson("/api/contacts?q=lovel").get("items")).hasSize(1);
        JsonNode detail = getJson("/api/contacts/" + ada + "?limit=2");
        assertThat(detail.get("contact").get("firstName").asText()).isEqualTo("Ada");
        assertThat(detail.get("timeline").get("items")).extracting(n -> n.get("subject").asText())
                .containsExactly("call 2", "call 1");
        assertThat(getJson("/api/contacts/" + ada + "?limit=2&offset=2").get("timeline").get("items")).hasSize(1);
    }

    @Test
    void tasksAreListedByOwner() throws Exception {
        UUID bob = store.upsertContact(new Contact("Bob", null, "bob@api.example", null, null, null, Map.of())).id();
        store.createTask(new Task("Call Bob", "jana", null), new Subject(Subject.Kind.CONTACT, bob), null, null);

        JsonNode tasks = getJson("/api/tasks?owner=jana");
        assertThat(tasks.get("items")).anySatisfy(t -> assertThat(t.get("subject").asText()).isEqualTo("Call Bob"));
        assertThat(getJson("/api/tasks?owner=nobody").get("items")).isEmpty();
    }

    @Test
    void badRequestsGetA4xxThatSaysWhat() throws Exception {
        assertThat(get("/api/contacts/not-a-uuid", TestHome.ADMIN_KEY)).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("parameter 'id'");
        });
        assertThat(get("/api/contacts/" + UUID.randomUUID(), TestHome.ADMIN_KEY)).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("no contact with id");
        });
        assertThat(get("/api/accounts/" + UUID.randomUUID(), TestHome.ADMIN_KEY).statusCode()).isEqualTo(404);
        assertThat(get("/api/contacts?limit=5000", TestHome.ADMIN_KEY)).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("limit must be between 1 and 200");
        });
        assertThat(get("/api/contacts?phone=abc", TestHome.ADMIN_KEY).statusCode()).isEqualTo(400);
        assertThat(get("/api/nothing-here", TestHome.ADMIN_KEY).statusCode()).isEqualTo(404);
    }

    @Test
    void anOversizedBodyIsRefusedWith413() throws Exception {
        HttpRequest big = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hooks/contacts"))
                .header("X-Api-Key", TestHome.ADMIN_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"x\":\"" + "a".repeat(2000) + "\"}")).build();
        HttpResponse<String> response = http.send(big, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than the limit of 1024 bytes");
    }

    @Test
    void openApiAndOperationsEndpointsAnswerWithTheKey() throws Exception {
        JsonNode openApi = getJson("/api/openapi.json");
        assertThat(openApi.get("paths").has("/api/contacts/{id}")).isTrue();
        assertThat(getJson("/actuator/info").get("switchboard").get("sdkVersion").asText()).isNotBlank();
        HttpResponse<String> prometheus = get("/actuator/prometheus", TestHome.ADMIN_KEY);
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
    }
}
