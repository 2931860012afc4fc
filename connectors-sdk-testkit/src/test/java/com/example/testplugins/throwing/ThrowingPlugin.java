package com.example.testplugins.throwing;

import org.pf4j.Plugin;

/** The plugin class of the detector that breaks the contract. */
public class ThrowingPlugin extends Plugin {
}
