package dev.switchboard.hub.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Builds the confirmation {@link MimeMessage}: HTML (and plain text when the template has it), the
 * invitation {@code invite.ics} when a meeting was booked, and a Message-ID derived from the source
 * id, so that the rare duplicate (see {@link ConfirmationVerb}) carries the same id as the original.
 */
@Component
class ConfirmationMail {

    private final JavaMailSender sender;
    private final MailProperties settings;

    ConfirmationMail(JavaMailSender sender, MailProperties settings) {
        this.sender = sender;
        this.settings = settings;
    }

    static String messageId(String sourceId) {
        return "<" + sourceId.replaceAll("[^A-Za-z0-9._-]", "_") + "@switchboard>";
    }

    MimeMessage build(FormSubmitted submission, String subject, ConfirmationTemplates.Rendered body,
                      String sourceId) throws MessagingException {
        String messageId = messageId(sourceId);
        MimeMessage message = new MimeMessage(sender.createMimeMessage().getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        mail.setFrom(settings.from());
        mail.setTo(submission.email());
        if (submission.owner() != null && submission.owner().email() != null) {
            mail.setReplyTo(submission.owner().email());
        }
        mail.setSubject(subject);
        if (body.text() != null) {
            mail.setText(body.text(), body.html());
        } else {
            mail.setText(body.html(), true);
        }
        if (submission.meeting() != null && submission.owner() != null && submission.owner().email() != null) {
            byte[] ics = Invitation.write(submission, Instant.now()).getBytes(StandardCharsets.UTF_8);
            mail.addAttachment(Invitation.FILE_NAME, new ByteArrayResource(ics), Invitation.CONTENT_TYPE);
        }
        return message;
    }
}
