package dev.switchboard.sdk.testkit.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Detector output in the form {@code ./switchboard detect} writes and the scorer reads: JSON Lines,
 * one line per item,
 * <pre>{@code
 * {"id": "pl-017", "triggers": [{"type": "funding", "confidence": 0.92,
 *   "company": "Polskich Kruszyw", "evidence": "zatwierdzili emisję akcji"}]}
 * }</pre>
 * {@code type} is required and must be a trigger code; {@code confidence} (a number from 0 to 1),
 * {@code company} and {@code evidence} are optional. An item may be missing (it predicted nothing);
 * an id may not appear twice.
 */
public final class Predictions {

    private Predictions() {
    }

    /** The predicted triggers by item id, in file order; a wrong line is an {@link EvalFormatException}. */
    public static Map<String, List<PredictedTrigger>> read(Reader reader) throws IOException {
        return read(reader, "predictions");
    }

    /** As {@link #read(Reader)}; {@code source} names the input in error messages. */
    public static Map<String, List<PredictedTrigger>> read(Reader reader, String source) throws IOException {
        Map<String, List<PredictedTrigger>> byId = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (JsonLines.Line line : JsonLines.read(reader, source)) {
            String id = line.requiredText("id");
            JsonLines.checkUnique(seen, id, line);
            List<PredictedTrigger> triggers = new ArrayList<>();
            List<ObjectNode> elements = line.objects("triggers");
            for (int i = 0; i < elements.size(); i++) {
                triggers.add(trigger(line, elements.get(i), "triggers[" + i + "]"));
            }
            byId.put(id, List.copyOf(triggers));
        }
        return byId;
    }

    /** Writes one prediction line (with its line break) for item {@code id}. */
    public static void write(Writer out, String id, List<PredictedTrigger> triggers) {
        ObjectNode line = JsonLines.MAPPER.createObjectNode();
        line.put("id", id);
        ArrayNode array = line.putArray("triggers");
        for (PredictedTrigger trigger : triggers) {
            ObjectNode element = array.addObject();
            element.put("type", trigger.type().code());
            if (!Double.isNaN(trigger.confidence())) {
                element.put("confidence", trigger.confidence());
            }
            element.put("company", trigger.company());
            element.put("evidence", trigger.evidence());
        }
        try {
            out.write(JsonLines.MAPPER.writeValueAsString(line));
            out.write('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PredictedTrigger trigger(JsonLines.Line line, ObjectNode element, String where) {
        JsonNode confidence = element.get("confidence");
        double value = Double.NaN;
        if (confidence != null && !confidence.isNull()) {
            if (!confidence.isNumber() || confidence.asDouble() < 0 || confidence.asDouble() > 1) {
                throw line.problem(where + ".confidence must be a number from 0 to 1, was " + confidence);
            }
            value = confidence.asDouble();
        }
        return new PredictedTrigger(line.type(element, where), value,
                line.optionalText(element, "company"), line.optionalText(element, "evidence"));
    }
}
