package dev.switchboard.hub.detection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.verbs.JsonBodies;
import dev.switchboard.sdk.model.Document;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/triggers/detect}: one document in, the detections out, nothing stored. For
 * trying detectors and for backtesting; {@code POST /ingest/documents} is the way to act on them.
 */
@RestController
@RequestMapping("/api/triggers")
@Tag(name = "Triggers", description = "sales triggers in news and social posts")
class DetectApi {

    private final TriggerDetection detection;
    private final JsonBodies json;

    DetectApi(TriggerDetection detection, JsonBodies json) {
        this.detection = detection;
        this.json = json;
    }

    @Operation(summary = "Detect sales triggers in one document",
            description = "Body: {\"id\"?, \"text\", \"lang\"?, \"source\"?, \"kind\"?, \"url\"?, \"publishedAt\"?, \"title\"?}. "
                    + "Answer: {\"id\", \"language\", \"triggers\": [{\"type\", \"confidence\", \"company\", \"evidence\"}]}. "
                    + "Nothing is stored.")
    @PostMapping(path = "/detect", consumes = "application/json", produces = "application/json")
    DetectionLine detect(@RequestBody(required = false) String body) {
        if (body == null || body.isBlank()) {
            throw BadInputException.malformed(null, "the body is empty; a JSON object {\"text\": ...} is expected");
        }
        JsonNode tree = json.tree(body);
        DocumentInput input = json.read(tree, "", DocumentInput.class);
        Document document = input.toDocument(false, null);
        return DetectionLine.of(input.id() == null ? null : TextNode.valueOf(input.id()), detection.detect(document));
    }
}
