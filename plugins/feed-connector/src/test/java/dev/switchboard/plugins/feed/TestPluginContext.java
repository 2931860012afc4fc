package dev.switchboard.plugins.feed;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.config.ConfigValidator;
import dev.switchboard.sdk.config.PluginConfig;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A hub-less {@link PluginContext}: configuration validated against the provider's options, repositories from a factory. */
final class TestPluginContext implements PluginContext {

    private final PluginConfig config;
    private final Function<String, IdempotentRepository> repositories;
    private final Map<String, IdempotentRepository> created = new ConcurrentHashMap<>();
    private final Path dataDirectory;
    final List<String> counted = new CopyOnWriteArrayList<>();

    TestPluginContext(Map<String, ?> rawConfig, Function<String, IdempotentRepository> repositories, Path dataDirectory) {
        ConfigValidator.Result result = ConfigValidator.validate(new FeedConnectorProvider().configuration(), rawConfig, Map.of());
        if (!result.valid()) {
            throw new IllegalArgumentException(result.problems().toString());
        }
        this.config = result.config();
        this.repositories = repositories;
        this.dataDirectory = dataDirectory;
    }

    /** Defaults, repositories in memory. */
    static TestPluginContext inMemory() {
        return new TestPluginContext(Map.of(), name -> MemoryIdempotentRepository.memoryIdempotentRepository(100_000), Path.of("target"));
    }

    IdempotentRepository repository(String name) {
        return created.get(name);
    }

    @Override
    public String pluginId() {
        return "feed-connector";
    }

    @Override
    public PluginConfig config() {
        return config;
    }

    @Override
    public Logger logger() {
        return LoggerFactory.getLogger("plugin.feed-connector");
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public PluginMetrics metrics() {
        return new PluginMetrics() {
            @Override
            public void increment(String name, String... tags) {
                counted.add(name);
            }

            @Override
            public void record(String name, Duration duration, String... tags) {
                counted.add(name);
            }
        };
    }

    @Override
    public IdempotentRepository idempotentRepository(String name) {
        return created.computeIfAbsent(name, repositories);
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory;
    }
}
