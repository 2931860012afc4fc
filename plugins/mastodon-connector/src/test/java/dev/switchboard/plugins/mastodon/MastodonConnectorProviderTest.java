package dev.switchboard.plugins.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.sdk.compat.SdkCompatibility;
import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.config.ConfigProblem;
import dev.switchboard.sdk.config.ConfigType;
import dev.switchboard.sdk.config.ConfigValidator;
import dev.switchboard.sdk.connector.ConnectionStatus;
import dev.switchboard.sdk.connector.RouteTemplateSpec;
import dev.switchboard.sdk.model.Document;
import dev.switchboard.sdk.testkit.MutableClock;
import dev.switchboard.sdk.testkit.TestPluginContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.Extension;
import org.yaml.snakeyaml.Yaml;

class MastodonConnectorProviderTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path state;
    private final MastodonConnectorProvider provider = new MastodonConnectorProvider();

    private TestPluginContext context(Map<String, ?> raw) {
        ConfigValidator.Result result = ConfigValidator.validate(provider.configuration(), raw, Map.of());
        assertThat(result.problems()).isEmpty();
        return new TestPluginContext("mastodon-connector", result.config(), MutableClock.atFixedStart(), state);
    }

    /** What the hub does with a configuration file: each key's type first, then the provider's own checks. */
    private List<ConfigProblem> problems(Map<String, ?> raw) {
        ConfigValidator.Result result = ConfigValidator.validate(provider.configuration(), raw, Map.of());
        if (!result.valid()) {
            return result.problems();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : result.config().keys()) {
            ConfigOption option = provider.configuration().stream().filter(o -> o.name().equals(key)).findFirst().orElseThrow();
            values.put(key, switch (option.type()) {
                case DURATION -> result.config().duration(key).orElseThrow();
                case INT -> result.config().integer(key).orElseThrow();
                default -> result.config().string(key).orElseThrow();
            });
        }
        return provider.validate(values);
    }

    @Test
    void declaresItsConfigurationWithDefaultsAndDescriptions() {
        assertThat(provider.id()).isEqualTo("mastodon");
        assertThat(provider.description()).isNotBlank();
        assertThat(provider.configuration()).extracting(ConfigOption::name).containsExactly("instance", "delay",
                "user-agent", "timeout", "limit", "max-pages-per-poll", "access-token-env");
        assertThat(provider.configuration()).allSatisfy(option -> assertThat(option.description()).isNotBlank())
                .allSatisfy(option -> assertThat(option.secret()).isFalse());

        ConfigValidator.Result defaults = ConfigValidator.validate(provider.configuration(), Map.of(), Map.of());
        assertThat(defaults.problems()).isEmpty();
        assertThat(defaults.config().string("instance")).contains("https://mastodon.social");
        assertThat(defaults.config().duration("delay")).contains(Duration.ofMinutes(5));
        assertThat(defaults.config().integer("limit")).contains(40);
        assertThat(defaults.config().has("access-token-env")).isFalse();
        assertThat(problems(Map.of())).isEmpty();
    }

    @Test
    void badValuesAreAllReportedEachNamingItsKey() {
        List<ConfigProblem> problems = problems(Map.of("instance", "ftp://mastodon.social", "delay", "500ms",
                "timeout", "0s", "limit", 80, "max-pages-per-poll", 0, "access-token-env", "tok-abc123 secret"));

        assertThat(problems).extracting(ConfigProblem::key).containsExactlyInAnyOrder("instance", "delay", "timeout",
                "limit", "max-pages-per-poll", "access-token-env");
        assertThat(problems).extracting(ConfigProblem::toString).contains(
                "instance: instance 'ftp://mastodon.social' is not an https:// (or http://) URL, e.g. https://mastodon.social",
                "delay: must be at least 1s (be kind to the instance), is PT0.5S",
                "limit: must be 1 to 40 (the API's most), is 80");
        assertThat(problems.toString()).doesNotContain("tok-abc123");
        assertThat(problems(Map.of("instance", "https://mastodon.social/explore")).toString())
                .contains("must be the server's root URL only");
        assertThat(problems(Map.of("instance", "not a url")).toString())
                .contains("instance 'not a url' is not a URL (Illegal character in path): write the server's root URL");
        assertThat(problems(Map.of("delay", "soon")).toString()).contains("delay: 'soon' is not a duration");
        assertThat(problems(Map.of("access-token", "abc")).toString()).contains("access-token: unknown key");
    }

    @Test
    void theShippedConfigurationFileIsValidAndDocumentsEveryKey() throws Exception {
        Path file = Path.of("../../config/plugins/mastodon-connector.yaml");
        Map<String, Object> raw = new Yaml().load(Files.readString(file));

        assertThat(problems(raw)).isEmpty();
        assertThat(raw).containsOnlyKeys("instance", "delay", "user-agent", "timeout", "limit", "max-pages-per-poll");
        String text = Files.readString(file);
        assertThat(text).contains("# access-token-env: MASTODON_ACCESS_TOKEN");
        for (ConfigOption option : provider.configuration()) {
            if (option.defaultValue() != null) {
                assertThat(String.valueOf(raw.get(option.name()))).as(option.name()).isEqualTo(option.defaultValue());
            }
        }
    }

    @Test
    void theComponentGetsTheRepositoryDataDirectoryClockAndTheTokenFromTheNamedVariable() {
        TestPluginContext context = context(Map.of("access-token-env", "MY_TOKEN", "instance", "https://fosstodon.org",
                "delay", "2m", "max-pages-per-poll", 3));
        MastodonConnectorProvider withEnvironment = new MastodonConnectorProvider(name -> name.equals("MY_TOKEN") ? " t0k " : null);

        Map<String, org.apache.camel.Component> components = withEnvironment.components(context);

        assertThat(components).containsOnlyKeys("mastodon");
        MastodonComponent component = (MastodonComponent) components.get("mastodon");
        assertThat(component.getIdempotentRepository()).isSameAs(context.idempotentRepository("mastodon-statuses"));
        assertThat(component.getDataDirectory()).isEqualTo(context.dataDirectory());
        assertThat(component.getClock()).isSameAs(context.clock());
        assertThat(component.getAccessToken()).isEqualTo("t0k");
        assertThat(component.getInstance()).isEqualTo("https://fosstodon.org");
        assertThat(component.getDelay()).isEqualTo(120_000);
        assertThat(component.getMaxPagesPerPoll()).isEqualTo(3);
        context.close();
    }

    @Test
    void isAPf4jExtensionListedInTheIndex() throws Exception {
        assertThat(MastodonConnectorProvider.class.isAnnotationPresent(Extension.class)).isTrue();
        StringBuilder indexes = new StringBuilder();
        for (java.net.URL index : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
            try (InputStream in = index.openStream()) {
                indexes.append(new String(in.readAllBytes()));
            }
        }
        assertThat(indexes.toString()).contains(MastodonConnectorProvider.class.getName());
    }

    @Test
    void theDescriptorNamesThePluginAndItsSdk() throws Exception {
        Properties descriptor = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/plugin.properties")) {
            descriptor.load(in);
        }

        assertThat(descriptor.getProperty("plugin.id")).isEqualTo("mastodon-connector");
        assertThat(descriptor.getProperty("plugin.class")).isEqualTo(MastodonConnectorPlugin.class.getName());
        assertThat(descriptor.getProperty("plugin.version")).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(descriptor.getProperty("plugin.description")).isNotBlank();
        assertThat(SdkCompatibility.check(descriptor.getProperty("plugin.requires"))).isEmpty();
    }

    @Test
    void theMastodonSourceTemplateReadsATimelineIntoTheSinkWithTheConfiguredDefaults() throws Exception {
        RouteTemplateSpec spec = provider.routeTemplates().get(0);
        assertThat(spec.id()).isEqualTo("mastodon-source");
        assertThat(spec.parameters()).extracting(ConfigOption::name).containsExactly("source", "instance", "delay", "sink");
        assertThat(spec.parameters()).allSatisfy(p -> assertThat(p.description()).isNotBlank());
        assertThat(spec.parameters()).filteredOn(ConfigOption::required).extracting(ConfigOption::name)
                .containsExactly("source", "sink");
        TestStatuses statuses = new TestStatuses(wireMock.baseUrl());
        wireMock.stubFor(get(urlPathEqualTo("/api/v1/timelines/tag/crm")).willReturn(com.github.tomakehurst.wiremock.client.WireMock
                .okJson(TestStatuses.page(statuses.status("2"), statuses.status("1")))));

        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addComponent(MastodonConstants.SCHEME, provider.component(context(Map.of("instance", wireMock.baseUrl(),
                    "delay", "7m"))));
            PluginHelper.getRoutesLoader(camel).loadRoutes(
                    PluginHelper.getResourceLoader(camel).resolveResource("classpath:" + spec.resource()));
            camel.start();

            camel.addRouteFromTemplate("crm-hashtag", spec.id(), Map.of("source", "tag:crm", "sink", "mock:sink"));
            camel.addRouteFromTemplate("crm-hashtag-slow", spec.id(), Map.of("source", "tag:crm", "sink", "mock:slow",
                    "instance", wireMock.baseUrl(), "delay", "1h"));
            MockEndpoint sink = camel.getEndpoint("mock:sink", MockEndpoint.class);
            sink.expectedMessageCount(2);

            sink.assertIsSatisfied(10_000);
            assertThat(sink.getReceivedExchanges().get(0).getMessage().getBody()).isInstanceOf(Document.class);
            MastodonEndpoint configured = (MastodonEndpoint) camel.getRoute("crm-hashtag").getEndpoint();
            assertThat(configured.getDelay()).isEqualTo(7 * 60_000);
            assertThat(configured.getInstance()).isEqualTo(wireMock.baseUrl());
            assertThat(((MastodonEndpoint) camel.getRoute("crm-hashtag-slow").getEndpoint()).getDelay()).isEqualTo(3_600_000);
        }
    }

    @Test
    void theConnectionCheckAsksTheInstanceAndNeverShowsTheToken() {
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/instance"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer tok-secret"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"domain\":\"localhost\","
                        + "\"title\":\"Test social\",\"version\":\"4.3.2\",\"source_url\":\"https://github.com/mastodon/mastodon\"}")));
        MastodonConnectorProvider withToken = new MastodonConnectorProvider(name -> "tok-secret");

        ConnectionStatus up = withToken.checkConnection(context(Map.of("instance", wireMock.baseUrl(),
                "access-token-env", "MASTODON_ACCESS_TOKEN")));
        assertThat(up.state()).isEqualTo(ConnectionStatus.State.UP);
        assertThat(up.message()).isEqualTo("mastodon instance " + wireMock.baseUrl()
                + " answers: Test social, Mastodon 4.3.2, with access token");

        wireMock.stubFor(get(urlPathEqualTo("/api/v2/instance")).willReturn(com.github.tomakehurst.wiremock.client.WireMock
                .aResponse().withStatus(502).withBody("Bad gateway for Bearer tok-secret")));
        ConnectionStatus down = withToken.checkConnection(context(Map.of("instance", wireMock.baseUrl(),
                "access-token-env", "MASTODON_ACCESS_TOKEN")));
        assertThat(down.state()).isEqualTo(ConnectionStatus.State.DOWN);
        assertThat(down.message()).contains("GET /api/v2/instance: answered HTTP 502").contains("Bearer ***")
                .doesNotContain("tok-secret");
    }
}
