package dev.switchboard.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.config.ConfigProblem;
import dev.switchboard.sdk.config.ConfigType;
import dev.switchboard.sdk.config.ConfigValidator;
import dev.switchboard.sdk.connector.ConnectorProvider;
import dev.switchboard.sdk.connector.RouteTemplateSpec;
import org.apache.camel.Component;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The {@link ConnectorProvider} contract as tests: extend it and supply the provider, preferably
 * from the built plugin through a {@link PluginHarness} (then override {@link #context()} with
 * {@code harness.context()}). Configurations are built from the provider's own declarations:
 * {@link #validConfiguration()} gives each option its default or an example of its type, secrets
 * point at the environment variable {@code SWITCHBOARD_TESTKIT_SECRET}, which the contract supplies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConnectorProviderContract {

    private ConnectorProvider provider;
    private TestPluginContext ownContext;

    /** The provider under test; called once per test class. */
    protected abstract ConnectorProvider provider();

    /**
     * A configuration the provider accepts, key to raw value as YAML gives it. Unless overridden:
     * every option's default, or an example of its type ({@code example}, {@code 1}, {@code 30s},
     * {@code https://example.com/}, ...). Override it when the connector's own {@code validate}
     * needs particular values.
     */
    protected Map<String, Object> validConfiguration() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ConfigOption option : options()) {
            values.put(option.name(), ConfigSamples.valid(option));
        }
        return values;
    }

    /** Where secret references resolve; by default only {@code SWITCHBOARD_TESTKIT_SECRET} is set. */
    protected Map<String, String> environment() {
        return Map.of(ConfigSamples.SECRET_VARIABLE, ConfigSamples.SECRET_VALUE);
    }

    /**
     * The context {@code components} receives. Unless overridden, a {@link TestPluginContext} with
     * {@link #validConfiguration()} in a temporary state directory.
     */
    protected PluginContext context() {
        if (ownContext == null) {
            ConfigValidator.Result result = ConfigValidator.validate(options(), validConfiguration(), environment());
            assertTrue(result.valid(), "validConfiguration() is not valid: " + result.problems());
            try {
                ownContext = new TestPluginContext("contract", result.config(), MutableClock.atFixedStart(),
                        Files.createTempDirectory("switchboard-contract-"));
            } catch (IOException e) {
                return fail("cannot create a temporary directory", e);
            }
        }
        return ownContext;
    }

    @BeforeAll
    void obtainProvider() {
        provider = provider();
        assertNotNull(provider, "provider() returned null");
    }

    @AfterAll
    void closeOwnContext() {
        if (ownContext != null) {
            ownContext.close();
            PluginHarness.deleteRecursively(ownContext.stateDirectory());
        }
    }

    private List<ConfigOption> options() {
        if (provider == null) {
            throw new IllegalStateException("the provider's options are read after provider() returned: do not call "
                    + "validConfiguration() or context() from provider()");
        }
        List<ConfigOption> options = provider.configuration();
        assertNotNull(options, "configuration() returned null; return List.of() for none");
        return options;
    }

    @Test
    void idAndDescriptionArePresent() {
        assertNotNull(provider.id(), "id() is null");
        assertTrue(provider.id().matches("[a-z0-9][a-z0-9-]*"), "id '" + provider.id()
                + "' should be lower case, digits and dashes");
        assertEquals(provider.id(), provider.id(), "id() changed between two calls");
        assertNotNull(provider.description(), "description() is null");
        assertFalse(provider.description().isBlank(), "description() is blank");
    }

    @Test
    void configurationOptionsAreWellFormed() {
        Set<String> names = new HashSet<>();
        for (ConfigOption option : options()) {
            assertTrue(names.add(option.name()), "option '" + option.name() + "' is declared twice");
            assertTrue(option.description() != null && !option.description().isBlank(),
                    "option '" + option.name() + "' has no description");
            if (option.secret()) {
                assertEquals(ConfigType.STRING, option.type(), "secret '" + option.name() + "' must be a STRING");
                assertNull(option.defaultValue(), "secret '" + option.name() + "' must not have a default");
            } else if (option.defaultValue() != null) {
                ConfigValidator.Result result = ConfigValidator.validate(List.of(option), Map.of(), Map.of());
                assertTrue(result.valid(), "the default of '" + option.name() + "' is not valid: " + result.problems());
            }
        }
    }

    @Test
    void validConfigurationPassesValidation() {
        ConfigValidator.Result result = ConfigValidator.validate(options(), validConfiguration(), environment());
        assertEquals(List.of(), result.problems(), "validConfiguration() is not valid");
        Map<String, Object> typed = ConfigFiles.typedValues(result.config(), options());
        List<ConfigProblem> problems = provider.validate(typed);
        assertNotNull(problems, "validate returned null; return List.of() when all is well");
        assertEquals(List.of(), problems, "the connector's validate refuses validConfiguration()");
    }

    @Test
    void validationReportsEveryWrongKeyAtOnce() {
        Map<String, Object> config = new LinkedHashMap<>(validConfiguration());
        Set<String> wrong = new LinkedHashSet<>();
        for (ConfigOption option : options()) {
            ConfigSamples.invalid(option).ifPresent(value -> {
                config.put(option.name(), value);
                wrong.add(option.name());
            });
        }
        config.put("no-such-key", "x");
        config.put("another-unknown-key", 1);
        wrong.add("no-such-key");
        wrong.add("another-unknown-key");

        List<ConfigProblem> problems = ConfigValidator.validate(options(), config, environment()).problems();
        Map<String, Long> perKey = problems.stream().collect(Collectors.groupingBy(
                p -> String.valueOf(p.key()), TreeMap::new, Collectors.counting()));
        Map<String, Long> expected = wrong.stream().collect(Collectors.toMap(Function.identity(), k -> 1L,
                (a, b) -> a, TreeMap::new));
        assertEquals(expected, perKey, "expected one problem per wrong key, all at once; got " + problems);
    }

    @Test
    void componentsHaveLowerCaseSchemes() {
        Map<String, Component> components = provider.components(context());
        assertNotNull(components, "components() returned null; return Map.of() for none");
        components.forEach((scheme, component) -> {
            assertNotNull(scheme, "a component is registered under a null scheme");
            assertTrue(scheme.matches("[a-z][a-z0-9+.-]*"), "scheme '" + scheme + "' must be lower case (a URI scheme)");
            assertNotNull(component, "component for scheme '" + scheme + "' is null");
        });
    }

    @Test
    void routeTemplatesExistAndDeclareTheirParameters() {
        List<RouteTemplateSpec> templates = provider.routeTemplates();
        assertNotNull(templates, "routeTemplates() returned null; return List.of() for none");
        for (RouteTemplateSpec spec : templates) {
            assertNotNull(spec.id(), "a route template has no id");
            assertNotNull(spec.resource(), "route template " + spec.id() + " names no resource");
            Map<?, ?> template = RouteTemplates.find(provider.getClass().getClassLoader(), spec);
            Set<String> inYaml = RouteTemplates.parameterNames(template);
            Set<String> declared = new LinkedHashSet<>();
            spec.parameters().forEach(p -> assertTrue(declared.add(p.name()),
                    "route template " + spec.id() + " declares parameter '" + p.name() + "' twice"));
            assertEquals(new TreeSet<>(declared), new TreeSet<>(inYaml),
                    "route template " + spec.id() + ": the parameters declared in RouteTemplateSpec and those in "
                            + spec.resource() + " differ");
        }
    }

    /** Finds a route template in a YAML resource. */
    static final class RouteTemplates {

        private RouteTemplates() {
        }

        static Map<?, ?> find(ClassLoader loader, RouteTemplateSpec spec) {
            Object root;
            try (InputStream in = loader.getResourceAsStream(spec.resource())) {
                assertNotNull(in, "route template " + spec.id() + ": resource " + spec.resource()
                        + " is not in the plugin");
                root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            } catch (IOException e) {
                return fail("cannot read " + spec.resource(), e);
            } catch (RuntimeException e) {
                return fail(spec.resource() + " is not valid YAML: " + e.getMessage(), e);
            }
            List<?> items = root instanceof List<?> list ? list : List.of(root == null ? Map.of() : root);
            for (Object item : items) {
                if (item instanceof Map<?, ?> map && map.get("routeTemplate") instanceof Map<?, ?> template
                        && spec.id().equals(template.get("id"))) {
                    return template;
                }
            }
            return fail(spec.resource() + " has no routeTemplate with id '" + spec.id() + "'");
        }

        static Set<String> parameterNames(Map<?, ?> template) {
            Set<String> names = new LinkedHashSet<>();
            if (template.get("parameters") instanceof List<?> parameters) {
                for (Object parameter : parameters) {
                    if (parameter instanceof Map<?, ?> p && p.get("name") != null) {
                        names.add(p.get("name").toString());
                    }
                }
            }
            return names;
        }
    }
}
