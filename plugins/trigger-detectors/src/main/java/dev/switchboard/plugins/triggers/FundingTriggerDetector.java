package dev.switchboard.plugins.triggers;

import dev.switchboard.sdk.detector.TriggerType;
import org.pf4j.Extension;

/** Finds {@code funding} triggers: money coming in: a round, an investor's stake, a grant or loan, an IPO, or a company's own investment programme. */
@Extension
public class FundingTriggerDetector extends LexiconTriggerDetector {

    public FundingTriggerDetector() {
        super(TriggerType.FUNDING);
    }
}
