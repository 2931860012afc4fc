package dev.switchboard.hub.forms;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Checks the form files of a folder without a running hub, for {@code switchboard validate}. */
public final class FormFiles {

    private FormFiles() {
    }

    /**
     * @param folder      {@code <config-dir>/forms}; a missing folder has no problems
     * @param owners      ids of the configured users and teams
     * @param environment resolves {@code ${NAME}} secrets
     * @return every problem of every {@code *.yaml} file, with file and line
     */
    public static List<FormProblem> check(Path folder, Set<String> owners, UnaryOperator<String> environment)
            throws IOException {
        List<FormProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return problems;
        }
        FormFileParser parser = new FormFileParser(owners, environment, FormFileParser.templatesBeside(folder));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    problems.addAll(parser.parse(file.getFileName().toString(), text).problems());
                }
            }
        }
        return problems;
    }
}
