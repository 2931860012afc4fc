package dev.switchboard.hub.plugins;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.connector.ConnectorProvider;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.transform.FieldTransform;

/**
 * The extensions of one loaded plugin, each created once and kept (PF4J's {@code getExtensions}
 * would create new instances on every call). Classes are read from the plugin's own extension
 * index ({@code META-INF/extensions.idx}, written by PF4J's annotation processor for
 * {@code @Extension} classes) and its {@code META-INF/services} files for the three extension points.
 */
record PluginExtensions(List<ConnectorProvider> connectors, List<TriggerDetector> detectors,
                        List<FieldTransform> transforms) {

    private static final List<Class<?>> POINTS = List.of(ConnectorProvider.class, TriggerDetector.class,
            FieldTransform.class);

    PluginExtensions {
        connectors = List.copyOf(connectors);
        detectors = List.copyOf(detectors);
        transforms = List.copyOf(transforms);
    }

    static PluginExtensions none() {
        return new PluginExtensions(List.of(), List.of(), List.of());
    }

    /**
     * Creates every extension of the plugin.
     *
     * @throws IllegalStateException naming the class when one cannot be loaded or created
     */
    static PluginExtensions create(ClassLoader pluginLoader) throws IOException {
        List<ConnectorProvider> connectors = new ArrayList<>();
        List<TriggerDetector> detectors = new ArrayList<>();
        List<FieldTransform> transforms = new ArrayList<>();
        for (String name : classNames(pluginLoader)) {
            Object extension = instantiate(pluginLoader, name);
            if (extension instanceof ConnectorProvider c) {
                connectors.add(c);
            }
            if (extension instanceof TriggerDetector d) {
                detectors.add(d);
            }
            if (extension instanceof FieldTransform t) {
                transforms.add(t);
            }
        }
        return new PluginExtensions(connectors, detectors, transforms);
    }

    private static Set<String> classNames(ClassLoader loader) throws IOException {
        Set<String> names = new LinkedHashSet<>(read(loader, "META-INF/extensions.idx"));
        for (Class<?> point : POINTS) {
            names.addAll(read(loader, "META-INF/services/" + point.getName()));
        }
        return names;
    }

    /** Lines of the plugin's own copies of a resource (never the host's). */
    private static List<String> read(ClassLoader loader, String resource) throws IOException {
        List<URL> urls = loader instanceof URLClassLoader own ? Collections.list(own.findResources(resource)) : List.of();
        List<String> names = new ArrayList<>();
        for (URL url : urls) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
            }
        }
        return names;
    }

    private static Object instantiate(ClassLoader loader, String name) {
        try {
            return loader.loadClass(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException("extension " + name + " cannot be created: " + PluginInspector.describe(cause), cause);
        }
    }

    /** The configuration options all extensions declare, in extension order. */
    List<ConfigOption> options() {
        return Stream.of(connectors.stream().flatMap(c -> safe(c::configuration)),
                detectors.stream().flatMap(d -> safe(d::configuration))).flatMap(s -> s).toList();
    }

    private static Stream<ConfigOption> safe(java.util.function.Supplier<List<ConfigOption>> options) {
        List<ConfigOption> list = options.get();
        return list == null ? Stream.empty() : list.stream();
    }

    /** Descriptions for {@code GET /api/plugins}; detectors' suspension is added by the caller. */
    List<PluginInfo.Extension> describe(java.util.function.Function<TriggerDetector, PluginInfo.Extension> detector) {
        List<PluginInfo.Extension> list = new ArrayList<>();
        connectors.forEach(c -> list.add(new PluginInfo.Extension("connector", c.id(), c.getClass().getName(), null, null)));
        detectors.forEach(d -> list.add(detector.apply(d)));
        transforms.forEach(t -> list.add(new PluginInfo.Extension("transform", t.name(), t.getClass().getName(), null, null)));
        return list;
    }
}
