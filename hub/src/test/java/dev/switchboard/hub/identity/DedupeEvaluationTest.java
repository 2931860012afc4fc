package dev.switchboard.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The measured quality of batch dedupe on the labeled set; prints the figures. The floors are
 * below the measured figures by a margin, so that a rule change that costs quality fails here.
 */
class DedupeEvaluationTest {

    @Test
    void pairwiseQualityOnTheLabeledSet() throws Exception {
        DedupeScore.Report figures = DedupeEvaluation.evaluate();
        System.out.println("identity dedupe on labeled-people.csv: " + figures.summary());
        assertThat(figures.records()).isGreaterThanOrEqualTo(500);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(figures.f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void pairwiseQualityOnTheHandWrittenHoldoutSet() throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of("..", "eval", "identity", "holdout-people.csv");
        DedupeScore.Report figures = DedupeEvaluation.evaluate(file);
        System.out.println("identity dedupe on eval/identity/holdout-people.csv: " + figures.summary());
        assertThat(figures.records()).isGreaterThanOrEqualTo(500);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(figures.f1()).isGreaterThanOrEqualTo(0.95);
    }

    /** The second hand-written set, used for the error analysis of 2026-11-22 (a tuning set since). */
    @Test
    void pairwiseQualityOnTheSecondHandWrittenSet() throws Exception {
        assertFloors("holdout2", 500, 0.96, 0.96);
    }

    /** The fourth hand-written set, used for the second error analysis of 2026-11-22 (a tuning set since). */
    @Test
    void pairwiseQualityOnTheFourthHandWrittenSet() throws Exception {
        assertFloors("holdout4", 500, 0.96, 0.96);
    }

    /** The fifth hand-written set, used for the third error analysis of 2026-11-22 (a tuning set since). */
    @Test
    void pairwiseQualityOnTheFifthHandWrittenSet() throws Exception {
        assertFloors("holdout5", 380, 0.97, 0.97);
    }

    /** The sixth hand-written set, used for the fourth error analysis of 2026-11-22 (a tuning set since). */
    @Test
    void pairwiseQualityOnTheSixthHandWrittenSet() throws Exception {
        assertFloors("holdout6", 470, 0.99, 0.99);
    }

    /** The seventh hand-written set, used for the fifth error analysis of 2026-11-22 (a tuning set since). */
    @Test
    void pairwiseQualityOnTheSeventhHandWrittenSet() throws Exception {
        assertFloors("holdout7", 440, 0.97, 0.98);
    }

    private static void assertFloors(String set, int records, double precision, double f1) throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of("..", "eval", "identity", set, "people.csv");
        DedupeScore.Report figures = DedupeEvaluation.evaluate(file);
        System.out.println("identity dedupe on eval/identity/" + set + "/people.csv: " + figures.summary());
        assertThat(figures.records()).isGreaterThanOrEqualTo(records);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(precision);
        assertThat(figures.f1()).isGreaterThanOrEqualTo(f1);
    }
}
