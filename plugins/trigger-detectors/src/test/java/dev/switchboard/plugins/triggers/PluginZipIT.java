package dev.switchboard.plugins.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import dev.switchboard.sdk.compat.BundledClasses;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.testkit.PluginHarness;
import dev.switchboard.sdk.testkit.PluginRefusedException;
import org.junit.jupiter.api.Test;

/** Checks the built plugin archive (runs after {@code package}). */
class PluginZipIT {

    private final Path zip = Path.of(System.getProperty("plugin.zip", "target/trigger-detectors.zip"));

    private List<String> entries() throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return Collections.list(file.entries()).stream().map(e -> e.getName()).toList();
        }
    }

    @Test
    void hasThePf4jLayoutWithTheLexicons() throws Exception {
        List<String> entries = entries();
        assertThat(entries).contains("plugin.properties", "classes/META-INF/extensions.idx",
                "classes/dev/switchboard/plugins/triggers/HiringTriggerDetector.class",
                "classes/lexicon/hiring-cs.txt", "classes/lexicon/filters-ru.txt", "classes/names/places.txt");
        assertThat(entries).doesNotContain("classes/plugin.properties");
    }

    @Test
    void bundlesTheMorfologikReaderAndTheFourDictionariesOnly() throws Exception {
        List<String> jars = entries().stream().filter(e -> e.startsWith("lib/") && e.endsWith(".jar")).sorted().toList();
        assertThat(jars).containsExactly("lib/english-pos-dict-0.6.jar", "lib/german-pos-dict-1.2.4.jar",
                "lib/language-ru-6.8.jar", "lib/morfologik-fsa-2.1.9.jar", "lib/morfologik-polish-2.1.9.jar",
                "lib/morfologik-stemming-2.1.9.jar");
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

    @Test
    void loadsWithTheShippedConfigurationFile() {
        Path config = Path.of(System.getProperty("repo.root", "../..")).resolve("config/plugins/trigger-detectors.yaml");
        try (PluginHarness harness = PluginHarness.builder(zip).configFile(config).build()) {
            assertThat(harness.pluginId()).isEqualTo("trigger-detectors");
            assertThat(harness.extensions(TriggerDetector.class)).extracting(TriggerDetector::id)
                    .containsExactlyInAnyOrder("hiring", "funding", "product-launch", "expansion", "leadership-change");
        }
    }

    @Test
    void refusesAConfigurationWithAWrongValue() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PluginHarness.builder(zip)
                        .config(Map.of("min-confidence", "high")).build())
                .isInstanceOf(PluginRefusedException.class);
    }
}
