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

/** The outbox table in the CRM store's own database. */
@Component
public class JdbcOutbox implements Outbox {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public JdbcOutbox(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
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
    }
}
