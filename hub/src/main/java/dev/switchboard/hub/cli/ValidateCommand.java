package dev.switchboard.hub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.io.Reader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.switchboard.hub.forms.FormFiles;
import dev.switchboard.hub.home.ConfigFileCheck;
import dev.switchboard.hub.routes.RouteFileLint;
import dev.switchboard.hub.routes.RouteProblem;
import org.apache.camel.impl.DefaultCamelContext;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code switchboard validate [HOME]}: checks what a home's users edit before the hub reads it —
 * the YAML of {@code config/application.yaml}, and every route file in {@code routes/} (it parses,
 * one route per file, id equal to the file name, the shared error handling), and every form in
 * {@code config/forms/} (secrets are looked up in this process's environment). Prints one line per
 * problem, {@code file:line:column: message}, and exits 1 when there is any.
 */
public final class ValidateCommand {

    private final PrintStream out;

    public ValidateCommand(PrintStream out) {
        this.out = out;
    }

    /** @return the process exit code: 0 when everything is valid, 1 otherwise */
    public int run(Path home) throws IOException {
        List<String> problems = new ArrayList<>();
        Path config = home.resolve("config/application.yaml");
        try {
            ConfigFileCheck.requireValidYaml(config);
        } catch (IllegalStateException e) {
            problems.add(e.getMessage());
        }
        Path routes = home.resolve("routes");
        int checked = 0;
        if (Files.isDirectory(routes)) {
            try (DefaultCamelContext camel = new DefaultCamelContext(); Stream<Path> files = Files.list(routes)) {
                camel.build();
                RouteFileLint lint = new RouteFileLint(camel);
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(RouteFileLint.SUFFIX)).sorted().toList()) {
                    checked++;
                    for (RouteProblem problem : lint.check(file)) {
                        problems.add("routes/" + describe(problem));
                    }
                }
            }
        }
        problems.addAll(forms(home));
        problems.forEach(out::println);
        out.printf("%d route file(s) checked in %s, %d problem(s)%n", checked, routes, problems.size());
        return problems.isEmpty() ? 0 : 1;
    }

    /** The form files in {@code config/forms}, against the owners of {@code config/application.yaml}. */
    private static List<String> forms(Path home) throws IOException {
        Set<String> owners = new HashSet<>();
        Path config = home.resolve("config/application.yaml");
        if (Files.isRegularFile(config)) {
            try (Reader text = Files.newBufferedReader(config)) {
                Object root = new Yaml().load(text);
                Object list = root instanceof Map<?, ?> m && m.get("switchboard") instanceof Map<?, ?> s
                        && s.get("crm") instanceof Map<?, ?> crm ? crm.get("owners") : null;
                if (list instanceof List<?> entries) {
                    entries.stream().filter(e -> e instanceof Map<?, ?>).map(e -> ((Map<?, ?>) e).get("id"))
                            .filter(id -> id != null).forEach(id -> owners.add(id.toString()));
                }
            } catch (RuntimeException e) {
                return List.of(); // already reported as invalid YAML
            }
        }
        return FormFiles.check(home.resolve("config/forms"), owners, System::getenv).stream()
                .map(p -> "config/forms/" + p).toList();
    }

    private static String describe(RouteProblem p) {
        return p.file() + (p.line() == null ? "" : ":" + p.line() + (p.column() == null ? "" : ":" + p.column()))
                + ": " + p.message();
    }
}
