package dev.switchboard.plugins.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.config.ConfigValidator;
import dev.switchboard.sdk.config.PluginConfig;
import dev.switchboard.sdk.testkit.InMemoryMetrics;
import dev.switchboard.sdk.testkit.MutableClock;
import dev.switchboard.sdk.testkit.TestPluginContext;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;

/**
 * A hub-less Camel context with the mastodon component built by the provider from a validated
 * configuration, over a state directory (idempotent repositories and data directory, as the testkit
 * keeps them) that outlives a {@link #restart()}. The instance is the test's WireMock server.
 */
final class MastodonTestBed implements AutoCloseable {

    static final String TAG_PATH = "/api/v1/timelines/tag/crm";

    final WireMockExtension wireMock;
    final MutableClock clock = MutableClock.atFixedStart();
    final RecordingLogger log = new RecordingLogger();
    final RecordingExceptionHandler errors = new RecordingExceptionHandler();
    final TestStatuses statuses;
    private final Path state;
    private final Map<String, Object> config = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private TestPluginContext context;
    private DefaultCamelContext camel;

    MastodonTestBed(WireMockExtension wireMock, Path state) {
        this.wireMock = wireMock;
        this.state = state;
        this.statuses = new TestStatuses(base());
    }

    /** The instance's root URL. */
    String base() {
        return wireMock.baseUrl();
    }

    MastodonTestBed config(String key, Object value) {
        config.put(key, value);
        return this;
    }

    MastodonTestBed environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** {@code mastodon:<source>?instance=<wiremock>&...}: polls every 20 ms, errors to {@link #errors}. */
    String uri(String source, String options) {
        return "mastodon:" + source + "?instance=" + base() + "&initialDelay=0&delay=20&exceptionHandler=#errors"
                + (options.isEmpty() ? "" : "&" + options);
    }

    /** Starts a route from {@code uri} through {@code step} to {@code mock:out}. */
    MockEndpoint route(String uri, Processor step) throws Exception {
        ConfigValidator.Result validated = ConfigValidator.validate(new MastodonConnectorProvider().configuration(),
                config, Map.of());
        if (!validated.valid()) {
            throw new IllegalArgumentException(validated.problems().toString());
        }
        context = new TestPluginContext("mastodon-connector", validated.config(), clock, state);
        MastodonConnectorProvider provider = new MastodonConnectorProvider(environment::get);
        camel = new DefaultCamelContext();
        camel.addComponent(MastodonConstants.SCHEME, provider.component(new LoggingContext(context, log)));
        camel.getRegistry().bind("errors", errors);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("mastodon").process(step).to("mock:out");
            }
        });
        camel.start();
        return camel.getEndpoint("mock:out", MockEndpoint.class);
    }

    MockEndpoint route(String uri) throws Exception {
        return route(uri, exchange -> { });
    }

    /** Stops Camel and the context (as a hub shutdown does) and starts the route again over the same state. */
    MockEndpoint restart(String uri) throws Exception {
        close();
        return route(uri);
    }

    DefaultCamelContext camel() {
        return camel;
    }

    InMemoryMetrics metrics() {
        return context.metrics();
    }

    IdempotentRepository repository() {
        return context.idempotentRepository(MastodonConnectorProvider.REPOSITORY);
    }

    Path dataDirectory() {
        return context.dataDirectory();
    }

    /** A 200 answer with the JSON body and the rate-limit headers of a fresh window. */
    ResponseDefinitionBuilder json(String body) {
        return rateLimited(aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body), 299);
    }

    ResponseDefinitionBuilder rateLimited(ResponseDefinitionBuilder response, int remaining) {
        return response.withHeader("X-RateLimit-Limit", "300")
                .withHeader("X-RateLimit-Remaining", Integer.toString(remaining))
                .withHeader("X-RateLimit-Reset", resetIn(Duration.ofMinutes(5)));
    }

    /** An {@code X-RateLimit-Reset} value: the test clock plus {@code in}, as Mastodon writes it. */
    String resetIn(Duration in) {
        return clock.instant().plus(in).toString().replace("Z", ".000Z");
    }

    /** Mastodon's pagination header for the tag timeline. */
    String link(String nextMaxId, String prevMinId) {
        return "<" + base() + TAG_PATH + "?max_id=" + nextMaxId + ">; rel=\"next\", <" + base() + TAG_PATH
                + "?min_id=" + prevMinId + ">; rel=\"prev\"";
    }

    @Override
    public void close() {
        if (camel != null) {
            camel.stop();
            camel = null;
        }
        if (context != null) {
            context.close();
        }
    }

    /** The testkit's context with the recording logger. */
    private record LoggingContext(TestPluginContext delegate, Logger logger) implements PluginContext {

        @Override
        public String pluginId() {
            return delegate.pluginId();
        }

        @Override
        public PluginConfig config() {
            return delegate.config();
        }

        @Override
        public Clock clock() {
            return delegate.clock();
        }

        @Override
        public PluginMetrics metrics() {
            return delegate.metrics();
        }

        @Override
        public IdempotentRepository idempotentRepository(String name) {
            return delegate.idempotentRepository(name);
        }

        @Override
        public Path dataDirectory() {
            return delegate.dataDirectory();
        }
    }
}
