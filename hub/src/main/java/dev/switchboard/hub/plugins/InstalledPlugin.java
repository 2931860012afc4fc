package dev.switchboard.hub.plugins;

import java.util.List;
import java.util.Map;

import org.apache.camel.Component;

/**
 * The hub's record of one archive in the plugins directory, loaded or refused. Mutable; guarded
 * by the {@link PluginRegistry}'s lock.
 */
final class InstalledPlugin {

    final Inspection inspection;
    PluginStatus status;
    String lastError;
    List<ConfigurationProblem> problems = List.of();
    PluginExtensions extensions;
    HubPluginContext context;
    /** Components by scheme, created once per load, when the plugin first starts. */
    Map<String, Component> components;
    List<String> templateIds = List.of();
    List<GuardedDetector> detectors = List.of();

    InstalledPlugin(Inspection inspection, PluginStatus status, String lastError) {
        this.inspection = inspection;
        this.status = status;
        this.lastError = lastError;
    }

    String id() {
        return inspection.id();
    }

    String archiveName() {
        return inspection.archive().getFileName().toString();
    }

    PluginInfo info() {
        var d = inspection.descriptor();
        List<PluginInfo.Extension> described = extensions == null ? List.of()
                : extensions.describe(detector -> {
                    GuardedDetector guard = detectors.stream().filter(g -> g.detector() == detector).findFirst().orElse(null);
                    return new PluginInfo.Extension("detector", guard == null ? safeId(detector) : guard.detectorId(),
                            detector.getClass().getName(), guard != null && guard.suspended(),
                            guard == null ? 0L : guard.failures());
                });
        return new PluginInfo(id(), d == null ? null : d.getVersion(), status, d == null ? null : d.getProvider(),
                d == null ? null : d.getPluginDescription(), d == null ? null : d.getRequires(), archiveName(),
                inspection.sha256(), described, problems, lastError);
    }

    private static String safeId(dev.switchboard.sdk.detector.TriggerDetector detector) {
        try {
            return detector.id();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
