package com.example.testplugins.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.config.ConfigType;
import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;
import org.pf4j.Extension;

/** A detector that keeps the contract: stateless, never null, never throws. */
@Extension
public class KeywordHiringDetector implements TriggerDetector {

    private static final Pattern HIRING = Pattern.compile("\\b(is hiring|are hiring|recruiting)\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return "hiring-keywords";
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public Set<TriggerType> types() {
        return Set.of(TriggerType.HIRING);
    }

    @Override
    public List<ConfigOption> configuration() {
        return List.of(ConfigOption.optional("min-confidence", ConfigType.DOUBLE, "0.5", "detections below are dropped"));
    }

    @Override
    public List<Detection> detect(Document document) {
        List<Detection> found = new ArrayList<>();
        Matcher m = HIRING.matcher(document.text());
        while (m.find() && found.size() < 10) {
            found.add(new Detection(TriggerType.HIRING, 0.6, null, m.start(), m.end(), "en"));
        }
        return found;
    }
}
