package dev.switchboard.plugins.mastodon;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.slf4j.Logger;

/**
 * Keeps the requests to one instance within its rate limit. Mastodon answers every API call with
 * {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (an ISO 8601
 * time). When the remaining count reaches 0, or the instance answers {@code 429 Too Many Requests},
 * no request goes to it until the reset time ({@code Retry-After} when a 429 carries no reset, five
 * minutes, Mastodon's window, when it carries neither). One gate per instance is shared by every
 * endpoint polling it, since the instance counts per client, not per timeline. Time comes from the
 * plugin's clock, so tests move it. Each pause is logged once; polls that find the gate closed skip
 * quietly.
 */
final class RateLimitGate {

    static final String LIMIT = "X-RateLimit-Limit";
    static final String REMAINING = "X-RateLimit-Remaining";
    static final String RESET = "X-RateLimit-Reset";
    static final Duration FALLBACK_PAUSE = Duration.ofMinutes(5);

    private final MastodonInstance instance;
    private final Logger log;
    private Instant pausedUntil;

    RateLimitGate(MastodonInstance instance, Logger log) {
        this.instance = instance;
        this.log = log;
    }

    /** When requests may go out again, if they may not at {@code now}. */
    synchronized Optional<Instant> closedUntil(Instant now) {
        return pausedUntil != null && now.isBefore(pausedUntil) ? Optional.of(pausedUntil) : Optional.empty();
    }

    /** Reads the rate-limit headers of an answer; closes the gate when the limit is used up or the answer is a 429. */
    synchronized void observe(int status, HttpHeaders headers, Instant now) {
        Optional<Instant> reset = headers.firstValue(RESET).flatMap(RateLimitGate::isoInstant);
        if (status == 429) {
            Instant until = reset.or(() -> retryAfter(headers, now)).orElse(now.plus(FALLBACK_PAUSE));
            if (close(until)) {
                log.warn("mastodon instance {} answered 429 Too Many Requests: no requests to it until {}", instance, until);
            }
            return;
        }
        Optional<Long> remaining = headers.firstValue(REMAINING).flatMap(RateLimitGate::number);
        if (remaining.isPresent() && remaining.get() <= 0 && reset.isPresent() && reset.get().isAfter(now)) {
            if (close(reset.get())) {
                log.info("mastodon instance {}: rate limit of {} requests used up (X-RateLimit-Remaining 0): "
                        + "no requests to it until {}", instance, headers.firstValue(LIMIT).orElse("?"), reset.get());
            }
        }
    }

    /** @return whether this is a new pause (worth one log line) */
    private boolean close(Instant until) {
        if (until.equals(pausedUntil)) {
            return false;
        }
        pausedUntil = until;
        return true;
    }

    private static Optional<Instant> retryAfter(HttpHeaders headers, Instant now) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> seconds = number(value.get());
        if (seconds.isPresent()) {
            return Optional.of(now.plusSeconds(Math.max(0, seconds.get())));
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code 2025-01-01T00:05:00.000Z} or with an offset; anything else is ignored. */
    static Optional<Instant> isoInstant(String text) {
        try {
            return Optional.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text.strip(), Instant::from));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
