package dev.switchboard.plugins.triggers.lexicon;

import java.util.List;
import java.util.Set;

import dev.switchboard.plugins.triggers.analysis.Sentence;
import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;

/**
 * What the lexicons found in one sentence: names (places, given names, stop words, legal forms,
 * money), cue and filter matches, token classes, and the clause of each token. Clauses end at
 * {@code , ; : ( ) – —} and at the filter lists' clause-break words ("but", "which", "ale", "který").
 * {@code covering} holds, per token of the sentence, the cue and filter matches that cover it, in the
 * order of {@code matches}: the company rules ask "which match of this section covers token k" many
 * times per candidate, and a scan of every match of the sentence for each question took 15% of the
 * detectors' profile samples (JFR, dev-set texts).
 */
public record SentenceFacts(Sentence sentence, List<Match> names, List<Match> matches, Classes classes, int[] clauses,
                            Match[][] covering) {

    private static final Match[] NONE = new Match[0];

    public static SentenceFacts of(TextAnalysis analysis, Sentence sentence, Lexicons lexicons) {
        List<Token> tokens = analysis.tokens();
        List<Match> names = lexicons.names().find(tokens, sentence.firstToken(), sentence.endToken(),
                TokenClasses.NONE);
        Classes classes = Classes.of(tokens, sentence, names);
        List<Match> matches = lexicons.language(analysis.language())
                .find(tokens, sentence.firstToken(), sentence.endToken(), classes);
        return new SentenceFacts(sentence, names, matches, classes, clauses(tokens, sentence, matches),
                covering(sentence, matches));
    }

    /** Per token of the sentence, the matches covering it, in list order. */
    private static Match[][] covering(Sentence sentence, List<Match> matches) {
        int first = sentence.firstToken();
        int[] counts = new int[sentence.size()];
        for (Match match : matches) {
            for (int k = Math.max(match.start(), first); k < Math.min(match.end(), sentence.endToken()); k++) {
                counts[k - first]++;
            }
        }
        Match[][] covering = new Match[sentence.size()][];
        for (int i = 0; i < covering.length; i++) {
            covering[i] = counts[i] == 0 ? NONE : new Match[counts[i]];
            counts[i] = 0;
        }
        for (Match match : matches) {
            for (int k = Math.max(match.start(), first); k < Math.min(match.end(), sentence.endToken()); k++) {
                covering[k - first][counts[k - first]++] = match;
            }
        }
        return covering;
    }

    private static int[] clauses(List<Token> tokens, Sentence sentence, List<Match> matches) {
        int[] clause = new int[sentence.size()];
        boolean[] breakAt = new boolean[sentence.size()];
        for (Match match : matches) {
            if (match.is(Lexicons.FILTER, "clause-break")) {
                breakAt[match.start() - sentence.firstToken()] = true;
            }
        }
        int id = 0;
        for (int i = 0; i < clause.length; i++) {
            Token token = tokens.get(sentence.firstToken() + i);
            if (breakAt[i] || (token.is(Token.SYMBOL) && ",;:()–—".indexOf(token.text().charAt(0)) >= 0)) {
                id++;
            }
            clause[i] = id;
        }
        return clause;
    }

    /** The clause of an absolute token index. */
    public int clauseOf(int token) {
        return clauses[token - sentence.firstToken()];
    }

    public boolean has(String group, String section) {
        for (Match match : matches) {
            if (match.is(group, section)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasName(String group, int token) {
        for (Match match : names) {
            if (match.entry().group().equals(group) && match.start() <= token && token < match.end()) {
                return true;
            }
        }
        return false;
    }

    /** A name match of the group starting at the token, or null. */
    public Match nameAt(String group, int token) {
        Match best = null;
        for (Match match : names) {
            if (match.start() == token && match.entry().group().equals(group) && (best == null || match.end() > best.end())) {
                best = match;
            }
        }
        return best;
    }

    /** A cue or filter match of the group and section covering the token, or null. */
    public Match matchAt(String group, String section, int token) {
        int i = token - sentence.firstToken();
        if (i < 0 || i >= covering.length) {
            return null;
        }
        for (Match match : covering[i]) {
            if (match.is(group, section)) {
                return match;
            }
        }
        return null;
    }

    /**
     * Filter sections whose words say what kind of word a name holds or stands by (a company or business noun, a
     * preposition, a job's title) or only mark the sentence (growth), so they are no sign that a word is no name.
     */
    private static final Set<String> NAME_NEUTRAL = Set.of("company-noun", "name-noun", "business-noun", "preposition",
            "place-preposition", "place-near", "address-noun", "job-title", "growth");

    /**
     * Whether any cue or filter entry starts at the token (it is a lexicon word, not a name). The
     * second word of a pair ({@code [b]}: "Auto", "App", a place) is not: such nouns are often part of
     * a name ("Škoda Auto", "Polskie Kruszywa"); nor are the words of {@link #NAME_NEUTRAL} filter sections.
     */
    public boolean lexiconWordAt(int token) {
        int i = token - sentence.firstToken();
        if (i < 0 || i >= covering.length) {
            return false;
        }
        for (Match match : covering[i]) {
            boolean neutral = match.entry().group().equals(Lexicons.FILTER) && NAME_NEUTRAL.contains(match.entry().section());
            if (match.start() == token && !neutral && !match.entry().section().equals("b")) {
                return true;
            }
        }
        return false;
    }
}
