package dev.switchboard.hub.triggers;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of sales-trigger recording ({@code switchboard.triggers.*}).
 *
 * @param unresolved    what a company mention no account matches becomes: {@code create-prospect}
 *                      (default: a new account flagged for review) or {@code ignore}
 * @param defaultOwner  owner of such prospects (a configured owner id); none by default
 * @param taskDue       when the owner's follow-up task is due: {@code N business days} (default
 *                      {@code 2 business days}) or a duration ({@code 4h}, {@code P1D})
 * @param dedupWindow   the same account and trigger type within this time is one trigger; default 7d
 * @param maxTextLength longest document text taken, in characters; default 100000
 * @param maxBatchSize  most documents in one {@code POST /ingest/documents}; default 100
 * @param digest        the daily digest mail
 */
@Validated
@ConfigurationProperties("switchboard.triggers")
public record TriggersProperties(
        @DefaultValue("create-prospect") Unresolved unresolved,
        String defaultOwner,
        @DefaultValue("2 business days") String taskDue,
        @DefaultValue("7d") Duration dedupWindow,
        @DefaultValue("100000") @Min(1) @Max(1_000_000) int maxTextLength,
        @DefaultValue("100") @Min(1) @Max(1000) int maxBatchSize,
        @DefaultValue @Valid Digest digest) {

    private static final Pattern BUSINESS_DAYS = Pattern.compile("(\\d{1,3})\\s*business\\s*days?");

    public TriggersProperties {
        if (taskDue != null && !BUSINESS_DAYS.matcher(taskDue.strip()).matches()) {
            duration(taskDue);
        }
    }

    /** What an unknown company becomes. */
    public enum Unresolved { CREATE_PROSPECT, IGNORE }

    /** {@code N} of {@code N business days}, or -1 when {@link #taskDue} is a duration. */
    public int taskDueBusinessDays() {
        Matcher m = BUSINESS_DAYS.matcher(taskDue.strip());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** {@link #taskDue} as a duration; only when it is not in business days. */
    public Duration taskDueDuration() {
        return duration(taskDue);
    }

    private static Duration duration(String text) {
        try {
            return DurationStyle.detectAndParse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("switchboard.triggers.task-due is '" + text
                    + "'; write 'N business days' or a duration such as 4h or P1D", e);
        }
    }

    /**
     * The daily trigger digest.
     *
     * @param owners   owner ids that opted in; nobody by default
     * @param time     local time of day from which the day's digest is sent, {@code HH:mm}; default 07:00
     * @param zone     time zone of {@code time} and of the digest's day; default UTC
     * @param template mail template in {@code config/templates/} ({@code .html}, optional {@code .txt}); default trigger-digest
     * @param subject  mail subject; default "Sales triggers on your accounts"
     */
    public record Digest(List<String> owners, @DefaultValue("07:00") String time, @DefaultValue("UTC") String zone,
                         @DefaultValue("trigger-digest") String template,
                         @DefaultValue("Sales triggers on your accounts") String subject) {

        public Digest {
            owners = owners == null ? List.of() : List.copyOf(owners);
            try {
                LocalTime.parse(time);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("switchboard.triggers.digest.time is '" + time
                        + "'; write HH:mm such as 07:00", e);
            }
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("switchboard.triggers.digest.zone is '" + zone
                        + "'; write a zone id such as Europe/Prague", e);
            }
        }

        public LocalTime localTime() {
            return LocalTime.parse(time);
        }

        public ZoneId zoneId() {
            return ZoneId.of(zone);
        }
    }
}
