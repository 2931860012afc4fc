package dev.switchboard.plugins.mastodon;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.camel.polling.PollingSourceConnectorProvider;
import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.config.ConfigProblem;
import dev.switchboard.sdk.config.ConfigType;
import dev.switchboard.sdk.config.PluginConfig;
import dev.switchboard.sdk.connector.ConnectionStatus;
import dev.switchboard.sdk.connector.RouteTemplateSpec;
import org.pf4j.Extension;

/**
 * The Mastodon connector: the {@code mastodon} component and the {@code mastodon-source} route
 * template. Its configuration ({@code config/plugins/mastodon-connector.yaml}) gives the defaults of
 * every {@code mastodon} endpoint. The access token is read from the environment variable that
 * {@value #ACCESS_TOKEN_ENV} names, never from the file. Statuses already emitted are remembered in
 * the plugin's durable idempotent repository {@value #REPOSITORY}; each endpoint's cursor in the
 * plugin's data directory. The base {@link PollingSourceConnectorProvider} registers the component
 * and applies and checks {@code user-agent}, {@code timeout} and {@code delay}; this class adds the
 * instance, paging and the token.
 */
@Extension
public class MastodonConnectorProvider extends PollingSourceConnectorProvider<MastodonComponent> {

    /** The provider's id. */
    public static final String ID = "mastodon";
    /** The idempotent repository the component remembers emitted statuses in. */
    public static final String REPOSITORY = "mastodon-statuses";

    public static final String INSTANCE = "instance";
    public static final String LIMIT = "limit";
    public static final String MAX_PAGES_PER_POLL = "max-pages-per-poll";
    public static final String ACCESS_TOKEN_ENV = "access-token-env";

    private static final Pattern ENV_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

    private static final List<ConfigOption> OPTIONS = List.of(
            ConfigOption.optional(INSTANCE, ConfigType.STRING, MastodonComponent.DEFAULT_INSTANCE,
                    "the Mastodon server endpoints poll unless their URI says instance=..., its root URL"),
            ConfigOption.optional(DELAY, ConfigType.DURATION, "5m",
                    "time between two polls of an endpoint, unless its URI says delay=..."),
            ConfigOption.optional(USER_AGENT, ConfigType.STRING, MastodonComponent.DEFAULT_USER_AGENT,
                    "User-Agent header of API requests"),
            ConfigOption.optional(TIMEOUT, ConfigType.DURATION, "30s",
                    "connect and read timeout of an API request; an instance that takes longer fails that poll"),
            ConfigOption.optional(LIMIT, ConfigType.INT, Integer.toString(MastodonComponent.DEFAULT_LIMIT),
                    "statuses asked per request (the API's limit, 1 to 40)"),
            ConfigOption.optional(MAX_PAGES_PER_POLL, ConfigType.INT,
                    Integer.toString(MastodonComponent.DEFAULT_MAX_PAGES_PER_POLL),
                    "most pages one poll reads while catching up; older new statuses beyond them are skipped"),
            ConfigOption.optional(ACCESS_TOKEN_ENV, ConfigType.STRING, null,
                    "NAME of the environment variable holding the access token (sent as Authorization: Bearer; "
                            + "status search needs one on most instances); the token itself never goes in this file"));

    private static final RouteTemplateSpec MASTODON_SOURCE = new RouteTemplateSpec("mastodon-source",
            "templates/mastodon-source.yaml", "Polls a Mastodon hashtag timeline or status search and sends one "
            + "Document per new status to a sink endpoint", List.of(
                    ConfigOption.required("source", ConfigType.STRING,
                            "what follows mastodon:, tag:<hashtag> or search:<query> (tag:crm)"),
                    ConfigOption.optional("instance", ConfigType.STRING, null,
                            "the Mastodon server's root URL; unset: the configuration's instance"),
                    ConfigOption.optional("delay", ConfigType.DURATION, null,
                            "time between polls (90s, 5m, 1h); unset: the configuration's delay"),
                    ConfigOption.required("sink", ConfigType.STRING,
                            "endpoint URI that receives each Document, e.g. direct:mentions or log:mentions")));

    private final UnaryOperator<String> environment;

    /** Reads the access token from the process environment. */
    public MastodonConnectorProvider() {
        this(System::getenv);
    }

    /** @param environment looks up an environment variable by name ({@code null} when unset) */
    MastodonConnectorProvider(UnaryOperator<String> environment) {
        super(MastodonConstants.SCHEME, REPOSITORY, "the instance");
        this.environment = environment;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Mastodon hashtag timelines and status searches: one Document per new status";
    }

    @Override
    public List<ConfigOption> configuration() {
        return OPTIONS;
    }

    /** Besides {@code timeout} and {@code delay}: the instance's URL, paging ranges, the variable's name. */
    @Override
    public List<ConfigProblem> validate(Map<String, Object> values) {
        List<ConfigProblem> problems = super.validate(values);
        if (values.get(INSTANCE) instanceof String instance) {
            try {
                MastodonInstance.parse(instance);
            } catch (IllegalArgumentException e) {
                problems.add(new ConfigProblem(INSTANCE, e.getMessage()));
            }
        }
        if (values.get(LIMIT) instanceof Number n && (n.intValue() < 1 || n.intValue() > MastodonComponent.MAX_LIMIT)) {
            problems.add(new ConfigProblem(LIMIT, "must be 1 to " + MastodonComponent.MAX_LIMIT + " (the API's most), is " + n));
        }
        if (values.get(MAX_PAGES_PER_POLL) instanceof Number n
                && (n.intValue() < 1 || n.intValue() > MastodonComponent.MAX_MAX_PAGES_PER_POLL)) {
            problems.add(new ConfigProblem(MAX_PAGES_PER_POLL,
                    "must be 1 to " + MastodonComponent.MAX_MAX_PAGES_PER_POLL + ", is " + n));
        }
        if (values.get(ACCESS_TOKEN_ENV) instanceof String name && !ENV_NAME.matcher(name).matches()) {
            // the value is not echoed: someone may have pasted the token itself here
            problems.add(new ConfigProblem(ACCESS_TOKEN_ENV, "must be the NAME of an environment variable (letters, "
                    + "digits, _; e.g. MASTODON_ACCESS_TOKEN), not the token; the value given is not shown"));
        }
        return problems;
    }

    /**
     * A component with the plugin's logger, data directory (for the cursors) and clock, the instance,
     * paging and the token applied; the base adds the repository, metrics and common keys.
     */
    @Override
    protected MastodonComponent createComponent(PluginContext context) {
        PluginConfig config = context.config();
        MastodonComponent component = new MastodonComponent();
        component.setLogger(context.logger());
        component.setDataDirectory(context.dataDirectory());
        component.setClock(context.clock());
        config.string(INSTANCE).ifPresent(component::setInstance);
        config.integer(LIMIT).ifPresent(component::setLimit);
        config.integer(MAX_PAGES_PER_POLL).ifPresent(component::setMaxPagesPerPoll);
        accessToken(context, true).ifPresent(component::setAccessToken);
        return component;
    }

    /** The token from the variable {@value #ACCESS_TOKEN_ENV} names, if it names one that is set. */
    private Optional<String> accessToken(PluginContext context, boolean warnIfUnset) {
        Optional<String> name = context.config().string(ACCESS_TOKEN_ENV);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String token = environment.apply(name.get());
        if (token == null || token.isBlank()) {
            if (warnIfUnset) {
                context.logger().warn("mastodon: environment variable {} (access-token-env) is not set; requests go "
                        + "without an access token, and status searches find nothing on most instances", name.get());
            }
            return Optional.empty();
        }
        return Optional.of(token.strip());
    }

    /**
     * Asks the configured instance for {@code GET /api/v2/instance} (public, with the configured
     * token when there is one): UP with its title and version when it answers the API's JSON, DOWN
     * with the reason otherwise. The token never appears in the message.
     */
    @Override
    public ConnectionStatus checkConnection(PluginContext context) {
        PluginConfig config = context.config();
        MastodonInstance instance;
        try {
            instance = MastodonInstance.parse(config.string(INSTANCE).orElse(MastodonComponent.DEFAULT_INSTANCE));
        } catch (IllegalArgumentException e) {
            return ConnectionStatus.down(e.getMessage());
        }
        MastodonClient client = new MastodonClient(instance, config.duration(TIMEOUT).orElse(Duration.ofSeconds(30)),
                config.string(USER_AGENT).orElse(MastodonComponent.DEFAULT_USER_AGENT), accessToken(context, false)
                .orElse(null), new RateLimitGate(instance, context.logger()), context.clock(), context.logger());
        try {
            Optional<MastodonClient.Answer> answer = client.get(instance.api("/api/v2/instance", ""));
            if (answer.isEmpty()) {
                return ConnectionStatus.up("mastodon instance " + instance + " answers, but its rate limit is used up (429)");
            }
            JsonNode json = answer.get().json();
            return ConnectionStatus.up("mastodon instance " + instance + " answers: " + json.path("title").asText("?")
                    + ", Mastodon " + json.path("version").asText("?")
                    + (client.hasAccessToken() ? ", with access token" : ", without access token"));
        } catch (MastodonReadException e) {
            return ConnectionStatus.down(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ConnectionStatus.unknown("connection check of " + instance + " interrupted");
        }
    }

    @Override
    public List<RouteTemplateSpec> routeTemplates() {
        return List.of(MASTODON_SOURCE);
    }
}
