package com.example.testplugins.throwing;

import java.util.List;
import java.util.Set;

import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;
import org.pf4j.Extension;

/** Breaks the contract on purpose: throws for empty text instead of returning an empty list. */
@Extension
public class ThrowsOnEmptyTextDetector implements TriggerDetector {

    @Override
    public String id() {
        return "throws-on-empty";
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public Set<TriggerType> types() {
        return Set.of(TriggerType.FUNDING);
    }

    @Override
    public List<Detection> detect(Document document) {
        if (document.text().isEmpty()) {
            throw new IllegalArgumentException("no text");
        }
        return List.of();
    }
}
