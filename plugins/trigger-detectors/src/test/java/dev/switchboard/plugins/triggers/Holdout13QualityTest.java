package dev.switchboard.plugins.triggers;

import java.io.IOException;

import dev.switchboard.sdk.testkit.eval.Report;
import org.junit.jupiter.api.Test;

/**
 * Scores all five detectors on holdout set 13 ({@code eval/triggers/holdout13-set.jsonl}), the tuning set
 * of round 14 (200 items on how triggers are said; scored after rounds 11 and 13 before anyone read it;
 * read and tuned on since, so its scores are tuning scores), and asserts floors a little under the
 * figures measured after round 14 (micro-F1 0.895, hiring and funding P/R at least 0.919, every type F1
 * at least 0.696, product launch being the lowest; company right 83.1%, 82.2% at first contact), so
 * that a change that loses ground on it fails here. Skipped when the set is not there.
 */
class Holdout13QualityTest {

    @Test
    void keepsTheTuningScoresOnHoldoutSet13() throws IOException {
        Report report = DevSetQualityTest.score(DevSetQualityTest.devSet().resolveSibling("holdout13-set.jsonl"));
        report.print(System.out, false);
        DevSetQualityTest.assertFloors(report, 0.88, 0.90, 0.67, 0.81); // company 83.1% after round 14
    }
}
