package dev.switchboard.sdk.testkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    /** Above this share of common words (Jaccard index of the word sets) two texts count as one. */
    private static final double MAX_SHARED_WORDS = 0.5;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

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
        Map<String, Long> byLanguage = items().stream().collect(Collectors.groupingBy(LabeledItem::lang, Collectors.counting()));
        assertEquals(LANGUAGES.stream().collect(Collectors.toMap(lang -> lang, lang -> (long) PER_LANGUAGE)), byLanguage);
    }

    /**
     * No holdout text is a copy or a light rewording of a development text: no pair shares more than
     * {@value #MAX_SHARED_WORDS} of the words either uses (Jaccard index of the word sets, case folded).
     */
    @Test
    void sharesNoTextWithTheDevelopmentSet() throws IOException {
        List<Set<String>> dev = LabeledSet.read(folder().resolve("dev-set.jsonl")).stream()
                .map(item -> words(item.text())).toList();
        List<String> similar = items().stream()
                .filter(item -> dev.stream().anyMatch(other -> sharedWords(words(item.text()), other) > MAX_SHARED_WORDS))
                .map(LabeledItem::id).toList();
        assertEquals(List.of(), similar, "holdout items whose wording is (nearly) that of an item in dev-set.jsonl");
    }

    private static Set<String> words(String text) {
        return NON_WORD.splitAsStream(text.toLowerCase(Locale.ROOT)).filter(word -> !word.isEmpty())
                .collect(Collectors.toSet());
    }

    private static double sharedWords(Set<String> a, Set<String> b) {
        long common = a.stream().filter(b::contains).count();
        long union = a.size() + b.size() - common;
        return union == 0 ? 1 : (double) common / union;
    }
}
