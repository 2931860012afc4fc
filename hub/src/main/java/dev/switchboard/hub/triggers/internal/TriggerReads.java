package dev.switchboard.hub.triggers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The read side of sales triggers: triggers with their sources, newest first. */
@Component
public class TriggerReads {

    private final JdbcTemplate jdbc;

    public TriggerReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One trigger row. */
    public record Row(UUID id, UUID accountId, String accountName, String type, double confidence, String mention,
                      String evidence, String detectorId, String language, Instant detectedAt, Instant lastSeenAt,
                      UUID activityId, UUID taskId, List<SourceRow> sources) {
    }

    /** One source row. */
    public record SourceRow(String documentId, String url, String kind, String source, double confidence,
                            String evidence, Instant detectedAt) {
    }

    /** Triggers by account, type and first seen at or after {@code since}; each criterion optional. */
    public List<Row> find(UUID accountId, String type, Instant since, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT t.*, a.name AS account_name FROM triggers t "
                + "LEFT JOIN accounts a ON a.id = t.account_id WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (accountId != null) {
            sql.append(" AND t.account_id = ?");
            args.add(accountId);
        }
        if (type != null) {
            sql.append(" AND t.type = ?");
            args.add(type);
        }
        if (since != null) {
            sql.append(" AND t.last_seen_at >= ?");
            args.add(since.atOffset(ZoneOffset.UTC));
        }
        sql.append(" ORDER BY t.last_seen_at DESC, t.id LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        return withSources(jdbc.query(sql.toString(), TriggerReads::row, args.toArray()));
    }

    /** Triggers of the accounts an owner owns, created after {@code after} and at or before {@code until}. */
    public List<Row> ofOwner(String ownerId, Instant after, Instant until, int limit) {
        return withSources(jdbc.query("SELECT t.*, a.name AS account_name FROM triggers t JOIN accounts a "
                        + "ON a.id = t.account_id WHERE a.owner_id = ? AND t.created_at > ? AND t.created_at <= ? "
                        + "ORDER BY t.created_at, t.id LIMIT ?", TriggerReads::row, ownerId,
                after.atOffset(ZoneOffset.UTC), until.atOffset(ZoneOffset.UTC), limit));
    }

    public List<SourceRow> sources(UUID triggerId) {
        return jdbc.query("SELECT * FROM trigger_sources WHERE trigger_id = ? ORDER BY detected_at, id",
                (rs, n) -> new SourceRow(rs.getString("document_id"), rs.getString("source_url"),
                        rs.getString("source_kind"), rs.getString("source"), rs.getDouble("confidence"),
                        rs.getString("evidence"), instant(rs, "detected_at")), triggerId);
    }

    private List<Row> withSources(List<Row> rows) {
        Map<UUID, Row> byId = new LinkedHashMap<>();
        for (Row row : rows) {
            byId.put(row.id(), new Row(row.id(), row.accountId(), row.accountName(), row.type(), row.confidence(),
                    row.mention(), row.evidence(), row.detectorId(), row.language(), row.detectedAt(),
                    row.lastSeenAt(), row.activityId(), row.taskId(), sources(row.id())));
        }
        return List.copyOf(byId.values());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("account_name"), rs.getString("type"), rs.getDouble("confidence"),
                rs.getString("company_mention"), rs.getString("evidence"), rs.getString("detector_id"),
                rs.getString("language"), instant(rs, "detected_at"), instant(rs, "last_seen_at"),
                rs.getObject("activity_id", UUID.class), rs.getObject("task_id", UUID.class), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
