package dev.switchboard.plugins.triggers.company;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;

/**
 * The company heads of {@code names/company-heads.txt}: a common noun that ends a name of two or more
 * capitalized words and says what kind of business it is ("Torvik Motors", "Meridian Health
 * Partners", "Kennet Building Society"). Such a name carries its company marker in itself, as "company
 * X" does before it: a name without one (a job title, a field, a common noun) must not outrank it.
 */
final class CompanyHeads {

    private static final String RESOURCE = "names/company-heads.txt";
    private static final Set<String> HEADS = load();

    private CompanyHeads() {
    }

    /**
     * A name of two or more words, tokens {@code [start, end)}, that ends in a capitalized company head
     * ("Torvik Motors", "Kennet Building Society"; not "MEDIA GROUP" shouted, not "Motors" alone).
     */
    static boolean ends(TextAnalysis analysis, int start, int end) {
        Token last = analysis.token(end - 1);
        return end - start >= 2 && last.is(Token.CAPITALIZED) && !last.is(Token.ALL_CAPS) && contains(last.folded());
    }

    /** Whether the folded word is a company head. */
    static boolean contains(String folded) {
        return HEADS.contains(folded);
    }

    private static Set<String> load() {
        Set<String> heads = new HashSet<>();
        try (InputStream in = CompanyHeads.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    heads.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Set.copyOf(heads);
    }
}
