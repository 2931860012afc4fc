package dev.switchboard.plugins.mastodon;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fetches what is new since a cursor, page by page, as the Mastodon API pages: results come newest
 * first. Without a cursor (the first poll) only the newest page is taken. With one, the first page
 * asks for statuses newer than the cursor; while a page is full, the page before it (older) is
 * fetched, until the cursor is reached or {@code maxPagesPerPoll} pages were read. A closed
 * {@link RateLimitGate} stops the walk: the batch is then dropped whole and asked again after the
 * reset, so that rate limiting never leaves a gap.
 */
final class StatusPager {

    /** How a walk ended. */
    enum End {
        /** Everything newer than the cursor is in the batch. */
        COMPLETE,
        /** {@code maxPagesPerPoll} pages were read and older new statuses remain: they are skipped. */
        TRUNCATED,
        /** The instance's rate limit stopped the walk; the batch is empty. */
        RATE_LIMITED
    }

    /**
     * @param statuses the statuses newer than the cursor, newest first, each a JSON object with an id
     * @param end      how the walk ended
     * @param pages    how many pages were fetched
     */
    record Batch(List<JsonNode> statuses, End end, int pages) {
    }

    private final MastodonSource source;
    private final MastodonInstance instance;
    private final MastodonClient client;
    private final RateLimitGate gate;
    private final Clock clock;
    private final int limit;
    private final int maxPages;

    StatusPager(MastodonSource source, MastodonInstance instance, MastodonClient client, RateLimitGate gate,
                Clock clock, int limit, int maxPages) {
        this.source = source;
        this.instance = instance;
        this.client = client;
        this.gate = gate;
        this.clock = clock;
        this.limit = limit;
        this.maxPages = maxPages;
    }

    /**
     * @param cursor the newest status id already handled, or {@code null} on the first poll
     * @throws MastodonReadException when a page cannot be fetched or is not a list of statuses
     */
    Batch fetch(String cursor) throws MastodonReadException, InterruptedException {
        List<JsonNode> collected = new ArrayList<>();
        String olderThan = null;
        for (int page = 1; ; page++) {
            if (gate.closedUntil(clock.instant()).isPresent()) {
                return new Batch(List.of(), End.RATE_LIMITED, page - 1);
            }
            URI uri = source.page(instance, limit, cursor, olderThan);
            Optional<MastodonClient.Answer> answer = client.get(uri);
            if (answer.isEmpty()) {
                return new Batch(List.of(), End.RATE_LIMITED, page);
            }
            List<String> ids = new ArrayList<>();
            boolean reachedCursor = false;
            for (JsonNode status : statuses(uri, answer.get())) {
                String id = StatusMapper.id(status);
                ids.add(id);
                if (StatusIds.isNewer(id, cursor)) {
                    collected.add(status);
                } else {
                    reachedCursor = true;
                }
            }
            Optional<String> older = cursor == null || reachedCursor ? Optional.empty()
                    : source.olderPageMaxId(answer.get(), ids, limit)
                    .filter(maxId -> olderThanLastPage(maxId, ids)).filter(maxId -> StatusIds.isNewer(maxId, cursor));
            if (older.isEmpty()) {
                return new Batch(collected, End.COMPLETE, page);
            }
            if (page >= maxPages) {
                return new Batch(collected, End.TRUNCATED, page);
            }
            olderThan = older.get();
        }
    }

    /** A next page must start below what was read, or a server repeating itself would keep the walk going. */
    private static boolean olderThanLastPage(String maxId, List<String> ids) {
        return ids.stream().allMatch(id -> StatusIds.compare(maxId, id) <= 0);
    }

    private List<JsonNode> statuses(URI uri, MastodonClient.Answer answer) throws MastodonReadException {
        JsonNode json = answer.json();
        JsonNode array = source.statuses(json).orElseThrow(() -> client.failure(MastodonClient.describe(uri),
                "answered JSON of the wrong shape: expected " + source.expectedShape() + ", got " + shape(json), null));
        List<JsonNode> statuses = new ArrayList<>(array.size());
        int index = 0;
        for (JsonNode status : array) {
            if (!status.isObject() || StatusMapper.id(status) == null) {
                throw client.failure(MastodonClient.describe(uri), "answered JSON of the wrong shape: element " + index
                        + " of the statuses is " + (status.isObject() ? "an object without an id" : shape(status))
                        + ", not a status", null);
            }
            statuses.add(status);
            index++;
        }
        return statuses;
    }

    private static String shape(JsonNode json) {
        if (json.isObject()) {
            List<String> fields = new ArrayList<>();
            json.fieldNames().forEachRemaining(fields::add);
            return "an object with " + (fields.isEmpty() ? "no fields"
                    : "fields " + String.join(", ", fields.subList(0, Math.min(fields.size(), 8))));
        }
        return json.isArray() ? "an array" : json.isTextual() ? "a string" : json.isNumber() ? "a number"
                : json.isNull() ? "null" : json.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
