package dev.switchboard.hub.plugins;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One class loader, registered once with Camel's {@code ClassResolver}, that finds classes and
 * resources in the started plugins, so that routes can name plugin classes. Plugins come and go
 * through {@link #add} and {@link #remove}: Camel's resolver cannot forget a class loader.
 */
final class PluginClassLoaders extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, ClassLoader> plugins = new ConcurrentHashMap<>();

    PluginClassLoaders() {
        super("switchboard-plugins", null);
    }

    void add(String pluginId, ClassLoader loader) {
        plugins.put(pluginId, loader);
    }

    void remove(String pluginId) {
        plugins.remove(pluginId);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader loader : plugins.values()) {
            try {
                return loader.loadClass(name);
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this plugin
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        return plugins.values().stream().map(loader -> loader.getResource(name)).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }
}
