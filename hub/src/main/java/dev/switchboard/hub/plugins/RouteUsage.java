package dev.switchboard.hub.plugins;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.model.EndpointRequiredDefinition;
import org.apache.camel.model.FromDefinition;
import org.apache.camel.model.Model;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.ToDynamicDefinition;

/** Which routes use a component: their consumer endpoint, or any endpoint their definition sends to. */
final class RouteUsage {

    private RouteUsage() {
    }

    static Set<String> routesUsing(CamelContext camelContext, Collection<String> schemes) {
        Set<String> routes = new TreeSet<>();
        if (schemes.isEmpty()) {
            return routes;
        }
        Model model = camelContext.getCamelContextExtension().getContextPlugin(Model.class);
        for (Route route : camelContext.getRoutes()) {
            RouteDefinition definition = model.getRouteDefinition(route.getRouteId());
            if (uses(route.getEndpoint().getEndpointUri(), schemes) || (definition != null && uses(definition, schemes))) {
                routes.add(route.getRouteId());
            }
        }
        return routes;
    }

    private static boolean uses(RouteDefinition definition, Collection<String> schemes) {
        FromDefinition input = definition.getInput();
        return (input != null && uses(input.getEndpointUri(), schemes)) || uses(definition.getOutputs(), schemes);
    }

    private static boolean uses(List<ProcessorDefinition<?>> outputs, Collection<String> schemes) {
        for (ProcessorDefinition<?> output : outputs) {
            String uri = output instanceof EndpointRequiredDefinition required ? required.getEndpointUri()
                    : output instanceof ToDynamicDefinition dynamic ? dynamic.getUri() : null;
            if (uses(uri, schemes) || uses(output.getOutputs(), schemes)) {
                return true;
            }
        }
        return false;
    }

    static boolean uses(String uri, Collection<String> schemes) {
        if (uri == null) {
            return false;
        }
        int colon = uri.indexOf(':');
        return colon > 0 && schemes.contains(uri.substring(0, colon));
    }
}
