package dev.switchboard.hub.triggers;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.hub.events.Outbox;
import dev.switchboard.hub.triggers.DocumentDetection.Found;
import dev.switchboard.hub.triggers.internal.LinkedAccount;
import dev.switchboard.hub.triggers.internal.TriggerReads;
import dev.switchboard.hub.triggers.internal.TriggerStore;
import dev.switchboard.sdk.model.Activity;
import dev.switchboard.sdk.model.Task;
import org.springframework.stereotype.Component;

/**
 * The effects of one found trigger at a linked account, inside the document's transaction. A new
 * trigger gets its first source, an activity {@code trigger} on the account's timeline (source
 * {@code triggers}/{@code trigger-<id>}), a task for the account owner (none without an owner) and the
 * event {@code trigger.detected}. Within the dedup window the same account and type collapse into
 * the existing trigger instead: the source is added, the confidence raised to the highest, the
 * activity's payload lists the sources; no task and no event.
 */
@Component
class TriggerEffects {

    static final String SOURCE_SYSTEM = "triggers";

    private final TriggersProperties settings;
    private final TriggerStore triggers;
    private final TriggerReads reads;
    private final CrmStore store;
    private final Outbox outbox;
    private final ObjectMapper json;

    TriggerEffects(TriggersProperties settings, TriggerStore triggers, TriggerReads reads, CrmStore store, Outbox outbox,
                   ObjectMapper json) {
        this.settings = settings;
        this.triggers = triggers;
        this.reads = reads;
        this.store = store;
        this.outbox = outbox;
        this.json = json;
    }

    /** What happened to one trigger. */
    record Recorded(UUID triggerId, boolean collapsed, double confidence) {
    }

    Recorded record(Found found, LinkedAccount account, TriggerStore.Source source, String language) {
        String type = found.type().code();
        var existing = triggers.within(account.id(), type, source.at(), settings.dedupWindow());
        if (existing.isPresent()) {
            UUID id = existing.get().id();
            if (triggers.addSource(id, source)) {
                triggers.collapse(id, found.confidence(), source.at());
                if (existing.get().activityId() != null) {
                    triggers.updateActivityPayload(existing.get().activityId(), payload(id, found, account));
                }
            }
            return new Recorded(id, true, triggers.confidenceOf(id));
        }
        UUID id = triggers.insert(account.id(), type, found.company(), found.detectorId(), language, source);
        Subject on = new Subject(Subject.Kind.ACCOUNT, account.id());
        UUID activity = store.logActivity(on, new Activity("trigger", channel(source), source.at(),
                subject(found, account), found.evidence(), payload(id, found, account), SOURCE_SYSTEM,
                "trigger-" + id)).id();
        UUID task = null;
        if (account.ownerId() != null) {
            task = store.createTask(new Task("Sales trigger (" + label(found).toLowerCase(Locale.ROOT) + ") at "
                    + account.name() + " — follow up", account.ownerId(), due()), on, SOURCE_SYSTEM, "trigger-" + id).id();
        }
        triggers.link(id, activity, task);
        outbox.append("trigger.detected", "account", account.id(), event(id, found, account, source, activity, task));
        return new Recorded(id, false, found.confidence());
    }

    private String payload(UUID triggerId, Found found, LinkedAccount account) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("triggerId", triggerId);
        payload.put("type", found.type().code());
        payload.put("confidence", triggers.confidenceOf(triggerId));
        payload.put("company", found.company());
        payload.put("accountId", account.id());
        payload.put("detector", found.detectorId());
        payload.put("sources", reads.sources(triggerId).stream().map(s -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("documentId", s.documentId());
            one.put("url", s.url());
            one.put("kind", s.kind());
            one.put("source", s.source());
            one.put("confidence", s.confidence());
            one.put("detectedAt", s.detectedAt().toString());
            return one;
        }).toList());
        return write(payload);
    }

    private Map<String, Object> event(UUID id, Found found, LinkedAccount account, TriggerStore.Source source,
                                      UUID activity, UUID task) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("triggerId", id);
        event.put("accountId", account.id());
        event.put("accountName", account.name());
        event.put("ownerId", account.ownerId());
        event.put("type", found.type().code());
        event.put("confidence", found.confidence());
        event.put("company", found.company());
        event.put("evidence", found.evidence());
        event.put("documentId", source.documentId());
        event.put("url", source.url());
        event.put("detector", found.detectorId());
        event.put("activityId", activity);
        event.put("taskId", task);
        event.values().removeIf(v -> v == null);
        return event;
    }

    /** "Funding: Acme raised €5M" — the type, then the evidence's first line, cut to fit. */
    static String subject(Found found, LinkedAccount account) {
        String evidence = found.evidence() == null ? "" : found.evidence().strip().split("\\R", 2)[0];
        String text = evidence.isEmpty() ? account.name() : evidence;
        String subject = label(found) + ": " + text;
        return subject.length() <= 200 ? subject : subject.substring(0, 199) + "…";
    }

    static String label(Found found) {
        String words = found.type().code().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String channel(TriggerStore.Source source) {
        return source.kind() == null ? "news" : source.kind().length() > 40 ? source.kind().substring(0, 40) : source.kind();
    }

    private Instant due() {
        int days = settings.taskDueBusinessDays();
        if (days < 0) {
            return Instant.now().plus(settings.taskDueDuration());
        }
        ZonedDateTime due = ZonedDateTime.now(ZoneOffset.UTC);
        while (days > 0) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days--;
            }
        }
        return due.toInstant();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a trigger payload could not be written as JSON", e);
        }
    }

    static List<String> types() {
        return java.util.Arrays.stream(dev.switchboard.sdk.detector.TriggerType.values())
                .map(dev.switchboard.sdk.detector.TriggerType::code).toList();
    }
}
