package dev.switchboard.sdk.testkit.eval;

import java.util.Objects;

import dev.switchboard.sdk.detector.TriggerType;

/**
 * One trigger a labeler found in an item.
 *
 * @param type    what kind of trigger
 * @param company the company the trigger is about, in its base (nominative) form without legal
 *                form ({@code Polskie Kruszywa}), or {@code null} when the text names none
 */
public record LabeledTrigger(TriggerType type, String company) {

    public LabeledTrigger {
        Objects.requireNonNull(type, "type");
    }
}
