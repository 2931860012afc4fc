/**
 * The feed connector plugin: the {@code newsfeed} Camel component, which polls an RSS 2.0 or Atom
 * feed (over HTTP(S) or from a file) and emits one {@link dev.switchboard.sdk.model.Document} per new
 * entry, and the {@code feed-source} route template. Entry point for the hub:
 * {@link dev.switchboard.plugins.feed.FeedConnectorProvider}.
 */
package dev.switchboard.plugins.feed;
