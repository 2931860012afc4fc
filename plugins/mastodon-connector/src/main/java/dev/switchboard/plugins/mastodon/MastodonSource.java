package dev.switchboard.plugins.mastodon;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an endpoint reads, from the part of its URI after {@code mastodon:}.
 * <ul>
 *   <li>{@code tag:<hashtag>}: {@code GET /api/v1/timelines/tag/<hashtag>?limit=..}, public on most
 *       instances; newer statuses with {@code since_id}, older ones by the {@code max_id} of the
 *       {@code Link} header's {@code rel="next"};</li>
 *   <li>{@code search:<query>}: {@code GET /api/v2/search?q=<query>&type=statuses&resolve=false&limit=..},
 *       which needs an access token on most instances. The search API has neither {@code since_id}
 *       nor a {@code Link} header: newer statuses are asked with {@code min_id}, older ones with the
 *       {@code max_id} of the oldest status on a full page.</li>
 * </ul>
 *
 * @param kind what is read
 * @param term the hashtag (without {@code #}, lower case) or the search query
 */
record MastodonSource(Kind kind, String term) {

    /** The two kinds of endpoint. */
    enum Kind { TAG, SEARCH }

    private static final Pattern HASHTAG = Pattern.compile("^[\\p{L}\\p{M}\\p{N}_\\u00B7\\u200C]+$");

    /**
     * @param remaining {@code tag:crm}, {@code tag:#crm}, {@code search:acme corp}
     * @throws IllegalArgumentException saying how to write it
     */
    static MastodonSource parse(String remaining) {
        String text = remaining == null ? "" : remaining.strip();
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon).toLowerCase(Locale.ROOT);
        String term = colon < 0 ? "" : text.substring(colon + 1).strip();
        if (kind.equals("tag")) {
            String tag = term.startsWith("#") ? term.substring(1) : term;
            if (!HASHTAG.matcher(tag).matches()) {
                throw new IllegalArgumentException("'" + term + "' is not a hashtag: write mastodon:tag:<hashtag> "
                        + "with letters, digits and _ only (mastodon:tag:crm)");
            }
            return new MastodonSource(Kind.TAG, tag.toLowerCase(Locale.ROOT));
        }
        if (kind.equals("search")) {
            if (term.isEmpty()) {
                throw new IllegalArgumentException("no search query: write mastodon:search:<query> (mastodon:search:acme)");
            }
            return new MastodonSource(Kind.SEARCH, term);
        }
        throw new IllegalArgumentException("'" + text + "' is not a Mastodon source: write mastodon:tag:<hashtag> "
                + "for a hashtag timeline or mastodon:search:<query> for a status search");
    }

    /** {@code tag:crm} or {@code search:acme corp}: names the endpoint in keys, logs and metrics. */
    String name() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + term;
    }

    /**
     * The request for one page: the newest {@code limit} statuses newer than {@code newerThan} (when
     * given) and older than {@code olderThan} (when given).
     */
    URI page(MastodonInstance instance, int limit, String newerThan, String olderThan) {
        StringBuilder query = new StringBuilder();
        String path;
        if (kind == Kind.TAG) {
            path = "/api/v1/timelines/tag/" + encode(term).replace("+", "%20");
            query.append("limit=").append(limit);
            append(query, "since_id", newerThan);
        } else {
            path = "/api/v2/search";
            query.append("q=").append(encode(term)).append("&type=statuses&resolve=false&limit=").append(limit);
            append(query, "min_id", newerThan);
        }
        append(query, "max_id", olderThan);
        return instance.api(path, query.toString());
    }

    /** The statuses of an answer (newest first), or empty when the JSON does not have this API's shape. */
    Optional<JsonNode> statuses(JsonNode answer) {
        JsonNode statuses = kind == Kind.TAG ? answer : answer.path("statuses");
        return statuses.isArray() ? Optional.of(statuses) : Optional.empty();
    }

    /** What the answer should have been, for error messages. */
    String expectedShape() {
        return kind == Kind.TAG ? "a JSON array of statuses" : "a JSON object with a \"statuses\" array";
    }

    /**
     * The {@code max_id} of the page before (older than) a full page, if there is one: the {@code Link}
     * header's {@code rel="next"} for a timeline, the oldest id on the page for a search.
     */
    Optional<String> olderPageMaxId(MastodonClient.Answer answer, List<String> pageIds, int limit) {
        if (pageIds.size() < limit || pageIds.isEmpty()) {
            return Optional.empty();
        }
        if (kind == Kind.TAG) {
            return LinkHeader.nextMaxId(answer.headers().allValues("Link"));
        }
        return pageIds.stream().min(StatusIds.ORDER);
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
