package dev.switchboard.sdk.testkit.eval;

import java.util.List;

/**
 * The fourth labeled holdout set {@code eval/triggers/holdout4-set.jsonl} (ids {@code h4-<lang>-NNN},
 * 50 items per language, at least three with two triggers in each) keeps the
 * {@link HoldoutSetFormatContract}. It is sealed: never read, only scored. It is also checked against
 * the third set, written at the same time by another author.
 */
class Holdout4SetFormatTest extends HoldoutSetFormatContract {

    @Override
    String name() {
        return "holdout4";
    }

    @Override
    String idPrefix() {
        return "h4";
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
        return List.of("dev-set.jsonl", "holdout-set.jsonl", "holdout2-set.jsonl", "holdout3-set.jsonl");
    }
}
