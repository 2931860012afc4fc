package dev.switchboard.hub.crm;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.switchboard.sdk.model.Account;
import dev.switchboard.sdk.model.Activity;
import dev.switchboard.sdk.model.Contact;
import dev.switchboard.sdk.model.Lead;
import dev.switchboard.sdk.model.Task;

/**
 * The CRM core port. The built-in store implements it over JDBC; Salesforce will be a second
 * adapter. Writes are idempotent on natural keys and source ids, commit their outbox events in the
 * same transaction, and throw {@link dev.switchboard.hub.errors.BadInputException} for input a
 * caller must fix.
 */
public interface CrmStore {

    /** Upserts by external id, then normalized e-mail, then E.164 phone; sets only the present fields. */
    Upserted upsertContact(Contact contact);

    /** Upserts by external id, then domain. */
    Upserted upsertAccount(Account account);

    /** Upserts by external id, then normalized e-mail, then E.164 phone. */
    Upserted upsertLead(Lead lead);

    /** Logs an activity on a timeline; the same (source system, source id) is logged once. */
    Upserted logActivity(Subject on, Activity activity);

    /** Creates a task for an existing owner; the same (source system, source id) creates one task. */
    Upserted createTask(Task task, Subject about, String sourceSystem, String sourceId);

    /**
     * As {@link #logActivity(Subject, Activity)}, the row also referencing a person's contact and lead
     * ({@code contact_id} and {@code lead_id} both set to these, either may be null; also on an activity
     * found by its source). The event is the same.
     */
    Upserted logActivity(Subject on, Activity activity, UUID contactId, UUID leadId);

    /**
     * As {@link #createTask(Task, Subject, String, String)}, the task also referencing a person's contact
     * and lead ({@code contact_id} and {@code lead_id} both set to these, either may be null; also on a
     * task found by its source). The event is the same.
     */
    Upserted createTask(Task task, Subject about, String sourceSystem, String sourceId, UUID contactId, UUID leadId);

    Optional<ContactView> contact(UUID id);

    List<ContactView> findContacts(ContactQuery query, Page page);

    /**
     * Contacts that may be the same person, found by index only (never a scan): those with the
     * normalized e-mail, those with the E.164 phone, and those whose name keys
     * ({@link PersonNames#lookupKeys} of their given name and surname) meet {@code nameKeys}, most
     * keys in common first; at most {@code limit} of each kind.
     */
    List<ContactView> identityCandidates(String email, String phoneE164, Collection<String> nameKeys, int limit);

    Optional<AccountView> account(UUID id);

    /** Activities of a contact, account or lead, newest first. */
    List<TimelineEntry> timeline(Subject subject, Page page);

    List<TaskView> tasks(String ownerId, String status, Page page);

    /** What an upsert did. */
    record Upserted(UUID id, boolean created, boolean changed) {
    }

    /** A contact, account or lead: what an activity or task is about. */
    record Subject(Kind kind, UUID id) {

        public enum Kind { CONTACT, ACCOUNT, LEAD;

            public String column() {
                return name().toLowerCase() + "_id";
            }

            public String label() {
                return name().toLowerCase();
            }
        }
    }

    /** Search criteria; each present criterion narrows the result. */
    record ContactQuery(String email, String phone, String text) {
    }

    /** A window of a result, {@code limit} rows from {@code offset}. */
    record Page(int offset, int limit) {

        public static final int MAX_LIMIT = 200;

        public Page {
            if (offset < 0) {
                throw new IllegalArgumentException("offset must be 0 or more");
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
            }
        }
    }
}
