package dev.switchboard.sdk.testkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The fourth labeled holdout set {@code eval/triggers/holdout4-set.jsonl} keeps its promises: the
 * {@link LabeledSetFormatContract} of every set (ids {@code h4-<lang>-NNN}, at least 35% negatives,
 * every type and negative class in every language, labels from the README's vocabularies, clean
 * company names, README tables in the {@code holdout4-counts} block), exactly 50 items per language,
 * at least three items with two triggers in every language, and no text copied or lightly reworded
 * from the development set or the first two holdout sets. The set is sealed: it is only ever scored.
 */
class Holdout4SetFormatTest extends LabeledSetFormatContract {

    private static final int PER_LANGUAGE = 50;
    private static final int MIN_DOUBLES_PER_LANGUAGE = 3;

    @Override
    String fileName() {
        return "holdout4-set.jsonl";
    }

    @Override
    Pattern idPattern(String lang) {
        return Pattern.compile("h4-" + Pattern.quote(lang) + "-\\d{3}");
    }

    @Override
    String countsBlock() {
        return "holdout4-counts";
    }

    @Test
    void hasFiftyItemsInEveryLanguage() {
        assertItemsPerLanguage(PER_LANGUAGE);
    }

    /** Every language has at least three items carrying two triggers (funding + expansion, expansion + hiring, funding + hiring). */
    @Test
    void everyLanguageHasItemsWithTwoTriggers() {
        for (String lang : LANGUAGES) {
            long doubles = of(lang).stream().filter(item -> item.triggers().size() >= 2).count();
            assertTrue(doubles >= MIN_DOUBLES_PER_LANGUAGE, lang + ": only " + doubles + " items with two triggers");
        }
    }

    /**
     * No text here is a copy or a light rewording of a development text: no pair shares more than
     * {@value LabeledSetFormatContract#MAX_SHARED_WORDS} of the words either uses.
     */
    @Test
    void sharesNoTextWithTheDevelopmentSet() throws IOException {
        assertEquals(List.of(), nearCopiesOfTextsIn("dev-set.jsonl"),
                "holdout4 items whose wording is (nearly) that of an item in dev-set.jsonl");
    }

    /** Nor of a text of the first holdout set. */
    @Test
    void sharesNoTextWithTheFirstHoldoutSet() throws IOException {
        assertEquals(List.of(), nearCopiesOfTextsIn("holdout-set.jsonl"),
                "holdout4 items whose wording is (nearly) that of an item in holdout-set.jsonl");
    }

    /** Nor of a text of the second holdout set. */
    @Test
    void sharesNoTextWithTheSecondHoldoutSet() throws IOException {
        assertEquals(List.of(), nearCopiesOfTextsIn("holdout2-set.jsonl"),
                "holdout4 items whose wording is (nearly) that of an item in holdout2-set.jsonl");
    }

    /** Nor of a text of the third holdout set, written at the same time by another author, to be tuned on. */
    @Test
    void sharesNoTextWithTheThirdHoldoutSet() throws IOException {
        assertEquals(List.of(), nearCopiesOfTextsIn("holdout3-set.jsonl"),
                "holdout4 items whose wording is (nearly) that of an item in holdout3-set.jsonl");
    }
}
