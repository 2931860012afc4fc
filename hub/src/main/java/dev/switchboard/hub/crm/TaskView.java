package dev.switchboard.hub.crm;

import java.time.Instant;
import java.util.UUID;

/** A task as the read API shows it. */
public record TaskView(UUID id, String ownerId, String subject, String status, Instant dueAt,
                       UUID contactId, UUID accountId, UUID leadId, Instant createdAt) {
}
