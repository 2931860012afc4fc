package com.example.hiring;

import org.pf4j.Plugin;

/**
 * The plugin's entry point, named by {@code plugin.class} in {@code plugin.properties}. The hub
 * starts and stops it; it has nothing to do here, its work is in the extensions.
 */
public class HiringExamplePlugin extends Plugin {
}
