package dev.switchboard.hub.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads sequenced events and keeps each subscriber's cursor ({@code outbox_cursors.position}: the
 * {@code seq} of the last event it has processed). Every statement runs in its own short
 * transaction: a cursor moves only after the exchange for its event has completed.
 */
@Component
class OutboxReader {

    private final JdbcTemplate jdbc;

    OutboxReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest {@code seq} given so far; every event up to it is committed and visible. */
    long lastSeq() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) FROM outbox_events", Long.class);
    }

    /** Events with {@code after < seq <= upTo} that match the filter, in {@code seq} order. */
    List<OutboxEvent> read(TypeFilter filter, long after, long upTo, int limit) {
        List<Object> args = new ArrayList<>();
        args.add(after);
        args.add(upTo);
        args.addAll(filter.sqlArguments());
        args.add(limit);
        return jdbc.query("SELECT seq, event_type, aggregate_type, aggregate_id, payload, created_at "
                + "FROM outbox_events WHERE seq > ? AND seq <= ? AND " + filter.sqlCondition()
                + " ORDER BY seq LIMIT ?", OutboxReader::event, args.toArray());
    }

    /**
     * The subscriber's cursor. A subscriber seen for the first time starts after the last event
     * sequenced so far: it receives what happens from now on, not the history.
     */
    long position(String subscriber) {
        List<Long> found = jdbc.queryForList(
                "SELECT position FROM outbox_cursors WHERE subscriber = ?", Long.class, subscriber);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        long start = lastSeq();
        try {
            jdbc.update("INSERT INTO outbox_cursors (subscriber, position, updated_at) VALUES (?, ?, ?)",
                    subscriber, start, now());
            return start;
        } catch (DuplicateKeyException raced) {
            return position(subscriber);
        }
    }

    /** Moves the cursor forward to {@code seq}; never backward. */
    void advance(String subscriber, long seq) {
        jdbc.update("UPDATE outbox_cursors SET position = ?, updated_at = ? WHERE subscriber = ? AND position < ?",
                seq, now(), subscriber, seq);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static OutboxEvent event(ResultSet row, int index) throws SQLException {
        return new OutboxEvent(row.getLong("seq"), row.getString("event_type"), row.getString("aggregate_type"),
                row.getObject("aggregate_id", UUID.class), row.getString("payload"),
                row.getObject("created_at", OffsetDateTime.class));
    }
}
