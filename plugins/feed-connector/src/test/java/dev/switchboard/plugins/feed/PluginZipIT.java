package dev.switchboard.plugins.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;

import dev.switchboard.sdk.compat.BundledClasses;
import org.junit.jupiter.api.Test;

/** Checks the built plugin archive (runs after {@code package}). */
class PluginZipIT {

    private final Path zip = Path.of(System.getProperty("plugin.zip", "target/feed-connector.zip"));

    private List<String> entries() throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return Collections.list(file.entries()).stream().map(e -> e.getName()).toList();
        }
    }

    @Test
    void hasThePf4jLayout() throws Exception {
        List<String> entries = entries();

        assertThat(entries).contains("plugin.properties", "META-INF/extensions.idx".replace("META-INF", "classes/META-INF"),
                "classes/templates/feed-source.yaml", "classes/dev/switchboard/plugins/feed/FeedConnectorProvider.class");
        assertThat(entries).anyMatch(e -> e.matches("lib/rome-2\\.1\\.0\\.jar"))
                .anyMatch(e -> e.matches("lib/rome-utils-2\\.1\\.0\\.jar"))
                .anyMatch(e -> e.matches("lib/jdom2-.*\\.jar"));
        assertThat(entries).noneMatch(e -> e.startsWith("lib/slf4j") || e.startsWith("lib/camel") || e.startsWith("lib/pf4j")
                || e.startsWith("lib/connectors-sdk") || e.equals("classes/plugin.properties"));
    }

    @Test
    void bundlesNoSdkCamelOrPf4jClasses() throws Exception {
        assertThat(BundledClasses.find(zip)).isEmpty();
    }

    @Test
    void isCopiedToTheDistributionFolder() {
        assertThat(zip.getParent().resolve("../../target/dist").resolve(zip.getFileName())).exists();
        assertThat(Files.isRegularFile(zip)).isTrue();
    }
}
