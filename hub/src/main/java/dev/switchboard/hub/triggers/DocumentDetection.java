package dev.switchboard.hub.triggers;

import java.util.List;

import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;

/**
 * The detection step as trigger recording sees it: one document in, triggers merged across
 * detectors (one per type and company, the best confidence) out. {@link PluginDocumentDetection}
 * adapts the hub's {@code detection.TriggerDetection}; the seam keeps recording testable on its own.
 */
interface DocumentDetection {

    /** What the detectors found in one document. */
    record Outcome(String language, List<Found> triggers, List<String> problems) {

        public Outcome {
            triggers = List.copyOf(triggers);
            problems = List.copyOf(problems);
        }
    }

    /** One trigger: its company as mentioned (or {@code null}) and the evidence text. */
    record Found(TriggerType type, double confidence, String company, String evidence, String detectorId) {
    }

    Outcome detect(Document document);
}
