package dev.switchboard.sdk.testkit.eval;

/**
 * The third labeled holdout set {@code eval/triggers/holdout3-set.jsonl} (ids {@code h3-<lang>-NNN},
 * 60 items per language, at least three with two triggers in each) keeps the
 * {@link HoldoutSetFormatContract}. Unlike the second and fourth, it is meant to be read and tuned on.
 */
class Holdout3SetFormatTest extends HoldoutSetFormatContract {

    Holdout3SetFormatTest() {
        super("holdout3", "h3", 60, 3, "dev-set.jsonl", "holdout-set.jsonl", "holdout2-set.jsonl");
    }
}
