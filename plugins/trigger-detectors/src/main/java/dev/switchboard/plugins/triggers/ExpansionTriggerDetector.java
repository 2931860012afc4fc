package dev.switchboard.plugins.triggers;

import dev.switchboard.sdk.detector.TriggerType;
import org.pf4j.Extension;

/** Finds {@code expansion} triggers: a new office, plant, branch, store, market or country. */
@Extension
public class ExpansionTriggerDetector extends LexiconTriggerDetector {

    public ExpansionTriggerDetector() {
        super(TriggerType.EXPANSION);
    }
}
