package dev.switchboard.plugins.triggers.engine;

import java.util.List;

import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;
import dev.switchboard.plugins.triggers.company.Candidate;
import dev.switchboard.plugins.triggers.company.CompanyExtractor;
import dev.switchboard.plugins.triggers.lexicon.SentenceFacts;
import dev.switchboard.sdk.text.CompanyNames;

/**
 * The employer of a job ad ({@link JobAd}): the name its header gives, its title and the parts of the ad (pay, terms,
 * headings) being no names. A job ad's own cue and its {@code [apply]} lines are hiring by this company.
 */
final class AdEmployer {

    /** How many lines before the ad's first part are its header, and how far after it the employer may be named. */
    static final int HEADER_LINES = 3;

    private AdEmployer() {
    }

    /**
     * The company of a job ad: the document's main company, else the name that the lines of the ad's header (before
     * its first part, at most {@value #HEADER_LINES} lines) name most clearly as a subject ("Kierowca C+E ⏎
     * Trans-Sław, baza w Piotrkowie"): the header names the employer, whatever else the ad names (a contact person, a street, a city).
     * The ad's title line (one with a job title) names the job and what it is for, not the employer: a name on it, or
     * a main company that is a capitalised common word, gives way to a name on another header line
     * ("Erntehelfer/innen für die Kirschernte ⏎ Obsthof Wendler, Jork").
     */
    static CompanyExtractor.Pick of(TextAnalysis analysis, CompanyExtractor companies, List<SentenceFacts> facts,
                                    Cue cue) {
        CompanyExtractor.Pick main = companies.main();
        CompanyExtractor.Pick header = headerCompany(analysis, companies, facts, cue);
        if (main == null || header == null) {
            return main != null ? main : header;
        }
        int mainSentence = main.candidate().sentence();
        boolean weak = main.candidate().has(Candidate.COMMON_WORD)
                || mainSentence < cue.sentence() && JobAd.namesJob(facts.get(mainSentence));
        // an acronym, or a word of the job's title, is what the job asks for ("UDT", "VN/NN", "HF", "Backend
        // Engineer (Go)", "Koch/Köchin"): a name of the header that is neither beats it
        boolean asked = acronym(analysis, main.candidate()) || inTitle(analysis, companies, facts, cue, main.name());
        boolean named = !acronym(analysis, header.candidate()) && !inTitle(analysis, companies, facts, cue, header.name());
        return weak && header.candidate().sentence() != mainSentence || asked && named ? header : main;
    }

    /** The longest acronym, in letters. */
    private static final int ACRONYM_LETTERS = 5;

    /**
     * A name of one short word of capital letters, with at most one small one ("UDT", "HF", "ТК", "DPH", "ОВиК" for
     * heating and ventilation, "RNs").
     */
    private static boolean acronym(TextAnalysis analysis, Candidate candidate) {
        if (candidate.nameEnd() - candidate.start() != 1) {
            return false;
        }
        String text = analysis.token(candidate.start()).text();
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        long lower = text.codePoints().filter(Character::isLowerCase).count();
        return text.length() <= ACRONYM_LETTERS && upper >= 2 && lower <= 1 && upper + lower == text.length();
    }

    /** Whether a title line of the ad's header has the name as part of the job's title ({@link #inJobTitle}). */
    private static boolean inTitle(TextAnalysis analysis, CompanyExtractor companies, List<SentenceFacts> facts, Cue cue,
                                   String name) {
        for (int s = Math.max(0, cue.sentence() - HEADER_LINES); s <= cue.sentence(); s++) {
            if (!JobAd.namesJob(facts.get(s))) {
                continue;
            }
            for (Candidate candidate : companies.candidates(s)) {
                if (inJobTitle(analysis, facts, candidate) && CompanyNames.sameCompany(companies.name(candidate), name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The clearest subject name of the ad's header lines and of its first part's line before that part ("Spedimax |
     * umowa o pracę"), a line without a job title before a title line; when they give no name but the job's own title,
     * a name that opens one of the next lines after the first part ("Miejsce pracy: Kalisz ⏎ Fabryka Mebli Wiklina to
     * rodzinna firma", "W Finlogic budujemy").
     */
    private static CompanyExtractor.Pick headerCompany(TextAnalysis analysis, CompanyExtractor companies,
                                                       List<SentenceFacts> facts, Cue cue) {
        CompanyExtractor.Pick best = null;
        boolean bestOnTitle = true;
        for (int s = Math.max(0, cue.sentence() - HEADER_LINES); s <= cue.sentence(); s++) {
            // the cue's own line up to the cue is header too ("Spedimax | umowa o pracę")
            int end = s < cue.sentence() ? facts.get(s).sentence().endToken() : cue.start();
            if (end <= facts.get(s).sentence().firstToken()) {
                continue;
            }
            CompanyExtractor.Pick pick = companies.forCue(s, end, end);
            if (!clear(facts.get(s), pick)) {
                continue;
            }
            boolean onTitle = JobAd.namesJob(facts.get(s)) || pick.candidate().has(Candidate.COMMON_WORD);
            if (best == null || bestOnTitle && !onTitle || bestOnTitle == onTitle && pick.score() > best.score()) {
                best = pick;
                bestOnTitle = onTitle;
            }
        }
        for (int s = cue.sentence() + 1; (best == null || bestOnTitle && inJobTitle(analysis, facts, best.candidate()))
                && s <= cue.sentence() + HEADER_LINES && s < facts.size(); s++) {
            int end = facts.get(s).sentence().endToken();
            CompanyExtractor.Pick pick = companies.forCue(s, end, end);
            if (clear(facts.get(s), pick) && !JobAd.namesJob(facts.get(s))
                    && opensLine(facts.get(s), pick.candidate()) // "X to…", "W X budujemy"
                    && !pick.candidate().has(Candidate.COMMON_WORD | Candidate.PRODUCT | Candidate.HANDLE)) {
                best = pick;
                bestOnTitle = false;
            }
        }
        return best == null ? null : new CompanyExtractor.Pick(best.candidate(), best.name(), best.score(), false);
    }

    /**
     * Whether the name is part of the job's title: on a title line before any dash ("Magazynier – Stryków",
     * "Operator maszyn CNC"); after a dash a title line gives fields, the employer among them ("Data Engineer –
     * Fernleaf Analytics | Leeds").
     */
    private static boolean inJobTitle(TextAnalysis analysis, List<SentenceFacts> facts, Candidate candidate) {
        SentenceFacts line = facts.get(candidate.sentence());
        if (!JobAd.namesJob(line) && !candidate.has(Candidate.COMMON_WORD)) {
            return false;
        }
        for (int k = line.sentence().firstToken(); k < candidate.start(); k++) {
            Token token = analysis.token(k);
            if (token.dash() || token.text().equals("|")) {
                return false;
            }
        }
        return true;
    }

    /** A name of its own line, named clearly enough, that is no part of the ad ("HPP", "CV wyślij"). */
    private static boolean clear(SentenceFacts line, CompanyExtractor.Pick pick) {
        return pick != null && pick.inSentence() && pick.score() >= DocumentRun.CLEAR_COMPANY - 1
                && !JobAd.partOf(line, pick.candidate().start(), pick.candidate().end());
    }

    /** Whether the name opens its line, alone or after one word ("Fabryka X to…", "W X budujemy"). */
    private static boolean opensLine(SentenceFacts line, Candidate candidate) {
        return candidate.start() - line.sentence().firstToken() <= 1;
    }
}
