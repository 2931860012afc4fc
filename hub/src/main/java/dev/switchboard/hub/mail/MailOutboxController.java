package dev.switchboard.hub.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/mail/outbox} (admin key): the mail the embedded demo server received, oldest
 * first. Exists only while {@code switchboard.mail.embedded-server.enabled} is true.
 */
@RestController
@ConditionalOnProperty(name = "switchboard.mail.embedded-server.enabled", havingValue = "true", matchIfMissing = true)
class MailOutboxController {

    private final EmbeddedMailServer server;

    MailOutboxController(EmbeddedMailServer server) {
        this.server = server;
    }

    @GetMapping(path = "/api/mail/outbox", produces = "application/json")
    List<ReceivedMail> outbox() throws MessagingException, IOException {
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : server.received()) {
            mails.add(ReceivedMail.of(message));
        }
        return mails;
    }
}
