package dev.switchboard.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import dev.switchboard.sdk.SdkVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginArchiveAssertionsTest {

    @TempDir
    Path dir;

    @Test
    void aCleanArchiveFitsTheHub() {
        PluginArchive archive = PluginArchiveAssertions.assertFitsHub(TestPlugins.hiringZip(dir));
        assertEquals("hiring-test", archive.id());
        assertEquals("1.0.0", archive.requires());
    }

    @Test
    void aBundlingArchiveFails() {
        Path plugin = TestPlugins.hiring("1.0.0").libraryJar("sdk.jar", SdkVersion.class).writeZip(dir.resolve("b.zip"));
        AssertionError error = assertThrows(AssertionError.class, () -> PluginArchiveAssertions.assertFitsHub(plugin));
        assertTrue(error.getMessage().contains("bundles classes the hub provides"), error.getMessage());
    }

    @Test
    void anArchiveWithoutPluginRequiresFails() {
        Path plugin = TestPlugins.hiring(null).writeZip(dir.resolve("r.zip"));
        AssertionError error = assertThrows(AssertionError.class, () -> PluginArchiveAssertions.assertFitsHub(plugin));
        assertTrue(error.getMessage().contains("plugin.requires is missing"), error.getMessage());
    }

    @Test
    void anArchiveForANewerSdkFails() {
        Path plugin = TestPlugins.hiring("1.9.0").writeZip(dir.resolve("n.zip"));
        AssertionError error = assertThrows(AssertionError.class, () -> PluginArchiveAssertions.assertFitsHub(plugin));
        assertTrue(error.getMessage().contains("upgrade the hub"), error.getMessage());
    }
}
