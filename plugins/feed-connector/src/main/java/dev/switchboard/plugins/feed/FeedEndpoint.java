package dev.switchboard.plugins.feed;

import java.time.Duration;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * {@code newsfeed:<location>[?options]}: polls one RSS or Atom feed and emits one exchange per new
 * entry, oldest first. The body is a {@link dev.switchboard.sdk.model.Document}; the headers are in
 * {@link FeedConstants}.
 *
 * <p>Besides the options below, the scheduled-poll options of every Camel polling consumer apply:
 * {@code delay} (time between polls; default: the component's, 15 minutes; units allowed: {@code 90s},
 * {@code 15m}, {@code 1h}), {@code initialDelay} (before the first poll; default 1s), and
 * {@code backoffErrorThreshold}/{@code backoffMultiplier} (skip polls after repeated failures).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = FeedConstants.SCHEME, title = "News feed (RSS, Atom)",
        syntax = "newsfeed:location", consumerOnly = true, category = {Category.DOCUMENT, Category.SOCIAL},
        headersClass = FeedConstants.class)
public class FeedEndpoint extends ScheduledPollEndpoint {

    @UriPath(description = "The feed: an http:// or https:// URL (its own query parameters may follow: those that "
            + "are not options of this endpoint stay in the URL), or file:<path>; a relative path is resolved "
            + "against baseDir.")
    @Metadata(required = true)
    private String location;
    private transient FeedLocation feedLocation;

    @UriParam(label = "consumer", defaultValue = FeedComponent.DEFAULT_USER_AGENT,
            description = "The User-Agent header sent with HTTP requests; some sites refuse requests without one.")
    private String userAgent;
    @UriParam(label = "consumer", defaultValue = "30000", javaType = "java.time.Duration",
            description = "Connect and read timeout of an HTTP request, in ms or with a unit (30s); a feed that "
                    + "does not answer in time fails the poll.")
    private long timeout;
    @UriParam(label = "consumer", defaultValue = "100",
            description = "The most entries one poll emits, oldest first; the rest come with the next poll.")
    private int maxEntriesPerPoll;
    @UriParam(label = "consumer,advanced", defaultValue = "10485760",
            description = "The largest feed read, in bytes; a larger one fails the poll instead of filling the heap.")
    private long maxFeedSize;
    @UriParam(label = "consumer", defaultValue = FeedComponent.DEFAULT_SOURCE_KIND,
            description = "Document.sourceKind of the emitted documents (news, press-release, blog, job-ad, ...).")
    private String sourceKind;
    @UriParam(label = "consumer",
            description = "The directory a relative file: location is resolved against; unset: the working directory.")
    private String baseDir;
    @UriParam(label = "consumer,advanced",
            description = "Where emitted entries are remembered (key: the feed as written, a space, the entry id); "
                    + "default: the plugin's durable repository feed-entries.")
    private IdempotentRepository idempotentRepository;

    public FeedEndpoint(String endpointUri, FeedComponent component) {
        super(endpointUri, component);
    }

    @Override
    public FeedComponent getComponent() {
        return (FeedComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("newsfeed endpoints only consume: use them in from:, not in to:");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        FeedConsumer consumer = new FeedConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    FeedLocation feedLocation() {
        return feedLocation;
    }

    void setLocation(FeedLocation feedLocation) {
        this.feedLocation = feedLocation;
        this.location = feedLocation.name();
    }

    FeedSource createSource() {
        return feedLocation.isFile() ? new FileFeedSource(feedLocation, maxFeedSize)
                : new HttpFeedSource(feedLocation, Duration.ofMillis(timeout), userAgent, maxFeedSize);
    }

    public String getLocation() {
        return location;
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

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }
}
