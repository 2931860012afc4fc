package dev.switchboard.hub.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import dev.switchboard.hub.home.SwitchboardProperties;
import jakarta.mail.MessagingException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders mails from Thymeleaf templates that CRM admins own: {@code <config>/templates/<name>.html}
 * (required) and {@code <name>.txt} (optional plain-text part, Thymeleaf TEXT mode). Templates are
 * read on every use, so an edit applies to the next mail. {@code th:text} escapes HTML. The
 * confirmation mail renders them with a {@link TemplateModel}, {@link TemplatedMail} (the trigger
 * digest) with its caller's model.
 */
@Component
class MailTemplates {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final Path directory;
    private final TemplateEngine html;
    private final TemplateEngine text;

    MailTemplates(SwitchboardProperties home) {
        this.directory = home.configDir().resolve("templates");
        this.html = engine(TemplateMode.HTML, ".html");
        this.text = engine(TemplateMode.TEXT, ".txt");
    }

    /** A rendered mail body: HTML, and plain text when the template has a {@code .txt} part. */
    record Rendered(String html, String text) {

        /** Sets the body of {@code mail}: HTML alone, or text and HTML as alternatives (needs a multipart helper). */
        void writeTo(MimeMessageHelper mail) throws MessagingException {
            if (text != null) {
                mail.setText(text, html);
            } else {
                mail.setText(html, true);
            }
        }
    }

    /**
     * Renders template {@code name} with {@code model}.
     *
     * @throws IllegalArgumentException when {@code name} is not a plain file name
     * @throws IllegalStateException when {@code <name>.html} does not exist
     */
    Rendered render(String name, Map<String, Object> model) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("mail template name '" + name
                    + "' is not a plain file name ([A-Za-z0-9_-], up to 100 characters)");
        }
        Path htmlFile = directory.resolve(name + ".html");
        if (!Files.isRegularFile(htmlFile)) {
            throw new IllegalStateException("mail template " + htmlFile + " does not exist: add it, then "
                    + "replay the dead letter");
        }
        Context context = new Context();
        context.setVariables(model);
        String plain = Files.isRegularFile(directory.resolve(name + ".txt")) ? text.process(name, context) : null;
        return new Rendered(html.process(name, context), plain);
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
