package dev.switchboard.hub.visits;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.switchboard.hub.crm.CrmStore.Subject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code web_visits} table. */
@Component
class VisitStore {

    private final JdbcTemplate jdbc;

    VisitStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(List<PageView> views, Instant receivedAt) {
        OffsetDateTime received = receivedAt.atOffset(ZoneOffset.UTC);
        jdbc.batchUpdate("INSERT INTO web_visits (visitor_id, url, title, referrer, occurred_at, received_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                views.stream().map(v -> new Object[] {v.visitorId(), v.url(), v.title(), v.referrer(),
                        v.occurredAt().atOffset(ZoneOffset.UTC), received}).toList());
    }

    /** The visitor's visits not yet attached, plus those already attached to {@code subject} (for a rerun), oldest first. */
    List<Visit> toAttach(String visitorId, Subject subject) {
        return jdbc.query("SELECT id, visitor_id, url, title, referrer, occurred_at FROM web_visits WHERE visitor_id = ? "
                        + "AND (attached_at IS NULL OR " + subject.kind().column() + " = ?) ORDER BY occurred_at, id",
                (rs, row) -> new Visit(rs.getLong("id"), rs.getString("visitor_id"), rs.getString("url"),
                        rs.getString("title"), rs.getString("referrer"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant()),
                visitorId, subject.id());
    }

    /** Marks a visit attached to a contact or lead; a visit attached before keeps its first subject. */
    void markAttached(long visitId, Subject subject, Instant at) {
        jdbc.update("UPDATE web_visits SET " + subject.kind().column() + " = ?, attached_at = ? "
                + "WHERE id = ? AND attached_at IS NULL", subject.id(), at.atOffset(ZoneOffset.UTC), visitId);
    }
}
