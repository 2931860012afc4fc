package dev.switchboard.plugins.triggers;

import dev.switchboard.sdk.detector.TriggerType;
import org.pf4j.Extension;

/** Finds {@code hiring} triggers: a company hiring: job ads, recruiting, new jobs, growing teams. */
@Extension
public class HiringTriggerDetector extends LexiconTriggerDetector {

    public HiringTriggerDetector() {
        super(TriggerType.HIRING);
    }
}
