package dev.switchboard.hub.mail;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.errors.DownstreamUnavailableException;
import dev.switchboard.hub.verbs.HubComponent;
import dev.switchboard.hub.verbs.HubEndpointFactory;
import dev.switchboard.hub.verbs.HubHeaders;
import dev.switchboard.hub.verbs.VerbEndpoint;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * {@code hub:mail/confirmation}: the body is a {@code form.submitted} payload; when it names a
 * confirmation template, the submitter gets the confirmation mail, with {@code invite.ics} when a
 * meeting was booked. Transactional mail only: nothing in it depends on marketing consent.
 *
 * <p>Exactly once: the source id is {@code confirmation-<submissionId>} (else header
 * {@code SwitchboardSourceId}); a source id in {@code sent_mails} sends nothing. The row is written
 * after the SMTP server accepted the mail. An unreachable server (or refused login) throws
 * {@link DownstreamUnavailableException}, which the shared error handling never dead-letters, so the
 * outbox event is delivered again until the server is back. The one window left: the hub stops
 * after the server accepted the mail and before the row is written; the event is then delivered
 * again and the mail sent twice, with the same Message-ID. A recipient the server refuses is a
 * permanent error (retried, then dead-lettered). Sets header {@code SwitchboardMailSent} (Boolean).
 */
@Component
class ConfirmationVerb implements HubEndpointFactory {

    static final String SENT = "SwitchboardMailSent";
    private static final Logger LOG = LoggerFactory.getLogger(ConfirmationVerb.class);

    private final ObjectMapper json;
    private final MailTemplates templates;
    private final ConfirmationMail mail;
    private final JavaMailSender sender;
    private final SentMails sentMails;

    ConfirmationVerb(ObjectMapper json, MailTemplates templates, ConfirmationMail mail,
                     JavaMailSender sender, SentMails sentMails) {
        this.json = json;
        this.templates = templates;
        this.mail = mail;
        this.sender = sender;
        this.sentMails = sentMails;
    }

    @Override
    public String verb() {
        return "mail";
    }

    @Override
    public Endpoint create(String uri, HubComponent component, String path, Map<String, Object> parameters) {
        if (!"confirmation".equals(path)) {
            throw new IllegalArgumentException("unknown mail operation 'mail/" + path + "' in " + uri
                    + "; known: mail/confirmation");
        }
        return new VerbEndpoint(uri, component, this::confirm);
    }

    private void confirm(Exchange exchange) throws MessagingException, JsonProcessingException {
        FormSubmitted submission = json.readValue(exchange.getMessage().getBody(String.class), FormSubmitted.class);
        FormSubmitted.Confirmation confirmation = submission.confirmation();
        exchange.getMessage().setHeader(SENT, false);
        if (confirmation == null || confirmation.template() == null) {
            return;
        }
        if (submission.email() == null || submission.email().isBlank()) {
            throw new IllegalStateException("form.submitted " + submission.submissionId() + " has a confirmation "
                    + "but no email");
        }
        String sourceId = sourceId(exchange, submission);
        if (sentMails.alreadySent(sourceId)) {
            LOG.debug("confirmation {} was sent before; not again", sourceId);
            return;
        }
        String subject = confirmation.subject() == null ? "Thank you" : confirmation.subject();
        MimeMessage message = mail.build(submission, subject,
                templates.render(confirmation.template(), TemplateModel.of(submission, subject)), sourceId);
        send(message, sourceId);
        sentMails.record(new SentMails.Sent(sourceId, submission.submissionId(), submission.email(), subject,
                confirmation.template(), FixedIdMessage.messageId(sourceId)));
        exchange.getMessage().setHeader(SENT, true);
    }

    private void send(MimeMessage message, String sourceId) {
        try {
            sender.send(message);
        } catch (MailAuthenticationException e) {
            throw new DownstreamUnavailableException("the SMTP server refused the login (spring.mail.username, "
                    + "SPRING_MAIL_PASSWORD); confirmation " + sourceId + " waits", e);
        } catch (MailSendException e) {
            if (refusedRecipient(e)) {
                throw e;
            }
            throw new DownstreamUnavailableException("the SMTP server is unreachable; confirmation " + sourceId
                    + " waits and is sent when it is back", e);
        }
    }

    private static boolean refusedRecipient(MailSendException e) {
        for (Exception failure : e.getFailedMessages().values()) {
            if (failure instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    private static String sourceId(Exchange exchange, FormSubmitted submission) {
        if (submission.submissionId() != null && !submission.submissionId().isBlank()) {
            return "confirmation-" + submission.submissionId();
        }
        String header = exchange.getMessage().getHeader(HubHeaders.SOURCE_ID, String.class);
        if (header == null || header.isBlank()) {
            throw new IllegalStateException("form.submitted without submissionId nor header " + HubHeaders.SOURCE_ID
                    + ": no way to send its confirmation exactly once");
        }
        return header;
    }
}
