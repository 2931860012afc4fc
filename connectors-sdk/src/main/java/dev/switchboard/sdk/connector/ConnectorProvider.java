package dev.switchboard.sdk.connector;

import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.config.ConfigProblem;
import org.apache.camel.Component;
import org.pf4j.ExtensionPoint;

/**
 * A connector: contributes Camel components and/or route templates to the hub.
 *
 * <p>Life cycle: the hub validates the plugin's configuration against {@link #configuration()}
 * (and {@link #validate}), then calls {@link #components} once, before routes start, and registers
 * every component under its scheme. When the plugin stops, routes that use those schemes are
 * stopped with it. Implementations are annotated {@code @org.pf4j.Extension}; the hub creates one
 * instance and keeps it.
 */
public interface ConnectorProvider extends ExtensionPoint {

    /** A short, stable id, unique within the plugin ({@code feed}). */
    String id();

    /** What the connector is for, one sentence. */
    String description();

    /** The configuration keys this connector reads from {@code config/plugins/<plugin-id>.yaml}. */
    default List<ConfigOption> configuration() {
        return List.of();
    }

    /**
     * Checks that go beyond one key at a time (two keys that exclude each other, say). Runs after
     * each key passed its own type check; returns every problem, never throws for bad input.
     */
    default List<ConfigProblem> validate(Map<String, Object> values) {
        return List.of();
    }

    /** The Camel components to register, by URI scheme ({@code newsfeed -> component}). */
    default Map<String, Component> components(PluginContext context) {
        return Map.of();
    }

    /** Kamelet-style route templates shipped in the plugin. */
    default List<RouteTemplateSpec> routeTemplates() {
        return List.of();
    }

    /** Whether the connector can reach what it connects to, with the configuration it was given. */
    default ConnectionStatus checkConnection(PluginContext context) {
        return ConnectionStatus.unknown("this connector has no connection check");
    }
}
