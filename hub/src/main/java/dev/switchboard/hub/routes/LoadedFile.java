package dev.switchboard.hub.routes;

import java.util.List;

/**
 * What the hub knows about one route file.
 *
 * @param file     name relative to the routes directory
 * @param hash     SHA-256 of the content last read, loaded or not; an unchanged hash is not retried
 * @param goodText the content of the last version that loaded, or {@code null} if none did
 * @param routeIds the ids of the routes running for this file (from {@code goodText}); may be empty
 * @param error    why the content last read did not load, or {@code null} if it did
 */
record LoadedFile(String file, String hash, String goodText, List<String> routeIds, RouteProblem error) {

    LoadedFile {
        routeIds = List.copyOf(routeIds);
    }

    /** The same file with a hash no content has, so that the next sync loads it again. */
    LoadedFile forceReload() {
        return new LoadedFile(file, "", goodText, routeIds, error);
    }
}
