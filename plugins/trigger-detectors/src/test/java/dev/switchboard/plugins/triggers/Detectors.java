package dev.switchboard.plugins.triggers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.model.Document;

/** The five detectors, created as the hub would (without a context: default settings). */
final class Detectors {

    static final Instant PUBLISHED = Instant.parse("2025-03-01T00:00:00Z");

    private Detectors() {
    }

    static List<TriggerDetector> all() {
        return List.of(new HiringTriggerDetector(), new FundingTriggerDetector(), new ProductLaunchTriggerDetector(),
                new ExpansionTriggerDetector(), new LeadershipChangeTriggerDetector());
    }

    static Document document(String text, String language) {
        return new Document("test", text, language, "news", null, PUBLISHED, Map.of());
    }

    static List<Detection> detectAll(Document document) {
        List<Detection> found = new ArrayList<>();
        for (TriggerDetector detector : all()) {
            found.addAll(detector.detect(document));
        }
        return found;
    }
}
