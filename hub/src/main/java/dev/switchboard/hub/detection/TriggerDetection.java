package dev.switchboard.hub.detection;

import java.util.List;

import dev.switchboard.hub.plugins.DetectorResult;
import dev.switchboard.hub.plugins.Detectors;
import dev.switchboard.sdk.model.Document;
import org.springframework.stereotype.Service;

/**
 * Runs every started detector plugin on a document and merges their answers. Thread-safe.
 */
@Service
public class TriggerDetection {

    private final Detectors detectors;

    TriggerDetection(Detectors detectors) {
        this.detectors = detectors;
    }

    public DetectionOutcome detect(Document document) {
        return merge(document, detectors.detect(document));
    }

    /** Merges what the detectors said about one document (for commands that run detectors without the hub). */
    public static DetectionOutcome merge(Document document, List<DetectorResult> results) {
        return TriggerMerger.merge(document, results);
    }
}
