package dev.switchboard.plugins.triggers;

import dev.switchboard.sdk.detector.TriggerType;
import org.pf4j.Extension;

/** Finds {@code leadership_change} triggers: a new CEO, CTO, CFO or board member, or an executive leaving. */
@Extension
public class LeadershipChangeTriggerDetector extends LexiconTriggerDetector {

    public LeadershipChangeTriggerDetector() {
        super(TriggerType.LEADERSHIP_CHANGE);
    }
}
