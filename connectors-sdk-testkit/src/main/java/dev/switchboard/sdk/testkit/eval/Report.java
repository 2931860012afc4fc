package dev.switchboard.sdk.testkit.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.switchboard.sdk.detector.TriggerType;

/**
 * The scores of one evaluation, made by {@link TriggerEvaluation#score}. Every count is of
 * (item, trigger type) pairs; see {@link TriggerEvaluation} for the rules.
 *
 * @param items                 items scored
 * @param negativeItems         items labeled without any trigger
 * @param micro                 all types together
 * @param byType                every trigger type, in {@link TriggerType} order
 * @param byLanguage            by the items' language, sorted
 * @param byTypeAndLanguage     by type, then language
 * @param byKind                by the items' kind ({@code headline}, {@code job-ad}, ...), sorted
 * @param byNegative            by negative tag ({@code layoff}, ...): how many such items had a false alarm
 * @param companyChecked        true (item, type) pairs whose label names a company
 * @param companyRight          of those, the pairs where the detector named the same company
 * @param errors                every false positive, false negative and wrong company, in item order
 * @param unknownPredictionIds  prediction ids that are not in the labeled set (ignored in the scores)
 */
public record Report(int items, int negativeItems, Counts micro, Map<TriggerType, Counts> byType,
                     Map<String, Counts> byLanguage, Map<TriggerType, Map<String, Counts>> byTypeAndLanguage,
                     Map<String, Counts> byKind, Map<String, NegativeResult> byNegative, int companyChecked,
                     int companyRight, List<EvalError> errors, List<String> unknownPredictionIds) {

    /**
     * How a class of hard negatives fared.
     *
     * @param items       items with this tag
     * @param falseAlarms of those, items for which any trigger was predicted
     */
    public record NegativeResult(int items, int falseAlarms) {
    }

    public Report {
        errors = List.copyOf(errors);
        unknownPredictionIds = List.copyOf(unknownPredictionIds);
    }

    /** Counts of one type; zero counts for a type no item has. */
    public Counts of(TriggerType type) {
        return byType.getOrDefault(type, Counts.ZERO);
    }

    /** The share of true detections with the right company; {@link Double#NaN} when none was checked. */
    public double companyAccuracy() {
        return companyChecked == 0 ? Double.NaN : (double) companyRight / companyChecked;
    }

    /** Prints the tables, and the error list if {@code withErrors}. */
    public void print(PrintStream out, boolean withErrors) {
        new ReportPrinter(this, out).print(withErrors);
    }

    /** Each target this report misses, as a sentence with the numbers; empty when all are met. */
    public List<String> unmetTargets(Targets targets) {
        List<String> unmet = new ArrayList<>();
        for (TriggerType type : TriggerType.values()) {
            Targets.TypeTarget target = targets.perType().get(type);
            if (target == null) {
                continue;
            }
            Counts counts = of(type);
            below(unmet, type.code() + " precision", counts.precision(), target.minPrecision(),
                    "TP " + counts.tp() + ", FP " + counts.fp());
            below(unmet, type.code() + " recall", counts.recall(), target.minRecall(),
                    "TP " + counts.tp() + ", FN " + counts.fn());
        }
        below(unmet, "micro F1", micro.f1(), targets.minMicroF1(),
                "TP " + micro.tp() + ", FP " + micro.fp() + ", FN " + micro.fn());
        double accuracy = companyAccuracy();
        if (Double.isNaN(accuracy) || accuracy < targets.minCompanyAccuracy()) {
            unmet.add(String.format(Locale.ROOT, "company right on %s of true detections (%d of %d), target %s",
                    percent(accuracy), companyRight, companyChecked, percent(targets.minCompanyAccuracy())));
        }
        return unmet;
    }

    private static void below(List<String> unmet, String what, double value, double target, String counts) {
        if (Double.isNaN(value)) {
            unmet.add(String.format(Locale.ROOT, "%s is undefined (%s), target %.2f", what, counts, target));
        } else if (value < target) {
            unmet.add(String.format(Locale.ROOT, "%s %.3f is below %.2f (%s)", what, value, target, counts));
        }
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
