package dev.switchboard.hub.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shared error handling on real routes: redelivery then the dead letters, bad input answered
 * at once, and the dead-letter API (list, get, delete, replay).
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hub-error-handling-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "switchboard.home=${java.io.tmpdir}/switchboard-hub-error-handling-test",
        "SWITCHBOARD_ADMIN_KEY=" + HubErrorHandlingTest.ADMIN_KEY,
        "switchboard.errors.redelivery-delay=5ms",
        "switchboard.errors.maximum-redelivery-delay=20ms"})
class HubErrorHandlingTest {

    static final String ADMIN_KEY = "s3cret";

    static final AtomicBoolean BROKEN = new AtomicBoolean();
    static final AtomicInteger FLAKY_CALLS = new AtomicInteger();
    static final AtomicInteger VALIDATE_CALLS = new AtomicInteger();

    @TestConfiguration
    static class Routes {
        @Bean
        RouteBuilder testRoutes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("platform-http:/test/flaky?httpMethodRestrict=POST").routeId("flaky")
                            .routeConfigurationId(ErrorHandling.ROUTE_CONFIGURATION_ID)
                            .setBody(constant("changed by the route before it failed"))
                            .process(exchange -> {
                                FLAKY_CALLS.incrementAndGet();
                                if (BROKEN.get()) {
                                    throw new IllegalStateException("ERP is down");
                                }
                                exchange.getMessage().setBody("{\"stored\":true}");
                            });
                    from("platform-http:/test/validate?httpMethodRestrict=POST").routeId("validate")
                            .routeConfigurationId(ErrorHandling.ROUTE_CONFIGURATION_ID)
                            .process(exchange -> {
                                VALIDATE_CALLS.incrementAndGet();
                                throw BadInputException.invalid(List.of(
                                        new BadInputException.Problem("contact.email", "is not an e-mail address")));
                            });
                    from("direct:bad-feed-item").routeId("bad-feed-item")
                            .routeConfigurationId(ErrorHandling.ROUTE_CONFIGURATION_ID)
                            .process(exchange -> {
                                throw BadInputException.invalid(List.of(
                                        new BadInputException.Problem("text", "is empty; there is nothing to detect in")));
                            });
                    from("direct:always-fails").routeId("always-fails")
                            .routeConfigurationId(ErrorHandling.ROUTE_CONFIGURATION_ID)
                            .to("log:always-fails?level=DEBUG")
                            .throwException(new IllegalArgumentException("no luck"));
                }
            };
        }
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProducerTemplate camel;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void reset() {
        if (http.getRestTemplate().getInterceptors().isEmpty()) {
            http.getRestTemplate().getInterceptors().add((request, body, execution) -> {
                request.getHeaders().set("X-Api-Key", ADMIN_KEY);
                return execution.execute(request, body);
            });
        }
        BROKEN.set(false);
        FLAKY_CALLS.set(0);
        VALIDATE_CALLS.set(0);
        jdbc.update("DELETE FROM dead_letters");
    }

    @Test
    void failureIsRedeliveredThenDeadLetteredWithTheOriginalMessage() throws Exception {
        BROKEN.set(true);

        ResponseEntity<String> answer = post("/test/flaky", "{\"name\":\"Ada\"}");

        assertThat(answer.getStatusCode().value()).isEqualTo(202);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/json");
        JsonNode reply = json.readTree(answer.getBody());
        assertThat(reply.path("status").asText()).isEqualTo("dead-lettered");
        assertThat(reply.path("error").asText()).isEqualTo("ERP is down");
        assertThat(FLAKY_CALLS).hasValue(4);

        JsonNode letter = getJson("/api/dead-letters/" + reply.path("deadLetterId").asLong());
        assertThat(letter.path("routeId").asText()).isEqualTo("flaky");
        assertThat(letter.path("fromUri").asText()).startsWith("platform-http:///test/flaky");
        assertThat(letter.path("body").asText()).isEqualTo("{\"name\":\"Ada\"}");
        assertThat(letter.path("attempts").asInt()).isEqualTo(4);
        assertThat(letter.path("exceptionClass").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(letter.path("exceptionMessage").asText()).isEqualTo("ERP is down");
        assertThat(letter.path("headers").toString()).as("headers").contains("web-form");
        assertThat(letter.path("headers").toString()).as("headers").contains(HeaderSnapshot.REDACTED);
        assertThat(letter.toString()).doesNotContain("s3cret");
        assertThat(letter.path("replays").asInt()).isZero();
    }

    @Test
    void nonHttpConsumerFailureIsDeadLetteredWithTheFailedEndpoint() {
        Exchange done = camel.request("direct:always-fails", e -> e.getIn().setBody("payload-1"));

        assertThat(done.getException()).isNull();
        assertThat(done.getProperty(ErrorHandling.DEAD_LETTER_ID)).isNotNull();
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM dead_letters");
        assertThat(row.get("route_id")).isEqualTo("always-fails");
        assertThat(row.get("body")).isEqualTo("payload-1");
        assertThat(row.get("from_uri")).isEqualTo("direct://always-fails");
        assertThat((String) row.get("endpoint_uri")).startsWith("log://always-fails");
        assertThat(row.get("attempts")).isEqualTo(4);
    }

    @Test
    void badInputIsAnswered422AndNeitherRetriedNorDeadLettered() throws Exception {
        ResponseEntity<String> answer = post("/test/validate", "{\"email\":\"nope\"}");

        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/json");
        JsonNode reply = json.readTree(answer.getBody());
        assertThat(reply.path("status").asInt()).isEqualTo(422);
        assertThat(reply.path("problems").get(0).path("field").asText()).isEqualTo("contact.email");
        assertThat(reply.path("problems").get(0).path("message").asText()).isEqualTo("is not an e-mail address");
        assertThat(VALIDATE_CALLS).hasValue(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dead_letters", Long.class)).isZero();
    }

    @Test
    void badInputFromAPollerIsKeptAsADeadLetterWithItsReasonAndNotRetried() {
        camel.sendBody("direct:bad-feed-item", "{\"id\":\"entry-7\",\"text\":\"\"}");

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM dead_letters WHERE route_id = 'bad-feed-item'");
        assertThat(row.get("exception_class")).isEqualTo(BadInputException.class.getName());
        assertThat((String) row.get("exception_message")).contains("text").contains("nothing to detect");
        assertThat((String) row.get("body")).contains("entry-7");
        assertThat(row.get("attempts")).isEqualTo(1);
    }

    @Test
    void deadLettersAreListedNewestFirstFetchedAndDeleted() throws Exception {
        long first = deadLetter("one");
        long second = deadLetter("two");
        deadLetter("three");

        JsonNode page = getJson("/api/dead-letters?route=always-fails&limit=2&offset=0");
        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(page.path("items")).hasSize(2);
        assertThat(page.path("items").get(0).path("body").asText()).isEqualTo("three");
        assertThat(page.path("items").get(1).path("id").asLong()).isEqualTo(second);
        assertThat(getJson("/api/dead-letters?route=no-such-route").path("total").asLong()).isZero();
        assertThat(getJson("/api/dead-letters/" + first).path("body").asText()).isEqualTo("one");

        assertThat(delete("/api/dead-letters/" + first).getStatusCode().value()).isEqualTo(204);
        assertThat(http.getForEntity("/api/dead-letters/" + first, String.class).getStatusCode().value())
                .isEqualTo(404);
        assertThat(delete("/api/dead-letters/" + first).getStatusCode().value()).isEqualTo(404);
        assertThat(http.getForEntity("/api/dead-letters?limit=0", String.class).getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void replayAfterTheCauseIsFixedSucceedsAndRemovesTheEntry() throws Exception {
        BROKEN.set(true);
        long id = json.readTree(post("/test/flaky", "{\"name\":\"Grace\"}").getBody()).path("deadLetterId").asLong();
        BROKEN.set(false);
        FLAKY_CALLS.set(0);

        ResponseEntity<String> answer = http.postForEntity("/api/dead-letters/" + id + "/replay", null, String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode reply = json.readTree(answer.getBody());
        assertThat(reply.path("status").asText()).isEqualTo("replayed");
        assertThat(reply.path("id").asLong()).isEqualTo(id);
        assertThat(reply.path("answer").path("stored").asBoolean()).isTrue();
        assertThat(FLAKY_CALLS).hasValue(1);
        assertThat(http.getForEntity("/api/dead-letters/" + id, String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void failedReplayKeepsTheEntryAndCountsTheReplay() throws Exception {
        BROKEN.set(true);
        long id = json.readTree(post("/test/flaky", "{\"name\":\"Linus\"}").getBody()).path("deadLetterId").asLong();

        ResponseEntity<String> answer = http.postForEntity("/api/dead-letters/" + id + "/replay", null, String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        JsonNode reply = json.readTree(answer.getBody());
        assertThat(reply.path("status").asText()).isEqualTo("failed");
        assertThat(reply.path("error").asText()).isEqualTo("ERP is down");
        JsonNode letter = getJson("/api/dead-letters/" + id);
        assertThat(letter.path("replays").asInt()).isEqualTo(1);
        assertThat(letter.path("lastReplayError").asText()).isEqualTo("ERP is down");
        assertThat(letter.path("lastReplayAt").isMissingNode()).isFalse();
        assertThat(letter.path("body").asText()).isEqualTo("{\"name\":\"Linus\"}");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dead_letters", Long.class)).isEqualTo(1);
    }

    @Test
    void replayOfAnUnknownEntryIs404AndOfAVanishedRouteIs409() throws Exception {
        assertThat(http.postForEntity("/api/dead-letters/999999/replay", null, String.class).getStatusCode().value())
                .isEqualTo(404);
        jdbc.update("INSERT INTO dead_letters (route_id, exception_class, body, headers, attempts, failed_at) "
                + "VALUES ('removed-route', 'java.lang.Exception', 'x', '{}', 1, CURRENT_TIMESTAMP)");
        long id = jdbc.queryForObject("SELECT id FROM dead_letters WHERE route_id = 'removed-route'", Long.class);

        ResponseEntity<String> answer = http.postForEntity("/api/dead-letters/" + id + "/replay", null, String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(json.readTree(answer.getBody()).path("error").asText()).contains("removed-route");
        assertThat(getJson("/api/dead-letters/" + id).path("replays").asInt()).isZero();
    }

    long deadLetter(String body) {
        return camel.request("direct:always-fails", e -> e.getIn().setBody(body))
                .getProperty(ErrorHandling.DEAD_LETTER_ID, Long.class);
    }

    ResponseEntity<String> delete(String path) {
        return http.exchange(path, HttpMethod.DELETE, null, String.class);
    }

    ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Source", "web-form");
        headers.set("X-Api-Key", ADMIN_KEY);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    JsonNode getJson(String path) throws Exception {
        ResponseEntity<String> answer = http.getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
        return json.readTree(answer.getBody());
    }
}
