package dev.switchboard.hub.triggers;

import dev.switchboard.hub.detection.DetectionOutcome;
import dev.switchboard.hub.detection.TriggerDetection;
import dev.switchboard.sdk.model.Document;
import org.springframework.stereotype.Component;

/**
 * The hub's {@link TriggerDetection} (every started detector plugin under its time limit, answers
 * merged one per type and company with the best confidence) as trigger recording uses it.
 * Detectors that failed are reported as problems; the document is still processed.
 */
@Component
class PluginDocumentDetection implements DocumentDetection {

    private final TriggerDetection detection;

    PluginDocumentDetection(TriggerDetection detection) {
        this.detection = detection;
    }

    @Override
    public Outcome detect(Document document) {
        DetectionOutcome outcome = detection.detect(document);
        return new Outcome(outcome.language(), outcome.triggers().stream()
                .map(t -> new Found(t.type(), t.confidence(), t.company(), t.evidence(), t.detectorId())).toList(),
                outcome.problems());
    }
}
