package dev.switchboard.plugins.feed;

import org.pf4j.Plugin;

/**
 * The PF4J plugin class named in {@code plugin.properties}. It holds no state: everything the plugin
 * contributes comes from its {@link FeedConnectorProvider} extension.
 */
public class FeedConnectorPlugin extends Plugin {
}
