package dev.switchboard.plugins.mastodon;

import dev.switchboard.sdk.model.Document;

/**
 * One status of a page, mapped and ready to emit.
 *
 * @param timelineId the id of the timeline entry: the status itself, or the boost that carried it;
 *                   what the endpoint's cursor ({@code since_id}) moves over
 * @param statusId   the id of the emitted status: for a boost, the boosted original's; what the
 *                   idempotent repository remembers, so an original and its boosts are emitted once
 * @param account    the emitted status's author as {@code @user@host}
 * @param document   the body of the exchange
 */
record MastodonStatus(String timelineId, String statusId, String account, Document document) {
}
