package dev.switchboard.sdk.testkit.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.switchboard.sdk.detector.TriggerType;

/**
 * Reads JSON Lines: one object per line; blank lines and lines starting with {@code //} are
 * skipped. Also the field accessors that turn a wrong field into an {@link EvalFormatException}
 * naming the line and the field.
 */
final class JsonLines {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** One object of the input and the line it is on. */
    record Line(String source, int number, ObjectNode object) {

        EvalFormatException problem(String what) {
            return new EvalFormatException(source, number, what);
        }

        /** A string field that must be present and not blank. */
        String requiredText(String field) {
            String value = optionalText(object, field);
            if (value == null || value.isBlank()) {
                throw problem("'" + field + "' is missing or empty");
            }
            return value;
        }

        /** A string field that may be absent or null. */
        String optionalText(String field) {
            return optionalText(object, field);
        }

        String optionalText(JsonNode owner, String field) {
            JsonNode value = owner.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw problem("'" + field + "' must be a string or null, was "
                        + value.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            return value.asText();
        }

        /** An array field that must be present; its elements must be objects. */
        List<ObjectNode> objects(String field) {
            JsonNode value = object.get(field);
            if (value == null || !value.isArray()) {
                throw problem("'" + field + "' must be an array" + (value == null ? " and is missing" : ""));
            }
            List<ObjectNode> elements = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isObject()) {
                    throw problem(field + "[" + i + "] must be an object");
                }
                elements.add((ObjectNode) value.get(i));
            }
            return elements;
        }

        TriggerType type(ObjectNode trigger, String where) {
            String code = optionalText(trigger, "type");
            if (code == null) {
                throw problem(where + ".type is missing");
            }
            try {
                return TriggerType.ofCode(code);
            } catch (IllegalArgumentException e) {
                throw problem(where + ".type '" + code + "' is not a trigger type; known: "
                        + String.join(", ", Arrays.stream(TriggerType.values()).map(TriggerType::code).toList()));
            }
        }
    }

    private JsonLines() {
    }

    /** The objects of {@code reader}, in order; a line that is not a JSON object is an error naming it. */
    static List<Line> read(Reader reader, String source) throws IOException {
        List<Line> lines = new ArrayList<>();
        BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int number = 0;
        for (String text = buffered.readLine(); text != null; text = buffered.readLine()) {
            number++;
            String trimmed = text.strip();
            if (number == 1 && trimmed.startsWith("\uFEFF")) {
                trimmed = trimmed.substring(1).strip();
            }
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            lines.add(new Line(source, number, parse(trimmed, source, number)));
        }
        return lines;
    }

    private static ObjectNode parse(String text, String source, int number) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new EvalFormatException(source, number, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new EvalFormatException(source, number, "expected one JSON object on the line");
        }
        return (ObjectNode) node;
    }

    /** The first line each id appeared on; a repeated id is an error naming both lines. */
    static void checkUnique(Map<String, Integer> seen, String id, Line line) {
        Integer first = seen.putIfAbsent(id, line.number());
        if (first != null) {
            throw line.problem("id '" + id + "' already appeared on line " + first);
        }
    }
}
