package dev.switchboard.plugins.mastodon;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A Mastodon server, as written in the {@code instance} option or configuration key.
 *
 * @param base the server's root URL without a trailing slash ({@code https://mastodon.social}); API
 *             paths are appended to it, and it names the instance in error messages
 * @param host its host name in lower case ({@code mastodon.social}): the domain of local accounts,
 *             part of {@code Document.id}, {@code metadata.instance} and the instance header
 */
record MastodonInstance(URI base, String host) {

    /**
     * @throws IllegalArgumentException saying what is wrong: not an http(s) URL, no host, a path,
     *                                  query or fragment (Mastodon serves its API from the root)
     */
    static MastodonInstance parse(String text) {
        String written = text == null ? "" : text.strip();
        if (written.isEmpty()) {
            throw new IllegalArgumentException("no instance given: write the server's URL, e.g. https://mastodon.social");
        }
        URI uri;
        try {
            uri = new URI(written);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("instance '" + written + "' is not a URL (" + e.getReason()
                    + "): write the server's root URL, e.g. https://mastodon.social");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("instance '" + written + "' is not an https:// (or http://) URL, "
                    + "e.g. https://mastodon.social");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("instance '" + written + "' has no host name");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("instance '" + written + "' must be the server's root URL only "
                    + "(scheme and host, e.g. https://mastodon.social), without path, query or user");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return new MastodonInstance(URI.create(scheme + "://" + host + port), host);
    }

    /** The API URL of a path ({@code /api/v1/...}) and an already encoded query. */
    URI api(String path, String query) {
        return URI.create(base + path + (query.isEmpty() ? "" : "?" + query));
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
