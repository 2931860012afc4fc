package dev.switchboard.hub.routes;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteDefinition;

/**
 * Adds route definitions to the running CamelContext and removes them again, model included, so
 * that a route id can be reused by the next version of its file.
 */
final class RouteDeployer {

    /** How long a route may take to finish its in-flight exchanges when it is replaced or removed. */
    private static final long STOP_TIMEOUT_SECONDS = 10;

    private final CamelContext camelContext;
    private final RouteExchangeCounter counter;

    RouteDeployer(CamelContext camelContext, RouteExchangeCounter counter) {
        this.camelContext = camelContext;
        this.counter = counter;
    }

    /**
     * Adds and starts {@code routes}. On failure the routes that were added are removed again
     * before the exception propagates, so nothing of a failed version stays behind.
     */
    void add(List<RouteDefinition> routes) throws Exception {
        try {
            model().addRouteDefinitions(routes);
        } catch (Exception e) {
            remove(routes.stream().map(RouteDefinition::getRouteId).toList());
            throw e;
        }
    }

    /** Stops and removes the routes with these ids, and their definitions; unknown ids are skipped. */
    void remove(Collection<String> routeIds) throws Exception {
        for (String id : routeIds) {
            if (camelContext.getRoute(id) != null) {
                camelContext.getRouteController().stopRoute(id, STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                camelContext.removeRoute(id);
            }
            RouteDefinition definition = model().getRouteDefinition(id);
            if (definition != null) {
                model().removeRouteDefinition(definition);
            }
            counter.reset(id);
        }
    }

    /** Whether a route with this id runs in the context, whoever added it. */
    boolean exists(String routeId) {
        return camelContext.getRoute(routeId) != null || model().getRouteDefinition(routeId) != null;
    }

    private Model model() {
        return camelContext.getCamelContextExtension().getContextPlugin(Model.class);
    }
}
