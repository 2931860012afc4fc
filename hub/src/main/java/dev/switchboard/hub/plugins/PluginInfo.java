package dev.switchboard.hub.plugins;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One plugin as {@code GET /api/plugins} shows it.
 *
 * @param id                    the plugin id (for an archive without a readable descriptor: its file name)
 * @param version               {@code Plugin-Version}
 * @param state                 see {@link PluginStatus}
 * @param provider              {@code Plugin-Provider}
 * @param description           {@code Plugin-Description}
 * @param requires              {@code Plugin-Requires}: the SDK version it needs
 * @param archive               the archive's file name in the plugins directory
 * @param sha256                the archive's SHA-256 (of a directory plugin: of its files, in path order)
 * @param extensions            what it contributes
 * @param configurationProblems every problem in its configuration file, each naming file, key and line
 * @param lastError             why it is refused or failed, or {@code null}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PluginInfo(String id, String version, PluginStatus state, String provider, String description,
                         String requires, String archive, String sha256, List<Extension> extensions,
                         List<ConfigurationProblem> configurationProblems, String lastError) {

    /**
     * One extension.
     *
     * @param kind      {@code connector}, {@code detector} or {@code transform}
     * @param id        its id (a transform's name)
     * @param className its class
     * @param suspended for a detector: whether it is suspended after repeated failures; else {@code null}
     * @param failures  for a detector: failures and time-outs since the plugin started; else {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Extension(String kind, String id, @JsonProperty("class") String className, Boolean suspended,
                            Long failures) {
    }
}
