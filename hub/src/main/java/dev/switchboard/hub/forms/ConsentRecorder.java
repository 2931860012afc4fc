package dev.switchboard.hub.forms;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.hub.events.Outbox;
import dev.switchboard.hub.forms.FormDefinition.ConsentPurpose;
import dev.switchboard.hub.forms.PersonResolver.Person;
import dev.switchboard.sdk.model.Activity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records consents: one {@code consents} row per declared purpose and submission (granted or not),
 * with the text version, time, source {@code form:<id>}, IP and user agent, referencing the contact
 * and (when there is one) the lead. Granted consent to the
 * purpose {@value #MARKETING} enrolls the person in the form's nurture list: an activity and the
 * outbox event {@code marketing.enrolled}. Runs in the caller's transaction.
 */
@Component
class ConsentRecorder {

    static final String MARKETING = "marketing";

    private final JdbcTemplate jdbc;
    private final CrmStore store;
    private final Outbox outbox;
    private final ObjectMapper json;

    ConsentRecorder(JdbcTemplate jdbc, CrmStore store, Outbox outbox, ObjectMapper json) {
        this.jdbc = jdbc;
        this.store = store;
        this.outbox = outbox;
        this.json = json;
    }

    /** @return whether marketing consent was granted (and the person enrolled) */
    boolean record(FormDefinition form, Person person, Submission s, String sourceId) {
        Subject subject = person.subject();
        boolean marketing = false;
        for (ConsentPurpose purpose : form.consents()) {
            boolean granted = s.isTrue(purpose.field());
            insert(person.contact(), person.lead(), purpose.purpose(), granted, purpose.textVersion(), "form:" + form.id(), s.ip(), s.userAgent());
            marketing |= granted && MARKETING.equals(purpose.purpose());
        }
        if (marketing) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("nurtureList", form.nurtureList());
            payload.put("formId", form.id());
            payload.put("contactId", person.contact());
            if (person.lead() != null) {
                payload.put("leadId", person.lead());
            }
            store.logActivity(subject, new Activity("marketing.enrolled", "web", Instant.now(),
                    "Enrolled in " + (form.nurtureList() == null ? "marketing" : form.nurtureList()), null,
                    write(payload), "form:" + form.id(), sourceId + ":marketing"), person.contact(), person.lead());
            outbox.append("marketing.enrolled", subject.kind().label(), subject.id(), payload);
        }
        return marketing;
    }

    /**
     * Records a withdrawal (granted = false) and logs it on the timeline of the subject; {@code lead}
     * is the lead linked to a contact subject (or {@code null}), referenced too.
     */
    void withdraw(Subject subject, UUID lead, String purpose, String source, String ip, String userAgent) {
        UUID contact = subject.kind() == Subject.Kind.CONTACT ? subject.id() : null;
        UUID leadId = subject.kind() == Subject.Kind.LEAD ? subject.id() : lead;
        insert(contact, leadId, purpose, false, null, source, ip, userAgent);
        UUID activity = store.logActivity(subject, new Activity("consent.withdrawn", "web", Instant.now(),
                "Withdrew consent: " + purpose, null, write(Map.of("purpose", purpose, "source", source)),
                source, UUID.randomUUID().toString())).id();
        jdbc.update("UPDATE activities SET contact_id = ?, lead_id = ? WHERE id = ?", contact, leadId, activity);
        outbox.append("consent.withdrawn", subject.kind().label(), subject.id(), Map.of("purpose", purpose));
    }

    private void insert(UUID contact, UUID lead, String purpose, boolean granted, String version, String source,
                        String ip, String userAgent) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update("INSERT INTO consents (id, contact_id, lead_id, purpose, granted, text_version, source, ip, "
                        + "user_agent, occurred_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), contact, lead, purpose, granted, version, source, ip,
                truncate(userAgent), now, now);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a consent payload", e);
        }
    }
}
