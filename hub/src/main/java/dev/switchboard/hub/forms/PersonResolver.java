package dev.switchboard.hub.forms;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.switchboard.hub.crm.ContactView;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.ContactQuery;
import dev.switchboard.hub.crm.CrmStore.Page;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.hub.crm.CrmStore.Upserted;
import dev.switchboard.hub.identity.IdentityMatch;
import dev.switchboard.hub.identity.IdentityMatcher;
import dev.switchboard.hub.identity.PersonRecord;
import dev.switchboard.sdk.model.Contact;
import dev.switchboard.sdk.model.Lead;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the person a submission is about: a known contact (through the {@link IdentityMatcher}, or
 * exact e-mail then phone while no matcher is installed), whose empty fields it fills without
 * overwriting any, with the open lead linked to it if there is one (its empty fields filled too);
 * else a new contact (which claims the e-mail and phone keys nobody holds) and a lead, upserted by
 * e-mail and phone and linked to it by {@code leads.contact_id}. Runs in the caller's transaction.
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

    /** Lead statuses after which a lead is no longer open: a new submission does not reuse it. */
    static final List<String> CLOSED_LEAD_STATUSES = List.of("converted", "disqualified", "closed", "lost");

    /**
     * Who the submission is about.
     *
     * @param contact        the contact (matched, or created for a new person)
     * @param lead           the lead linked to the contact (created for a new person), or {@code null}
     * @param matchedBy      {@code email}, {@code phone}, {@code name} or {@code null} (a new person)
     * @param customerOwner  for a contact of a customer account, the account's owner (or the contact's)
     * @param customer       whether the contact's account is a customer
     * @param ownerRead      whether {@code owner} holds the subject's owner as read (or created) in this
     *                       transaction; if not, the caller reads it
     * @param owner          the current owner of the {@link #subject()}, when {@code ownerRead}
     */
    record Person(UUID contact, UUID lead, String matchedBy, String customerOwner, boolean customer,
                  boolean ownerRead, String owner) {

        /** What the owner, task and event are about: the lead when there is one, else the contact. */
        Subject subject() {
            return lead != null ? new Subject(Subject.Kind.LEAD, lead) : new Subject(Subject.Kind.CONTACT, contact);
        }
    }

    Person resolve(String formId, Submission s) {
        PersonRecord person = new PersonRecord(s.submissionId(), "web-form", s.text("firstName"), s.text("lastName"),
                s.text("email"), s.text("phone"), s.text("company"), s.text("city"));
        Optional<IdentityMatch> match = match(person);
        if (match.isPresent()) {
            return matched(match.get().contactId(), match.get().matchedBy(), s);
        }
        Upserted contact = newContact(s);
        Upserted lead = store.upsertLead(new Lead(s.text("firstName"), s.text("lastName"), s.text("email"),
                s.text("phone"), s.text("company"), "form:" + formId, null));
        // a lead found by its e-mail or phone that another contact already has stays that contact's
        boolean linked = jdbc.update("UPDATE leads SET contact_id = ? WHERE id = ? AND contact_id IS NULL", contact.id(), lead.id()) == 1
                || contact.id().equals(jdbc.queryForObject("SELECT contact_id FROM leads WHERE id = ?", UUID.class, lead.id()));
        // a contact or lead created just now has no owner yet (neither record sets one); a found one is read by the caller
        boolean created = linked ? lead.created() : contact.created();
        return new Person(contact.id(), linked ? lead.id() : null, null, null, false, created, null);
    }

    /**
     * A matched contact: its row (e-mail and phone to fill, owner, account) and its open lead's are
     * each read once, and the empty fields filled.
     */
    private Person matched(UUID contact, String matchedBy, Submission s) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT c.email, c.phone_e164, c.owner_id, a.customer, "
                + "COALESCE(a.owner_id, c.owner_id) AS customer_owner FROM contacts c "
                + "LEFT JOIN accounts a ON a.id = c.account_id WHERE c.id = ?", contact);
        Map<String, Object> row = rows.isEmpty() ? null : rows.get(0);
        fillEmpty("contacts", "contact", contact, s, row);
        Map<String, Object> lead = openLead(contact);
        UUID leadId = lead == null ? null : (UUID) lead.get("id");
        if (lead != null) {
            fillEmpty("leads", "lead", leadId, s, lead);
        }
        if (row == null) {
            return new Person(contact, leadId, matchedBy, null, false, false, null);
        }
        boolean customer = Boolean.TRUE.equals(row.get("customer"));
        String owner = (String) (lead != null ? lead.get("owner_id") : row.get("owner_id"));
        return new Person(contact, leadId, matchedBy, customer ? (String) row.get("customer_owner") : null, customer,
                true, owner);
    }

    /** The open lead linked to the contact (its id, e-mail, E.164 phone and owner), the most recent one if several. */
    private Map<String, Object> openLead(UUID contact) {
        List<Map<String, Object>> leads = jdbc.queryForList("SELECT id, email, phone_e164, owner_id FROM leads "
                + "WHERE contact_id = ? AND status NOT IN ("
                + String.join(", ", java.util.Collections.nCopies(CLOSED_LEAD_STATUSES.size(), "?"))
                + ") ORDER BY created_at DESC, id", concat(contact, CLOSED_LEAD_STATUSES));
        return leads.isEmpty() ? null : leads.get(0);
    }

    private static Object[] concat(Object first, List<String> rest) {
        Object[] args = new Object[rest.size() + 1];
        args[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            args[i + 1] = rest.get(i);
        }
        return args;
    }

    /**
     * Creates the contact of a person nobody matched. The e-mail and phone become its keys unless
     * another contact holds them (a shared mailbox or family phone the matcher declined): then they
     * are stored on the new contact without the key, so that the upsert cannot land on that other
     * contact and overwrite its name. A contact left with no key of its own gets an external id
     * {@code web-form}.
     */
    private Upserted newContact(Submission s) {
        String email = s.text("email");
        String phone = s.text("phone");
        Set<String> held = held(email, phone);
        boolean emailHeld = held.contains("email");
        boolean phoneHeld = held.contains("phone");
        // a contact needs a key: without a free e-mail or phone, its own id as the web form's record
        Map<String, String> ownKey = (emailHeld || email == null) && (phoneHeld || phone == null)
                ? Map.of("web-form", UUID.randomUUID().toString()) : null;
        Upserted contact = store.upsertContact(new Contact(s.text("firstName"), s.text("lastName"),
                emailHeld ? null : email, phoneHeld ? null : phone, null, s.text("company"), ownKey));
        if (emailHeld || phoneHeld) {
            jdbc.update("UPDATE contacts SET email = COALESCE(email, ?), phone = COALESCE(phone, ?), "
                            + "phone_e164 = COALESCE(phone_e164, ?) WHERE id = ?",
                    emailHeld ? email : null, phoneHeld ? phone : null, phoneHeld ? phone : null, contact.id());
        }
        return contact;
    }

    /**
     * Which of the e-mail and phone (the kinds {@code email}, {@code phone}) another contact holds as
     * its key. One index look-up per kind joined by {@code UNION ALL}, in one round trip: a single
     * query with {@code OR} over both kinds is not an index look-up on H2 (a scan of every key).
     */
    private Set<String> held(String email, String phone) {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (String[] key : new String[][] {{"email", email}, {"phone", phone}}) {
            if (key[1] != null) {
                parts.add("SELECT key_kind FROM natural_keys WHERE entity_type = 'contact' AND key_kind = ? AND key_value = ?");
                args.add(key[0]);
                args.add(key[1]);
            }
        }
        return parts.isEmpty() ? Set.of()
                : new HashSet<>(jdbc.queryForList(String.join(" UNION ALL ", parts), String.class, args.toArray()));
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
     * Sets the contact's (or lead's) empty fields from the submission; never overwrites a value. A
     * filled e-mail or phone also claims its natural key, so that later upserts find the record by
     * it; one that another record holds already is left out.
     */
    private void fillEmpty(String table, String entityType, UUID id, Submission s, Map<String, Object> current) {
        // only an e-mail or phone the record (as read by the caller: email, phone_e164) has not got may be claimed
        String email = claim(entityType, id, "email", s.text("email"), current == null || current.get("email") != null);
        String phone = claim(entityType, id, "phone", s.text("phone"), current == null || current.get("phone_e164") != null);
        jdbc.update("UPDATE " + table + " SET first_name = COALESCE(first_name, ?), last_name = COALESCE(last_name, ?), "
                        + "email = COALESCE(email, ?), phone = COALESCE(phone, ?), phone_e164 = COALESCE(phone_e164, ?), "
                        + "company = COALESCE(company, ?), updated_at = ? WHERE id = ?",
                s.text("firstName"), s.text("lastName"), email, phone, phone, s.text("company"),
                OffsetDateTime.now(ZoneOffset.UTC), id);
    }

    /** The value when the record may take it as its key ({@code null} when another record holds it). */
    private String claim(String entityType, UUID id, String kind, String value, boolean filled) {
        if (value == null || filled) {
            return null;
        }
        List<UUID> holder = jdbc.queryForList("SELECT entity_id FROM natural_keys WHERE entity_type = ? "
                + "AND key_kind = ? AND key_value = ?", UUID.class, entityType, kind, value);
        if (holder.isEmpty()) {
            // a concurrent claim fails on the primary key; the intake's transaction is then retried
            jdbc.update("INSERT INTO natural_keys (entity_type, key_kind, key_value, entity_id) VALUES (?, ?, ?, ?)",
                    entityType, kind, value, id);
            return value;
        }
        return holder.get(0).equals(id) ? value : null;
    }
}
