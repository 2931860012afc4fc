package dev.switchboard.hub.triggers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.switchboard.hub.plugins.DetectorResult;
import dev.switchboard.hub.plugins.Detectors;
import dev.switchboard.hub.triggers.internal.CompanyKeys;
import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.model.Document;
import org.springframework.stereotype.Component;

/**
 * Runs the started plugins' detectors ({@link Detectors}: time limits, suspension) and merges what
 * they found: one trigger per type and company key, with the best confidence and its evidence.
 * Detectors that failed are reported as problems; the document is still processed.
 */
@Component
class PluginDocumentDetection implements DocumentDetection {

    private final Detectors detectors;

    PluginDocumentDetection(Detectors detectors) {
        this.detectors = detectors;
    }

    @Override
    public Outcome detect(Document document) {
        Map<String, Found> merged = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String language = document.language();
        for (DetectorResult result : detectors.detect(document)) {
            if (result.outcome() != DetectorResult.Outcome.OK) {
                problems.add(result.pluginId() + "/" + result.detectorId() + ": " + result.error());
                continue;
            }
            for (Detection d : result.detections()) {
                String company = CompanyKeys.displayName(d.company());
                String key = d.type().code() + "|" + (company == null ? "" : String.valueOf(CompanyKeys.key(company)));
                Found found = new Found(d.type(), d.confidence(), company, d.evidence(document.text()), result.detectorId());
                merged.merge(key, found, (a, b) -> b.confidence() > a.confidence() ? b : a);
                if (language == null) {
                    language = d.language();
                }
            }
        }
        return new Outcome(language, new ArrayList<>(merged.values()), problems);
    }
}
