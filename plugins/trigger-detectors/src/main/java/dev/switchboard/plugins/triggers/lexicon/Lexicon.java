package dev.switchboard.plugins.triggers.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.switchboard.plugins.triggers.analysis.Fold;
import dev.switchboard.plugins.triggers.analysis.Token;
import dev.switchboard.plugins.triggers.analysis.Tokenizer;

/**
 * A set of entries indexed for matching: exact first words in one hash map, stems in another
 * (looked up by each prefix length that occurs), compound endings in a third ({@code *eröffnung}:
 * looked up by each suffix length that occurs), infix and pseudo-pattern first words in short
 * lists. Immutable after {@link #load}; safe to share between threads.
 */
public final class Lexicon {

    private final Map<String, List<Entry>> exact = new HashMap<>();
    private final Map<String, List<Entry>> prefix = new HashMap<>();
    private final Map<String, List<Entry>> suffix = new HashMap<>();
    private final List<Entry> scanned = new ArrayList<>();
    /** Entries that start with {@code <start>}: tried once, at the first token of the range. */
    private final List<Entry> anchored = new ArrayList<>();
    private int[] prefixLengths = new int[0];
    private int[] suffixLengths = new int[0];
    private int size;

    private Lexicon() {
    }

    /**
     * Reads lexicon resources; a missing resource is skipped (not every type needs every file).
     *
     * @param groups resource path to the group its entries belong to
     * @throws IllegalStateException naming the file and line of an entry that cannot be read
     */
    public static Lexicon load(ClassLoader loader, Map<String, String> groups) {
        Lexicon lexicon = new Lexicon();
        groups.forEach((path, group) -> {
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in != null) {
                    lexicon.read(path, group, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon " + path, e);
            }
        });
        lexicon.seal();
        return lexicon;
    }

    private void read(String path, String group, BufferedReader reader) throws IOException {
        String section = "cue";
        double weight = 0;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            String source = path + ":" + lineNumber;
            if (content.startsWith("[") && content.endsWith("]")) {
                String[] parts = content.substring(1, content.length() - 1).strip().split("\\s+");
                section = parts[0];
                weight = parts.length > 1 ? parseWeight(parts[1], source) : 0;
                continue;
            }
            add(new Entry(group, section, weight, patterns(content, source), source));
        }
    }

    private static double parseWeight(String text, String source) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(source + ": section weight '" + text + "' is not a number");
        }
    }

    private static List<TokenPattern> patterns(String content, String source) {
        List<TokenPattern> patterns = new ArrayList<>();
        for (String word : content.split("\\s+")) {
            try {
                if (word.contains("*") || word.equals("..") || (word.startsWith("<") && word.endsWith(">"))) {
                    patterns.add(TokenPattern.parse(Fold.fold(word)));
                } else {
                    // written words are split exactly as text is, so "s.r.o." or "sp. z o.o." line up with its tokens
                    for (Token token : Tokenizer.tokenize(word, word.length())) {
                        patterns.add(TokenPattern.parse(token.folded()));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + ": " + e.getMessage());
            }
        }
        if (patterns.isEmpty()) {
            throw new IllegalStateException(source + ": no words in '" + content + "'");
        }
        if (patterns.get(0).kind() == TokenPattern.Kind.GAP || patterns.get(patterns.size() - 1).kind() == TokenPattern.Kind.GAP) {
            throw new IllegalStateException(source + ": an entry cannot start or end with '..'");
        }
        if (patterns.get(0).kind() == TokenPattern.Kind.ANY || patterns.get(patterns.size() - 1).kind() == TokenPattern.Kind.ANY) {
            throw new IllegalStateException(source + ": an entry cannot start or end with '<any>'");
        }
        for (int k = 0; k < patterns.size(); k++) {
            if (patterns.get(k).kind() == TokenPattern.Kind.START && (k > 0 || patterns.size() == 1)) {
                throw new IllegalStateException(source + ": '<start>' must be first and followed by a word");
            }
        }
        return List.copyOf(patterns);
    }

    private void add(Entry entry) {
        TokenPattern first = entry.patterns().get(0);
        switch (first.kind()) {
            case START -> anchored.add(entry);
            case EXACT -> exact.computeIfAbsent(first.value(), k -> new ArrayList<>()).add(entry);
            case PREFIX -> prefix.computeIfAbsent(first.value(), k -> new ArrayList<>()).add(entry);
            case SUFFIX -> suffix.computeIfAbsent(first.value(), k -> new ArrayList<>()).add(entry);
            default -> scanned.add(entry);
        }
        size++;
    }

    private void seal() {
        TreeSet<Integer> lengths = new TreeSet<>(Collections.reverseOrder());
        prefix.keySet().forEach(stem -> lengths.add(stem.length()));
        prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
        TreeSet<Integer> endings = new TreeSet<>(Collections.reverseOrder());
        suffix.keySet().forEach(ending -> endings.add(ending.length()));
        suffixLengths = endings.stream().mapToInt(Integer::intValue).toArray();
    }

    public int size() {
        return size;
    }

    /**
     * Whether a one-word entry of the group (and section, unless {@code null}) matches the folded
     * word on its own: used for a lemma ("Rzeszów" of "Rzeszowa" in the place list).
     */
    public boolean hasWord(String folded, String group, String section) {
        if (oneWord(exact.get(folded), folded, group, section) || oneWord(scanned, folded, group, section)) {
            return true;
        }
        for (int length : prefixLengths) {
            if (length <= folded.length() && oneWord(prefix.get(folded.substring(0, length)), folded, group, section)) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneWord(List<Entry> entries, String folded, String group, String section) {
        if (entries == null) {
            return false;
        }
        for (Entry entry : entries) {
            if (entry.patterns().size() == 1 && entry.group().equals(group)
                    && (section == null || entry.section().equals(section))
                    && entry.patterns().get(0).literal() && entry.patterns().get(0).matches(folded)) {
                return true;
            }
        }
        return false;
    }

    /** Every entry found in tokens {@code [from, to)}, in order of start; overlapping matches are all kept. */
    public List<Match> find(List<Token> tokens, int from, int to, TokenClasses classes) {
        List<Match> found = new ArrayList<>();
        for (Entry entry : anchored) {
            int end = matchFrom(entry.patterns(), 1, tokens, from, to, classes);
            if (end > from) {
                found.add(new Match(entry, from, end));
            }
        }
        for (int i = from; i < to; i++) {
            String folded = tokens.get(i).folded();
            tryAll(exact.get(folded), tokens, i, to, classes, found);
            for (int length : prefixLengths) {
                if (length <= folded.length()) {
                    tryAll(prefix.get(folded.substring(0, length)), tokens, i, to, classes, found);
                }
            }
            for (int length : suffixLengths) {
                if (length <= folded.length()) {
                    tryAll(suffix.get(folded.substring(folded.length() - length)), tokens, i, to, classes, found);
                }
            }
            tryAll(scanned, tokens, i, to, classes, found);
        }
        return found;
    }

    private static void tryAll(List<Entry> entries, List<Token> tokens, int start, int to, TokenClasses classes,
                               List<Match> found) {
        if (entries == null) {
            return;
        }
        for (Entry entry : entries) {
            int end = matchFrom(entry.patterns(), 0, tokens, start, to, classes);
            if (end > start) {
                found.add(new Match(entry, start, end));
            }
        }
    }

    /** The end of a match of {@code patterns[k..]} starting at token {@code at}, or -1. */
    private static int matchFrom(List<TokenPattern> patterns, int k, List<Token> tokens, int at, int to,
                                 TokenClasses classes) {
        if (k == patterns.size()) {
            return at;
        }
        TokenPattern pattern = patterns.get(k);
        if (pattern.kind() == TokenPattern.Kind.GAP) {
            for (int skip = 0; skip <= TokenPattern.MAX_GAP && at + skip < to; skip++) {
                int end = matchFrom(patterns, k + 1, tokens, at + skip, to, classes);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= to) {
            return -1;
        }
        boolean ok = pattern.kind() == TokenPattern.Kind.ANY
                || (pattern.literal() ? pattern.matches(tokens.get(at).folded()) : classes.is(pattern.kind(), at));
        return ok ? matchFrom(patterns, k + 1, tokens, at + 1, to, classes) : -1;
    }
}
