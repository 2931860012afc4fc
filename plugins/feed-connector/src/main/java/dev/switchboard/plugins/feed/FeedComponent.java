package dev.switchboard.plugins.feed;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import dev.switchboard.sdk.PluginContext;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.TimeUtils;
import org.apache.camel.util.URISupport;

/**
 * The {@code newsfeed} component: {@code newsfeed:https://example.com/rss?delay=15m} or
 * {@code newsfeed:file:config/feeds/sample-news.xml}. Its properties are the defaults of every
 * endpoint; the hub sets them from the plugin's configuration ({@link FeedConnectorProvider}), and an
 * endpoint URI can override each one. Query parameters that are not endpoint options stay part of
 * the feed URL ({@code newsfeed:https://example.com/rss?category=tech&delay=1h} fetches
 * {@code https://example.com/rss?category=tech}).
 */
public class FeedComponent extends DefaultComponent {

    static final String DEFAULT_USER_AGENT = "Switchboard feed connector";
    static final long DEFAULT_TIMEOUT_MILLIS = 30_000;
    static final long DEFAULT_DELAY_MILLIS = 15 * 60_000;
    static final int DEFAULT_MAX_ENTRIES_PER_POLL = 100;
    static final long DEFAULT_MAX_FEED_SIZE = 10L * 1024 * 1024;
    static final String DEFAULT_SOURCE_KIND = "news";

    /** Endpoint options whose values may be written with a unit ({@code 30s}, {@code 15m}, {@code 1h}). */
    private static final Set<String> TIME_OPTIONS = Set.of("delay", "initialDelay", "timeout");

    @Metadata(description = "Where entries already emitted are remembered, key = feed + ' ' + entry id. The hub "
            + "gives a durable one; without it the component keeps them in memory until it stops.")
    private IdempotentRepository idempotentRepository;
    @Metadata(defaultValue = DEFAULT_USER_AGENT, description = "Default User-Agent of HTTP requests.")
    private String userAgent = DEFAULT_USER_AGENT;
    @Metadata(defaultValue = "30000", description = "Default connect and read timeout of HTTP requests, in ms.")
    private long timeout = DEFAULT_TIMEOUT_MILLIS;
    @Metadata(defaultValue = "900000", description = "Default time between polls, in ms (15 minutes).")
    private long delay = DEFAULT_DELAY_MILLIS;
    @Metadata(defaultValue = "100", description = "Default most entries emitted by one poll.")
    private int maxEntriesPerPoll = DEFAULT_MAX_ENTRIES_PER_POLL;
    @Metadata(defaultValue = "10485760", description = "Default largest feed read, in bytes.")
    private long maxFeedSize = DEFAULT_MAX_FEED_SIZE;
    @Metadata(defaultValue = DEFAULT_SOURCE_KIND, description = "Default Document.sourceKind.")
    private String sourceKind = DEFAULT_SOURCE_KIND;
    @Metadata(description = "Default directory a relative file: location is resolved against; "
            + "unset: the working directory.")
    private String baseDir;
    @Metadata(description = "Where counters go (feed.entries, feed.poll.failures); the hub gives the plugin's.")
    private PluginContext.PluginMetrics metrics;

    private boolean ownRepository;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        FeedEndpoint endpoint = new FeedEndpoint(uri, this);
        endpoint.setUserAgent(userAgent);
        endpoint.setTimeout(timeout);
        endpoint.setDelay(delay);
        endpoint.setMaxEntriesPerPoll(maxEntriesPerPoll);
        endpoint.setMaxFeedSize(maxFeedSize);
        endpoint.setSourceKind(sourceKind);
        endpoint.setBaseDir(baseDir);
        endpoint.setIdempotentRepository(idempotentRepository);
        for (String option : TIME_OPTIONS) {
            if (parameters.get(option) instanceof String text && !text.isBlank()) {
                parameters.put(option, TimeUtils.toMilliSeconds(text.strip()));
            }
        }
        setProperties(endpoint, parameters);

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
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        if (idempotentRepository == null) {
            idempotentRepository = MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
            ownRepository = true;
        }
        ServiceHelper.startService(idempotentRepository);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (ownRepository) {
            ServiceHelper.stopService(idempotentRepository);
        }
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public long getTimeout() {
        return timeout;
    }

    public void setTimeout(long timeout) {
        this.timeout = timeout;
    }

    public long getDelay() {
        return delay;
    }

    public void setDelay(long delay) {
        this.delay = delay;
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

    public PluginContext.PluginMetrics getMetrics() {
        return metrics;
    }

    public void setMetrics(PluginContext.PluginMetrics metrics) {
        this.metrics = metrics;
    }
}
