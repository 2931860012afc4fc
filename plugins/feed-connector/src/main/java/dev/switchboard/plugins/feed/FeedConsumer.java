package dev.switchboard.plugins.feed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.switchboard.sdk.camel.polling.PollingSourceConsumer;
import org.apache.camel.Processor;

/**
 * Polls the feed: fetch, parse, drop entries already seen, emit the rest oldest first (at most
 * {@code maxEntriesPerPoll}). An entry is recorded as seen only after its exchange completed without
 * an exception (the base {@link PollingSourceConsumer#emit}), so a failed entry comes again with the
 * next poll. A feed that cannot be fetched or parsed fails the poll with a {@link FeedReadException}
 * naming it; Camel's consumer error handling logs it and polls again after {@code delay}.
 */
final class FeedConsumer extends PollingSourceConsumer {

    private final FeedEndpoint endpoint;
    private FeedSource source;
    private FeedParser parser;

    FeedConsumer(FeedEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        source = endpoint.createSource();
        parser = new FeedParser(new DocumentMapper(endpoint.getSourceKind()));
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        String feed = endpoint.feedLocation().name();
        FeedSource.Fetched fetched;
        List<FeedEntry> entries;
        try {
            fetched = source.fetch();
            if (fetched.isNotModified()) {
                return 0;
            }
            entries = parser.parse(feed, fetched.body(), fetched.contentType());
        } catch (FeedReadException e) {
            increment("feed.poll.failures", "feed", feed);
            throw e;
        }

        Set<String> keys = new LinkedHashSet<>();
        List<FeedEntry> fresh = entries.stream()
                .filter(entry -> keys.add(key(feed, entry)))
                .filter(entry -> !isSeen(key(feed, entry)))
                .toList();
        boolean complete = fresh.size() <= endpoint.getMaxEntriesPerPoll();
        int emitted = 0;
        for (FeedEntry entry : fresh.subList(0, Math.min(fresh.size(), endpoint.getMaxEntriesPerPoll()))) {
            if (!isRunAllowed()) {
                complete = false;
                break;
            }
            if (emit(feed, entry)) {
                emitted++;
            } else {
                complete = false;
            }
        }
        if (complete) {
            source.remember(fetched);
        }
        return emitted;
    }

    /** @return whether the entry went through and is now recorded as seen */
    private boolean emit(String feed, FeedEntry entry) {
        boolean done = emit(key(feed, entry), "feed " + feed + ": entry " + entry.entryId(), message -> {
            message.setBody(entry.document());
            message.setHeader(FeedConstants.HEADER_FEED_URL, feed);
            message.setHeader(FeedConstants.HEADER_FEED_ENTRY_ID, entry.entryId());
            message.setHeader(FeedConstants.HEADER_FEED_TITLE, entry.title());
        });
        if (done) {
            increment("feed.entries", "feed", feed);
        }
        return done;
    }

    static String key(String feed, FeedEntry entry) {
        return feed + " " + entry.entryId();
    }
}
