package dev.switchboard.hub.triggers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.triggers.DocumentDetection.Found;
import dev.switchboard.hub.triggers.TriggersProperties.Unresolved;
import dev.switchboard.hub.triggers.internal.AccountLinker;
import dev.switchboard.hub.triggers.internal.CompanyKeys;
import dev.switchboard.hub.triggers.internal.LinkedAccount;
import dev.switchboard.hub.triggers.internal.TriggerStore;
import dev.switchboard.sdk.model.Document;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns one document into sales triggers: detection and watch-list matching first (outside any
 * transaction), then every effect in ONE transaction that also records the document id with its
 * answer, so that processing the same document again answers the same and creates nothing. A
 * transaction that lost a race (the same document, the same new account or lead, concurrently) is
 * retried as a whole and then finds the winner's rows.
 */
@Service
public class TriggerRecorder {

    private static final int ATTEMPTS = 4;
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)\\b(?:https?://)?(?:www\\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,})(?:/\\S*)?");

    private final TriggersProperties settings;
    private final DocumentDetection detection;
    private final WatchLists watchLists;
    private final AccountLinker linker;
    private final TriggerStore store;
    private final TriggerEffects effects;
    private final MentionEffects mentions;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;

    TriggerRecorder(TriggersProperties settings, DocumentDetection detection, WatchLists watchLists,
                    AccountLinker linker, TriggerStore store, TriggerEffects effects, MentionEffects mentions,
                    TransactionTemplate transactions, ObjectMapper json) {
        this.settings = settings;
        this.detection = detection;
        this.watchLists = watchLists;
        this.linker = linker;
        this.store = store;
        this.effects = effects;
        this.mentions = mentions;
        this.transactions = transactions;
        this.json = json;
    }

    /**
     * @param document a checked document (non-empty plain text)
     * @param source   the source its watch list is kept under ({@code mastodon}, {@code news}), or {@code null}
     * @return the answer as JSON (see {@link TriggerResult})
     */
    public String process(Document document, String source) {
        Optional<String> done = store.processed(document.id());
        if (done.isPresent()) {
            return done.get();
        }
        DocumentDetection.Outcome outcome = detection.detect(document);
        Optional<WatchLists.Match> match = watchLists.match(source, document);
        DataIntegrityViolationException lost = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return transactions.execute(status -> record(document, source, outcome, match));
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
                lost = e instanceof DataIntegrityViolationException d ? d : new DataIntegrityViolationException(e.getMessage(), e);
            }
        }
        throw lost;
    }

    private String record(Document document, String source, DocumentDetection.Outcome outcome,
                          Optional<WatchLists.Match> match) {
        Optional<String> done = store.processed(document.id());
        if (done.isPresent()) {
            return done.get();
        }
        Instant at = document.publishedAt() != null ? document.publishedAt() : Instant.now();
        List<TriggerResult.Item> items = new ArrayList<>();
        for (Found found : outcome.triggers()) {
            items.add(recordOne(document, source, outcome.language(), found, at));
        }
        int stored = match.flatMap(m -> mentions.record(document, m, at)).isPresent() ? 1 : 0;
        String answer = write(new TriggerResult(document.id(), outcome.language(), items, stored, outcome.problems()));
        store.markProcessed(document.id(), answer);
        return answer;
    }

    private TriggerResult.Item recordOne(Document document, String source, String language, Found found, Instant at) {
        Optional<LinkedAccount> account = linker.link(found.company(), domainHint(document, found),
                settings.unresolved() == Unresolved.CREATE_PROSPECT, settings.defaultOwner());
        if (account.isEmpty()) {
            return new TriggerResult.Item(found.type().code(), found.confidence(), found.company(), null, null, false,
                    found.evidence());
        }
        TriggerStore.Source from = new TriggerStore.Source(document.id(), document.url(), document.sourceKind(), source,
                found.confidence(), found.evidence(), at);
        TriggerEffects.Recorded recorded = effects.record(found, account.get(), from, language);
        return new TriggerResult.Item(found.type().code(), recorded.confidence(), found.company(), account.get().id(),
                recorded.triggerId(), recorded.collapsed(), found.evidence());
    }

    /**
     * The company's own domain, when the document gives one: {@code metadata.domain}; else a mention
     * that is itself a domain ({@code acme.com}); else a URL or domain in the evidence or the
     * document's URL whose name agrees with the mention ({@code https://acme.com/news} for "Acme",
     * but not the publisher's {@code news.example} for "Acme").
     */
    static String domainHint(Document document, Found found) {
        String given = document.metadata().get("domain");
        if (given != null && !given.isBlank()) {
            return given;
        }
        String mentioned = firstDomain(found.company());
        if (mentioned != null) {
            return mentioned;
        }
        String key = CompanyKeys.key(found.company());
        for (String text : new String[] {found.evidence(), document.url()}) {
            String domain = firstDomain(text);
            if (domain != null && key != null && agrees(domain, key)) {
                return domain;
            }
        }
        return null;
    }

    private static String firstDomain(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DOMAIN.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** acme-group.cz agrees with "Acme Group", acme.com with "ACME Inc.". */
    private static boolean agrees(String domain, String key) {
        String[] labels = domain.toLowerCase(java.util.Locale.ROOT).split("\\.");
        String name = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
        return name.replace("-", "").equals(key.replace(" ", ""));
    }

    private String write(TriggerResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a trigger result could not be written as JSON", e);
        }
    }
}
