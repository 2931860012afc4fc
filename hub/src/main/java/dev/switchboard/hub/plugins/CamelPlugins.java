package dev.switchboard.hub.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import dev.switchboard.hub.routes.RouteFileLoader;
import dev.switchboard.hub.routes.RouteHolds;
import dev.switchboard.sdk.connector.ConnectorProvider;
import dev.switchboard.sdk.connector.RouteTemplateSpec;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.model.Model;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What plugins contribute to the CamelContext: components by scheme, route templates, and their
 * class loaders. When a plugin stops, routes that use its schemes are stopped and held with the
 * reason; when it starts again they start again (rebuilt from their files when the plugin was
 * reloaded in between), and route files that failed are retried.
 */
final class CamelPlugins {

    private static final Logger LOG = LoggerFactory.getLogger(CamelPlugins.class);
    private static final long STOP_TIMEOUT_SECONDS = 10;

    private final CamelContext camelContext;
    private final RouteFileLoader routeFiles;
    private final RouteHolds holds;
    private final PluginClassLoaders classLoaders;
    /** Routes stopped because a plugin stopped, by plugin id; the flag says whether they need rebuilding. */
    private final Map<String, Set<String>> held = new ConcurrentHashMap<>();
    private final Set<String> rebuild = ConcurrentHashMap.newKeySet();

    CamelPlugins(CamelContext camelContext, RouteFileLoader routeFiles, RouteHolds holds, PluginClassLoaders classLoaders) {
        this.camelContext = camelContext;
        this.routeFiles = routeFiles;
        this.holds = holds;
        this.classLoaders = classLoaders;
    }

    /** Registers the plugin's components (created on its first start) and templates, and resumes its routes. */
    void attach(InstalledPlugin plugin, ClassLoader loader) throws Exception {
        if (plugin.components == null) {
            plugin.components = createComponents(plugin);
            plugin.templateIds = loadTemplates(plugin, loader);
        }
        for (Map.Entry<String, Component> entry : plugin.components.entrySet()) {
            camelContext.addComponent(entry.getKey(), entry.getValue());
        }
        classLoaders.add(plugin.id(), loader);
        if (camelContext.isStarted()) {
            resumeRoutes(plugin.id());
            routeFiles.retryFailed();
        }
    }

    private Map<String, Component> createComponents(InstalledPlugin plugin) {
        Map<String, Component> components = new LinkedHashMap<>();
        for (ConnectorProvider connector : plugin.extensions.connectors()) {
            Map<String, Component> offered = connector.components(plugin.context);
            for (Map.Entry<String, Component> entry : offered == null ? Map.<String, Component>of().entrySet() : offered.entrySet()) {
                String scheme = entry.getKey();
                if (components.containsKey(scheme) || camelContext.hasComponent(scheme) != null) {
                    throw new IllegalStateException("connector " + connector.id() + " offers component '" + scheme
                            + "', but the hub already has a component with that scheme");
                }
                components.put(scheme, entry.getValue());
            }
        }
        return components;
    }

    private List<String> loadTemplates(InstalledPlugin plugin, ClassLoader loader) throws Exception {
        List<String> ids = new ArrayList<>();
        for (ConnectorProvider connector : plugin.extensions.connectors()) {
            for (RouteTemplateSpec spec : connector.routeTemplates()) {
                String yaml = read(loader, spec.resource(), plugin.id());
                String location = "plugin-" + plugin.id() + "-" + spec.resource().replace('/', '-');
                PluginHelper.getRoutesLoader(camelContext).loadRoutes(ResourceHelper.fromString(
                        location.endsWith(".yaml") ? location : location + ".yaml", yaml));
                ids.add(spec.id());
            }
        }
        return ids;
    }

    private static String read(ClassLoader loader, String resource, String pluginId) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("route template " + resource + " is not in plugin " + pluginId);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void resumeRoutes(String pluginId) {
        Set<String> routes = held.remove(pluginId);
        if (routes == null) {
            return;
        }
        routes.forEach(holds::release);
        if (rebuild.remove(pluginId)) {
            routeFiles.reloadFilesOf(routes);
        }
        for (String routeId : routes) {
            try {
                if (camelContext.getRoute(routeId) != null) {
                    camelContext.getRouteController().startRoute(routeId);
                }
            } catch (Exception e) {
                LOG.error("Route {} could not be started again with plugin {}", routeId, pluginId, e);
            }
        }
    }

    /** Stops the routes that use the plugin's schemes, holding them with {@code reason}, and removes its components. */
    void detach(InstalledPlugin plugin, String reason) {
        if (plugin.components == null) {
            return;
        }
        Set<String> routes = RouteUsage.routesUsing(camelContext, plugin.components.keySet());
        for (String routeId : routes) {
            try {
                camelContext.getRouteController().stopRoute(routeId, STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                holds.hold(routeId, reason);
                LOG.info("Route {} stopped: {}", routeId, reason);
            } catch (Exception e) {
                LOG.error("Route {} could not be stopped with plugin {}", routeId, plugin.id(), e);
            }
        }
        held.computeIfAbsent(plugin.id(), id -> new TreeSet<>()).addAll(routes);
        for (String scheme : plugin.components.keySet()) {
            camelContext.removeComponent(scheme);
        }
        classLoaders.remove(plugin.id());
    }

    /**
     * Forgets a plugin being unloaded: its endpoints and templates go; the routes held for it stay
     * stopped, and are rebuilt from their files when a plugin with this id starts again.
     */
    void forget(InstalledPlugin plugin, String reason) {
        detach(plugin, reason);
        if (plugin.components != null) {
            plugin.components.keySet().forEach(scheme -> removeEndpoints(scheme));
            held.getOrDefault(plugin.id(), Set.of()).forEach(routeId -> holds.hold(routeId, reason));
            if (held.containsKey(plugin.id())) {
                rebuild.add(plugin.id());
            }
        }
        Model model = camelContext.getCamelContextExtension().getContextPlugin(Model.class);
        for (String templateId : plugin.templateIds) {
            try {
                model.removeRouteTemplateDefinitions(templateId);
            } catch (Exception e) {
                LOG.warn("Route template {} of plugin {} could not be removed", templateId, plugin.id(), e);
            }
        }
    }

    private void removeEndpoints(String scheme) {
        try {
            camelContext.removeEndpoints(scheme + ":*");
        } catch (Exception e) {
            LOG.warn("Endpoints of scheme {} could not be removed", scheme, e);
        }
    }
}
