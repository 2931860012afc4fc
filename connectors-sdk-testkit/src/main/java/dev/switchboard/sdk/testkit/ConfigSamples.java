package dev.switchboard.sdk.testkit;

import java.util.Optional;

import dev.switchboard.sdk.config.ConfigOption;

/** Values, valid and not, for a declared option, so contracts can build configurations from declarations alone. */
final class ConfigSamples {

    /** The environment variable contracts point secrets at, and its value. */
    static final String SECRET_VARIABLE = "SWITCHBOARD_TESTKIT_SECRET";
    static final String SECRET_VALUE = "testkit-secret-value";

    private ConfigSamples() {
    }

    /** A value the option accepts: its default, or a plain example of its type. */
    static Object valid(ConfigOption option) {
        if (option.secret()) {
            return "${" + SECRET_VARIABLE + "}";
        }
        if (option.defaultValue() != null) {
            return option.defaultValue();
        }
        return switch (option.type()) {
            case STRING -> "example";
            case INT, LONG -> 1;
            case DOUBLE -> 1.5;
            case BOOLEAN -> true;
            case DURATION -> "30s";
            case URI -> "https://example.com/";
            case LIST -> java.util.List.of("example");
        };
    }

    /** A value the option must refuse, or empty when every value is valid for it (plain text, lists). */
    static Optional<Object> invalid(ConfigOption option) {
        if (option.secret()) {
            return Optional.of("written-in-the-file"); // secrets must be ${ENV} references
        }
        return switch (option.type()) {
            case STRING, LIST -> Optional.empty();
            case INT, LONG, DOUBLE -> Optional.of("not-a-number");
            case BOOLEAN -> Optional.of("maybe");
            case DURATION -> Optional.of("soon");
            case URI -> Optional.of("relative/path");
        };
    }
}
