package dev.switchboard.plugins.feed;

/** Fetches a feed's raw bytes: {@link HttpFeedSource} or {@link FileFeedSource}. */
interface FeedSource {

    /**
     * @return the feed's bytes, or {@link Fetched#notModified()} when it has not changed since the
     *         last {@link #remember remembered} fetch
     * @throws FeedReadException naming the feed when it cannot be read
     */
    Fetched fetch() throws FeedReadException, InterruptedException;

    /**
     * Keeps the validators of a fetch whose entries were all handled, so that the next fetch can ask
     * "only if changed". Not called after a fetch with failed or postponed entries: they must come again.
     */
    void remember(Fetched fetched);

    /**
     * What a fetch got.
     *
     * @param body        the feed's bytes, or {@code null} when not modified
     * @param contentType the Content-Type answered, or {@code null}
     * @param validator1  an HTTP ETag or a file's size, or {@code null}
     * @param validator2  an HTTP Last-Modified or a file's modification time, or {@code null}
     */
    record Fetched(byte[] body, String contentType, String validator1, String validator2) {

        static Fetched notModified() {
            return new Fetched(null, null, null, null);
        }

        boolean isNotModified() {
            return body == null;
        }
    }
}
