package dev.switchboard.hub.triggers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.switchboard.hub.mail.TemplatedMail;
import dev.switchboard.hub.triggers.internal.DigestStore;
import dev.switchboard.hub.triggers.internal.DigestStore.Recipient;
import dev.switchboard.hub.triggers.internal.TriggerReads;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The daily trigger digest ({@code hub:triggers/digest}, run often by {@code routes/trigger-digest}):
 * once the day's {@code switchboard.triggers.digest.time} has passed in its zone, each opted-in owner
 * ({@code digest.owners}) with an e-mail address gets ONE mail listing the triggers created on the
 * accounts they own since their previous digest (the first one looks back one day). The day is
 * then recorded per owner ({@code trigger_digests}, primary key owner + day), so a second run or a
 * restart the same day sends nothing; a day with nothing to report is recorded without a mail.
 * The row is written after the SMTP server accepted the mail: a crash in between, or two nodes
 * running at the same moment, may send the day's digest twice (same Message-ID).
 */
@Component
class TriggerDigest {

    private static final Logger LOG = LoggerFactory.getLogger(TriggerDigest.class);
    private static final int MAX_TRIGGERS = 200;

    private final TriggersProperties.Digest settings;
    private final DigestStore digests;
    private final TriggerReads reads;
    private final TemplatedMail mail;

    TriggerDigest(TriggersProperties properties, DigestStore digests, TriggerReads reads, TemplatedMail mail) {
        this.settings = properties.digest();
        this.digests = digests;
        this.reads = reads;
        this.mail = mail;
    }

    /** Sends the digests due now; returns how many mails were sent. */
    int sendDue() throws MessagingException {
        ZonedDateTime now = ZonedDateTime.now(settings.zoneId());
        if (settings.owners().isEmpty() || now.toLocalTime().isBefore(settings.localTime())) {
            return 0;
        }
        int sent = 0;
        for (String owner : settings.owners()) {
            if (send(owner, now.toLocalDate(), now.toInstant())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(String ownerId, LocalDate day, Instant until) throws MessagingException {
        if (digests.done(ownerId, day)) {
            return false;
        }
        Optional<Recipient> recipient = digests.recipient(ownerId);
        if (recipient.isEmpty() || recipient.get().email() == null) {
            LOG.warn("trigger digest: owner '{}' is not a configured owner with an e-mail address; skipped", ownerId);
            return false;
        }
        Instant since = digests.coveredUntil(ownerId).orElse(until.minus(Duration.ofDays(1)));
        List<TriggerReads.Row> triggers = reads.ofOwner(ownerId, since, until, MAX_TRIGGERS);
        if (triggers.isEmpty()) {
            digests.record(ownerId, day, until, 0, null);
            return false;
        }
        String sourceId = "trigger-digest-" + ownerId + "-" + day;
        String messageId = mail.send(settings.template(), recipient.get().email(), settings.subject(),
                model(recipient.get(), day, triggers), sourceId);
        digests.record(ownerId, day, until, triggers.size(), messageId);
        LOG.info("trigger digest for {} on {}: {} triggers", ownerId, day, triggers.size());
        return true;
    }

    private static Map<String, Object> model(Recipient owner, LocalDate day, List<TriggerReads.Row> triggers) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("owner", Map.of("id", owner.id(), "name", owner.name(), "email", owner.email()));
        model.put("day", day.toString());
        model.put("count", triggers.size());
        model.put("triggers", triggers.stream().map(t -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("account", t.accountName());
            one.put("accountId", t.accountId().toString());
            one.put("type", t.type().replace('_', ' '));
            one.put("confidence", Math.round(t.confidence() * 100) + "%");
            one.put("evidence", t.evidence() == null ? "" : t.evidence());
            one.put("sources", t.sources().stream().map(s -> s.url() != null ? s.url() : s.documentId()).toList());
            return one;
        }).toList());
        return model;
    }
}
