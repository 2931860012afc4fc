package dev.switchboard.hub.forms;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code POST /forms/<id>} answers (202), and answers again, unchanged, to a retry with the same
 * idempotency key.
 *
 * @param submissionId the submission's id
 * @param contactId    the contact it was attached to: the matched one, or the one created for a new person
 * @param leadId       the lead linked to that contact (created for a new person, or the contact's open
 *                     lead, reused), or {@code null} when the contact has none
 * @param matchedBy    {@code email}, {@code phone}, {@code name}, or {@code null} when no contact matched
 * @param status       {@code accepted}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormAnswer(String submissionId, String contactId, String leadId,
                         @JsonInclude(JsonInclude.Include.ALWAYS) String matchedBy, String status) {
}
