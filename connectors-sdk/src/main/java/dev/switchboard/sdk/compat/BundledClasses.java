package dev.switchboard.sdk.compat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds classes a plugin must not bundle: the SDK's, Camel's and PF4J's, which the hub provides.
 * A plugin that bundles them gets a second copy in its own class loader and PF4J drops its
 * extensions without a word; this check makes that loud. Reads jars, zips (also jars inside a zip's
 * {@code lib/}) and plugin directories ({@code classes/}, {@code lib/*.jar}).
 */
public final class BundledClasses {

    /** Package prefixes (as paths) the hub provides to every plugin: the SDK, Camel, PF4J and the SLF4J API they log through. */
    public static final List<String> HOST_PACKAGES = List.of("dev/switchboard/sdk/", "org/apache/camel/", "org/pf4j/",
            "org/slf4j/");

    private BundledClasses() {
    }

    /** @return the host packages found inside, with the file they were found in; empty when the plugin is clean */
    public static Set<String> find(Path plugin) throws IOException {
        Set<String> found = new TreeSet<>();
        if (Files.isDirectory(plugin)) {
            try (Stream<Path> files = Files.walk(plugin)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String relative = plugin.relativize(file).toString().replace('\\', '/');
                    if (relative.endsWith(".jar")) {
                        try (InputStream in = Files.newInputStream(file)) {
                            scan(in, relative, found);
                        }
                    } else {
                        match(relative.startsWith("classes/") ? relative.substring(8) : relative, relative, found);
                    }
                }
            }
        } else {
            try (InputStream in = Files.newInputStream(plugin)) {
                scan(in, plugin.getFileName().toString(), found);
            }
        }
        return found;
    }

    private static void scan(InputStream archive, String where, Set<String> found) throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName();
            if (name.endsWith(".jar")) {
                scan(new NonClosing(zip), where + "!/" + name, found);
            } else {
                match(name.startsWith("classes/") ? name.substring(8) : name, where + "!/" + name, found);
            }
        }
    }

    private static void match(String path, String where, Set<String> found) {
        if (!path.endsWith(".class")) {
            return;
        }
        for (String prefix : HOST_PACKAGES) {
            if (path.startsWith(prefix)) {
                String archive = where.contains("!/") ? where.substring(0, where.lastIndexOf("!/")) : where;
                found.add(prefix.replace('/', '.') + "* in " + archive);
            }
        }
    }

    /** Lets a nested jar be read from the outer zip stream without closing it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the outer zip stream goes on
        }
    }
}
