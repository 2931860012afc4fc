package dev.switchboard.sdk.testkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The labeled development set {@code eval/triggers/dev-set.jsonl} keeps its promises: the
 * {@link LabeledSetFormatContract} of every set (ids, balance, labels from the documented
 * vocabularies, clean company names, README tables in the {@code counts} block), and its size.
 */
class DevSetFormatTest extends LabeledSetFormatContract {

    @Override
    String fileName() {
        return "dev-set.jsonl";
    }

    @Override
    Pattern idPattern(String lang) {
        return Pattern.compile(Pattern.quote(lang) + "-\\d+");
    }

    @Override
    String countsBlock() {
        return "counts";
    }

    @Test
    void isLargeEnoughInEveryLanguage() {
        assertTrue(items().size() >= 400, "items: " + items().size());
        Map<String, Long> byLanguage = items().stream().collect(Collectors.groupingBy(LabeledItem::lang, Collectors.counting()));
        assertEquals(Set.copyOf(LANGUAGES), byLanguage.keySet());
        byLanguage.forEach((lang, count) -> assertTrue(count >= 80, lang + " has only " + count + " items"));
    }
}
