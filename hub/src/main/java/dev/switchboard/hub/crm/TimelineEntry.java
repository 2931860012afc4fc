package dev.switchboard.hub.crm;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One activity on a timeline. {@code payload} is the source's JSON document, embedded as JSON. */
public record TimelineEntry(UUID id, String type, String channel, Instant occurredAt, String subject, String summary,
                            @JsonRawValue String payload, String sourceSystem, String sourceId,
                            UUID contactId, UUID accountId, UUID leadId) {
}
