package dev.switchboard.hub.triggers.internal;

import java.util.UUID;

/**
 * The account a company mention was linked to.
 *
 * @param id       the account
 * @param name     its name
 * @param ownerId  its owner, or {@code null}
 * @param created  true when it was created for this mention (a prospect flagged for review)
 * @param linkedBy {@code domain}, {@code name} or {@code prospect}
 */
public record LinkedAccount(UUID id, String name, String ownerId, boolean created, String linkedBy) {
}
