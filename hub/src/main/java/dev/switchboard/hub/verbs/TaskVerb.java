package dev.switchboard.hub.verbs;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.hub.crm.CrmStore.Upserted;
import dev.switchboard.sdk.model.Task;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * {@code hub:task?subject=Follow up&owner=jana&dueIn=PT4H}: creates a task about the contact,
 * account or lead an earlier verb resolved (option {@code on} picks one). {@code owner} defaults to
 * the record's owner; {@code dueIn} is an ISO-8601 duration from now. The source id (header
 * {@code SwitchboardSourceId}, else {@code Idempotency-Key}) makes it idempotent per route.
 */
@Component
class TaskVerb implements HubEndpointFactory {

    private final CrmStore store;

    TaskVerb(CrmStore store) {
        this.store = store;
    }

    @Override
    public String verb() {
        return "task";
    }

    @Override
    public Endpoint create(String uri, HubComponent component, String path, Map<String, Object> parameters) {
        if (!path.isEmpty()) {
            throw new IllegalArgumentException(uri + ": hub:task takes no path, only options");
        }
        VerbOptions o = new VerbOptions(uri, parameters);
        String subject = o.required("subject");
        String owner = o.text("owner", null);
        String on = o.oneOf("on", null, List.of("contact", "account", "lead"));
        Duration dueIn = duration(uri, o.text("dueIn", null));
        return new VerbEndpoint(uri, component, exchange -> create(exchange, subject, owner, on, dueIn));
    }

    private void create(Exchange exchange, String subject, String owner, String on, Duration dueIn) {
        Subject about = ActivityVerb.subject(exchange.getMessage(), on);
        Instant due = dueIn == null ? null : Instant.now().plus(dueIn);
        String sourceId = exchange.getMessage().getHeader(HubHeaders.SOURCE_ID, String.class);
        if (sourceId == null) {
            sourceId = exchange.getMessage().getHeader(HubHeaders.IDEMPOTENCY_KEY, String.class);
        }
        Upserted done = store.createTask(new Task(subject, owner, due), about, exchange.getFromRouteId(), sourceId);
        exchange.getMessage().setHeader(HubHeaders.TASK_ID, done.id().toString());
        VerbResults.put(exchange, "taskId", done.id().toString());
    }

    private static Duration duration(String uri, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(uri + ": option 'dueIn' is an ISO-8601 duration such as PT4H or P1D, got '"
                    + text + "'", e);
        }
    }
}
