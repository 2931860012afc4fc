package dev.switchboard.sdk.testkit.eval;

/**
 * The second labeled holdout set {@code eval/triggers/holdout2-set.jsonl} (ids {@code h2-<lang>-NNN},
 * 50 items per language, at least two with two triggers in each) keeps the
 * {@link HoldoutSetFormatContract}. It is never read, only scored.
 */
class Holdout2SetFormatTest extends HoldoutSetFormatContract {

    Holdout2SetFormatTest() {
        super("holdout2", "h2", 50, 2, "dev-set.jsonl", "holdout-set.jsonl");
    }
}
