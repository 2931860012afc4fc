package dev.switchboard.hub.plugins;

import java.sql.Timestamp;
import java.time.Clock;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A plugin's durable set of processed keys, in table {@code plugin_keys}: one set per plugin and
 * repository name. {@link #add} is safe under concurrency: the primary key decides, and a
 * duplicate insert means the key was already there.
 */
final class JdbcIdempotentRepository extends ServiceSupport implements IdempotentRepository {

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
    public boolean add(String key) {
        if (contains(key)) {
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
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM plugin_keys WHERE plugin_id = ? AND repository = ? "
                + "AND item_key = ?", Integer.class, pluginId, repository, key);
        return count != null && count > 0;
    }

    @Override
    public boolean remove(String key) {
        return jdbc.update("DELETE FROM plugin_keys WHERE plugin_id = ? AND repository = ? AND item_key = ?",
                pluginId, repository, key) > 0;
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
