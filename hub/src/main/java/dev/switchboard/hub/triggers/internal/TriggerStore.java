package dev.switchboard.hub.triggers.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The write side of sales triggers ({@code triggers}, {@code trigger_sources},
 * {@code trigger_documents}); every method runs inside the caller's transaction.
 */
@Component
public class TriggerStore {

    private final JdbcTemplate jdbc;

    public TriggerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A trigger an event may collapse into. */
    public record Existing(UUID id, double confidence, UUID activityId) {
    }

    /** One document's report of a trigger. */
    public record Source(String documentId, String url, String kind, String source, double confidence,
                         String evidence, Instant at) {
    }

    /** The answer stored for a processed document, or empty. */
    public Optional<String> processed(String documentId) {
        return jdbc.queryForList("SELECT result FROM trigger_documents WHERE document_id = ?", String.class, documentId)
                .stream().findFirst();
    }

    /** Marks a document processed; a concurrent processing of it fails here (DuplicateKeyException) and is retried. */
    public void markProcessed(String documentId, String resultJson) {
        jdbc.update("INSERT INTO trigger_documents (document_id, result, processed_at) VALUES (?, ?, ?)",
                documentId, resultJson, now());
    }

    /**
     * The trigger of this account and type whose events lie within {@code window} of {@code at}, locked.
     * The account's row is locked first, so documents about one account recorded at the same time take
     * turns: the second sees the first one's trigger (committed by then) and collapses into it instead
     * of making a second trigger of the same event.
     */
    public Optional<Existing> within(UUID accountId, String type, Instant at, Duration window) {
        jdbc.queryForList("SELECT id FROM accounts WHERE id = ? FOR UPDATE", UUID.class, accountId);
        OffsetDateTime from = at.minus(window).atOffset(ZoneOffset.UTC);
        OffsetDateTime to = at.plus(window).atOffset(ZoneOffset.UTC);
        List<UUID> ids = jdbc.queryForList("SELECT id FROM triggers WHERE account_id = ? AND type = ? "
                + "AND last_seen_at >= ? AND detected_at <= ? ORDER BY last_seen_at DESC, id LIMIT 1",
                UUID.class, accountId, type, from, to);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.query("SELECT id, confidence, activity_id FROM triggers WHERE id = ? FOR UPDATE",
                (rs, n) -> new Existing(rs.getObject("id", UUID.class), rs.getDouble("confidence"),
                        rs.getObject("activity_id", UUID.class)), ids.get(0)).stream().findFirst();
    }

    /** A new trigger with its first source. */
    public UUID insert(UUID accountId, String type, String mention, String detectorId, String language, Source first) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = first.at().atOffset(ZoneOffset.UTC);
        jdbc.update("INSERT INTO triggers (id, account_id, type, confidence, company_mention, evidence, source_url, "
                        + "detected_at, last_seen_at, detector_id, language, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, accountId, type, confidence(first.confidence()), cut(mention, 300), first.evidence(),
                cut(first.url(), 2000), at, at, cut(detectorId, 200), cut(language, 8), now());
        addSource(id, first);
        return id;
    }

    /** Adds a source; false when this document is already one of the trigger's sources. */
    public boolean addSource(UUID triggerId, Source source) {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM trigger_sources WHERE trigger_id = ? AND document_id = ?",
                Integer.class, triggerId, source.documentId());
        if (known != null && known > 0) {
            return false;
        }
        jdbc.update("INSERT INTO trigger_sources (trigger_id, document_id, source_url, source_kind, source, confidence, "
                        + "evidence, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", triggerId, source.documentId(),
                cut(source.url(), 2000), cut(source.kind(), 80), cut(source.source(), 80),
                confidence(source.confidence()), source.evidence(), source.at().atOffset(ZoneOffset.UTC));
        return true;
    }

    /** A collapsed source raises the confidence to the highest seen and widens the trigger's time span. */
    public void collapse(UUID triggerId, double confidence, Instant at) {
        OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
        jdbc.update("UPDATE triggers SET confidence = CASE WHEN confidence < ? THEN ? ELSE confidence END, "
                        + "last_seen_at = CASE WHEN last_seen_at < ? THEN ? ELSE last_seen_at END, "
                        + "detected_at = CASE WHEN detected_at > ? THEN ? ELSE detected_at END WHERE id = ?",
                confidence(confidence), confidence(confidence), time, time, time, time, triggerId);
    }

    public void link(UUID triggerId, UUID activityId, UUID taskId) {
        jdbc.update("UPDATE triggers SET activity_id = ?, task_id = ? WHERE id = ?", activityId, taskId, triggerId);
    }

    /** Rewrites the payload of the trigger's timeline activity (its sources grew). */
    public void updateActivityPayload(UUID activityId, String payloadJson) {
        jdbc.update("UPDATE activities SET payload = ? WHERE id = ?", payloadJson, activityId);
    }

    public double confidenceOf(UUID triggerId) {
        return jdbc.queryForObject("SELECT confidence FROM triggers WHERE id = ?", Double.class, triggerId);
    }

    private static BigDecimal confidence(double value) {
        return BigDecimal.valueOf(Math.max(0, Math.min(1, value))).setScale(3, RoundingMode.HALF_UP);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
