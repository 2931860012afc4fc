package dev.switchboard.sdk.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.config.PluginConfig;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link PluginContext} the harness hands a plugin, usable on its own in unit tests. Idempotent
 * repositories are files under the state directory, so a second context over the same directory
 * sees what the first one stored: that is how a test simulates a hub restart.
 *
 * <p>Layout of the state directory: {@code idempotent/<name>.txt} and {@code data/}.
 */
public final class TestPluginContext implements PluginContext, AutoCloseable {

    private static final Pattern REPOSITORY_NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*$");
    private static final int REPOSITORY_CACHE_SIZE = 10_000;

    private final String pluginId;
    private final PluginConfig config;
    private final Clock clock;
    private final Path stateDirectory;
    private final InMemoryMetrics metrics = new InMemoryMetrics();
    private final Map<String, FileIdempotentRepository> repositories = new ConcurrentHashMap<>();

    /**
     * @param stateDirectory where idempotent repositories and the data directory live; the caller owns it
     */
    public TestPluginContext(String pluginId, PluginConfig config, Clock clock, Path stateDirectory) {
        this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stateDirectory = Objects.requireNonNull(stateDirectory, "stateDirectory");
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public PluginConfig config() {
        return config;
    }

    @Override
    public Logger logger() {
        return LoggerFactory.getLogger("plugin." + pluginId);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /** The metrics the plugin published, for the test to read. */
    @Override
    public InMemoryMetrics metrics() {
        return metrics;
    }

    @Override
    public IdempotentRepository idempotentRepository(String name) {
        if (name == null || !REPOSITORY_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("idempotent repository name '" + name
                    + "' must be letters, digits, '.', '_' or '-'");
        }
        return repositories.computeIfAbsent(name, this::openRepository);
    }

    private FileIdempotentRepository openRepository(String name) {
        Path file = createDirectories(stateDirectory.resolve("idempotent")).resolve(name + ".txt");
        FileIdempotentRepository repository = (FileIdempotentRepository)
                FileIdempotentRepository.fileIdempotentRepository(file.toFile(), REPOSITORY_CACHE_SIZE);
        ServiceHelper.startService(repository);
        return repository;
    }

    @Override
    public Path dataDirectory() {
        return createDirectories(stateDirectory.resolve("data"));
    }

    /** The directory holding repositories and data; give it to a second harness to simulate a restart. */
    public Path stateDirectory() {
        return stateDirectory;
    }

    /** Stops the repositories (their files stay). */
    @Override
    public void close() {
        repositories.values().forEach(ServiceHelper::stopService);
        repositories.clear();
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }
}
