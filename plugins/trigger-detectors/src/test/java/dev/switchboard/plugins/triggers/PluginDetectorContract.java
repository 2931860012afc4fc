package dev.switchboard.plugins.triggers;

import java.nio.file.Path;
import java.util.List;

import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.model.Document;
import dev.switchboard.sdk.testkit.PluginHarness;
import dev.switchboard.sdk.testkit.TriggerDetectorContract;
import org.junit.jupiter.api.AfterAll;

/** The SDK's detector contract for one detector of the BUILT plugin zip, loaded through the testkit's harness. */
abstract class PluginDetectorContract extends TriggerDetectorContract {

    private PluginHarness harness;

    /** The detector's id. */
    abstract String detectorId();

    @Override
    protected TriggerDetector detector() {
        harness = PluginHarness.load(Path.of(System.getProperty("plugin.zip", "target/trigger-detectors.zip")));
        return harness.extensions(TriggerDetector.class).stream().filter(d -> d.id().equals(detectorId())).findFirst()
                .orElseThrow(() -> new AssertionError("the plugin has no detector " + detectorId()));
    }

    @Override
    protected abstract List<Document> positiveExamples();

    @AfterAll
    void close() {
        if (harness != null) {
            harness.close();
        }
    }
}
