package dev.switchboard.hub.events;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Health component {@code outbox}: how many committed events wait for a {@code seq}, and how far
 * each running subscriber is behind. UP, or DEGRADED when the oldest event still waiting (to be
 * sequenced, or to be delivered to a running subscriber) is older than
 * {@code switchboard.events.lag-threshold}. Never DOWN: a backlog loses nothing.
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "events wait longer than the lag threshold");

    private final JdbcTemplate jdbc;
    private final ActiveSubscribers active;
    private final EventsProperties settings;

    OutboxHealthIndicator(JdbcTemplate jdbc, ActiveSubscribers active, EventsProperties settings) {
        this.jdbc = jdbc;
        this.active = active;
        this.settings = settings;
    }

    @Override
    public Health health() {
        Backlog unsequenced = jdbc.queryForObject(
                "SELECT COUNT(*), MIN(created_at) FROM outbox_events WHERE seq IS NULL",
                (row, i) -> new Backlog(row.getLong(1), row.getObject(2, OffsetDateTime.class)));
        OffsetDateTime oldest = unsequenced.oldest();
        Map<String, Object> subscribers = new LinkedHashMap<>();
        for (String subscriber : active.names()) {
            Backlog lag = jdbc.queryForObject("SELECT COUNT(*), MIN(e.created_at) FROM outbox_events e "
                            + "JOIN outbox_cursors c ON e.seq > c.position WHERE c.subscriber = ?",
                    (row, i) -> new Backlog(row.getLong(1), row.getObject(2, OffsetDateTime.class)), subscriber);
            subscribers.put(subscriber, Map.of("lag", lag.count()));
            oldest = older(oldest, lag.oldest());
        }
        Health.Builder health = isLate(oldest) ? Health.status(DEGRADED) : Health.up();
        health.withDetail("unsequenced", unsequenced.count()).withDetail("subscribers", subscribers);
        if (oldest != null) {
            health.withDetail("oldestWaitingSince", oldest.toString());
        }
        return health.withDetail("lagThreshold", settings.lagThreshold().toString()).build();
    }

    private boolean isLate(OffsetDateTime oldest) {
        return oldest != null
                && Duration.between(oldest, OffsetDateTime.now(ZoneOffset.UTC)).compareTo(settings.lagThreshold()) > 0;
    }

    private static OffsetDateTime older(OffsetDateTime a, OffsetDateTime b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private record Backlog(long count, OffsetDateTime oldest) {
    }
}
