package dev.switchboard.sdk.testkit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.config.ConfigType;
import dev.switchboard.sdk.config.PluginConfig;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads {@code config/plugins/<id>.yaml} files and turns a validated configuration back into typed values. */
final class ConfigFiles {

    private ConfigFiles() {
    }

    /** The file's top-level mapping; an empty file is an empty configuration. */
    static Map<String, Object> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (root == null) {
                return Map.of();
            }
            if (!(root instanceof Map<?, ?> map)) {
                throw new PluginRefusedException(file + " must be a mapping of key: value, not a "
                        + root.getClass().getSimpleName().toLowerCase());
            }
            Map<String, Object> values = new LinkedHashMap<>();
            map.forEach((k, v) -> values.put(String.valueOf(k), v));
            return values;
        } catch (MarkedYAMLException e) {
            String where = e.getProblemMark() == null ? "" : " line " + (e.getProblemMark().getLine() + 1)
                    + ", column " + (e.getProblemMark().getColumn() + 1);
            throw new PluginRefusedException(file + where + ": " + e.getProblem());
        } catch (IOException e) {
            throw new PluginRefusedException("cannot read configuration " + file, e);
        }
    }

    /** The typed values of a validated configuration, by key, as {@code ConnectorProvider.validate} receives them. */
    static Map<String, Object> typedValues(PluginConfig config, List<ConfigOption> options) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ConfigOption option : options) {
            if (config.has(option.name())) {
                values.put(option.name(), typed(config, option.name(), option.type()));
            }
        }
        return values;
    }

    private static Object typed(PluginConfig config, String key, ConfigType type) {
        return switch (type) {
            case STRING -> config.string(key).orElseThrow();
            case INT -> config.integer(key).orElseThrow();
            case LONG -> config.longValue(key).orElseThrow();
            case DOUBLE -> config.decimal(key).orElseThrow();
            case BOOLEAN -> config.bool(key).orElseThrow();
            case DURATION -> config.duration(key).orElseThrow();
            case URI -> config.uri(key).orElseThrow();
            case LIST -> config.list(key);
        };
    }
}
