package dev.switchboard.hub.plugins;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads archives from the plugins directory and manages them at run time: load all at start,
 * stop, start, reload, delete, and accept an upload. Every change happens under the registry's
 * lock; a plugin that does not fit is listed as {@code REFUSED}, never thrown at the caller.
 */
final class PluginInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(PluginInstaller.class);
    private static final Pattern ARCHIVE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}\\.(zip|jar)");

    private final Path pluginsDir;
    private final PluginRegistry registry;
    private final PluginInspector inspector;
    private final PluginInspector uploadInspector;
    private final HubPluginManager manager;
    private final PluginLifecycle lifecycle;

    PluginInstaller(Path pluginsDir, PluginRegistry registry, PluginInspector inspector, PluginInspector uploadInspector,
                    HubPluginManager manager, PluginLifecycle lifecycle) {
        this.pluginsDir = pluginsDir;
        this.registry = registry;
        this.inspector = inspector;
        this.uploadInspector = uploadInspector;
        this.manager = manager;
        this.lifecycle = lifecycle;
    }

    /** Loads and starts every archive in the plugins directory, in name order. */
    void loadAll() {
        synchronized (registry) {
            if (!Files.isDirectory(pluginsDir)) {
                LOG.info("Plugins directory {} does not exist; no plugins loaded", pluginsDir);
                return;
            }
            try (Stream<Path> list = Files.list(pluginsDir)) {
                list.filter(PluginInspector::isCandidate).sorted().forEach(this::install);
            } catch (IOException e) {
                LOG.error("Cannot list plugins directory {}", pluginsDir, e);
            }
        }
    }

    /** Inspects, loads and starts one archive; returns its record (maybe refused or failed). */
    private InstalledPlugin install(Path archive) {
        Inspection inspection = inspector.inspect(archive);
        if (!inspection.refused()) {
            Optional<InstalledPlugin> other = registry.loaded(inspection.id());
            if (other.isPresent()) {
                inspection = inspection.refuse(clash(other.get()), 409);
            }
        }
        if (inspection.refused()) {
            return refuse(inspection);
        }
        String id;
        try {
            id = manager.loadPlugin(inspection.loadPath());
        } catch (RuntimeException | LinkageError e) {
            return refuse(inspection.refuse("PF4J cannot load it: " + PluginInspector.describe(e), 422));
        }
        if (id == null) {
            return refuse(inspection.refuse("PF4J cannot load it; the hub's log has the details", 422));
        }
        InstalledPlugin plugin = new InstalledPlugin(inspection, PluginStatus.STOPPED, null);
        registry.add(plugin);
        lifecycle.start(plugin);
        return plugin;
    }

    private static String clash(InstalledPlugin other) {
        return "plugin id " + other.id() + " is already provided by " + other.archiveName()
                + "; delete or rename one of them";
    }

    private InstalledPlugin refuse(Inspection inspection) {
        LOG.error("Plugin archive {} refused: {}", inspection.archive().getFileName(), inspection.refusal());
        inspector.discard(inspection);
        InstalledPlugin plugin = new InstalledPlugin(inspection, PluginStatus.REFUSED, inspection.refusal());
        registry.add(plugin);
        return plugin;
    }

    PluginInfo stop(String id) {
        synchronized (registry) {
            InstalledPlugin plugin = require(id);
            lifecycle.stop(plugin, "plugin " + id + " is stopped");
            return plugin.info();
        }
    }

    PluginInfo start(String id) {
        synchronized (registry) {
            InstalledPlugin plugin = require(id);
            lifecycle.start(plugin);
            return plugin.info();
        }
    }

    /** Unloads the plugin and loads its archive and configuration again. */
    PluginInfo reload(String id) {
        synchronized (registry) {
            InstalledPlugin plugin = require(id);
            lifecycle.unload(plugin, "plugin " + id + " is being reloaded");
            registry.remove(plugin);
            return install(plugin.inspection.archive()).info();
        }
    }

    /** Stops and unloads the plugin (or forgets a refused archive) and deletes its archive. */
    void delete(String id) {
        synchronized (registry) {
            InstalledPlugin plugin = registry.loaded(id).or(() -> registry.refusedWithId(id))
                    .orElseThrow(() -> new PluginNotFoundException(id));
            if (plugin.status != PluginStatus.REFUSED) {
                lifecycle.unload(plugin, "plugin " + id + " is not installed");
            }
            registry.remove(plugin);
            inspector.discard(plugin.inspection);
            ArchiveFiles.deleteRecursively(plugin.inspection.archive());
            LOG.info("Plugin {} deleted ({})", id, plugin.archiveName());
        }
    }

    /**
     * Checks an uploaded archive, then moves it into the plugins directory and loads it.
     *
     * @param upload a temporary file; it is moved or deleted
     * @throws UploadRefusedException with the reason and status when it does not fit; nothing is left behind
     */
    PluginInfo accept(Path upload, String fileName) {
        synchronized (registry) {
            try {
                return acceptChecked(upload, fileName);
            } finally {
                ArchiveFiles.deleteRecursively(upload);
            }
        }
    }

    private PluginInfo acceptChecked(Path upload, String fileName) {
        if (fileName == null || !ARCHIVE_NAME.matcher(fileName).matches()) {
            throw new UploadRefusedException(400, "the file name '" + fileName + "' must be a plain name ending in .zip or .jar");
        }
        Path target = pluginsDir.resolve(fileName);
        if (Files.exists(target) || registry.byArchive(fileName).isPresent()) {
            throw new UploadRefusedException(409, "the plugins directory already has " + fileName
                    + "; delete that plugin first, or reload it");
        }
        Inspection inspection = uploadInspector.inspect(upload, fileName);
        uploadInspector.discard(inspection);
        if (inspection.refused()) {
            throw new UploadRefusedException(inspection.status(), inspection.refusal());
        }
        registry.loaded(inspection.id()).ifPresent(other -> {
            throw new UploadRefusedException(409, clash(other));
        });
        moveInto(upload, target);
        InstalledPlugin plugin = install(target);
        if (plugin.status == PluginStatus.REFUSED) {
            registry.remove(plugin);
            ArchiveFiles.deleteRecursively(target);
            throw new UploadRefusedException(422, plugin.lastError);
        }
        return plugin.info();
    }

    private void moveInto(Path upload, Path target) {
        try {
            Files.createDirectories(pluginsDir);
            try {
                Files.move(upload, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(upload, target);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot move the upload into " + pluginsDir + ": " + e.getMessage(), e);
        }
    }

    private InstalledPlugin require(String id) {
        return registry.loaded(id).orElseThrow(() -> new PluginNotFoundException(id));
    }

    /** Stops every plugin, one by one (PF4J's stopPlugins() trips over its own list, pf4j#656), then unloads them. */
    void shutdown() {
        synchronized (registry) {
            List<InstalledPlugin> plugins = new ArrayList<>(registry.loaded());
            Collections.reverse(plugins);
            for (InstalledPlugin plugin : plugins) {
                try {
                    if (manager.getPlugin(plugin.id()) != null) {
                        manager.stopPlugin(plugin.id());
                    }
                } catch (RuntimeException | LinkageError e) {
                    LOG.warn("Plugin {} threw while stopping", plugin.id(), e);
                }
            }
            manager.unloadPlugins();
        }
    }
}
