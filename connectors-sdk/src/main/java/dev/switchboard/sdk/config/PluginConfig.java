package dev.switchboard.sdk.config;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plugin's validated configuration: every value already has the type its option declares, and
 * defaults are filled in. Obtained from {@link ConfigValidator#validate}; read-only.
 */
public final class PluginConfig {

    private final Map<String, Object> values;
    private final Set<String> secrets;

    PluginConfig(Map<String, Object> values, Set<String> secrets) {
        this.values = Collections.unmodifiableMap(values);
        this.secrets = Set.copyOf(secrets);
    }

    /** An empty configuration, for extensions that declare no options. */
    public static PluginConfig empty() {
        return new PluginConfig(Map.of(), Set.of());
    }

    /** Whether a value (given or default) is present for {@code key}. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Optional<String> string(String key) {
        return Optional.ofNullable((String) values.get(key));
    }

    public Optional<Integer> integer(String key) {
        return Optional.ofNullable((Integer) values.get(key));
    }

    public Optional<Long> longValue(String key) {
        return Optional.ofNullable((Long) values.get(key));
    }

    public Optional<Double> decimal(String key) {
        return Optional.ofNullable((Double) values.get(key));
    }

    public Optional<Boolean> bool(String key) {
        return Optional.ofNullable((Boolean) values.get(key));
    }

    public Optional<Duration> duration(String key) {
        return Optional.ofNullable((Duration) values.get(key));
    }

    public Optional<URI> uri(String key) {
        return Optional.ofNullable((URI) values.get(key));
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        Object value = values.get(key);
        return value == null ? List.of() : (List<String>) value;
    }

    /** The keys with a value, secrets included. */
    public Set<String> keys() {
        return values.keySet();
    }

    /** Secrets are shown as {@code ***}: safe to log. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        values.forEach((k, v) -> text.append(text.length() > 1 ? ", " : "").append(k).append('=')
                .append(secrets.contains(k) ? "***" : v));
        return text.append('}').toString();
    }
}
