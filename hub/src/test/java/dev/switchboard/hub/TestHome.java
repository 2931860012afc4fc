package dev.switchboard.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A throw-away Switchboard home for one test class: its own temp directory, an in-memory H2
 * database of its own, and a known admin key.
 */
public final class TestHome {

    public static final String ADMIN_KEY = "test-admin-key";

    private TestHome() {
    }

    /** Registers a fresh home and database; returns the home directory. */
    public static Path register(DynamicPropertyRegistry registry) {
        try {
            Path home = Files.createTempDirectory("switchboard-test");
            Files.createDirectories(home.resolve("routes"));
            // the home's relative paths are resolved before dynamic properties exist: set each one
            registry.add("switchboard.home", home::toString);
            registry.add("switchboard.data-dir", () -> home.resolve("data").toString());
            registry.add("switchboard.routes-dir", () -> home.resolve("routes").toString());
            registry.add("switchboard.config-dir", () -> home.resolve("config").toString());
            registry.add("switchboard.plugins-dir", () -> home.resolve("plugins").toString());
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + UUID.randomUUID()
                    + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            registry.add("SWITCHBOARD_ADMIN_KEY", () -> ADMIN_KEY);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
