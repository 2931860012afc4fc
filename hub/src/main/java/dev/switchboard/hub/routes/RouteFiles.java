package dev.switchboard.hub.routes;

import java.util.List;

/**
 * Read-only view of the routes the hub loaded from its routes directory. Thread-safe; every call
 * returns a snapshot.
 */
public interface RouteFiles {

    /**
     * One entry per route loaded from a file, plus one entry with status {@link RouteInfo#FAILED}
     * per file that has no running routes; sorted by file, then route id.
     */
    List<RouteInfo> routes();

    /** The current error of every file whose latest version did not load; empty when all loaded. */
    List<RouteProblem> problems();
}
