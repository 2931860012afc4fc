package dev.switchboard.sdk.testkit.eval;

import java.util.List;

/**
 * The third labeled holdout set {@code eval/triggers/holdout3-set.jsonl} (ids {@code h3-<lang>-NNN},
 * 60 items per language, at least three with two triggers in each) keeps the
 * {@link HoldoutSetFormatContract}. Unlike the second and fourth, it is meant to be read and tuned on.
 */
class Holdout3SetFormatTest extends HoldoutSetFormatContract {

    @Override
    String name() {
        return "holdout3";
    }

    @Override
    String idPrefix() {
        return "h3";
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
        return List.of("dev-set.jsonl", "holdout-set.jsonl", "holdout2-set.jsonl");
    }
}
