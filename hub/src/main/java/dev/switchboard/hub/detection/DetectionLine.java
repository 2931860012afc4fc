package dev.switchboard.hub.detection;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer for one document, as {@code switchboard detect} writes it (one JSON line per input)
 * and {@code POST /api/triggers/detect} returns it:
 * {@code {"id", "triggers": [{"type", "confidence", "company", "evidence"}]}}, plus {@code language}
 * when known and {@code error} when the input line could not be read.
 *
 * @param id       the input's id, as given (text or number), or {@code null}
 * @param language the document's language, given or identified
 * @param triggers what was found
 * @param error    why the input was not read, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DetectionLine(JsonNode id, String language, @JsonInclude(JsonInclude.Include.ALWAYS) List<Item> triggers,
                            String error) {

    /** One trigger; {@code company} is {@code null} when the text does not name one. */
    public record Item(String type, double confidence, @JsonInclude(JsonInclude.Include.ALWAYS) String company,
                       String evidence) {
    }

    public static DetectionLine of(JsonNode id, DetectionOutcome outcome) {
        return new DetectionLine(id, outcome.language(), outcome.triggers().stream()
                .map(t -> new Item(t.type().code(), Math.round(t.confidence() * 1000) / 1000.0, t.company(), t.evidence()))
                .toList(), null);
    }

    public static DetectionLine failed(JsonNode id, String error) {
        return new DetectionLine(id, null, List.of(), error);
    }
}
