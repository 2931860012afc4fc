package dev.switchboard.sdk.testkit.eval;

/**
 * The seventh labeled holdout set {@code eval/triggers/holdout7-set.jsonl} (ids {@code h7-<lang>-NNN},
 * 30 items per language, at least one with two triggers in each) keeps the
 * {@link HoldoutSetFormatContract}. Like the third, fifth and sixth, it is meant to be read and tuned
 * on; it is focused on funding: funding false alarms and misses. Holdout 2 and holdout 4 stay sealed.
 */
class Holdout7SetFormatTest extends HoldoutSetFormatContract {

    Holdout7SetFormatTest() {
        super("holdout7", "h7", 30, 1, "dev-set.jsonl", "holdout-set.jsonl", "holdout2-set.jsonl", "holdout3-set.jsonl",
            "holdout4-set.jsonl", "holdout5-set.jsonl", "holdout6-set.jsonl");
    }
}
