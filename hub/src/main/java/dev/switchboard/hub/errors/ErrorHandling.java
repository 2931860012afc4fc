package dev.switchboard.hub.errors;

/** Names shared by every route that opts into the hub's error handling. */
public final class ErrorHandling {

    /**
     * The id of the shared route configuration. Every route file sets
     * {@code routeConfigurationId: hub-error-handling}: redelivery with exponential backoff, then
     * the dead-letter table; bad input answered with a 4xx and never retried.
     */
    public static final String ROUTE_CONFIGURATION_ID = "hub-error-handling";

    private ErrorHandling() {
    }
}
