package dev.switchboard.hub.plugins;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The parent of every plugin's class loader: the JDK (through the platform class loader) and, from
 * the hub's own class path, only the packages a plugin is given: the SDK (with its Camel bases from
 * {@code connectors-sdk-camel}, also under {@code dev.switchboard.sdk}), Camel, PF4J and slf4j.
 * The hub's internals ({@code dev.switchboard.hub}), Spring and every other library of the hub stay
 * invisible, so a plugin cannot depend on them by accident and cannot clash with their versions.
 */
final class HostClassLoader extends ClassLoader {

    /** Packages the hub shares with plugins, as class-name prefixes. */
    static final List<String> SHARED_PACKAGES = List.of("dev.switchboard.sdk.", "org.apache.camel.", "org.pf4j.",
            "org.slf4j.");

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader application;

    HostClassLoader(ClassLoader application) {
        super("switchboard-plugin-host", ClassLoader.getPlatformClassLoader());
        this.application = application;
    }

    /** Whether a plugin may see this class (or resource, written with dots) of the hub's class path. */
    static boolean shared(String name) {
        return SHARED_PACKAGES.stream().anyMatch(name::startsWith);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (!shared(name)) {
            throw new ClassNotFoundException(name + " (not visible to plugins: only the SDK, Camel, PF4J, slf4j and "
                    + "the JDK are shared)");
        }
        return application.loadClass(name);
    }

    @Override
    protected URL findResource(String name) {
        return sharedResource(name) ? application.getResource(name) : null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return sharedResource(name) ? application.getResources(name) : Collections.emptyEnumeration();
    }

    /** Resources inside the shared packages, and the service files Camel looks up by scheme. */
    private static boolean sharedResource(String name) {
        String dotted = name.replace('/', '.');
        return shared(dotted) || name.startsWith("META-INF/services/org/apache/camel/");
    }
}
