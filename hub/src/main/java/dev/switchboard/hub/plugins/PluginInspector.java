package dev.switchboard.hub.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.switchboard.sdk.SdkVersion;
import dev.switchboard.sdk.compat.BundledClasses;
import dev.switchboard.sdk.compat.SdkCompatibility;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PropertiesPluginDescriptorFinder;

/**
 * Checks an archive before anything of it is loaded: readable (zips are unpacked into a work
 * directory), a descriptor with a usable id and a version, the SDK version it requires, no bundled
 * host classes, and the allow-list. The id clash check needs the registry and is done there.
 */
final class PluginInspector {

    /** Ids end up in file names ({@code config/plugins/<id>.yaml}): keep them plain. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Path workDir;
    private final List<PluginsProperties.Allowed> allow;
    private final PluginDescriptorFinder descriptors = new CompoundPluginDescriptorFinder()
            .add(new PropertiesPluginDescriptorFinder()).add(new ManifestPluginDescriptorFinder());

    /** @param workDir where zips are unpacked, one directory per archive name */
    PluginInspector(Path workDir, List<PluginsProperties.Allowed> allow) {
        this.workDir = workDir;
        this.allow = allow;
    }

    Inspection inspect(Path archive) {
        return inspect(archive, archive.getFileName().toString());
    }

    /** @param name the archive's name (an upload is inspected under the name it will get) */
    Inspection inspect(Path archive, String name) {
        Inspection found = new Inspection(archive, archive, null, null, null, 0);
        try {
            String sha256 = ArchiveFiles.sha256(archive);
            Path loadPath = archive;
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                loadPath = workDir.resolve(name.substring(0, name.length() - 4));
                ArchiveFiles.unzip(archive, loadPath);
            }
            found = new Inspection(archive, loadPath, sha256, null, null, 0);
            PluginDescriptor descriptor = descriptor(loadPath);
            found = new Inspection(archive, loadPath, sha256, descriptor, null, 0);
            String problem = check(descriptor, loadPath, sha256);
            return problem == null ? found : found.refuse(problem, 422);
        } catch (IOException | RuntimeException e) {
            return found.refuse("cannot read " + name + ": " + describe(e), 422);
        }
    }

    private PluginDescriptor descriptor(Path loadPath) {
        try {
            return descriptors.find(loadPath);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("no valid plugin descriptor (plugin.properties, or a MANIFEST.MF with "
                    + "Plugin-Id and Plugin-Version): " + describe(e), e);
        }
    }

    private String check(PluginDescriptor descriptor, Path loadPath, String sha256) throws IOException {
        String id = descriptor.getPluginId();
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            return "the descriptor's plugin id '" + id + "' is missing or not a plain name (letters, digits, '.', '_', '-')";
        }
        if (descriptor.getVersion() == null || descriptor.getVersion().isBlank()) {
            return "the descriptor of plugin " + id + " has no version (plugin.version / Plugin-Version)";
        }
        String requires = descriptor.getRequires();
        var misfit = SdkCompatibility.check(requires, SdkVersion.CURRENT);
        if (misfit.isPresent()) {
            return "plugin " + id + " does not fit this hub: " + misfit.get();
        }
        Set<String> bundled = BundledClasses.find(loadPath);
        if (!bundled.isEmpty()) {
            return "plugin " + id + " bundles classes the hub provides (declare them 'provided'): "
                    + String.join("; ", bundled);
        }
        return allowListProblem(id, sha256);
    }

    private String allowListProblem(String id, String sha256) {
        if (allow.isEmpty()) {
            return null;
        }
        var entry = allow.stream().filter(a -> id.equals(a.id())).findFirst();
        if (entry.isEmpty()) {
            return "plugin " + id + " is not on the allow-list (switchboard.plugins.allow)";
        }
        String expected = entry.get().sha256();
        if (expected != null && !expected.isBlank() && !expected.strip().equalsIgnoreCase(sha256)) {
            return "plugin " + id + " has checksum " + sha256 + " but the allow-list expects " + expected.strip();
        }
        return null;
    }

    /** Removes the unpacked copy of a zip that was refused or deleted. */
    void discard(Inspection inspection) {
        if (!inspection.loadPath().equals(inspection.archive()) && inspection.loadPath().startsWith(workDir)) {
            ArchiveFiles.deleteRecursively(inspection.loadPath());
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    static boolean isCandidate(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (Files.isDirectory(path) || name.endsWith(".zip") || name.endsWith(".jar"));
    }
}
