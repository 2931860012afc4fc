package dev.switchboard.sdk.testkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * What a holdout set promises on top of the {@link LabeledSetFormatContract}: ids
 * {@code <prefix>-<lang>-NNN}, its README tables in the {@code <name>-counts} block, a fixed number of
 * items per language, items with two triggers in every language, and no text copied or lightly
 * reworded from a set written before it (no pair shares more than
 * {@value LabeledSetFormatContract#MAX_SHARED_WORDS} of the words either uses), so that its scores
 * say how the detectors do on text they were not tuned on. The sets are compared by program, so
 * writing a new set never needs reading the others.
 */
abstract class HoldoutSetFormatContract extends LabeledSetFormatContract {

    private final String name;
    private final String idPrefix;
    private final int itemsPerLanguage;
    private final int minItemsWithTwoTriggers;
    private final List<String> earlierSets;

    /**
     * @param name                    the set's name: {@code holdout3} for {@code holdout3-set.jsonl}, README block {@code holdout3-counts}
     * @param idPrefix                the id prefix before {@code -<lang>-NNN}
     * @param itemsPerLanguage        items in each language
     * @param minItemsWithTwoTriggers items with two or more triggers each language has at least
     * @param earlierSets             the sets written before this one, in {@code eval/triggers}
     */
    HoldoutSetFormatContract(String name, String idPrefix, int itemsPerLanguage, int minItemsWithTwoTriggers,
                             String... earlierSets) {
        this.name = name;
        this.idPrefix = idPrefix;
        this.itemsPerLanguage = itemsPerLanguage;
        this.minItemsWithTwoTriggers = minItemsWithTwoTriggers;
        this.earlierSets = List.of(earlierSets);
    }

    @Override
    final String fileName() {
        return name + "-set.jsonl";
    }

    @Override
    final Pattern idPattern(String lang) {
        return Pattern.compile(Pattern.quote(idPrefix) + "-" + Pattern.quote(lang) + "-\\d{3}");
    }

    @Override
    final String countsBlock() {
        return name + "-counts";
    }

    @Test
    void hasItsNumberOfItemsInEveryLanguage() {
        assertItemsPerLanguage(itemsPerLanguage);
    }

    @Test
    void everyLanguageHasItemsWithTwoTriggers() {
        for (String lang : LANGUAGES) {
            long doubles = of(lang).stream().filter(item -> item.triggers().size() >= 2).count();
            assertTrue(doubles >= minItemsWithTwoTriggers, lang + ": only " + doubles + " items with two triggers");
        }
    }

    @Test
    void sharesNoTextWithAnEarlierSet() throws IOException {
        for (String earlier : earlierSets) {
            assertEquals(List.of(), nearCopiesOfTextsIn(earlier),
                    name + " items whose wording is (nearly) that of an item in " + earlier);
        }
    }
}
