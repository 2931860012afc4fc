package dev.switchboard.hub.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import dev.switchboard.hub.errors.ErrorBody;
import dev.switchboard.hub.home.SwitchboardProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/plugins}: list the plugins, upload one (a raw {@code application/zip} or
 * {@code application/java-archive} body with {@code ?filename=}, or a multipart field {@code file}),
 * and stop, start, reload or delete one while the hub runs.
 */
@RestController
@RequestMapping("/api/plugins")
class PluginsController {

    private final PluginInstaller installer;
    private final PluginRegistry registry;
    private final Path uploads;
    private final long maxUpload;

    PluginsController(PluginInstaller installer, PluginRegistry registry, SwitchboardProperties home,
                      PluginsProperties properties) {
        this.installer = installer;
        this.registry = registry;
        this.uploads = home.dataDir().resolve("plugin-uploads");
        this.maxUpload = properties.maxUploadSize().toBytes();
    }

    @GetMapping
    List<PluginInfo> list() {
        return registry.list();
    }

    @PostMapping(consumes = {"application/zip", "application/java-archive"})
    ResponseEntity<PluginInfo> uploadRaw(@RequestParam String filename, HttpServletRequest request) throws IOException {
        return accept(request.getInputStream(), filename);
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<PluginInfo> uploadMultipart(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return accept(in, file.getOriginalFilename());
        }
    }

    private ResponseEntity<PluginInfo> accept(InputStream body, String filename) throws IOException {
        Files.createDirectories(uploads);
        Path temp = uploads.resolve("upload-" + UUID.randomUUID() + ".part");
        try (OutputStream out = Files.newOutputStream(temp)) {
            if (body.transferTo(out) > maxUpload) {
                throw new UploadRefusedException(413, "the archive is larger than switchboard.plugins.max-upload-size");
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(installer.accept(temp, filename));
    }

    @PostMapping("/{id}/stop")
    PluginInfo stop(@PathVariable String id) {
        return installer.stop(id);
    }

    @PostMapping("/{id}/start")
    PluginInfo start(@PathVariable String id) {
        return installer.start(id);
    }

    @PostMapping("/{id}/reload")
    PluginInfo reload(@PathVariable String id) {
        return installer.reload(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        installer.delete(id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(UploadRefusedException.class)
    ResponseEntity<ErrorBody> refused(UploadRefusedException e) {
        return ResponseEntity.status(e.status()).body(ErrorBody.of(e.status(), e.getMessage()));
    }

    @ExceptionHandler(PluginNotFoundException.class)
    ResponseEntity<ErrorBody> notFound(PluginNotFoundException e) {
        return ResponseEntity.status(404).body(ErrorBody.of(404, e.getMessage()));
    }
}
