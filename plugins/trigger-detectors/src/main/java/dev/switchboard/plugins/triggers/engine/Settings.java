package dev.switchboard.plugins.triggers.engine;

import java.time.Clock;
import java.util.Objects;

/**
 * What the engine is configured with.
 *
 * @param minConfidence detections below it are not reported
 * @param maxTextLength how many chars from the start of a document are analysed
 * @param clock         the reference time of documents without {@code publishedAt}
 */
public record Settings(double minConfidence, int maxTextLength, Clock clock) {

    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;
    public static final int DEFAULT_MAX_TEXT_LENGTH = 20_000;

    public Settings {
        Objects.requireNonNull(clock, "clock");
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("min-confidence must be between 0 and 1, was " + minConfidence);
        }
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("max-text-length must be at least 1, was " + maxTextLength);
        }
    }

    public static Settings defaults() {
        return new Settings(DEFAULT_MIN_CONFIDENCE, DEFAULT_MAX_TEXT_LENGTH, Clock.systemUTC());
    }
}
