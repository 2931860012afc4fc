package dev.switchboard.hub.errors;

/**
 * A system the hub depends on (the SMTP server, ...) cannot be reached right now: transient, and
 * nobody's input is wrong. The shared error handling redelivers it like any failure but then does
 * <em>not</em> dead-letter it: the exchange fails, so a {@code hub:events} subscriber keeps its
 * cursor before the event and delivers it again on the next poll, for as long as the outage lasts.
 * An HTTP caller gets a 5xx and should retry. Steps that throw it must be idempotent.
 */
public class DownstreamUnavailableException extends RuntimeException {

    public DownstreamUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
