package dev.switchboard.hub.routes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.springframework.stereotype.Component;

/** {@link RouteFiles} read from the loader's state and the CamelContext's route status. */
@Component
class CamelRouteFiles implements RouteFiles {

    private final RouteFileLoader loader;
    private final CamelContext camelContext;
    private final RouteExchangeCounter counter;
    private final RouteHolds holds;

    CamelRouteFiles(RouteFileLoader loader, CamelContext camelContext, RouteExchangeCounter counter, RouteHolds holds) {
        this.loader = loader;
        this.camelContext = camelContext;
        this.counter = counter;
        this.holds = holds;
    }

    @Override
    public List<RouteInfo> routes() {
        List<RouteInfo> routes = new ArrayList<>();
        for (LoadedFile file : loader.files()) {
            if (file.routeIds().isEmpty()) {
                routes.add(new RouteInfo(RouteFileLint.baseName(file.file()), file.file(), RouteInfo.FAILED,
                        file.error(), 0, 0));
            }
            for (String id : file.routeIds()) {
                ServiceStatus status = camelContext.getRouteController().getRouteStatus(id);
                RouteExchangeCounter.Counts counts = counter.counts(id);
                routes.add(new RouteInfo(id, file.file(), status == null ? "Removed" : status.name(),
                        lastError(file, id, status), counts.total(), counts.failed()));
            }
        }
        routes.sort(Comparator.comparing(RouteInfo::file).thenComparing(RouteInfo::id));
        return routes;
    }

    /** The file's error; for a route stopped on purpose without one, the reason it was stopped. */
    private RouteProblem lastError(LoadedFile file, String routeId, ServiceStatus status) {
        if (file.error() != null || status == null || !status.isStopped()) {
            return file.error();
        }
        return holds.reason(routeId).map(reason -> RouteProblem.atLine(file.file(), null, reason)).orElse(null);
    }

    @Override
    public List<RouteProblem> problems() {
        return loader.files().stream().map(LoadedFile::error).filter(Objects::nonNull)
                .sorted(Comparator.comparing(RouteProblem::file)).toList();
    }
}
