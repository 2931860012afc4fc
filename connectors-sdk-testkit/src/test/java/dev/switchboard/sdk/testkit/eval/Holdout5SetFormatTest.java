package dev.switchboard.sdk.testkit.eval;

import java.util.List;

/**
 * The fifth labeled holdout set {@code eval/triggers/holdout5-set.jsonl} (ids {@code h5-<lang>-NNN},
 * 60 items per language, at least three with two triggers in each) keeps the
 * {@link HoldoutSetFormatContract}. Like the third, it is meant to be read and tuned on; holdout 2
 * and holdout 4 stay sealed.
 */
class Holdout5SetFormatTest extends HoldoutSetFormatContract {

    @Override
    String name() {
        return "holdout5";
    }

    @Override
    String idPrefix() {
        return "h5";
    }

    @Override
    int itemsPerLanguage() {
        return 60;
    }

    @Override
    int minItemsWithTwoTriggers() {
        return 3;
    }

    @Override
    List<String> earlierSets() {
        return List.of("dev-set.jsonl", "holdout-set.jsonl", "holdout2-set.jsonl", "holdout3-set.jsonl",
                "holdout4-set.jsonl");
    }
}
