package com.example.hiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;
import org.junit.jupiter.api.Test;

/** Unit tests of the detector's own logic, run before packaging. */
class ExampleHiringDetectorTest {

    private final ExampleHiringDetector detector = new ExampleHiringDetector();

    private static Document english(String text) {
        return new Document("1", text, "en", "news", null, null, null);
    }

    @Test
    void findsTheCompanyAndTheEvidence() {
        String text = "In Brno, Acme Robotics is hiring 40 engineers.";
        List<Detection> found = detector.detect(english(text));
        assertEquals(1, found.size());
        assertEquals(TriggerType.HIRING, found.get(0).type());
        assertEquals("Acme Robotics", found.get(0).company());
        assertEquals("Acme Robotics is hiring", found.get(0).evidence(text));
    }

    @Test
    void aPhraseWithoutACompanyHasLowerConfidence() {
        Detection found = detector.detect(english("see our job openings")).get(0);
        assertNull(found.company());
        assertEquals(0.4, found.confidence());
    }

    @Test
    void otherLanguagesAreLeftAlone() {
        assertEquals(List.of(), detector.detect(new Document("1", "Acme is hiring", "cs", "news", null, null, null)));
    }
}
