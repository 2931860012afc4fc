package dev.switchboard.hub.detection;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import dev.switchboard.sdk.model.Document;

/**
 * Reads a document as clients send it in JSON, the one set of rules for {@code POST /ingest/documents}
 * (and {@code hub:triggers} given JSON), {@code POST /api/triggers/detect} and {@code switchboard detect}:
 * {@code {"id", "text", "lang"?, "source"?, "kind"?, "url"?, "publishedAt"?, "title"?, "metadata"?}}.
 * How strict a reader is is its {@link Rules}; every other rule is the same everywhere:
 *
 * <ul>
 *   <li>{@code id}: the source's id, up to {@value #MAX_ID_LENGTH} characters, stripped. Where
 *       documents are stored it is required and must be a text; where they are only tried it is
 *       optional and may be a number too (the caller echoes it as given).</li>
 *   <li>{@code text}: required; longer than the reader's maximum, empty, binary or markup without
 *       text is refused, HTML becomes its text ({@link DocumentText}).</li>
 *   <li>{@code lang}: an ISO 639 code, case and region ignored ({@code cs-CZ} is {@code cs}); absent
 *       lets the detectors tell.</li>
 *   <li>{@code source}, {@code kind}: up to {@value #MAX_NAME_LENGTH} characters; without a kind,
 *       the source stands for it (a feed named {@code news} is news). The source is also put in the
 *       metadata as {@code source}, over any {@code metadata.source}.</li>
 *   <li>{@code url}: an http or https URL with a host, up to {@value #MAX_URL_LENGTH} characters.</li>
 *   <li>{@code publishedAt}: an ISO 8601 time with offset ({@code 2026-11-20T08:00:00Z}) or a date
 *       ({@code 2026-11-20}, taken as midnight UTC).</li>
 *   <li>{@code title}: a headline; put before the text (headlines often carry the trigger) and in the
 *       metadata as {@code title}, over any {@code metadata.title}.</li>
 *   <li>{@code metadata}: an object whose values are texts, numbers or booleans, or arrays of them
 *       (hashtags); an array is joined with commas, a null is left out.</li>
 * </ul>
 *
 * Every invalid value is reported together, each with its path under the reader's prefix
 * ({@code [3].text}), as one 422.
 */
public final class DocumentInput {

    /** The fields a document object may have, in the order messages list them. */
    public static final List<String> FIELDS = List.of("id", "kind", "lang", "metadata", "publishedAt", "source", "text",
            "title", "url");
    /** Longest id, so that it fits the columns it is stored in. */
    public static final int MAX_ID_LENGTH = 300;
    /** Longest {@code source} and {@code kind}. */
    public static final int MAX_NAME_LENGTH = 80;
    /** Longest {@code url}. */
    public static final int MAX_URL_LENGTH = 2000;

    /**
     * How strictly a reader takes documents.
     *
     * @param lenient       unknown fields are ignored and any scalar is taken as a text (JSON Lines made
     *                      for other tools carry labels and numbers); otherwise an unknown field is a 400
     *                      and a known field that is not a text a 422
     * @param idRequired    documents are stored under their id: it is required and must be a text
     * @param maxTextLength longest {@code text} taken, in characters
     */
    public record Rules(boolean lenient, boolean idRequired, int maxTextLength) {

        /** {@code POST /ingest/documents} and {@code hub:triggers}: strict, id required. */
        public static Rules ingest(int maxTextLength) {
            return new Rules(false, true, maxTextLength);
        }

        /**
         * {@code POST /api/triggers/detect}: strict, id optional (nothing is stored); the length is
         * bounded by the request body limit only (the detection package does not read trigger settings).
         */
        public static Rules detectApi() {
            return new Rules(false, false, Integer.MAX_VALUE);
        }

        /** {@code switchboard detect}: lenient, id optional, no length limit (a file on one's own machine). */
        public static Rules detectLines() {
            return new Rules(true, false, Integer.MAX_VALUE);
        }
    }

    private DocumentInput() {
    }

    /**
     * One document object, checked.
     *
     * @throws BadInputException a 400 naming an unknown field (unless lenient), else a 422 listing every invalid field
     */
    public static Document read(JsonNode node, Rules rules) {
        if (!rules.lenient()) {
            requireKnownFields(node, "");
        }
        List<Problem> problems = new ArrayList<>();
        Document document = check(node, "", rules, problems);
        if (document == null) {
            throw BadInputException.invalid(problems);
        }
        return document;
    }

    /**
     * Refuses an object with a field a document does not have.
     *
     * @param at the object's path ({@code ""} or {@code [3]}), put before the field's name
     * @throws BadInputException a 400 naming the field and the known ones
     */
    public static void requireKnownFields(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw BadInputException.malformed(at.isEmpty() ? name : at + "." + name,
                        "unknown field; known fields: " + String.join(", ", FIELDS));
            }
        }
    }

    /**
     * Checks one document object without throwing, so that a batch reports all its problems at once.
     * Unknown fields are not looked at (see {@link #requireKnownFields}).
     *
     * @param at       the object's path ({@code ""} or {@code [3]}); problems are named under it
     * @param problems where the problems are added
     * @return the document, or {@code null} when a problem was added
     */
    public static Document check(JsonNode node, String at, Rules rules, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new Problem(at.isEmpty() ? null : at, "must be a JSON object"));
            return null;
        }
        int before = problems.size();
        Fields fields = new Fields(node, at.isEmpty() ? "" : at + ".", rules.lenient(), problems);
        String id = id(fields, rules);
        String text = text(fields, rules.maxTextLength());
        String language = language(fields);
        String source = fields.name("source");
        String kind = fields.name("kind");
        String url = url(fields);
        Instant published = published(fields);
        String title = title(fields);
        Map<String, String> metadata = metadata(fields);
        if (problems.size() > before) {
            return null;
        }
        if (source != null) {
            metadata.put("source", source);
        }
        if (title != null) {
            metadata.put("title", title);
        }
        return new Document(id, title == null ? text : title + "\n\n" + text, language, kind != null ? kind : source,
                url, published, metadata);
    }

    private static String id(Fields fields, Rules rules) {
        String id = rules.idRequired() ? fields.text("id") : fields.scalar("id");
        if (id == null || id.isBlank()) {
            boolean wrongType = id == null && !fields.absent("id");
            if (rules.idRequired() && !wrongType) {
                fields.problem("id", "required: the source's id for this document");
            }
            return null;
        }
        if (id.strip().length() > MAX_ID_LENGTH) {
            fields.problem("id", "longer than " + MAX_ID_LENGTH + " characters");
        }
        return id.strip();
    }

    private static String text(Fields fields, int maxLength) {
        String text = fields.text("text");
        if (fields.absent("text")) {
            fields.problem("text", "required: a non-empty text");
        } else if (text != null && text.length() > maxLength) {
            fields.problem("text", "longer than " + maxLength + " characters (" + text.length() + ")");
        } else if (text != null) {
            try {
                return DocumentText.plain(text);
            } catch (IllegalArgumentException e) {
                fields.problem("text", e.getMessage());
            }
        }
        return null;
    }

    private static String language(Fields fields) {
        String lang = fields.text("lang");
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String code = lang.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (!code.matches("[a-z]{2,3}")) {
            fields.problem("lang", "'" + abbreviate(lang)
                    + "' is not an ISO 639 language code such as en, cs, pl, ru or de");
            return null;
        }
        return code;
    }

    private static String url(Fields fields) {
        String url = fields.text("url");
        if (url == null || url.isBlank()) {
            return null;
        }
        if (url.length() > MAX_URL_LENGTH) {
            fields.problem("url", "longer than " + MAX_URL_LENGTH + " characters");
        } else if (!isWebUrl(url.strip())) {
            fields.problem("url", "'" + abbreviate(url) + "' is not an http or https URL");
        }
        return url.strip();
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && uri.getHost() != null
                    && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Instant published(Fields fields) {
        String value = fields.text("publishedAt");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                fields.problem("publishedAt", "'" + abbreviate(value)
                        + "' is not an ISO 8601 time (2026-11-20T08:00:00Z) or date (2026-11-20)");
                return null;
            }
        }
    }

    private static String title(Fields fields) {
        String title = fields.text("title");
        if (title == null || title.isBlank()) {
            return null;
        }
        try {
            return DocumentText.plain(title);
        } catch (IllegalArgumentException e) {
            fields.problem("title", e.getMessage());
            return null;
        }
    }

    private static Map<String, String> metadata(Fields fields) {
        Map<String, String> metadata = new LinkedHashMap<>();
        JsonNode given = fields.node().get("metadata");
        if (given == null || given.isNull()) {
            return metadata;
        }
        if (!given.isObject()) {
            fields.problem("metadata", "must be an object of texts");
            return metadata;
        }
        given.fields().forEachRemaining(e -> {
            JsonNode value = e.getValue();
            if (value.isArray() && allScalars(value)) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> {
                    if (!item.isNull()) {
                        items.add(item.asText());
                    }
                });
                metadata.put(e.getKey(), String.join(",", items));
            } else if (value.isValueNode() && !value.isNull()) {
                metadata.put(e.getKey(), value.asText());
            } else if (!value.isNull()) {
                fields.problem("metadata." + e.getKey(), "must be a text, number, boolean or an array of them");
            }
        });
        return metadata;
    }

    /** Whether every item is a text, number, boolean or null (nulls are left out of the joined value). */
    private static boolean allScalars(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    /** The fields of one object as a reader takes them, and where their problems go. */
    private record Fields(JsonNode node, String prefix, boolean lenient, List<Problem> problems) {

        boolean absent(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull();
        }

        /** A text field, or {@code null} when absent; another type is a problem unless lenient takes a scalar. */
        String text(String field) {
            return value(field, lenient);
        }

        /** A field that may be a text or a number (an id); booleans only when lenient. */
        String scalar(String field) {
            JsonNode value = node.get(field);
            return value != null && value.isNumber() ? value.asText() : value(field, lenient);
        }

        /** A short text field: {@code source}, {@code kind}. */
        String name(String field) {
            String value = text(field);
            if (value != null && value.length() > MAX_NAME_LENGTH) {
                problem(field, "longer than " + MAX_NAME_LENGTH + " characters");
            }
            return value == null || value.isBlank() ? null : value.strip();
        }

        void problem(String field, String message) {
            problems.add(new Problem(prefix + field, message));
        }

        private String value(String field, boolean anyScalar) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isTextual() || anyScalar && value.isValueNode()) {
                return value.asText();
            }
            problem(field, "must be a text, not " + value.getNodeType().name().toLowerCase(Locale.ROOT));
            return null;
        }
    }
}
