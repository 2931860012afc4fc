package dev.switchboard.plugins.triggers.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.switchboard.plugins.triggers.lexicon.Lexicons;
import dev.switchboard.plugins.triggers.lexicon.Match;
import dev.switchboard.plugins.triggers.lexicon.SentenceFacts;
import dev.switchboard.sdk.detector.TriggerType;

/**
 * Recognizes a job ad by its form, not by its words (round 17): the {@code [ad-heading]} ("Requirements:",
 * "Nabízíme:", "Wymagania:", "Обязанности:", "Dein Profil"), {@code [ad-pay]} ("£12.50 per hour", "zł brutto",
 * "зарплата от"), {@code [ad-terms]} ("full-time", "HPP", "umowa o pracę", "график 5/2", "Vollzeit") and
 * {@code [ad-apply]} or {@code [apply]} ("Apply now", "Prześlij CV", "Откликайтесь", "Bewirb dich") entries of
 * the hiring lexicon. Two different kinds of part of which one is a heading or an apply line, or two different
 * headings, make a job ad, however it names its roles: an {@code apply} hiring cue at its first part that is no
 * {@code [apply]} entry (the lines before that part are the ad's header, where the employer is named).
 * One part alone is nothing (a grant call has "Requirements:", a plant's output is given "per hour"), nor are pay
 * and terms alone (news of the minimum wage for a full-time job), but under a title line of its own naming a job
 * (round 27). With a heading or an {@code [ad-apply]} part the form alone makes the ad hiring: its cue counts when no
 * employer is named in words too (a logo, a board's header), with no company (round 25); with an {@code [apply]} line
 * as its only ad part, the employer must be named.
 */
final class JobAd {

    static final int MIN_PARTS = 2;
    static final double WEIGHT = 0.85;
    private static final String HEADING = "ad-heading";
    private static final String APPLY = "ad-apply";
    private static final Set<String> PARTS = Set.of(HEADING, "ad-pay", "ad-terms", APPLY, "apply");

    private JobAd() {
    }

    /** The longest title line, in characters. */
    private static final int TITLE_CHARS = 120;

    /** Whether the sentence names a job ({@code [job-title]} of the filters: "Magazynier", "Data Engineer"). */
    static boolean namesJob(SentenceFacts sentence) {
        return sentence.has(Lexicons.FILTER, "job-title");
    }

    /** The document's first line is a title naming a job: a line of its own, short, not ending as a sentence. */
    private static boolean opensWithTitle(List<SentenceFacts> facts, String text) {
        if (text == null || facts.isEmpty() || !namesJob(facts.get(0))) {
            return false;
        }
        int lineEnd = text.indexOf('\n');
        if (lineEnd < 0 || lineEnd > TITLE_CHARS || facts.get(0).sentence().end() > lineEnd) {
            return false;
        }
        String line = text.substring(0, lineEnd).strip();
        return !line.isEmpty() && !line.endsWith(".") && !line.endsWith("!") && !line.endsWith("?");
    }

    /** Whether tokens {@code [start, end)} of the sentence overlap a part of a job ad ("HPP", "CV wyślij"): no name. */
    static boolean partOf(SentenceFacts sentence, int start, int end) {
        String group = TriggerType.HIRING.code();
        for (Match match : sentence.matches()) {
            if (match.entry().group().equals(group) && PARTS.contains(match.entry().section())
                    && match.start() < end && start < match.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The job ad's cue at its first part, or null when the document (its sentences' facts and its text) does not have
     * the form of a job ad. A title line also makes one with any part of an ad's own (pay, terms, a heading, an
     * {@code [ad-apply]} line): a first line of its own, short and no sentence, naming a job ("Care Assistant – Days or
     * Nights", "Frontend Developer (React) | 100% zdalnie"); the employer must then be named.
     */
    static Cue find(List<SentenceFacts> facts, String text) {
        String group = TriggerType.HIRING.code();
        Set<String> kinds = new HashSet<>();
        Set<String> headings = new HashSet<>();
        Match first = null;
        int firstSentence = -1;
        boolean applyParts = false;
        for (int s = 0; s < facts.size(); s++) {
            for (Match match : facts.get(s).matches()) {
                String section = match.entry().section();
                if (!match.entry().group().equals(group) || !PARTS.contains(section)) {
                    continue;
                }
                kinds.add(section.equals("apply") ? APPLY : section);
                applyParts |= section.equals(APPLY);
                if (section.equals(HEADING)) {
                    headings.add(match.entry().source());
                }
                if (first == null && !section.equals("apply")) { // an [apply] line fires alone, with the main company
                    first = match;
                    firstSentence = s;
                }
            }
        }
        boolean adPart = kinds.contains(HEADING) || kinds.contains(APPLY);
        if (first == null || !(kinds.size() >= MIN_PARTS && adPart || headings.size() >= MIN_PARTS
                || opensWithTitle(facts, text))) {
            return null;
        }
        // with a heading or an apply part of an ad's own ([ad-apply]) the form alone makes the ad; an [apply] line
        // ("HPP", "místo výkonu") with pay or terms needs the employer named too ("HPP se týká 4 milionů lidí")
        boolean form = kinds.contains(HEADING) || applyParts;
        return new Cue(TriggerType.HIRING, firstSentence, first.start(), first.end(), WEIGHT, first.end(), first.end(),
                !form, true, false);
    }
}
