package dev.switchboard.plugins.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.sdk.compat.BundledClasses;
import dev.switchboard.sdk.connector.ConnectorProvider;
import dev.switchboard.sdk.model.Document;
import dev.switchboard.sdk.testkit.PluginHarness;
import dev.switchboard.sdk.testkit.PluginRefusedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The built plugin archive (after {@code package}): its layout, and loaded the way the hub loads it, polling WireMock. */
class PluginZipIT {

    private static final String TAG_PATH = "/api/v1/timelines/tag/crm";

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path state;
    private final Path zip = Path.of(System.getProperty("plugin.zip", "target/mastodon-connector.zip"));

    private List<String> entries() throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return Collections.list(file.entries()).stream().map(e -> e.getName()).toList();
        }
    }

    @Test
    void hasThePf4jLayoutWithJacksonAndNoHostClasses() throws Exception {
        List<String> entries = entries();

        assertThat(entries).contains("plugin.properties", "classes/META-INF/extensions.idx",
                "classes/templates/mastodon-source.yaml",
                "classes/dev/switchboard/plugins/mastodon/MastodonConnectorProvider.class");
        assertThat(entries).anyMatch(e -> e.matches("lib/jackson-databind-2\\..*\\.jar"))
                .anyMatch(e -> e.matches("lib/jackson-core-2\\..*\\.jar"));
        assertThat(entries).noneMatch(e -> e.startsWith("lib/slf4j") || e.startsWith("lib/camel") || e.startsWith("lib/pf4j")
                || e.startsWith("lib/connectors-sdk") || e.startsWith("lib/wiremock") || e.equals("classes/plugin.properties"));
        assertThat(BundledClasses.find(zip)).isEmpty();
        assertThat(zip.getParent().resolve("../../target/dist").resolve(zip.getFileName())).exists();
    }

    @Test
    void theHarnessLoadsThePluginAndAMastodonRoutePollsTheInstanceAcrossARestart() throws Exception {
        TestStatuses statuses = new TestStatuses(wireMock.baseUrl());
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).withQueryParam("since_id", absent())
                .willReturn(okJson(TestStatuses.page(statuses.status("12").by("bob", "example.org"), statuses.status("11")))));
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).withQueryParam("since_id", equalTo("12")).willReturn(okJson("[]")));
        Map<String, String> config = Map.of("instance", wireMock.baseUrl(), "delay", "1s", "user-agent", "IT agent");

        try (PluginHarness harness = PluginHarness.builder(zip).config(config).stateDirectory(state).build()) {
            assertThat(harness.pluginId()).isEqualTo("mastodon-connector");
            assertThat(harness.extension(ConnectorProvider.class).id()).isEqualTo("mastodon");
            MockEndpoint out = route(harness);
            out.expectedMessageCount(2);
            out.assertIsSatisfied(10_000);

            Document newest = out.getReceivedExchanges().get(1).getMessage().getBody(Document.class);
            assertThat(newest.id()).isEqualTo("mastodon:localhost:12");
            assertThat(newest.metadata()).containsEntry("account", "@bob@example.org");
            // counted once the exchange has completed, just after the mock got it
            await().atMost(Duration.ofSeconds(10)).until(() -> harness.metrics().total("mastodon.statuses") == 2);
            await().atMost(Duration.ofSeconds(10)).until(() -> requests("12") > 0);
        }
        assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo(TAG_PATH)).withHeader("User-Agent", equalTo("IT agent"))))
                .isNotEmpty();

        int before = requests("12");
        try (PluginHarness restarted = PluginHarness.builder(zip).config(config).stateDirectory(state).build()) {
            MockEndpoint out = route(restarted);
            await().atMost(Duration.ofSeconds(10)).until(() -> requests("12") > before + 1);
            assertThat(out.getReceivedCounter()).isZero();
        }
    }

    @Test
    void theShippedConfigurationFileLoads() {
        try (PluginHarness harness = PluginHarness.builder(zip)
                .configFile(Path.of("../../config/plugins/mastodon-connector.yaml")).stateDirectory(state).build()) {
            assertThat(harness.camelContext().getRouteTemplateDefinition("mastodon-source")).isNotNull();
            assertThat(harness.camelContext().getComponent("mastodon")).isNotNull();
        }
    }

    @Test
    void aBadConfigurationIsRefusedNamingEveryKey() throws Exception {
        Path file = Files.writeString(state.resolve("mastodon-connector.yaml"),
                "instance: ftp://mastodon.social\ndelay: 10ms\naccess-token: abc\n");

        assertThatThrownBy(() -> PluginHarness.builder(zip).configFile(file).build())
                .isInstanceOf(PluginRefusedException.class)
                .satisfies(e -> assertThat(((PluginRefusedException) e).problems()).anyMatch(p -> p.contains("access-token"))
                        .anyMatch(p -> p.contains("instance")).anyMatch(p -> p.contains("delay")));
    }

    private int requests(String sinceId) {
        return wireMock.findAll(getRequestedFor(urlPathEqualTo(TAG_PATH)).withQueryParam("since_id", equalTo(sinceId))).size();
    }

    private static MockEndpoint route(PluginHarness harness) throws Exception {
        harness.camelContext().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("mastodon:tag:crm?initialDelay=0&delay=20").routeId("crm-hashtag").to("mock:out");
            }
        });
        return harness.camelContext().getEndpoint("mock:out", MockEndpoint.class);
    }
}
