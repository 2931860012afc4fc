package dev.switchboard.hub.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes the iCalendar (RFC 5545) invitation {@code invite.ics} for a booked meeting: METHOD:REQUEST,
 * one VEVENT whose UID is {@code <submissionId>@switchboard} (so a resent invitation updates the
 * same event), times in UTC, the owner as ORGANIZER and the submitter as ATTENDEE. Lines end with
 * CRLF and are folded at 75 octets without splitting a UTF-8 character (RFC 5545 section 3.1);
 * TEXT values are escaped (section 3.3.11).
 */
final class Invitation {

    static final String FILE_NAME = "invite.ics";
    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private Invitation() {
    }

    /** The invitation for {@code submission}, which has a meeting and an owner with an e-mail address. */
    static String write(FormSubmitted submission, Instant now) {
        FormSubmitted.Meeting meeting = submission.meeting();
        FormSubmitted.Owner owner = submission.owner();
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "PRODID:-//Switchboard//Follow-ups//EN");
        line(ics, "VERSION:2.0");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:REQUEST");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + text(submission.submissionId()) + "@switchboard");
        line(ics, "DTSTAMP:" + UTC.format(now.truncatedTo(ChronoUnit.SECONDS)));
        line(ics, "DTSTART:" + UTC.format(meeting.start()));
        line(ics, "DTEND:" + UTC.format(meeting.end()));
        line(ics, "SUMMARY:" + text(meeting.title() == null ? "Meeting" : meeting.title()));
        if (meeting.location() != null && !meeting.location().isBlank()) {
            line(ics, "LOCATION:" + text(meeting.location()));
        }
        line(ics, "ORGANIZER;CN=" + param(owner.name() == null ? owner.email() : owner.name())
                + ":mailto:" + owner.email());
        line(ics, "ATTENDEE;CN=" + param(submission.displayName())
                + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + submission.email());
        line(ics, "SEQUENCE:0");
        line(ics, "STATUS:CONFIRMED");
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value in double quotes, which may hold ':', ';' and ','; quotes and controls are dropped. */
    static String param(String value) {
        return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    /** Appends one content line, folded at 75 octets, each physical line ending with CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
