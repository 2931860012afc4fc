package dev.switchboard.hub.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.switchboard.hub.TestHome;
import dev.switchboard.sdk.SdkVersion;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.model.Document;
import dev.switchboard.testplugins.configured.ConfiguredDetector;
import dev.switchboard.testplugins.failing.FailingPlugin;
import dev.switchboard.testplugins.greet.GreetConnector;
import dev.switchboard.testplugins.hanging.HangingDetector;
import dev.switchboard.testplugins.hello.HelloDetector;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.model.Model;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Plugins found in the plugins directory at start: loaded, refused or failed with reasons, and the
 * hub healthy (DEGRADED) throughout; detectors under a time limit; a connector's component used by
 * a route file follows its plugin's state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PluginPlatformTest {

    private static Path home;

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private Detectors detectors;

    @Autowired
    private HubPluginManager manager;

    @Autowired
    private ProducerTemplate producer;

    @Autowired
    private CamelContext camelContext;

    private PluginHttp http;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        home = TestHome.register(registry);
        registry.add("switchboard.plugins.detector-timeout", () -> "300ms");
        registry.add("switchboard.plugins.detector-suspend-after", () -> "3");
        Path plugins = home.resolve("plugins");
        TestPluginArchive.plugin("hello").extension(HelloDetector.class).writeTo(plugins, "hello.zip");
        TestPluginArchive.plugin("hello").version("2.0.0").extension(HelloDetector.class)
                .writeTo(plugins, "zz-hello-copy.zip");
        TestPluginArchive.plugin("future").requires("1.5.0").extension(HelloDetector.class)
                .writeTo(plugins, "future.zip");
        TestPluginArchive.plugin("bundler").extension(HelloDetector.class).bundle(SdkVersion.class)
                .writeTo(plugins, "bundler.zip");
        TestPluginArchive.plugin("failing").pluginClass(FailingPlugin.class).writeTo(plugins, "failing.zip");
        TestPluginArchive.plugin("hanging").extension(HangingDetector.class).writeTo(plugins, "hanging.zip");
        TestPluginArchive.plugin("configured").extension(ConfiguredDetector.class).writeTo(plugins, "configured.zip");
        TestPluginArchive.greet("greet").writeTo(plugins, "greet.zip");
        TestPluginArchive.plugin("plain-jar").extension(HelloDetector.class).writeJarTo(plugins, "plain.jar");
        TestPluginArchive.plugin("unpacked").extension(HelloDetector.class).writeDirectoryTo(plugins, "unpacked");
        TestPluginArchive.writeRaw(plugins, "corrupt.zip", "this is not a zip".getBytes(StandardCharsets.UTF_8));
        write(home.resolve("config/plugins/configured.yaml"), """
                batch-size: lots
                poll-interval: soon
                api-token: ${SWITCHBOARD_TEST_UNSET_TOKEN}
                colour: blue
                """);
        write(home.resolve("routes/greet-route.camel.yaml"), """
                - route:
                    id: greet-route
                    from:
                      uri: direct:greet
                      steps:
                        - to: greet:world
                """);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void client() {
        http = new PluginHttp(rest);
    }

    @Test
    void wellBehavedDetectorPluginLoadsAndItsDetectorRuns() {
        Map<String, Object> hello = http.pluginByArchive("hello.zip");
        assertThat(hello).containsEntry("state", "STARTED").containsEntry("version", "1.0.0")
                .containsEntry("requires", "1.0.0").containsEntry("provider", "Switchboard tests");
        assertThat((String) hello.get("sha256")).matches("[0-9a-f]{64}");
        assertThat(hello.get("extensions")).isEqualTo(List.of(Map.of("kind", "detector", "id", "hello-hiring",
                "class", HelloDetector.class.getName(), "suspended", false, "failures", 0)));

        List<DetectorResult> results = detectors.detect(document("We are hiring engineers"));
        DetectorResult result = results.stream().filter(r -> r.pluginId().equals("hello")).findFirst().orElseThrow();
        assertThat(result.outcome()).isEqualTo(DetectorResult.Outcome.OK);
        assertThat(result.detectorId()).isEqualTo("hello-hiring");
        assertThat(result.detections()).singleElement().satisfies(d -> assertThat(d.evidenceStart()).isEqualTo(7));
    }

    @Test
    void plainJarAndDirectoryPluginsLoadToo() {
        assertThat(http.pluginByArchive("plain.jar")).containsEntry("id", "plain-jar").containsEntry("state", "STARTED");
        assertThat(http.pluginByArchive("unpacked")).containsEntry("id", "unpacked").containsEntry("state", "STARTED");
        assertThat(detectors.detect(document("hiring")))
                .filteredOn(r -> r.pluginId().equals("plain-jar") || r.pluginId().equals("unpacked"))
                .extracting(DetectorResult::outcome).containsOnly(DetectorResult.Outcome.OK).hasSize(2);
    }

    @Test
    void pluginThatNeedsANewerSdkIsRefusedNamingBothVersions() {
        Map<String, Object> future = http.plugin("future");
        assertThat(future).containsEntry("state", "REFUSED");
        assertThat((String) future.get("lastError")).contains("1.5.0").contains(SdkVersion.CURRENT);
    }

    @Test
    void pluginThatBundlesSdkClassesIsRefusedNamingThem() {
        Map<String, Object> bundler = http.plugin("bundler");
        assertThat(bundler).containsEntry("state", "REFUSED");
        assertThat((String) bundler.get("lastError")).contains("bundles").contains("dev.switchboard.sdk.");
    }

    @Test
    void pluginWhoseStartThrowsIsFailedAndTheHubStaysUpDegraded() {
        Map<String, Object> failing = http.plugin("failing");
        assertThat(failing).containsEntry("state", "FAILED");
        assertThat((String) failing.get("lastError")).contains("cannot reach the mothership");

        var health = http.get("/actuator/health/plugins");
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getBody()).containsEntry("status", "DEGRADED");
        assertThat(health.getBody().toString()).contains("failing").contains("future").contains("corrupt.zip");
        assertThat(http.get("/actuator/health").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void configurationProblemsAreAllListedWithFileKeyAndLine() {
        Map<String, Object> configured = http.plugin("configured");
        assertThat(configured).containsEntry("state", "FAILED");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) configured.get("configurationProblems");
        assertThat(problems).extracting(p -> p.get("key"))
                .containsExactlyInAnyOrder("batch-size", "poll-interval", "api-token", "colour");
        assertThat(problems).allSatisfy(p -> assertThat(p.get("file")).isEqualTo("config/plugins/configured.yaml"));
        assertThat(problems).filteredOn(p -> "batch-size".equals(p.get("key"))).singleElement()
                .satisfies(p -> assertThat(p.get("line")).isEqualTo(1));
        assertThat(problems).filteredOn(p -> "api-token".equals(p.get("key"))).singleElement().satisfies(p -> {
            assertThat(p.get("line")).isEqualTo(3);
            assertThat((String) p.get("message")).contains("SWITCHBOARD_TEST_UNSET_TOKEN is not set");
        });
        assertThat(problems).filteredOn(p -> "colour".equals(p.get("key"))).singleElement()
                .satisfies(p -> assertThat(p.get("line")).isEqualTo(4));
    }

    @Test
    void secondArchiveWithTheSameIdIsRefusedWithTheReason() {
        Map<String, Object> copy = http.pluginByArchive("zz-hello-copy.zip");
        assertThat(copy).containsEntry("state", "REFUSED").containsEntry("id", "hello");
        assertThat((String) copy.get("lastError")).contains("already provided by hello.zip");
        assertThat(http.pluginByArchive("hello.zip")).containsEntry("state", "STARTED");
    }

    @Test
    void corruptArchiveIsRefusedWithTheReason() {
        Map<String, Object> corrupt = http.pluginByArchive("corrupt.zip");
        assertThat(corrupt).containsEntry("state", "REFUSED");
        assertThat((String) corrupt.get("lastError")).contains("cannot read corrupt.zip");
    }

    @Test
    void pluginSeesTheSdkButNeitherTheHubNorSpringNorOtherPlugins() throws Exception {
        ClassLoader loader = manager.getPlugin("hello").getPluginClassLoader();
        assertThat(loader.loadClass(TriggerDetector.class.getName())).isSameAs(TriggerDetector.class);
        assertThat(loader.loadClass(HelloDetector.class.getName())).isNotSameAs(HelloDetector.class);
        assertThatThrownBy(() -> loader.loadClass("dev.switchboard.hub.SwitchboardApplication"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> loader.loadClass("org.springframework.context.ApplicationContext"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> loader.loadClass(GreetConnector.class.getName()))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void hangingDetectorTimesOutIsCountedAndSuspendedUntilItsPluginRestarts() {
        for (int i = 1; i <= 3; i++) {
            assertThat(hanging(detectors.detect(document("call " + i))).outcome())
                    .isEqualTo(DetectorResult.Outcome.TIMED_OUT);
        }
        List<DetectorResult> afterwards = detectors.detect(document("call 4"));
        assertThat(hanging(afterwards).outcome()).isEqualTo(DetectorResult.Outcome.SKIPPED);
        assertThat(afterwards).filteredOn(r -> r.pluginId().equals("hello")).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(DetectorResult.Outcome.OK));
        assertThat(detectorOf("hanging")).containsEntry("suspended", true).containsEntry("failures", 3);

        http.post("/api/plugins/hanging/stop");
        http.post("/api/plugins/hanging/start");
        assertThat(detectorOf("hanging")).containsEntry("suspended", false).containsEntry("failures", 0);
    }

    @Test
    void connectorComponentServesARouteFileAndTheRouteFollowsThePlugin() {
        await().atMost(Duration.ofSeconds(10)).until(() -> "Started".equals(http.route("greet-route").get("status")));
        assertThat(producer.requestBody("direct:greet", "Ada", String.class)).isEqualTo("Hello, Ada");

        assertThat(http.post("/api/plugins/greet/stop").getBody()).containsEntry("state", "STOPPED");
        Map<String, Object> stopped = http.route("greet-route");
        assertThat(stopped).containsEntry("status", "Stopped");
        assertThat(stopped.get("lastError").toString()).contains("plugin greet is stopped");

        assertThat(http.post("/api/plugins/greet/start").getBody()).containsEntry("state", "STARTED");
        assertThat(http.route("greet-route")).containsEntry("status", "Started");
        assertThat(producer.requestBody("direct:greet", "Bob", String.class)).isEqualTo("Hello, Bob");

        assertThat(http.post("/api/plugins/greet/reload").getBody()).containsEntry("state", "STARTED");
        assertThat(http.route("greet-route")).containsEntry("status", "Started").containsEntry("lastError", null);
        assertThat(producer.requestBody("direct:greet", "Cy", String.class)).isEqualTo("Hello, Cy");
    }

    @Test
    void connectorRouteTemplateIsLoadedFromThePlugin() throws Exception {
        Model model = camelContext.getCamelContextExtension().getContextPlugin(Model.class);
        assertThat(model.getRouteTemplateDefinition("greet-template")).isNotNull();
        model.addRouteFromTemplate("from-template", "greet-template", Map.of("name", "templated"));
        assertThat(producer.requestBody("direct:templated", "Dee", String.class)).isEqualTo("Hello, Dee");
        camelContext.getRouteController().stopRoute("from-template");
        camelContext.removeRoute("from-template");
    }

    private Map<String, Object> detectorOf(String pluginId) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> extensions = (List<Map<String, Object>>) http.plugin(pluginId).get("extensions");
        return extensions.get(0);
    }

    private static DetectorResult hanging(List<DetectorResult> results) {
        return results.stream().filter(r -> r.pluginId().equals("hanging")).findFirst().orElseThrow();
    }

    private static Document document(String text) {
        return new Document("doc-" + text.hashCode(), text, "en", "news", null, null, Map.of());
    }
}
