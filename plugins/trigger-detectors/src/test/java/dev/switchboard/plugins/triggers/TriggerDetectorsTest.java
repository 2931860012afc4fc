package dev.switchboard.plugins.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.config.ConfigValidator;
import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;
import dev.switchboard.sdk.testkit.MutableClock;
import dev.switchboard.sdk.testkit.TestPluginContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriggerDetectorsTest {

    @TempDir
    Path state;

    private TestPluginContext context(Map<String, ?> config, Instant now) {
        var result = ConfigValidator.validate(DetectorOptions.OPTIONS, config, Map.of());
        assertThat(result.problems()).isEmpty();
        return new TestPluginContext("trigger-detectors", result.config(), new MutableClock(now, java.time.ZoneOffset.UTC), state);
    }

    @Test
    void eachDetectorHasAnIdOneTypeAndTheFiveLanguages() {
        assertThat(Detectors.all()).extracting(TriggerDetector::id)
                .containsExactly("hiring", "funding", "product-launch", "expansion", "leadership-change");
        for (TriggerDetector detector : Detectors.all()) {
            assertThat(detector.languages()).containsExactlyInAnyOrder("en", "cs", "pl", "ru", "de");
            assertThat(detector.types()).hasSize(1);
            assertThat(detector.configuration()).extracting(o -> o.name()).containsExactly("min-confidence", "max-text-length");
        }
    }

    @Test
    void evidenceIsTheSentenceWithTheCue() {
        String text = "Acme had a good year. Acme Robotics is hiring 20 engineers in Brno! Weather was fine.";
        List<Detection> found = new HiringTriggerDetector().detect(Detectors.document(text, "en"));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.evidence(text)).isEqualTo("Acme Robotics is hiring 20 engineers in Brno!");
            assertThat(d.company()).isEqualTo("Acme Robotics");
            assertThat(d.language()).isEqualTo("en");
        });
    }

    @Test
    void oneDetectionPerTypeAndCompany() {
        String text = "Acme is hiring 20 engineers. Acme is also recruiting 10 designers. Globex is hiring too.";
        List<Detection> found = new HiringTriggerDetector().detect(Detectors.document(text, "en"));
        assertThat(found).extracting(Detection::company).containsExactly("Acme", "Globex");
    }

    @Test
    void confidenceIsHigherWithAStrongCueAndANamedCompany() {
        double named = new HiringTriggerDetector().detect(Detectors.document("Acme Corp is hiring 20 engineers.", "en"))
                .get(0).confidence();
        double anonymous = new HiringTriggerDetector().detect(Detectors.document("The firm is hiring 20 engineers.", "en"))
                .get(0).confidence();
        assertThat(named).isGreaterThan(anonymous);
        assertThat(anonymous).isBetween(0.5, 0.8);
    }

    @Test
    void minConfidenceFromTheConfigurationDropsWeakDetections() {
        TriggerDetector detector = new HiringTriggerDetector();
        detector.init(context(Map.of("min-confidence", 0.9), Instant.parse("2025-01-01T00:00:00Z")));
        assertThat(detector.detect(Detectors.document("The firm is hiring 20 engineers.", "en"))).isEmpty();
        assertThat(detector.detect(Detectors.document("Acme Robotics is hiring 20 engineers.", "en"))).hasSize(1);
    }

    @Test
    void aPastYearIsHistoricalRelativeToPublicationOrElseTheHubClock() {
        String text = "Acme raised $5M in a Series A round in 2016.";
        TriggerDetector detector = new FundingTriggerDetector();
        detector.init(context(Map.of(), Instant.parse("2025-01-01T00:00:00Z")));
        Document old = new Document("1", text, "en", "news", null, Instant.parse("2016-06-01T00:00:00Z"), Map.of());
        Document undated = new Document("2", text, "en", "news", null, null, Map.of());
        assertThat(detector.detect(old)).hasSize(1);
        assertThat(detector.detect(undated)).isEmpty();

        TriggerDetector back = new FundingTriggerDetector();
        back.init(context(Map.of(), Instant.parse("2016-12-01T00:00:00Z")));
        assertThat(back.detect(new Document("3", text, "en", "news", null, null, Map.of()))).hasSize(1);
    }

    @Test
    void identifiesTheLanguageWhenTheDocumentHasNone() {
        List<Detection> found = new FundingTriggerDetector()
                .detect(Detectors.document("Startup Productboard získal investici 72 milionů dolarů.", null));
        assertThat(found).singleElement().extracting(Detection::language).isEqualTo("cs");
    }

    @Test
    void maxTextLengthLimitsTheAnalysedText() {
        TriggerDetector detector = new HiringTriggerDetector();
        detector.init(context(Map.of("max-text-length", 100), Instant.parse("2025-01-01T00:00:00Z")));
        String text = "Nothing to see here. ".repeat(10) + "Acme Robotics is hiring 20 engineers.";
        assertThat(detector.detect(Detectors.document(text, "en"))).isEmpty();
        assertThat(new HiringTriggerDetector().detect(Detectors.document(text, "en"))).hasSize(1);
    }

    @Test
    void nothingForEmptyBinaryOrForeignText() {
        for (TriggerDetector detector : Detectors.all()) {
            assertThat(detector.detect(Detectors.document("", null))).isEmpty();
            assertThat(detector.detect(Detectors.document("\u0000\u0001\uFFFF\uD800 x \uDC00", "en"))).isEmpty();
            assertThat(detector.detect(Detectors.document("阿里巴巴宣布在杭州招聘五百名工程师。", null))).isEmpty();
            assertThat(detector.detect(null)).isEmpty();
        }
    }

    @Test
    void theTypeMatchesTheDetector() {
        String text = "Acme raised $10M and will hire 40 engineers for its new office in Berlin.";
        assertThat(Detectors.detectAll(Detectors.document(text, "en"))).extracting(Detection::type)
                .containsExactlyInAnyOrder(TriggerType.FUNDING, TriggerType.HIRING, TriggerType.EXPANSION);
    }
}
