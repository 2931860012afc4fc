package dev.switchboard.hub.crm;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An account as the read API shows it. {@code needsReview}: created for a company a document named
 * that no account matched (a prospect someone should check).
 */
public record AccountView(UUID id, String name, String domain, String phoneE164, String country, String ownerId,
                          boolean customer, boolean needsReview, Map<String, String> externalIds, Instant createdAt,
                          Instant updatedAt) {
}
