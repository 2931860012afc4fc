package dev.switchboard.hub.forms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.switchboard.hub.forms.OwnerAssignment.Owner;
import dev.switchboard.hub.forms.PersonResolver.Person;

/**
 * The payloads a submission writes: the {@code web-form} activity's and the {@code form.submitted}
 * event's. The event is a contract with the mail follow-ups and web-visit tracking (README.md).
 */
final class FormPayloads {

    private FormPayloads() {
    }

    static Map<String, Object> activity(FormDefinition form, Submission s, Person person) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("formId", form.id());
        payload.put("fields", s.fields());
        payload.put("matchedBy", person.matchedBy());
        payload.put("existingCustomer", person.customer());
        payload.put("visitorId", s.visitorId());
        return payload;
    }

    static Map<String, Object> submitted(FormDefinition form, Submission s, UUID submissionId, Person person,
                                         Owner owner, boolean marketingConsent) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("submissionId", submissionId.toString());
        payload.put("formId", form.id());
        payload.put("contactId", person.contact() == null ? null : person.contact().toString());
        payload.put("leadId", person.lead() == null ? null : person.lead().toString());
        payload.put("email", s.text("email"));
        payload.put("firstName", s.text("firstName"));
        payload.put("lastName", s.text("lastName"));
        payload.put("fields", s.fields());
        payload.put("owner", owner == null ? null : ownerMap(owner));
        payload.put("meeting", meeting(form, s));
        payload.put("confirmation", form.confirmation() == null ? null
                : map("template", form.confirmation().template(), "subject", form.confirmation().subject()));
        payload.put("marketingConsent", marketingConsent);
        payload.put("visitorId", s.visitorId());
        return payload;
    }

    private static Map<String, Object> ownerMap(Owner owner) {
        return map("id", owner.id(), "name", owner.name(), "email", owner.email());
    }

    private static Map<String, Object> meeting(FormDefinition form, Submission s) {
        if (s.meetingStart() == null) {
            return null;
        }
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("start", s.meetingStart().toString());
        meeting.put("durationMinutes", form.meeting().durationMinutes());
        meeting.put("location", form.meeting().location());
        meeting.put("title", form.meeting().title());
        meeting.put("timeZone", form.timeZone() == null ? "UTC" : form.timeZone().getId());
        return meeting;
    }

    private static Map<String, Object> map(String k1, Object v1, String k2, Object v2, Object... more) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        for (int i = 0; i + 1 < more.length; i += 2) {
            map.put(more[i].toString(), more[i + 1]);
        }
        return map;
    }
}
