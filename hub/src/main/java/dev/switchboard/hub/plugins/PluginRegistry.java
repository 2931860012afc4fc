package dev.switchboard.hub.plugins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * Every plugin the hub knows: the loaded ones by id, the refused ones by archive name. Changes are
 * made under this object's lock (by {@link PluginInstaller} and {@link PluginLifecycle}); the
 * started detectors are published as a snapshot that {@link Detectors} reads without locking.
 */
@Component
class PluginRegistry {

    private final Map<String, InstalledPlugin> loaded = new TreeMap<>();
    private final Map<String, InstalledPlugin> refused = new TreeMap<>();
    private volatile List<GuardedDetector> startedDetectors = List.of();

    synchronized List<PluginInfo> list() {
        List<PluginInfo> all = new ArrayList<>();
        loaded.values().forEach(p -> all.add(p.info()));
        refused.values().forEach(p -> all.add(p.info()));
        all.sort(Comparator.comparing(PluginInfo::id).thenComparing(PluginInfo::archive));
        return all;
    }

    synchronized Optional<InstalledPlugin> loaded(String id) {
        return Optional.ofNullable(loaded.get(id));
    }

    synchronized List<InstalledPlugin> loaded() {
        return List.copyOf(loaded.values());
    }

    synchronized Optional<InstalledPlugin> refusedWithId(String id) {
        return refused.values().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    synchronized Optional<InstalledPlugin> byArchive(String archiveName) {
        return loaded.values().stream().filter(p -> p.archiveName().equals(archiveName)).findFirst()
                .or(() -> Optional.ofNullable(refused.get(archiveName)));
    }

    synchronized void add(InstalledPlugin plugin) {
        refused.remove(plugin.archiveName());
        if (plugin.status == PluginStatus.REFUSED) {
            refused.put(plugin.archiveName(), plugin);
        } else {
            loaded.put(plugin.id(), plugin);
        }
    }

    synchronized void remove(InstalledPlugin plugin) {
        loaded.remove(plugin.id(), plugin);
        refused.remove(plugin.archiveName(), plugin);
        detectorsChanged();
    }

    /** Publishes the detectors of the started plugins; call after any plugin started or stopped. */
    synchronized void detectorsChanged() {
        startedDetectors = loaded.values().stream().filter(p -> p.status == PluginStatus.STARTED)
                .flatMap(p -> p.detectors.stream()).toList();
    }

    List<GuardedDetector> startedDetectors() {
        return startedDetectors;
    }

    /** The plugins that are failed or refused, for health. */
    synchronized List<PluginInfo> troubled() {
        return list().stream().filter(p -> p.state() == PluginStatus.FAILED || p.state() == PluginStatus.REFUSED).toList();
    }
}
