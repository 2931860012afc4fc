package dev.switchboard.hub.routes;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * Turns the text of a {@code *.camel.yaml} file into route definitions with Camel's YAML DSL,
 * without adding them to the context.
 */
final class RouteFileParser {

    private final CamelContext camelContext;

    RouteFileParser(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    /**
     * @param file     the name used in problems (relative to the routes directory)
     * @param location where the text came from, e.g. {@code file:/abs/path/x.camel.yaml}; its
     *                 extension selects the DSL and Camel remembers it as the routes' source
     * @param text     the file's content
     * @return the file's routes, in file order; never empty
     * @throws RouteFileException when the text is not a valid route file
     */
    List<RouteDefinition> parse(String file, String location, String text) throws RouteFileException {
        Resource resource = ResourceHelper.fromString(location, text);
        List<RouteDefinition> routes = new ArrayList<>();
        try {
            for (RoutesBuilder builder : PluginHelper.getRoutesLoader(camelContext).findRoutesBuilders(resource)) {
                if (!(builder instanceof RouteBuilder routeBuilder)) {
                    throw new RouteFileException(RouteProblem.atLine(file, null,
                            "unsupported kind of route file: " + builder.getClass().getName()), null);
                }
                routes.addAll(routeBuilder.configureRoutes(camelContext).getRoutes());
                if (!routeBuilder.getRestCollection().getRests().isEmpty()
                        || !routeBuilder.getRouteTemplateCollection().getRouteTemplates().isEmpty()) {
                    throw new RouteFileException(RouteProblem.atLine(file, null,
                            "route files may contain only routes (no rest or routeTemplate)"), null);
                }
            }
        } catch (RouteFileException e) {
            throw e;
        } catch (Exception e) {
            throw new RouteFileException(RouteProblems.locate(file, text, e), e);
        }
        if (routes.isEmpty()) {
            throw new RouteFileException(RouteProblem.atLine(file, 1, "the file contains no route"), null);
        }
        return routes;
    }
}
