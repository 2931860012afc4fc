package dev.switchboard.hub.visits;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;

/**
 * Reads the body of {@code POST /track}: one page view object or an array of at most
 * {@link #MAX_BATCH}. Every problem is reported at once, each naming its field ({@code url}, or
 * {@code [2].url} in a batch): {@code visitorId} 8-100 characters of {@code [A-Za-z0-9_-]};
 * {@code url} http(s), at most 2000 characters; {@code occurredAt} ISO-8601, default now, at most a
 * minute in the future; {@code title} cut to 500 characters; {@code referrer} optional.
 */
final class PageViews {

    static final int MAX_BATCH = 50;
    private static final Pattern VISITOR = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    private PageViews() {
    }

    static List<PageView> read(JsonNode body, Clock clock) {
        if (body == null || !(body.isObject() || body.isArray())) {
            throw BadInputException.malformed(null, "a page view object or an array of them is expected");
        }
        if (body.isArray() && (body.isEmpty() || body.size() > MAX_BATCH)) {
            throw BadInputException.invalid(List.of(new Problem("[]", "between 1 and " + MAX_BATCH
                    + " page views per request, got " + body.size())));
        }
        List<Problem> problems = new ArrayList<>();
        List<PageView> views = new ArrayList<>();
        if (body.isObject()) {
            views.add(one(body, "", clock, problems));
        } else {
            for (int i = 0; i < body.size(); i++) {
                views.add(one(body.get(i), "[" + i + "].", clock, problems));
            }
        }
        if (!problems.isEmpty()) {
            throw BadInputException.invalid(problems);
        }
        return views;
    }

    private static PageView one(JsonNode node, String prefix, Clock clock, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem(prefix.isEmpty() ? null : prefix.substring(0, prefix.length() - 1),
                    "must be a JSON object"));
            return null;
        }
        String visitorId = text(node, "visitorId");
        if (visitorId == null || !VISITOR.matcher(visitorId).matches()) {
            problems.add(new Problem(prefix + "visitorId", "required: 8 to 100 characters of A-Z, a-z, 0-9, _ and -"));
        }
        String url = text(node, "url");
        if (!isWebUrl(url)) {
            problems.add(new Problem(prefix + "url", "required: an http or https URL of at most 2000 characters"));
        }
        String referrer = text(node, "referrer");
        if (referrer != null && referrer.length() > 2000) {
            problems.add(new Problem(prefix + "referrer", "longer than 2000 characters"));
        }
        String title = text(node, "title");
        title = title == null || title.length() <= 500 ? title : title.substring(0, 500);
        return new PageView(visitorId, url, title, referrer, occurredAt(text(node, "occurredAt"), prefix, clock,
                problems));
    }

    private static Instant occurredAt(String text, String prefix, Clock clock, List<Problem> problems) {
        Instant now = clock.instant();
        if (text == null) {
            return now;
        }
        try {
            Instant at = Instant.parse(text);
            if (at.isAfter(now.plusSeconds(60))) {
                problems.add(new Problem(prefix + "occurredAt", "more than a minute in the future: " + text));
            }
            return at;
        } catch (DateTimeParseException e) {
            problems.add(new Problem(prefix + "occurredAt", "not an ISO-8601 instant such as 2026-11-22T09:30:00Z"));
            return null;
        }
    }

    private static boolean isWebUrl(String url) {
        if (url == null || url.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
