package dev.switchboard.plugins.triggers;

import java.io.IOException;

import dev.switchboard.sdk.testkit.eval.Report;
import org.junit.jupiter.api.Test;

/**
 * Scores all five detectors on holdout set 6 ({@code eval/triggers/holdout6-set.jsonl}), the tuning set of
 * the sixth round (read and tuned on, so its scores are tuning scores, not an estimate of quality on unseen
 * text), and asserts floors a little under the figures measured after the detection half of that round
 * (2026-11: micro-F1 0.980, hiring P 0.972 / R 1.00, funding P 1.00 / R 0.956, product launch F1 0.980,
 * expansion F1 0.962, leadership F1 1.00; company right 96.6% after both halves), so that a change that loses ground on it
 * fails here. Skipped when the set is not there. The sealed sets (holdout 2 and 4) have no such test.
 */
class Holdout6QualityTest {

    @Test
    void keepsTheTuningScoresOnHoldoutSet6() throws IOException {
        Report report = DevSetQualityTest.score(DevSetQualityTest.devSet().resolveSibling("holdout6-set.jsonl"));
        report.print(System.out, false);
        DevSetQualityTest.assertFloors(report, 0.96, 0.94, 0.94, 0.96); // company 98.0% after round 8 (floor raised from 0.94)
    }
}
