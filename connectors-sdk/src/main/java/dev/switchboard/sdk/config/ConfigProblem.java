package dev.switchboard.sdk.config;

/**
 * One thing wrong with a configuration.
 *
 * @param key     the offending key, or {@code null} for the configuration as a whole
 * @param message what is wrong and, where possible, how to fix it
 */
public record ConfigProblem(String key, String message) {

    @Override
    public String toString() {
        return key == null ? message : key + ": " + message;
    }
}
