package dev.switchboard.hub.routes;

import java.util.List;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code routes}: {@code OUT_OF_SERVICE} until the route files present at start are
 * loaded; then {@code UP} when the latest version of every route file loaded,
 * {@value #DEGRADED} (answered with HTTP 200) with the failing files and their errors otherwise.
 */
@Component("routesHealthIndicator")
class RoutesHealthIndicator implements HealthIndicator {

    static final String DEGRADED = "DEGRADED";

    private final RouteFiles routeFiles;
    private final RouteDirectoryWatcher watcher;

    RoutesHealthIndicator(RouteFiles routeFiles, RouteDirectoryWatcher watcher) {
        this.routeFiles = routeFiles;
        this.watcher = watcher;
    }

    @Override
    public Health health() {
        if (!watcher.loaded()) {
            // not ready to serve: the routes directory is still being read
            return Health.outOfService().withDetail("reason", "route files are being loaded").build();
        }
        List<RouteProblem> problems = routeFiles.problems();
        int routes = (int) routeFiles.routes().stream().filter(r -> !RouteInfo.FAILED.equals(r.status())).count();
        if (problems.isEmpty()) {
            return Health.up().withDetail("routes", routes).build();
        }
        return Health.status(new Status(DEGRADED, "route files failed to load"))
                .withDetail("routes", routes)
                .withDetail("failedFiles", problems.stream().map(RouteProblem::file).toList())
                .withDetail("errors", problems.stream().map(RouteProblem::toString).toList())
                .build();
    }
}
