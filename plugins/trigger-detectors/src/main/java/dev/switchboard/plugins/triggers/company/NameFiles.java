package dev.switchboard.plugins.triggers.company;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-word-per-line lists under {@code names/} that company rules read on their own (the others go
 * through {@code Lexicons}): blank lines and {@code #} comments skipped, each word stripped.
 */
final class NameFiles {

    private NameFiles() {
    }

    /** The words of a bundled list, in file order; a missing or unreadable list fails the plugin's start. */
    static List<String> words(String resource) {
        List<String> words = new ArrayList<>();
        try (InputStream in = NameFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return List.copyOf(words);
    }
}
