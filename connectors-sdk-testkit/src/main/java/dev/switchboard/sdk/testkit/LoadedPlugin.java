package dev.switchboard.sdk.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionPoint;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;

/**
 * One plugin in its own PF4J {@link DefaultPluginManager}, started, with each extension created once
 * (PF4J creates a new instance on every {@code getExtensions} call; the hub keeps the first).
 */
final class LoadedPlugin implements AutoCloseable {

    private final DefaultPluginManager manager;
    private final PluginWrapper wrapper;
    private final Path workDirectory;
    private final Map<Class<?>, List<?>> extensions = new LinkedHashMap<>();

    private LoadedPlugin(DefaultPluginManager manager, PluginWrapper wrapper, Path workDirectory) {
        this.manager = manager;
        this.wrapper = wrapper;
        this.workDirectory = workDirectory;
    }

    static LoadedPlugin load(PluginArchive archive) throws IOException {
        if (!archive.hasExtensionIndex()) {
            throw new PluginRefusedException("plugin " + archive.id() + " is refused: it has no META-INF/extensions.idx, "
                    + "so the hub finds no extensions in it. Annotate extensions with @org.pf4j.Extension and compile "
                    + "with pf4j on the class path (provided scope): its annotation processor writes the index");
        }
        Path work = Files.createTempDirectory("switchboard-plugin-");
        Path pluginsRoot = Files.createDirectories(work.resolve("plugins"));
        DefaultPluginManager manager = new DefaultPluginManager(pluginsRoot) {
            @Override
            public RuntimeMode getRuntimeMode() {
                return RuntimeMode.DEPLOYMENT; // never look for target/classes, whatever pf4j.mode says
            }
        };
        LoadedPlugin loaded = null;
        try {
            Path path = isZip(archive.path()) ? expand(archive.path(), pluginsRoot.resolve(archive.id())) : archive.path();
            String id;
            try {
                id = manager.loadPlugin(path.toAbsolutePath());
            } catch (RuntimeException e) {
                throw new PluginRefusedException("PF4J cannot load plugin " + archive.id(), e);
            }
            loaded = new LoadedPlugin(manager, manager.getPlugin(id), work);
            loaded.startAndCreateExtensions();
            return loaded;
        } catch (RuntimeException | IOException e) {
            if (loaded != null) {
                loaded.close();
            } else {
                manager.unloadPlugins();
                PluginHarness.deleteRecursively(work);
            }
            throw e;
        }
    }

    private void startAndCreateExtensions() {
        String id = wrapper.getPluginId();
        PluginState state;
        try {
            state = manager.startPlugin(id);
        } catch (RuntimeException e) {
            throw new PluginRefusedException("plugin " + id + " failed to start", e);
        }
        if (state != PluginState.STARTED) {
            Throwable failure = wrapper.getFailedException();
            String reason = "plugin " + id + " did not start (state " + state + ")";
            throw failure == null ? new PluginRefusedException(reason) : new PluginRefusedException(reason, failure);
        }
        int count = 0;
        for (Class<? extends ExtensionPoint> point : PluginHarness.EXTENSION_POINTS) {
            try {
                List<? extends ExtensionPoint> found = List.copyOf(manager.getExtensions(point, id));
                for (ExtensionPoint extension : found) {
                    if (extension.getClass().getClassLoader() != wrapper.getPluginClassLoader()) {
                        throw new PluginRefusedException("plugin " + id + " is refused: its extension "
                                + extension.getClass().getName() + " is not in the plugin (PF4J found it on the "
                                + "test's class path); list only the plugin's own classes in its extensions.idx");
                    }
                }
                extensions.put(point, found);
                count += found.size();
            } catch (PluginRefusedException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new PluginRefusedException("plugin " + id + ": a " + point.getSimpleName()
                        + " extension could not be created (it needs a public no-argument constructor)", e);
            }
        }
        if (count == 0) {
            throw new PluginRefusedException("plugin " + id + " is refused: it has no TriggerDetector, ConnectorProvider"
                    + " or FieldTransform extension. Annotate them with @org.pf4j.Extension and compile with pf4j on"
                    + " the class path, so that META-INF/extensions.idx is generated");
        }
    }

    PluginWrapper wrapper() {
        return wrapper;
    }

    ClassLoader classLoader() {
        return wrapper.getPluginClassLoader();
    }

    @SuppressWarnings("unchecked")
    <T> List<T> extensions(Class<T> point) {
        return (List<T>) extensions.getOrDefault(point, List.of());
    }

    /** Unloads (which stops) the plugin; PF4J 3.15's stopPlugins() can throw on shutdown (pf4j#656). */
    @Override
    public void close() {
        try {
            manager.unloadPlugins();
        } finally {
            PluginHarness.deleteRecursively(workDirectory);
        }
    }

    private static boolean isZip(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase().endsWith(".zip");
    }

    private static Path expand(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new PluginRefusedException("plugin " + zip + " has an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return target;
    }

}
