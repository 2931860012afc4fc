package dev.switchboard.hub.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A subscriber's cursor lives in the database: a hub that stops and starts again delivers what was
 * appended meanwhile, and nothing it had already delivered.
 */
class EventsCursorRestartTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String DB = "jdbc:h2:mem:events-restart-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @TempDir
    Path home;

    @TestConfiguration
    static class Routes {
        @Bean
        Received received() {
            return new Received();
        }

        @Bean
        RouteBuilder restartRoutes(Received received) {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("hub:events?type=restart.*&delay=20").routeId("restart-listener").process(received.recorder());
                }
            };
        }
    }

    @AfterEach
    void dropDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(DB, "sa", "")) {
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    void undeliveredEventsSurviveARestartAndDeliveredOnesAreNotRepeated() throws Exception {
        UUID contact = UUID.randomUUID();
        try (ConfigurableApplicationContext first = start()) {
            TransactionTemplate transactions = first.getBean(TransactionTemplate.class);
            Outbox outbox = first.getBean(Outbox.class);
            transactions.executeWithoutResult(s -> outbox.append("restart.one", "contact", contact, Map.of("n", 1)));
            transactions.executeWithoutResult(s -> outbox.append("restart.two", "contact", contact, Map.of("n", 2)));
            Received received = first.getBean(Received.class);
            await().atMost(WAIT).until(() -> received.by("restart-listener").size() == 2);
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            long last = received.by("restart-listener").get(1).seq();
            await().atMost(WAIT).until(() -> jdbc.queryForObject(
                    "SELECT position FROM outbox_cursors WHERE subscriber = 'restart-listener'", Long.class) >= last);
        }

        appendWhileDown("restart.three", contact);
        appendWhileDown("restart.four", contact);

        try (ConfigurableApplicationContext second = start()) {
            Received received = second.getBean(Received.class);
            await().atMost(WAIT).until(() -> received.by("restart-listener").size() >= 2);
            assertThat(received.by("restart-listener")).extracting(Received.Delivery::type)
                    .containsExactly("restart.three", "restart.four");
        }
    }

    private ConfigurableApplicationContext start() {
        return TestHub.start(Routes.class, "spring.datasource.url=" + DB, "switchboard.home=" + home);
    }

    private static void appendWhileDown(String type, UUID contact) throws Exception {
        try (Connection connection = DriverManager.getConnection(DB, "sa", "");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_events (event_type, "
                     + "aggregate_type, aggregate_id, payload, created_at) VALUES (?, 'contact', ?, '{}', ?)")) {
            insert.setString(1, type);
            insert.setObject(2, contact);
            insert.setObject(3, OffsetDateTime.now());
            insert.executeUpdate();
        }
    }
}
