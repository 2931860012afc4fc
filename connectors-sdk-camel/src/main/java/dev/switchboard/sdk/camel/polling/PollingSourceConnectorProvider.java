package dev.switchboard.sdk.camel.polling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.Incubating;
import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.config.ConfigProblem;
import dev.switchboard.sdk.config.PluginConfig;
import dev.switchboard.sdk.connector.ConnectorProvider;
import org.apache.camel.Component;

/**
 * The {@link ConnectorProvider} of a polling source connector: registers one
 * {@link PollingSourceComponent} under its scheme, configured from the plugin's configuration.
 *
 * <p>The configuration keys every polling source reads are named here: {@value #USER_AGENT}
 * ({@code STRING}), {@value #TIMEOUT} and {@value #DELAY} (both {@code DURATION}). The connector
 * declares them in {@link #configuration()} with its own defaults and descriptions, next to its own
 * keys; {@link #component} applies them, and {@link #validate} checks them: a timeout longer than
 * zero, a delay of at least {@link #MIN_DELAY}.
 *
 * <p>A connector extends this class with its component type, annotates the subclass with
 * {@code @org.pf4j.Extension}, implements {@link #id()}, {@link #description()},
 * {@link #configuration()} and {@link #createComponent} (create the component and apply the
 * connector's own keys), and, when it has keys of its own to check, overrides {@link #validate}
 * adding its problems to {@code super.validate(values)}.
 *
 * @param <C> the connector's component type
 */
@Incubating
public abstract class PollingSourceConnectorProvider<C extends PollingSourceComponent<?>> implements ConnectorProvider {

    /** Configuration key: the User-Agent of requests (a {@code STRING}). */
    public static final String USER_AGENT = "user-agent";
    /** Configuration key: connect and read timeout of a request (a {@code DURATION} longer than zero). */
    public static final String TIMEOUT = "timeout";
    /** Configuration key: time between two polls of an endpoint (a {@code DURATION} of at least {@link #MIN_DELAY}). */
    public static final String DELAY = "delay";
    /** The shortest {@value #DELAY} the configuration may give. */
    public static final Duration MIN_DELAY = Duration.ofSeconds(1);

    private final String scheme;
    private final String repository;
    private final String polled;

    /**
     * @param scheme     the URI scheme the component is registered under ({@code newsfeed}), lower case
     * @param repository the name of the plugin's idempotent repository that remembers emitted items
     *                   ({@code feed-entries}); keep it once released, or every item comes again
     * @param polled     what the endpoints poll, as the problem of a too short delay names it: "must be
     *                   at least 1s (be kind to <em>feed servers</em>)"
     */
    protected PollingSourceConnectorProvider(String scheme, String repository, String polled) {
        this.scheme = scheme;
        this.repository = repository;
        this.polled = polled;
    }

    /**
     * Creates the component and applies the connector's own configuration keys to it (and whatever
     * else of the context it needs: its clock, logger or data directory). The keys of this base are
     * applied afterwards by {@link #component}.
     */
    protected abstract C createComponent(PluginContext context);

    /** The component, registered under the scheme. */
    @Override
    public Map<String, Component> components(PluginContext context) {
        return Map.of(scheme, component(context));
    }

    /**
     * A component configured from the plugin's configuration: {@link #createComponent}, then the
     * plugin's idempotent repository (the one named in the constructor), its metrics, and
     * {@value #USER_AGENT}, {@value #TIMEOUT}, {@value #DELAY} where the configuration gives them.
     */
    public C component(PluginContext context) {
        C component = createComponent(context);
        component.setIdempotentRepository(context.idempotentRepository(repository));
        component.setMetrics(context.metrics());
        PluginConfig config = context.config();
        config.string(USER_AGENT).ifPresent(component::setUserAgent);
        config.duration(TIMEOUT).ifPresent(d -> component.setTimeout(d.toMillis()));
        config.duration(DELAY).ifPresent(d -> component.setDelay(d.toMillis()));
        return component;
    }

    /**
     * The problems of {@value #TIMEOUT} and {@value #DELAY}, in a new list the caller may add its own
     * to. Values are typed as {@code ConnectorProvider.validate} receives them ({@link Duration}).
     */
    @Override
    public List<ConfigProblem> validate(Map<String, Object> values) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (values.get(TIMEOUT) instanceof Duration d && (d.isNegative() || d.isZero())) {
            problems.add(new ConfigProblem(TIMEOUT, "must be longer than zero, is " + d));
        }
        if (values.get(DELAY) instanceof Duration d && d.compareTo(MIN_DELAY) < 0) {
            problems.add(new ConfigProblem(DELAY, "must be at least 1s (be kind to " + polled + "), is " + d));
        }
        return problems;
    }
}
