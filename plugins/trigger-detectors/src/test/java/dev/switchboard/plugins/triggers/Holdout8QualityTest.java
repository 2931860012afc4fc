package dev.switchboard.plugins.triggers;

import java.io.IOException;

import dev.switchboard.sdk.testkit.eval.Report;
import org.junit.jupiter.api.Test;

/**
 * Scores all five detectors on holdout set 8 ({@code eval/triggers/holdout8-set.jsonl}), the company-focused
 * tuning set of the eighth round (read and tuned on, so its scores are tuning scores, not an estimate of
 * quality on unseen text), and asserts floors a little under the figures measured after both halves of
 * round 8 were merged (micro-F1 0.990, hiring and funding P/R 1.00, every type F1 at least 0.966;
 * company right 90.3%: the detection half found 16 more triggers, several in items whose company is
 * hard to name; 94.5% after round 8c), so that a change that loses ground on it fails here. Skipped when
 * the set is not there.
 */
class Holdout8QualityTest {

    @Test
    void keepsTheTuningScoresOnHoldoutSet8() throws IOException {
        Report report = DevSetQualityTest.score(DevSetQualityTest.devSet().resolveSibling("holdout8-set.jsonl"));
        report.print(System.out, false);
        DevSetQualityTest.assertFloors(report, 0.97, 0.97, 0.95, 0.93); // company 94.5% after round 8c
    }
}
