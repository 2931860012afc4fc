package dev.switchboard.hub.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.TestHome;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.sdk.model.Account;
import dev.switchboard.sdk.model.Document;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code POST /ingest/documents} and {@code hub:triggers} with bad input: a clear 4xx naming what is
 * wrong, never a 500, and the route keeps serving; plus the read API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.mail.embedded-server.enabled=false")
class DocumentIngestTest {

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        TriggersHome.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProducerTemplate camel;
    @Autowired
    CrmStore store;

    record Answer(int status, JsonNode body) {
    }

    Answer post(String body, String contentType) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ingest/documents"))
                .header("Content-Type", contentType).header("X-Api-Key", TestHome.ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Api-Key", TestHome.ADMIN_KEY).GET().build());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? null : json.readTree(response.body()));
    }

    String errors(Answer answer) {
        return answer.body().at("/error").asText();
    }

    @Test
    void badDocumentsGetAClear4xxAndTheRouteKeepsServing() throws Exception {
        Answer empty = post("{\"id\": \"e1\", \"text\": \"   \"}", "application/json");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(errors(empty)).contains("text: required");

        Answer malformed = post("{\"id\": \"m1\",\n \"text\": }", "application/json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(errors(malformed)).contains("line 2, column");

        Answer unknown = post("[{\"id\": \"u1\", \"text\": \"hi\", \"colour\": \"red\"}]", "application/json");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(errors(unknown)).contains("[0].colour: unknown field");

        Answer types = post("[{\"id\": \"t1\", \"text\": \"ok text\"}, {\"id\": 7, \"text\": [\"x\"], \"publishedAt\": \"yesterday\"}, "
                + "{\"text\": \"no id\"}, {\"id\": \"t4\"}]", "application/json");
        assertThat(types.status()).isEqualTo(422);
        assertThat(errors(types)).contains("[1].id: must be a text", "[1].text: must be a text", "[1].publishedAt",
                "[2].id: required", "[3].text: required").doesNotContain("[0]");

        Answer binary = post(json.writeValueAsString(Map.of("id", "b1", "text", "\u0001\u0002\u0003garbage\u0000\u0007")),
                "application/json");
        assertThat(binary.status()).isEqualTo(422);
        assertThat(errors(binary)).contains("text: binary data");

        Answer huge = post(json.writeValueAsString(Map.of("id", "h1", "text", "x".repeat(1_100_000))), "application/json");
        assertThat(huge.status()).isEqualTo(413);

        Answer notJson = post("id=1&text=hello", "application/x-www-form-urlencoded");
        assertThat(notJson.status()).isEqualTo(415);

        Answer fine = post(json.writeValueAsString(Map.of("id", "ok-after-errors", "text", "Nothing to see here")),
                "application/json");
        assertThat(fine.status()).isEqualTo(202);
        assertThat(fine.body().at("/results/0/documentId").asText()).isEqualTo("ok-after-errors");
    }

    @Test
    void htmlIsStrippedAndMixedScriptsAreProcessed() throws Exception {
        UUID account = store.upsertAccount(new Account("Markup Masters", "markup.example", null, null, Map.of())).id();
        Answer html = post(json.writeValueAsString(Map.of("id", "html-1", "text",
                "<html><body><p>Markup Masters raised &euro;2M</p><script>alert(1)</script></body></html>")),
                "application/json");
        Answer mixed = post(json.writeValueAsString(Map.of("id", "mixed-1", "text",
                "Markup Masters is hiring 日本語 engineers — Новости ✓")), "application/json");

        assertThat(html.status()).isEqualTo(202);
        assertThat(html.body().at("/results/0/triggers/0/accountId").asText()).isEqualTo(account.toString());
        assertThat(html.body().at("/results/0/triggers/0/evidence").asText()).isEqualTo("Markup Masters raised €2M");
        assertThat(mixed.status()).isEqualTo(202);
        assertThat(mixed.body().at("/results/0/triggers/0/type").asText()).isEqualTo("hiring");

        Answer listed = get("/api/triggers?account=" + account + "&type=funding");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().at("/items")).hasSize(1);
        assertThat(listed.body().at("/items/0/sources/0/documentId").asText()).isEqualTo("html-1");
        Answer detail = get("/api/accounts/" + account);
        assertThat(detail.body().at("/triggers")).hasSize(2);
        assertThat(get("/api/triggers?type=gossip").status()).isEqualTo(422);
        assertThat(get("/api/triggers?since=yesterday").status()).isEqualTo(400);
    }

    @Test
    void aDocumentObjectFromAComponentIsCheckedLikeAPostedOne() {
        Document empty = new Document("c-1", "", "en", "news", null, null, Map.of());
        Document fine = new Document("c-2", "Nobody raised anything here", "en", "news", null, null, Map.of());

        assertThat(camel.requestBody("hub:triggers", fine, String.class)).contains("\"documentId\":\"c-2\"");
        try {
            camel.requestBody("hub:triggers", empty);
        } catch (CamelExecutionException e) {
            assertThat(e.getCause()).hasMessageContaining("text: required");
            return;
        }
        throw new AssertionError("an empty document was taken");
    }
}
