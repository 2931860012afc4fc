package dev.switchboard.plugins.mastodon;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.switchboard.sdk.camel.polling.PollingSourceComponent;
import org.apache.camel.spi.Metadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code mastodon} component: {@code mastodon:tag:crm?instance=https://mastodon.social} or
 * {@code mastodon:search:acme?delay=10m}. Its properties are the defaults of every endpoint; the hub
 * sets them from the plugin's configuration ({@link MastodonConnectorProvider}), and an endpoint URI
 * can override each one except the access token, which never appears in a URI. The component also
 * holds what its endpoints share: the cursors file, one rate-limit gate per instance, the clock.
 *
 * <p>The base {@link PollingSourceComponent} holds the defaults every polling source has: the
 * User-Agent ({@value #DEFAULT_USER_AGENT}), the timeout (30 s), the delay (5 minutes), the
 * repository of statuses already emitted (key = endpoint key + ' ' + status id) and the metrics
 * ({@code mastodon.statuses}, {@code mastodon.poll.failures}, ...).
 */
public class MastodonComponent extends PollingSourceComponent<MastodonEndpoint> {

    static final String DEFAULT_INSTANCE = "https://mastodon.social";
    static final String DEFAULT_USER_AGENT = "Switchboard Mastodon connector";
    static final long DEFAULT_DELAY_MILLIS = 5 * 60_000;
    static final int DEFAULT_LIMIT = 40;
    static final int MAX_LIMIT = 40;
    static final int DEFAULT_MAX_PAGES_PER_POLL = 5;
    static final int MAX_MAX_PAGES_PER_POLL = 100;

    /** Names under which someone might try to put a token in a URI; refused without echoing the value. */
    private static final Set<String> SECRET_OPTIONS = Set.of("accesstoken", "access_token", "access-token", "token",
            "bearer", "authorization", "password", "clientsecret", "client_secret");

    @Metadata(defaultValue = DEFAULT_INSTANCE, description = "Default Mastodon server of endpoints.")
    private String instance = DEFAULT_INSTANCE;
    @Metadata(defaultValue = "40", description = "Default statuses asked per request (1 to 40).")
    private int limit = DEFAULT_LIMIT;
    @Metadata(defaultValue = "5", description = "Default most pages one poll reads while catching up.")
    private int maxPagesPerPoll = DEFAULT_MAX_PAGES_PER_POLL;
    @Metadata(secret = true, description = "The access token sent as Authorization: Bearer; the provider reads it "
            + "from the environment variable the configuration names. Never logged.")
    private String accessToken;
    @Metadata(description = "Where the cursors file lives; the hub gives the plugin's data directory. Unset: in memory.")
    private Path dataDirectory;
    @Metadata(description = "The clock rate-limit pauses are measured on; the hub gives its own.")
    private Clock clock = Clock.systemUTC();
    private Logger logger = LoggerFactory.getLogger(MastodonComponent.class);

    private final Map<String, RateLimitGate> gates = new ConcurrentHashMap<>();
    private volatile CursorStore cursors;

    public MastodonComponent() {
        super(DEFAULT_USER_AGENT, DEFAULT_DELAY_MILLIS);
    }

    /** Refuses a secret written in the URI before anything else, without repeating its value. */
    @Override
    protected MastodonEndpoint newEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        for (String name : parameters.keySet()) {
            if (SECRET_OPTIONS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(where(remaining) + ": option '" + name
                        + "' is refused: secrets never go in route URIs. Set access-token-env in "
                        + "config/plugins/mastodon-connector.yaml to the name of an environment variable holding the token");
            }
        }
        MastodonEndpoint endpoint = new MastodonEndpoint(uri, this);
        endpoint.setInstance(instance);
        endpoint.setLimit(limit);
        endpoint.setMaxPagesPerPoll(maxPagesPerPoll);
        return endpoint;
    }

    @Override
    protected void configureEndpoint(MastodonEndpoint endpoint, String remaining, Map<String, Object> parameters) {
        String where = where(remaining);
        try {
            endpoint.setSource(MastodonSource.parse(remaining), MastodonInstance.parse(endpoint.getInstance()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        checkRanges(where, endpoint);
        if (endpoint.source().kind() == MastodonSource.Kind.SEARCH && (accessToken == null || accessToken.isBlank())) {
            logger.warn("{}: no access token configured; most instances answer status searches only to a logged-in "
                    + "client (401, or no statuses). Set access-token-env in config/plugins/mastodon-connector.yaml", where);
        }
    }

    private static String where(String remaining) {
        return "mastodon endpoint mastodon:" + remaining;
    }

    private static void checkRanges(String where, MastodonEndpoint endpoint) {
        if (endpoint.getLimit() < 1 || endpoint.getLimit() > MAX_LIMIT) {
            throw new IllegalArgumentException(where + ": limit must be 1 to " + MAX_LIMIT + " (the API's most), is "
                    + endpoint.getLimit());
        }
        if (endpoint.getMaxPagesPerPoll() < 1 || endpoint.getMaxPagesPerPoll() > MAX_MAX_PAGES_PER_POLL) {
            throw new IllegalArgumentException(where + ": maxPagesPerPoll must be 1 to " + MAX_MAX_PAGES_PER_POLL
                    + ", is " + endpoint.getMaxPagesPerPoll());
        }
        if (endpoint.getTimeout() < 1) {
            throw new IllegalArgumentException(where + ": timeout must be longer than zero, is " + endpoint.getTimeout());
        }
        if (endpoint.getDelay() < 1) {
            throw new IllegalArgumentException(where + ": delay must be longer than zero, is " + endpoint.getDelay());
        }
    }

    /** Opens the cursors file once the base has started the idempotent repository. */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        cursors = CursorStore.open(dataDirectory, logger);
    }

    /** The rate-limit gate of an instance, shared by every endpoint polling it. */
    RateLimitGate gate(MastodonInstance mastodonInstance) {
        return gates.computeIfAbsent(mastodonInstance.base().toString(), base -> new RateLimitGate(mastodonInstance, logger));
    }

    CursorStore cursors() {
        CursorStore store = cursors;
        if (store == null) {
            throw new IllegalStateException("the mastodon component is not started");
        }
        return store;
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

    /** Not readable from outside the plugin's package: the token is never handed on. */
    String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public Path getDataDirectory() {
        return dataDirectory;
    }

    public void setDataDirectory(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public Clock getClock() {
        return clock;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public Logger getLogger() {
        return logger;
    }

    public void setLogger(Logger logger) {
        this.logger = logger;
    }
}
