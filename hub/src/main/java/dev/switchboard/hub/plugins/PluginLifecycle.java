package dev.switchboard.hub.plugins;

import java.util.List;

import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops one loaded plugin. Starting: create its extensions (once per load), validate
 * its configuration, call its {@code Plugin.start()}, register its components and templates, guard
 * its detectors. Anything that goes wrong leaves the plugin {@code FAILED} with the reason; nothing
 * propagates. Callers hold the registry's lock.
 */
final class PluginLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PluginLifecycle.class);

    private final HubPluginManager manager;
    private final PluginConfigCheck configCheck;
    private final HubPluginContext.Services services;
    private final CamelPlugins camel;
    private final PluginRegistry registry;
    private final int suspendAfter;

    PluginLifecycle(HubPluginManager manager, PluginConfigCheck configCheck, HubPluginContext.Services services,
                    CamelPlugins camel, PluginRegistry registry, PluginsProperties properties) {
        this.manager = manager;
        this.configCheck = configCheck;
        this.services = services;
        this.camel = camel;
        this.registry = registry;
        this.suspendAfter = properties.detectorSuspendAfter();
    }

    void start(InstalledPlugin plugin) {
        if (plugin.status == PluginStatus.STARTED || plugin.status == PluginStatus.REFUSED) {
            return;
        }
        String id = plugin.id();
        try {
            PluginWrapper wrapper = manager.getPlugin(id);
            if (plugin.extensions == null) {
                plugin.extensions = PluginExtensions.create(wrapper.getPluginClassLoader());
            }
            PluginConfigCheck.Outcome config = configCheck.check(id, plugin.extensions);
            plugin.problems = config.problems();
            if (!config.problems().isEmpty()) {
                fail(plugin, "its configuration has " + config.problems().size() + " problem(s): "
                        + String.join("; ", config.problems().stream().map(ConfigurationProblem::toString).toList()));
                return;
            }
            plugin.context = new HubPluginContext(id, config.config(), services);
            startPf4j(wrapper);
            for (var detector : plugin.extensions.detectors()) {
                detector.init(plugin.context);
            }
            camel.attach(plugin, wrapper.getPluginClassLoader());
            plugin.detectors = plugin.extensions.detectors().stream()
                    .map(d -> new GuardedDetector(id, d, suspendAfter)).toList();
            plugin.status = PluginStatus.STARTED;
            plugin.lastError = null;
            LOG.info("Plugin {} {} started: {}", id, wrapper.getDescriptor().getVersion(), plugin.info().extensions());
        } catch (Exception | LinkageError e) {
            fail(plugin, PluginInspector.describe(e));
            LOG.error("Plugin {} failed to start", id, e);
            stopQuietly(plugin);
            camel.detach(plugin, "plugin " + id + " failed to start");
        } finally {
            registry.detectorsChanged();
        }
    }

    private void startPf4j(PluginWrapper wrapper) {
        PluginState state = manager.startPlugin(wrapper.getPluginId());
        if (state != PluginState.STARTED) {
            Throwable cause = wrapper.getFailedException();
            throw new IllegalStateException("its start failed: " + (cause == null ? "state " + state
                    : PluginInspector.describe(cause)), cause);
        }
    }

    private void fail(InstalledPlugin plugin, String reason) {
        plugin.status = PluginStatus.FAILED;
        plugin.lastError = reason;
        plugin.detectors = List.of();
        LOG.error("Plugin {} is FAILED: {}", plugin.id(), reason);
    }

    /** Stops a started plugin; its routes are stopped and held with the reason. */
    void stop(InstalledPlugin plugin, String reason) {
        if (plugin.status != PluginStatus.STARTED) {
            return;
        }
        stopQuietly(plugin);
        camel.detach(plugin, reason);
        plugin.status = PluginStatus.STOPPED;
        plugin.detectors = List.of();
        registry.detectorsChanged();
        LOG.info("Plugin {} stopped", plugin.id());
    }

    private void stopQuietly(InstalledPlugin plugin) {
        try {
            PluginWrapper wrapper = manager.getPlugin(plugin.id());
            if (wrapper != null && wrapper.getPluginState() == PluginState.STARTED) {
                manager.stopPlugin(plugin.id());
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Plugin {} threw while stopping", plugin.id(), e);
        }
    }

    /** Stops (if started) and unloads a plugin: its class loader is closed, its contributions removed. */
    void unload(InstalledPlugin plugin, String reason) {
        stop(plugin, reason);
        camel.forget(plugin, reason);
        try {
            manager.unloadPlugin(plugin.id());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Plugin {} could not be unloaded cleanly", plugin.id(), e);
        }
        plugin.detectors = List.of();
        registry.detectorsChanged();
    }
}
