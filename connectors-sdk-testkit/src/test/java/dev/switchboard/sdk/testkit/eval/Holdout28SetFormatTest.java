package dev.switchboard.sdk.testkit.eval;

/**
 * The twenty-eighth labeled holdout set {@code eval/triggers/holdout28-set.jsonl} (ids {@code h28-<lang>-NNN},
 * 40 items per language, at least one with two triggers in each) keeps the
 * {@link HoldoutSetFormatContract}. Unlike holdout sets 8 to 11 it is not focused on company mentions:
 * its authors were asked for the variety a monitoring feed carries, above all in how a trigger is
 * said. It was written in session 15 (2026-11-23) by three new authors and first scored, before anyone read it,
 * with round 26 (main 204a6e4). Holdout 2 and holdout 4 stay sealed.
 */
class Holdout28SetFormatTest extends HoldoutSetFormatContract {

    Holdout28SetFormatTest() {
        super("holdout28", "h28", 40, 1, "dev-set.jsonl", "holdout-set.jsonl", "holdout2-set.jsonl", "holdout3-set.jsonl",
            "holdout4-set.jsonl", "holdout5-set.jsonl", "holdout6-set.jsonl", "holdout7-set.jsonl", "holdout8-set.jsonl", "holdout9-set.jsonl", "holdout10-set.jsonl", "holdout11-set.jsonl", "holdout12-set.jsonl", "holdout13-set.jsonl", "holdout14-set.jsonl", "holdout15-set.jsonl", "holdout16-set.jsonl", "holdout17-set.jsonl", "holdout18-set.jsonl", "holdout19-set.jsonl", "holdout20-set.jsonl", "holdout21-set.jsonl", "holdout22-set.jsonl", "holdout23-set.jsonl", "holdout24-set.jsonl", "holdout25-set.jsonl", "holdout26-set.jsonl", "holdout27-set.jsonl");
    }
}
