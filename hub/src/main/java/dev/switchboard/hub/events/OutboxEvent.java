package dev.switchboard.hub.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One sequenced outbox row, as delivered to subscribers. */
record OutboxEvent(long seq, String eventType, String aggregateType, UUID aggregateId, String payload,
                   OffsetDateTime createdAt) {
}
