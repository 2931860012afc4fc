package dev.switchboard.sdk.testkit.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a labeled set: JSON Lines of {@link LabeledItem}, UTF-8, blank lines and lines starting
 * with {@code //} skipped.
 *
 * <p>Each line must have a non-blank {@code id} (unique in the set), {@code lang}, {@code kind} and
 * {@code text}, and a {@code triggers} array (empty for a negative item) whose elements have a known
 * {@code type} and an optional {@code company}; {@code company}, {@code negative} and {@code source}
 * are optional strings. An item with a {@code negative} tag has no triggers. Other fields are
 * ignored. The first wrong line is an {@link EvalFormatException} naming it.
 */
public final class LabeledSet {

    private LabeledSet() {
    }

    /** The items of the file, in order. */
    public static List<LabeledItem> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    /** The items of {@code reader}, in order; {@code source} names it in error messages. */
    public static List<LabeledItem> read(Reader reader, String source) throws IOException {
        List<LabeledItem> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (JsonLines.Line line : JsonLines.read(reader, source)) {
            LabeledItem item = item(line);
            JsonLines.checkUnique(seen, item.id(), line);
            items.add(item);
        }
        return items;
    }

    /** The items of {@code reader}, in order. */
    public static List<LabeledItem> read(Reader reader) throws IOException {
        return read(reader, "labeled set");
    }

    private static LabeledItem item(JsonLines.Line line) {
        String id = line.requiredText("id");
        List<LabeledTrigger> triggers = new ArrayList<>();
        List<ObjectNode> elements = line.objects("triggers");
        for (int i = 0; i < elements.size(); i++) {
            ObjectNode trigger = elements.get(i);
            triggers.add(new LabeledTrigger(line.type(trigger, "triggers[" + i + "]"),
                    line.optionalText(trigger, "company")));
        }
        String negative = line.optionalText("negative");
        if (negative != null && !triggers.isEmpty()) {
            throw line.problem("item '" + id + "' is tagged negative '" + negative + "' but has triggers");
        }
        return new LabeledItem(id, line.requiredText("lang"), line.requiredText("kind"), line.requiredText("text"),
                line.optionalText("company"), triggers, negative, line.optionalText("source"));
    }
}
