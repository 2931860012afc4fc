package dev.switchboard.hub.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.config.PluginConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.spi.IdempotentRepository;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The services a plugin gets: durable idempotent keys, metrics tagged with its id, its own data directory. */
class PluginContextTest {

    @TempDir
    Path dataDir;

    private JdbcTemplate jdbc;
    private SimpleMeterRegistry meters;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        meters = new SimpleMeterRegistry();
    }

    private PluginContext context(String pluginId) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        return new HubPluginContext(pluginId, PluginConfig.empty(),
                new HubPluginContext.Services(jdbc, clock, meters, dataDir.resolve("plugins")));
    }

    @Test
    void idempotentKeysAreKeptPerPluginAndRepository() {
        IdempotentRepository feed = context("feed").idempotentRepository("entries");
        assertThat(feed.add("a")).isTrue();
        assertThat(feed.add("a")).isFalse();
        assertThat(feed.contains("a")).isTrue();
        assertThat(context("feed").idempotentRepository("other").contains("a")).isFalse();
        assertThat(context("mail").idempotentRepository("entries").contains("a")).isFalse();
        assertThat(feed.remove("a")).isTrue();
        assertThat(feed.contains("a")).isFalse();
    }

    @Test
    void aKeyLongerThanTheColumnIsKeptByItsDigest() {
        IdempotentRepository feed = context("feed").idempotentRepository("entries");
        String longKey = "https://news.example.com/rss?" + "q=x&".repeat(600) + " entry-1";
        assertThat(feed.add(longKey)).isTrue();
        assertThat(feed.add(longKey)).isFalse();
        assertThat(feed.contains(longKey)).isTrue();
        assertThat(feed.contains(longKey + "2")).isFalse();
        assertThat(feed.remove(longKey)).isTrue();
    }

    @Test
    void concurrentAddsOfOneKeySucceedOnce() throws Exception {
        IdempotentRepository repository = context("feed").idempotentRepository("race");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> adds = java.util.Collections.nCopies(16, () -> repository.add("same"));
            long won = 0;
            for (Future<Boolean> add : pool.invokeAll(adds)) {
                won += add.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void metricsAreTaggedWithThePluginId() {
        context("feed").metrics().increment("feed.entries", "feed", "news");
        context("feed").metrics().record("feed.poll", Duration.ofMillis(5));
        assertThat(meters.get("feed.entries").tag("plugin", "feed").tag("feed", "news").counter().count()).isEqualTo(1);
        assertThat(meters.get("feed.poll").tag("plugin", "feed").timer().count()).isEqualTo(1);
        assertThatThrownBy(() -> context("feed").metrics().increment("x", "odd"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dataDirectoryIsThePluginsOwnAndLoggerIsNamedAfterIt() {
        PluginContext context = context("feed");
        assertThat(context.dataDirectory()).isEqualTo(dataDir.resolve("plugins/feed"));
        assertThat(Files.isDirectory(context.dataDirectory())).isTrue();
        assertThat(context.logger().getName()).isEqualTo("plugin.feed");
        assertThat(context.clock().instant()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    }
}
