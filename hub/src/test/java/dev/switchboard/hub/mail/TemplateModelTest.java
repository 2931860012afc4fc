package dev.switchboard.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplateModelTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> meeting(String zone) {
        FormSubmitted s = new FormSubmitted("s1", "visit-booking", null, null, "ada@example.com", "Ada", "L", Map.of(),
                null, new FormSubmitted.Meeting(Instant.parse("2026-12-01T13:30:00Z"), 60, "Office", "Visit", zone),
                null, false, null);
        return (Map<String, Object>) TemplateModel.of(s, "subject").get("meeting");
    }

    @Test
    void meetingTimesAreShownInTheFormsTimeZone() {
        assertThat(meeting("Europe/Prague")).containsEntry("start", "2026-12-01 14:30 CET")
                .containsEntry("end", "2026-12-01 15:30 CET").containsEntry("timeZone", "Europe/Prague");
    }

    @Test
    void withoutAUsableZoneTheyAreShownInUtc() {
        assertThat(meeting(null)).containsEntry("start", "2026-12-01 13:30 UTC");
        assertThat(meeting("Mars/Olympus")).containsEntry("start", "2026-12-01 13:30 UTC");
    }
}
