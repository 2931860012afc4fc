package dev.switchboard.sdk.config;

/** The type of a configuration value, and how a YAML value is read as it. */
public enum ConfigType {
    /** Any text. */
    STRING,
    /** A whole number (32 bits). */
    INT,
    /** A whole number (64 bits). */
    LONG,
    /** A decimal number. */
    DOUBLE,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An ISO-8601 duration ({@code PT5M}) or a number with a unit ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 2d}). */
    DURATION,
    /** An absolute URI ({@code https://...}, {@code file:...}). */
    URI,
    /** A list of text values (a YAML list, or one comma-separated text). */
    LIST
}
