package dev.switchboard.plugins.feed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.switchboard.sdk.PluginContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Polls the feed: fetch, parse, drop entries already seen, emit the rest oldest first (at most
 * {@code maxEntriesPerPoll}). An entry is recorded as seen only after its exchange completed without
 * an exception, so a failed entry comes again with the next poll. A feed that cannot be fetched or
 * parsed fails the poll with a {@link FeedReadException} naming it; Camel's consumer error handling
 * logs it and polls again after {@code delay}.
 */
final class FeedConsumer extends ScheduledPollConsumer {

    private final FeedEndpoint endpoint;
    private FeedSource source;
    private FeedParser parser;
    private IdempotentRepository seen;

    FeedConsumer(FeedEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        source = endpoint.createSource();
        parser = new FeedParser(new DocumentMapper(endpoint.getSourceKind()));
        seen = endpoint.getIdempotentRepository() != null ? endpoint.getIdempotentRepository()
                : endpoint.getComponent().getIdempotentRepository();
        if (seen == null) {
            throw new IllegalStateException("newsfeed " + endpoint.feedLocation().name()
                    + ": no idempotent repository (start the component first)");
        }
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
            count("feed.poll.failures", feed);
            throw e;
        }

        Set<String> keys = new LinkedHashSet<>();
        List<FeedEntry> fresh = entries.stream()
                .filter(entry -> keys.add(key(feed, entry)))
                .filter(entry -> !seen.contains(key(feed, entry)))
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
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(entry.document());
        exchange.getMessage().setHeader(FeedConstants.HEADER_FEED_URL, feed);
        exchange.getMessage().setHeader(FeedConstants.HEADER_FEED_ENTRY_ID, entry.entryId());
        exchange.getMessage().setHeader(FeedConstants.HEADER_FEED_TITLE, entry.title());
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        try {
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("feed " + feed + ": entry " + entry.entryId()
                        + " failed; it comes again with the next poll", exchange, exchange.getException());
                return false;
            }
            seen.add(key(feed, entry));
            count("feed.entries", feed);
            return true;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    static String key(String feed, FeedEntry entry) {
        return feed + " " + entry.entryId();
    }

    private void count(String metric, String feed) {
        PluginContext.PluginMetrics metrics = endpoint.getComponent().getMetrics();
        if (metrics != null) {
            metrics.increment(metric, "feed", feed);
        }
    }
}
