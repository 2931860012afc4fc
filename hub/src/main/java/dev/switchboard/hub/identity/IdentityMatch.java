package dev.switchboard.hub.identity;

import java.util.UUID;

/**
 * An existing contact the incoming person was matched to.
 *
 * @param contactId the contact
 * @param matchedBy {@code email}, {@code phone} or {@code name} (name and company, fuzzily)
 * @param score     0 to 1: how sure the match is ({@code 1} for an exact e-mail)
 * @param reason    one sentence for people: why this contact ("same e-mail", "same phone and surname", ...)
 */
public record IdentityMatch(UUID contactId, String matchedBy, double score, String reason) {
}
