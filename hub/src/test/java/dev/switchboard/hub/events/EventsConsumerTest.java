package dev.switchboard.hub.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Outbox events delivered to {@code hub:events} routes: headers, filtering, order, retries, late commits. */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:events-consumer-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "switchboard.home=${java.io.tmpdir}/switchboard-events-consumer-test",
        "switchboard.events.poll-delay=20ms"})
class EventsConsumerTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Set<Long> FAILED_ONCE = ConcurrentHashMap.newKeySet();
    static final AtomicBoolean POISONED = new AtomicBoolean(true);

    @TestConfiguration
    static class Routes {
        @Bean
        Received received() {
            return new Received();
        }

        @Bean
        RouteBuilder eventRoutes(Received received) {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("hub:events?type=contact.created").routeId("created").process(received.recorder());
                    from("hub:events?type=contact.*").routeId("any-contact").process(received.recorder());
                    from("hub:events?type=account.created,lead.assigned").routeId("listed").process(received.recorder());
                    from("hub:events?type=flaky.happened&delay=10").routeId("flaky")
                            .process(received.recorder())
                            .process(exchange -> {
                                if (FAILED_ONCE.add(exchange.getIn().getHeader(EventsConstants.EVENT_ID, Long.class))) {
                                    throw new IllegalStateException("first delivery fails");
                                }
                            });
                    from("hub:events?type=poison.pill").routeId("poison")
                            .process(exchange -> {
                                if (POISONED.get()) {
                                    throw new IllegalStateException("cannot digest this");
                                }
                            });
                }
            };
        }
    }

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Received received;
    @Autowired
    DataSource dataSource;
    @Autowired
    OutboxSequencer sequencer;
    @Autowired
    OutboxHealthIndicator health;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;

    @Test
    void anEventAppendedInATransactionReachesTheRouteWithHeaders() {
        UUID contact = UUID.randomUUID();

        append("contact.created", "contact", contact, Map.of("email", "ada@example.com"));

        await().atMost(WAIT).until(() -> received.by("created", contact.toString()).size() == 1);
        Received.Delivery delivery = received.by("created", contact.toString()).get(0);
        assertThat(delivery.seq()).isPositive();
        assertThat(delivery.type()).isEqualTo("contact.created");
        assertThat(delivery.body()).isEqualTo("{\"email\":\"ada@example.com\"}");
        assertThat(delivery.headers()).containsEntry(EventsConstants.AGGREGATE_TYPE, "contact")
                .containsEntry(EventsConstants.CONTACT_ID, contact.toString())
                .doesNotContainKeys(EventsConstants.ACCOUNT_ID, EventsConstants.LEAD_ID);
    }

    @Test
    void routesReceiveOnlyTheTypesTheyAskFor() {
        UUID contact = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        UUID lead = UUID.randomUUID();

        append("contact.updated", "contact", contact, Map.of());
        append("account.created", "account", account, Map.of());
        append("lead.assigned", "lead", lead, Map.of());
        append("contact.created", "contact", contact, Map.of());

        await().atMost(WAIT).until(() -> received.by("any-contact", contact.toString()).size() == 2
                && received.by("listed").stream().filter(d -> d.aggregateId().equals(lead.toString())).count() == 1
                && received.by("created", contact.toString()).size() == 1);
        assertThat(received.by("any-contact", contact.toString())).extracting(Received.Delivery::type)
                .containsExactly("contact.updated", "contact.created");
        assertThat(received.by("created", contact.toString())).extracting(Received.Delivery::type)
                .containsExactly("contact.created");
        assertThat(received.by("listed", account.toString()).get(0).headers())
                .containsEntry(EventsConstants.ACCOUNT_ID, account.toString());
        assertThat(received.by("listed", lead.toString()).get(0).headers())
                .containsEntry(EventsConstants.LEAD_ID, lead.toString());
        assertThat(received.by("listed", contact.toString())).isEmpty();
        assertThat(received.by("any-contact", account.toString())).isEmpty();
    }

    @Test
    void eventsOfOneAggregateArriveInTheOrderTheyWereCommitted() {
        UUID contact = UUID.randomUUID();
        UUID other = UUID.randomUUID();

        for (int i = 0; i < 20; i++) {
            append("contact.updated", "contact", contact, Map.of("n", i));
            append("contact.updated", "contact", other, Map.of("n", i));
        }

        await().atMost(WAIT).until(() -> received.by("any-contact", contact.toString()).size() == 20);
        List<Received.Delivery> deliveries = received.by("any-contact", contact.toString());
        assertThat(deliveries).extracting(Received.Delivery::body)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).mapToObj(i -> "{\"n\":" + i + "}").toList());
        assertThat(deliveries).extracting(Received.Delivery::seq).isSorted();
    }

    @Test
    void aFailedExchangeIsDeliveredAgainBeforeAnyLaterEvent() {
        UUID contact = UUID.randomUUID();

        append("flaky.happened", "contact", contact, Map.of("n", 1));
        append("flaky.happened", "contact", contact, Map.of("n", 2));

        await().atMost(WAIT).until(() -> received.by("flaky", contact.toString()).size() == 4);
        assertThat(received.by("flaky", contact.toString())).extracting(Received.Delivery::body)
                .containsExactly("{\"n\":1}", "{\"n\":1}", "{\"n\":2}", "{\"n\":2}");
    }

    @Test
    void aTransactionThatCommitsLateIsNotSkipped() throws Exception {
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        try (Connection a = dataSource.getConnection(); Connection b = dataSource.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            long lateId = insert(a, late);
            long earlyId = insert(b, early);
            assertThat(lateId).isLessThan(earlyId);
            b.commit();
            sequencer.sequence();
            await().atMost(WAIT).until(() -> received.by("any-contact", early.toString()).size() == 1);

            a.commit();
        }

        await().atMost(WAIT).until(() -> received.by("any-contact", late.toString()).size() == 1);
        assertThat(received.by("any-contact", late.toString()).get(0).seq())
                .isGreaterThan(received.by("any-contact", early.toString()).get(0).seq());
    }

    @Test
    void healthTurnsDegradedWhileAnEventWaitsLongerThanTheThreshold() {
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        jdbc.update("INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, payload, created_at) "
                + "VALUES ('poison.pill', 'contact', ?, '{}', ?)", UUID.randomUUID(), OffsetDateTime.now().minusHours(1));

        await().atMost(WAIT).until(() -> health.health().getStatus().equals(OutboxHealthIndicator.DEGRADED));
        Health degraded = health.health();
        assertThat(degraded.getDetails()).containsKeys("unsequenced", "subscribers", "oldestWaitingSince");
        assertThat(degraded.getDetails().get("subscribers").toString()).contains("poison={lag=");

        POISONED.set(false);
        await().atMost(WAIT).until(() -> health.health().getStatus().equals(Status.UP));
    }

    @Test
    void hubEventsCannotBeSentToAndRejectsAPathOrUnknownOptions() {
        assertThatThrownBy(() -> camel.getEndpoint("hub:events?type=contact.created").createProducer())
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("can only start a route");
        assertThatThrownBy(() -> camel.getEndpoint("hub:events/contacts"))
                .hasStackTraceContaining("hub:events takes no path");
        assertThatThrownBy(() -> camel.getEndpoint("hub:events?tpye=contact.created"))
                .hasStackTraceContaining("tpye");
        assertThatThrownBy(() -> camel.getEndpoint("hub:events?maxMessagesPerPoll=0"))
                .hasStackTraceContaining("maxMessagesPerPoll must be a positive whole number");
    }

    private void append(String type, String aggregateType, UUID id, Object payload) {
        transactions.executeWithoutResult(status -> outbox.append(type, aggregateType, id, payload));
    }

    private static long insert(Connection connection, UUID contact) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_events (event_type, "
                + "aggregate_type, aggregate_id, payload, created_at) VALUES ('contact.late', 'contact', ?, '{}', ?)",
                new String[] {"id"})) {
            insert.setObject(1, contact);
            insert.setObject(2, OffsetDateTime.now());
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
