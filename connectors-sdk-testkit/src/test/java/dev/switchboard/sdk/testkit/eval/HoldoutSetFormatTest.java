package dev.switchboard.sdk.testkit.eval;

import java.util.List;

/**
 * The first labeled holdout set {@code eval/triggers/holdout-set.jsonl} (ids {@code h-<lang>-NNN}, 50
 * items per language, at least three with two triggers in each) keeps the {@link HoldoutSetFormatContract}. It has been used for error
 * analysis since; see its README section.
 */
class HoldoutSetFormatTest extends HoldoutSetFormatContract {

    @Override
    String name() {
        return "holdout";
    }

    @Override
    String idPrefix() {
        return "h";
    }

    @Override
    int itemsPerLanguage() {
        return 50;
    }

    @Override
    int minItemsWithTwoTriggers() {
        return 3;
    }

    @Override
    List<String> earlierSets() {
        return List.of("dev-set.jsonl");
    }
}
