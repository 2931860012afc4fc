package dev.switchboard.hub.plugins;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.config.PluginConfig;

/** The values of a validated configuration as a map, each with its declared type, for {@code ConnectorProvider.validate}. */
final class TypedValues {

    private TypedValues() {
    }

    static Map<String, Object> of(PluginConfig config, Collection<ConfigOption> options) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ConfigOption option : options) {
            if (config.has(option.name())) {
                value(config, option).ifPresent(v -> values.put(option.name(), v));
            }
        }
        return values;
    }

    private static Optional<?> value(PluginConfig config, ConfigOption option) {
        String key = option.name();
        return switch (option.type()) {
            case STRING -> config.string(key);
            case INT -> config.integer(key);
            case LONG -> config.longValue(key);
            case DOUBLE -> config.decimal(key);
            case BOOLEAN -> config.bool(key);
            case DURATION -> config.duration(key);
            case URI -> config.uri(key);
            case LIST -> Optional.of(config.list(key));
        };
    }
}
