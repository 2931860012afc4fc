package dev.switchboard.hub.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import dev.switchboard.hub.home.SwitchboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The admin key: from the environment variable {@code SWITCHBOARD_ADMIN_KEY}, or else generated at
 * first start into {@code <data-dir>/admin.key}, readable by its owner only. The key itself is never
 * logged, only where it is.
 */
@Component
public class AdminKey {

    static final String ENVIRONMENT_VARIABLE = "SWITCHBOARD_ADMIN_KEY";
    static final String FILE_NAME = "admin.key";
    private static final Logger LOG = LoggerFactory.getLogger(AdminKey.class);

    private final byte[] key;

    AdminKey(Environment environment, SwitchboardProperties paths) {
        String configured = environment.getProperty(ENVIRONMENT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            LOG.info("admin key: from the environment variable {}", ENVIRONMENT_VARIABLE);
            this.key = configured.strip().getBytes(StandardCharsets.UTF_8);
        } else {
            this.key = fromFile(paths.dataDir().resolve(FILE_NAME));
        }
    }

    /** Compares in constant time, so that timing does not tell how much of a guess was right. */
    public boolean matches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(key, candidate.strip().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
                LOG.info("admin key: generated into {} (readable by its owner only); send it in header X-Api-Key", file);
            } else {
                LOG.info("admin key: read from {}", file);
            }
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new IllegalStateException("the admin key file " + file + " is empty: delete it to have a new key generated");
            }
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the admin key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
    }
}
