package dev.switchboard.sdk.testkit;

import java.nio.file.Path;

import com.example.testplugins.echo.EchoConnector;
import com.example.testplugins.echo.EchoPlugin;
import com.example.testplugins.hiring.HiringPlugin;
import com.example.testplugins.hiring.KeywordHiringDetector;
import com.example.testplugins.throwing.ThrowingPlugin;
import com.example.testplugins.throwing.ThrowsOnEmptyTextDetector;

/** The test plugins, as archives. */
final class TestPlugins {

    private TestPlugins() {
    }

    static TestArchives hiring(String requires) {
        return TestArchives.plugin("hiring-test", HiringPlugin.class, requires).extensions(KeywordHiringDetector.class);
    }

    static Path hiringZip(Path directory) {
        return hiring("1.0.0").writeZip(directory.resolve("hiring-test-1.0.0.zip"));
    }

    static Path throwingZip(Path directory) {
        return TestArchives.plugin("throwing-test", ThrowingPlugin.class, "1.0.0")
                .extensions(ThrowsOnEmptyTextDetector.class).writeZip(directory.resolve("throwing-test-1.0.0.zip"));
    }

    static Path echoZip(Path directory) {
        return TestArchives.plugin("echo-test", EchoPlugin.class, "1.0.0").extensions(EchoConnector.class)
                .resource("templates/echo-source.yaml", "/com/example/testplugins/echo/templates/echo-source.yaml")
                .writeZip(directory.resolve("echo-test-1.0.0.zip"));
    }
}
