/**
 * The Mastodon connector plugin: the {@code mastodon} Camel component, which polls a hashtag
 * timeline ({@code mastodon:tag:crm}) or a status search ({@code mastodon:search:acme}) of a Mastodon
 * instance's public REST API and emits one {@link dev.switchboard.sdk.model.Document} per new status,
 * and the {@code mastodon-source} route template. Entry point for the hub:
 * {@link dev.switchboard.plugins.mastodon.MastodonConnectorProvider}.
 */
package dev.switchboard.plugins.mastodon;
