package dev.switchboard.hub.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.switchboard.hub.crm.ContactView;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.ContactQuery;
import dev.switchboard.hub.crm.CrmStore.Page;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.hub.crm.Normalization;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Withdraws a consent: for the contact with the e-mail address, else the lead, a {@code consents} row
 * with granted = false and a {@code consent.withdrawn} activity, in one transaction.
 */
@Service
public class FormWithdrawal {

    private final CrmStore store;
    private final JdbcTemplate jdbc;
    private final ConsentRecorder consents;
    private final TransactionTemplate transactions;

    FormWithdrawal(CrmStore store, JdbcTemplate jdbc, ConsentRecorder consents, TransactionTemplate transactions) {
        this.store = store;
        this.jdbc = jdbc;
        this.consents = consents;
        this.transactions = transactions;
    }

    /**
     * @return {@code {status: withdrawn|unknown, purpose, contactId|leadId}}, and {@code leadId} too
     *         when the contact has a linked lead (the consent row references both)
     * @throws BadInputException 422 when the e-mail or purpose is missing or invalid
     */
    public Map<String, Object> withdraw(String emailText, String purposeText, String source, String ip, String userAgent) {
        List<Problem> problems = new ArrayList<>();
        String email = null;
        try {
            email = Normalization.email(emailText);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("email", e.getMessage()));
        }
        String purpose = Normalization.text(purposeText);
        if (email == null && problems.isEmpty()) {
            problems.add(new Problem("email", "required"));
        }
        if (purpose == null) {
            problems.add(new Problem("purpose", "required"));
        }
        if (!problems.isEmpty()) {
            throw BadInputException.invalid(problems);
        }
        String address = email;
        return transactions.execute(status -> {
            Subject subject = subject(address);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("status", subject == null ? "unknown" : "withdrawn");
            answer.put("purpose", purpose);
            if (subject != null) {
                UUID lead = subject.kind() == Subject.Kind.CONTACT ? linkedLead(subject.id()) : null;
                consents.withdraw(subject, lead, purpose, source, ip, userAgent);
                answer.put(subject.kind().label() + "Id", subject.id().toString());
                if (lead != null) {
                    answer.put("leadId", lead.toString());
                }
            }
            return answer;
        });
    }

    /** The most recent lead linked to the contact, or {@code null}. */
    private UUID linkedLead(UUID contact) {
        List<UUID> leads = jdbc.queryForList("SELECT id FROM leads WHERE contact_id = ? ORDER BY created_at DESC, id",
                UUID.class, contact);
        return leads.isEmpty() ? null : leads.get(0);
    }

    private Subject subject(String email) {
        List<ContactView> contacts = store.findContacts(new ContactQuery(email, null, null), new Page(0, 1));
        if (!contacts.isEmpty()) {
            return new Subject(Subject.Kind.CONTACT, contacts.get(0).id());
        }
        List<UUID> leads = jdbc.queryForList("SELECT id FROM leads WHERE email = ? ORDER BY created_at", UUID.class, email);
        return leads.isEmpty() ? null : new Subject(Subject.Kind.LEAD, leads.get(0));
    }
}
