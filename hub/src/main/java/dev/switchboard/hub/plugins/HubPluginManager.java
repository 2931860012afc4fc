package dev.switchboard.hub.plugins;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import dev.switchboard.sdk.SdkVersion;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFinder;
import org.pf4j.JarPluginLoader;
import org.pf4j.LegacyExtensionFinder;
import org.pf4j.Plugin;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.pf4j.VersionManager;

/**
 * PF4J set up for the hub: plugin class loaders whose parent is the {@link HostClassLoader}
 * (application classes first, then the plugin's own), the SDK's version policy, extensions read
 * from plugins only (never from the hub's class path), and a plugin without {@code Plugin-Class}
 * allowed. The hub loads plugins one path at a time ({@link #loadPlugin(Path)}); it never scans.
 */
final class HubPluginManager extends DefaultPluginManager {

    /** Built before PF4J's constructor calls the factory methods below, hence static. */
    private static final ClassLoader HOST = new HostClassLoader(HubPluginManager.class.getClassLoader());

    HubPluginManager(Path pluginsDir) {
        super(pluginsDir);
        setSystemVersion(SdkVersion.CURRENT);
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEPLOYMENT;
    }

    @Override
    protected VersionManager createVersionManager() {
        return new SdkVersionManager();
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader()
                .add(new DefaultPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor descriptor) {
                        return classLoader(descriptor);
                    }
                })
                .add(new JarPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor descriptor) {
                        return classLoader(descriptor); // JarPluginLoader adds the jar itself
                    }
                });
    }

    private PluginClassLoader classLoader(PluginDescriptor descriptor) {
        return new PluginClassLoader(this, descriptor, HOST, ClassLoadingStrategy.APD);
    }

    @Override
    protected ExtensionFinder createExtensionFinder() {
        LegacyExtensionFinder finder = new LegacyExtensionFinder(this) {
            @Override
            public Map<String, Set<String>> readClasspathStorages() {
                return Map.of();
            }
        };
        addPluginStateListener(finder);
        return finder;
    }

    @Override
    protected PluginFactory createPluginFactory() {
        return new DefaultPluginFactory() {
            @Override
            public Plugin create(PluginWrapper wrapper) {
                String pluginClass = wrapper.getDescriptor().getPluginClass();
                if (pluginClass == null || pluginClass.isBlank()) {
                    return new Plugin();
                }
                Plugin plugin = super.create(wrapper);
                if (plugin == null) {
                    throw new PluginRuntimeException("Plugin-Class " + pluginClass + " cannot be created: it must be a "
                            + "public subclass of org.pf4j.Plugin with a public no-argument constructor");
                }
                return plugin;
            }
        };
    }
}
