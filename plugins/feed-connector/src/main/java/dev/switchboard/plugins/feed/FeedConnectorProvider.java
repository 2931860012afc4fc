package dev.switchboard.plugins.feed;

import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.camel.polling.PollingSourceConnectorProvider;
import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.config.ConfigProblem;
import dev.switchboard.sdk.config.ConfigType;
import dev.switchboard.sdk.config.PluginConfig;
import dev.switchboard.sdk.connector.RouteTemplateSpec;
import org.pf4j.Extension;

/**
 * The feed connector: the {@code newsfeed} component and the {@code feed-source} route template.
 * Its configuration ({@code config/plugins/feed-connector.yaml}) gives the defaults of every
 * {@code newsfeed} endpoint; entries already emitted are remembered in the plugin's durable
 * idempotent repository {@value #REPOSITORY}. The base {@link PollingSourceConnectorProvider}
 * registers the component and applies and checks {@code user-agent}, {@code timeout} and
 * {@code delay}; this class adds the feed's own keys.
 */
@Extension
public class FeedConnectorProvider extends PollingSourceConnectorProvider<FeedComponent> {

    /** The provider's id. */
    public static final String ID = "feed";
    /** The idempotent repository the component remembers emitted entries in. */
    public static final String REPOSITORY = "feed-entries";

    public static final String MAX_ENTRIES_PER_POLL = "max-entries-per-poll";
    public static final String MAX_FEED_SIZE = "max-feed-size";
    public static final String SOURCE_KIND = "source-kind";
    public static final String BASE_DIR = "base-dir";

    private static final List<ConfigOption> OPTIONS = List.of(
            ConfigOption.optional(USER_AGENT, ConfigType.STRING, FeedComponent.DEFAULT_USER_AGENT,
                    "User-Agent header of feed requests"),
            ConfigOption.optional(TIMEOUT, ConfigType.DURATION, "30s",
                    "connect and read timeout of a feed request; a feed that takes longer fails that poll"),
            ConfigOption.optional(DELAY, ConfigType.DURATION, "15m",
                    "time between two polls of a feed, unless its URI says delay=..."),
            ConfigOption.optional(MAX_ENTRIES_PER_POLL, ConfigType.INT, "100",
                    "most entries one poll emits (oldest first); the rest follow with the next poll"),
            ConfigOption.optional(MAX_FEED_SIZE, ConfigType.LONG, Long.toString(FeedComponent.DEFAULT_MAX_FEED_SIZE),
                    "largest feed read, in bytes; a larger one fails the poll"),
            ConfigOption.optional(SOURCE_KIND, ConfigType.STRING, FeedComponent.DEFAULT_SOURCE_KIND,
                    "Document.sourceKind of emitted documents (news, press-release, blog, ...)"),
            ConfigOption.optional(BASE_DIR, ConfigType.STRING, null,
                    "directory a relative newsfeed:file: path is resolved against; unset: the working directory"));

    private static final RouteTemplateSpec FEED_SOURCE = new RouteTemplateSpec("feed-source", "templates/feed-source.yaml",
            "Polls a news feed and sends one Document per new entry to a sink endpoint", List.of(
                    ConfigOption.required("feedUri", ConfigType.STRING,
                            "the feed: https://host/path, http://host/path or file:<path> (what follows newsfeed:)"),
                    ConfigOption.optional("delay", ConfigType.DURATION, "15m", "time between polls (90s, 15m, 1h)"),
                    ConfigOption.required("sink", ConfigType.STRING,
                            "endpoint URI that receives each Document, e.g. direct:news or log:news")));

    public FeedConnectorProvider() {
        super(FeedConstants.SCHEME, REPOSITORY, "feed servers");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "News feeds (RSS 2.0, Atom) over HTTP(S) or from files: one Document per new entry";
    }

    @Override
    public List<ConfigOption> configuration() {
        return OPTIONS;
    }

    /** Besides {@code timeout} and {@code delay}: at least one entry per poll, feeds of at least 1024 bytes. */
    @Override
    public List<ConfigProblem> validate(Map<String, Object> values) {
        List<ConfigProblem> problems = super.validate(values);
        if (values.get(MAX_ENTRIES_PER_POLL) instanceof Number n && n.longValue() < 1) {
            problems.add(new ConfigProblem(MAX_ENTRIES_PER_POLL, "must be at least 1, is " + n));
        }
        if (values.get(MAX_FEED_SIZE) instanceof Number n && n.longValue() < 1024) {
            problems.add(new ConfigProblem(MAX_FEED_SIZE, "must be at least 1024 bytes, is " + n));
        }
        return problems;
    }

    /** A component with the feed's own keys applied; the base adds the repository, metrics and common keys. */
    @Override
    protected FeedComponent createComponent(PluginContext context) {
        PluginConfig config = context.config();
        FeedComponent component = new FeedComponent();
        config.integer(MAX_ENTRIES_PER_POLL).ifPresent(component::setMaxEntriesPerPoll);
        config.longValue(MAX_FEED_SIZE).ifPresent(component::setMaxFeedSize);
        config.string(SOURCE_KIND).ifPresent(component::setSourceKind);
        config.string(BASE_DIR).ifPresent(component::setBaseDir);
        return component;
    }

    @Override
    public List<RouteTemplateSpec> routeTemplates() {
        return List.of(FEED_SOURCE);
    }
}
