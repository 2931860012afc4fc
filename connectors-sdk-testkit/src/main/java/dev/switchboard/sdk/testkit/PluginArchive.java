package dev.switchboard.sdk.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A built plugin and what its descriptor says, read the way PF4J reads it: {@code plugin.properties}
 * at the root (zip, directory or jar), else the manifest's {@code Plugin-*} attributes. A value the
 * descriptor lacks is {@code null}.
 *
 * @param path        the zip, directory or jar
 * @param id          {@code plugin.id} / {@code Plugin-Id}
 * @param version     {@code plugin.version} / {@code Plugin-Version}
 * @param requires    {@code plugin.requires} / {@code Plugin-Requires}: the SDK version it is built against
 * @param pluginClass {@code plugin.class} / {@code Plugin-Class}
 * @param provider    {@code plugin.provider} / {@code Plugin-Provider}
 * @param description {@code plugin.description} / {@code Plugin-Description}
 */
public record PluginArchive(Path path, String id, String version, String requires, String pluginClass,
                            String provider, String description) {

    private static final String PROPERTIES = "plugin.properties";
    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    /** @throws PluginRefusedException when the path is not a plugin or has no descriptor */
    public static PluginArchive read(Path path) {
        if (!Files.exists(path)) {
            throw new PluginRefusedException("no plugin at " + path.toAbsolutePath()
                    + " (build it first: mvn package)");
        }
        try {
            Optional<byte[]> properties = entry(path, PROPERTIES);
            if (properties.isPresent()) {
                return fromProperties(path, properties.get());
            }
            Optional<byte[]> manifest = entry(path, MANIFEST).or(() -> entry(path, "classes/" + MANIFEST));
            if (manifest.isPresent()) {
                return fromManifest(path, manifest.get());
            }
        } catch (IOException e) {
            throw new PluginRefusedException("cannot read plugin " + path, e);
        } catch (UncheckedIOException e) {
            throw new PluginRefusedException("cannot read plugin " + path, e.getCause());
        }
        throw new PluginRefusedException(path + " has no plugin descriptor: add plugin.properties at the root "
                + "(plugin.id, plugin.class, plugin.version, plugin.requires, plugin.provider)");
    }

    /** A file inside the plugin: at the root or under {@code classes/}. */
    public Optional<byte[]> resource(String name) {
        return entry(path, "classes/" + name).or(() -> entry(path, name));
    }

    /**
     * Whether the plugin carries PF4J's extension index ({@code META-INF/extensions.idx}, written by
     * PF4J's annotation processor). Without it PF4J falls back to the index on the host's class path:
     * in a test that is the plugin's own {@code target/classes}, so the plugin seems to work, while the
     * hub finds no extensions in it.
     */
    public boolean hasExtensionIndex() {
        String index = "META-INF/extensions.idx";
        if (resource(index).isPresent()) {
            return true;
        }
        try {
            return BundledJars.anyContains(path, index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PluginArchive fromProperties(Path path, byte[] bytes) throws IOException {
        Properties p = new Properties();
        p.load(new ByteArrayInputStream(bytes));
        return new PluginArchive(path, value(p.getProperty("plugin.id")), value(p.getProperty("plugin.version")),
                value(p.getProperty("plugin.requires")), value(p.getProperty("plugin.class")),
                value(p.getProperty("plugin.provider")), value(p.getProperty("plugin.description")));
    }

    private static PluginArchive fromManifest(Path path, byte[] bytes) throws IOException {
        Attributes a = new Manifest(new ByteArrayInputStream(bytes)).getMainAttributes();
        return new PluginArchive(path, value(a.getValue("Plugin-Id")), value(a.getValue("Plugin-Version")),
                value(a.getValue("Plugin-Requires")), value(a.getValue("Plugin-Class")),
                value(a.getValue("Plugin-Provider")), value(a.getValue("Plugin-Description")));
    }

    private static String value(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Optional<byte[]> entry(Path plugin, String name) {
        try {
            return read(plugin, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<byte[]> read(Path plugin, String name) throws IOException {
        if (Files.isDirectory(plugin)) {
            Path file = plugin.resolve(name);
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        }
        try (ZipFile zip = new ZipFile(plugin.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(in.readAllBytes());
            }
        }
    }
}
