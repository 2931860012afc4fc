package dev.switchboard.hub.mail;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a confirmation template sees, as plain maps (templates stay independent of Java types):
 * {@code name}, {@code firstName}, {@code email}, {@code formId}, {@code submissionId},
 * {@code subject}, {@code fields} (field name to text, in submitted order), {@code meeting}
 * ({@code title}, {@code start}, {@code end}, {@code durationMinutes}, {@code location}, {@code timeZone};
 * times in the form's time zone as {@code yyyy-MM-dd HH:mm} and the zone's short name, e.g.
 * {@code 2026-12-01 10:00 CET}) or null, {@code owner} ({@code name}, {@code email}) or null.
 * Marketing consent is deliberately absent: a confirmation is transactional mail.
 */
final class TemplateModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    private TemplateModel() {
    }

    static Map<String, Object> of(FormSubmitted s, String subject) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", s.displayName());
        model.put("firstName", s.firstName());
        model.put("email", s.email());
        model.put("formId", s.formId());
        model.put("submissionId", s.submissionId());
        model.put("subject", subject);
        Map<String, String> fields = new LinkedHashMap<>();
        s.fields().forEach((key, value) -> fields.put(key, text(value)));
        model.put("fields", fields);
        model.put("meeting", s.meeting() == null ? null : meeting(s.meeting()));
        model.put("owner", s.owner() == null ? null : owner(s.owner()));
        return model;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static Map<String, Object> meeting(FormSubmitted.Meeting m) {
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("title", m.title());
        meeting.put("start", TIME.withZone(m.zone()).format(m.start()));
        meeting.put("end", TIME.withZone(m.zone()).format(m.end()));
        meeting.put("timeZone", m.zone().getId());
        meeting.put("durationMinutes", m.durationMinutes());
        meeting.put("location", m.location());
        return meeting;
    }

    private static Map<String, Object> owner(FormSubmitted.Owner o) {
        Map<String, Object> owner = new HashMap<>();
        owner.put("name", o.name());
        owner.put("email", o.email());
        return owner;
    }
}
