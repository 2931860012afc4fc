package dev.switchboard.plugins.feed;

import dev.switchboard.sdk.model.Document;

/**
 * One entry of a parsed feed, ready to emit.
 *
 * @param entryId  the entry's id ({@link Document#id()})
 * @param title    its plain-text title, {@code ""} when it has none
 * @param document the document to emit as the body
 */
record FeedEntry(String entryId, String title, Document document) {
}
