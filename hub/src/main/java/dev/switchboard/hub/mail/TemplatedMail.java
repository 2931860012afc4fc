package dev.switchboard.hub.mail;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.switchboard.hub.errors.DownstreamUnavailableException;
import jakarta.mail.MessagingException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * A mail from a template that CRM admins own ({@code config/templates/<name>.html}, optional
 * {@code <name>.txt}; Thymeleaf, read on every use, see {@link MailTemplates}), for features other
 * than the confirmation mail (the trigger digest). Exactly-once is the caller's: it passes a source
 * id, from which the Message-ID is derived, and records what was sent after this returns. An
 * unreachable server or a refused login is a {@link DownstreamUnavailableException}.
 */
@Component
public class TemplatedMail {

    private final JavaMailSender sender;
    private final MailProperties settings;
    private final MailTemplates templates;

    TemplatedMail(JavaMailSender sender, MailProperties settings, MailTemplates templates) {
        this.sender = sender;
        this.settings = settings;
        this.templates = templates;
    }

    /**
     * Renders and sends one mail.
     *
     * @return the Message-ID it was sent with
     * @throws IllegalArgumentException when {@code template} is not a plain file name
     * @throws IllegalStateException when the template does not exist
     */
    public String send(String template, String to, String subject, Map<String, Object> model, String sourceId)
            throws MessagingException {
        MailTemplates.Rendered body = templates.render(template, model);
        FixedIdMessage message = new FixedIdMessage(sender, sourceId);
        MimeMessageHelper mail = new MimeMessageHelper(message, body.text() != null, StandardCharsets.UTF_8.name());
        mail.setFrom(settings.from());
        mail.setTo(to);
        mail.setSubject(subject);
        body.writeTo(mail);
        try {
            sender.send(message);
        } catch (MailAuthenticationException | MailSendException e) {
            throw new DownstreamUnavailableException("the SMTP server did not take mail " + sourceId + ": "
                    + e.getMessage(), e);
        }
        return message.messageId();
    }
}
