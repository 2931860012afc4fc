package dev.switchboard.hub.verbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.TestHome;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.Page;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.hub.errors.BadInputException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The hub verbs as a route uses them, against the built-in store. */
@SpringBootTest(properties = {"switchboard.crm.owners[0].id=jana", "switchboard.crm.owners[0].name=Jana"},
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
class HubVerbsTest {

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        TestHome.register(registry);
    }

    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    CrmStore store;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void routes() throws Exception {
        if (camel.getRoute("verbs") != null) {
            return;
        }
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:webhook").routeId("verbs")
                        .to("hub:crm/upsert/contact?from=/contact")
                        .to("hub:activity?type=webhook&channel=web&subjectField=/subject&sourceIdField=/eventId")
                        .to("hub:task?subject=Follow up&owner=jana&dueIn=P1D")
                        .to("hub:reply");
                from("direct:account").routeId("account").to("hub:crm/upsert/account").to("hub:reply");
            }
        });
    }

    private JsonNode post(String body) throws Exception {
        Exchange answer = producer.request("direct:webhook", e -> e.getMessage().setBody(body));
        if (answer.getException() != null) {
            throw answer.getException();
        }
        assertThat(answer.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/json");
        JsonNode reply = json.readTree(answer.getMessage().getBody(String.class));
        ((com.fasterxml.jackson.databind.node.ObjectNode) reply).put("status",
                answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class));
        return reply;
    }

    @Test
    void aWebhookUpsertsTheContactLogsTheActivityAndCreatesATaskOnce() throws Exception {
        String body = """
                {"eventId": "evt-1", "subject": "Signed up",
                 "contact": {"email": "Grace@Example.com", "firstName": "Grace", "lastName": "Hopper"}}""";

        JsonNode first = post(body);
        JsonNode second = post(body);

        assertThat(first.get("status").asInt()).isEqualTo(201);
        assertThat(first.get("created").asBoolean()).isTrue();
        assertThat(second.get("status").asInt()).isEqualTo(200);
        assertThat(second.get("contactId")).isEqualTo(first.get("contactId"));
        assertThat(second.get("activityId")).isEqualTo(first.get("activityId"));
        UUID contact = UUID.fromString(first.get("contactId").asText());
        assertThat(store.timeline(new Subject(Subject.Kind.CONTACT, contact), new Page(0, 10)))
                .singleElement().satisfies(a -> {
                    assertThat(a.subject()).isEqualTo("Signed up");
                    assertThat(a.sourceSystem()).isEqualTo("verbs");
                    assertThat(a.sourceId()).isEqualTo("evt-1");
                    assertThat(a.payload()).contains("\"eventId\":\"evt-1\"");
                });
        assertThat(store.tasks("jana", null, new Page(0, 10))).hasSize(2)
                .as("no idempotency key, so each run makes a task").allMatch(t -> t.contactId().equals(contact));
    }

    @Test
    void anUnknownFieldIsRefusedByItsPath() {
        assertThatThrownBy(() -> post("{\"contact\": {\"emial\": \"x@example.com\"}}"))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.problems().get(0).field()).isEqualTo("contact.emial");
                    assertThat(e.problems().get(0).message()).contains("unknown field").contains("email");
                });
    }

    @Test
    void malformedJsonIsRefusedWithLineAndColumn() {
        assertThatThrownBy(() -> post("{\"contact\": {\"email\": \"x@example.com\",,}}"))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("malformed JSON at line 1, column");
                });
    }

    @Test
    void invalidValuesAreReportedUnderTheRecordsPath() {
        assertThatThrownBy(() -> post("{\"contact\": {\"email\": \"nope\", \"phone\": \"abc\"}}"))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.problems()).extracting(BadInputException.Problem::field)
                            .containsExactlyInAnyOrder("contact.email", "contact.phone");
                });
        assertThatThrownBy(() -> post("{\"subject\": \"no contact\"}"))
                .isInstanceOfSatisfying(BadInputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("contact: missing; a JSON object is expected"));
        assertThatThrownBy(() -> post("{\"contact\": {\"email\": [1, 2]}}"))
                .isInstanceOfSatisfying(BadInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("contact.email"));
    }

    @Test
    void aMapBodyWorksAsWellAsJsonText() {
        Exchange answer = producer.request("direct:account",
                e -> e.getMessage().setBody(Map.of("name", "Acme", "domain", "acme.example")));
        assertThat(answer.getException()).isNull();
        assertThat(answer.getMessage().getBody(String.class)).contains("\"accountId\"").contains("\"created\":true");
    }

    @Test
    void aMisconfiguredVerbFailsWhenTheRouteIsAddedAndSaysWhy() {
        assertThatThrownBy(() -> camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bad").routeId("bad").to("hub:crm/upsert/contact?form=/contact");
            }
        })).isInstanceOf(FailedToCreateRouteException.class).hasMessageContaining("form");
        assertThatThrownBy(() -> producer.sendBody("hub:nothing", "{}"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("unknown hub verb 'nothing'").hasMessageContaining("crm");
    }
}
