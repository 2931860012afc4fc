package dev.switchboard.sdk.testkit.eval;

import java.util.List;

/**
 * The second labeled holdout set {@code eval/triggers/holdout2-set.jsonl} (ids {@code h2-<lang>-NNN},
 * 50 items per language, at least two with two triggers in each) keeps the
 * {@link HoldoutSetFormatContract}. It is never read, only scored.
 */
class Holdout2SetFormatTest extends HoldoutSetFormatContract {

    @Override
    String name() {
        return "holdout2";
    }

    @Override
    String idPrefix() {
        return "h2";
    }

    @Override
    int itemsPerLanguage() {
        return 50;
    }

    @Override
    int minItemsWithTwoTriggers() {
        return 2;
    }

    @Override
    List<String> earlierSets() {
        return List.of("dev-set.jsonl", "holdout-set.jsonl");
    }
}
