package dev.switchboard.plugins.triggers;

import dev.switchboard.sdk.detector.TriggerType;
import org.pf4j.Extension;

/** Finds {@code product_launch} triggers: a new product, service, app or version brought to market. */
@Extension
public class ProductLaunchTriggerDetector extends LexiconTriggerDetector {

    public ProductLaunchTriggerDetector() {
        super(TriggerType.PRODUCT_LAUNCH);
    }
}
