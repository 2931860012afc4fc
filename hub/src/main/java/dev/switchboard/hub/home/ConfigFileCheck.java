package dev.switchboard.hub.home;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a configuration file as YAML before Spring does, so that a syntax error names the file
 * as well as the line and column (Spring's own message names neither the file nor the key).
 */
public final class ConfigFileCheck {

    private ConfigFileCheck() {
    }

    /** @throws IllegalStateException naming the file, line, column and problem, when it is not valid YAML */
    public static void requireValidYaml(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader).forEach(document -> { });
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : ", line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            throw new IllegalStateException("configuration file " + file + " is not valid YAML" + where + ": "
                    + e.getProblem() + (e.getContext() == null ? "" : " (" + e.getContext() + ")"), e);
        } catch (IOException e) {
            throw new IllegalStateException("configuration file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
