package dev.switchboard.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import dev.switchboard.sdk.SdkVersion;
import dev.switchboard.sdk.compat.BundledClasses;
import dev.switchboard.sdk.compat.SdkCompatibility;

/**
 * Checks on a built plugin archive that the hub makes before loading it, as JUnit assertions:
 * call {@link #assertFitsHub(Path)} from a test that runs after packaging (an {@code *IT}).
 */
public final class PluginArchiveAssertions {

    private PluginArchiveAssertions() {
    }

    /**
     * The descriptor has an id, a version and a {@code Plugin-Requires} this SDK satisfies, and the
     * archive bundles no SDK, Camel or PF4J classes.
     */
    public static PluginArchive assertFitsHub(Path archivePath) {
        PluginArchive archive;
        try {
            archive = PluginArchive.read(archivePath);
        } catch (PluginRefusedException e) {
            return fail(e.getMessage(), e);
        }
        assertNotNull(archive.id(), archivePath + ": plugin.id is missing");
        assertNotNull(archive.version(), archivePath + ": plugin.version is missing");
        assertNotNull(archive.requires(), archivePath + ": plugin.requires is missing; write the SDK version the "
                + "plugin is built against (plugin.requires=" + SdkVersion.CURRENT + ")");
        assertEquals(Optional.empty(), SdkCompatibility.check(archive.requires()),
                archivePath + ": plugin.requires does not fit SDK " + SdkVersion.CURRENT);
        Set<String> bundled;
        try {
            bundled = BundledClasses.find(archivePath);
        } catch (IOException e) {
            return fail("cannot read " + archivePath, e);
        }
        assertEquals(Set.of(), bundled, archivePath + " bundles classes the hub provides: give connectors-sdk, camel-*"
                + " and pf4j <scope>provided</scope>");
        return archive;
    }
}
