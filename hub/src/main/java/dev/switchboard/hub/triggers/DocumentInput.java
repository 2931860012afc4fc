package dev.switchboard.hub.triggers;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import dev.switchboard.sdk.model.Document;

/**
 * Reads a document posted as JSON, strictly: {@code {"id" (required), "text" (required), "lang",
 * "source", "url", "publishedAt", "kind", "title", "metadata"}}. An unknown field is a 400 naming it;
 * every invalid value is a 422 problem with its path ({@code [3].text}). {@code metadata} is an
 * object of texts (an array of texts, such as hashtags, is joined with commas). {@code source} and
 * {@code title} go into the metadata.
 */
final class DocumentInput {

    static final Set<String> FIELDS = Set.of("id", "text", "lang", "source", "url", "publishedAt", "kind", "title",
            "metadata");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s]+");
    private static final int MAX_ID = 300;
    private static final int MAX_SHORT = 80;

    private DocumentInput() {
    }

    /** The unknown field of an object, for a 400; or {@code null}. */
    static String unknownField(JsonNode node) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                return name;
            }
        }
        return null;
    }

    /** Adds the problems of one document object to {@code problems}, paths under {@code at} ("" or "[3]"). */
    static void check(JsonNode node, String at, int maxTextLength, List<Problem> problems) {
        String prefix = at.isEmpty() ? "" : at + ".";
        if (!node.isObject()) {
            problems.add(new Problem(at.isEmpty() ? null : at, "must be a JSON object"));
            return;
        }
        String id = text(node, "id", prefix, problems);
        if (id == null || id.isBlank()) {
            problems.add(new Problem(prefix + "id", "required"));
        } else if (id.length() > MAX_ID) {
            problems.add(new Problem(prefix + "id", "longer than " + MAX_ID + " characters"));
        }
        String text = text(node, "text", prefix, problems);
        String textProblem = node.has("text") && !node.get("text").isTextual() && !node.get("text").isNull()
                ? null : DocumentText.problem(text, maxTextLength);
        if (textProblem != null) {
            problems.add(new Problem(prefix + "text", textProblem));
        }
        String lang = text(node, "lang", prefix, problems);
        if (lang != null && !LANGUAGE.matcher(lang).matches()) {
            problems.add(new Problem(prefix + "lang", "an ISO 639-1 code such as en or cs"));
        }
        short_(node, "source", prefix, problems);
        short_(node, "kind", prefix, problems);
        String url = text(node, "url", prefix, problems);
        if (url != null && (!URL.matcher(url).matches() || url.length() > 2000)) {
            problems.add(new Problem(prefix + "url", "an http(s) URL of up to 2000 characters"));
        }
        String published = text(node, "publishedAt", prefix, problems);
        if (published != null) {
            try {
                Instant.parse(published);
            } catch (DateTimeParseException e) {
                problems.add(new Problem(prefix + "publishedAt", "an ISO-8601 instant such as 2026-11-22T09:30:00Z"));
            }
        }
        text(node, "title", prefix, problems);
        JsonNode metadata = node.get("metadata");
        if (metadata != null && !metadata.isNull()) {
            checkMetadata(metadata, prefix + "metadata", problems);
        }
    }

    /** The document of a checked object; the text with its HTML stripped. */
    static Document toDocument(JsonNode node) {
        Map<String, String> metadata = new LinkedHashMap<>();
        JsonNode given = node.get("metadata");
        if (given != null && given.isObject()) {
            given.fields().forEachRemaining(e -> metadata.put(e.getKey(), value(e.getValue())));
        }
        putIfAbsent(metadata, "title", node, "title");
        putIfAbsent(metadata, "source", node, "source");
        String published = optional(node, "publishedAt");
        return new Document(optional(node, "id").strip(), DocumentText.clean(optional(node, "text")),
                optional(node, "lang"), optional(node, "kind"), optional(node, "url"),
                published == null ? null : Instant.parse(published), metadata);
    }

    private static void checkMetadata(JsonNode metadata, String path, List<Problem> problems) {
        if (!metadata.isObject()) {
            problems.add(new Problem(path, "must be an object of texts"));
            return;
        }
        metadata.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            boolean texts = v.isValueNode() || (v.isArray() && allValues(v));
            if (!texts) {
                problems.add(new Problem(path + "." + e.getKey(), "must be a text, number, boolean or an array of them"));
            }
        });
    }

    private static boolean allValues(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static String value(JsonNode v) {
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(item.asText()));
            return String.join(",", items);
        }
        return v.isNull() ? null : v.asText();
    }

    private static void short_(JsonNode node, String field, String prefix, List<Problem> problems) {
        String value = text(node, field, prefix, problems);
        if (value != null && value.length() > MAX_SHORT) {
            problems.add(new Problem(prefix + field, "longer than " + MAX_SHORT + " characters"));
        }
    }

    /** A text field, or null when absent; any other type is a problem. */
    private static String text(JsonNode node, String field, String prefix, List<Problem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(new Problem(prefix + field, "must be a text, not " + value.getNodeType().name().toLowerCase()));
            return null;
        }
        return value.asText();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void putIfAbsent(Map<String, String> metadata, String key, JsonNode node, String field) {
        String value = optional(node, field);
        if (value != null && !metadata.containsKey(key)) {
            metadata.put(key, value);
        }
    }

    /** A single document object as the verb reads it: 400 for an unknown field, else 422 for every problem. */
    static Document read(JsonNode node, int maxTextLength) {
        if (node.isObject()) {
            String unknown = unknownField(node);
            if (unknown != null) {
                throw BadInputException.malformed(unknown, "unknown field; known fields: " + String.join(", ",
                        FIELDS.stream().sorted().toList()));
            }
        }
        List<Problem> problems = new ArrayList<>();
        check(node, "", maxTextLength, problems);
        if (!problems.isEmpty()) {
            throw BadInputException.invalid(problems);
        }
        return toDocument(node);
    }
}
