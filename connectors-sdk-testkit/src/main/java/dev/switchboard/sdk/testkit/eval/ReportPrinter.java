package dev.switchboard.sdk.testkit.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import dev.switchboard.sdk.detector.TriggerType;

/** Prints a {@link Report} as fixed-width tables, for a terminal or a log. */
final class ReportPrinter {

    private static final String ROW = "%-20s %6s %6s %6s %6d %6d %6d%n";
    private static final String HEADER = "%-20s %6s %6s %6s %6s %6s %6s%n";

    private final Report report;
    private final PrintStream out;

    ReportPrinter(Report report, PrintStream out) {
        this.report = report;
        this.out = out;
    }

    void print(boolean withErrors) {
        out.printf(Locale.ROOT, "Trigger evaluation: %d items, %d without triggers%n", report.items(),
                report.negativeItems());
        if (!report.unknownPredictionIds().isEmpty()) {
            out.printf(Locale.ROOT, "ignored %d prediction ids not in the set, e.g. %s%n",
                    report.unknownPredictionIds().size(), report.unknownPredictionIds().get(0));
        }
        out.println();
        header("type");
        report.byType().forEach((type, counts) -> row(type.code(), counts));
        row("micro", report.micro());
        out.println();
        table("language", report.byLanguage());
        table("kind", report.byKind());
        typeByLanguage();
        out.printf(Locale.ROOT, "company right: %s of true detections with a labeled company (%d of %d)%n%n",
                Report.percent(report.companyAccuracy()), report.companyRight(), report.companyChecked());
        negatives();
        if (withErrors) {
            errors();
        }
    }

    private void table(String title, Map<String, Counts> rows) {
        header(title);
        rows.forEach(this::row);
        out.println();
    }

    private void header(String title) {
        out.printf(Locale.ROOT, HEADER, title, "P", "R", "F1", "TP", "FP", "FN");
    }

    private void row(String name, Counts counts) {
        out.printf(Locale.ROOT, ROW, name, ratio(counts.precision()), ratio(counts.recall()), ratio(counts.f1()),
                counts.tp(), counts.fp(), counts.fn());
    }

    private void typeByLanguage() {
        TreeSet<String> languages = new TreeSet<>(report.byLanguage().keySet());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-20s", "F1 type x language"));
        languages.forEach(lang -> header.append(String.format(Locale.ROOT, " %6s", lang)));
        out.println(header);
        for (TriggerType type : TriggerType.values()) {
            Map<String, Counts> byLanguage = report.byTypeAndLanguage().getOrDefault(type, Map.of());
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-20s", type.code()));
            languages.forEach(lang -> line.append(String.format(Locale.ROOT, " %6s",
                    ratio(byLanguage.getOrDefault(lang, Counts.ZERO).f1()))));
            out.println(line);
        }
        out.println();
    }

    private void negatives() {
        if (report.byNegative().isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%-20s %6s %12s%n", "hard negatives", "items", "false alarms");
        report.byNegative().forEach((tag, result) ->
                out.printf(Locale.ROOT, "%-20s %6d %12d%n", tag, result.items(), result.falseAlarms()));
        out.println();
    }

    private void errors() {
        out.printf(Locale.ROOT, "errors (%d): FP predicted, not labeled; FN labeled, not predicted; CO wrong company%n",
                report.errors().size());
        for (EvalError error : report.errors()) {
            out.printf(Locale.ROOT, "%s %-10s %-17s predicted: %-24s gold: %-24s | %s%n", error.kind().tag(),
                    error.itemId(), error.type().code(), orDash(error.predictedCompany()),
                    orDash(error.goldCompany()), error.textStart());
        }
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
