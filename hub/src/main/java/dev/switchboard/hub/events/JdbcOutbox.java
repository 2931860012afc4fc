package dev.switchboard.hub.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
class JdbcOutbox implements Outbox {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final OutboxSequencer sequencer;

    JdbcOutbox(JdbcTemplate jdbc, ObjectMapper json, OutboxSequencer sequencer) {
        this.jdbc = jdbc;
        this.json = json;
        this.sequencer = sequencer;
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
                    sequencer.nudge();
                }
            });
        }
    }
}
