package dev.switchboard.testplugins.configured;

import java.util.List;
import java.util.Set;

import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.config.ConfigType;
import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;

/** A detector with configuration: a number, a duration and a secret. */
public class ConfiguredDetector implements TriggerDetector {

    @Override
    public String id() {
        return "configured";
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public Set<TriggerType> types() {
        return Set.of(TriggerType.EXPANSION);
    }

    @Override
    public List<ConfigOption> configuration() {
        return List.of(ConfigOption.required("batch-size", ConfigType.INT, "documents per batch"),
                ConfigOption.optional("poll-interval", ConfigType.DURATION, "5m", "how often to poll"),
                ConfigOption.secret("api-token", "the service's token"));
    }

    @Override
    public List<Detection> detect(Document document) {
        return List.of();
    }
}
