package dev.switchboard.testplugins.hanging;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;

/** A detector that never answers (until it is interrupted). */
public class HangingDetector implements TriggerDetector {

    @Override
    public String id() {
        return "hangs";
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
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }
}
