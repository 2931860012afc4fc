package dev.switchboard.sdk.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The contract catches a detector that breaks it, and says what broke. */
class TriggerDetectorContractFailuresTest {

    @Test
    void aDetectorThatThrowsOnEmptyTextFailsTheContract() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(BrokenDetectorContractRun.class))
                .execute().testEvents();

        tests.assertThatEvents().haveExactly(1, event(test("emptyTextGivesNoDetections"), finishedWithFailure(
                instanceOf(AssertionError.class), message(m -> m.startsWith("detect threw java.lang.IllegalArgumentException: "
                        + "no text for a document of 0 chars")))));
        // everything else it does right
        tests.failed().assertThatEvents().hasSize(1);
        tests.succeeded().assertThatEvents().hasSizeGreaterThan(10);
    }
}
