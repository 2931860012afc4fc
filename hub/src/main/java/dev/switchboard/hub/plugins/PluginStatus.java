package dev.switchboard.hub.plugins;

/** Where a plugin stands, as {@code GET /api/plugins} shows it. */
public enum PluginStatus {
    /** Loaded, configured and started: its extensions are in use. */
    STARTED,
    /** Loaded but stopped by an admin; its routes are stopped with it. */
    STOPPED,
    /** Loaded, but its configuration has problems or its start threw; see the problems and last error. */
    FAILED,
    /** Not loaded: the archive does not fit the hub (see the reason). */
    REFUSED
}
