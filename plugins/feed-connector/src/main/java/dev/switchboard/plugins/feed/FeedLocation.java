package dev.switchboard.plugins.feed;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a feed is read from: an {@code http:}/{@code https:} URL, or a {@code file:} path. A relative
 * file path is resolved against the base directory.
 *
 * @param name the feed as written in the endpoint URI; it names the feed in headers, metadata, error
 *             messages and idempotency keys, so it does not change when the hub moves
 * @param url  the URL to fetch, or {@code null} for a file
 * @param file the absolute file to read, or {@code null} for a URL
 */
record FeedLocation(String name, URI url, Path file) {

    /**
     * @param location the endpoint URI's path part ({@code https://example.com/rss}, {@code file:feeds/a.xml})
     * @param baseDir  what a relative file path is resolved against
     * @throws IllegalArgumentException naming the location when it is neither a URL nor a file
     */
    static FeedLocation parse(String location, Path baseDir) {
        String text = location == null ? "" : location.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            URI url;
            try {
                url = URI.create(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "' is not a valid feed URL: " + e.getMessage(), e);
            }
            if (url.getHost() == null || url.getHost().isBlank()) {
                throw new IllegalArgumentException("feed URL '" + text + "' has no host");
            }
            return new FeedLocation(text, url, null);
        }
        if (lower.startsWith("file:")) {
            String path = text.substring("file:".length());
            if (path.isBlank()) {
                throw new IllegalArgumentException("'" + text + "' names no file: write newsfeed:file:<path>");
            }
            Path file = path.startsWith("//") ? Path.of(URI.create(text)) : Path.of(path);
            if (!file.isAbsolute()) {
                file = baseDir.resolve(file);
            }
            return new FeedLocation(text, null, file.toAbsolutePath().normalize());
        }
        throw new IllegalArgumentException("'" + text + "' is not a feed location: write newsfeed:https://host/path "
                + "(or http://) for a feed on the web, or newsfeed:file:<path> for a file");
    }

    boolean isFile() {
        return file != null;
    }
}
