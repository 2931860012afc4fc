package dev.switchboard.hub.routes;

import java.util.Optional;

import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.FailedToStartRouteException;
import org.apache.camel.NoSuchEndpointException;
import org.apache.camel.ResolveEndpointFailedException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Finds the line a failure belongs to: the YAML mark of a parse error, else the line of the
 * endpoint URI or route id that Camel names in the exception chain.
 */
final class RouteProblems {

    private RouteProblems() {
    }

    /** The problem {@code failure} means for {@code file}, whose content is {@code text}. */
    static RouteProblem locate(String file, String text, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MarkedYamlEngineException marked) {
                Optional<Mark> mark = marked.getProblemMark().or(marked::getContextMark);
                if (mark.isPresent()) {
                    return new RouteProblem(file, mark.get().getLine() + 1, mark.get().getColumn() + 1,
                            yamlMessage(marked));
                }
            }
        }
        Integer line = null;
        for (Throwable t = failure; t != null && line == null; t = t.getCause()) {
            line = SourceLines.find(text, uri(t));
        }
        for (Throwable t = failure; t != null && line == null; t = t.getCause()) {
            String routeId = routeId(t);
            line = routeId == null ? null : SourceLines.findRouteId(text, routeId);
        }
        return RouteProblem.atLine(file, line, message(failure));
    }

    /** The endpoint URI an exception names, or {@code null}. */
    private static String uri(Throwable t) {
        if (t instanceof ResolveEndpointFailedException e) {
            return e.getUri();
        }
        if (t instanceof NoSuchEndpointException e) {
            return e.getUri();
        }
        return null;
    }

    /** The route id an exception names, or {@code null}. */
    private static String routeId(Throwable t) {
        if (t instanceof FailedToCreateRouteException e) {
            return e.getRouteId();
        }
        if (t instanceof FailedToStartRouteException e) {
            return e.getRouteId();
        }
        return null;
    }

    private static String yamlMessage(MarkedYamlEngineException e) {
        StringBuilder message = new StringBuilder();
        if (e.getContext() != null) {
            message.append(e.getContext()).append(": ");
        }
        message.append(e.getProblem() != null ? e.getProblem() : e.getClass().getSimpleName());
        return message.toString();
    }

    /** The innermost message, which names the actual cause, prefixed by the outermost's. */
    static String message(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rootMessage = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        if (root == failure || failure.getMessage() == null || failure.getMessage().contains(rootMessage)) {
            return oneLine(failure.getMessage() != null ? failure.getMessage() : rootMessage);
        }
        return oneLine(rootMessage);
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
