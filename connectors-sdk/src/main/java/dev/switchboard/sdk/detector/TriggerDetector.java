package dev.switchboard.sdk.detector;

import java.util.List;
import java.util.Set;

import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.model.Document;
import org.pf4j.ExtensionPoint;

/**
 * Finds sales triggers in documents.
 *
 * <p>Contract: {@link #detect} is thread-safe and called concurrently; it returns an empty list
 * (never {@code null}, never an exception) for text it has nothing to say about, including empty,
 * huge, binary or mixed-script text; it is quick (the hub runs it under a time limit and suspends a
 * detector that keeps failing or timing out). Implementations are annotated
 * {@code @org.pf4j.Extension}; the hub creates one instance and keeps it.
 */
public interface TriggerDetector extends ExtensionPoint {

    /** A short, stable id ({@code hiring-en}). */
    String id();

    /** ISO 639-1 codes of the languages it reads ({@code en}, {@code cs}, ...). */
    Set<String> languages();

    /** The trigger types it can report. */
    Set<TriggerType> types();

    /** The configuration keys it reads from {@code config/plugins/<plugin-id>.yaml}. */
    default List<ConfigOption> configuration() {
        return List.of();
    }

    /**
     * Called once, after the plugin's configuration was validated and before the first
     * {@link #detect}: a detector that reads settings, a word list or a model takes them from here.
     */
    default void init(PluginContext context) {
    }

    /** The triggers in one document, or an empty list. */
    List<Detection> detect(Document document);
}
