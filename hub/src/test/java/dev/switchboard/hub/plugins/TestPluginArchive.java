package dev.switchboard.hub.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.switchboard.testplugins.greet.GreetConnector;

/**
 * Builds a real PF4J plugin zip inside a test: {@code plugin.properties}, the class files of one
 * test package under {@code classes/}, and {@code classes/META-INF/extensions.idx} naming its
 * extensions.
 */
public final class TestPluginArchive {

    private static final String GREET_TEMPLATE = """
            - routeTemplate:
                id: greet-template
                parameters:
                  - name: name
                from:
                  uri: "direct:{{name}}"
                  steps:
                    - to: greet:template
            """;

    private final String id;
    private String version = "1.0.0";
    private String requires = "1.0.0";
    private String pluginClass;
    private final List<Class<?>> packages = new ArrayList<>();
    private final List<Class<?>> extensions = new ArrayList<>();
    private final Map<String, byte[]> extraEntries = new LinkedHashMap<>();

    private TestPluginArchive(String id) {
        this.id = id;
    }

    public static TestPluginArchive plugin(String id) {
        return new TestPluginArchive(id);
    }

    /** The greet connector plugin, with the route template its connector declares. */
    static TestPluginArchive greet(String id) {
        return plugin(id).extension(GreetConnector.class)
                .entry("classes/templates/greet-template.yaml", GREET_TEMPLATE.getBytes(StandardCharsets.UTF_8));
    }

    TestPluginArchive version(String version) {
        this.version = version;
        return this;
    }

    TestPluginArchive requires(String requires) {
        this.requires = requires;
        return this;
    }

    TestPluginArchive pluginClass(Class<?> type) {
        this.pluginClass = type.getName();
        return packageOf(type);
    }

    /** Adds every class file of the package {@code type} is in. */
    TestPluginArchive packageOf(Class<?> type) {
        packages.add(type);
        return this;
    }

    /** Adds the package of {@code type} and names {@code type} as an extension. */
    public TestPluginArchive extension(Class<?> type) {
        extensions.add(type);
        return packages.contains(type) ? this : packageOf(type);
    }

    /** Adds one class file of the test class path as is (to bundle a host class, say). */
    TestPluginArchive bundle(Class<?> type) {
        try (var in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            extraEntries.put("classes/" + entryName(type), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds a file at {@code entry} (a path inside the zip). */
    TestPluginArchive entry(String entry, byte[] content) {
        extraEntries.put(entry, content);
        return this;
    }

    /** Writes the zip layout ({@code plugin.properties}, {@code classes/}). */
    public Path writeTo(Path dir, String fileName) {
        return writeZip(dir, fileName, entries("classes/"));
    }

    /** Writes a plain jar: {@code plugin.properties} and the classes at its root. */
    Path writeJarTo(Path dir, String fileName) {
        return writeZip(dir, fileName, entries(""));
    }

    /** Writes the zip layout unpacked, as a directory plugin. */
    Path writeDirectoryTo(Path dir, String name) {
        try {
            Path root = dir.resolve(name);
            for (Map.Entry<String, byte[]> entry : entries("classes/").entrySet()) {
                Path file = root.resolve(entry.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path writeZip(Path dir, String fileName, Map<String, byte[]> entries) {
        try {
            Files.createDirectories(dir);
            Path zip = dir.resolve(fileName);
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    put(out, entry.getKey(), entry.getValue());
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, byte[]> entries(String classes) {
        try {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("plugin.properties", descriptor().getBytes(StandardCharsets.UTF_8));
            for (Class<?> type : packages) {
                for (Path file : classFiles(type)) {
                    entries.put(classes + packagePath(type) + "/" + file.getFileName(), read(file));
                }
            }
            extraEntries.forEach((name, content) -> entries.put(name.startsWith("classes/")
                    ? classes + name.substring(8) : name, content));
            String index = String.join("\n", extensions.stream().map(Class::getName).toList()) + "\n";
            entries.put(classes + "META-INF/extensions.idx", index.getBytes(StandardCharsets.UTF_8));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        try {
            Path dir = Files.createTempDirectory("plugin-archive");
            return Files.readAllBytes(writeTo(dir, id + ".zip"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String descriptor() {
        return "plugin.id=" + id + "\nplugin.version=" + version + "\nplugin.requires=" + requires
                + "\nplugin.provider=Switchboard tests\nplugin.description=test plugin " + id + "\n"
                + (pluginClass == null ? "" : "plugin.class=" + pluginClass + "\n");
    }

    private static void put(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static List<Path> classFiles(Class<?> type) throws IOException {
        try (Stream<Path> files = Files.list(classFile(type).getParent())) {
            return files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        }
    }

    private static Path classFile(Class<?> type) {
        try {
            return Path.of(type.getResource(type.getSimpleName() + ".class").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String packagePath(Class<?> type) {
        return type.getPackageName().replace('.', '/');
    }

    private static String entryName(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes raw bytes as a file, for archives that are not plugins. */
    static Path writeRaw(Path dir, String fileName, byte[] content) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
