package dev.switchboard.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.SdkVersion;
import dev.switchboard.sdk.connector.ConnectorProvider;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.model.Document;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginState;

class PluginHarnessTest {

    private static final Map<String, String> ENV = Map.of("ECHO_TOKEN", "s3cret");
    private static final Map<String, Object> ECHO_CONFIG = Map.of("greeting", "Hello", "api-token", "${ECHO_TOKEN}");

    @TempDir
    Path dir;

    @Test
    void loadsADetectorPluginFromAZipAndCreatesEachExtensionOnce() {
        try (PluginHarness harness = PluginHarness.load(TestPlugins.hiringZip(dir))) {
            assertEquals("hiring-test", harness.pluginId());
            assertEquals(PluginState.STARTED, harness.pluginWrapper().getPluginState());
            TriggerDetector detector = harness.extension(TriggerDetector.class);
            assertSame(detector, harness.extension(TriggerDetector.class));
            assertSame(harness.pluginWrapper().getPluginClassLoader(), detector.getClass().getClassLoader(),
                    "the detector comes from the plugin's class loader, not the test's");
            assertEquals(1, detector.detect(new Document("1", "Acme is hiring.", "en", "news", null, null, null)).size());
            assertEquals(List.of(), harness.extensions(ConnectorProvider.class));
        }
    }

    @Test
    void loadsAPluginDirectory() {
        Path plugin = TestPlugins.hiring("1.0.0").writeDirectory(dir.resolve("hiring-test"));
        try (PluginHarness harness = PluginHarness.load(plugin)) {
            assertEquals("hiring-keywords", harness.extension(TriggerDetector.class).id());
        }
    }

    @Test
    void refusesAPluginBuiltForANewerSdk() {
        Path plugin = TestPlugins.hiring("1.1.0").writeZip(dir.resolve("newer.zip"));
        PluginRefusedException refused = assertThrows(PluginRefusedException.class, () -> PluginHarness.load(plugin));
        assertTrue(refused.getMessage().contains("plugin hiring-test is refused: the plugin needs SDK 1.1.0 but the hub has SDK "
                + SdkVersion.CURRENT + " (older): upgrade the hub"), refused.getMessage());
    }

    @Test
    void refusesAPluginOfAnotherMajorVersion() {
        Path plugin = TestPlugins.hiring("2.0.0").writeZip(dir.resolve("major.zip"));
        PluginRefusedException refused = assertThrows(PluginRefusedException.class, () -> PluginHarness.load(plugin));
        assertTrue(refused.getMessage().contains("(a different major version)"), refused.getMessage());
    }

    @Test
    void refusesAPluginThatBundlesSdkCamelOrPf4jClasses() {
        Path plugin = TestPlugins.hiring("1.0.0").bundleClass(SdkVersion.class)
                .libraryJar("camel-api-copy.jar", org.apache.camel.CamelContext.class)
                .writeZip(dir.resolve("bundling.zip"));
        PluginRefusedException refused = assertThrows(PluginRefusedException.class, () -> PluginHarness.load(plugin));
        assertTrue(refused.getMessage().startsWith("plugin hiring-test is refused: it bundles classes the hub provides"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("<scope>provided</scope>"), refused.getMessage());
        assertEquals(List.of("dev.switchboard.sdk.* in bundling.zip", "org.apache.camel.* in bundling.zip!/lib/camel-api-copy.jar"),
                refused.problems());
    }

    @Test
    void refusesABadConfigurationReportingEveryProblemTogether() {
        Path plugin = TestPlugins.echoZip(dir);
        PluginRefusedException refused = assertThrows(PluginRefusedException.class, () -> PluginHarness.builder(plugin)
                .config(Map.of("max-items", "ten", "poll-interval", "soon", "api-token", "written-here", "colour", "red"))
                .environment(ENV).build());
        assertTrue(refused.getMessage().startsWith("plugin echo-test is refused: its configuration (the test's configuration) "
                + "has 5 problems"), refused.getMessage());
        assertEquals(List.of("greeting", "max-items", "poll-interval", "api-token", "colour"),
                refused.problems().stream().map(p -> p.substring(0, p.indexOf(':'))).toList(), refused.getMessage());
    }

    @Test
    void runsTheConnectorsOwnValidationAfterTheTypeChecks() {
        Path plugin = TestPlugins.echoZip(dir);
        PluginRefusedException refused = assertThrows(PluginRefusedException.class, () -> PluginHarness.builder(plugin)
                .config(Map.of("greeting", "Hi", "api-token", "${ECHO_TOKEN}", "max-items", 0)).environment(ENV).build());
        assertEquals(List.of("max-items: must be positive"), refused.problems());
    }

    @Test
    void readsTheConfigurationFromAYamlFile() throws Exception {
        Path file = Files.writeString(dir.resolve("echo-test.yaml"), "greeting: Ahoj\napi-token: ${ECHO_TOKEN}\npoll-interval: 30s\n");
        try (PluginHarness harness = PluginHarness.builder(TestPlugins.echoZip(dir)).configFile(file).environment(ENV).build()) {
            assertEquals("Ahoj", harness.context().config().string("greeting").orElseThrow());
            assertEquals(Duration.ofSeconds(30), harness.context().config().duration("poll-interval").orElseThrow());
            assertEquals("{greeting=Ahoj, max-items=10, poll-interval=PT30S, endpoint=https://echo.example/, verbose=false, "
                    + "api-token=***}", harness.context().config().toString());
        }
    }

    @Test
    void aYamlSyntaxErrorNamesTheFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.yaml"), "greeting: Ahoj\n  api-token: [\n");
        PluginRefusedException refused = assertThrows(PluginRefusedException.class,
                () -> PluginHarness.builder(TestPlugins.echoZip(dir)).configFile(file).build());
        assertTrue(refused.getMessage().startsWith(file + " line 2"), refused.getMessage());
    }

    @Test
    void registersComponentsAndRouteTemplatesOnTheCamelContext() throws Exception {
        try (PluginHarness harness = PluginHarness.builder(TestPlugins.echoZip(dir)).config(ECHO_CONFIG).environment(ENV).build()) {
            assertNotNull(harness.camelContext().hasComponent("echo"));
            assertNotNull(harness.camelContext().getRouteTemplateDefinition("echo-source"));
            harness.camelContext().addRouteFromTemplate("echo-in", "echo-source", Map.of("name", "in"));
            MockEndpoint echoed = harness.camelContext().getEndpoint("mock:echoed", MockEndpoint.class);
            echoed.expectedBodiesReceived("Hello world");

            harness.clock().set(Instant.parse("2025-06-01T12:00:00Z"));
            ProducerTemplate producer = harness.camelContext().createProducerTemplate();
            producer.sendBody("direct:in", "world");

            echoed.assertIsSatisfied();
            Exchange exchange = echoed.getExchanges().get(0);
            assertEquals("2025-06-01T12:00:00Z", exchange.getMessage().getHeader("at"));
            assertEquals(1, harness.metrics().count("echo.messages", "endpoint", "echo://reply"));
            assertEquals(1, harness.metrics().total("echo.messages"));
        }
    }

    @Test
    void idempotentRepositoriesSurviveARestartOnTheSameStateDirectory() {
        Path plugin = TestPlugins.echoZip(dir);
        Path state = dir.resolve("state");
        try (PluginHarness first = PluginHarness.builder(plugin).config(ECHO_CONFIG).environment(ENV).stateDirectory(state).build()) {
            assertTrue(first.context().idempotentRepository("seen").add("entry-1"));
            assertFalse(first.context().idempotentRepository("seen").add("entry-1"));
            assertTrue(Files.isDirectory(first.context().dataDirectory()));
        }
        try (PluginHarness second = PluginHarness.builder(plugin).config(ECHO_CONFIG).environment(ENV).stateDirectory(state).build()) {
            assertTrue(second.context().idempotentRepository("seen").contains("entry-1"), "forgotten across a restart");
            assertTrue(second.context().idempotentRepository("seen").add("entry-2"));
        }
    }

    @Test
    void closingDeletesTheTemporaryStateDirectory() {
        Path state;
        try (PluginHarness harness = PluginHarness.load(TestPlugins.hiringZip(dir))) {
            state = harness.context().dataDirectory().getParent();
            assertTrue(Files.isDirectory(state));
        }
        assertFalse(Files.exists(state));
    }

    @Test
    void refusesAPluginWithoutAnExtensionIndex() {
        // the test class path has an index listing these classes: the hub's has not
        Path plugin = TestArchives.plugin("no-index-test", com.example.testplugins.hiring.HiringPlugin.class, "1.0.0")
                .writeZip(dir.resolve("no-index.zip"));
        PluginRefusedException refused = assertThrows(PluginRefusedException.class, () -> PluginHarness.load(plugin));
        assertTrue(refused.getMessage().startsWith("plugin no-index-test is refused: it has no META-INF/extensions.idx"),
                refused.getMessage());
    }

    @Test
    void refusesAPluginWithNoExtensions() {
        Path plugin = TestArchives.plugin("empty-test", com.example.testplugins.hiring.HiringPlugin.class, "1.0.0")
                .extensions().writeZip(dir.resolve("empty.zip"));
        PluginRefusedException refused = assertThrows(PluginRefusedException.class, () -> PluginHarness.load(plugin));
        assertTrue(refused.getMessage().contains("has no TriggerDetector, ConnectorProvider or FieldTransform extension"),
                refused.getMessage());
    }

    @Test
    void aMissingArchiveSaysToBuildItFirst() {
        PluginRefusedException refused = assertThrows(PluginRefusedException.class,
                () -> PluginHarness.load(dir.resolve("nothing.zip")));
        assertTrue(refused.getMessage().contains("build it first"), refused.getMessage());
    }
}
