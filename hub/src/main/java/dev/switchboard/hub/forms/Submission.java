package dev.switchboard.hub.forms;

import java.time.Instant;
import java.util.Map;

/**
 * A valid submission, normalized: text NFC and trimmed, e-mail lower-cased, phone in E.164, dates
 * ISO-8601, booleans and numbers typed. Names are kept as written.
 *
 * @param fields        the declared fields that were sent, in declaration order
 * @param submissionId  the client's idempotency key ({@code Idempotency-Key} or field {@code submissionId}), or {@code null}
 * @param visitorId     the hidden field {@code sb_visitor}, or {@code null}
 * @param meetingStart  the meeting's start when the form books one and it was filled, or {@code null}
 * @param ip            the client's address
 * @param userAgent     the client's {@code User-Agent}
 */
record Submission(Map<String, Object> fields, String submissionId, String visitorId, Instant meetingStart,
                  String ip, String userAgent) {

    String text(String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString();
    }

    boolean isTrue(String name) {
        return Boolean.TRUE.equals(fields.get(name));
    }
}
