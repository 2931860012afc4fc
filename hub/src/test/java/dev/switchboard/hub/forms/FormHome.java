package dev.switchboard.hub.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.switchboard.hub.TestHome;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A test home with the repository's form routes and demo form, plus test forms. */
final class FormHome {

    static final String HMAC_SECRET = "test-hmac-secret";
    static final Path REPO = Path.of(System.getProperty("switchboard.test.repo-root", ".."));

    private FormHome() {
    }

    static Path register(DynamicPropertyRegistry registry) {
        Path home = TestHome.register(registry);
        registry.add("FORMS_TEST_HMAC_SECRET", () -> HMAC_SECRET);
        try {
            for (String route : new String[] {"web-form-intake.camel.yaml", "web-form-withdraw.camel.yaml"}) {
                Files.copy(REPO.resolve("routes").resolve(route), home.resolve("routes").resolve(route),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Path forms = Files.createDirectories(home.resolve("config/forms"));
            // the confirmation templates the demo form names, as in a real home
            Path templates = Files.createDirectories(home.resolve("config/templates"));
            try (var shipped = Files.list(REPO.resolve("config/templates"))) {
                for (Path template : shipped.toList()) {
                    Files.copy(template, templates.resolve(template.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            String demo = Files.readString(REPO.resolve("config/forms/visit-booking.yaml"))
                    .replace("ratePerMinute: 10", "ratePerMinute: 1000");
            Files.writeString(forms.resolve("visit-booking.yaml"), demo);
            Files.writeString(forms.resolve("limited.yaml"), """
                    fields:
                      - {name: email, type: email, required: true}
                    auth: {mode: public, ratePerMinute: 2}
                    """);
            Files.writeString(forms.resolve("partner.yaml"), """
                    fields:
                      - {name: email, type: email, required: true}
                      - {name: lastName, type: text}
                    owners:
                      default: {owner: jana.novak}
                    auth: {mode: hmac, secret: "${FORMS_TEST_HMAC_SECRET}"}
                    """);
            Files.writeString(forms.resolve("keyed.yaml"), """
                    fields:
                      - {name: email, type: email, required: true}
                      - {name: lastName, type: text}
                    auth: {mode: api-key, secret: "${FORMS_TEST_HMAC_SECRET}"}
                    """);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
