package dev.switchboard.sdk.testkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.text.CompanyNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The labeled development set {@code eval/triggers/dev-set.jsonl} keeps its promises: size, balance,
 * labels from the documented vocabularies, clean company names, and a README whose count tables are
 * the set's own.
 */
class DevSetFormatTest {

    static final List<String> LANGUAGES = List.of("en", "cs", "pl", "ru", "de");
    static final List<String> KINDS = List.of("headline", "press-release", "social", "job-ad", "blog", "news");
    static final List<String> NEGATIVES = List.of("layoff", "job-seeker", "investment-advice", "market-stats", "denial",
            "cancelled", "historical", "sports-transfer", "other");

    private static Path folder;
    private static List<LabeledItem> items;

    @BeforeAll
    static void read() throws IOException {
        folder = findFolder();
        items = LabeledSet.read(folder.resolve("dev-set.jsonl"));
    }

    @Test
    void isLargeEnoughAndBalanced() {
        assertTrue(items.size() >= 400, "items: " + items.size());
        Map<String, Long> byLanguage = items.stream().collect(Collectors.groupingBy(LabeledItem::lang, Collectors.counting()));
        assertEquals(Set.copyOf(LANGUAGES), byLanguage.keySet());
        byLanguage.forEach((lang, count) -> assertTrue(count >= 80, lang + " has only " + count + " items"));
        long negatives = items.stream().filter(LabeledItem::isNegative).count();
        assertTrue(negatives >= 0.35 * items.size(), "negatives: " + negatives + " of " + items.size());
    }

    @Test
    void everyTypeAndEveryNegativeClassIsInEveryLanguage() {
        for (String lang : LANGUAGES) {
            Set<TriggerType> types = new HashSet<>();
            Set<String> negatives = new HashSet<>();
            items.stream().filter(item -> item.lang().equals(lang)).forEach(item -> {
                item.triggers().forEach(trigger -> types.add(trigger.type()));
                if (item.negative() != null) {
                    negatives.add(item.negative());
                }
            });
            assertEquals(Set.of(TriggerType.values()), types, lang);
            assertEquals(Set.copyOf(NEGATIVES), negatives, lang);
        }
    }

    @Test
    void labelsComeFromTheDocumentedVocabularies() {
        for (LabeledItem item : items) {
            assertTrue(item.id().startsWith(item.lang() + "-"), item.id() + ": id starts with its language");
            assertTrue(KINDS.contains(item.kind()), item.id() + ": kind " + item.kind());
            assertTrue(item.negative() == null || NEGATIVES.contains(item.negative()), item.id() + ": negative " + item.negative());
            assertEquals(item.text().strip(), item.text(), item.id() + ": text has no surrounding whitespace");
            assertTrue(item.text().length() >= 20, item.id() + ": text too short");
        }
    }

    @Test
    void mostNegativesAreHard() {
        long negatives = items.stream().filter(LabeledItem::isNegative).count();
        long hard = items.stream().filter(item -> item.negative() != null && !item.negative().equals("other")).count();
        assertTrue(hard > negatives / 2, hard + " hard of " + negatives + " negatives");
    }

    @Test
    void companiesAreBaseNamesWithoutLegalForms() {
        for (LabeledItem item : items) {
            List<String> names = new ArrayList<>();
            if (item.company() != null) {
                names.add(item.company());
            }
            item.triggers().forEach(trigger -> names.add(trigger.company()));
            for (String name : names) {
                assertTrue(name != null && !name.isBlank(), item.id() + ": a trigger without company");
                assertEquals(CompanyNames.displayName(name), name, item.id() + ": company is not a clean display name");
            }
        }
    }

    @Test
    void readmeTablesAreTheSetsOwn() throws IOException {
        String readme = Files.readString(folder.resolve("README.md"), StandardCharsets.UTF_8);
        String begin = "<!-- counts:begin -->\n";
        String end = "<!-- counts:end -->";
        int from = readme.indexOf(begin);
        int to = readme.indexOf(end);
        assertTrue(from >= 0 && to > from, "README.md has no " + begin.strip() + " ... " + end + " block");
        String expected = tables();
        if (!readme.substring(from + begin.length(), to).equals(expected)) {
            fail("eval/triggers/README.md counts are out of date; replace the block with:\n" + expected);
        }
    }

    /** The README's count tables, in Markdown. */
    static String tables() {
        StringBuilder out = new StringBuilder();
        List<String> typeColumns = new ArrayList<>(List.of("items", "no trigger"));
        for (TriggerType type : TriggerType.values()) {
            typeColumns.add(type.code());
        }
        table(out, "language", typeColumns, LANGUAGES, false, lang -> {
            List<LabeledItem> of = of(lang);
            List<Long> row = new ArrayList<>(List.of((long) of.size(), of.stream().filter(LabeledItem::isNegative).count()));
            for (TriggerType type : TriggerType.values()) {
                row.add(of.stream().filter(item -> item.triggers().stream().anyMatch(t -> t.type() == type)).count());
            }
            return row;
        });
        table(out, "negative class", LANGUAGES, NEGATIVES, true, tag -> LANGUAGES.stream()
                .map(lang -> of(lang).stream().filter(item -> tag.equals(item.negative())).count()).toList());
        table(out, "kind", LANGUAGES, KINDS, true, kind -> LANGUAGES.stream()
                .map(lang -> of(lang).stream().filter(item -> kind.equals(item.kind())).count()).toList());
        return out.toString();
    }

    private static void table(StringBuilder out, String title, List<String> columns, List<String> rows,
                              boolean rowTotals, Function<String, List<Long>> row) {
        out.append("| ").append(title).append(" | ").append(String.join(" | ", columns))
                .append(rowTotals ? " | total |\n" : " |\n");
        out.append("|---".repeat(columns.size() + (rowTotals ? 2 : 1))).append("|\n");
        Map<Integer, Long> totals = new TreeMap<>();
        for (String name : rows) {
            List<Long> values = row.apply(name);
            appendRow(out, name, values, rowTotals);
            for (int i = 0; i < values.size(); i++) {
                totals.merge(i, values.get(i), Long::sum);
            }
        }
        appendRow(out, "total", List.copyOf(totals.values()), rowTotals);
        out.append('\n');
    }

    private static void appendRow(StringBuilder out, String name, List<Long> values, boolean rowTotal) {
        out.append("| ").append(name).append(" | ")
                .append(values.stream().map(String::valueOf).collect(Collectors.joining(" | ")));
        if (rowTotal) {
            out.append(" | ").append(values.stream().mapToLong(Long::longValue).sum());
        }
        out.append(" |\n");
    }

    private static List<LabeledItem> of(String lang) {
        return items.stream().filter(item -> item.lang().equals(lang)).toList();
    }

    /** {@code eval/triggers} of the checkout: the test runs in the module folder, the set lives beside it. */
    private static Path findFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("eval/triggers");
            if (Files.isRegularFile(candidate.resolve("dev-set.jsonl"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("eval/triggers/dev-set.jsonl not found above " + Path.of("").toAbsolutePath());
    }
}
