package com.example.testplugins.hiring;

import org.pf4j.Plugin;

/** The plugin class of the well-behaved detector plugin. */
public class HiringPlugin extends Plugin {
}
