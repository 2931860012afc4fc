package dev.switchboard.plugins.feed;

import java.time.Duration;

import dev.switchboard.sdk.camel.polling.PollingSourceEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Processor;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;

/**
 * {@code newsfeed:<location>[?options]}: polls one RSS or Atom feed and emits one exchange per new
 * entry, oldest first. The body is a {@link dev.switchboard.sdk.model.Document}; the headers are in
 * {@link FeedConstants}.
 *
 * <p>Besides the options below, the base {@link PollingSourceEndpoint} gives {@code userAgent}
 * (the User-Agent header sent with HTTP requests; some sites refuse requests without one; default
 * {@value FeedComponent#DEFAULT_USER_AGENT}), {@code timeout} (connect and read timeout of an HTTP
 * request, in ms or with a unit, default 30s; a feed that does not answer in time fails the poll)
 * and {@code idempotentRepository} (where emitted entries are remembered, key: the feed as written,
 * a space, the entry id; default: the plugin's durable repository feed-entries). The scheduled-poll
 * options of every Camel polling consumer apply too: {@code delay} (time between polls; default: the
 * component's, 15 minutes; units allowed: {@code 90s}, {@code 15m}, {@code 1h}), {@code initialDelay}
 * (before the first poll; default 1s), and {@code backoffErrorThreshold}/{@code backoffMultiplier}
 * (skip polls after repeated failures).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = FeedConstants.SCHEME, title = "News feed (RSS, Atom)",
        syntax = "newsfeed:location", consumerOnly = true, category = {Category.DOCUMENT, Category.SOCIAL},
        headersClass = FeedConstants.class)
public class FeedEndpoint extends PollingSourceEndpoint {

    @UriPath(description = "The feed: an http:// or https:// URL (its own query parameters may follow: those that "
            + "are not options of this endpoint stay in the URL), or file:<path>; a relative path is resolved "
            + "against baseDir.")
    @Metadata(required = true)
    private String location;
    private transient FeedLocation feedLocation;

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

    public FeedEndpoint(String endpointUri, FeedComponent component) {
        super(endpointUri, component);
    }

    @Override
    public FeedComponent getComponent() {
        return (FeedComponent) super.getComponent();
    }

    @Override
    protected FeedConsumer newConsumer(Processor processor) {
        return new FeedConsumer(this, processor);
    }

    /** The feed as written in the URI: {@code https://example.com/rss} or {@code file:config/feeds/x.xml}. */
    @Override
    public String sourceName() {
        return feedLocation.name();
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
                : new HttpFeedSource(feedLocation, Duration.ofMillis(getTimeout()), getUserAgent(), maxFeedSize);
    }

    public String getLocation() {
        return location;
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
