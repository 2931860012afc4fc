package dev.switchboard.hub.mail;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The payload of a {@code form.submitted} outbox event, as the web-form intake writes it. Read
 * leniently: fields added to the contract later are ignored here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FormSubmitted(String submissionId, String formId, String contactId, String leadId, String email,
                            String firstName, String lastName, Map<String, Object> fields, Owner owner,
                            Meeting meeting, Confirmation confirmation, boolean marketingConsent,
                            String visitorId) {

    public FormSubmitted {
        fields = fields == null ? Map.of() : fields;
    }

    /** "First Last", or the e-mail address when neither name is known. */
    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? email : name;
    }

    /** The owner of the contact or lead: the organizer of a meeting. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Owner(String id, String name, String email) {
    }

    /** A booked meeting; {@code timeZone} is the form's, for showing its times (UTC when absent). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Meeting(Instant start, int durationMinutes, String location, String title, String timeZone) {

        private static final java.time.ZoneId UTC = java.time.ZoneId.of("UTC");

        /** The zone to show the meeting's times in: the form's, else UTC. */
        public java.time.ZoneId zone() {
            try {
                return timeZone == null || timeZone.isBlank() ? UTC : java.time.ZoneId.of(timeZone);
            } catch (java.time.DateTimeException e) {
                return UTC;
            }
        }

        public Instant end() {
            return start.plusSeconds(60L * durationMinutes);
        }
    }

    /** Which template confirms the submission, and the mail's subject. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Confirmation(String template, String subject) {
    }
}
