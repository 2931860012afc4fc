package dev.switchboard.sdk.testkit.eval;

import java.util.Map;

import dev.switchboard.sdk.detector.TriggerType;

/**
 * Quality a detector set must reach on a labeled set, checked by {@link Report#unmetTargets}.
 *
 * @param perType            minimum precision and recall of some types
 * @param minMicroF1         minimum F1 over all types together
 * @param minCompanyAccuracy minimum share of true detections with the right company (0 to 1)
 */
public record Targets(Map<TriggerType, TypeTarget> perType, double minMicroF1, double minCompanyAccuracy) {

    /**
     * The targets of the detector issue: {@code hiring} and {@code funding} precision at least 0.90
     * and recall at least 0.85; micro F1 at least 0.85; the company right on at least 90% of true
     * detections.
     */
    public static final Targets ISSUE_DEFAULT = new Targets(Map.of(
            TriggerType.HIRING, new TypeTarget(0.90, 0.85),
            TriggerType.FUNDING, new TypeTarget(0.90, 0.85)), 0.85, 0.90);

    public Targets {
        perType = Map.copyOf(perType);
    }

    /**
     * @param minPrecision minimum precision of the type
     * @param minRecall    minimum recall of the type
     */
    public record TypeTarget(double minPrecision, double minRecall) {
    }
}
