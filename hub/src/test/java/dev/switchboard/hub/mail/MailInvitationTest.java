package dev.switchboard.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** RFC 5545 details of {@link Invitation}: folding at 75 octets, CRLF, TEXT escaping, quoted parameters. */
class MailInvitationTest {

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        String value = "SUMMARY:" + "ř".repeat(60);
        Invitation.line(out, value);

        List<String> lines = FollowUpHome.lines(out.toString());
        assertThat(lines.get(lines.size() - 1)).isEmpty();
        assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(line -> {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        });
        assertThat(lines.get(1)).startsWith(" ");
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo(value + "\r\n");
    }

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        StringBuilder out = new StringBuilder();
        Invitation.line(out, "X".repeat(75));
        assertThat(out.toString()).isEqualTo("X".repeat(75) + "\r\n");
    }

    @Test
    void textValuesAndParametersAreEscaped() {
        assertThat(Invitation.text("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
        assertThat(Invitation.param("Novák, \"Jana\": sales")).isEqualTo("\"Novák, Jana: sales\"");
    }

    @Test
    void theInvitationIsARequestInUtcWithOrganizerAndAttendee() {
        FormSubmitted submission = new FormSubmitted("s-1", "f", null, null, "ada@example.com", "Ada", "Lovelace",
                Map.of(), new FormSubmitted.Owner("jana", "Jana", "jana@example.com"),
                new FormSubmitted.Meeting(Instant.parse("2026-12-01T13:30:00Z"), 30, "Room; 1", "Visit", "Europe/Prague"),
                new FormSubmitted.Confirmation("t", "s"), false, null);

        String ics = Invitation.write(submission, Instant.parse("2026-11-22T10:00:00.123Z"));

        assertThat(FollowUpHome.lines(ics)).contains("METHOD:REQUEST", "UID:s-1@switchboard",
                "DTSTAMP:20261122T100000Z", "DTSTART:20261201T133000Z", "DTEND:20261201T140000Z",
                "LOCATION:Room\\; 1", "ORGANIZER;CN=\"Jana\":mailto:jana@example.com");
        assertThat(ics).contains("ATTENDEE;CN=\"Ada Lovelace\";").startsWith("BEGIN:VCALENDAR\r\n");
    }
}
