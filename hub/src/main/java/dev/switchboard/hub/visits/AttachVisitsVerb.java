package dev.switchboard.hub.visits;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.hub.verbs.HubComponent;
import dev.switchboard.hub.verbs.HubEndpointFactory;
import dev.switchboard.hub.verbs.VerbEndpoint;
import dev.switchboard.sdk.model.Activity;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * {@code hub:visits/attach}: the body is a {@code form.submitted} payload with {@code visitorId} and
 * {@code contactId} (else {@code leadId}). The visitor's earlier page views join that record's
 * timeline as activities (type {@code web-visit}, channel {@code web}, source system {@code web},
 * source id {@code visit-<id>}, at the visit's time) and are marked attached. Idempotent: a rerun
 * logs nothing twice. Without a visitor id it does nothing. Sets header
 * {@code SwitchboardVisitsAttached} (Integer).
 */
@Component
class AttachVisitsVerb implements HubEndpointFactory {

    static final String ATTACHED = "SwitchboardVisitsAttached";

    private final ObjectMapper json;
    private final VisitStore visits;
    private final CrmStore crm;

    AttachVisitsVerb(ObjectMapper json, VisitStore visits, CrmStore crm) {
        this.json = json;
        this.visits = visits;
        this.crm = crm;
    }

    @Override
    public String verb() {
        return "visits";
    }

    @Override
    public Endpoint create(String uri, HubComponent component, String path, Map<String, Object> parameters) {
        if (!"attach".equals(path)) {
            throw new IllegalArgumentException("unknown visits operation 'visits/" + path + "' in " + uri
                    + "; known: visits/attach");
        }
        return new VerbEndpoint(uri, component, this::attach);
    }

    private void attach(Exchange exchange) throws JsonProcessingException {
        JsonNode body = json.readTree(exchange.getMessage().getBody(String.class));
        String visitorId = text(body, "visitorId");
        Subject subject = subject(body);
        int attached = 0;
        if (visitorId != null && subject != null) {
            for (Visit visit : visits.toAttach(visitorId, subject)) {
                crm.logActivity(subject, activity(visit));
                visits.markAttached(visit.id(), subject, Instant.now());
                attached++;
            }
        }
        exchange.getMessage().setHeader(ATTACHED, attached);
    }

    private Activity activity(Visit visit) throws JsonProcessingException {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("url", visit.url());
        payload.put("title", visit.title());
        payload.put("referrer", visit.referrer());
        payload.put("visitorId", visit.visitorId());
        String subject = visit.title() != null ? visit.title() : visit.url();
        subject = subject.length() <= 500 ? subject : subject.substring(0, 500);
        return new Activity("web-visit", "web", visit.occurredAt(), subject, visit.url(),
                json.writeValueAsString(payload), "web", "visit-" + visit.id());
    }

    private static Subject subject(JsonNode body) {
        String contact = text(body, "contactId");
        if (contact != null) {
            return new Subject(Subject.Kind.CONTACT, UUID.fromString(contact));
        }
        String lead = text(body, "leadId");
        return lead == null ? null : new Subject(Subject.Kind.LEAD, UUID.fromString(lead));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
