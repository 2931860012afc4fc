/**
 * The canonical model: the records connectors map to and from. Nothing maps system to system
 * directly. Each record has a plain JSON form: its components by name, {@code null} for absent,
 * ISO-8601 for instants.
 */
package dev.switchboard.sdk.model;
