package dev.switchboard.plugins.triggers.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;
import dev.switchboard.plugins.triggers.lexicon.Classes;
import dev.switchboard.plugins.triggers.lexicon.Lexicons;
import dev.switchboard.plugins.triggers.lexicon.Match;
import dev.switchboard.plugins.triggers.lexicon.SentenceFacts;
import dev.switchboard.plugins.triggers.lexicon.TokenPattern;
import dev.switchboard.sdk.detector.TriggerType;

/**
 * The cues of one type in one sentence that survive their clause: a {@code [cue]} entry (or a
 * {@code [named]} or {@code [apply]} one, which needs a company), or an
 * {@code [a]} and a {@code [b]} entry within {@value #PAIR_WINDOW} tokens, or likewise a {@code [from]} entry (a point
 * in time from which something holds: "from 1 April", "ab sofort", "od poniedziałku") and an {@code [offer]} entry
 * (what customers can then do or get: "you can grab", "können … abschließen", "в продаже"); not under a {@code [block]}
 * entry of the type; no {@code [veto]} entry of the type in the sentence; not negated (a negation
 * word in the clause up to {@value #NEGATION_WINDOW} tokens before the cue, anywhere in the clause in
 * German; "not only" is no negation); not historical (a {@code [historical]} phrase in the clause, or
 * a year at least {@value #PAST_YEARS} years before the reference year in the clause or in a short
 * opening clause: "In 2015, ...", a {@code [later]} phrase of a founding story anywhere in the sentence ("…, and
 * found their first investor three years later"), or anywhere after the cue in the sentence inside a
 * {@code [historical-sentence]} phrase that stresses how long ago it was: "raised $400k from two
 * angels, a tiny round, back in 2016"; "now" / "today" between them or in the cue's clause keeps the
 * cue in the present).
 */
final class CueFinder {

    static final int PAIR_WINDOW = 8;
    static final int NEGATION_WINDOW = 6;
    static final int PAST_YEARS = 2;
    private static final int OPENING_CLAUSE = 5;
    private static final double CUE_WEIGHT = 0.8;
    private static final double PAIR_WEIGHT = 0.7;

    private CueFinder() {
    }

    /** Surviving cues, strongest first. */
    static List<Cue> find(TextAnalysis analysis, SentenceFacts facts, TriggerType type, int referenceYear) {
        String group = type.code();
        if (facts.has(group, "veto")) {
            return List.of();
        }
        List<Match> blocks = new ArrayList<>();
        List<Match> cues = new ArrayList<>();
        List<Match> firsts = new ArrayList<>();
        List<Match> seconds = new ArrayList<>();
        List<Match> starts = new ArrayList<>();
        List<Match> offers = new ArrayList<>();
        for (Match match : facts.matches()) {
            if (!match.entry().group().equals(group)) {
                continue;
            }
            switch (match.entry().section()) {
                case "block" -> blocks.add(match);
                case "cue", "named", "apply" -> cues.add(match);
                case "a" -> firsts.add(match);
                case "b" -> seconds.add(match);
                case "from" -> starts.add(match);
                case "offer" -> offers.add(match);
                default -> { }
            }
        }
        List<Cue> found = new ArrayList<>();
        int sentence = facts.sentence().index();
        for (Match cue : cues) {
            if (!blocked(cue, blocks) && !negated(analysis, facts, cue.start(), cue.end(), cue)) {
                String section = cue.entry().section();
                found.add(new Cue(type, sentence, cue.start(), cue.end(), weight(cue, CUE_WEIGHT), cue.end(), cue.end(),
                        !section.equals("cue"), section.equals("apply"), false));
            }
        }
        pair(analysis, facts, type, firsts, seconds, blocks, found, false);
        pair(analysis, facts, type, starts, offers, blocks, found, true);
        found.removeIf(cue -> historical(analysis, facts, cue, referenceYear));
        found.sort(Comparator.comparingDouble(Cue::weight).reversed().thenComparingInt(Cue::start));
        return found;
    }

    /** Each first entry with the nearest second one within {@value #PAIR_WINDOW} tokens, as one cue. */
    private static void pair(TextAnalysis analysis, SentenceFacts facts, TriggerType type, List<Match> firsts,
                             List<Match> seconds, List<Match> blocks, List<Cue> found, boolean availability) {
        int sentence = facts.sentence().index();
        for (Match a : firsts) {
            Match b = nearest(a, seconds, blocks, analysis, facts);
            if (b != null && !blocked(a, blocks)) {
                Match left = a.start() <= b.start() ? a : b;
                Match right = left == a ? b : a;
                int end = Math.max(a.end(), b.end());
                if (!negated(analysis, facts, left.start(), end, null)) {
                    found.add(new Cue(type, sentence, left.start(), end,
                            weight(a, PAIR_WEIGHT), left.end(), Math.max(left.end(), right.start()), false, false,
                            availability));
                }
            }
        }
    }

    /** Words an {@code <ordinal>} first part may stand before its site noun: "our third café", "zweite eigene Filiale". */
    private static final int ORDINAL_WINDOW = 1;

    /** A first part that is an ordinal numeral alone ({@code <ordinal>}): it pairs only with a site right after it. */
    private static boolean ordinal(Match a) {
        return kindAlone(a, TokenPattern.Kind.ORDINAL);
    }

    /** Words a rise's greater count may stand before the people it counts ("до 120 новых сотрудников"). */
    private static final int RISE_AFTER = 1;
    /** Tokens a rise may span from its from-word to its greater count ("from 45 staff to about 120"). */
    private static final int RISE_SPAN = 6;

    /**
     * Whether {@code b} is the people a rise ({@code <rise>} alone as first part {@code a}, its greater count) counts:
     * right after the count ("auf 25 Leute", "ze 24 na zhruba 60 vývojářů"), right before the rise's from-word ("Zahl
     * der Beschäftigten von 45 auf rund 120") or inside it ("from 9 people to 110"); not a word that only stands near
     * ("мастер-класс с 10 до 12 для детей"). The sentence must speak of growth ({@code [growth]} of the filters:
     * "grow", "steigen", "rozrůst", "вырасти"): without, two counts are a range.
     */
    private static boolean countedBy(SentenceFacts facts, Match a, Match b) {
        if (!facts.has(Lexicons.FILTER, "growth")) {
            return false; // a range, not a rise: "a meeting with from 10 to 12 staff"
        }
        if (b.start() >= a.end()) {
            return b.start() - a.end() <= RISE_AFTER;
        }
        Classes classes = facts.classes();
        for (int k = Math.max(facts.sentence().firstToken(), a.start() - RISE_SPAN); k < a.start(); k++) {
            if (classes.riseStart(k) && (k == b.end() || k < b.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean kindAlone(Match a, TokenPattern.Kind kind) {
        List<TokenPattern> patterns = a.entry().patterns();
        return patterns.size() == 1 && patterns.get(0).kind() == kind;
    }

    /**
     * The place of a dateline ("NORTHAMPTON, 2 June 2025 — …", "PRAHA –"): the text opens with it in capitals
     * before a comma or dash. It says where the news is from, not where a company goes.
     */
    private static boolean dateline(TextAnalysis analysis, SentenceFacts facts, Match match) {
        if (match.start() != 0 || facts.sentence().firstToken() != 0 || match.end() >= facts.sentence().endToken()
                || !analysis.token(match.start()).is(Token.ALL_CAPS) || !facts.classes().place(match.start())) {
            return false;
        }
        Token next = analysis.token(match.end());
        return next.text().equals(",") || next.dash();
    }

    private static double weight(Match match, double fallback) {
        return match.entry().weight() > 0 ? match.entry().weight() : fallback;
    }

    private static boolean blocked(Match match, List<Match> blocks) {
        for (Match block : blocks) {
            if (block.overlaps(match)) {
                return true;
            }
        }
        return false;
    }

    private static Match nearest(Match a, List<Match> seconds, List<Match> blocks, TextAnalysis analysis,
                                 SentenceFacts facts) {
        Match best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean ordinal = ordinal(a);
        boolean rise = kindAlone(a, TokenPattern.Kind.RISE);
        for (Match b : seconds) {
            if (b.overlaps(a) || blocked(b, blocks) || dateline(analysis, facts, b)) {
                continue;
            }
            int distance = b.start() >= a.end() ? b.start() - a.end() : a.start() - b.end();
            if (ordinal && (b.start() < a.end() || distance > ORDINAL_WINDOW)) {
                continue; // "our third café", "druhou kancelář", "zweite Filiale": the ordinal right before the site
            }
            if (rise && !countedBy(facts, a, b)) {
                continue;
            }
            if (distance <= PAIR_WINDOW && distance < bestDistance) {
                best = b;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Whether a negation word negates the cue at {@code [start, end)}. A negation word that a single entry names
     * itself is part of its wording, no negation of it ("No experience needed", "опыт не обязателен",
     * "keine Vorkenntnisse nötig"; round 16: such [apply] lines of job ads were refused by their own "no"); a
     * negation that a {@code ..} gap of the entry skips still negates it ("will not .. hire").
     */
    private static boolean negated(TextAnalysis analysis, SentenceFacts facts, int start, int end, Match own) {
        boolean wholeClause = "de".equals(analysis.language());
        int clause = facts.clauseOf(start);
        for (Match negation : facts.matches()) {
            if (!negation.is(Lexicons.FILTER, "negation") || facts.clauseOf(negation.start()) != clause) {
                continue;
            }
            if (facts.matchAt(Lexicons.FILTER, "not-negation", negation.start()) != null
                    || ownWords(analysis, own, negation)) {
                continue;
            }
            boolean before = negation.end() <= start && start - negation.end() <= NEGATION_WINDOW;
            boolean inside = negation.start() >= start && negation.start() < end;
            if (before || inside || wholeClause) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word of the negation lies inside the entry's own match and is a literal word of the entry. */
    private static boolean ownWords(TextAnalysis analysis, Match own, Match negation) {
        if (own == null || negation.start() < own.start() || negation.end() > own.end()) {
            return false;
        }
        for (int k = negation.start(); k < negation.end(); k++) {
            if (!own.entry().names(analysis.token(k).folded())) {
                return false;
            }
        }
        return true;
    }

    private static boolean historical(TextAnalysis analysis, SentenceFacts facts, Cue cue, int referenceYear) {
        if (facts.has(Lexicons.FILTER, "later") && !presentInClause(facts, cue)) {
            return true;
        }
        int clause = facts.clauseOf(cue.start());
        for (Match match : facts.matches()) {
            if (match.is(Lexicons.FILTER, "historical") && (facts.clauseOf(match.start()) == clause
                    || (facts.clauseOf(match.start()) == 0 && clauseLength(facts, 0) <= OPENING_CLAUSE)
                    || joinedInTime(facts, facts.clauseOf(match.start()), clause))) {
                return true;
            }
        }
        Classes classes = facts.classes();
        for (Match match : facts.matches()) {
            if (match.is(Lexicons.FILTER, "historical-sentence") && match.start() >= cue.end()
                    && !presentBetween(facts, match.start(), cue) && !presentInClause(facts, cue)) {
                for (int k = match.start(); k < match.end(); k++) {
                    if (classes.year(k) && Classes.year(analysis.token(k)) <= referenceYear - PAST_YEARS) {
                        return true;
                    }
                }
            }
        }
        int first = facts.sentence().firstToken();
        for (int k = first; k < facts.sentence().endToken(); k++) {
            if (!classes.year(k) || Classes.year(analysis.token(k)) > referenceYear - PAST_YEARS) {
                continue;
            }
            int yearClause = facts.clauseOf(k);
            if ((yearClause == clause || (yearClause == 0 && clauseLength(facts, 0) <= OPENING_CLAUSE)
                    || joinedInTime(facts, yearClause, clause))
                    && !presentBetween(facts, k, cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two neighbouring clauses joined by a conjunction of time ("…in 1988, when a bank bought…", "Když v roce
     * 2012 zakládal…, sehnal…", "с тех пор, как…") share their time: a past year or a history word in one
     * dates the other. The {@code temporal} word may stand in either clause.
     */
    private static boolean joinedInTime(SentenceFacts facts, int first, int second) {
        return Math.abs(first - second) == 1 && !inClauses(facts, "present", first, second)
                && inClauses(facts, "temporal", first, second);
    }

    /** Whether a filter match of the section starts in one of the two clauses. */
    private static boolean inClauses(SentenceFacts facts, String section, int first, int second) {
        for (Match match : facts.matches()) {
            if (match.is(Lexicons.FILTER, section)) {
                int at = facts.clauseOf(match.start());
                if (at == first || at == second) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A "now"/"nyní"/"teraz"/"сейчас"/"jetzt" between the year and the cue puts the cue in the present. */
    private static boolean presentBetween(SentenceFacts facts, int year, Cue cue) {
        int from = Math.min(year, cue.start());
        int to = Math.max(year, cue.start());
        for (Match match : facts.matches()) {
            if (match.is(Lexicons.FILTER, "present") && match.start() > from && match.start() < to) {
                return true;
            }
        }
        return false;
    }

    /** A "now"/"today"/"dnes" in the cue's own clause. */
    private static boolean presentInClause(SentenceFacts facts, Cue cue) {
        int clause = facts.clauseOf(cue.start());
        return inClauses(facts, "present", clause, clause);
    }

    private static int clauseLength(SentenceFacts facts, int clause) {
        int length = 0;
        for (int k = facts.sentence().firstToken(); k < facts.sentence().endToken(); k++) {
            if (facts.clauseOf(k) == clause) {
                length++;
            }
        }
        return length;
    }
}
