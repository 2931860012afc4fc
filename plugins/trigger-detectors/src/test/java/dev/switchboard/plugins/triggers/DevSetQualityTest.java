package dev.switchboard.plugins.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;
import dev.switchboard.sdk.testkit.eval.LabeledItem;
import dev.switchboard.sdk.testkit.eval.LabeledSet;
import dev.switchboard.sdk.testkit.eval.PredictedTrigger;
import dev.switchboard.sdk.testkit.eval.Report;
import dev.switchboard.sdk.testkit.eval.Targets;
import dev.switchboard.sdk.testkit.eval.TriggerEvaluation;
import org.junit.jupiter.api.Test;

/**
 * Scores all five detectors on the labeled development set {@code eval/triggers/dev-set.jsonl}
 * (found under the system property {@code repo.root}, which the build sets to the repository root)
 * and asserts the issue's targets ({@link Targets#ISSUE_DEFAULT}): hiring and funding precision ≥ 0.90
 * and recall ≥ 0.85, micro-F1 ≥ 0.85, company right on ≥ 90% of true detections, and floors a little
 * under the figures measured last (micro-F1 ≥ 0.98, hiring and funding precision and recall ≥ 0.97,
 * every type's F1 ≥ 0.94, company right ≥ 92.5%). Skipped when the set is not there.
 */
class DevSetQualityTest {

    static Path devSet() {
        return Path.of(System.getProperty("repo.root", "../..")).resolve("eval/triggers/dev-set.jsonl");
    }

    /** Runs all five detectors over a labeled set and scores them (skipped when the file is not there). */
    static Report score(Path file) throws IOException {
        assumeTrue(Files.isRegularFile(file), "no labeled set at " + file);
        List<LabeledItem> gold = LabeledSet.read(file);
        Map<String, List<PredictedTrigger>> predicted = new HashMap<>();
        for (LabeledItem item : gold) {
            Document document = new Document(item.id(), item.text(), item.lang(), item.kind(), null, null, Map.of());
            List<PredictedTrigger> triggers = new ArrayList<>();
            for (Detection detection : Detectors.detectAll(document)) {
                triggers.add(PredictedTrigger.of(detection, item.text()));
            }
            predicted.put(item.id(), triggers);
        }
        return TriggerEvaluation.score(gold, predicted);
    }

    @Test
    void meetsTheIssueTargetsOnTheDevelopmentSet() throws IOException {
        Report report = score(devSet());
        report.print(System.out, true);
        assertThat(report.unmetTargets(Targets.ISSUE_DEFAULT)).isEmpty();
        assertThat(report.companyAccuracy()).isGreaterThanOrEqualTo(0.90);
        // floors a little under the measured figures (2026-11: micro-F1 0.989, hiring and funding
        // P/R 1.00, product launch F1 0.96, expansion F1 0.97, leadership F1 1.00, company 93.2% with the dictionaries),
        // so that a change that loses ground on the development set fails here
        assertFloors(report, 0.98, 0.97, 0.94, 0.95); // company 96.1% after round 8
    }

    /**
     * Asserts floors on a report: micro-F1, hiring and funding precision and recall, every type's F1, and the
     * share of true detections with the right company.
     */
    static void assertFloors(Report report, double microF1, double hiringAndFunding, double typeF1, double company) {
        assertThat(report.micro().f1()).as("micro F1").isGreaterThanOrEqualTo(microF1);
        for (TriggerType type : List.of(TriggerType.HIRING, TriggerType.FUNDING)) {
            assertThat(report.of(type).precision()).as("%s precision", type).isGreaterThanOrEqualTo(hiringAndFunding);
            assertThat(report.of(type).recall()).as("%s recall", type).isGreaterThanOrEqualTo(hiringAndFunding);
        }
        for (TriggerType type : TriggerType.values()) {
            assertThat(report.of(type).f1()).as("%s F1", type).isGreaterThanOrEqualTo(typeF1);
        }
        assertThat(report.companyAccuracy()).as("company right").isGreaterThanOrEqualTo(company);
    }
}
