package dev.switchboard.sdk.camel.polling;

import java.util.Map;
import java.util.Set;

import dev.switchboard.sdk.Incubating;
import dev.switchboard.sdk.PluginContext;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.TimeUtils;

/**
 * The Camel component of a polling source connector: its endpoints poll one source each (a feed, a
 * hashtag timeline, a job board's search) and emit one exchange per new item.
 *
 * <p>Its properties are the defaults of every endpoint it creates; the
 * {@link PollingSourceConnectorProvider} sets them from the plugin's configuration, and an endpoint
 * URI can override each one. This base holds the ones every polling source has:
 * <ul>
 *   <li>{@code userAgent}: the User-Agent of requests to the source (default: the connector's own,
 *       given to the constructor);
 *   <li>{@code timeout}: connect and read timeout of a request, in ms (default
 *       {@value #DEFAULT_TIMEOUT_MILLIS});
 *   <li>{@code delay}: the time between two polls of an endpoint, in ms (default: the connector's own);
 *   <li>{@code idempotentRepository}: where emitted items are remembered; the provider gives the
 *       plugin's durable repository. Without one (a component created by hand, in a test) the
 *       component keeps the last {@value #IN_MEMORY_KEYS} keys in memory while it runs;
 *   <li>{@code metrics}: the plugin's metrics, for {@link PollingSourceConsumer#increment}.
 * </ul>
 *
 * <p>Endpoints are created in a fixed order ({@link #createEndpoint(String, String, Map)}):
 * {@link #newEndpoint} creates the endpoint and copies the connector's own defaults onto it; this base
 * copies its defaults; {@code delay}, {@code initialDelay} and {@code timeout} written with a unit in
 * the URI ({@code 90s}, {@code 15m}, {@code 1h}) become milliseconds; the URI's options are set; then
 * {@link #configureEndpoint} reads the rest of the URI and checks the values. What is left in the
 * parameters after that is refused by Camel as an unknown option.
 *
 * <p>A connector's component extends this class with its endpoint type, sets its own defaults in
 * its constructor, and declares its own options as properties (getter and setter) documented with
 * {@link Metadata}.
 *
 * @param <E> the connector's endpoint type
 */
@Incubating
public abstract class PollingSourceComponent<E extends PollingSourceEndpoint> extends DefaultComponent {

    /** The default connect and read timeout of a request: 30 seconds. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 30_000;
    /** How many keys the in-memory repository keeps when no idempotent repository is set. */
    public static final int IN_MEMORY_KEYS = 10_000;

    /** Endpoint options whose values may be written with a unit ({@code 30s}, {@code 15m}, {@code 1h}). */
    private static final Set<String> TIME_OPTIONS = Set.of("delay", "initialDelay", "timeout");

    @Metadata(description = "Where items already emitted are remembered. The hub gives the plugin's durable "
            + "repository; without one the component keeps them in memory until it stops.")
    private IdempotentRepository idempotentRepository;
    @Metadata(description = "Default User-Agent of requests to the source.")
    private String userAgent;
    @Metadata(defaultValue = "30000", description = "Default connect and read timeout of requests, in ms.")
    private long timeout = DEFAULT_TIMEOUT_MILLIS;
    @Metadata(description = "Default time between polls, in ms.")
    private long delay;
    @Metadata(description = "Where counters go; the hub gives the plugin's.")
    private PluginContext.PluginMetrics metrics;

    private boolean ownRepository;

    /**
     * @param defaultUserAgent   the User-Agent requests send unless configured otherwise
     *                           ({@code "Switchboard feed connector"})
     * @param defaultDelayMillis the time between polls unless configured otherwise, in ms
     */
    protected PollingSourceComponent(String defaultUserAgent, long defaultDelayMillis) {
        this.userAgent = defaultUserAgent;
        this.delay = defaultDelayMillis;
    }

    /**
     * Creates the connector's endpoint for {@code uri} and copies the connector's own defaults onto it.
     * A connector that refuses some parameters before anything else (a secret written in a URI) does
     * it here; a refusal is an {@link IllegalArgumentException} naming the endpoint.
     *
     * @param uri        the endpoint URI
     * @param remaining  the URI's part after the scheme, without the query ({@code https://example.com/rss})
     * @param parameters the URI's options, not yet set on the endpoint
     */
    protected abstract E newEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception;

    /**
     * Completes the endpoint after the URI's options were set on it: reads {@code remaining} (what to
     * poll) and checks the values, throwing an {@link IllegalArgumentException} that names the endpoint
     * and the option. Parameters still left afterwards are refused as unknown options, so a connector
     * that keeps some of them (as part of a URL, say) removes them from the map.
     */
    protected abstract void configureEndpoint(E endpoint, String remaining, Map<String, Object> parameters)
            throws Exception;

    @Override
    protected final Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters)
            throws Exception {
        E endpoint = newEndpoint(uri, remaining, parameters);
        endpoint.setUserAgent(userAgent);
        endpoint.setTimeout(timeout);
        endpoint.setDelay(delay);
        endpoint.setIdempotentRepository(idempotentRepository);
        for (String option : TIME_OPTIONS) {
            if (parameters.get(option) instanceof String text && !text.isBlank()) {
                parameters.put(option, TimeUtils.toMilliSeconds(text.strip()));
            }
        }
        setProperties(endpoint, parameters);
        configureEndpoint(endpoint, remaining, parameters);
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        if (idempotentRepository == null) {
            idempotentRepository = MemoryIdempotentRepository.memoryIdempotentRepository(IN_MEMORY_KEYS);
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

    public PluginContext.PluginMetrics getMetrics() {
        return metrics;
    }

    public void setMetrics(PluginContext.PluginMetrics metrics) {
        this.metrics = metrics;
    }
}
