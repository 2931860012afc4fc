package dev.switchboard.hub.forms;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code POST /forms/<id>} answers (202), and answers again, unchanged, to a retry with the same
 * idempotency key.
 *
 * @param submissionId the submission's id
 * @param contactId    the known contact it was attached to, or {@code null}
 * @param leadId       the lead it created or updated, or {@code null}
 * @param matchedBy    {@code email}, {@code phone}, {@code name}, or {@code null} when no contact matched
 * @param status       {@code accepted}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormAnswer(String submissionId, String contactId, String leadId,
                         @JsonInclude(JsonInclude.Include.ALWAYS) String matchedBy, String status) {
}
