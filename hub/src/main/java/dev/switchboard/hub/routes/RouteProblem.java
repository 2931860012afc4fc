package dev.switchboard.hub.routes;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A problem in a route file, stated so that the person who edits the file can fix it.
 *
 * @param file    the file name relative to the routes directory (or the path the caller gave)
 * @param line    1-based line, or {@code null} when the problem cannot be tied to a line
 * @param column  1-based column, or {@code null} when unknown
 * @param message what is wrong
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RouteProblem(String file, Integer line, Integer column, String message) {

    /** A problem with a line but no column. */
    public static RouteProblem atLine(String file, Integer line, String message) {
        return new RouteProblem(file, line, null, message);
    }

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line != null) {
            where.append(':').append(line);
            if (column != null) {
                where.append(':').append(column);
            }
        }
        return where + ": " + message;
    }
}
