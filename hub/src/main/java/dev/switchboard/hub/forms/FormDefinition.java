package dev.switchboard.hub.forms;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * A form as declared by a CRM admin in {@code config/forms/<id>.yaml}; {@code form.schema.json}
 * describes the file.
 *
 * @param id                 the file name without {@code .yaml}; the form's URL is {@code /forms/<id>}
 * @param fields             what the form submits, in order
 * @param consents           consent purposes, one {@code consents} row each per submission
 * @param defaultPhoneRegion ISO region for phone numbers without a country code, or {@code null}
 * @param ownerRules         owner assignment, first match wins
 * @param defaultAssignee    owner when no rule matches, or {@code null}
 * @param confirmation       the confirmation mail the follow-ups send, or {@code null}
 * @param meeting            meeting booking, or {@code null}
 * @param nurtureList        marketing list a consenting visitor is enrolled in, or {@code null}
 * @param auth               how submissions authenticate
 * @param corsOrigins        browser origins allowed to post
 * @param thankYouUrl        where a browser post is redirected (303), or {@code null}
 * @param followUpDue        due time of the owner's follow-up task, from the submission
 * @param timeZone           zone of dates and times posted without an offset (an HTML datetime-local)
 */
public record FormDefinition(String id, List<Field> fields, List<ConsentPurpose> consents, String defaultPhoneRegion,
                             List<OwnerRule> ownerRules, Assignee defaultAssignee, Confirmation confirmation,
                             Meeting meeting, String nurtureList, Auth auth, List<String> corsOrigins,
                             String thankYouUrl, Duration followUpDue, ZoneId timeZone) {

    /** The field called {@code name}, or {@code null}. */
    public Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /** Field types a form can declare. */
    public enum FieldType { TEXT, EMAIL, PHONE, DATE, DATETIME, CHOICE, BOOLEAN, NUMBER }

    /** One form field; {@code allowed} lists the values of a {@code choice}. */
    public record Field(String name, FieldType type, boolean required, Integer maxLength, List<String> allowed) {
    }

    /**
     * A consent purpose: granted when the boolean {@code field} is true.
     *
     * @param purpose     {@code marketing} enrolls in the nurture list
     * @param field       the boolean field that grants it
     * @param text        the text the visitor saw
     * @param textVersion its version, stored with the consent
     * @param required    a submission without it granted is refused (422)
     */
    public record ConsentPurpose(String purpose, String field, String text, String textVersion, boolean required) {
    }

    /**
     * An owner assignment rule; every criterion given must match.
     *
     * @param field          a field name whose value must be one of {@code values}
     * @param values         accepted values of {@code field} (case-insensitive)
     * @param phoneCountries regions of the phone number ({@code CZ}, {@code SK})
     * @param emailDomains   domains of the e-mail address
     * @param productInterests values of the field {@code productInterest}
     * @param assignee       who gets a matching submission
     */
    public record OwnerRule(String field, List<String> values, List<String> phoneCountries, List<String> emailDomains,
                            List<String> productInterests, Assignee assignee) {
    }

    /** An owner: a user ({@code owner}) or a team ({@code team}, round-robin over its members). */
    public record Assignee(String owner, String team) {
    }

    /** The confirmation mail: template name and subject. */
    public record Confirmation(String template, String subject) {
    }

    /** Meeting booking: the datetime field that holds the start, and what the invitation says. */
    public record Meeting(String field, int durationMinutes, String location, String title) {
    }

    /** Authentication modes. */
    public enum AuthMode { API_KEY, HMAC, PUBLIC }

    /**
     * How submissions authenticate.
     *
     * @param mode            {@code api-key}, {@code hmac} or {@code public}
     * @param secret          the key or HMAC secret, resolved from {@code ${ENV}}; never logged
     * @param honeypot        for public forms, a field bots fill and people do not
     * @param ratePerMinute   for public forms, submissions per client IP and minute
     * @param allowedOrigins  for public forms, the only {@code Origin}s accepted (empty: any)
     */
    public record Auth(AuthMode mode, String secret, String honeypot, int ratePerMinute, List<String> allowedOrigins) {

        @Override
        public String toString() {
            return "Auth[mode=" + mode + ", honeypot=" + honeypot + ", ratePerMinute=" + ratePerMinute + "]";
        }
    }
}
