package dev.switchboard.hub.visits;

import java.time.Instant;

/** One validated page view, as {@code POST /track} stores it. */
record PageView(String visitorId, String url, String title, String referrer, Instant occurredAt) {
}
