package dev.switchboard.plugins.feed;

import java.nio.file.Path;
import java.util.Map;

import dev.switchboard.sdk.camel.polling.PollingSourceComponent;
import org.apache.camel.spi.Metadata;
import org.apache.camel.util.URISupport;

/**
 * The {@code newsfeed} component: {@code newsfeed:https://example.com/rss?delay=15m} or
 * {@code newsfeed:file:config/feeds/sample-news.xml}. Its properties are the defaults of every
 * endpoint; the hub sets them from the plugin's configuration ({@link FeedConnectorProvider}), and an
 * endpoint URI can override each one. Query parameters that are not endpoint options stay part of
 * the feed URL ({@code newsfeed:https://example.com/rss?category=tech&delay=1h} fetches
 * {@code https://example.com/rss?category=tech}).
 *
 * <p>The base {@link PollingSourceComponent} holds the defaults every polling source has: the
 * User-Agent ({@value #DEFAULT_USER_AGENT}), the timeout (30 s), the delay (15 minutes), the
 * repository of entries already emitted (key = feed + ' ' + entry id) and the metrics
 * ({@code feed.entries}, {@code feed.poll.failures}).
 */
public class FeedComponent extends PollingSourceComponent<FeedEndpoint> {

    static final String DEFAULT_USER_AGENT = "Switchboard feed connector";
    static final long DEFAULT_DELAY_MILLIS = 15 * 60_000;
    static final int DEFAULT_MAX_ENTRIES_PER_POLL = 100;
    static final long DEFAULT_MAX_FEED_SIZE = 10L * 1024 * 1024;
    static final String DEFAULT_SOURCE_KIND = "news";

    @Metadata(defaultValue = "100", description = "Default most entries emitted by one poll.")
    private int maxEntriesPerPoll = DEFAULT_MAX_ENTRIES_PER_POLL;
    @Metadata(defaultValue = "10485760", description = "Default largest feed read, in bytes.")
    private long maxFeedSize = DEFAULT_MAX_FEED_SIZE;
    @Metadata(defaultValue = DEFAULT_SOURCE_KIND, description = "Default Document.sourceKind.")
    private String sourceKind = DEFAULT_SOURCE_KIND;
    @Metadata(description = "Default directory a relative file: location is resolved against; "
            + "unset: the working directory.")
    private String baseDir;

    public FeedComponent() {
        super(DEFAULT_USER_AGENT, DEFAULT_DELAY_MILLIS);
    }

    @Override
    protected FeedEndpoint newEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        FeedEndpoint endpoint = new FeedEndpoint(uri, this);
        endpoint.setMaxEntriesPerPoll(maxEntriesPerPoll);
        endpoint.setMaxFeedSize(maxFeedSize);
        endpoint.setSourceKind(sourceKind);
        endpoint.setBaseDir(baseDir);
        return endpoint;
    }

    @Override
    protected void configureEndpoint(FeedEndpoint endpoint, String remaining, Map<String, Object> parameters) {
        String uri = endpoint.getEndpointUri();
        String location = remaining;
        boolean web = location.regionMatches(true, 0, "http", 0, 4);
        if (web && !parameters.isEmpty()) {
            // not an option of ours: part of the feed URL's own query
            String query = URISupport.createQueryString(parameters);
            location = location + (location.contains("?") ? "&" : "?") + query;
            parameters.clear();
        }
        Path base = endpoint.getBaseDir() == null || endpoint.getBaseDir().isBlank()
                ? Path.of("").toAbsolutePath() : Path.of(endpoint.getBaseDir()).toAbsolutePath();
        try {
            endpoint.setLocation(FeedLocation.parse(location, base));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("newsfeed endpoint " + URISupport.sanitizeUri(uri) + ": " + e.getMessage(), e);
        }
        if (endpoint.getMaxEntriesPerPoll() < 1) {
            throw new IllegalArgumentException("newsfeed endpoint " + URISupport.sanitizeUri(uri)
                    + ": maxEntriesPerPoll must be at least 1");
        }
    }

    public int getMaxEntriesPerPoll() {
        return maxEntriesPerPoll;
    }

    public void setMaxEntriesPerPoll(int maxEntriesPerPoll) {
        this.maxEntriesPerPoll = maxEntriesPerPoll;
    }

    public long getMaxFeedSize() {
        return maxFeedSize;
    }

    public void setMaxFeedSize(long maxFeedSize) {
        this.maxFeedSize = maxFeedSize;
    }

    public String getSourceKind() {
        return sourceKind;
    }

    public void setSourceKind(String sourceKind) {
        this.sourceKind = sourceKind;
    }

    public String getBaseDir() {
        return baseDir;
    }

    public void setBaseDir(String baseDir) {
        this.baseDir = baseDir;
    }
}
