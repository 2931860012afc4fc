package dev.switchboard.sdk.testkit;

import com.example.testplugins.throwing.ThrowsOnEmptyTextDetector;
import dev.switchboard.sdk.detector.TriggerDetector;

/**
 * The contract run against a detector that throws on empty text. Not a test of its own (the name
 * does not end in Test): {@link TriggerDetectorContractFailuresTest} runs it and expects failures.
 */
class BrokenDetectorContractRun extends TriggerDetectorContract {

    @Override
    protected TriggerDetector detector() {
        return new ThrowsOnEmptyTextDetector();
    }
}
