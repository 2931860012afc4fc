package dev.switchboard.hub.errors;

/**
 * What a replay of a dead letter came to.
 *
 * @param result what happened
 * @param id     the dead letter
 * @param error  why it did not succeed, or null
 * @param answer the route's answer body on success, or null
 */
record ReplayOutcome(Result result, long id, String error, String answer) {

    /** How a replay ended. */
    enum Result {
        /** The route processed the message; the entry is deleted. */
        REPLAYED,
        /** The route failed again; the entry is kept with one more replay counted. */
        FAILED,
        /** No entry with that id. */
        NOT_FOUND,
        /** The route the entry belongs to is not running in this hub; the entry is kept. */
        ROUTE_MISSING
    }
}
