package dev.switchboard.hub.triggers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code trigger_digests} table: one row per owner and day, written once the digest was sent (or found empty). */
@Component
public class DigestStore {

    private final JdbcTemplate jdbc;

    public DigestStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An owner's name and e-mail address, when the owner is known. */
    public record Recipient(String id, String name, String email) {
    }

    public boolean done(String ownerId, LocalDate day) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM trigger_digests WHERE owner_id = ? AND digest_date = ?",
                Integer.class, ownerId, day);
        return n != null && n > 0;
    }

    /** Where the owner's previous digest ended, if there was one. */
    public Optional<Instant> coveredUntil(String ownerId) {
        return jdbc.queryForList("SELECT MAX(covered_until) FROM trigger_digests WHERE owner_id = ?",
                        OffsetDateTime.class, ownerId).stream()
                .filter(java.util.Objects::nonNull).map(OffsetDateTime::toInstant).findFirst();
    }

    public Optional<Recipient> recipient(String ownerId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT id, display_name, email FROM owners WHERE id = ?",
                ownerId);
        return rows.stream().findFirst().map(r -> new Recipient((String) r.get("id"), (String) r.get("display_name"),
                (String) r.get("email")));
    }

    /** Records the day's digest; false when another node recorded it first. */
    public boolean record(String ownerId, LocalDate day, Instant coveredUntil, int count, String messageId) {
        try {
            jdbc.update("INSERT INTO trigger_digests (owner_id, digest_date, covered_until, trigger_count, message_id, "
                            + "sent_at) VALUES (?, ?, ?, ?, ?, ?)", ownerId, day, coveredUntil.atOffset(ZoneOffset.UTC),
                    count, messageId, OffsetDateTime.now(ZoneOffset.UTC));
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }
}
