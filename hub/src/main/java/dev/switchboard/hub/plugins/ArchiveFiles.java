package dev.switchboard.hub.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** File chores for plugin archives: checksums, safe unpacking, recursive delete. */
final class ArchiveFiles {

    private ArchiveFiles() {
    }

    /** SHA-256 of a file, or of a directory's files (relative path and content, in path order). */
    static String sha256(Path path) throws IOException {
        MessageDigest digest = newDigest();
        if (Files.isDirectory(path)) {
            for (Path file : regularFiles(path)) {
                digest.update(path.relativize(file).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                feed(file, digest);
            }
        } else {
            feed(path, digest);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> regularFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void feed(Path file, MessageDigest digest) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Unpacks a zip into {@code target} (emptied first).
     *
     * @throws IOException when the zip is corrupt, empty, or has an entry outside the target
     */
    static void unzip(Path zip, Path target) throws IOException {
        deleteRecursively(target);
        Files.createDirectories(target);
        try {
            extract(zip, target);
        } catch (IOException | RuntimeException e) {
            deleteRecursively(target);
            throw e;
        }
    }

    private static void extract(Path zip, Path target) throws IOException {
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries++;
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("entry " + entry.getName() + " points outside the archive");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out);
                }
            }
        }
        if (entries == 0) {
            throw new IOException("not a zip archive, or an empty one");
        }
    }

    /** Deletes a file or a directory tree; a missing path is fine. */
    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
