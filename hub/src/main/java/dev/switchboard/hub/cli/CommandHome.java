package dev.switchboard.hub.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * Where a command finds a home's directories without starting the hub: the home is
 * {@code SWITCHBOARD_HOME} (default: the working directory); {@code switchboard.config-dir} and
 * {@code switchboard.plugins-dir} come from the environment ({@code SWITCHBOARD_PLUGINS_DIR}, ...),
 * else from {@code <home>/config/application.yaml}, else their defaults, relative to the home, as
 * the hub resolves them.
 */
record CommandHome(Path home, Path configDir, Path pluginsDir) {

    static CommandHome resolve(Map<String, String> env) {
        Path home = Path.of(env.getOrDefault("SWITCHBOARD_HOME", "")).toAbsolutePath().normalize();
        Map<?, ?> settings = settings(home.resolve("config/application.yaml"));
        Path config = home.resolve(setting(env, settings, "config-dir", "config")).normalize();
        Path plugins = home.resolve(setting(env, settings, "plugins-dir", "plugins")).normalize();
        return new CommandHome(home, config, plugins);
    }

    private static String setting(Map<String, String> env, Map<?, ?> settings, String key, String fallback) {
        String fromEnv = env.get("SWITCHBOARD_" + key.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        Object value = settings.get(key);
        return value == null ? fallback : value.toString();
    }

    /** The {@code switchboard:} section of the configuration file, or empty when it has none or cannot be read. */
    private static Map<?, ?> settings(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            Object root = new Yaml().load(reader);
            return root instanceof Map<?, ?> m && m.get("switchboard") instanceof Map<?, ?> s ? s : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // the hub and the validate command report a broken file; a command uses the defaults
        }
    }
}
