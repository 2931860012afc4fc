package dev.switchboard.plugins.mastodon;

import java.util.Locale;

import dev.switchboard.sdk.camel.polling.PollingSourceEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Processor;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;

/**
 * {@code mastodon:tag:<hashtag>[?options]} or {@code mastodon:search:<query>[?options]}: polls one
 * hashtag timeline or status search of a Mastodon instance and emits one exchange per new status,
 * oldest first. The body is a {@link dev.switchboard.sdk.model.Document}; the headers are in
 * {@link MastodonConstants}.
 *
 * <p>Besides the options below, the base {@link PollingSourceEndpoint} gives {@code userAgent} (the
 * User-Agent header of requests; default {@value MastodonComponent#DEFAULT_USER_AGENT}),
 * {@code timeout} (connect and read timeout of a request, in ms or with a unit, default 30s; an
 * instance that does not answer in time fails the poll) and {@code idempotentRepository} (where
 * emitted statuses are remembered, key: the endpoint key, a space, the status id; default: the
 * plugin's durable repository mastodon-statuses). The scheduled-poll options of every Camel polling
 * consumer apply too: {@code delay} (time between polls; default: the component's, 5 minutes; units
 * allowed: {@code 90s}, {@code 5m}, {@code 1h}), {@code initialDelay} (before the first poll; default
 * 1s), {@code exceptionHandler}, {@code backoffErrorThreshold}/{@code backoffMultiplier}. The access
 * token is never an endpoint option: it comes from the environment variable the plugin's
 * configuration names.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = MastodonConstants.SCHEME, title = "Mastodon",
        syntax = "mastodon:kind:term", consumerOnly = true, category = {Category.SOCIAL},
        headersClass = MastodonConstants.class)
public class MastodonEndpoint extends PollingSourceEndpoint {

    @UriPath(enums = "tag,search", description = "tag: a hashtag timeline; search: a status search")
    @Metadata(required = true)
    private String kind;
    @UriPath(description = "The hashtag (without #) or the search query")
    @Metadata(required = true)
    private String term;
    private transient MastodonSource source;
    private transient MastodonInstance mastodonInstance;

    @UriParam(label = "consumer", defaultValue = MastodonComponent.DEFAULT_INSTANCE,
            description = "The Mastodon server, its root URL: https://mastodon.social")
    private String instance;
    @UriParam(label = "consumer", defaultValue = "40",
            description = "Statuses asked per request (the API's limit parameter, 1 to 40).")
    private int limit;
    @UriParam(label = "consumer", defaultValue = "5",
            description = "The most pages one poll reads while catching up; older new statuses beyond them are skipped.")
    private int maxPagesPerPoll;

    public MastodonEndpoint(String endpointUri, MastodonComponent component) {
        super(endpointUri, component);
    }

    @Override
    public MastodonComponent getComponent() {
        return (MastodonComponent) super.getComponent();
    }

    @Override
    protected MastodonConsumer newConsumer(Processor processor) {
        return new MastodonConsumer(this, processor);
    }

    /** {@code tag:crm@https://mastodon.social}: names the endpoint's cursor, its seen statuses and its metrics. */
    String key() {
        return source.name() + "@" + mastodonInstance.base();
    }

    /** The endpoint's {@link #key()}. */
    @Override
    public String sourceName() {
        return key();
    }

    MastodonSource source() {
        return source;
    }

    MastodonInstance mastodonInstance() {
        return mastodonInstance;
    }

    void setSource(MastodonSource source, MastodonInstance instance) {
        this.source = source;
        this.kind = source.kind().name().toLowerCase(Locale.ROOT);
        this.term = source.term();
        this.mastodonInstance = instance;
    }

    public String getKind() {
        return kind;
    }

    public String getTerm() {
        return term;
    }

    public String getInstance() {
        return instance;
    }

    public void setInstance(String instance) {
        this.instance = instance;
    }

    public int getLimit() {
        return limit;
    }

    public void setLimit(int limit) {
        this.limit = limit;
    }

    public int getMaxPagesPerPoll() {
        return maxPagesPerPoll;
    }

    public void setMaxPagesPerPoll(int maxPagesPerPoll) {
        this.maxPagesPerPoll = maxPagesPerPoll;
    }
}
