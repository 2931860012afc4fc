package dev.switchboard.hub.forms;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Reads a submission from JSON or {@code application/x-www-form-urlencoded}. platform-http on Spring
 * MVC may hand a urlencoded body over as the raw text or, when the servlet container parsed it
 * already, as one header per parameter: both are read.
 */
final class SubmissionReader {

    static final String URLENCODED = "application/x-www-form-urlencoded";

    private final ObjectMapper json;

    SubmissionReader(ObjectMapper json) {
        this.json = json;
    }

    RawSubmission read(Exchange exchange, FormDefinition form) {
        Message message = exchange.getMessage();
        String type = contentType(message);
        if (type.equals("application/json") || type.endsWith("+json")) {
            String body = message.getBody(String.class);
            return new RawSubmission(fromJson(body == null ? "" : body), body == null ? "" : body, false);
        }
        if (type.equals(URLENCODED)) {
            if (form.auth().mode() == FormDefinition.AuthMode.HMAC) {
                throw new BadInputException(415, List.of(new Problem(null, "form " + form.id()
                        + " is signed (hmac): send application/json, whose raw body the signature covers")));
            }
            boolean browser = message.getHeader("Accept", "", String.class).contains("text/html");
            return new RawSubmission(urlEncoded(message, form), "", browser);
        }
        throw new BadInputException(415, List.of(new Problem(null, "unsupported Content-Type '" + type
                + "'; send application/json or " + URLENCODED)));
    }

    private static String contentType(Message message) {
        String type = message.getHeader(Exchange.CONTENT_TYPE, String.class);
        if (type == null || type.isBlank()) {
            return "";
        }
        return type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private Map<String, String> fromJson(String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw BadInputException.malformed(null, "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw BadInputException.malformed(null, "a JSON object of field values is expected");
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<Problem> problems = new java.util.ArrayList<>();
        node.fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                return;
            }
            if (!value.isValueNode()) {
                problems.add(new Problem(entry.getKey(), "must be a single value, not an object or a list"));
                return;
            }
            values.put(entry.getKey(), value.asText());
        });
        if (!problems.isEmpty()) {
            throw BadInputException.invalid(problems);
        }
        return values;
    }

    /**
     * platform-http on Spring MVC hands a urlencoded body over as a Map of the still-encoded values
     * (and the decoded values as headers); a plain Camel call may carry the text.
     */
    private static Map<String, String> urlEncoded(Message message, FormDefinition form) {
        Object body = message.getBody();
        if (body instanceof Map<?, ?> map) {
            Map<String, String> values = new LinkedHashMap<>();
            map.forEach((name, value) -> values.put(String.valueOf(name), value == null ? "" : decode(value)));
            return values;
        }
        String text = message.getBody(String.class);
        return text == null || text.isBlank() ? fromHeaders(message, form) : fromUrlEncoded(text);
    }

    private static String decode(Object value) {
        String text = value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : value.toString();
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw BadInputException.malformed(null, "malformed form body: " + e.getMessage());
        }
    }

    private static Map<String, String> fromUrlEncoded(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.merge(name, value, (a, b) -> a + "," + b);
            } catch (IllegalArgumentException e) {
                throw BadInputException.malformed(null, "malformed form body: " + e.getMessage());
            }
        }
        return values;
    }

    /** The parameters the container parsed, for the names the form knows. */
    private static Map<String, String> fromHeaders(Message message, FormDefinition form) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> names = new java.util.ArrayList<>(form.fields().stream().map(FormDefinition.Field::name).toList());
        names.addAll(List.of(FormIntake.SUBMISSION_ID, FormIntake.VISITOR_ID));
        if (form.auth().honeypot() != null) {
            names.add(form.auth().honeypot());
        }
        for (String name : names) {
            Object value = message.getHeader(name);
            if (value instanceof List<?> list) {
                value = String.join(",", list.stream().map(String::valueOf).toList());
            }
            if (value != null) {
                values.put(name, value.toString());
            }
        }
        return values;
    }
}
