package dev.switchboard.hub.triggers;

import java.util.List;
import java.util.UUID;

/**
 * What {@code hub:triggers} did with one document, its JSON answer.
 *
 * @param documentId the document's id
 * @param language   its language, as given or as a detector found it, or {@code null}
 * @param triggers   each trigger found; {@code accountId} and {@code triggerId} are {@code null} when no
 *                   account was linked (no company named, or an unknown one with {@code unresolved: ignore})
 * @param mentions   watch-list mentions stored (0 or 1)
 * @param problems   detectors that did not answer for this document
 */
public record TriggerResult(String documentId, String language, List<Item> triggers, int mentions,
                            List<String> problems) {

    /** One trigger of the document. */
    public record Item(String type, double confidence, String company, UUID accountId, UUID triggerId,
                       boolean collapsed, String evidence) {
    }
}
