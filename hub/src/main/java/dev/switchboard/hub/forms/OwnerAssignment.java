package dev.switchboard.hub.forms;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.switchboard.hub.forms.FormDefinition.Assignee;
import dev.switchboard.hub.forms.FormDefinition.OwnerRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Picks the owner of a submission: the form's rules in order, first match wins, else its default;
 * a team is resolved round-robin over its members (position kept in table {@code team_round_robin},
 * locked and advanced in the caller's transaction).
 */
@Component
class OwnerAssignment {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final JdbcTemplate jdbc;

    OwnerAssignment(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An owner as the follow-ups need it. */
    record Owner(String id, String name, String email) {
    }

    /** The user who gets this submission, or {@code null} when no rule matches and there is no default. */
    String assign(FormDefinition form, Map<String, Object> fields) {
        Assignee assignee = form.ownerRules().stream().filter(rule -> matches(rule, fields))
                .map(OwnerRule::assignee).findFirst().orElse(form.defaultAssignee());
        if (assignee == null) {
            return null;
        }
        return assignee.owner() != null ? assignee.owner() : nextMember(assignee.team());
    }

    /** The owner's display data, or {@code null}. */
    Owner owner(String id) {
        if (id == null) {
            return null;
        }
        List<Owner> found = jdbc.query("SELECT id, display_name, email FROM owners WHERE id = ?",
                (rs, n) -> new Owner(rs.getString(1), rs.getString(2), rs.getString(3)), id);
        return found.isEmpty() ? null : found.get(0);
    }

    static boolean matches(OwnerRule rule, Map<String, Object> fields) {
        if (rule.field() != null && !anyEqual(rule.values(), fields.get(rule.field()))) {
            return false;
        }
        if (!rule.productInterests().isEmpty() && !anyEqual(rule.productInterests(), fields.get("productInterest"))) {
            return false;
        }
        if (!rule.emailDomains().isEmpty() && !anyEqual(rule.emailDomains(), domain(fields.get("email")))) {
            return false;
        }
        return rule.phoneCountries().isEmpty() || anyEqual(rule.phoneCountries(), country(fields.get("phone")));
    }

    private static boolean anyEqual(List<String> accepted, Object value) {
        return value != null && accepted.stream().anyMatch(a -> a.equalsIgnoreCase(value.toString()));
    }

    private static String domain(Object email) {
        return email == null ? null : email.toString().substring(email.toString().indexOf('@') + 1);
    }

    private static String country(Object e164) {
        if (e164 == null) {
            return null;
        }
        try {
            return PHONES.getRegionCodeForNumber(PHONES.parse(e164.toString(), "ZZ")).toUpperCase(Locale.ROOT);
        } catch (NumberParseException e) {
            return null;
        }
    }

    private String nextMember(String team) {
        List<String> members = jdbc.queryForList(
                "SELECT user_id FROM team_members WHERE team_id = ? ORDER BY position, user_id", String.class, team);
        if (members.isEmpty()) {
            return null;
        }
        List<Long> position = jdbc.queryForList(
                "SELECT next_position FROM team_round_robin WHERE team_id = ? FOR UPDATE", Long.class, team);
        long next = position.isEmpty() ? 0 : position.get(0);
        if (position.isEmpty()) {
            // a concurrent first insert fails on the primary key; the caller's transaction is retried
            jdbc.update("INSERT INTO team_round_robin (team_id, next_position) VALUES (?, ?)", team, 1L);
        } else {
            jdbc.update("UPDATE team_round_robin SET next_position = ? WHERE team_id = ?", next + 1, team);
        }
        return members.get((int) (next % members.size()));
    }
}
