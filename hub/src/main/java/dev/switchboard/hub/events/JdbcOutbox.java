package dev.switchboard.hub.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox table in the CRM store's own database. A transaction's events are inserted together
 * just before it commits (so a query inside the transaction does not see them yet). Rows get their
 * delivery position later, from the {@link OutboxSequencer}, which is nudged when the appending
 * transaction commits.
 */
@Component
public class JdbcOutbox implements Outbox {

    private static final String INSERT = "INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, payload, "
            + "created_at) VALUES (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Runnable afterCommit;

    @Autowired
    JdbcOutbox(JdbcTemplate jdbc, ObjectMapper json, OutboxSequencer sequencer) {
        this(jdbc, json, sequencer::nudge);
    }

    /** @param afterCommit run after a transaction that appended events commits (the sequencer's nudge) */
    public JdbcOutbox(JdbcTemplate jdbc, ObjectMapper json, Runnable afterCommit) {
        this.jdbc = jdbc;
        this.json = json;
        this.afterCommit = afterCommit;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String eventType, String aggregateType, UUID aggregateId, Object payload) {
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + eventType + " has a payload that is not JSON-serializable", e);
        }
        Object[] row = {eventType, aggregateType, aggregateId, body, OffsetDateTime.now(ZoneOffset.UTC)};
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.update(INSERT, row);
            return;
        }
        pending().rows.add(row);
    }

    /** This transaction's rows to insert, registered with it at its first append. */
    private Pending pending() {
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Pending pending && pending.outbox() == this) {
                return pending;
            }
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /**
     * The events a transaction appended, inserted in one batch (one round trip instead of one per
     * event) just before it commits, in the order appended; dropped with it when it rolls back.
     * Kept with the transaction's synchronizations, so a transaction suspended by a REQUIRES_NEW one
     * keeps its own.
     */
    private final class Pending implements TransactionSynchronization {

        private final List<Object[]> rows = new ArrayList<>();

        JdbcOutbox outbox() {
            return JdbcOutbox.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            jdbc.batchUpdate(INSERT, rows);
        }

        @Override
        public void afterCommit() {
            afterCommit.run();
        }
    }
}
