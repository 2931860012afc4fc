package dev.switchboard.plugins.triggers;

import java.io.IOException;

import dev.switchboard.sdk.testkit.eval.Report;
import org.junit.jupiter.api.Test;

/**
 * Scores all five detectors on holdout set 9 ({@code eval/triggers/holdout9-set.jsonl}), the tuning set of
 * the ninth round (200 items on company mentions; read and tuned on, so its scores are tuning scores, not
 * an estimate of quality on unseen text), and asserts floors a little under the figures measured after
 * round 13 (micro-F1 0.993, hiring and funding P/R 1.00, every type F1 at least 0.963; company
 * right 89.7%, 80.5% at first contact), so that a change that loses ground on it fails here. Skipped when
 * the set is not there.
 */
class Holdout9QualityTest {

    @Test
    void keepsTheTuningScoresOnHoldoutSet9() throws IOException {
        Report report = DevSetQualityTest.score(DevSetQualityTest.devSet().resolveSibling("holdout9-set.jsonl"));
        report.print(System.out, false);
        DevSetQualityTest.assertFloors(report, 0.97, 0.95, 0.94, 0.87); // company 89.7% after round 13
    }
}
