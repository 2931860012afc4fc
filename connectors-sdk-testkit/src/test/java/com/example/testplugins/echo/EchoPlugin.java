package com.example.testplugins.echo;

import org.pf4j.Plugin;

/** The plugin class of the connector plugin. */
public class EchoPlugin extends Plugin {
}
