/**
 * Declared, validated plugin configuration: an extension lists its {@link
 * dev.switchboard.sdk.config.ConfigOption}s; the hub validates {@code config/plugins/<id>.yaml}
 * against them and reports every problem at once, each naming its key.
 */
package dev.switchboard.sdk.config;
