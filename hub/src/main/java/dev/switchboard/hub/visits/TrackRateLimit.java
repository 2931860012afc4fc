package dev.switchboard.hub.visits;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-client-address limit on {@code POST /track} requests: at most {@code perMinute} in each
 * calendar minute. In memory and per hub process; behind a proxy every visitor shares the proxy's
 * address, so raise the limit there.
 */
final class TrackRateLimit {

    private static final int MAX_TRACKED_ADDRESSES = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    TrackRateLimit(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    private record Window(long minute, int count) {
    }

    /** Counts a request from {@code address}; false when it is over the limit. */
    boolean allow(String address) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_TRACKED_ADDRESSES) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window window = windows.compute(address, (key, w) -> w == null || w.minute() != minute
                ? new Window(minute, 1) : new Window(minute, w.count() + 1));
        return window.count() <= perMinute;
    }
}
