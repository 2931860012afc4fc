package dev.switchboard.hub.verbs;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.hub.crm.CrmStore.Upserted;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import dev.switchboard.sdk.model.Activity;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * {@code hub:activity?type=webhook&channel=web}: logs the exchange as an activity on the timeline of
 * the contact (header {@code SwitchboardContactId}), else the account, else the lead an earlier verb
 * resolved; option {@code on} picks one explicitly. The whole JSON body is kept as the activity's
 * payload.
 *
 * <p>Options: {@code type} and {@code channel} (required); {@code sourceSystem} (default: the route
 * id); {@code subject} (fixed text) or {@code subjectField} (a JSON Pointer into the body);
 * {@code summaryField}, {@code occurredAtField} (ISO-8601; default now), {@code sourceIdField}.
 * Without {@code sourceIdField}, the source id is header {@code SwitchboardSourceId}, else the
 * {@code Idempotency-Key} header, else a new UUID (then a retried request logs a second activity).
 */
@Component
class ActivityVerb implements HubEndpointFactory {

    private final CrmStore store;
    private final JsonBodies bodies;

    ActivityVerb(CrmStore store, JsonBodies bodies) {
        this.store = store;
        this.bodies = bodies;
    }

    @Override
    public String verb() {
        return "activity";
    }

    /** What an activity endpoint was configured with. */
    private record Options(String type, String channel, String sourceSystem, String on, String subject,
                           String subjectField, String summaryField, String occurredAtField, String sourceIdField) {
    }

    @Override
    public Endpoint create(String uri, HubComponent component, String path, Map<String, Object> parameters) {
        if (!path.isEmpty()) {
            throw new IllegalArgumentException(uri + ": hub:activity takes no path, only options");
        }
        VerbOptions o = new VerbOptions(uri, parameters);
        Options options = new Options(o.required("type"), o.required("channel"), o.text("sourceSystem", null),
                o.oneOf("on", null, List.of("contact", "account", "lead")), o.text("subject", null),
                o.pointer("subjectField"), o.pointer("summaryField"), o.pointer("occurredAtField"),
                o.pointer("sourceIdField"));
        return new VerbEndpoint(uri, component, exchange -> log(exchange, options));
    }

    private void log(Exchange exchange, Options o) {
        JsonNode body = bodies.tree(exchange);
        Subject subject = subject(exchange.getMessage(), o.on());
        String sourceSystem = o.sourceSystem() != null ? o.sourceSystem() : exchange.getFromRouteId();
        Activity activity = new Activity(o.type(), o.channel(), occurredAt(body, o.occurredAtField()),
                o.subject() != null ? o.subject() : bodies.text(body, o.subjectField()),
                bodies.text(body, o.summaryField()), bodies.write(body), sourceSystem, sourceId(exchange, body, o));
        Upserted done = store.logActivity(subject, activity);
        exchange.getMessage().setHeader(HubHeaders.ACTIVITY_ID, done.id().toString());
        VerbResults.put(exchange, "activityId", done.id().toString());
    }

    private String sourceId(Exchange exchange, JsonNode body, Options o) {
        String id = bodies.text(body, o.sourceIdField());
        if (id == null) {
            id = exchange.getMessage().getHeader(HubHeaders.SOURCE_ID, String.class);
        }
        if (id == null) {
            id = exchange.getMessage().getHeader(HubHeaders.IDEMPOTENCY_KEY, String.class);
        }
        return id == null || id.isBlank() ? UUID.randomUUID().toString() : id.strip();
    }

    private Instant occurredAt(JsonNode body, String field) {
        String text = bodies.text(body, field);
        if (text == null) {
            return Instant.now();
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw BadInputException.invalid(List.of(new Problem(JsonBodies.label(field),
                    "not an ISO-8601 instant such as 2026-11-22T09:30:00Z: '" + text + "'")));
        }
    }

    /** The record an earlier verb resolved: a route-author error, not the client's, when there is none. */
    static Subject subject(Message message, String on) {
        for (Subject.Kind kind : Subject.Kind.values()) {
            if (on != null && !on.equals(kind.label())) {
                continue;
            }
            String id = message.getHeader(switch (kind) {
                case CONTACT -> HubHeaders.CONTACT_ID;
                case ACCOUNT -> HubHeaders.ACCOUNT_ID;
                case LEAD -> HubHeaders.LEAD_ID;
            }, String.class);
            if (id != null) {
                return new Subject(kind, UUID.fromString(id));
            }
        }
        throw new IllegalStateException("no " + (on == null ? "contact, account or lead" : on)
                + " id on the exchange: put a hub:crm/upsert/... step before this one");
    }
}
