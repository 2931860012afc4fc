package dev.switchboard.sdk.testkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The second labeled holdout set {@code eval/triggers/holdout2-set.jsonl} keeps its promises: the
 * {@link LabeledSetFormatContract} of every set (ids {@code h2-<lang>-NNN}, at least 35% negatives,
 * every type and negative class in every language, labels from the README's vocabularies, clean
 * company names, README tables in the {@code holdout2-counts} block), exactly 50 items per language,
 * items with two triggers in every language, and no text copied or lightly reworded from the
 * development set or from the first holdout set, so that its scores say how the detectors do on text
 * nobody tuned them on.
 */
class Holdout2SetFormatTest extends LabeledSetFormatContract {

    private static final int PER_LANGUAGE = 50;

    @Override
    String fileName() {
        return "holdout2-set.jsonl";
    }

    @Override
    Pattern idPattern(String lang) {
        return Pattern.compile("h2-" + Pattern.quote(lang) + "-\\d{3}");
    }

    @Override
    String countsBlock() {
        return "holdout2-counts";
    }

    @Test
    void hasFiftyItemsInEveryLanguage() {
        assertItemsPerLanguage(PER_LANGUAGE);
    }

    /** Every language has items carrying two triggers (funding + expansion, expansion + hiring, funding + hiring). */
    @Test
    void everyLanguageHasItemsWithTwoTriggers() {
        for (String lang : LANGUAGES) {
            long doubles = of(lang).stream().filter(item -> item.triggers().size() >= 2).count();
            assertTrue(doubles >= 2, lang + ": only " + doubles + " items with two triggers");
        }
    }

    /**
     * No text here is a copy or a light rewording of a development text: no pair shares more than
     * {@value LabeledSetFormatContract#MAX_SHARED_WORDS} of the words either uses.
     */
    @Test
    void sharesNoTextWithTheDevelopmentSet() throws IOException {
        assertEquals(List.of(), nearCopiesOfTextsIn("dev-set.jsonl"),
                "holdout2 items whose wording is (nearly) that of an item in dev-set.jsonl");
    }

    /** Nor of a text of the first holdout set, which has been used for error analysis. */
    @Test
    void sharesNoTextWithTheFirstHoldoutSet() throws IOException {
        assertEquals(List.of(), nearCopiesOfTextsIn("holdout-set.jsonl"),
                "holdout2 items whose wording is (nearly) that of an item in holdout-set.jsonl");
    }
}
