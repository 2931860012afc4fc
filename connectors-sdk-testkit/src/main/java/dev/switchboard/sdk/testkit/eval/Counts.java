package dev.switchboard.sdk.testkit.eval;

/**
 * True positives, false positives and false negatives of one slice of an evaluation, and the
 * ratios made of them. A ratio whose denominator is 0 is {@link Double#NaN} (precision when nothing
 * was predicted, recall when nothing was to be found), printed as {@code -}.
 *
 * @param tp (item, type) pairs labeled and predicted
 * @param fp pairs predicted but not labeled
 * @param fn pairs labeled but not predicted
 */
public record Counts(int tp, int fp, int fn) {

    /** No pairs. */
    public static final Counts ZERO = new Counts(0, 0, 0);

    /** {@code tp / (tp + fp)}. */
    public double precision() {
        return ratio(tp, tp + fp);
    }

    /** {@code tp / (tp + fn)}. */
    public double recall() {
        return ratio(tp, tp + fn);
    }

    /** The harmonic mean of precision and recall, {@code 2tp / (2tp + fp + fn)}. */
    public double f1() {
        return ratio(2 * tp, 2 * tp + fp + fn);
    }

    /** The sum of both. */
    public Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
