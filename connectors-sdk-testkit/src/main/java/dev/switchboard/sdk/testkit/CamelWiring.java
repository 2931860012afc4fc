package dev.switchboard.sdk.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.connector.ConnectorProvider;
import dev.switchboard.sdk.connector.RouteTemplateSpec;
import org.apache.camel.Component;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/** Puts a plugin's connectors on a CamelContext before it starts, as the hub does. */
final class CamelWiring {

    private CamelWiring() {
    }

    static void wire(DefaultCamelContext camel, LoadedPlugin plugin, PluginContext context) {
        String id = plugin.wrapper().getPluginId();
        // routes and templates may name the plugin's classes
        camel.getClassResolver().addClassLoader(plugin.classLoader());
        for (ConnectorProvider provider : plugin.extensions(ConnectorProvider.class)) {
            registerComponents(camel, id, provider, context);
            loadTemplates(camel, id, provider, plugin.classLoader());
        }
    }

    private static void registerComponents(DefaultCamelContext camel, String id, ConnectorProvider provider,
                                           PluginContext context) {
        Map<String, Component> components;
        try {
            components = provider.components(context);
        } catch (RuntimeException e) {
            throw new PluginRefusedException("plugin " + id + ": connector " + provider.id()
                    + " failed to create its components", e);
        }
        if (components == null) {
            throw new PluginRefusedException("plugin " + id + ": connector " + provider.id()
                    + " returned null components (return Map.of() for none)");
        }
        components.forEach((scheme, component) -> {
            if (scheme == null || component == null || !scheme.equals(scheme.toLowerCase(Locale.ROOT))) {
                throw new PluginRefusedException("plugin " + id + ": connector " + provider.id()
                        + " registers component '" + scheme + "': schemes are lower case and components non-null");
            }
            if (camel.hasComponent(scheme) != null) {
                throw new PluginRefusedException("plugin " + id + ": connector " + provider.id()
                        + " registers scheme '" + scheme + "', which is already taken");
            }
            camel.addComponent(scheme, component);
        });
    }

    private static void loadTemplates(DefaultCamelContext camel, String id, ConnectorProvider provider,
                                      ClassLoader classLoader) {
        List<RouteTemplateSpec> templates = provider.routeTemplates();
        for (RouteTemplateSpec spec : templates == null ? List.<RouteTemplateSpec>of() : templates) {
            byte[] yaml;
            try (InputStream in = classLoader.getResourceAsStream(spec.resource())) {
                if (in == null) {
                    throw new PluginRefusedException("plugin " + id + ": route template " + spec.id()
                            + " names resource " + spec.resource() + ", which is not in the plugin");
                }
                yaml = in.readAllBytes();
            } catch (IOException e) {
                throw new PluginRefusedException("plugin " + id + ": cannot read " + spec.resource(), e);
            }
            try {
                PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromBytes(spec.resource(), yaml));
            } catch (Exception e) {
                throw new PluginRefusedException("plugin " + id + ": route template " + spec.resource()
                        + " does not load", e);
            }
            if (camel.getRouteTemplateDefinition(spec.id()) == null) {
                throw new PluginRefusedException("plugin " + id + ": " + spec.resource()
                        + " has no routeTemplate with id " + spec.id());
            }
        }
    }
}
