package dev.switchboard.hub.errors;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * An exchange that failed after every redelivery, as stored in {@code dead_letters}.
 *
 * @param id               the entry's id
 * @param routeId          the route that received the message; a replay re-enters it
 * @param endpointUri      the endpoint that failed, when the failure was a call to one (sanitized)
 * @param fromUri          the route's consumer endpoint (sanitized)
 * @param exceptionClass   the exception's class name
 * @param exceptionMessage the exception's message
 * @param body             the original incoming body, as text
 * @param headers          the original headers: plain values only, credentials redacted
 * @param attempts         deliveries tried: the first plus the redeliveries
 * @param failedAt         when it was given up
 * @param replays          failed replays so far
 * @param lastReplayAt     when the last failed replay ran
 * @param lastReplayError  why the last replay failed
 */
public record DeadLetter(long id, String routeId, String endpointUri, String fromUri, String exceptionClass,
                         String exceptionMessage, String body, Map<String, Object> headers, int attempts,
                         OffsetDateTime failedAt, int replays, OffsetDateTime lastReplayAt, String lastReplayError) {
}
