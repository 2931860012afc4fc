package dev.switchboard.plugins.mastodon;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.slf4j.Logger;

/**
 * The newest status id each endpoint has handled (its {@code since_id} cursor), kept in
 * {@value #FILE_NAME} in the plugin's data directory so that it survives restarts. Keys are endpoint
 * keys ({@code tag:crm@https://mastodon.social}). Every change is written at once (a small file,
 * replaced atomically). Without a file (no data directory) the cursors live in memory. A file that
 * cannot be read or written is logged and the cursors go on in memory: the idempotent repository
 * still keeps statuses from being emitted twice, only the first poll after a restart starts from the
 * newest page again.
 */
final class CursorStore {

    static final String FILE_NAME = "cursors.properties";

    private final Path file;
    private final Logger log;
    private final Properties cursors = new Properties();

    private CursorStore(Path file, Logger log) {
        this.file = file;
        this.log = log;
    }

    /** Cursors read from and written to {@value #FILE_NAME} in {@code directory}; in memory when {@code directory} is null. */
    static CursorStore open(Path directory, Logger log) {
        CursorStore store = new CursorStore(directory == null ? null : directory.resolve(FILE_NAME), log);
        store.load();
        return store;
    }

    synchronized String get(String endpointKey) {
        return cursors.getProperty(endpointKey);
    }

    synchronized void put(String endpointKey, String statusId) {
        if (statusId.equals(cursors.getProperty(endpointKey))) {
            return;
        }
        cursors.setProperty(endpointKey, statusId);
        save();
    }

    private void load() {
        if (file == null) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            cursors.load(in);
        } catch (NoSuchFileException e) {
            // first start
        } catch (IOException | IllegalArgumentException e) {
            log.warn("mastodon cursors {} cannot be read ({}); each endpoint starts again from the newest page, "
                    + "statuses already emitted are still skipped", file, e.toString());
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                cursors.store(out, "newest status id handled per mastodon endpoint (since_id of its next poll)");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log.warn("mastodon cursors cannot be written to {} ({}); they are kept in memory", file, e.toString());
        }
    }
}
