package dev.switchboard.hub.errors;

/** Names shared by every route that opts into the hub's error handling. */
public final class ErrorHandling {

    /**
     * The id of the shared route configuration. Every route file sets
     * {@code routeConfigurationId: hub-error-handling}: redelivery with exponential backoff, then
     * the dead-letter table; bad input answered with a 4xx and never retried.
     */
    public static final String ROUTE_CONFIGURATION_ID = "hub-error-handling";

    /**
     * Exchange property ({@code Long}) marking an exchange as the replay of that dead letter: if it
     * fails again, the entry is updated (replays, last error) instead of a new one being written.
     */
    public static final String REPLAY_OF = "SwitchboardReplayOf";

    /** Exchange property ({@code Long}) set when the exchange was written to (or updated in) the dead letters. */
    public static final String DEAD_LETTER_ID = "SwitchboardDeadLetterId";

    /** Exchange property ({@code Integer}): redeliveries made before the exchange was given up. */
    static final String REDELIVERIES = "SwitchboardRedeliveries";

    private ErrorHandling() {
    }
}
