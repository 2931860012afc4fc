package dev.switchboard.hub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.switchboard.hub.home.ConfigFileCheck;
import dev.switchboard.hub.routes.RouteFileLint;
import dev.switchboard.hub.routes.RouteProblem;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * {@code switchboard validate [HOME]}: checks what a home's users edit before the hub reads it —
 * the YAML of {@code config/application.yaml}, and every route file in {@code routes/} (it parses,
 * one route per file, id equal to the file name, the shared error handling). Prints one line per
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
        problems.forEach(out::println);
        out.printf("%d route file(s) checked in %s, %d problem(s)%n", checked, routes, problems.size());
        return problems.isEmpty() ? 0 : 1;
    }

    private static String describe(RouteProblem p) {
        return p.file() + (p.line() == null ? "" : ":" + p.line() + (p.column() == null ? "" : ":" + p.column()))
                + ": " + p.message();
    }
}
