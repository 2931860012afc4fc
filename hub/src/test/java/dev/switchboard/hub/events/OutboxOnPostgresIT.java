package dev.switchboard.hub.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.switchboard.hub.errors.ErrorHandling;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox, the sequencer, the events consumer and the dead-letter table on a real PostgreSQL:
 * the same SQL as on H2, and a late-committing transaction is still not skipped.
 */
class OutboxOnPostgresIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext hub;

    @TestConfiguration
    static class Routes {
        @Bean
        Received received() {
            return new Received();
        }

        @Bean
        RouteBuilder postgresRoutes(Received received) {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("hub:events?type=contact.*&delay=20").routeId("pg-listener").process(received.recorder());
                    from("direct:pg-fails").routeId("pg-fails").routeConfigurationId(ErrorHandling.ROUTE_CONFIGURATION_ID)
                            .throwException(new IllegalStateException("always"));
                }
            };
        }
    }

    @BeforeAll
    static void start(@TempDir Path home) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        hub = TestHub.start(Routes.class, "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username=postgres", "spring.datasource.password=", "switchboard.home=" + home,
                "switchboard.errors.redelivery-delay=5ms");
    }

    @AfterAll
    static void stop() throws Exception {
        if (hub != null) {
            hub.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void appendedEventsAreDeliveredWithHeaders() {
        UUID contact = UUID.randomUUID();
        Outbox outbox = hub.getBean(Outbox.class);

        hub.getBean(TransactionTemplate.class).executeWithoutResult(
                s -> outbox.append("contact.created", "contact", contact, Map.of("email", "ada@example.com")));

        Received received = hub.getBean(Received.class);
        await().atMost(WAIT).until(() -> received.by("pg-listener", contact.toString()).size() == 1);
        assertThat(received.by("pg-listener", contact.toString()).get(0).headers())
                .containsEntry(EventsConstants.CONTACT_ID, contact.toString())
                .containsEntry(EventsConstants.EVENT_TYPE, "contact.created");
        assertThat(hub.getBean(OutboxHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aTransactionThatCommitsLateIsNotSkipped() throws Exception {
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        Received received = hub.getBean(Received.class);
        try (Connection a = hub.getBean(DataSource.class).getConnection();
             Connection b = hub.getBean(DataSource.class).getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            insert(a, late);
            insert(b, early);
            b.commit();
            hub.getBean(OutboxSequencer.class).sequence();
            await().atMost(WAIT).until(() -> received.by("pg-listener", early.toString()).size() == 1);

            a.commit();
        }

        await().atMost(WAIT).until(() -> received.by("pg-listener", late.toString()).size() == 1);
        assertThat(received.by("pg-listener", late.toString()).get(0).seq())
                .isGreaterThan(received.by("pg-listener", early.toString()).get(0).seq());
    }

    @Test
    void deadLettersAreWrittenOnPostgres() {
        hub.getBean(ProducerTemplate.class).sendBody("direct:pg-fails", "payload");

        JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT body FROM dead_letters WHERE route_id = 'pg-fails'", String.class))
                .isEqualTo("payload");
    }

    private static void insert(Connection connection, UUID contact) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_events (event_type, "
                + "aggregate_type, aggregate_id, payload, created_at) VALUES ('contact.late', 'contact', ?, '{}', ?)")) {
            insert.setObject(1, contact);
            insert.setObject(2, OffsetDateTime.now());
            insert.executeUpdate();
        }
    }
}
