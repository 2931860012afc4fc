package dev.switchboard.sdk.config;

import java.util.Objects;

/**
 * One configuration key an extension declares.
 *
 * @param name         the key, as written in {@code config/plugins/<id>.yaml} ({@code poll-interval})
 * @param type         how its value is read
 * @param required     whether a value must be given (a default counts as given)
 * @param defaultValue the value when none is given, as text in the type's notation, or {@code null}
 * @param secret       whether the value is a credential: never logged or shown, and it must come from
 *                     the environment ({@code ${ENV_VAR}}), never be written in the file itself
 * @param description  what it is for, for documentation and error messages
 */
public record ConfigOption(String name, ConfigType type, boolean required, String defaultValue, boolean secret,
                           String description) {

    public ConfigOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a configuration option needs a name");
        }
    }

    /** An optional option with a default. */
    public static ConfigOption optional(String name, ConfigType type, String defaultValue, String description) {
        return new ConfigOption(name, type, false, defaultValue, false, description);
    }

    /** A required option without a default. */
    public static ConfigOption required(String name, ConfigType type, String description) {
        return new ConfigOption(name, type, true, null, false, description);
    }

    /** A required credential: taken from the environment, never shown. */
    public static ConfigOption secret(String name, String description) {
        return new ConfigOption(name, ConfigType.STRING, true, null, true, description);
    }
}
