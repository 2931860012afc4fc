package dev.switchboard.sdk.testkit.eval;

import java.util.Objects;

import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerType;

/**
 * One trigger a detector reported for an item; its JSON form is an element of a prediction line's
 * {@code triggers}: {@code {"type": "funding", "confidence": 0.92, "company": "Polskich Kruszyw",
 * "evidence": "zatwierdzili emisję akcji"}}.
 *
 * @param type       what kind of trigger
 * @param confidence 0 to 1; {@link Double#NaN} when the output did not say
 * @param company    the company as the text names it (inflected is fine), or {@code null}
 * @param evidence   the text the detector based it on, or {@code null}
 */
public record PredictedTrigger(TriggerType type, double confidence, String company, String evidence) {

    public PredictedTrigger {
        Objects.requireNonNull(type, "type");
    }

    /** The prediction a detection makes about {@code text}, the text it was found in. */
    public static PredictedTrigger of(Detection detection, String text) {
        return new PredictedTrigger(detection.type(), detection.confidence(), detection.company(),
                detection.evidence(text));
    }
}
