package dev.switchboard.hub.mail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code sent_mails} table: which confirmation mails the SMTP server has accepted, by source id. */
@Component
class SentMails {

    private final JdbcTemplate jdbc;

    SentMails(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One sent mail. */
    record Sent(String sourceId, String submissionId, String recipient, String subject, String template,
                String messageId) {
    }

    boolean alreadySent(String sourceId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM sent_mails WHERE source_id = ?", Integer.class,
                sourceId);
        return count != null && count > 0;
    }

    /** Records a sent mail; a row that a concurrent sender wrote first is left as it is. */
    void record(Sent sent) {
        try {
            jdbc.update("INSERT INTO sent_mails (source_id, submission_id, recipient, subject, template, message_id, "
                            + "sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)", sent.sourceId(), sent.submissionId(),
                    sent.recipient(), sent.subject(), sent.template(), sent.messageId(),
                    OffsetDateTime.now(ZoneOffset.UTC));
        } catch (DuplicateKeyException alreadyRecorded) {
            // the unique source id did its job
        }
    }
}
