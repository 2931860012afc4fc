package dev.switchboard.plugins.triggers.engine;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.switchboard.plugins.triggers.lexicon.Lexicons;
import dev.switchboard.plugins.triggers.lexicon.Match;
import dev.switchboard.plugins.triggers.lexicon.SentenceFacts;
import dev.switchboard.sdk.detector.TriggerType;

/**
 * The filters that look beyond one cue, from the {@code filters-<lang>.txt} sections:
 * <ul>
 *   <li>{@code job-seeker} anywhere: no hiring in the document (a person looking for work), and nothing
 *       in its own sentence;</li>
 *   <li>{@code sports-strong} anywhere, or {@value #SPORTS_WORDS} different {@code sports} words: nothing
 *       (club transfers and coach hires are not sales triggers);</li>
 *   <li>{@code advice} in the sentence: no funding in it; in the cue's clause: no other type ("Is it worth
 *       buying X shares before the new game?"), while an app "in which parents can save" described in a clause of
 *       its own is still launched; {@value #ADVICE_WORDS} in the document: no funding;</li>
 *   <li>{@code layoff} in the sentence: no hiring;</li>
 *   <li>{@code market-stats} in the sentence, a {@code stats-source} ("survey", "according to data")
 *       with a {@code trend} word or a percentage, or a trend word with a percentage and no company:
 *       nothing in that sentence (aggregate statistics name no buyer); and a later sentence that names no
 *       company of its own continues the statistics ("Manufacturers cut hiring most." after a job portal's
 *       figures; round 13);</li>
 *   <li>{@code denial} or {@code cancelled} in the sentence: nothing in it, and the types cued in it
 *       are refused in the whole document ("denies plans to open a plant"); a denial with no cue
 *       refuses the sentence before it ("Reports said Acme would raise... Acme denied it."), and
 *       with a denial or a cancellation in the document {@code rumour} sentences (hearsay, and the
 *       original plan: "ursprünglich sollten …", "originally", "původně") are refused too.</li>
 * </ul>
 * A {@code job-seeker}, {@code denial} or {@code cancelled} match that a {@code not-filter} match covers does not
 * count (round 12): "Kdo hledá práci, napište mi" calls job seekers and is none, "zastavila jsem se na ochutnávce" is
 * a visit, no plan stopped.
 */
final class DocumentFilters {

    static final int SPORTS_WORDS = 3;
    static final int ADVICE_WORDS = 2;

    private final boolean jobSeeker;
    private final boolean sports;
    private final boolean advice;
    private final boolean denial;
    private final Set<TriggerType> refused = EnumSet.noneOf(TriggerType.class);
    private final Set<Integer> refusedSentences = new HashSet<>();
    private final int firstStatistics;

    DocumentFilters(List<SentenceFacts> facts, List<Set<TriggerType>> cuedTypes) {
        int adviceWords = 0;
        boolean seeker = false;
        boolean strongSports = false;
        boolean denied = false;
        int stats = Integer.MAX_VALUE;
        Set<String> sportsWords = new HashSet<>();
        for (int s = 0; s < facts.size(); s++) {
            SentenceFacts sentence = facts.get(s);
            for (Match match : sentence.matches()) {
                if (!match.entry().group().equals(Lexicons.FILTER)) {
                    continue;
                }
                switch (match.entry().section()) {
                    case "job-seeker" -> seeker |= !excused(sentence, match);
                    case "sports-strong" -> strongSports = true;
                    case "sports" -> sportsWords.add(match.entry().source());
                    case "advice" -> adviceWords++;
                    default -> { }
                }
            }
            if (statistics(sentence, true) && s < stats) {
                stats = s;
            }
            boolean denies = hasUnexcused(sentence, "denial") || hasUnexcused(sentence, "cancelled");
            denied |= denies;
            if (denies) {
                refused.addAll(cuedTypes.get(s));
                if (cuedTypes.get(s).isEmpty() && s > 0) {
                    refusedSentences.add(s - 1);
                }
            }
        }
        this.jobSeeker = seeker;
        this.sports = strongSports || sportsWords.size() >= SPORTS_WORDS;
        this.advice = adviceWords >= ADVICE_WORDS;
        this.denial = denied;
        this.firstStatistics = stats;
    }

    /** Whether a cue of the type starting at the token of the sentence may become a detection. */
    boolean allows(TriggerType type, SentenceFacts sentence, int cueStart, boolean sentenceHasCompany) {
        if (sports || refused.contains(type) || refusedSentences.contains(sentence.sentence().index())) {
            return false;
        }
        if (hasUnexcused(sentence, "denial") || hasUnexcused(sentence, "cancelled")
                || hasUnexcused(sentence, "job-seeker")
                || (denial && sentence.has(Lexicons.FILTER, "rumour"))
                || statistics(sentence, sentenceHasCompany)) {
            return false;
        }
        if (!sentenceHasCompany && sentence.sentence().index() > firstStatistics) {
            return false;
        }
        return switch (type) {
            case HIRING -> !jobSeeker && !adviceInClause(sentence, cueStart) && !sentence.has(Lexicons.FILTER, "layoff");
            case FUNDING -> !advice && !sentence.has(Lexicons.FILTER, "advice");
            default -> !adviceInClause(sentence, cueStart);
        };
    }

    /** Whether a {@code not-filter} match ("kdo hledá práci", "zastavila jsem se") covers the filter match. */
    private static boolean excused(SentenceFacts sentence, Match filter) {
        for (Match match : sentence.matches()) {
            if (match.is(Lexicons.FILTER, "not-filter") && match.overlaps(filter)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence has a match of the filter section that no {@code not-filter} match covers. */
    private static boolean hasUnexcused(SentenceFacts sentence, String section) {
        if (!sentence.has(Lexicons.FILTER, section)) {
            return false;
        }
        for (Match match : sentence.matches()) {
            if (match.is(Lexicons.FILTER, section) && !excused(sentence, match)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Aggregate statistics: a {@code market-stats} phrase, a {@code stats-source} with a {@code trend} word or a
     * percentage, or (in a sentence without a company) a trend word with a percentage.
     */
    private static boolean statistics(SentenceFacts sentence, boolean sentenceHasCompany) {
        if (sentence.has(Lexicons.FILTER, "market-stats")) {
            return true;
        }
        if (sentence.has(Lexicons.FILTER, "stats-source")
                && (sentence.has(Lexicons.FILTER, "trend") || hasPercent(sentence))) {
            return true;
        }
        return !sentenceHasCompany && sentence.has(Lexicons.FILTER, "trend") && hasPercent(sentence);
    }

    private static boolean adviceInClause(SentenceFacts sentence, int cueStart) {
        int clause = sentence.clauseOf(cueStart);
        for (Match match : sentence.matches()) {
            if (match.is(Lexicons.FILTER, "advice") && sentence.clauseOf(match.start()) == clause) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPercent(SentenceFacts sentence) {
        for (int k = sentence.sentence().firstToken(); k < sentence.sentence().endToken(); k++) {
            if (sentence.classes().percent(k)) {
                return true;
            }
        }
        return false;
    }
}
