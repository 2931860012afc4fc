package dev.switchboard.plugins.mastodon;

/**
 * The instance could not be read: it did not answer in time, answered a non-2xx status, or answered
 * something that is not the JSON the Mastodon API gives. The message names the instance, the API
 * endpoint and the problem (status, start of the body); it never contains the access token. Thrown
 * from a poll, it fails that poll only: Camel's consumer error handling logs it, nothing is recorded
 * as seen, the cursor stays, and the next poll tries again.
 */
public class MastodonReadException extends Exception {

    public MastodonReadException(String message) {
        super(message);
    }

    public MastodonReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
