package dev.switchboard.sdk.model;

import java.time.Instant;

/**
 * A piece of work for an owner, such as "follow up on web form".
 *
 * @param subject what to do
 * @param ownerId the user or team that should do it
 * @param dueAt   when it is due, may be {@code null}
 */
public record Task(String subject, String ownerId, Instant dueAt) {
}
