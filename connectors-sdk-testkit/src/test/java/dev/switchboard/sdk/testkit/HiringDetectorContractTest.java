package dev.switchboard.sdk.testkit;

import java.nio.file.Path;
import java.util.List;

import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.model.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

/** A well-behaved detector, loaded from a built zip through the harness, passes the whole contract. */
class HiringDetectorContractTest extends TriggerDetectorContract {

    @TempDir
    static Path directory;

    private PluginHarness harness;

    @Override
    protected TriggerDetector detector() {
        harness = PluginHarness.load(TestPlugins.hiringZip(directory));
        return harness.extension(TriggerDetector.class);
    }

    @Override
    protected List<Document> positiveExamples() {
        return List.of(document("Acme Corp is hiring twenty engineers in Prague.", "en"),
                document("Globex is recruiting sales staff.", "en"));
    }

    @AfterAll
    void close() {
        harness.close();
    }
}
