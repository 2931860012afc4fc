package dev.switchboard.sdk.testkit.eval;

/**
 * The eleventh labeled holdout set {@code eval/triggers/holdout11-set.jsonl} (ids {@code h11-<lang>-NNN},
 * 40 items per language, at least one with two triggers in each) keeps the
 * {@link HoldoutSetFormatContract}. Like the third and fifth to tenth, it is meant to be read and
 * tuned on; it is focused on company mentions: which company a trigger is about, and how the text
 * names it. Holdout 2 and holdout 4 stay sealed.
 */
class Holdout11SetFormatTest extends HoldoutSetFormatContract {

    Holdout11SetFormatTest() {
        super("holdout11", "h11", 40, 1, "dev-set.jsonl", "holdout-set.jsonl", "holdout2-set.jsonl", "holdout3-set.jsonl",
            "holdout4-set.jsonl", "holdout5-set.jsonl", "holdout6-set.jsonl", "holdout7-set.jsonl", "holdout8-set.jsonl", "holdout9-set.jsonl", "holdout10-set.jsonl");
    }
}
