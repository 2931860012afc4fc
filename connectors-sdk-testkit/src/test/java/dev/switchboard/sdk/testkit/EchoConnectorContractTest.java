package dev.switchboard.sdk.testkit;

import java.nio.file.Path;
import java.util.Map;

import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.connector.ConnectorProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

/** A connector loaded from a built zip passes the connector contract. */
class EchoConnectorContractTest extends ConnectorProviderContract {

    private static final Map<String, Object> CONFIG = Map.of("greeting", "Hello",
            "api-token", "${SWITCHBOARD_TESTKIT_SECRET}");

    @TempDir
    static Path directory;

    private PluginHarness harness;

    @Override
    protected ConnectorProvider provider() {
        harness = PluginHarness.builder(TestPlugins.echoZip(directory)).config(CONFIG).environment(environment()).build();
        return harness.extension(ConnectorProvider.class);
    }

    @Override
    protected PluginContext context() {
        return harness.context();
    }

    @AfterAll
    void close() {
        harness.close();
    }
}
