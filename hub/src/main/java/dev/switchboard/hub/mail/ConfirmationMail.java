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
 * id ({@link FixedIdMessage}), so that the rare duplicate (see {@link ConfirmationVerb}) carries the
 * same id as the original.
 */
@Component
class ConfirmationMail {

    private final JavaMailSender sender;
    private final MailProperties settings;

    ConfirmationMail(JavaMailSender sender, MailProperties settings) {
        this.sender = sender;
        this.settings = settings;
    }

    MimeMessage build(FormSubmitted submission, String subject, MailTemplates.Rendered body,
                      String sourceId) throws MessagingException {
        MimeMessage message = new FixedIdMessage(sender, sourceId);
        MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        mail.setFrom(settings.from());
        mail.setTo(submission.email());
        if (submission.owner() != null && submission.owner().email() != null) {
            mail.setReplyTo(submission.owner().email());
        }
        mail.setSubject(subject);
        body.writeTo(mail);
        if (submission.meeting() != null && submission.owner() != null && submission.owner().email() != null) {
            byte[] ics = Invitation.write(submission, Instant.now()).getBytes(StandardCharsets.UTF_8);
            mail.addAttachment(Invitation.FILE_NAME, new ByteArrayResource(ics), Invitation.CONTENT_TYPE);
        }
        return message;
    }
}
