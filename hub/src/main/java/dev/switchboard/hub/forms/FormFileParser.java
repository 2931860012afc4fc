package dev.switchboard.hub.forms;

import java.nio.file.Files;
import java.nio.file.Path;

import java.io.Reader;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.switchboard.hub.forms.FormDefinition.Assignee;
import dev.switchboard.hub.forms.FormDefinition.Auth;
import dev.switchboard.hub.forms.FormDefinition.AuthMode;
import dev.switchboard.hub.forms.FormDefinition.Confirmation;
import dev.switchboard.hub.forms.FormDefinition.ConsentPurpose;
import dev.switchboard.hub.forms.FormDefinition.Field;
import dev.switchboard.hub.forms.FormDefinition.FieldType;
import dev.switchboard.hub.forms.FormDefinition.Meeting;
import dev.switchboard.hub.forms.FormDefinition.OwnerRule;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one form file with SnakeYAML's node marks, so that every problem names its file and line;
 * all problems are collected, none stops the reading early. Cross-checks: consent and meeting fields
 * exist with the right type, owners are known, secrets resolve from the environment.
 */
final class FormFileParser {

    private static final Pattern ENV = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_.]*)}$");
    private static final Set<String> TOP = Set.of("title", "fields", "consents", "defaultPhoneRegion", "owners",
            "followUpDue", "timeZone", "confirmation", "meeting", "nurtureList", "auth", "cors", "thankYouUrl");

    private final Set<String> knownOwners;
    private final Predicate<String> templateExists;
    private final UnaryOperator<String> environment;

    /**
     * @param knownOwners ids of users and teams ({@code switchboard.crm.owners})
     * @param environment looks up an environment variable or property; {@code null} when unset
     */
    FormFileParser(Set<String> knownOwners, UnaryOperator<String> environment) {
        this(knownOwners, environment, template -> true);
    }

    /**
     * @param templateExists whether {@code config/templates/<name>.html} exists: a form that names a
     *                       missing confirmation template is refused here, with its line, instead of
     *                       every confirmation failing later
     */
    FormFileParser(Set<String> knownOwners, UnaryOperator<String> environment, Predicate<String> templateExists) {
        this.templateExists = templateExists;
        this.knownOwners = knownOwners;
        this.environment = environment;
    }

    /** The form, or the problems that keep it from being one. */
    record Result(FormDefinition form, List<FormProblem> problems) {
    }

    Result parse(String file, Reader text) {
        List<FormProblem> problems = new ArrayList<>();
        String id = file.replaceFirst("\\.ya?ml$", "");
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            return new Result(null, List.of(new FormProblem(file, line == 0 ? null : line, "not valid YAML: " + e.getProblem())));
        } catch (RuntimeException e) {
            return new Result(null, List.of(new FormProblem(file, null, "not valid YAML: " + e.getMessage())));
        }
        if (root == null) {
            return new Result(null, List.of(new FormProblem(file, null, "the file is empty")));
        }
        YamlMap top = new YamlMap(file, root, problems, TOP);
        List<Field> fields = fields(file, top, problems);
        FormDefinition form = new FormDefinition(id, fields, consents(file, top, problems, fields),
                region(top), ownerRules(file, top, problems), defaultAssignee(file, top, problems),
                confirmation(file, top, problems), meeting(file, top, problems, fields), top.text("nurtureList", false),
                auth(file, top, problems), top.texts("cors"), top.text("thankYouUrl", false), duration(top), zone(top));
        return new Result(problems.isEmpty() ? form : null, problems);
    }

    private static String region(YamlMap top) {
        String region = top.text("defaultPhoneRegion", false);
        if (region != null && !region.matches("[A-Z]{2}")) {
            top.problem(top.node("defaultPhoneRegion"), "'defaultPhoneRegion' must be a two-letter region such as CZ");
        }
        return region;
    }

    private static Duration duration(YamlMap top) {
        String text = top.text("followUpDue", false);
        if (text == null) {
            return Duration.ofHours(4);
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            top.problem(top.node("followUpDue"), "'followUpDue' must be an ISO-8601 duration such as PT4H, not '" + text + "'");
            return Duration.ofHours(4);
        }
    }

    private static ZoneId zone(YamlMap top) {
        String text = top.text("timeZone", false);
        try {
            return text == null ? ZoneOffset.UTC : ZoneId.of(text);
        } catch (DateTimeException e) {
            top.problem(top.node("timeZone"), "'timeZone' must be a zone such as Europe/Prague, not '" + text + "'");
            return ZoneOffset.UTC;
        }
    }

    private static List<Field> fields(String file, YamlMap top, List<FormProblem> problems) {
        List<Field> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (top.node("fields") == null) {
            top.problem(top.self(), "missing required key 'fields'");
        }
        for (Node item : top.items("fields")) {
            YamlMap f = new YamlMap(file, item, problems, Set.of("name", "type", "required", "maxLength", "values"));
            String name = f.text("name", true);
            String typeText = f.text("type", true);
            FieldType type = FieldType.TEXT;
            if (typeText != null) {
                try {
                    type = FieldType.valueOf(typeText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    f.problem(f.node("type"), "unknown field type '" + typeText
                            + "'; known: text, email, phone, date, datetime, choice, boolean, number");
                }
            }
            List<String> values = f.texts("values");
            if (type == FieldType.CHOICE && values.isEmpty()) {
                f.problem(item, "a choice field needs 'values'");
            }
            if (name != null && !names.add(name)) {
                f.problem(item, "field '" + name + "' is declared twice");
            }
            fields.add(new Field(name, type, f.bool("required", false), f.integer("maxLength", null, 1), values));
        }
        return fields;
    }

    private static List<ConsentPurpose> consents(String file, YamlMap top, List<FormProblem> problems, List<Field> fields) {
        List<ConsentPurpose> out = new ArrayList<>();
        for (Node item : top.items("consents")) {
            YamlMap c = new YamlMap(file, item, problems, Set.of("purpose", "field", "text", "textVersion", "required"));
            ConsentPurpose purpose = new ConsentPurpose(c.text("purpose", true), c.text("field", true),
                    c.text("text", true), c.text("textVersion", true), c.bool("required", false));
            if (purpose.field() != null && fields.stream().noneMatch(f -> purpose.field().equals(f.name())
                    && f.type() == FieldType.BOOLEAN)) {
                c.problem(c.node("field"), "consent field '" + purpose.field() + "' must be a declared boolean field");
            }
            out.add(purpose);
        }
        return out;
    }

    private List<OwnerRule> ownerRules(String file, YamlMap top, List<FormProblem> problems) {
        YamlMap owners = new YamlMap(file, top.node("owners"), problems, Set.of("rules", "default"));
        List<OwnerRule> rules = new ArrayList<>();
        for (Node item : owners.items("rules")) {
            YamlMap r = new YamlMap(file, item, problems, Set.of("field", "values", "phoneCountry", "emailDomain",
                    "productInterest", "owner", "team"));
            OwnerRule rule = new OwnerRule(r.text("field", false), r.texts("values"), r.texts("phoneCountry"),
                    r.texts("emailDomain"), r.texts("productInterest"), assignee(r));
            if (rule.field() == null && rule.phoneCountries().isEmpty() && rule.emailDomains().isEmpty()
                    && rule.productInterests().isEmpty()) {
                r.problem(item, "a rule needs a criterion: field + values, phoneCountry, emailDomain or productInterest");
            }
            rules.add(rule);
        }
        return rules;
    }

    private Assignee defaultAssignee(String file, YamlMap top, List<FormProblem> problems) {
        YamlMap owners = new YamlMap(file, top.node("owners"), new ArrayList<>(), Set.of("rules", "default"));
        Node node = owners.node("default");
        return node == null ? null : assignee(new YamlMap(file, node, problems, Set.of("owner", "team")));
    }

    private Assignee assignee(YamlMap map) {
        String owner = map.text("owner", false);
        String team = map.text("team", false);
        if ((owner == null) == (team == null)) {
            map.problem(map.self(), "name exactly one of 'owner' or 'team'");
        }
        for (String id : new String[] {owner, team}) {
            if (id != null && !knownOwners.contains(id)) {
                map.problem(map.self(), "unknown owner or team '" + id + "'; known: " + String.join(", ", knownOwners));
            }
        }
        return new Assignee(owner, team);
    }

    private Confirmation confirmation(String file, YamlMap top, List<FormProblem> problems) {
        Node node = top.node("confirmation");
        if (node == null) {
            return null;
        }
        YamlMap c = new YamlMap(file, node, problems, Set.of("template", "subject"));
        Confirmation confirmation = new Confirmation(c.text("template", true), c.text("subject", true));
        if (confirmation.template() != null && !templateExists.test(confirmation.template())) {
            c.problem(c.node("template"), "no template config/templates/" + confirmation.template()
                    + ".html: write it, or name one that exists");
        }
        return confirmation;
    }

    /** Whether {@code <templates>/<name>.html} exists, for forms read from {@code <config>/forms}. */
    static Predicate<String> templatesBeside(Path formsFolder) {
        Path templates = formsFolder.resolveSibling("templates");
        return name -> !name.contains("/") && !name.contains("..") && Files.isRegularFile(templates.resolve(name + ".html"));
    }

    private static Meeting meeting(String file, YamlMap top, List<FormProblem> problems, List<Field> fields) {
        Node node = top.node("meeting");
        if (node == null) {
            return null;
        }
        YamlMap m = new YamlMap(file, node, problems, Set.of("field", "durationMinutes", "location", "title"));
        Meeting meeting = new Meeting(m.text("field", true), m.integer("durationMinutes", 30, 1),
                m.text("location", false), m.text("title", false));
        if (meeting.field() != null && fields.stream().noneMatch(f -> meeting.field().equals(f.name())
                && f.type() == FieldType.DATETIME)) {
            m.problem(m.node("field"), "meeting field '" + meeting.field() + "' must be a declared datetime field");
        }
        return meeting;
    }

    private Auth auth(String file, YamlMap top, List<FormProblem> problems) {
        if (top.node("auth") == null) {
            top.problem(top.self(), "missing required key 'auth' (mode: api-key, hmac or public)");
            return new Auth(AuthMode.PUBLIC, null, null, 10, List.of());
        }
        YamlMap a = new YamlMap(file, top.node("auth"), problems,
                Set.of("mode", "secret", "honeypot", "ratePerMinute", "allowedOrigins"));
        String modeText = a.text("mode", true);
        AuthMode mode = AuthMode.PUBLIC;
        if (modeText != null) {
            switch (modeText) {
                case "api-key" -> mode = AuthMode.API_KEY;
                case "hmac" -> mode = AuthMode.HMAC;
                case "public" -> mode = AuthMode.PUBLIC;
                default -> a.problem(a.node("mode"), "unknown auth mode '" + modeText + "'; known: api-key, hmac, public");
            }
        }
        String secret = null;
        if (mode != AuthMode.PUBLIC) {
            secret = secret(a);
        }
        return new Auth(mode, secret, a.text("honeypot", false), a.integer("ratePerMinute", 10, 1), a.texts("allowedOrigins"));
    }

    private String secret(YamlMap a) {
        String ref = a.text("secret", true);
        if (ref == null) {
            return null;
        }
        Matcher env = ENV.matcher(ref);
        if (!env.matches()) {
            a.problem(a.node("secret"), "'secret' must name an environment variable as ${NAME}; secrets never go into files");
            return null;
        }
        String value = environment.apply(env.group(1));
        if (value == null || value.isBlank()) {
            a.problem(a.node("secret"), "environment variable " + env.group(1) + " is not set");
            return null;
        }
        return value;
    }
}
