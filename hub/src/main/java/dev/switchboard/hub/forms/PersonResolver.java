package dev.switchboard.hub.forms;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.switchboard.hub.crm.ContactView;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.ContactQuery;
import dev.switchboard.hub.crm.CrmStore.Page;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.hub.identity.IdentityMatch;
import dev.switchboard.hub.identity.IdentityMatcher;
import dev.switchboard.hub.identity.PersonRecord;
import dev.switchboard.sdk.model.Lead;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the person a submission is about: a known contact (through the {@link IdentityMatcher}, or
 * exact e-mail then phone while no matcher is installed), whose empty fields it fills without
 * overwriting any; else a lead, upserted by e-mail and phone. Runs in the caller's transaction.
 */
@Component
class PersonResolver {

    private final CrmStore store;
    private final ObjectProvider<IdentityMatcher> matcher;
    private final JdbcTemplate jdbc;

    PersonResolver(CrmStore store, ObjectProvider<IdentityMatcher> matcher, JdbcTemplate jdbc) {
        this.store = store;
        this.matcher = matcher;
        this.jdbc = jdbc;
    }

    /**
     * Who the submission is about.
     *
     * @param subject        the contact or lead
     * @param matchedBy      {@code email}, {@code phone}, {@code name} or {@code null} (a lead)
     * @param customerOwner  for a contact of a customer account, the account's owner (or the contact's)
     * @param customer       whether the contact's account is a customer
     */
    record Person(Subject subject, String matchedBy, String customerOwner, boolean customer) {
    }

    Person resolve(String formId, Submission s) {
        PersonRecord person = new PersonRecord(s.submissionId(), "web-form", s.text("firstName"), s.text("lastName"),
                s.text("email"), s.text("phone"), s.text("company"), s.text("city"));
        Optional<IdentityMatch> match = match(person);
        if (match.isPresent()) {
            UUID contact = match.get().contactId();
            fillEmpty(contact, s);
            return customer(contact, match.get().matchedBy());
        }
        UUID lead = store.upsertLead(new Lead(s.text("firstName"), s.text("lastName"), s.text("email"),
                s.text("phone"), s.text("company"), "form:" + formId, null)).id();
        return new Person(new Subject(Subject.Kind.LEAD, lead), null, null, false);
    }

    private Optional<IdentityMatch> match(PersonRecord person) {
        IdentityMatcher installed = matcher.getIfAvailable();
        if (installed != null) {
            return installed.match(person);
        }
        return exact(person.email(), "email").or(() -> exact(person.phone(), "phone"));
    }

    private Optional<IdentityMatch> exact(String value, String by) {
        if (value == null) {
            return Optional.empty();
        }
        ContactQuery query = by.equals("email") ? new ContactQuery(value, null, null) : new ContactQuery(null, value, null);
        List<ContactView> found = store.findContacts(query, new Page(0, 1));
        return found.stream().findFirst().map(c -> new IdentityMatch(c.id(), by, 1.0, "same " + by));
    }

    /**
     * Sets the contact's empty fields from the submission; never overwrites a value. A filled e-mail
     * or phone also claims its natural key, so that later upserts find the contact by it; one that
     * another contact holds already is left out.
     */
    private void fillEmpty(UUID contact, Submission s) {
        String email = claim(contact, "email", s.text("email"));
        String phone = claim(contact, "phone", s.text("phone"));
        jdbc.update("UPDATE contacts SET first_name = COALESCE(first_name, ?), last_name = COALESCE(last_name, ?), "
                        + "email = COALESCE(email, ?), phone = COALESCE(phone, ?), phone_e164 = COALESCE(phone_e164, ?), "
                        + "company = COALESCE(company, ?), updated_at = ? WHERE id = ?",
                s.text("firstName"), s.text("lastName"), email, phone, phone, s.text("company"),
                OffsetDateTime.now(ZoneOffset.UTC), contact);
    }

    /** The value when the contact may take it as its key ({@code null} when another contact holds it). */
    private String claim(UUID contact, String kind, String value) {
        if (value == null) {
            return null;
        }
        String column = kind.equals("phone") ? "phone_e164" : "email";
        List<String> current = jdbc.queryForList("SELECT " + column + " FROM contacts WHERE id = ?", String.class, contact);
        if (current.isEmpty() || current.get(0) != null) {
            return null;
        }
        List<UUID> holder = jdbc.queryForList("SELECT entity_id FROM natural_keys WHERE entity_type = 'contact' "
                + "AND key_kind = ? AND key_value = ?", UUID.class, kind, value);
        if (holder.isEmpty()) {
            // a concurrent claim fails on the primary key; the intake's transaction is then retried
            jdbc.update("INSERT INTO natural_keys (entity_type, key_kind, key_value, entity_id) VALUES ('contact', ?, ?, ?)",
                    kind, value, contact);
            return value;
        }
        return holder.get(0).equals(contact) ? value : null;
    }

    private Person customer(UUID contact, String matchedBy) {
        List<Person> rows = jdbc.query("SELECT a.customer, COALESCE(a.owner_id, c.owner_id) FROM contacts c "
                        + "LEFT JOIN accounts a ON a.id = c.account_id WHERE c.id = ?",
                (rs, n) -> {
                    boolean customer = rs.getBoolean(1);
                    return new Person(new Subject(Subject.Kind.CONTACT, contact), matchedBy,
                            customer ? rs.getString(2) : null, customer);
                }, contact);
        return rows.isEmpty() ? new Person(new Subject(Subject.Kind.CONTACT, contact), matchedBy, null, false) : rows.get(0);
    }
}
