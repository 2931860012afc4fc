package dev.switchboard.hub.plugins;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import java.sql.Timestamp;
import java.time.Clock;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A plugin's durable set of processed keys, in table {@code plugin_keys}: one set per plugin and
 * repository name. {@link #add} is safe under concurrency: the primary key decides, and a
 * duplicate insert means the key was already there. A key longer than {@value #MAX_PLAIN} characters
 * (a long feed URL with an entry id) is kept as its SHA-256, so any key fits the column.
 */
final class JdbcIdempotentRepository extends ServiceSupport implements IdempotentRepository {

    static final int MAX_PLAIN = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String pluginId;
    private final String repository;

    JdbcIdempotentRepository(JdbcTemplate jdbc, Clock clock, String pluginId, String repository) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.pluginId = pluginId;
        this.repository = repository;
    }

    @Override
    public boolean add(String given) {
        String key = stored(given);
        if (containsStored(key)) {
            return false;
        }
        try {
            jdbc.update("INSERT INTO plugin_keys (plugin_id, repository, item_key, created_at) VALUES (?, ?, ?, ?)",
                    pluginId, repository, key, Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean contains(String key) {
        return containsStored(stored(key));
    }

    private boolean containsStored(String key) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM plugin_keys WHERE plugin_id = ? AND repository = ? "
                + "AND item_key = ?", Integer.class, pluginId, repository, key);
        return count != null && count > 0;
    }

    @Override
    public boolean remove(String key) {
        return jdbc.update("DELETE FROM plugin_keys WHERE plugin_id = ? AND repository = ? AND item_key = ?",
                pluginId, repository, stored(key)) > 0;
    }

    static String stored(String key) {
        if (key.length() <= MAX_PLAIN) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        jdbc.update("DELETE FROM plugin_keys WHERE plugin_id = ? AND repository = ?", pluginId, repository);
    }
}
