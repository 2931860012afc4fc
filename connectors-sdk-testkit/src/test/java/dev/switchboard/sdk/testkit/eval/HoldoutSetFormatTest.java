package dev.switchboard.sdk.testkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The labeled holdout set {@code eval/triggers/holdout-set.jsonl} keeps its promises: the
 * {@link LabeledSetFormatContract} of every set (ids {@code h-<lang>-NNN}, at least 35% negatives,
 * every type and negative class in every language, README tables in the {@code holdout-counts}
 * block), exactly 50 items per language, and no text copied or lightly reworded from the
 * development set, so that its scores say how the detectors do on text they were not tuned on.
 */
class HoldoutSetFormatTest extends LabeledSetFormatContract {

    private static final int PER_LANGUAGE = 50;

    @Override
    String fileName() {
        return "holdout-set.jsonl";
    }

    @Override
    Pattern idPattern(String lang) {
        return Pattern.compile("h-" + Pattern.quote(lang) + "-\\d{3}");
    }

    @Override
    String countsBlock() {
        return "holdout-counts";
    }

    @Test
    void hasFiftyItemsInEveryLanguage() {
        assertItemsPerLanguage(PER_LANGUAGE);
    }

    /**
     * No holdout text is a copy or a light rewording of a development text: no pair shares more than
     * {@value LabeledSetFormatContract#MAX_SHARED_WORDS} of the words either uses (Jaccard index of
     * the word sets, case folded).
     */
    @Test
    void sharesNoTextWithTheDevelopmentSet() throws IOException {
        assertEquals(List.of(), nearCopiesOfTextsIn("dev-set.jsonl"),
                "holdout items whose wording is (nearly) that of an item in dev-set.jsonl");
    }
}
