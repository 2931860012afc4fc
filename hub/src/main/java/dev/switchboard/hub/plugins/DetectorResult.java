package dev.switchboard.hub.plugins;

import java.util.List;

import dev.switchboard.sdk.detector.Detection;

/**
 * What one detector said about one document.
 *
 * @param pluginId   the plugin the detector belongs to
 * @param detectorId the detector's id
 * @param outcome    whether it answered
 * @param detections what it found; empty unless {@code outcome} is {@link Outcome#OK}
 * @param error      why it did not answer, or {@code null}
 */
public record DetectorResult(String pluginId, String detectorId, Outcome outcome, List<Detection> detections,
                             String error) {

    /** How a detector call ended. */
    public enum Outcome {
        /** It answered in time. */
        OK,
        /** It threw, or answered {@code null}. */
        FAILED,
        /** It did not answer within {@code switchboard.plugins.detector-timeout}. */
        TIMED_OUT,
        /** It was not called: suspended after repeated failures, or the hub had no free detector thread. */
        SKIPPED
    }

    public DetectorResult {
        detections = detections == null ? List.of() : List.copyOf(detections);
    }
}
