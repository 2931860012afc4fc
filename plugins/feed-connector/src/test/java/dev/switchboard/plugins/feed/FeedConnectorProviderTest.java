package dev.switchboard.plugins.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dev.switchboard.sdk.compat.SdkCompatibility;
import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.config.ConfigProblem;
import dev.switchboard.sdk.config.ConfigType;
import dev.switchboard.sdk.config.ConfigValidator;
import dev.switchboard.sdk.connector.RouteTemplateSpec;
import dev.switchboard.sdk.model.Document;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.Extension;

class FeedConnectorProviderTest {

    private final FeedConnectorProvider provider = new FeedConnectorProvider();

    @Test
    void declaresItsConfigurationWithDefaultsAndDescriptions() {
        assertThat(provider.id()).isEqualTo("feed");
        assertThat(provider.configuration()).extracting(ConfigOption::name).contains("user-agent", "timeout",
                "max-entries-per-poll", "delay", "max-feed-size", "source-kind", "base-dir");
        assertThat(provider.configuration()).allSatisfy(option -> assertThat(option.description()).isNotBlank());
        assertThat(provider.configuration()).filteredOn(o -> o.name().equals("timeout")).singleElement()
                .satisfies(o -> assertThat(o.type()).isEqualTo(ConfigType.DURATION))
                .satisfies(o -> assertThat(o.defaultValue()).isEqualTo("30s"));

        ConfigValidator.Result defaults = ConfigValidator.validate(provider.configuration(), Map.of(), Map.of());
        assertThat(defaults.problems()).isEmpty();
        assertThat(defaults.config().string("user-agent")).contains("Switchboard feed connector");
        assertThat(defaults.config().integer("max-entries-per-poll")).contains(100);
        assertThat(defaults.config().duration("timeout")).contains(Duration.ofSeconds(30));
    }

    @Test
    void theDemoConfigurationFileIsValid() throws Exception {
        Path file = Path.of("../../config/plugins/feed-connector.yaml");
        Map<String, Object> raw = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String text = line.strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                String[] keyValue = text.split(":", 2);
                raw.put(keyValue[0].strip(), keyValue[1].strip().replaceAll("^\"|\"$", ""));
            }
        }

        ConfigValidator.Result result = ConfigValidator.validate(provider.configuration(), raw, Map.of());

        assertThat(result.problems()).isEmpty();
        assertThat(raw).containsKeys("user-agent", "timeout", "max-entries-per-poll");
    }

    @Test
    void validateReportsEveryOutOfRangeValue() {
        List<ConfigProblem> problems = provider.validate(Map.of("max-entries-per-poll", 0, "timeout", Duration.ZERO,
                "delay", Duration.ofMillis(10), "max-feed-size", 10L));

        assertThat(problems).extracting(ConfigProblem::key)
                .containsExactlyInAnyOrder("max-entries-per-poll", "timeout", "delay", "max-feed-size");
        assertThat(provider.validate(Map.of("max-entries-per-poll", 5, "timeout", Duration.ofSeconds(5)))).isEmpty();
    }

    @Test
    void contributesTheNewsfeedComponentBackedByTheFeedEntriesRepository() {
        TestPluginContext context = TestPluginContext.inMemory();

        Map<String, org.apache.camel.Component> components = provider.components(context);

        assertThat(components).containsOnlyKeys("newsfeed");
        FeedComponent component = (FeedComponent) components.get("newsfeed");
        assertThat(component.getIdempotentRepository()).isSameAs(context.repository("feed-entries"));
    }

    @Test
    void isAPf4jExtensionListedInTheIndex() throws Exception {
        assertThat(FeedConnectorProvider.class.isAnnotationPresent(Extension.class)).isTrue();
        // target/classes' index; the test classes get an empty one of their own
        StringBuilder indexes = new StringBuilder();
        for (java.net.URL index : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
            try (InputStream in = index.openStream()) {
                indexes.append(new String(in.readAllBytes()));
            }
        }
        assertThat(indexes.toString()).contains(FeedConnectorProvider.class.getName());
    }

    @Test
    void theDescriptorNamesThePluginAndItsSdk() throws Exception {
        Properties descriptor = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/plugin.properties")) {
            descriptor.load(in);
        }

        assertThat(descriptor.getProperty("plugin.id")).isEqualTo("feed-connector");
        assertThat(descriptor.getProperty("plugin.class")).isEqualTo(FeedConnectorPlugin.class.getName());
        assertThat(descriptor.getProperty("plugin.version")).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(descriptor.getProperty("plugin.provider")).isEqualTo("Switchboard");
        assertThat(descriptor.getProperty("plugin.description")).isNotBlank();
        assertThat(SdkCompatibility.check(descriptor.getProperty("plugin.requires"))).isEmpty();
    }

    @Test
    void theFeedSourceTemplateReadsAFeedIntoTheSink(@TempDir Path dir) throws Exception {
        RouteTemplateSpec spec = provider.routeTemplates().get(0);
        assertThat(spec.id()).isEqualTo("feed-source");
        assertThat(spec.parameters()).extracting(ConfigOption::name).containsExactly("feedUri", "delay", "sink");
        assertThat(spec.parameters()).allSatisfy(p -> assertThat(p.description()).isNotBlank());
        Path feed = dir.resolve("news.xml");
        Files.write(feed, TestFeeds.resource("rss2.xml"));

        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent(FeedConstants.SCHEME, provider.component(TestPluginContext.inMemory()));
            PluginHelper.getRoutesLoader(camel).loadRoutes(
                    PluginHelper.getResourceLoader(camel).resolveResource("classpath:" + spec.resource()));
            camel.start();

            camel.addRouteFromTemplate("company-news", spec.id(),
                    Map.of("feedUri", "file:" + feed, "delay", "1h", "sink", "mock:sink"));
            MockEndpoint sink = camel.getEndpoint("mock:sink", MockEndpoint.class);
            sink.expectedMessageCount(3);

            sink.assertIsSatisfied(10_000);
            assertThat(sink.getReceivedExchanges().get(0).getMessage().getBody()).isInstanceOf(Document.class);
            assertThat(((FeedEndpoint) camel.getRoute("company-news").getEndpoint()).getDelay()).isEqualTo(3_600_000);
        }
    }
}
