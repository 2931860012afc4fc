package dev.switchboard.hub.forms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.switchboard.hub.crm.CrmProperties;
import dev.switchboard.hub.forms.FormDefinition.Assignee;
import dev.switchboard.hub.forms.FormDefinition.OwnerRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Picks the owner of a submission: the form's rules in order, first match wins, else its default;
 * a team is resolved round-robin over its members (configured in {@code switchboard.crm.owners}) by
 * the {@link TeamRotation}, which takes no lock.
 */
@Component
class OwnerAssignment {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final JdbcTemplate jdbc;
    private final TeamRotation rotation;
    private final Map<String, Owner> configured;
    private final Map<String, List<String>> members;

    OwnerAssignment(JdbcTemplate jdbc, TeamRotation rotation, CrmProperties crm) {
        this.jdbc = jdbc;
        this.rotation = rotation;
        this.configured = crm.owners().stream().collect(Collectors.toUnmodifiableMap(CrmProperties.Owner::id,
                o -> new Owner(o.id(), o.name(), o.email()), (a, b) -> b));
        this.members = crm.owners().stream().collect(Collectors.toUnmodifiableMap(CrmProperties.Owner::id,
                CrmProperties.Owner::members, (a, b) -> b));
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

    /** The owner's display data (from the configuration, else from an owner no longer configured), or {@code null}. */
    Owner owner(String id) {
        if (id == null) {
            return null;
        }
        if (configured.containsKey(id)) {
            return configured.get(id);
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
        return rotation.next(team, members.getOrDefault(team, List.of()));
    }
}
