/**
 * Plugin classes for the hub's plugin tests, one package per plugin. Tests copy a package's class
 * files into a real plugin archive ({@code dev.switchboard.hub.plugins.TestPluginArchive}); the
 * hub's plugin class loaders cannot see them on the test class path (not a shared package), so
 * they load from the archive as a partner's plugin would.
 */
package dev.switchboard.testplugins;
