package dev.switchboard.hub.routes;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/routes}: every route loaded from a route file, and every file that failed. */
@RestController
@RequestMapping("/api/routes")
class RoutesController {

    private final RouteFiles routeFiles;

    RoutesController(RouteFiles routeFiles) {
        this.routeFiles = routeFiles;
    }

    @GetMapping
    List<RouteInfo> routes() {
        return routeFiles.routes();
    }
}
