package dev.switchboard.plugins.mastodon;

import org.pf4j.Plugin;

/**
 * The PF4J plugin class named in {@code plugin.properties}. It holds no state: everything the plugin
 * contributes comes from its {@link MastodonConnectorProvider} extension.
 */
public class MastodonConnectorPlugin extends Plugin {
}
