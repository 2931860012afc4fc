package dev.switchboard.hub.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.config.PluginConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@link PluginContext} of one plugin: its validated configuration and the hub's services, scoped to it. */
final class HubPluginContext implements PluginContext {

    /** The hub services every plugin context draws on; {@code jdbc} is {@code null} outside the hub (commands). */
    record Services(JdbcTemplate jdbc, Clock clock, MeterRegistry meters, Path pluginsDataDir) {
    }

    private final String pluginId;
    private final PluginConfig config;
    private final Services services;
    private final Logger logger;
    private final Map<String, IdempotentRepository> repositories = new ConcurrentHashMap<>();

    HubPluginContext(String pluginId, PluginConfig config, Services services) {
        this.pluginId = pluginId;
        this.config = config;
        this.services = services;
        this.logger = LoggerFactory.getLogger("plugin." + pluginId);
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public PluginConfig config() {
        return config;
    }

    @Override
    public Logger logger() {
        return logger;
    }

    @Override
    public Clock clock() {
        return services.clock();
    }

    @Override
    public PluginMetrics metrics() {
        return new PluginMetrics() {
            @Override
            public void increment(String name, String... tags) {
                services.meters().counter(name, tags(tags)).increment();
            }

            @Override
            public void record(String name, Duration duration, String... tags) {
                services.meters().timer(name, tags(tags)).record(duration);
            }
        };
    }

    private Tags tags(String... tags) {
        if (tags.length % 2 != 0) {
            throw new IllegalArgumentException("metric tags come in key, value pairs; got " + tags.length + " strings");
        }
        return Tags.of(tags).and("plugin", pluginId);
    }

    @Override
    public IdempotentRepository idempotentRepository(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("an idempotent repository needs a name of 1 to 100 characters");
        }
        if (services.jdbc() == null) {
            throw new IllegalStateException("plugin " + pluginId + " asked for idempotent repository '" + name
                    + "', which needs the hub's database; commands that run detectors without the hub have none");
        }
        return repositories.computeIfAbsent(name,
                n -> new JdbcIdempotentRepository(services.jdbc(), services.clock(), pluginId, n));
    }

    @Override
    public Path dataDirectory() {
        Path dir = services.pluginsDataDir().resolve(pluginId);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory of plugin " + pluginId, e);
        }
    }
}
