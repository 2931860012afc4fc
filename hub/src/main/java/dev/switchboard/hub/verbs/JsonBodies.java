package dev.switchboard.hub.verbs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Reads exchange bodies as JSON for the verbs, strictly: malformed JSON is a 400 with its line and
 * column; a field the canonical record does not have is a 400 naming it and the fields it has; a
 * value of the wrong type is a 422 naming the field. Field paths start at the pointer's last segment.
 */
@Component
public class JsonBodies {

    private final ObjectMapper strict;

    public JsonBodies(ObjectMapper mapper) {
        this.strict = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The body as a JSON tree; a Map or record body is converted, a text or byte body parsed. */
    public JsonNode tree(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            throw BadInputException.malformed(null, "the body is empty; a JSON object is expected");
        }
        if (body instanceof JsonNode node) {
            return node;
        }
        if (body instanceof Map<?, ?> || body instanceof Collection<?> || body instanceof Record) {
            return strict.valueToTree(body);
        }
        try (InputStream in = exchange.getMessage().getBody(InputStream.class)) {
            return parse(in);
        } catch (IOException e) {
            throw BadInputException.malformed(null, "the body cannot be read: " + e.getMessage());
        }
    }

    /** A request body as a JSON tree. */
    public JsonNode tree(String body) {
        try (InputStream in = new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return parse(in);
        } catch (IOException e) {
            throw BadInputException.malformed(null, "the body cannot be read: " + e.getMessage());
        }
    }

    private JsonNode parse(InputStream in) throws IOException {
        try {
            JsonNode node = strict.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw BadInputException.malformed(null, "the body is empty; a JSON object is expected");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw BadInputException.malformed(null, "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    /** The part of {@code body} at {@code pointer} as a {@code type}, strictly. */
    public <T> T read(JsonNode body, String pointer, Class<T> type) {
        String prefix = label(pointer);
        JsonNode node = pointer.isEmpty() ? body : body.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            throw BadInputException.invalid(List.of(new Problem(prefix, "missing; a JSON object is expected")));
        }
        if (!node.isObject()) {
            throw BadInputException.invalid(List.of(new Problem(prefix, "must be a JSON object")));
        }
        try {
            return strict.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw BadInputException.malformed(join(prefix, path(e)), "unknown field; known fields: " + known);
        } catch (JsonParseException e) {
            throw BadInputException.malformed(prefix, e.getOriginalMessage());
        } catch (JsonMappingException e) {
            throw BadInputException.invalid(List.of(new Problem(join(prefix, path(e)), e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw BadInputException.malformed(prefix, e.getOriginalMessage());
        }
    }

    /** A text field at {@code pointer}, or null when absent; a non-text value is a 422. */
    public String text(JsonNode body, String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return null;
        }
        JsonNode node = body.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw BadInputException.invalid(List.of(new Problem(label(pointer), "must be a text value")));
        }
        return node.asText();
    }

    /** The whole body as compact JSON text. */
    public String write(JsonNode body) {
        try {
            return strict.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String join(String prefix, String path) {
        if (prefix == null || prefix.isEmpty()) {
            return path.isEmpty() ? null : path;
        }
        return path.isEmpty() ? prefix : prefix + "." + path;
    }

    /** {@code /contact/address} becomes {@code contact.address}. */
    static String label(String pointer) {
        return pointer.isEmpty() ? null : pointer.substring(1).replace('/', '.').replace("~1", "/").replace("~0", "~");
    }
}
