package dev.switchboard.hub.triggers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A sales trigger as the read API shows it.
 *
 * @param detectedAt when its first source was published (else detected)
 * @param lastSeenAt when its latest source was
 * @param sources    every document that reported it, oldest first
 */
public record TriggerView(UUID id, UUID accountId, String accountName, String type, double confidence,
                          String company, String evidence, String detector, String language, Instant detectedAt,
                          Instant lastSeenAt, UUID activityId, UUID taskId, List<Source> sources) {

    /** One document that reported the trigger. */
    public record Source(String documentId, String url, String kind, String source, double confidence,
                         String evidence, Instant detectedAt) {
    }
}
