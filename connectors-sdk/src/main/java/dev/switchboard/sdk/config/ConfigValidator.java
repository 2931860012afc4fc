package dev.switchboard.sdk.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates raw configuration values (as read from YAML) against declared options, collecting
 * every problem instead of stopping at the first. Secrets must be given as {@code ${ENV_VAR}} and
 * are resolved from the environment passed in.
 */
public final class ConfigValidator {

    private static final Pattern ENV_REFERENCE = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");
    private static final Pattern SHORT_DURATION = Pattern.compile("^(\\d+)\\s*(ms|s|m|h|d)$");

    private ConfigValidator() {
    }

    /** The outcome: the typed configuration when {@code problems} is empty. */
    public record Result(PluginConfig config, List<ConfigProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * @param options     what the extension declares
     * @param raw         key to value as read from YAML (text, number, boolean, list); may be empty
     * @param environment where {@code ${NAME}} references are looked up (usually {@code System.getenv()})
     */
    public static Result validate(Collection<ConfigOption> options, Map<String, ?> raw, Map<String, String> environment) {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> secrets = new HashSet<>();
        Set<String> known = new HashSet<>();
        for (ConfigOption option : options) {
            known.add(option.name());
            Object given = raw.get(option.name());
            if (option.secret()) {
                secrets.add(option.name());
                given = secret(option, given, environment, problems);
                if (given == null && raw.containsKey(option.name())) {
                    continue;
                }
            }
            if (given == null) {
                given = option.defaultValue();
            }
            if (given == null) {
                if (option.required()) {
                    problems.add(new ConfigProblem(option.name(), "required: " + describe(option)));
                }
                continue;
            }
            try {
                values.put(option.name(), convert(option.type(), given));
            } catch (IllegalArgumentException e) {
                problems.add(new ConfigProblem(option.name(), e.getMessage()));
            }
        }
        raw.keySet().stream().filter(k -> !known.contains(k)).sorted().forEach(k -> problems.add(new ConfigProblem(k,
                "unknown key; known keys: " + String.join(", ", known.stream().sorted().toList()))));
        return new Result(new PluginConfig(values, secrets), List.copyOf(problems));
    }

    private static Object secret(ConfigOption option, Object given, Map<String, String> env, List<ConfigProblem> problems) {
        if (given == null) {
            return null;
        }
        Matcher reference = ENV_REFERENCE.matcher(given.toString().strip());
        if (!reference.matches()) {
            problems.add(new ConfigProblem(option.name(), "a secret is never written in the file: write ${ENV_VAR} "
                    + "and set that environment variable"));
            return null;
        }
        String value = env.get(reference.group(1));
        if (value == null || value.isEmpty()) {
            problems.add(new ConfigProblem(option.name(), "environment variable " + reference.group(1) + " is not set"));
            return null;
        }
        return value;
    }

    private static String describe(ConfigOption option) {
        String type = option.type().name().toLowerCase(Locale.ROOT);
        return option.description() == null ? type : option.description() + " (" + type + ")";
    }

    static Object convert(ConfigType type, Object value) {
        String text = value.toString().strip();
        return switch (type) {
            case STRING -> text;
            case INT -> number(text, type, () -> Integer.parseInt(text));
            case LONG -> number(text, type, () -> Long.parseLong(text));
            case DOUBLE -> number(text, type, () -> Double.parseDouble(text));
            case BOOLEAN -> {
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("'" + text + "' is not true or false");
                }
                yield Boolean.parseBoolean(text);
            }
            case DURATION -> duration(text);
            case URI -> uri(text);
            case LIST -> value instanceof Collection<?> items ? items.stream().map(String::valueOf).toList()
                    : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        };
    }

    private interface Parse {
        Object parse();
    }

    private static Object number(String text, ConfigType type, Parse parse) {
        try {
            return parse.parse();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a " + type.name().toLowerCase(Locale.ROOT) + " number");
        }
    }

    private static Duration duration(String text) {
        Matcher m = SHORT_DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 30s, 5m or PT5M");
        }
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute()) {
                throw new IllegalArgumentException("'" + text + "' is not an absolute URI (https://..., file:...)");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URI: " + e.getReason());
        }
    }
}
