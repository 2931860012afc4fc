package dev.switchboard.hub.errors;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The {@code dead_letters} table. */
@Component
class DeadLetterStore {

    private static final String COLUMNS = "id, route_id, endpoint_uri, from_uri, exception_class, exception_message, "
            + "body, headers, attempts, failed_at, replays, last_replay_at, last_replay_error";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    DeadLetterStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a new entry; {@code letter.id()}, replays and replay fields are ignored. */
    long insert(DeadLetter letter) {
        String headers = write(letter.headers());
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO dead_letters (route_id, "
                    + "endpoint_uri, from_uri, exception_class, exception_message, body, headers, attempts, failed_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setString(1, clip(letter.routeId(), 200));
            insert.setString(2, clip(letter.endpointUri(), 2000));
            insert.setString(3, clip(letter.fromUri(), 2000));
            insert.setString(4, clip(letter.exceptionClass(), 300));
            insert.setString(5, letter.exceptionMessage());
            insert.setString(6, letter.body());
            insert.setString(7, headers);
            insert.setInt(8, letter.attempts());
            insert.setObject(9, letter.failedAt());
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /** Counts one more failed replay of the entry. */
    void recordReplayFailure(long id, String error) {
        jdbc.update("UPDATE dead_letters SET replays = replays + 1, last_replay_at = ?, last_replay_error = ? "
                + "WHERE id = ?", OffsetDateTime.now(ZoneOffset.UTC), error, id);
    }

    Optional<DeadLetter> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dead_letters WHERE id = ?", this::read, id).stream().findFirst();
    }

    /** Newest first; {@code routeId} null for every route. */
    List<DeadLetter> list(String routeId, int limit, int offset) {
        List<Object> args = new ArrayList<>();
        String where = "";
        if (routeId != null) {
            where = " WHERE route_id = ?";
            args.add(routeId);
        }
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT " + COLUMNS + " FROM dead_letters" + where
                + " ORDER BY failed_at DESC, id DESC LIMIT ? OFFSET ?", this::read, args.toArray());
    }

    long count(String routeId) {
        return routeId == null
                ? jdbc.queryForObject("SELECT COUNT(*) FROM dead_letters", Long.class)
                : jdbc.queryForObject("SELECT COUNT(*) FROM dead_letters WHERE route_id = ?", Long.class, routeId);
    }

    /** @return whether there was such an entry */
    boolean delete(long id) {
        return jdbc.update("DELETE FROM dead_letters WHERE id = ?", id) > 0;
    }

    private DeadLetter read(ResultSet row, int index) throws SQLException {
        return new DeadLetter(row.getLong("id"), row.getString("route_id"), row.getString("endpoint_uri"),
                row.getString("from_uri"), row.getString("exception_class"), row.getString("exception_message"),
                row.getString("body"), parse(row.getString("headers")), row.getInt("attempts"),
                row.getObject("failed_at", OffsetDateTime.class), row.getInt("replays"),
                row.getObject("last_replay_at", OffsetDateTime.class), row.getString("last_replay_error"));
    }

    private String write(Map<String, Object> headers) {
        try {
            return json.writeValueAsString(headers == null ? Map.of() : headers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("dead letter headers are not JSON-serializable", e);
        }
    }

    private Map<String, Object> parse(String headers) {
        if (headers == null || headers.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(headers, MAP);
        } catch (JsonProcessingException e) {
            return Map.of("unreadable", headers);
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
