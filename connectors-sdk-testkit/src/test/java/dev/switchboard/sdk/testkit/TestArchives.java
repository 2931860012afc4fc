package dev.switchboard.sdk.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds real PF4J zip plugins (plugin.properties at the root, classes/, lib/) from classes compiled
 * with the tests, the way the template's maven-assembly-plugin lays them out.
 */
final class TestArchives {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private TestArchives(String id, String pluginClass, String requires) {
        String descriptor = "plugin.id=" + id + "\nplugin.class=" + pluginClass + "\nplugin.version=1.0.0\n"
                + (requires == null ? "" : "plugin.requires=" + requires + "\n") + "plugin.provider=Example\n";
        entries.put("plugin.properties", descriptor.getBytes(StandardCharsets.UTF_8));
    }

    /** A plugin whose classes are every class compiled in {@code pluginClass}'s package. */
    static TestArchives plugin(String id, Class<?> pluginClass, String requires) {
        TestArchives archive = new TestArchives(id, pluginClass.getName(), requires);
        archive.packageOf(pluginClass);
        return archive;
    }

    /** Lists the extensions in {@code classes/META-INF/extensions.idx}, as PF4J's annotation processor does. */
    TestArchives extensions(Class<?>... extensions) {
        String index = Stream.of(extensions).map(Class::getName).collect(Collectors.joining("\n", "", "\n"));
        entries.put("classes/META-INF/extensions.idx", index.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Adds {@code classes/<path>} with the content of a test resource. */
    TestArchives resource(String path, String testResource) {
        entries.put("classes/" + path, read(testResource));
        return this;
    }

    /** Adds a class file under {@code classes/} (a bundling mistake when it is an SDK class). */
    TestArchives bundleClass(Class<?> type) {
        entries.put("classes/" + classFile(type), read("/" + classFile(type)));
        return this;
    }

    /** Adds {@code lib/<name>} as a jar holding these classes. */
    TestArchives libraryJar(String name, Class<?>... classes) {
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(jar)) {
            for (Class<?> type : classes) {
                zip.putNextEntry(new ZipEntry(classFile(type)));
                zip.write(read("/" + classFile(type)));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.put("lib/" + name, jar.toByteArray());
        return this;
    }

    Path writeZip(Path target) {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    Path writeDirectory(Path target) {
        try {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                Path file = target.resolve(entry.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private void packageOf(Class<?> type) {
        String packagePath = type.getPackageName().replace('.', '/');
        try {
            Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.list(root.resolve(packagePath))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    entries.put("classes/" + packagePath + "/" + file.getFileName(), Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String classFile(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }

    private static byte[] read(String resource) {
        try (InputStream in = TestArchives.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
