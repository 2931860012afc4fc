package dev.switchboard.sdk.camel.polling;

import dev.switchboard.sdk.Incubating;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * An endpoint of a polling source connector: polls one source and emits one exchange per new item,
 * through the consumer {@link #newConsumer} creates. It only consumes: using it in {@code to:} fails
 * with "{@code <scheme> endpoints only consume: use them in from:, not in to:}".
 *
 * <p>Options this base declares (their defaults come from the {@link PollingSourceComponent}):
 * {@code userAgent}, {@code timeout} (ms, or with a unit in the URI: {@code 30s}) and
 * {@code idempotentRepository}. Camel's scheduled-poll options apply as well: {@code delay},
 * {@code initialDelay}, {@code exceptionHandler}, {@code backoffErrorThreshold}, ...
 *
 * <p>A connector's endpoint extends this class, annotates itself with {@code @UriEndpoint}
 * ({@code consumerOnly = true}), declares its own options as {@code @UriParam} fields with getter and
 * setter, names its source in {@link #sourceName()} and creates its consumer in {@link #newConsumer}.
 */
@Incubating
public abstract class PollingSourceEndpoint extends ScheduledPollEndpoint {

    @UriParam(label = "consumer", description = "The User-Agent header of requests to the source; default: the "
            + "component's.")
    private String userAgent;
    @UriParam(label = "consumer", defaultValue = "30000", javaType = "java.time.Duration",
            description = "Connect and read timeout of a request, in ms or with a unit (30s); a source that does not "
                    + "answer in time fails the poll.")
    private long timeout;
    @UriParam(label = "consumer,advanced", description = "Where emitted items are remembered; default: the "
            + "component's, which the hub backs with the plugin's durable repository.")
    private IdempotentRepository idempotentRepository;

    protected PollingSourceEndpoint(String endpointUri, PollingSourceComponent<?> component) {
        super(endpointUri, component);
    }

    @Override
    public PollingSourceComponent<?> getComponent() {
        return (PollingSourceComponent<?>) super.getComponent();
    }

    /** The consumer that polls this endpoint's source; {@link #createConsumer} configures it. */
    protected abstract PollingSourceConsumer newConsumer(Processor processor) throws Exception;

    /**
     * What this endpoint polls, as messages name it after the scheme: the feed as written in the URI
     * ({@code https://example.com/rss}), a timeline and its server ({@code tag:crm@https://mastodon.social}).
     * Called once the endpoint is configured.
     */
    public abstract String sourceName();

    /** The URI scheme this endpoint was created under ({@code newsfeed}). */
    public String scheme() {
        String uri = getEndpointUri();
        int colon = uri.indexOf(':');
        return colon < 0 ? uri : uri.substring(0, colon);
    }

    /** Always throws: a polling source only consumes. */
    @Override
    public final Producer createProducer() {
        throw new UnsupportedOperationException(scheme() + " endpoints only consume: use them in from:, not in to:");
    }

    @Override
    public final Consumer createConsumer(Processor processor) throws Exception {
        PollingSourceConsumer consumer = newConsumer(processor);
        configureConsumer(consumer);
        return consumer;
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

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }
}
