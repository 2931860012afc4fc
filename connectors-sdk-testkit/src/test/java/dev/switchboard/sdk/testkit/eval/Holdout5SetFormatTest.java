package dev.switchboard.sdk.testkit.eval;

/**
 * The fifth labeled holdout set {@code eval/triggers/holdout5-set.jsonl} (ids {@code h5-<lang>-NNN},
 * 60 items per language, at least three with two triggers in each) keeps the
 * {@link HoldoutSetFormatContract}. Like the third, it is meant to be read and tuned on; holdout 2
 * and holdout 4 stay sealed.
 */
class Holdout5SetFormatTest extends HoldoutSetFormatContract {

    Holdout5SetFormatTest() {
        super("holdout5", "h5", 60, 3, "dev-set.jsonl", "holdout-set.jsonl", "holdout2-set.jsonl", "holdout3-set.jsonl",
            "holdout4-set.jsonl");
    }
}
