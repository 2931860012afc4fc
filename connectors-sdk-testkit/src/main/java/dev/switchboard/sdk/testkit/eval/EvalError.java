package dev.switchboard.sdk.testkit.eval;

import dev.switchboard.sdk.detector.TriggerType;

/**
 * One mistake of a detector on one item, for the error list of a {@link Report}.
 *
 * @param kind             what went wrong
 * @param itemId           the item's id
 * @param lang             the item's language
 * @param type             the trigger type
 * @param predictedCompany the companies the detector named for the type, joined with {@code " / "};
 *                         {@code null} when it predicted none
 * @param goldCompany      the labeled company of the type (for a false positive: the item's main
 *                         company), joined with {@code " / "}; {@code null} when none
 * @param textStart        the first 120 characters of the text, line breaks as spaces
 */
public record EvalError(Kind kind, String itemId, String lang, TriggerType type, String predictedCompany,
                        String goldCompany, String textStart) {

    /** What went wrong. */
    public enum Kind {
        /** The type was predicted but not labeled. */
        FALSE_POSITIVE("FP"),
        /** The type was labeled but not predicted. */
        FALSE_NEGATIVE("FN"),
        /** The type was right, the company was not. */
        WRONG_COMPANY("CO");

        private final String tag;

        Kind(String tag) {
            this.tag = tag;
        }

        /** {@code FP}, {@code FN} or {@code CO}, as the error list prints it. */
        public String tag() {
            return tag;
        }
    }
}
