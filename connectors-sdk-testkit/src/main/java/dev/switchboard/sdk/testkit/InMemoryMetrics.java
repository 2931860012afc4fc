package dev.switchboard.sdk.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import dev.switchboard.sdk.PluginContext;

/**
 * The metrics a plugin publishes under the harness, kept in memory for the test to read. Tags are
 * compared as a set of key/value pairs, in any order; an odd number of tag strings is refused, as
 * the hub refuses it.
 */
public final class InMemoryMetrics implements PluginContext.PluginMetrics {

    private record Key(String name, Map<String, String> tags) {
    }

    private final Map<Key, AtomicLong> counters = new ConcurrentHashMap<>();
    private final Map<Key, List<Duration>> timers = new ConcurrentHashMap<>();

    @Override
    public void increment(String name, String... tags) {
        counters.computeIfAbsent(key(name, tags), k -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void record(String name, Duration duration, String... tags) {
        timers.computeIfAbsent(key(name, tags), k -> new CopyOnWriteArrayList<>()).add(duration);
    }

    /** How often {@code name} was incremented with exactly these tags. */
    public long count(String name, String... tags) {
        AtomicLong count = counters.get(key(name, tags));
        return count == null ? 0 : count.get();
    }

    /** How often {@code name} was incremented, whatever the tags. */
    public long total(String name) {
        return counters.entrySet().stream().filter(e -> e.getKey().name().equals(name))
                .mapToLong(e -> e.getValue().get()).sum();
    }

    /** The durations recorded for {@code name} with exactly these tags, in the order recorded. */
    public List<Duration> durations(String name, String... tags) {
        return List.copyOf(timers.getOrDefault(key(name, tags), List.of()));
    }

    /** Every counter name incremented so far. */
    public List<String> counterNames() {
        return new ArrayList<>(counters.keySet().stream().map(Key::name).distinct().sorted().toList());
    }

    private static Key key(String name, String... tags) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a metric needs a name");
        }
        if (tags.length % 2 != 0) {
            throw new IllegalArgumentException("tags of metric '" + name + "' must come in key, value pairs, got "
                    + tags.length + " strings");
        }
        Map<String, String> pairs = new TreeMap<>();
        for (int i = 0; i < tags.length; i += 2) {
            pairs.put(tags[i], tags[i + 1]);
        }
        return new Key(name, Map.copyOf(pairs));
    }
}
