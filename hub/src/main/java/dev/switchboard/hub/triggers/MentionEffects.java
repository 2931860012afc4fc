package dev.switchboard.hub.triggers;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.hub.triggers.WatchLists.Match;
import dev.switchboard.hub.triggers.internal.MentionStore;
import dev.switchboard.sdk.model.Activity;
import dev.switchboard.sdk.model.Document;
import org.springframework.stereotype.Component;

/**
 * A document that matched its source's watch list becomes a {@code social-mention} activity
 * (source system {@code watch-list:<source>}, source id the document id), on:
 * <ol>
 *   <li>the contact (else the lead) holding the author's handle, {@code <source>:<metadata.account>};</li>
 *   <li>else, when the list has {@code create-leads: true}, a new lead for the author (source = the
 *       document's source, name {@code metadata.displayName}, the handle stored as its key);</li>
 *   <li>else nowhere: a timeline needs a record, and an anonymous mention is not kept (the
 *       answer reports {@code mentions: 0}).</li>
 * </ol>
 */
@Component
class MentionEffects {

    private final MentionStore mentions;
    private final CrmStore store;
    private final ObjectMapper json;

    MentionEffects(MentionStore mentions, CrmStore store, ObjectMapper json) {
        this.mentions = mentions;
        this.store = store;
        this.json = json;
    }

    /** The activity's id, or empty when the mention was not stored. */
    Optional<UUID> record(Document document, Match match, Instant at) {
        String handle = handle(match.source(), document.metadata().get("account"));
        Subject on = null;
        if (handle != null) {
            on = mentions.holder(handle).map(h -> new Subject(h.getKey().equals("contact") ? Subject.Kind.CONTACT
                    : Subject.Kind.LEAD, h.getValue())).orElse(null);
            if (on == null && match.createLeads()) {
                on = new Subject(Subject.Kind.LEAD, mentions.lead(handle, document.metadata().get("displayName"),
                        match.source()));
            }
        }
        if (on == null) {
            return Optional.empty();
        }
        String title = document.metadata().get("title");
        String first = title != null ? title : document.text().strip().split("\\R", 2)[0];
        String subject = "Mention on " + match.source() + ": " + (first.length() > 150 ? first.substring(0, 149) + "…" : first);
        String summary = document.text().length() > 2000 ? document.text().substring(0, 2000) : document.text();
        return Optional.of(store.logActivity(on, new Activity("social-mention", channel(document), at, subject, summary,
                payload(document, match, handle), sourceSystem(match.source()), document.id())).id());
    }

    /** {@code mastodon:@ada@example.social} for source mastodon and account {@code ada@example.social}. */
    static String handle(String source, String account) {
        if (account == null || account.isBlank()) {
            return null;
        }
        String user = account.strip();
        if (user.contains(":")) {
            return user.toLowerCase(java.util.Locale.ROOT);
        }
        return (source + ":" + (user.startsWith("@") ? user : "@" + user)).toLowerCase(java.util.Locale.ROOT);
    }

    private static String sourceSystem(String source) {
        String system = "watch-list:" + source;
        return system.length() > 80 ? system.substring(0, 80) : system;
    }

    private static String channel(Document document) {
        String kind = document.sourceKind();
        return kind == null ? "social" : kind.length() > 40 ? kind.substring(0, 40) : kind;
    }

    private String payload(Document document, Match match, String handle) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("documentId", document.id());
        payload.put("source", match.source());
        payload.put("url", document.url());
        payload.put("handle", handle);
        payload.put("displayName", document.metadata().get("displayName"));
        payload.put("keywords", match.keywords());
        payload.put("hashtags", match.hashtags());
        payload.values().removeIf(v -> v == null);
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a mention payload could not be written as JSON", e);
        }
    }
}
