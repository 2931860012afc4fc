package dev.switchboard.hub.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.switchboard.sdk.model.Document;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * The trigger detectors of a home's plugins, loaded without the hub, its database or Camel: for
 * the {@code detect} and {@code evaluate} commands. Each archive in the plugins directory gets the
 * same checks as in the hub (descriptor, SDK version, bundled host classes, its
 * {@code config/plugins/<id>.yaml}); plugins without detectors are unloaded again. A plugin that
 * does not fit is reported in {@link #problems()} and skipped. Detectors run under the same
 * guard as in the hub ({@link Detectors}: time limit, suspension after repeated failures).
 */
public final class OfflineDetectors implements AutoCloseable {

    private final HubPluginManager manager;
    private final Path workDir;
    private final List<GuardedDetector> detectors = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Detectors runner;

    private OfflineDetectors(Path pluginsDir, Path workDir, Duration timeout) {
        this.manager = new HubPluginManager(pluginsDir);
        this.workDir = workDir;
        this.runner = new Detectors(() -> detectors, timeout, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Loads the detectors of every plugin archive in {@code pluginsDir}.
     *
     * @param configDir where {@code plugins/<id>.yaml} are read from
     * @param home      what relative paths in plugin configuration are resolved against
     */
    public static OfflineDetectors load(Path pluginsDir, Path configDir, Path home, Clock clock, Duration timeout)
            throws IOException {
        Path work = Files.createTempDirectory("switchboard-detectors");
        OfflineDetectors loaded = new OfflineDetectors(pluginsDir, work, timeout);
        try {
            loaded.loadAll(pluginsDir, new PluginConfigCheck(configDir, home, System::getenv),
                    new HubPluginContext.Services(null, clock, new SimpleMeterRegistry(), work.resolve("data")));
        } catch (IOException | RuntimeException e) {
            loaded.close();
            throw e;
        }
        return loaded;
    }

    private void loadAll(Path pluginsDir, PluginConfigCheck configCheck, HubPluginContext.Services services)
            throws IOException {
        if (!Files.isDirectory(pluginsDir)) {
            problems.add("plugins directory " + pluginsDir + " does not exist");
            return;
        }
        PluginInspector inspector = new PluginInspector(workDir.resolve("unpacked"), List.of());
        try (Stream<Path> list = Files.list(pluginsDir)) {
            for (Path archive : list.filter(PluginInspector::isCandidate).sorted().toList()) {
                load(archive, inspector, configCheck, services);
            }
        }
    }

    private void load(Path archive, PluginInspector inspector, PluginConfigCheck configCheck,
                      HubPluginContext.Services services) {
        String name = archive.getFileName().toString();
        Inspection inspection = inspector.inspect(archive);
        if (inspection.refused()) {
            problems.add("plugin " + name + " refused: " + inspection.refusal());
            return;
        }
        String id = null;
        try {
            id = manager.loadPlugin(inspection.loadPath());
            PluginWrapper wrapper = manager.getPlugin(id);
            PluginExtensions extensions = PluginExtensions.create(wrapper.getPluginClassLoader());
            if (extensions.detectors().isEmpty()) {
                manager.unloadPlugin(id);
                return;
            }
            PluginConfigCheck.Outcome config = configCheck.check(id, extensions);
            if (!config.problems().isEmpty()) {
                throw new IllegalStateException("its configuration has problems: " + String.join("; ",
                        config.problems().stream().map(ConfigurationProblem::toString).toList()));
            }
            if (manager.startPlugin(id) != PluginState.STARTED) {
                throw new IllegalStateException("its start failed", wrapper.getFailedException());
            }
            HubPluginContext context = new HubPluginContext(id, config.config(), services);
            for (var detector : extensions.detectors()) {
                detector.init(context);
                detectors.add(new GuardedDetector(id, detector, Integer.MAX_VALUE));
            }
        } catch (Exception | LinkageError e) {
            problems.add("plugin " + (id == null ? name : id) + " not used: " + PluginInspector.describe(e));
            if (id != null) {
                unloadQuietly(id);
            }
        }
    }

    /** The ids ({@code plugin/detector}) of the detectors that were loaded. */
    public List<String> detectorIds() {
        return detectors.stream().map(d -> d.pluginId() + "/" + d.detectorId()).toList();
    }

    /** Why plugins were refused or skipped; empty when every archive was usable. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Runs every detector on one document; see {@link Detectors#detect}. */
    public List<DetectorResult> detect(Document document) {
        return runner.detect(document);
    }

    private void unloadQuietly(String id) {
        try {
            manager.unloadPlugin(id);
        } catch (RuntimeException | LinkageError ignored) {
            // the command ends anyway; the temporary files are removed in close()
        }
    }

    @Override
    public void close() {
        runner.destroy();
        for (PluginWrapper plugin : List.copyOf(manager.getPlugins())) {
            unloadQuietly(plugin.getPluginId());
        }
        ArchiveFiles.deleteRecursively(workDir);
    }
}
