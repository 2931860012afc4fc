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
 * with and without a company keeps only the ones with a company. Within one document a short form
 * of a name stands for the full name it begins ("Lumenra" after "Lumenra Software", also inflected:
 * "Lumenry"), when exactly one full name begins so. Stateless.
 */
final class TriggerMerger {

    private TriggerMerger() {
    }

    static DetectionOutcome merge(Document document, List<DetectorResult> results) {
        List<FoundTrigger> found = new ArrayList<>();
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
                found.add(new FoundTrigger(d.type(), d.confidence(), blankToNull(d.company()),
                        d.evidence(text), Math.min(d.evidenceStart(), text.length()),
                        Math.min(d.evidenceEnd(), text.length()), detector));
                if (d.language() != null) {
                    languages.merge(d.language(), 1, Integer::sum);
                }
            }
        }
        Map<String, String> fullNames = fullNames(found);
        Map<String, FoundTrigger> best = new LinkedHashMap<>();
        for (FoundTrigger t : found) {
            FoundTrigger named = t.company() == null ? t : withCompany(t, fullNames.getOrDefault(t.company(), t.company()));
            best.merge(key(named), named, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        List<FoundTrigger> triggers = withoutAnonymousDuplicates(best.values());
        triggers.sort(Comparator.comparingInt(FoundTrigger::evidenceStart).thenComparing(FoundTrigger::type));
        String language = document.language() != null ? document.language() : languages.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        return new DetectionOutcome(language, triggers, problems);
    }

    /** Each company mention that is the beginning of exactly one longer mention, to that longer mention. */
    private static Map<String, String> fullNames(List<FoundTrigger> found) {
        Map<String, String> nameByKey = new LinkedHashMap<>();
        found.stream().map(FoundTrigger::company).filter(java.util.Objects::nonNull)
                .forEach(name -> nameByKey.putIfAbsent(CompanyNames.key(name), name));
        Map<String, String> fullByKey = new HashMap<>();
        for (String key : nameByKey.keySet()) {
            List<String> longer = key.length() < 3 ? List.of()
                    : nameByKey.keySet().stream().filter(other -> begins(other, key)).toList();
            if (longer.size() == 1) {
                fullByKey.put(key, nameByKey.get(longer.get(0)));
            }
        }
        Map<String, String> full = new HashMap<>();
        found.stream().map(FoundTrigger::company).filter(java.util.Objects::nonNull).distinct()
                .forEach(name -> {
                    String target = fullByKey.get(CompanyNames.key(name));
                    if (target != null) {
                        full.put(name, target);
                    }
                });
        return full;
    }

    /** Whether {@code longer} has more words than {@code key} and its first words are the same company as {@code key}. */
    private static boolean begins(String longer, String key) {
        String[] parts = longer.split(" ");
        int words = key.split(" ").length;
        return parts.length > words
                && CompanyNames.sameCompany(String.join(" ", java.util.Arrays.copyOf(parts, words)), key);
    }

    private static FoundTrigger withCompany(FoundTrigger t, String company) {
        return new FoundTrigger(t.type(), t.confidence(), company, t.evidence(), t.evidenceStart(), t.evidenceEnd(),
                t.detectorId());
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
