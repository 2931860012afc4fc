package dev.switchboard.sdk.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import dev.switchboard.sdk.compat.BundledClasses;
import dev.switchboard.sdk.compat.SdkCompatibility;
import dev.switchboard.sdk.SdkVersion;
import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.connector.ConnectorProvider;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.transform.FieldTransform;
import org.apache.camel.impl.DefaultCamelContext;
import org.pf4j.ExtensionPoint;
import org.pf4j.PluginWrapper;

/**
 * Loads a built plugin (a zip with {@code classes/} and {@code lib/}, a plugin directory, or a jar)
 * the way the hub does, so that a test exercises what will be deployed:
 * <ol>
 *   <li>reads the descriptor and checks {@code Plugin-Requires} against this SDK ({@link SdkCompatibility});</li>
 *   <li>refuses a plugin that bundles SDK, Camel or PF4J classes ({@link BundledClasses});</li>
 *   <li>loads and starts it in a real PF4J {@code DefaultPluginManager} and creates each extension once;</li>
 *   <li>validates the configuration (a map, or a YAML file as in {@code config/plugins/<id>.yaml})
 *       against the union of the extensions' {@code configuration()}, then each connector's own
 *       {@code validate}, reporting every problem together;</li>
 *   <li>hands the plugin a {@link TestPluginContext} (settable clock, readable metrics, file-backed
 *       idempotent repositories, a data directory);</li>
 *   <li>registers each connector's components on a real {@link DefaultCamelContext} under their
 *       schemes, loads its route templates, and starts the CamelContext.</li>
 * </ol>
 * A plugin the hub would refuse throws {@link PluginRefusedException} with the reason. Close the
 * harness to stop everything and delete its temporary files.
 *
 * <pre>{@code
 * try (PluginHarness harness = PluginHarness.builder(Path.of("target/my-plugin.zip"))
 *         .config(Map.of("poll-interval", "5m")).build()) {
 *     TriggerDetector detector = harness.extension(TriggerDetector.class);
 * }
 * }</pre>
 */
public final class PluginHarness implements AutoCloseable {

    /** The SDK's extension points: what the hub looks for in a plugin. */
    public static final List<Class<? extends ExtensionPoint>> EXTENSION_POINTS =
            List.of(TriggerDetector.class, ConnectorProvider.class, FieldTransform.class);

    private final PluginArchive archive;
    private final LoadedPlugin plugin;
    private final TestPluginContext context;
    private final DefaultCamelContext camelContext;
    private final MutableClock clock;
    private final Path ownedStateDirectory;

    private PluginHarness(PluginArchive archive, LoadedPlugin plugin, TestPluginContext context,
                          DefaultCamelContext camelContext, MutableClock clock, Path ownedStateDirectory) {
        this.archive = archive;
        this.plugin = plugin;
        this.context = context;
        this.camelContext = camelContext;
        this.clock = clock;
        this.ownedStateDirectory = ownedStateDirectory;
    }

    /** Loads the plugin with an empty configuration. */
    public static PluginHarness load(Path plugin) {
        return builder(plugin).build();
    }

    public static Builder builder(Path plugin) {
        return new Builder(plugin);
    }

    /** What to load and with what; {@link #build()} loads it. */
    public static final class Builder {
        private final Path plugin;
        private Map<String, ?> config;
        private Path configFile;
        private Map<String, String> environment = System.getenv();
        private MutableClock clock = MutableClock.atFixedStart();
        private Path stateDirectory;

        private Builder(Path plugin) {
            this.plugin = Objects.requireNonNull(plugin, "plugin");
        }

        /** The plugin's configuration, key to value as YAML would give it (text, number, boolean, list). */
        public Builder config(Map<String, ?> values) {
            this.config = Map.copyOf(values);
            return this;
        }

        /** The plugin's configuration from a YAML file, as in {@code config/plugins/<id>.yaml}. */
        public Builder configFile(Path file) {
            this.configFile = file;
            return this;
        }

        /** Where {@code ${NAME}} secret references are looked up; {@code System.getenv()} unless set. */
        public Builder environment(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
            return this;
        }

        /** The clock the plugin sees; a clock fixed at 2025-01-01T00:00:00Z unless set. */
        public Builder clock(MutableClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Where idempotent repositories and the data directory live. Give two harnesses, one after
         * the other, the same directory to simulate a hub restart. Unless set, a temporary directory
         * deleted on close.
         */
        public Builder stateDirectory(Path directory) {
            this.stateDirectory = directory;
            return this;
        }

        /** @throws PluginRefusedException when the hub would refuse the plugin, saying why */
        public PluginHarness build() {
            if (config != null && configFile != null) {
                throw new IllegalStateException("give the configuration as a map or as a file, not both");
            }
            PluginArchive archive = PluginArchive.read(plugin);
            checkDescriptor(archive);
            checkNothingBundled(archive);
            Map<String, Object> raw = configFile != null ? ConfigFiles.read(configFile)
                    : config == null ? Map.of() : new LinkedHashMap<>(config);
            String configSource = configFile != null ? configFile.toString() : "the test's configuration";
            return start(archive, raw, configSource, this);
        }
    }

    private static void checkDescriptor(PluginArchive archive) {
        List<String> missing = new ArrayList<>();
        if (archive.id() == null) {
            missing.add("plugin.id (Plugin-Id) is missing");
        }
        if (archive.version() == null) {
            missing.add("plugin.version (Plugin-Version) is missing");
        }
        if (!missing.isEmpty()) {
            throw new PluginRefusedException("plugin " + archive.path().getFileName() + " is refused: its descriptor "
                    + "is incomplete", missing);
        }
        SdkCompatibility.check(archive.requires()).ifPresent(reason -> {
            throw new PluginRefusedException("plugin " + archive.id() + " is refused: " + reason
                    + ". Build it against SDK " + SdkVersion.CURRENT + " or older (plugin.requires="
                    + SdkVersion.CURRENT + ")");
        });
    }

    private static void checkNothingBundled(PluginArchive archive) {
        Set<String> bundled;
        try {
            bundled = BundledClasses.find(archive.path());
        } catch (IOException e) {
            throw new PluginRefusedException("cannot read plugin " + archive.path(), e);
        }
        if (!bundled.isEmpty()) {
            throw new PluginRefusedException("plugin " + archive.id() + " is refused: it bundles classes the hub "
                    + "provides, and PF4J would silently drop its extensions. Give connectors-sdk, camel-* and pf4j "
                    + "<scope>provided</scope> in its pom", List.copyOf(bundled));
        }
    }

    private static PluginHarness start(PluginArchive archive, Map<String, Object> raw, String configSource,
                                       Builder builder) {
        Path ownedState = null;
        LoadedPlugin plugin = null;
        TestPluginContext context = null;
        DefaultCamelContext camel = null;
        try {
            plugin = LoadedPlugin.load(archive);
            List<ConfigOption> options = PluginConfigurations.options(plugin);
            var config = PluginConfigurations.validate(plugin, options, raw, builder.environment, configSource);
            Path state = builder.stateDirectory;
            if (state == null) {
                ownedState = Files.createTempDirectory("switchboard-plugin-state-");
                state = ownedState;
            }
            context = new TestPluginContext(archive.id(), config, builder.clock, state);
            for (TriggerDetector detector : plugin.extensions(TriggerDetector.class)) {
                detector.init(context);
            }
            camel = new DefaultCamelContext();
            CamelWiring.wire(camel, plugin, context);
            camel.start();
            return new PluginHarness(archive, plugin, context, camel, builder.clock, ownedState);
        } catch (IOException e) {
            closeQuietly(camel, context, plugin, ownedState);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(camel, context, plugin, ownedState);
            throw e;
        }
    }

    /** The plugin's id, from its descriptor. */
    public String pluginId() {
        return archive.id();
    }

    /** The plugin's descriptor and archive. */
    public PluginArchive archive() {
        return archive;
    }

    /** The PF4J view of the plugin (state, class loader, descriptor). */
    public PluginWrapper pluginWrapper() {
        return plugin.wrapper();
    }

    /** The plugin's extensions of one extension point, each created once; empty when it has none. */
    public <T extends ExtensionPoint> List<T> extensions(Class<T> extensionPoint) {
        return plugin.extensions(extensionPoint);
    }

    /** The plugin's only extension of an extension point. */
    public <T extends ExtensionPoint> T extension(Class<T> extensionPoint) {
        List<T> found = extensions(extensionPoint);
        if (found.size() != 1) {
            throw new IllegalStateException("plugin " + pluginId() + " has " + found.size() + " "
                    + extensionPoint.getSimpleName() + " extensions, not one: use extensions(" + extensionPoint.getSimpleName()
                    + ".class) and pick one");
        }
        return found.get(0);
    }

    /** The context handed to the plugin: read its metrics, move its clock, find its data directory. */
    public TestPluginContext context() {
        return context;
    }

    public InMemoryMetrics metrics() {
        return context.metrics();
    }

    public MutableClock clock() {
        return clock;
    }

    /** The running CamelContext with the plugin's components and route templates. */
    public DefaultCamelContext camelContext() {
        return camelContext;
    }

    /** Stops Camel, unloads the plugin, deletes the temporary files (a state directory given by the test stays). */
    @Override
    public void close() {
        closeQuietly(camelContext, context, plugin, ownedStateDirectory);
    }

    private static void closeQuietly(DefaultCamelContext camel, TestPluginContext context, LoadedPlugin plugin,
                                     Path ownedState) {
        if (camel != null) {
            camel.shutdown();
        }
        if (context != null) {
            context.close();
        }
        if (plugin != null) {
            plugin.close();
        }
        if (ownedState != null) {
            deleteRecursively(ownedState);
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
