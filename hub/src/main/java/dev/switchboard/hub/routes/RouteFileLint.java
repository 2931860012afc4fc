package dev.switchboard.hub.routes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.model.RouteDefinition;

import dev.switchboard.hub.errors.ErrorHandling;

/**
 * Checks a route file against the hub's conventions: it parses with Camel's YAML DSL, holds
 * exactly one route, the route's {@code id} equals the file name without {@value #SUFFIX}, and the
 * route opts into the shared error handling with
 * {@code routeConfigurationId: }{@value ErrorHandling#ROUTE_CONFIGURATION_ID}.
 *
 * <p>Every problem is reported, each with file and line where one applies; an empty list means
 * the file follows the conventions. Parsing does not add anything to the given CamelContext, which
 * need not be started.
 */
public final class RouteFileLint {

    /** The file name suffix of route files. */
    public static final String SUFFIX = ".camel.yaml";

    private final RouteFileParser parser;

    public RouteFileLint(CamelContext camelContext) {
        this.parser = new RouteFileParser(camelContext);
    }

    /** Reads, parses and checks {@code file}; problems name it by its file name. */
    public List<RouteProblem> check(Path file) {
        String name = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of(RouteProblem.atLine(name, null, "cannot read the file: " + e.getMessage()));
        }
        try {
            return check(name, text, parser.parse(name, "file:" + file.toAbsolutePath(), text));
        } catch (RouteFileException e) {
            return List.of(e.problem());
        }
    }

    /** Checks already parsed routes of the file {@code file} (a name ending in {@value #SUFFIX}). */
    static List<RouteProblem> check(String file, String text, List<RouteDefinition> routes) {
        List<RouteProblem> problems = new ArrayList<>();
        String expectedId = baseName(file);
        if (!file.endsWith(SUFFIX)) {
            problems.add(RouteProblem.atLine(file, null, "route file names end in " + SUFFIX));
        }
        if (routes.size() != 1) {
            problems.add(RouteProblem.atLine(file, routes.size() > 1 ? line(text, routes.get(1)) : null,
                    "a route file holds exactly one route; found " + routes.size()));
        }
        for (RouteDefinition route : routes) {
            if (!expectedId.equals(route.getRouteId())) {
                problems.add(RouteProblem.atLine(file, line(text, route), "route id is '" + route.getRouteId()
                        + "'; it must equal the file name without " + SUFFIX + ": '" + expectedId + "'"));
            }
            if (!ErrorHandling.ROUTE_CONFIGURATION_ID.equals(route.getRouteConfigurationId())) {
                problems.add(RouteProblem.atLine(file, line(text, route),
                        "route '" + route.getRouteId() + "' must set routeConfigurationId: "
                                + ErrorHandling.ROUTE_CONFIGURATION_ID + " (found: " + route.getRouteConfigurationId()
                                + ")"));
            }
        }
        return problems;
    }

    /** The file name without {@value #SUFFIX}: the id its route must have. */
    public static String baseName(String file) {
        String name = Path.of(file).getFileName().toString();
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    private static Integer line(String text, RouteDefinition route) {
        if (route.getLineNumber() > 0) {
            return route.getLineNumber();
        }
        return SourceLines.findRouteId(text, route.getRouteId());
    }
}
