package dev.switchboard.hub.plugins;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.switchboard.sdk.detector.TriggerDetector;

/**
 * A started plugin's detector with its failure record: consecutive failures (reset by a good
 * answer), all failures, and whether it is suspended. Lives as long as the plugin stays started,
 * so a restart or reload lifts a suspension. Thread-safe.
 */
final class GuardedDetector {

    private final String pluginId;
    private final TriggerDetector detector;
    private final String detectorId;
    private final int suspendAfter;
    private final AtomicInteger consecutive = new AtomicInteger();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean suspended;

    GuardedDetector(String pluginId, TriggerDetector detector, int suspendAfter) {
        this.pluginId = pluginId;
        this.detector = detector;
        this.detectorId = idOf(detector);
        this.suspendAfter = suspendAfter;
    }

    private static String idOf(TriggerDetector detector) {
        try {
            return detector.id();
        } catch (RuntimeException e) {
            return detector.getClass().getName();
        }
    }

    String pluginId() {
        return pluginId;
    }

    String detectorId() {
        return detectorId;
    }

    TriggerDetector detector() {
        return detector;
    }

    boolean suspended() {
        return suspended;
    }

    long failures() {
        return failures.get();
    }

    void succeeded() {
        consecutive.set(0);
    }

    /** Counts a failure or time-out; returns whether this one suspended the detector. */
    boolean failed() {
        failures.incrementAndGet();
        if (consecutive.incrementAndGet() >= suspendAfter && !suspended) {
            suspended = true;
            return true;
        }
        return false;
    }
}
