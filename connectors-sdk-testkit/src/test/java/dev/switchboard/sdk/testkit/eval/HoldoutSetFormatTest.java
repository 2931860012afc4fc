package dev.switchboard.sdk.testkit.eval;

/**
 * The first labeled holdout set {@code eval/triggers/holdout-set.jsonl} (ids {@code h-<lang>-NNN}, 50
 * items per language, at least three with two triggers in each) keeps the {@link HoldoutSetFormatContract}. It has been used for error
 * analysis since; see its README section.
 */
class HoldoutSetFormatTest extends HoldoutSetFormatContract {

    HoldoutSetFormatTest() {
        super("holdout", "h", 50, 3, "dev-set.jsonl");
    }
}
