package dev.switchboard.hub.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.switchboard.hub.plugins.DetectorResult;
import dev.switchboard.hub.plugins.DetectorResult.Outcome;
import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;
import org.junit.jupiter.api.Test;

class TriggerMergerTest {

    private static final String TEXT = "Acme s.r.o. raised €5M. ACME will hire 40 people. Beta GmbH hires too.";
    private static final Document DOC = new Document("d", TEXT, null, "news", null, null, null);

    private static DetectorResult ok(String id, Detection... found) {
        return new DetectorResult("p", id, Outcome.OK, List.of(found), null);
    }

    @Test
    void onePerTypeAndCompanyWithTheBestConfidence() {
        DetectionOutcome outcome = TriggerMerger.merge(DOC, List.of(
                ok("funding", new Detection(TriggerType.FUNDING, 0.8, "Acme s.r.o.", 0, 23, "en")),
                ok("hiring", new Detection(TriggerType.HIRING, 0.6, "ACME", 24, 49, "en"),
                        new Detection(TriggerType.HIRING, 0.7, "Beta GmbH", 50, 70, "en")),
                ok("other", new Detection(TriggerType.HIRING, 0.9, "Acme", 24, 49, "de"),
                        new Detection(TriggerType.FUNDING, 0.5, null, 0, 23, null))));

        assertThat(outcome.triggers()).extracting(t -> t.type().code() + ":" + t.company() + ":" + t.confidence())
                .containsExactly("funding:Acme s.r.o.:0.8", "hiring:Acme:0.9", "hiring:Beta GmbH:0.7");
        assertThat(outcome.triggers().get(0).evidence()).isEqualTo("Acme s.r.o. raised €5M.");
        assertThat(outcome.triggers().get(1).detectorId()).isEqualTo("p/other");
        assertThat(outcome.language()).as("the language most detections report").isEqualTo("en");
        assertThat(outcome.problems()).isEmpty();
    }

    @Test
    void aShortFormOfANameInTheSameDocumentStandsForTheFullName() {
        Document doc = new Document("d", "Lumenra Software hledá 40 vývojářů. Lumenry se daří, Lumenra otevírá centrum v Brně.",
                "cs", "news", null, null, null);
        DetectionOutcome outcome = TriggerMerger.merge(doc, List.of(
                ok("hiring", new Detection(TriggerType.HIRING, 0.8, "Lumenra Software", 0, 35, "cs"),
                        new Detection(TriggerType.HIRING, 0.9, "Lumenry", 36, 50, "cs")),
                ok("expansion", new Detection(TriggerType.EXPANSION, 0.9, "Lumenra", 51, 83, "cs"))));

        assertThat(outcome.triggers()).extracting(t -> t.type().code() + ":" + t.company() + ":" + t.confidence())
                .containsExactly("hiring:Lumenra Software:0.9", "expansion:Lumenra Software:0.9");
    }

    @Test
    void aShortFormThatBeginsTwoFullNamesStaysAsItIs() {
        DetectionOutcome outcome = TriggerMerger.merge(DOC, List.of(ok("hiring",
                new Detection(TriggerType.HIRING, 0.8, "Alfa Bank", 0, 10, "en"),
                new Detection(TriggerType.HIRING, 0.8, "Alfa Laval", 11, 20, "en"),
                new Detection(TriggerType.HIRING, 0.8, "Alfa", 21, 30, "en"))));

        assertThat(outcome.triggers()).extracting(FoundTrigger::company).containsExactly("Alfa Bank", "Alfa Laval", "Alfa");
    }

    @Test
    void detectorsThatDidNotAnswerAreProblemsNotFailures() {
        DetectionOutcome outcome = TriggerMerger.merge(DOC, List.of(
                new DetectorResult("p", "slow", Outcome.TIMED_OUT, null, "no answer within PT2S"),
                ok("hiring", new Detection(TriggerType.HIRING, 0.6, null, 24, 49, null))));

        assertThat(outcome.problems()).containsExactly("p/slow: no answer within PT2S");
        assertThat(outcome.triggers()).singleElement().satisfies(t -> assertThat(t.company()).isNull());
        assertThat(outcome.language()).isNull();
    }
}
