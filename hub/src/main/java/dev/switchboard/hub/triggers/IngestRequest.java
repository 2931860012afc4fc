package dev.switchboard.hub.triggers;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * {@code POST /ingest/documents}: one document object or an array of up to
 * {@code switchboard.triggers.max-batch-size}. Refused as a whole, before anything is stored: 415
 * when not JSON, 400 for malformed JSON (line and column) or an unknown field (named, with its
 * path), 422 listing every invalid field with its path ({@code [3].text: required...}), 413 for a
 * body over {@code switchboard.http.max-body-size} (the HTTP layer) or too many documents.
 */
@Component
class IngestRequest {

    private final ObjectMapper json;
    private final TriggersProperties settings;

    IngestRequest(ObjectMapper json, TriggersProperties settings) {
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        this.settings = settings;
    }

    /** Replaces the body with the documents, each a JSON object text (so that a dead letter replays as one). */
    void read(Exchange exchange) {
        Message message = exchange.getMessage();
        String type = message.getHeader(Exchange.CONTENT_TYPE, String.class);
        if (type == null || !type.toLowerCase(Locale.ROOT).matches("application/([a-z0-9.+-]*\\+)?json\\b.*")) {
            throw new BadInputException(415, List.of(new Problem(null, "Content-Type must be application/json, was "
                    + (type == null ? "none" : "'" + type + "'"))));
        }
        JsonNode body = parse(message);
        boolean batch = body.isArray();
        List<JsonNode> documents = new ArrayList<>();
        if (batch) {
            body.forEach(documents::add);
        } else {
            documents.add(body);
        }
        if (documents.isEmpty()) {
            throw BadInputException.invalid(List.of(new Problem(null, "an empty array: post one document or more")));
        }
        if (documents.size() > settings.maxBatchSize()) {
            throw new BadInputException(413, List.of(new Problem(null, documents.size() + " documents; at most "
                    + settings.maxBatchSize() + " per request")));
        }
        check(documents, batch);
        List<String> texts = new ArrayList<>();
        for (JsonNode document : documents) {
            texts.add(document.toString());
        }
        message.setBody(texts);
    }

    private void check(List<JsonNode> documents, boolean batch) {
        for (int i = 0; i < documents.size(); i++) {
            JsonNode document = documents.get(i);
            String unknown = document.isObject() ? DocumentInput.unknownField(document) : null;
            if (unknown != null) {
                throw BadInputException.malformed((batch ? "[" + i + "]." : "") + unknown, "unknown field; known fields: "
                        + String.join(", ", DocumentInput.FIELDS.stream().sorted().toList()));
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            DocumentInput.check(documents.get(i), batch ? "[" + i + "]" : "", settings.maxTextLength(), problems);
        }
        if (!problems.isEmpty()) {
            throw BadInputException.invalid(problems);
        }
    }

    private JsonNode parse(Message message) {
        try (InputStream in = message.getBody(InputStream.class)) {
            JsonNode node = in == null ? null : json.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw BadInputException.malformed(null, "the body is empty; a JSON document or array is expected");
            }
            if (!node.isObject() && !node.isArray()) {
                throw BadInputException.malformed(null, "a JSON object or array is expected");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw BadInputException.malformed(null, "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw BadInputException.malformed(null, "the body cannot be read: " + e.getMessage());
        }
    }

    /** After the split: the body is the list of per-document answers (JSON texts, or dead-letter answers). */
    void answer(Exchange exchange) throws IOException {
        ArrayNode results = json.createArrayNode();
        Object body = exchange.getMessage().getBody();
        if (body instanceof List<?> list) {
            for (Object item : list) {
                results.add(item instanceof String text ? json.readTree(text) : json.valueToTree(item));
            }
        }
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 202);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(json.writeValueAsString(json.createObjectNode().put("accepted", results.size())
                .set("results", results)));
    }
}
