package dev.switchboard.testplugins.failing;

import org.pf4j.Plugin;

/** A plugin whose start throws. */
public class FailingPlugin extends Plugin {

    @Override
    public void start() {
        throw new IllegalStateException("cannot reach the mothership");
    }
}
