package dev.switchboard.hub.plugins;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A problem in a plugin's configuration file, stated for the admin who edits it.
 *
 * @param file    the file, relative to the home ({@code config/plugins/feed.yaml})
 * @param line    1-based line of the key, or {@code null} when the key is missing or unknown
 * @param key     the key, or {@code null} for the file as a whole
 * @param message what is wrong; never contains a secret's value
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ConfigurationProblem(String file, Integer line, String key, String message) {

    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + ": " + (key == null ? "" : key + ": ") + message;
    }
}
