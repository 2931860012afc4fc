package com.example.hiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.model.Document;
import dev.switchboard.sdk.testkit.PluginArchiveAssertions;
import dev.switchboard.sdk.testkit.PluginHarness;
import dev.switchboard.sdk.testkit.TriggerDetectorContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The SDK's detector contract, run against the built zip loaded the way the hub loads it. Runs in
 * the integration-test phase, after the zip is packaged; {@code plugin.archive} is set by failsafe.
 */
class ExampleHiringDetectorIT extends TriggerDetectorContract {

    private static final Path ARCHIVE = Path.of(System.getProperty("plugin.archive",
            "target/hiring-example-plugin-1.0.0-SNAPSHOT.zip"));

    private PluginHarness harness;

    @Override
    protected TriggerDetector detector() {
        harness = PluginHarness.load(ARCHIVE);
        return harness.extension(TriggerDetector.class);
    }

    @Override
    protected List<Document> positiveExamples() {
        return List.of(document("Acme Corp is hiring twenty engineers in Prague.", "en"),
                document("Globex is recruiting sales staff for its new office.", "en"));
    }

    @Test
    void archiveFitsTheHub() {
        assertEquals("hiring-example", PluginArchiveAssertions.assertFitsHub(ARCHIVE).id());
    }

    @AfterAll
    void closeHarness() {
        harness.close();
    }
}
