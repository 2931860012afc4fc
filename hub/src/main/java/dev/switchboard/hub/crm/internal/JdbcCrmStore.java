package dev.switchboard.hub.crm.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.crm.AccountView;
import dev.switchboard.hub.crm.AccountWriteHook;
import dev.switchboard.hub.crm.ContactView;
import dev.switchboard.hub.crm.CrmProperties;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.Normalization;
import dev.switchboard.hub.crm.TaskView;
import dev.switchboard.hub.crm.TimelineEntry;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import dev.switchboard.hub.events.Outbox;
import dev.switchboard.sdk.model.Account;
import dev.switchboard.sdk.model.Activity;
import dev.switchboard.sdk.model.Contact;
import dev.switchboard.sdk.model.Lead;
import dev.switchboard.sdk.model.Task;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The built-in CRM store over JDBC: the same SQL on H2 (PostgreSQL mode) and PostgreSQL. */
@Service
class JdbcCrmStore implements CrmStore {

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Transactions transactions;
    private final KeyedUpsert upsert;
    private final KeyedRecords records;
    private final CrmReads reads;
    private final ContactNameKeys nameKeys;
    private final List<AccountWriteHook> accountHooks;

    JdbcCrmStore(JdbcTemplate jdbc, TransactionTemplate transactions, Outbox outbox, ObjectMapper json,
                 CrmProperties properties) {
        this(jdbc, transactions, outbox, json, properties, List.of());
    }

    @org.springframework.beans.factory.annotation.Autowired
    JdbcCrmStore(JdbcTemplate jdbc, TransactionTemplate transactions, Outbox outbox, ObjectMapper json,
                 CrmProperties properties, List<AccountWriteHook> accountHooks) {
        this.accountHooks = List.copyOf(accountHooks);
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.json = json;
        this.transactions = new Transactions(transactions);
        this.upsert = new KeyedUpsert(jdbc, outbox);
        this.records = new KeyedRecords(properties.defaultPhoneRegion());
        this.reads = new CrmReads(jdbc, upsert, properties.defaultPhoneRegion());
        this.nameKeys = new ContactNameKeys(jdbc);
    }

    @Override
    public Upserted upsertContact(Contact contact) {
        Keyed keyed = records.contact(contact);
        return transactions.write(() -> {
            Upserted upserted = upsert.apply(keyed);
            if (upserted.created()) {
                nameKeys.insertNew(upserted.id(), keyed.columns().get("first_name"), keyed.columns().get("last_name"));
            } else if (upserted.changed()) {
                nameKeys.refresh(upserted.id());
            }
            KnownSubjects.add(new Subject(Subject.Kind.CONTACT, upserted.id()));
            return upserted;
        });
    }

    @Override
    public Upserted upsertAccount(Account account) {
        Keyed keyed = records.account(account);
        return transactions.write(() -> {
            Upserted upserted = upsert.apply(keyed);
            if (upserted.changed()) {
                String name = jdbc.queryForObject("SELECT name FROM accounts WHERE id = ?", String.class, upserted.id());
                accountHooks.forEach(hook -> hook.written(upserted.id(), name));
            }
            KnownSubjects.add(new Subject(Subject.Kind.ACCOUNT, upserted.id()));
            return upserted;
        });
    }

    @Override
    public Upserted upsertLead(Lead lead) {
        Keyed keyed = records.lead(lead);
        return transactions.write(() -> {
            Upserted upserted = upsert.apply(keyed);
            KnownSubjects.add(new Subject(Subject.Kind.LEAD, upserted.id()));
            return upserted;
        });
    }

    @Override
    public Upserted logActivity(Subject on, Activity activity) {
        return logActivity(on, activity, null);
    }

    @Override
    public Upserted logActivity(Subject on, Activity activity, UUID contactId, UUID leadId) {
        return logActivity(on, activity, new Person(contactId, leadId));
    }

    /** The contact and lead a row also references ({@code contact_id}, {@code lead_id}, both set). */
    private record Person(UUID contact, UUID lead) {
    }

    /** Writes the person's contact and lead onto a row found by its source instead of inserted. */
    private void alsoAbout(String table, UUID row, Person person) {
        if (person != null) {
            jdbc.update("UPDATE " + table + " SET contact_id = ?, lead_id = ? WHERE id = ?", person.contact(), person.lead(), row);
        }
    }

    /** The subject's column and, for a person, contact_id and lead_id (which win, as an update after the insert would). */
    private static Map<String, UUID> references(Subject on, Person person) {
        Map<String, UUID> columns = new LinkedHashMap<>();
        if (on != null) {
            columns.put(on.kind().column(), on.id());
        }
        if (person != null) {
            columns.put(Subject.Kind.CONTACT.column(), person.contact());
            columns.put(Subject.Kind.LEAD.column(), person.lead());
        }
        return columns;
    }

    private Upserted logActivity(Subject on, Activity activity, Person person) {
        checkActivity(activity);
        String sourceId = activity.sourceId() == null ? UUID.randomUUID().toString() : activity.sourceId();
        return transactions.write(() -> {
            requireExists(on);
            List<UUID> existing = jdbc.queryForList(
                    "SELECT id FROM activities WHERE source_system = ? AND source_id = ?",
                    UUID.class, activity.sourceSystem(), sourceId);
            if (!existing.isEmpty()) {
                alsoAbout("activities", existing.get(0), person);
                return new Upserted(existing.get(0), false, false);
            }
            UUID id = UUID.randomUUID();
            OffsetDateTime occurred = (activity.occurredAt() == null ? java.time.Instant.now() : activity.occurredAt())
                    .atOffset(ZoneOffset.UTC);
            Map<String, UUID> references = references(on, person);
            List<Object> values = new java.util.ArrayList<>();
            values.add(id);
            values.addAll(references.values());
            values.addAll(java.util.Arrays.asList(activity.type(), activity.channel(), occurred, Normalization.text(activity.subject()),
                    Normalization.text(activity.summary()), activity.payloadJson(), activity.sourceSystem(), sourceId,
                    OffsetDateTime.now(ZoneOffset.UTC)));
            jdbc.update("INSERT INTO activities (id, " + String.join(", ", references.keySet()) + ", type, channel, "
                    + "occurred_at, subject, summary, payload, source_system, source_id, created_at) VALUES (?, "
                    + "?, ".repeat(references.size()) + "?, ?, ?, ?, ?, ?, ?, ?, ?)", values.toArray());
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("id", id);
            event.put(on.kind().label() + "Id", on.id());
            event.put("type", activity.type());
            event.put("channel", activity.channel());
            event.put("occurredAt", occurred.toInstant().toString());
            event.put("subject", activity.subject());
            event.put("sourceSystem", activity.sourceSystem());
            event.put("sourceId", sourceId);
            outbox.append("activity.logged", on.kind().label(), on.id(), event);
            return new Upserted(id, true, true);
        });
    }

    @Override
    public Upserted createTask(Task task, Subject about, String sourceSystem, String sourceId) {
        return createTask(task, about, sourceSystem, sourceId, null);
    }

    @Override
    public Upserted createTask(Task task, Subject about, String sourceSystem, String sourceId, UUID contactId, UUID leadId) {
        return createTask(task, about, sourceSystem, sourceId, new Person(contactId, leadId));
    }

    private Upserted createTask(Task task, Subject about, String sourceSystem, String sourceId, Person person) {
        String subject = Normalization.text(task.subject());
        if (subject == null || subject.length() > 500) {
            throw BadInputException.invalid(List.of(new Problem("subject", "a task needs a subject of up to 500 characters")));
        }
        return transactions.write(() -> {
            if (about != null) {
                requireExists(about);
            }
            String owner = task.ownerId() != null ? task.ownerId() : ownerOf(about);
            if (owner == null || jdbc.queryForObject("SELECT COUNT(*) FROM owners WHERE id = ?", Integer.class, owner) == 0) {
                throw BadInputException.invalid(List.of(new Problem("ownerId", owner == null
                        ? "no owner given, and the record has none" : "unknown owner '" + owner + "'")));
            }
            if (sourceSystem != null && sourceId != null) {
                List<UUID> existing = jdbc.queryForList("SELECT id FROM tasks WHERE source_system = ? AND source_id = ?",
                        UUID.class, sourceSystem, sourceId);
                if (!existing.isEmpty()) {
                    alsoAbout("tasks", existing.get(0), person);
                    return new Upserted(existing.get(0), false, false);
                }
            }
            Map<String, UUID> references = references(about, person);
            UUID id = UUID.randomUUID();
            OffsetDateTime due = task.dueAt() == null ? null : task.dueAt().atOffset(ZoneOffset.UTC);
            jdbc.update("INSERT INTO tasks (id, owner_id, subject, due_at, contact_id, account_id, lead_id, "
                            + "source_system, source_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, owner, subject, due, references.get(Subject.Kind.CONTACT.column()),
                    references.get(Subject.Kind.ACCOUNT.column()), references.get(Subject.Kind.LEAD.column()), sourceSystem, sourceId, OffsetDateTime.now(ZoneOffset.UTC));
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("id", id);
            event.put("ownerId", owner);
            event.put("subject", subject);
            event.put("dueAt", due == null ? null : due.toInstant().toString());
            if (about != null) {
                event.put(about.kind().label() + "Id", about.id());
            }
            outbox.append("task.created", about == null ? "task" : about.kind().label(),
                    about == null ? id : about.id(), event);
            return new Upserted(id, true, true);
        });
    }

    @Override
    public Optional<ContactView> contact(UUID id) {
        return reads.contact(id);
    }

    @Override
    public List<ContactView> identityCandidates(String email, String phoneE164, Collection<String> nameKeys, int limit) {
        return reads.contacts(this.nameKeys.candidates(email, phoneE164, nameKeys, limit));
    }

    /** Contacts stored before the identity keys existed get theirs once, at start. */
    @EventListener(ApplicationReadyEvent.class)
    void backfillNameKeys() {
        transactions.write(nameKeys::backfill);
    }

    @Override
    public List<ContactView> findContacts(ContactQuery query, Page page) {
        return reads.findContacts(query, page);
    }

    @Override
    public Optional<AccountView> account(UUID id) {
        return reads.account(id);
    }

    @Override
    public List<TimelineEntry> timeline(Subject subject, Page page) {
        return reads.timeline(subject, page);
    }

    @Override
    public List<TaskView> tasks(String ownerId, String status, Page page) {
        return reads.tasks(ownerId, status, page);
    }

    private void checkActivity(Activity a) {
        List<Problem> problems = new java.util.ArrayList<>();
        requireText(problems, "type", a.type(), 40);
        requireText(problems, "channel", a.channel(), 40);
        requireText(problems, "sourceSystem", a.sourceSystem(), 80);
        if (a.sourceId() != null && a.sourceId().length() > 300) {
            problems.add(new Problem("sourceId", "longer than 300 characters"));
        }
        if (a.subject() != null && a.subject().length() > 500) {
            problems.add(new Problem("subject", "longer than 500 characters"));
        }
        if (a.payloadJson() != null) {
            try {
                json.readTree(a.payloadJson());
            } catch (JsonProcessingException e) {
                problems.add(new Problem("payload", "not a JSON document"));
            }
        }
        if (!problems.isEmpty()) {
            throw BadInputException.invalid(problems);
        }
    }

    private static void requireText(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "required"));
        } else if (value.length() > max) {
            problems.add(new Problem(field, "longer than " + max + " characters"));
        }
    }

    private void requireExists(Subject subject) {
        if (KnownSubjects.contains(subject)) {
            return;
        }
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + subject.kind().label() + "s WHERE id = ?",
                Integer.class, subject.id());
        if (n == null || n == 0) {
            throw BadInputException.invalid(List.of(new Problem(subject.kind().label() + "Id",
                    "no " + subject.kind().label() + " with id " + subject.id())));
        }
        KnownSubjects.add(subject);
    }

    private String ownerOf(Subject about) {
        if (about == null) {
            return null;
        }
        List<String> owners = jdbc.queryForList("SELECT owner_id FROM " + about.kind().label() + "s WHERE id = ?",
                String.class, about.id());
        return owners.isEmpty() ? null : owners.get(0);
    }
}
