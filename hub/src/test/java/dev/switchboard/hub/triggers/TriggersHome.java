package dev.switchboard.hub.triggers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.switchboard.hub.TestHome;
import dev.switchboard.hub.plugins.TestPluginArchive;
import dev.switchboard.testplugins.triggers.KeywordTriggerDetector;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A test home for sales triggers: the repository's document-ingest route and digest templates, and
 * a real detector plugin ({@link KeywordTriggerDetector}, built into a plugin zip) in its plugins directory.
 */
final class TriggersHome {

    private TriggersHome() {
    }

    static Path register(DynamicPropertyRegistry registry) {
        Path home = TestHome.register(registry);
        Path repo = Path.of(System.getProperty("switchboard.test.repo-root"));
        try {
            Files.copy(repo.resolve("routes/document-ingest.camel.yaml"), home.resolve("routes/document-ingest.camel.yaml"));
            Path templates = Files.createDirectories(home.resolve("config/templates"));
            for (String file : new String[] {"trigger-digest.html", "trigger-digest.txt"}) {
                Files.copy(repo.resolve("config/templates/" + file), templates.resolve(file),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestPluginArchive.plugin("keyword-triggers").extension(KeywordTriggerDetector.class)
                .writeTo(home.resolve("plugins"), "keyword-triggers.zip");
        registry.add("switchboard.errors.redelivery-delay", () -> "10ms");
        registry.add("switchboard.errors.maximum-redelivery-delay", () -> "50ms");
        return home;
    }
}
