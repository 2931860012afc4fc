package dev.switchboard.sdk.testkit.eval;

/**
 * The fourth labeled holdout set {@code eval/triggers/holdout4-set.jsonl} (ids {@code h4-<lang>-NNN},
 * 50 items per language, at least three with two triggers in each) keeps the
 * {@link HoldoutSetFormatContract}. It is sealed: never read, only scored. It is also checked against
 * the third set, written at the same time by another author.
 */
class Holdout4SetFormatTest extends HoldoutSetFormatContract {

    Holdout4SetFormatTest() {
        super("holdout4", "h4", 50, 3, "dev-set.jsonl", "holdout-set.jsonl", "holdout2-set.jsonl", "holdout3-set.jsonl");
    }
}
