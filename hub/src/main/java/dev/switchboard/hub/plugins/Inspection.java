package dev.switchboard.hub.plugins;

import org.pf4j.PluginDescriptor;

/**
 * What {@link PluginInspector} found out about one archive.
 *
 * @param archive    the archive (zip, jar or directory) as the admin placed it
 * @param loadPath   what PF4J loads: the jar, the directory, or the zip's unpacked copy
 * @param sha256     the archive's checksum
 * @param descriptor its descriptor, or {@code null} when none could be read
 * @param refusal    why it must not load, or {@code null} when it may
 * @param status     the HTTP status an upload of it is answered with when refused
 */
record Inspection(java.nio.file.Path archive, java.nio.file.Path loadPath, String sha256, PluginDescriptor descriptor,
                  String refusal, int status) {

    boolean refused() {
        return refusal != null;
    }

    /** The plugin id, or the archive's file name when the descriptor could not be read. */
    String id() {
        return descriptor == null ? archive.getFileName().toString() : descriptor.getPluginId();
    }

    Inspection refuse(String reason, int httpStatus) {
        return new Inspection(archive, loadPath, sha256, descriptor, reason, httpStatus);
    }
}
