package dev.switchboard.sdk.testkit.eval;

/**
 * The sixth labeled holdout set {@code eval/triggers/holdout6-set.jsonl} (ids {@code h6-<lang>-NNN},
 * 50 items per language, at least three with two triggers in each) keeps the
 * {@link HoldoutSetFormatContract}. Like the third and fifth, it is meant to be read and tuned on;
 * its emphasis is funding, both ways. Holdout 2 and holdout 4 stay sealed.
 */
class Holdout6SetFormatTest extends HoldoutSetFormatContract {

    Holdout6SetFormatTest() {
        super("holdout6", "h6", 50, 3, "dev-set.jsonl", "holdout-set.jsonl", "holdout2-set.jsonl", "holdout3-set.jsonl",
            "holdout4-set.jsonl", "holdout5-set.jsonl");
    }
}
