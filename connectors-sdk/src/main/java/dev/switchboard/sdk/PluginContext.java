package dev.switchboard.sdk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import dev.switchboard.sdk.config.PluginConfig;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;

/**
 * What the hub hands a plugin's extensions: its validated configuration and a few services. A
 * plugin never sees the hub's Spring context or its internals.
 */
public interface PluginContext {

    /** The plugin's id, as in its descriptor. */
    String pluginId();

    /** The plugin's configuration from {@code config/plugins/<id>.yaml}, validated against what its extensions declare. */
    PluginConfig config();

    /** A logger named after the plugin; everything it logs carries the plugin's id. */
    Logger logger();

    /** The hub's clock; use it instead of {@code System.currentTimeMillis()} so that tests can fix time. */
    Clock clock();

    /** Counters and timers, published with the hub's metrics and tagged with the plugin's id. */
    PluginMetrics metrics();

    /**
     * A durable set of keys the plugin has processed (feed entry ids, message ids), kept by the hub
     * across restarts. One repository per {@code name}, private to this plugin.
     */
    IdempotentRepository idempotentRepository(String name);

    /** A directory of the plugin's own for files it must keep; created on first use. */
    Path dataDirectory();

    /** Metrics a plugin publishes. Names are dotted ({@code feed.entries}); tags come in key, value pairs. */
    interface PluginMetrics {

        void increment(String name, String... tags);

        void record(String name, Duration duration, String... tags);
    }
}
