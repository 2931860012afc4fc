package dev.switchboard.testplugins.hello;

import java.util.List;
import java.util.Set;

import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;

/** A well-behaved detector: reports HIRING where the text says "hiring". */
public class HelloDetector implements TriggerDetector {

    @Override
    public String id() {
        return "hello-hiring";
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
    public List<Detection> detect(Document document) {
        int at = document.text().indexOf("hiring");
        return at < 0 ? List.of() : List.of(new Detection(TriggerType.HIRING, 0.9, null, at, at + 6, "en"));
    }
}
