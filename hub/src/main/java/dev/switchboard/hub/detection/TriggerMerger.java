package dev.switchboard.hub.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.switchboard.hub.plugins.DetectorResult;
import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.model.Document;
import dev.switchboard.sdk.text.CompanyNames;

/**
 * Merges what several detectors said about one document: one trigger per type and company (by
 * {@link CompanyNames#key}), keeping the answer with the highest confidence; a type reported both
 * with and without a company keeps only the ones with a company. Stateless.
 */
final class TriggerMerger {

    private TriggerMerger() {
    }

    static DetectionOutcome merge(Document document, List<DetectorResult> results) {
        Map<String, FoundTrigger> best = new LinkedHashMap<>();
        Map<String, Integer> languages = new HashMap<>();
        List<String> problems = new ArrayList<>();
        String text = document.text();
        for (DetectorResult result : results) {
            String detector = result.pluginId() + "/" + result.detectorId();
            if (result.outcome() != DetectorResult.Outcome.OK) {
                problems.add(detector + ": " + result.error());
                continue;
            }
            for (Detection d : result.detections()) {
                FoundTrigger found = new FoundTrigger(d.type(), d.confidence(), blankToNull(d.company()),
                        d.evidence(text), Math.min(d.evidenceStart(), text.length()),
                        Math.min(d.evidenceEnd(), text.length()), detector);
                best.merge(key(found), found, (a, b) -> b.confidence() > a.confidence() ? b : a);
                if (d.language() != null) {
                    languages.merge(d.language(), 1, Integer::sum);
                }
            }
        }
        List<FoundTrigger> triggers = withoutAnonymousDuplicates(best.values());
        triggers.sort(Comparator.comparingInt(FoundTrigger::evidenceStart).thenComparing(FoundTrigger::type));
        String language = document.language() != null ? document.language() : languages.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        return new DetectionOutcome(language, triggers, problems);
    }

    private static List<FoundTrigger> withoutAnonymousDuplicates(Iterable<FoundTrigger> merged) {
        List<FoundTrigger> all = new ArrayList<>();
        merged.forEach(all::add);
        List<FoundTrigger> kept = new ArrayList<>();
        for (FoundTrigger t : all) {
            boolean named = all.stream().anyMatch(o -> o.type() == t.type() && o.company() != null);
            if (t.company() != null || !named) {
                kept.add(t);
            }
        }
        return kept;
    }

    private static String key(FoundTrigger t) {
        return t.type().code() + "|" + (t.company() == null ? "" : CompanyNames.key(t.company()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
