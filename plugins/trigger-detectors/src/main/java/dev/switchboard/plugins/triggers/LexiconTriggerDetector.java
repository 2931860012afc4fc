package dev.switchboard.plugins.triggers;

import java.util.List;
import java.util.Set;

import dev.switchboard.plugins.triggers.analysis.LanguageGuesser;
import dev.switchboard.plugins.triggers.engine.Settings;
import dev.switchboard.plugins.triggers.engine.TriggerEngine;
import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;

/**
 * A detector of one trigger type over the shared {@link TriggerEngine}. Before {@link #init} it
 * runs with the default settings and the system clock.
 */
public abstract class LexiconTriggerDetector implements TriggerDetector {

    private final TriggerType type;
    private volatile TriggerEngine engine = TriggerEngine.forSettings(Settings.defaults());

    protected LexiconTriggerDetector(TriggerType type) {
        this.type = type;
    }

    @Override
    public String id() {
        return type.code().replace('_', '-');
    }

    @Override
    public Set<String> languages() {
        return LanguageGuesser.SUPPORTED;
    }

    @Override
    public Set<TriggerType> types() {
        return Set.of(type);
    }

    @Override
    public List<ConfigOption> configuration() {
        return DetectorOptions.OPTIONS;
    }

    @Override
    public void init(PluginContext context) {
        engine = TriggerEngine.forSettings(DetectorOptions.settings(context));
    }

    @Override
    public List<Detection> detect(Document document) {
        return engine.detect(document, type);
    }
}
