/**
 * Declarative routes: the hub loads every {@code *.camel.yaml} file in the routes directory at
 * start and watches the directory while running.
 *
 * <p>Contract: a new or changed file is live within a few seconds; a broken file keeps the last
 * good version of its routes running and reports its error with file and line; a deleted file's
 * routes are stopped and removed. {@link dev.switchboard.hub.routes.RouteFiles} is the read-only
 * view other parts of the hub use; {@code GET /api/routes} and the {@code routes} health indicator
 * show the same information. {@link dev.switchboard.hub.routes.RouteFileLint} checks the hub's
 * conventions for route files (one route per file, id equal to the file name, shared error
 * handling).
 */
package dev.switchboard.hub.routes;
