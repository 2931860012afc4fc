package dev.switchboard.hub.forms;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.hub.events.Outbox;
import dev.switchboard.hub.forms.PersonResolver.Person;
import dev.switchboard.sdk.model.Activity;
import dev.switchboard.sdk.model.Task;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in a valid submission in one transaction: claims its idempotency key, resolves the person
 * (a contact, and the lead linked to it), assigns the owner, creates the follow-up task, records
 * consents, logs the {@code web-form} activity (the task, consents and activities reference both the
 * contact and the lead) and appends {@code form.submitted}. A lost race on a unique constraint (the same key or
 * e-mail submitted concurrently) rolls back and runs again, then finds the winner's rows. Any other
 * data access failure is retried too, {@value #ATTEMPTS} attempts in all.
 */
@Service
class FormIntake {

    /** Body field a client may send instead of the {@code Idempotency-Key} header. */
    static final String SUBMISSION_ID = "submissionId";
    /** Hidden field (or cookie) with the web visitor id, passed on to the web-visit tracking. */
    static final String VISITOR_ID = "sb_visitor";
    private static final int ATTEMPTS = 5;

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final PersonResolver persons;
    private final OwnerAssignment owners;
    private final ConsentRecorder consents;
    private final CrmStore store;
    private final Outbox outbox;
    private final ObjectMapper json;

    FormIntake(TransactionTemplate transactions, JdbcTemplate jdbc, PersonResolver persons, OwnerAssignment owners,
               ConsentRecorder consents, CrmStore store, Outbox outbox, ObjectMapper json) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.persons = persons;
        this.owners = owners;
        this.consents = consents;
        this.store = store;
        this.outbox = outbox;
        this.json = json;
    }

    FormAnswer submit(FormDefinition form, Submission submission) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // the first attempt claims the key without looking for an earlier answer (a replay is rare):
            // a taken key fails its insert, and the next attempt finds the answer
            boolean lookFirst = attempt > 0;
            try {
                return transactions.execute(status -> once(form, submission, lookFirst));
            } catch (DataAccessException | TransactionException e) {
                // a lost race: a unique constraint (PostgreSQL then also aborts the transaction, so a
                // store call's own retry inside it fails differently) or the rollback-only commit it left
                last = e;
            }
        }
        throw last;
    }

    private FormAnswer once(FormDefinition form, Submission s, boolean lookFirst) {
        String key = s.submissionId();
        if (key != null && lookFirst) {
            List<String> earlier = jdbc.queryForList("SELECT answer FROM form_submissions WHERE form_id = ? "
                    + "AND idempotency_key = ?", String.class, form.id(), key);
            if (!earlier.isEmpty()) {
                return read(earlier.get(0));
            }
        }
        UUID id = UUID.randomUUID();
        String sourceId = key != null ? key : id.toString();
        jdbc.update("INSERT INTO form_submissions (id, form_id, idempotency_key, answer, created_at) VALUES (?, ?, ?, ?, ?)",
                id, form.id(), sourceId, "{}", OffsetDateTime.now(ZoneOffset.UTC));
        Person person = persons.resolve(form.id(), s);
        String owner = person.customer() && person.customerOwner() != null ? person.customerOwner()
                : leadOwner(form, s, person);
        if (owner != null) {
            store.createTask(new Task("Follow up on web form " + form.id(), owner, Instant.now().plus(form.followUpDue())),
                    person.subject(), "form:" + form.id(), sourceId, person.contact(), person.lead());
        }
        boolean marketing = consents.record(form, person, s, sourceId);
        store.logActivity(person.subject(), new Activity("web-form", "web", Instant.now(),
                "Web form " + form.id(), null, write(FormPayloads.activity(form, s, person)), "form:" + form.id(),
                sourceId), person.contact(), person.lead());
        outbox.append("form.submitted", person.subject().kind().label(), person.subject().id(),
                FormPayloads.submitted(form, s, id, person, owners.owner(owner), marketing));
        FormAnswer answer = new FormAnswer(id.toString(), text(person.contact()), text(person.lead()),
                person.matchedBy(), "accepted");
        jdbc.update("UPDATE form_submissions SET answer = ? WHERE id = ?", write(answer), id);
        return answer;
    }

    /** A lead keeps the owner it has; a new one (or a contact) is assigned by the form's rules. */
    private String leadOwner(FormDefinition form, Submission s, Person person) {
        Subject subject = person.subject();
        String table = subject.kind() == Subject.Kind.LEAD ? "leads" : "contacts";
        if (person.ownerRead()) {
            if (person.owner() != null) {
                return person.owner();
            }
        } else {
            List<String> current = jdbc.queryForList("SELECT owner_id FROM " + table + " WHERE id = ?", String.class, subject.id());
            if (!current.isEmpty() && current.get(0) != null) {
                return current.get(0);
            }
        }
        String owner = owners.assign(form, s.fields());
        if (owner != null) {
            jdbc.update("UPDATE " + table + " SET owner_id = ? WHERE id = ? AND owner_id IS NULL", owner, subject.id());
        }
        return owner;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private FormAnswer read(String text) {
        try {
            return json.readValue(text, FormAnswer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored form answer does not read: " + text, e);
        }
    }
}
