package dev.switchboard.hub.visits;

import java.time.Instant;

/** A stored page view. */
record Visit(long id, String visitorId, String url, String title, String referrer, Instant occurredAt) {
}
