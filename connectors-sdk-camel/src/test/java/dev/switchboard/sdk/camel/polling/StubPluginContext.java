package dev.switchboard.sdk.camel.polling;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.config.ConfigValidator;
import dev.switchboard.sdk.config.PluginConfig;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A plugin context for the bases' own tests: a validated configuration, in-memory repositories, recorded counters. */
final class StubPluginContext implements PluginContext {

    private final PluginConfig config;
    private final Map<String, IdempotentRepository> repositories = new ConcurrentHashMap<>();
    final RecordingMetrics metrics = new RecordingMetrics();

    StubPluginContext(Map<String, ?> raw) {
        ConfigValidator.Result result = ConfigValidator.validate(ItemsConnectorProvider.OPTIONS, raw, Map.of());
        if (!result.problems().isEmpty()) {
            throw new IllegalArgumentException(result.problems().toString());
        }
        this.config = result.config();
    }

    @Override
    public String pluginId() {
        return "items-test";
    }

    @Override
    public PluginConfig config() {
        return config;
    }

    @Override
    public Logger logger() {
        return LoggerFactory.getLogger("plugin.items-test");
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public RecordingMetrics metrics() {
        return metrics;
    }

    @Override
    public IdempotentRepository idempotentRepository(String name) {
        return repositories.computeIfAbsent(name, n -> MemoryIdempotentRepository.memoryIdempotentRepository());
    }

    @Override
    public Path dataDirectory() {
        throw new UnsupportedOperationException("no data directory in these tests");
    }

    /** Every increment, as "name tag=value ...". */
    static final class RecordingMetrics implements PluginMetrics {

        final List<String> increments = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public void increment(String name, String... tags) {
            StringBuilder line = new StringBuilder(name);
            for (int i = 0; i + 1 < tags.length; i += 2) {
                line.append(' ').append(tags[i]).append('=').append(tags[i + 1]);
            }
            increments.add(line.toString());
        }

        @Override
        public void record(String name, Duration duration, String... tags) {
            throw new UnsupportedOperationException("not used by the polling bases");
        }
    }
}
