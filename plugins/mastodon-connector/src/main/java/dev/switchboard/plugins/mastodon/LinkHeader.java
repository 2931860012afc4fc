package dev.switchboard.plugins.mastodon;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Mastodon's pagination {@code Link} header (RFC 8288):
 * {@code <https://host/api/v1/timelines/tag/crm?max_id=1>; rel="next", <https://host/...?min_id=9>; rel="prev"}.
 * Only the {@code max_id} of the {@code next} link is used: the consumer builds the next request
 * itself on the configured instance, so a link pointing elsewhere never receives the access token.
 */
final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
    private static final Pattern REL = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    private LinkHeader() {
    }

    /** The {@code max_id} of the {@code rel="next"} link among the {@code Link} header values, if any. */
    static Optional<String> nextMaxId(List<String> headerValues) {
        for (String value : headerValues) {
            Matcher link = LINK.matcher(value);
            while (link.find()) {
                Matcher rel = REL.matcher(link.group(2));
                if (rel.find() && List.of(rel.group(1).strip().split("\\s+")).contains("next")) {
                    return queryParameter(link.group(1).strip(), "max_id");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> queryParameter(String url, String name) {
        String query;
        try {
            query = URI.create(url).getRawQuery();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).strip();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
