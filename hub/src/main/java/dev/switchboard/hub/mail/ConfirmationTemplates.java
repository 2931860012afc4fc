package dev.switchboard.hub.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import dev.switchboard.hub.home.SwitchboardProperties;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders confirmation mails from Thymeleaf templates that CRM admins own:
 * {@code <config>/templates/<name>.html} (required) and {@code <name>.txt} (optional plain-text
 * part, Thymeleaf TEXT mode). Templates are read on every use, so an edit applies to the next mail.
 * {@code th:text} escapes HTML. Templates get plain maps (see {@link TemplateModel}): {@code name},
 * {@code email}, {@code formId}, {@code subject}, {@code fields}, {@code meeting} (or null) and
 * {@code owner} (or null).
 */
@Component
class ConfirmationTemplates {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final Path directory;
    private final TemplateEngine html;
    private final TemplateEngine text;

    ConfirmationTemplates(SwitchboardProperties home) {
        this.directory = home.configDir().resolve("templates");
        this.html = engine(TemplateMode.HTML, ".html");
        this.text = engine(TemplateMode.TEXT, ".txt");
    }

    /** A rendered mail body: HTML, and plain text when the template has a {@code .txt} part. */
    record Rendered(String html, String text) {
    }

    Rendered render(String name, FormSubmitted submission, String subject) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("confirmation template name '" + name
                    + "' is not a plain file name ([A-Za-z0-9_-], up to 100 characters)");
        }
        Path htmlFile = directory.resolve(name + ".html");
        if (!Files.isRegularFile(htmlFile)) {
            throw new IllegalStateException("confirmation template " + htmlFile + " does not exist: add it, then "
                    + "replay the dead letter");
        }
        Context context = new Context();
        context.setVariables(TemplateModel.of(submission, subject));
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
