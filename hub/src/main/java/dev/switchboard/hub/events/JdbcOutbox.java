package dev.switchboard.hub.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * The outbox table in the CRM store's own database. Rows get their delivery position later, from the
 * {@link OutboxSequencer}, which is nudged when the appending transaction commits.
 */
@Component
public class JdbcOutbox implements Outbox {

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
        jdbc.update("INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, payload, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)",
                eventType, aggregateType, aggregateId, body, OffsetDateTime.now(ZoneOffset.UTC));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    afterCommit.run();
                }
            });
        }
    }
}
