package dev.switchboard.sdk.testkit.eval;

import static dev.switchboard.sdk.detector.TriggerType.EXPANSION;
import static dev.switchboard.sdk.detector.TriggerType.FUNDING;
import static dev.switchboard.sdk.detector.TriggerType.HIRING;
import static dev.switchboard.sdk.detector.TriggerType.LEADERSHIP_CHANGE;
import static dev.switchboard.sdk.detector.TriggerType.PRODUCT_LAUNCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.detector.TriggerType;
import org.junit.jupiter.api.Test;

class TriggerEvaluationTest {

    private static final double EPS = 1e-9;

    /*
     * Six items, hand-counted per (item, type) pair:
     *   a1 en headline  labeled hiring(Acme), funding(Acme)   predicted hiring(Acme Inc.), product_launch  -> TP hiring (company right), FN funding, FP product_launch
     *   a2 cs news      labeled funding(Polskie Kruszywa)     predicted funding(„Polskich Kruszyw“)        -> TP (company right through inflection)
     *   a3 cs social    negative layoff                      predicted hiring                             -> FP, a false alarm on a layoff
     *   a4 en news      labeled expansion(Globex)            no prediction line                           -> FN
     *   a5 pl job-ad    labeled hiring(Comarch)              predicted hiring(Orlen)                      -> TP, company wrong
     *   a6 ru blog      labeled leadership_change (no company) predicted leadership_change, funding     -> TP (company not checked), FP funding
     * TP 4, FP 3, FN 2.
     */
    private static final List<LabeledItem> GOLD = List.of(
            item("a1", "en", "headline", "Acme", null, trigger(HIRING, "Acme"), trigger(FUNDING, "Acme")),
            item("a2", "cs", "news", "Polskie Kruszywa", null, trigger(FUNDING, "Polskie Kruszywa")),
            item("a3", "cs", "social", "Kofola", "layoff"),
            item("a4", "en", "news", "Globex", null, trigger(EXPANSION, "Globex")),
            item("a5", "pl", "job-ad", "Comarch", null, trigger(HIRING, "Comarch")),
            item("a6", "ru", "blog", null, null, trigger(LEADERSHIP_CHANGE, null)));

    private static final Map<String, List<PredictedTrigger>> PREDICTED = Map.of(
            "a1", List.of(predicted(HIRING, "Acme Inc."), predicted(PRODUCT_LAUNCH, "Acme")),
            "a2", List.of(predicted(FUNDING, "„Polskich Kruszyw“")),
            "a3", List.of(predicted(HIRING, "Kofola")),
            "a5", List.of(predicted(HIRING, "Orlen")),
            "a6", List.of(predicted(LEADERSHIP_CHANGE, "Газпром"), predicted(FUNDING, null)),
            "zz", List.of(predicted(HIRING, "Nobody")));

    private final Report report = TriggerEvaluation.score(GOLD, PREDICTED);

    @Test
    void microCountsEveryItemTypePair() {
        assertEquals(new Counts(4, 3, 2), report.micro());
        assertEquals(4.0 / 7, report.micro().precision(), EPS);
        assertEquals(4.0 / 6, report.micro().recall(), EPS);
        assertEquals(8.0 / 13, report.micro().f1(), EPS);
        assertEquals(6, report.items());
        assertEquals(1, report.negativeItems());
    }

    @Test
    void perTypeCounts() {
        assertEquals(new Counts(2, 1, 0), report.of(HIRING));
        assertEquals(2.0 / 3, report.of(HIRING).precision(), EPS);
        assertEquals(1.0, report.of(HIRING).recall(), EPS);
        assertEquals(0.8, report.of(HIRING).f1(), EPS);
        assertEquals(new Counts(1, 1, 1), report.of(FUNDING));
        assertEquals(0.5, report.of(FUNDING).f1(), EPS);
        assertEquals(new Counts(0, 1, 0), report.of(PRODUCT_LAUNCH));
        assertEquals(0.0, report.of(PRODUCT_LAUNCH).precision(), EPS);
        assertTrue(Double.isNaN(report.of(PRODUCT_LAUNCH).recall()), "nothing to find: recall undefined");
        assertEquals(new Counts(0, 0, 1), report.of(EXPANSION));
        assertTrue(Double.isNaN(report.of(EXPANSION).precision()), "nothing predicted: precision undefined");
        assertEquals(0.0, report.of(EXPANSION).f1(), EPS);
        assertEquals(new Counts(1, 0, 0), report.of(LEADERSHIP_CHANGE));
        assertEquals(List.of(TriggerType.values()), List.copyOf(report.byType().keySet()));
    }

    @Test
    void perLanguageKindAndTypeByLanguage() {
        assertEquals(Map.of("cs", new Counts(1, 1, 0), "en", new Counts(1, 1, 2), "pl", new Counts(1, 0, 0),
                "ru", new Counts(1, 1, 0)), report.byLanguage());
        assertEquals(List.of("cs", "en", "pl", "ru"), List.copyOf(report.byLanguage().keySet()));
        assertEquals(Map.of("headline", new Counts(1, 1, 1), "news", new Counts(1, 0, 1), "social", new Counts(0, 1, 0),
                "job-ad", new Counts(1, 0, 0), "blog", new Counts(1, 1, 0)), report.byKind());
        assertEquals(Map.of("en", new Counts(1, 0, 0), "cs", new Counts(0, 1, 0), "pl", new Counts(1, 0, 0)),
                report.byTypeAndLanguage().get(HIRING));
        assertEquals(Map.of("en", new Counts(0, 0, 1), "cs", new Counts(1, 0, 0), "ru", new Counts(0, 1, 0)),
                report.byTypeAndLanguage().get(FUNDING));
    }

    @Test
    void companyIsCheckedOnTruePositivesWithALabeledCompany() {
        assertEquals(3, report.companyChecked(), "a1 hiring, a2 funding, a5 hiring; a6 has no labeled company");
        assertEquals(2, report.companyRight(), "Acme Inc. = Acme, „Polskich Kruszyw“ = Polskie Kruszywa, Orlen != Comarch");
        assertEquals(2.0 / 3, report.companyAccuracy(), EPS);
    }

    @Test
    void errorsListEveryMistakeInItemOrder() {
        List<String> errors = report.errors().stream()
                .map(e -> e.kind().tag() + " " + e.itemId() + " " + e.type().code() + " " + e.predictedCompany()
                        + " " + e.goldCompany())
                .toList();
        assertEquals(List.of(
                "FN a1 funding null Acme",
                "FP a1 product_launch Acme Acme",
                "FP a3 hiring Kofola Kofola",
                "FN a4 expansion null Globex",
                "CO a5 hiring Orlen Comarch",
                "FP a6 funding null null"), errors);
        assertEquals("text of a1", report.errors().get(0).textStart());
    }

    @Test
    void hardNegativesAndUnknownIds() {
        assertEquals(Map.of("layoff", new Report.NegativeResult(1, 1)), report.byNegative());
        assertEquals(List.of("zz"), report.unknownPredictionIds());
    }

    @Test
    void unmetTargetsAreSentencesWithTheNumbers() {
        assertEquals(List.of(
                "hiring precision 0.667 is below 0.90 (TP 2, FP 1)",
                "funding precision 0.500 is below 0.90 (TP 1, FP 1)",
                "funding recall 0.500 is below 0.85 (TP 1, FN 1)",
                "micro F1 0.615 is below 0.85 (TP 4, FP 3, FN 2)",
                "company right on 66.7% of true detections (2 of 3), target 90.0%"),
                report.unmetTargets(Targets.ISSUE_DEFAULT));
    }

    @Test
    void perfectPredictionsMeetTheTargets() {
        List<LabeledItem> gold = List.of(
                item("h", "de", "news", "Bosch", null, trigger(HIRING, "Bosch")),
                item("f", "de", "news", "Deutsche Bahn", null, trigger(FUNDING, "Deutsche Bahn")),
                item("n", "de", "news", null, "other"));
        Report perfect = TriggerEvaluation.score(gold, Map.of(
                "h", List.of(predicted(HIRING, "Boschs")),
                "f", List.of(predicted(FUNDING, "der Deutschen Bahn")),
                "n", List.of()));
        assertEquals(new Counts(2, 0, 0), perfect.micro());
        assertEquals(List.of(), perfect.unmetTargets(Targets.ISSUE_DEFAULT));
    }

    @Test
    void noPredictionsAtAllLeaveUndefinedTargetsUnmet() {
        Report empty = TriggerEvaluation.score(List.of(item("h", "en", "news", "Acme", null, trigger(HIRING, "Acme"))),
                Map.of());
        assertEquals(new Counts(0, 0, 1), empty.micro());
        List<String> unmet = empty.unmetTargets(Targets.ISSUE_DEFAULT);
        assertTrue(unmet.contains("hiring precision is undefined (TP 0, FP 0), target 0.90"), unmet.toString());
        assertTrue(unmet.contains("hiring recall 0.000 is below 0.85 (TP 0, FN 1)"), unmet.toString());
        assertTrue(unmet.contains("funding recall is undefined (TP 0, FN 0), target 0.85"), unmet.toString());
        assertTrue(unmet.contains("company right on - of true detections (0 of 0), target 90.0%"), unmet.toString());
    }

    @Test
    void everyLabeledCompanyOfATypeMustBeNamed() {
        LabeledItem two = item("t", "pl", "news", "Orlen", null, trigger(FUNDING, "Orlen"), trigger(FUNDING, "Polskie Kruszywa"));
        Report oneNamed = TriggerEvaluation.score(List.of(two), Map.of("t", List.of(predicted(FUNDING, "Orlenu"))));
        assertEquals(new Counts(1, 0, 0), oneNamed.micro());
        assertEquals(0, oneNamed.companyRight());
        Report bothNamed = TriggerEvaluation.score(List.of(two), Map.of("t", List.of(
                predicted(FUNDING, "Orlenu"), predicted(FUNDING, "Polskich Kruszyw"), predicted(FUNDING, null))));
        assertEquals(1, bothNamed.companyRight());
        assertEquals(1.0, bothNamed.companyAccuracy(), EPS);
    }

    @Test
    void twoPredictionsOfOneTypeAreOnePair() {
        Report report = TriggerEvaluation.score(List.of(item("x", "en", "news", "Acme", null)),
                Map.of("x", List.of(predicted(HIRING, "Acme"), predicted(HIRING, "Acme"))));
        assertEquals(new Counts(0, 1, 0), report.micro());
    }

    @Test
    void printShowsTablesAndErrors() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(printed.split("\n"));
        assertTrue(lines.contains("hiring                0.667  1.000  0.800      2      1      0"), printed);
        assertTrue(lines.contains("micro                 0.571  0.667  0.615      4      3      2"), printed);
        assertTrue(lines.contains("expansion                 -  0.000  0.000      0      0      1"), printed);
        assertTrue(lines.contains("en                    0.500  0.333  0.400      1      1      2"), printed);
        assertTrue(printed.contains("company right: 66.7% of true detections with a labeled company (2 of 3)"), printed);
        assertTrue(printed.contains("CO a5         hiring            predicted: Orlen"), printed);
        assertTrue(printed.contains("ignored 1 prediction ids not in the set, e.g. zz"), printed);

        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        report.print(new PrintStream(quiet, true, StandardCharsets.UTF_8), false);
        assertTrue(!quiet.toString(StandardCharsets.UTF_8).contains("errors ("), "no error list unless asked");
    }

    @Test
    void textStartIsCutAt120CodePoints() {
        String longText = "🚀 " + "x".repeat(200);
        Report report = TriggerEvaluation.score(List.of(new LabeledItem("l", "en", "social", longText, null,
                List.of(trigger(HIRING, null)), null, null)), Map.of());
        String start = report.errors().get(0).textStart();
        assertEquals(120, start.codePointCount(0, start.length()));
        assertTrue(start.startsWith("🚀 x"));
    }

    private static LabeledItem item(String id, String lang, String kind, String company, String negative,
                                    LabeledTrigger... triggers) {
        return new LabeledItem(id, lang, kind, "text of " + id, company, List.of(triggers), negative, null);
    }

    private static LabeledTrigger trigger(TriggerType type, String company) {
        return new LabeledTrigger(type, company);
    }

    private static PredictedTrigger predicted(TriggerType type, String company) {
        return new PredictedTrigger(type, 0.9, company, null);
    }
}
