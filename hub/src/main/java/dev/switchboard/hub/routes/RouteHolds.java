package dev.switchboard.hub.routes;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Routes another part of the hub stopped on purpose, with the reason, so that {@code GET /api/routes}
 * can say why a route is stopped ({@code plugin feed is stopped}). Thread-safe.
 */
@Component
public class RouteHolds {

    private final Map<String, String> reasons = new ConcurrentHashMap<>();

    /** Records that {@code routeId} is stopped because of {@code reason}. */
    public void hold(String routeId, String reason) {
        reasons.put(routeId, reason);
    }

    /** Forgets the hold on {@code routeId}, if any. */
    public void release(String routeId) {
        reasons.remove(routeId);
    }

    /** Why {@code routeId} is held, if it is. */
    public Optional<String> reason(String routeId) {
        return Optional.ofNullable(reasons.get(routeId));
    }
}
