package dev.switchboard.hub.forms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.switchboard.hub.crm.Normalization;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import dev.switchboard.hub.forms.FormDefinition.ConsentPurpose;
import dev.switchboard.hub.forms.FormDefinition.Field;

/**
 * Checks a submission against its form and normalizes it; every invalid field is reported in one
 * 422. Values of names the form does not declare are dropped (a browser also sends its submit
 * button). A datetime without an offset is read in the form's {@code timeZone}. Fields stored on the contact or lead
 * (firstName, lastName, company, phone) are held to their column's length when the form sets none.
 */
final class SubmissionValidator {

    private static final Set<String> TRUE = Set.of("true", "on", "yes", "1");
    private static final Set<String> FALSE = Set.of("false", "off", "no", "0");
    /** Limits of the contact and lead columns these fields fill, for forms that set no maxLength. */
    private static final Map<String, Integer> COLUMN_LIMITS = Map.of("firstName", 200, "lastName", 200,
            "company", 300, "phone", 40);

    private final String fallbackRegion;

    SubmissionValidator(String fallbackRegion) {
        this.fallbackRegion = fallbackRegion;
    }

    Map<String, Object> validate(FormDefinition form, Map<String, String> values) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        String region = form.defaultPhoneRegion() != null ? form.defaultPhoneRegion() : fallbackRegion;
        for (Field field : form.fields()) {
            String text = Normalization.text(values.get(field.name()));
            if (text == null) {
                if (field.type() == FormDefinition.FieldType.BOOLEAN) {
                    out.put(field.name(), false);
                } else if (field.required()) {
                    problems.add(new Problem(field.name(), "required"));
                }
                continue;
            }
            try {
                out.put(field.name(), value(field, text, region, form.timeZone()));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(new Problem(field.name(), e.getMessage()));
            }
        }
        for (ConsentPurpose consent : form.consents()) {
            if (consent.required() && !Boolean.TRUE.equals(out.get(consent.field()))) {
                problems.add(new Problem(consent.field(), "consent '" + consent.purpose() + "' is required"));
            }
        }
        if (!problems.isEmpty()) {
            throw BadInputException.invalid(problems);
        }
        return out;
    }

    private static Object value(Field field, String text, String region, ZoneId zone) {
        Integer max = field.maxLength() != null ? field.maxLength() : COLUMN_LIMITS.get(field.name());
        if (max != null && text.codePointCount(0, text.length()) > max) {
            throw new IllegalArgumentException("longer than " + max + " characters");
        }
        return switch (field.type()) {
            case TEXT -> text;
            case EMAIL -> Normalization.email(text);
            case PHONE -> Normalization.phone(text, region);
            case DATE -> date(text);
            case DATETIME -> dateTime(text, zone);
            case CHOICE -> choice(field, text);
            case BOOLEAN -> bool(text);
            case NUMBER -> number(text);
        };
    }

    private static String date(String text) {
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date such as 2026-12-01: '" + text + "'");
        }
    }

    private static String dateTime(String text, ZoneId zone) {
        // the likely form first, so that a valid value costs no exception (they are slow)
        int time = text.indexOf('T');
        boolean offset = time >= 0 && (text.indexOf('Z', time) > 0 || text.indexOf('+', time) > 0
                || text.indexOf('-', time) > 0);
        try {
            return offset ? withOffset(text) : local(text, zone);
        } catch (DateTimeParseException e) {
            try {
                return offset ? local(text, zone) : withOffset(text);
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("not a date and time such as 2026-12-01T10:00:00+01:00: '" + text + "'");
            }
        }
    }

    private static String withOffset(String text) {
        return OffsetDateTime.parse(text).toInstant().toString();
    }

    private static String local(String text, ZoneId zone) {
        return LocalDateTime.parse(text).atZone(zone).toInstant().toString();
    }

    private static String choice(Field field, String text) {
        if (!field.allowed().contains(text)) {
            throw new IllegalArgumentException("'" + text + "' is not one of " + String.join(", ", field.allowed()));
        }
        return text;
    }

    private static Boolean bool(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return true;
        }
        if (FALSE.contains(lower)) {
            return false;
        }
        throw new IllegalArgumentException("not a yes/no value: '" + text + "'");
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + text + "'");
        }
    }

    /** The meeting start as an instant, when the form books one and the field was filled. */
    static Instant meetingStart(FormDefinition form, Map<String, Object> fields) {
        if (form.meeting() == null || fields.get(form.meeting().field()) == null) {
            return null;
        }
        return Instant.parse(fields.get(form.meeting().field()).toString());
    }
}
