package dev.switchboard.sdk.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/** Looks inside the jars a plugin carries in {@code lib/}. */
final class BundledJars {

    private BundledJars() {
    }

    /** Whether any jar under the plugin's {@code lib/} has an entry of this name. */
    static boolean anyContains(Path plugin, String entryName) throws IOException {
        if (Files.isDirectory(plugin)) {
            Path lib = plugin.resolve("lib");
            if (!Files.isDirectory(lib)) {
                return false;
            }
            try (Stream<Path> jars = Files.list(lib)) {
                for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).toList()) {
                    try (InputStream in = Files.newInputStream(jar)) {
                        if (contains(in, entryName)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
        try (ZipFile zip = new ZipFile(plugin.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().startsWith("lib/") && entry.getName().endsWith(".jar")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        if (contains(in, entryName)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean contains(InputStream jar, String entryName) throws IOException {
        ZipInputStream zip = new ZipInputStream(jar);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entry.getName().equals(entryName)) {
                return true;
            }
        }
        return false;
    }
}
