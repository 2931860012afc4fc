package dev.switchboard.plugins.feed;

/**
 * A feed could not be read: it did not answer, answered with an error status, or what it answered
 * is not an RSS or Atom feed. The message always names the feed. Thrown from a poll, it fails that
 * poll only: Camel's consumer error handling logs it, nothing is recorded as seen, and the next
 * poll tries again.
 */
public class FeedReadException extends Exception {

    public FeedReadException(String message) {
        super(message);
    }

    public FeedReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
