package dev.switchboard.hub.routes;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One route loaded from a route file, or one file that never loaded.
 *
 * @param id              the route id; for a file that has no running routes, the file name
 *                        without {@code .camel.yaml}
 * @param file            the route file, relative to the routes directory
 * @param status          Camel's route status ({@code Started}, {@code Stopped}, ...), or
 *                        {@value #FAILED} for a file that has no running routes because it never
 *                        loaded
 * @param lastError       the file's current error, or {@code null} when its latest version loaded;
 *                        a route can be {@code Started} (the last good version) and still carry
 *                        the error of a newer, broken version of its file
 * @param exchangesTotal  exchanges that started in this route since it was (re)loaded
 * @param exchangesFailed of those, the exchanges that ended failed
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RouteInfo(String id, String file, String status, RouteProblem lastError,
                        long exchangesTotal, long exchangesFailed) {

    /** Status of a file none of whose routes are running. */
    public static final String FAILED = "failed";
}
