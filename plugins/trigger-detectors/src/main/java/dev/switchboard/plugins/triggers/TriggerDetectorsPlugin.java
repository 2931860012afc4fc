package dev.switchboard.plugins.triggers;

import org.pf4j.Plugin;

/**
 * The PF4J plugin class named in {@code plugin.properties}. It holds no state: the detectors are
 * its {@code @Extension}s.
 */
public class TriggerDetectorsPlugin extends Plugin {
}
