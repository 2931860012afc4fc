package dev.switchboard.hub.mail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import dev.switchboard.hub.errors.DownstreamUnavailableException;
import dev.switchboard.hub.home.SwitchboardProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * A mail from a template that CRM admins own ({@code config/templates/<name>.html}, optional
 * {@code <name>.txt}; Thymeleaf, read on every use), for features other than the confirmation mail
 * (the trigger digest). Exactly-once is the caller's: it passes a source id, from which the
 * Message-ID is derived, and records what was sent after this returns. An unreachable server or a
 * refused login is a {@link DownstreamUnavailableException}.
 */
@Component
public class TemplatedMail {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final JavaMailSender sender;
    private final MailProperties settings;
    private final Path directory;
    private final TemplateEngine html;
    private final TemplateEngine text;

    TemplatedMail(JavaMailSender sender, MailProperties settings, SwitchboardProperties home) {
        this.sender = sender;
        this.settings = settings;
        this.directory = home.configDir().resolve("templates");
        this.html = engine(TemplateMode.HTML, ".html");
        this.text = engine(TemplateMode.TEXT, ".txt");
    }

    /**
     * Renders and sends one mail.
     *
     * @return the Message-ID it was sent with
     */
    public String send(String template, String to, String subject, Map<String, Object> model, String sourceId)
            throws MessagingException {
        if (template == null || !NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("mail template name '" + template + "' is not a plain file name");
        }
        if (!Files.isRegularFile(directory.resolve(template + ".html"))) {
            throw new IllegalStateException("mail template " + directory.resolve(template + ".html") + " does not exist");
        }
        Context context = new Context();
        context.setVariables(model);
        String htmlBody = html.process(template, context);
        String textBody = Files.isRegularFile(directory.resolve(template + ".txt")) ? text.process(template, context) : null;
        String messageId = ConfirmationMail.messageId(sourceId);
        MimeMessage message = new MimeMessage(sender.createMimeMessage().getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        MimeMessageHelper mail = new MimeMessageHelper(message, textBody != null, StandardCharsets.UTF_8.name());
        mail.setFrom(settings.from());
        mail.setTo(to);
        mail.setSubject(subject);
        if (textBody != null) {
            mail.setText(textBody, htmlBody);
        } else {
            mail.setText(htmlBody, true);
        }
        try {
            sender.send(message);
        } catch (MailAuthenticationException | MailSendException e) {
            throw new DownstreamUnavailableException("the SMTP server did not take mail " + sourceId + ": "
                    + e.getMessage(), e);
        }
        return messageId;
    }

    private TemplateEngine engine(TemplateMode mode, String suffix) {
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(directory.toAbsolutePath() + "/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(false);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
