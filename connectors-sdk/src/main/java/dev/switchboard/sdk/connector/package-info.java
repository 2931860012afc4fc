/**
 * Connectors: a {@link dev.switchboard.sdk.connector.ConnectorProvider} contributes Camel components
 * (by URI scheme) and Kamelet-style route templates that routes in the hub can use.
 */
package dev.switchboard.sdk.connector;
