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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.text.CompanyNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every labeled set in {@code eval/triggers} promises, whatever its size: ids in the set's
 * scheme, enough negatives, every trigger type and negative class in every language, labels from
 * the README's vocabularies, mostly hard negatives, clean company names, and README count tables
 * that are the set's own. A subclass names its file, its id scheme and its README block, and adds
 * the checks of its own size.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LabeledSetFormatContract {

    static final List<String> LANGUAGES = List.of("en", "cs", "pl", "ru", "de");
    static final List<String> KINDS = List.of("headline", "press-release", "social", "job-ad", "blog", "news");
    static final List<String> NEGATIVES = List.of("layoff", "job-seeker", "investment-advice", "market-stats", "denial",
            "cancelled", "historical", "sports-transfer", "other");

    /** Above this share of common words (Jaccard index of the word sets) two texts count as one. */
    static final double MAX_SHARED_WORDS = 0.5;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Path folder;
    private List<LabeledItem> items;

    /** The set's file name in {@code eval/triggers}. */
    abstract String fileName();

    /** The whole id of an item in {@code lang}. */
    abstract Pattern idPattern(String lang);

    /** The README block holding the set's tables, between {@code <!-- NAME:begin -->} and {@code <!-- NAME:end -->}. */
    abstract String countsBlock();

    @BeforeAll
    void read() throws IOException {
        folder = findFolder(fileName());
        items = LabeledSet.read(folder.resolve(fileName()));
    }

    /** The set's items, in file order. */
    final List<LabeledItem> items() {
        return items;
    }

    /** {@code eval/triggers} of the checkout. */
    final Path folder() {
        return folder;
    }

    @Test
    void idsAreUniqueAndFollowTheSetsScheme() {
        Set<String> seen = new HashSet<>();
        for (LabeledItem item : items) {
            assertTrue(seen.add(item.id()), item.id() + ": id used twice");
            assertTrue(idPattern(item.lang()).matcher(item.id()).matches(),
                    item.id() + ": id does not match " + idPattern(item.lang()));
        }
    }

    @Test
    void atLeastThirtyFivePercentAreNegatives() {
        long negatives = items.stream().filter(LabeledItem::isNegative).count();
        assertTrue(negatives >= 0.35 * items.size(), "negatives: " + negatives + " of " + items.size());
    }

    @Test
    void everyTypeAndEveryNegativeClassIsInEveryLanguage() {
        for (String lang : LANGUAGES) {
            Set<TriggerType> types = new HashSet<>();
            Set<String> negatives = new HashSet<>();
            of(lang).forEach(item -> {
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
            assertTrue(LANGUAGES.contains(item.lang()), item.id() + ": lang " + item.lang());
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
        String begin = "<!-- " + countsBlock() + ":begin -->\n";
        String end = "<!-- " + countsBlock() + ":end -->";
        int from = readme.indexOf(begin);
        int to = readme.indexOf(end);
        assertTrue(from >= 0 && to > from, "README.md has no " + begin.strip() + " ... " + end + " block");
        String expected = tables();
        if (!readme.substring(from + begin.length(), to).equals(expected)) {
            fail("eval/triggers/README.md block " + countsBlock() + " is out of date; replace it with:\n" + expected);
        }
    }

    /** The set's count tables, in Markdown: per language and type, per negative class, per kind. */
    final String tables() {
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

    /**
     * The ids of this set's items whose text is a copy or a light rewording of a text in {@code
     * otherFileName} (another set in {@code eval/triggers}): the pair shares more than {@value
     * #MAX_SHARED_WORDS} of the words either uses (Jaccard index of the word sets, case folded). The
     * other set is compared by program only; nobody writing this set needs to read it.
     */
    final List<String> nearCopiesOfTextsIn(String otherFileName) throws IOException {
        List<Set<String>> others = LabeledSet.read(folder.resolve(otherFileName)).stream()
                .map(item -> words(item.text())).toList();
        return items.stream()
                .filter(item -> others.stream().anyMatch(other -> sharedWords(words(item.text()), other) > MAX_SHARED_WORDS))
                .map(LabeledItem::id).toList();
    }

    /** The set has exactly {@code perLanguage} items in every language. */
    final void assertItemsPerLanguage(int perLanguage) {
        Map<String, Long> byLanguage = items.stream().collect(Collectors.groupingBy(LabeledItem::lang, Collectors.counting()));
        assertEquals(LANGUAGES.stream().collect(Collectors.toMap(lang -> lang, lang -> (long) perLanguage)), byLanguage);
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

    /** The items in {@code lang}, in file order. */
    final List<LabeledItem> of(String lang) {
        return items.stream().filter(item -> item.lang().equals(lang)).toList();
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

    /** {@code eval/triggers} of the checkout: the test runs in the module folder, the sets live beside it. */
    static Path findFolder(String fileName) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("eval/triggers");
            if (Files.isRegularFile(candidate.resolve(fileName))) {
                return candidate;
            }
        }
        throw new IllegalStateException("eval/triggers/" + fileName + " not found above " + Path.of("").toAbsolutePath());
    }
}
