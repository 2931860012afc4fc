package dev.switchboard.hub.home;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Binds every Switchboard settings record ({@code @ConfigurationProperties} in the hub) before the
 * application starts and refuses to start with ALL their problems listed together, each with its
 * key, value and where it was set (file and line). Spring by itself stops at the first one.
 */
public class SettingsCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder binder = Binder.get(environment);
        List<String> problems = new ArrayList<>();
        try (ValidatorFactory validation = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            Validator validator = validation.getValidator();
            for (Class<?> settings : settingsClasses()) {
                String prefix = settings.getAnnotation(ConfigurationProperties.class).value();
                try {
                    binder.bind(prefix, Bindable.of(settings)).ifBound(bound ->
                            validator.validate(bound).stream()
                                    .map(v -> invalid(environment, prefix, v))
                                    .sorted().forEach(problems::add));
                } catch (BindException e) {
                    problems.add(unreadable(e));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the configuration has " + problems.size() + " problem(s):\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    private static String invalid(ConfigurableEnvironment environment, String prefix, ConstraintViolation<?> violation) {
        String key = prefix + "." + kebab(violation.getPropertyPath().toString());
        Origin origin = null;
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            ConfigurationProperty property = source.getConfigurationProperty(ConfigurationPropertyName.adapt(key, '.'));
            if (property != null) {
                origin = property.getOrigin();
                break;
            }
        }
        return key + " = " + violation.getInvalidValue() + ": " + violation.getMessage() + where(origin);
    }

    private static String unreadable(BindException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        while (cause.getCause() != null && cause.getMessage() != null && cause.getMessage().startsWith("Failed to convert")) {
            cause = cause.getCause();
        }
        String value = e.getProperty() == null ? "" : " = " + e.getProperty().getValue();
        return e.getName() + value + ": " + cause.getMessage()
                + where(e.getProperty() == null ? null : e.getProperty().getOrigin());
    }

    /** {@code owners[0].displayName} as users write it: {@code owners[0].display-name}. */
    static String kebab(String path) {
        return path.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String where(Origin origin) {
        return origin == null ? "" : " (set in " + origin + ")";
    }

    private static List<Class<?>> settingsClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Class<?>> classes = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("dev.switchboard.hub")) {
            try {
                classes.add(Class.forName(candidate.getBeanClassName(), false, SettingsCheck.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("settings class " + candidate.getBeanClassName() + " vanished", e);
            }
        }
        return classes;
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 2;
    }
}
