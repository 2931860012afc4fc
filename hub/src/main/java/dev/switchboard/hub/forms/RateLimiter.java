package dev.switchboard.hub.forms;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sliding one-minute window per key (form and client IP), in memory: each node counts on its own,
 * and counts start over on restart.
 */
final class RateLimiter {

    private static final long WINDOW = 60_000;

    private final Clock clock;
    private final Map<String, Deque<Long>> windows = new ConcurrentHashMap<>();

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** @return 0 when the call may go on (and is counted), else the seconds until it may */
    long acquire(String key, int perMinute) {
        long now = clock.millis();
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.isEmpty() || w.peekLast() < now - WINDOW);
        }
        Deque<Long> window = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && window.peekFirst() <= now - WINDOW) {
                window.pollFirst();
            }
            if (window.size() >= perMinute) {
                return Math.max(1, (window.peekFirst() + WINDOW - now + 999) / 1000);
            }
            window.addLast(now);
            return 0;
        }
    }
}
