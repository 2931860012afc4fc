package dev.switchboard.hub.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.switchboard.hub.TestHome;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.events.Outbox;
import dev.switchboard.sdk.model.Contact;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A test home with the repository's follow-up route and mail templates, fast retries, and helpers
 * that append {@code form.submitted} events the way the web-form intake does.
 */
public final class FollowUpHome {

    private FollowUpHome() {
    }

    /** Registers a {@link TestHome} holding routes/web-form-followups.camel.yaml and config/templates. */
    public static Path register(DynamicPropertyRegistry registry) {
        Path home = TestHome.register(registry);
        Path repo = Path.of(System.getProperty("switchboard.test.repo-root"));
        try {
            Files.copy(repo.resolve("routes/web-form-followups.camel.yaml"),
                    home.resolve("routes/web-form-followups.camel.yaml"));
            Path templates = Files.createDirectories(home.resolve("config/templates"));
            try (Stream<Path> files = Files.list(repo.resolve("config/templates"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, templates.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("switchboard.events.poll-delay", () -> "20ms");
        registry.add("switchboard.events.sequencer-interval", () -> "20ms");
        registry.add("switchboard.errors.redelivery-delay", () -> "10ms");
        registry.add("switchboard.errors.maximum-redelivery-delay", () -> "50ms");
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "1000");
        return home;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static UUID contact(CrmStore store, String email) {
        return store.upsertContact(new Contact("Ada", "Lovelace", email, null, null, null, Map.of())).id();
    }

    /** A form.submitted payload as the contract describes it; meeting and confirmation may be null. */
    public static Map<String, Object> payload(String submissionId, UUID contactId, String email,
                                              Map<String, Object> fields, Map<String, Object> meeting,
                                              boolean confirm, String visitorId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("submissionId", submissionId);
        payload.put("formId", "visit-booking");
        payload.put("contactId", contactId.toString());
        payload.put("email", email);
        payload.put("firstName", "Ada");
        payload.put("lastName", "Lovelace");
        payload.put("fields", fields);
        payload.put("owner", Map.of("id", "jana", "name", "Jana Nováková", "email", "jana@example.com"));
        payload.put("meeting", meeting);
        payload.put("confirmation", confirm ? Map.of("template", "visit-booking-confirmation",
                "subject", "Your visit is booked") : null);
        payload.put("marketingConsent", false);
        payload.put("visitorId", visitorId);
        return payload;
    }

    public static void append(TransactionTemplate transactions, Outbox outbox, UUID contactId,
                              Map<String, Object> payload) {
        transactions.executeWithoutResult(status -> outbox.append("form.submitted", "contact", contactId, payload));
    }

    public static List<String> lines(String text) {
        return List.of(text.split("\r\n", -1));
    }
}
