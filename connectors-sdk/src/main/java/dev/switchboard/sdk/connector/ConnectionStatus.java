package dev.switchboard.sdk.connector;

/**
 * The outcome of a connection check.
 *
 * @param state   whether the connector can reach its system
 * @param message what was checked, or what failed
 */
public record ConnectionStatus(State state, String message) {

    /** How a connection check ended. */
    public enum State { UP, DOWN, UNKNOWN }

    public static ConnectionStatus up(String message) {
        return new ConnectionStatus(State.UP, message);
    }

    public static ConnectionStatus down(String message) {
        return new ConnectionStatus(State.DOWN, message);
    }

    public static ConnectionStatus unknown(String message) {
        return new ConnectionStatus(State.UNKNOWN, message);
    }
}
