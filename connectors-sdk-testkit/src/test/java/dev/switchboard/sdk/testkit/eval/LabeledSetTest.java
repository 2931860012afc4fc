package dev.switchboard.sdk.testkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.switchboard.sdk.detector.TriggerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabeledSetTest {

    private static final String GOOD = """
            // a comment line
            {"id": "pl-001", "lang": "pl", "kind": "headline", "source": "made up", "text": "Akcjonariusze Polskich Kruszyw zatwierdzili emisję", "company": "Polskie Kruszywa", "triggers": [{"type": "funding", "company": "Polskie Kruszywa"}], "negative": null}

            {"id": "pl-002", "lang": "pl", "kind": "news", "text": "Bezrobocie spadło do 5%", "company": null, "triggers": [], "negative": "market-stats", "extra": 1}
            """;

    @Test
    void readsItemsSkippingCommentsAndBlankLines() throws IOException {
        List<LabeledItem> items = LabeledSet.read(new StringReader(GOOD));
        assertEquals(2, items.size());
        LabeledItem first = items.get(0);
        assertEquals("pl-001", first.id());
        assertEquals("headline", first.kind());
        assertEquals("made up", first.source());
        assertEquals(List.of(new LabeledTrigger(TriggerType.FUNDING, "Polskie Kruszywa")), first.triggers());
        LabeledItem second = items.get(1);
        assertTrue(second.isNegative());
        assertEquals("market-stats", second.negative());
        assertNull(second.company());
        assertNull(second.source());
    }

    @Test
    void readsAFileAsUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("set.jsonl");
        Files.writeString(file, GOOD, StandardCharsets.UTF_8);
        assertEquals("Akcjonariusze Polskich Kruszyw zatwierdzili emisję", LabeledSet.read(file).get(0).text());
    }

    @Test
    void badJsonNamesTheLine() {
        EvalFormatException e = problem("{\"id\": \"a\", \"lang\": \"en\", \"kind\": \"news\", \"text\": \"t\", \"triggers\": []}\n"
                + "\n{\"id\": \"b\", \"lang\": \"en\",");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("test line 3: not valid JSON"), e.getMessage());
    }

    @Test
    void unknownTriggerTypeNamesTheTypeAndTheKnownOnes() {
        EvalFormatException e = problem(line("\"triggers\": [{\"type\": \"funding\"}, {\"type\": \"hire\"}]"));
        assertEquals("test line 1: triggers[1].type 'hire' is not a trigger type; known: hiring, funding, "
                + "product_launch, expansion, leadership_change", e.getMessage());
    }

    @Test
    void missingOrWrongFieldsAreNamed() {
        assertEquals("test line 1: 'text' is missing or empty",
                problem("{\"id\": \"a\", \"lang\": \"en\", \"kind\": \"news\", \"triggers\": []}").getMessage());
        assertEquals("test line 1: 'triggers' must be an array and is missing",
                problem("{\"id\": \"a\", \"lang\": \"en\", \"kind\": \"news\", \"text\": \"t\"}").getMessage());
        assertEquals("test line 1: 'company' must be a string or null, was number",
                problem(line("\"company\": 5, \"triggers\": []")).getMessage());
        assertEquals("test line 1: triggers[0].type is missing",
                problem(line("\"triggers\": [{\"company\": \"Acme\"}]")).getMessage());
        assertEquals("test line 1: triggers[0] must be an object",
                problem(line("\"triggers\": [\"hiring\"]")).getMessage());
        assertEquals("test line 1: expected one JSON object on the line", problem("[1, 2]").getMessage());
    }

    @Test
    void duplicateIdsNameBothLines() {
        String item = line("\"triggers\": []");
        assertEquals("test line 3: id 'x' already appeared on line 1", problem(item + "\n// c\n" + item).getMessage());
    }

    @Test
    void aNegativeTagWithTriggersIsAContradiction() {
        assertEquals("test line 1: item 'x' is tagged negative 'layoff' but has triggers",
                problem(line("\"negative\": \"layoff\", \"triggers\": [{\"type\": \"hiring\"}]")).getMessage());
    }

    private static String line(String fields) {
        return "{\"id\": \"x\", \"lang\": \"en\", \"kind\": \"news\", \"text\": \"t\", " + fields + "}";
    }

    private static EvalFormatException problem(String input) {
        return assertThrows(EvalFormatException.class, () -> LabeledSet.read(new StringReader(input), "test"));
    }
}
