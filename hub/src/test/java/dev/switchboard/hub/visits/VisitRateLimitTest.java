package dev.switchboard.hub.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** {@link TrackRateLimit}: per address, per calendar minute. */
class VisitRateLimitTest {

    @Test
    void eachAddressGetsItsOwnAllowancePerMinute() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-22T10:00:00Z"));
        TrackRateLimit limit = new TrackRateLimit(2, new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        });
        assertThat(limit.allow("10.0.0.1")).isTrue();
        assertThat(limit.allow("10.0.0.1")).isTrue();
        assertThat(limit.allow("10.0.0.1")).isFalse();
        assertThat(limit.allow("10.0.0.2")).isTrue();

        now.set(now.get().plus(Duration.ofMinutes(1)));
        assertThat(limit.allow("10.0.0.1")).isTrue();
    }
}
