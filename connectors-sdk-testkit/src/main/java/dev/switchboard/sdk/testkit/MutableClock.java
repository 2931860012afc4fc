package dev.switchboard.sdk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock a test sets and moves by hand; what {@link dev.switchboard.sdk.PluginContext#clock()}
 * returns under the harness. Thread-safe. Time only moves when the test moves it.
 */
public final class MutableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A clock at {@code 2025-01-01T00:00:00Z}, in UTC. */
    public static MutableClock atFixedStart() {
        return new MutableClock(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    }

    public void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock seen from another zone: moving this clock moves the view too. */
    @Override
    public Clock withZone(ZoneId other) {
        MutableClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId another) {
                return source.withZone(another);
            }
        };
    }
}
