package dev.switchboard.hub.errors;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which headers of a failed message are kept for inspection and replay: plain values (text,
 * numbers, booleans) only. Headers that carry credentials are never stored: their name is kept with
 * {@link #REDACTED} as the value, so an operator sees they were there, and a replay leaves them out.
 */
final class HeaderSnapshot {

    static final String REDACTED = "[redacted]";

    private static final Pattern SECRET = Pattern.compile(
            "(?i).*(authorization|api-?key|cookie|password|passwd|secret|token|credential).*");

    private HeaderSnapshot() {
    }

    static boolean isSecret(String name) {
        return SECRET.matcher(name).matches();
    }

    /** The headers worth storing, secrets redacted, sorted by name. */
    static Map<String, Object> of(Map<String, Object> headers) {
        Map<String, Object> kept = new TreeMap<>();
        headers.forEach((name, value) -> {
            if (isSecret(name)) {
                kept.put(name, REDACTED);
            } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                kept.put(name, value);
            }
        });
        return kept;
    }
}
