package dev.switchboard.hub.plugins;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the plugin platform ({@code switchboard.plugins.*}); the directory itself is
 * {@code switchboard.plugins-dir}.
 *
 * @param maxUploadSize        largest archive {@code POST /api/plugins} accepts
 * @param detectorTimeout      how long one detector may take for one document
 * @param detectorSuspendAfter consecutive failures or time-outs after which a detector is suspended
 *                             until its plugin is restarted or reloaded
 * @param detectorThreads      threads that run detector calls
 * @param allow                when not empty, only these plugins load (with this checksum, when given)
 */
@ConfigurationProperties("switchboard.plugins")
public record PluginsProperties(@DefaultValue("50MB") DataSize maxUploadSize,
                                @DefaultValue("2s") Duration detectorTimeout,
                                @DefaultValue("5") int detectorSuspendAfter,
                                @DefaultValue("4") int detectorThreads,
                                @DefaultValue List<Allowed> allow) {

    public PluginsProperties {
        allow = allow == null ? List.of() : List.copyOf(allow);
        if (detectorSuspendAfter < 1 || detectorThreads < 1) {
            throw new IllegalArgumentException("switchboard.plugins.detector-suspend-after and detector-threads must be at least 1");
        }
    }

    /**
     * One entry of the allow-list.
     *
     * @param id     the plugin id
     * @param sha256 the archive's SHA-256 in hex, or {@code null} to accept any archive with this id
     */
    public record Allowed(String id, String sha256) {
    }
}
