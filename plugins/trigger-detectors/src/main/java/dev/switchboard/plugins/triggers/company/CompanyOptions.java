package dev.switchboard.plugins.triggers.company;

import java.util.ArrayList;
import java.util.List;

import dev.switchboard.plugins.triggers.analysis.Token;
import dev.switchboard.plugins.triggers.morph.Morphology;
import dev.switchboard.sdk.text.CompanyNames;

/**
 * Every name of a document that a cue may be about, each with the facts a {@link CompanyRanker} weighs
 * (one instance per document, not thread-safe):
 * <ul>
 * <li>where it stands from the cue: in the cue's sentence (before or after the cue, the subject, how far,
 * after a preposition, between the two parts of a pair) or in another one (earlier or later, how far, the
 * headline);</li>
 * <li>how it is marked: the {@link Candidate} markers (legal form, company noun, quotes, handle, ...);</li>
 * <li>what its words are: all common words of the dictionary (a German compound too), words no dictionary
 * knows (an invented name), a place, a person's given name, a word the text also writes in lower case, the
 * first word of a sentence, a proper noun of the dictionary, an acronym, how many words;</li>
 * <li>what the document says of it: how often it names it, whether a closing hashtag, an address, a handle
 * or a hashtag repeats it, whether it is the document's main company, and whether it is the hand-weighted
 * choice of {@link CompanyExtractor#forCue} and with what score.</li>
 * </ul>
 * The facts that do not depend on the cue are worked out once per candidate.
 */
public final class CompanyOptions {

    /** The names of the features, in the order of {@link Option#features()}. */
    public static final List<String> FEATURES = List.of(
            "in_sentence", "before_cue", "after_cue", "subject", "token_distance", "after_cue_preposition",
            "earlier_sentence", "later_sentence", "sentence_distance", "headline", "first_of_sentence",
            "legal_form", "company_noun", "quoted", "handle", "brandlike", "after_preposition", "recipient",
            "source", "giver", "signature", "common_word", "product",
            "mentions", "closing_tag", "main_company", "rule_choice", "first_person_marked",
            "first_person_unmarked", "in_gap", "words", "brand_tag", "acronym", "rule_score",
            "known_common", "unknown_word", "place", "person", "lowercase_elsewhere", "sentence_start",
            "proper_noun", "echo");

    private static final int[] MARKERS = {Candidate.LEGAL_FORM, Candidate.AFTER_COMPANY_NOUN, Candidate.QUOTED,
            Candidate.HANDLE, Candidate.BRANDLIKE, Candidate.AFTER_PREPOSITION, Candidate.RECIPIENT, Candidate.SOURCE,
            Candidate.GIVER, Candidate.SIGNATURE, Candidate.COMMON_WORD, Candidate.PRODUCT};
    private static final int FIRST_MARKER = 11;
    private static final int MENTIONS = 23;
    private static final int CLOSING_TAG = 24;
    private static final int MAIN_COMPANY = 25;
    private static final int RULE_CHOICE = 26;
    private static final int HANDLE = 14;
    private static final int BRAND_TAG = 31;

    /** One name a cue may be about. */
    public record Option(Candidate candidate, String name, double[] features) {

        /** Whether it stands in the cue's sentence. */
        public boolean inSentence() {
            return features[0] > 0;
        }

        /** Whether it names the company the hand-weighted rule chose. */
        public boolean ruleChoice() {
            return features[RULE_CHOICE] > 0;
        }
    }

    private final CompanyExtractor companies;
    /** The candidates of the first sentences, their names and their cue-independent features. */
    private List<Candidate> first;
    private String[] firstNames;
    private double[][] firstFeatures;
    /** The tokens that are addresses, handles or hashtags, read on first use. */
    private List<Integer> addresses;
    private final java.util.Map<String, Boolean> same = new java.util.HashMap<>();

    CompanyOptions(CompanyExtractor companies) {
        this.companies = companies;
    }

    /**
     * The options of a cue at tokens {@code [cueStart, cueEnd)} of a sentence, with {@code [gapStart, gapEnd)}
     * between its two parts; {@code rule} is the hand-weighted choice ({@code null} if none).
     */
    List<Option> of(int sentence, int cueStart, int cueEnd, int gapStart, int gapEnd, boolean firstPerson,
                    CompanyExtractor.Pick rule) {
        if (first == null) {
            CompanyExtractor.Leading leading = companies.leading();
            first = leading.candidates();
            firstNames = leading.names();
            firstFeatures = new double[first.size()][];
            for (int i = 0; i < firstFeatures.length; i++) {
                firstFeatures[i] = documentFeatures(first.get(i), firstNames[i], leading.pairs()[i],
                        leading.tags()[i] > 0);
            }
        }
        Candidate subject = companies.subject(sentence, cueStart);
        List<Option> options = new ArrayList<>(first.size() + 1);
        for (int i = 0; i < first.size(); i++) {
            add(options, first.get(i), firstNames[i], firstFeatures[i], sentence, subject, cueStart, cueEnd, gapStart,
                    gapEnd, firstPerson, rule);
        }
        if (sentence >= CompanyExtractor.MAIN_SENTENCES) { // a late sentence: its own names too
            for (Candidate candidate : companies.candidates(sentence)) {
                String name = companies.name(candidate);
                int mentions = 0;
                for (String other : firstNames) {
                    mentions += CompanyNames.sameCompany(name, other) ? 1 : 0;
                }
                boolean tagged = companies.closingTags().stream().anyMatch(tag -> CompanyNames.sameCompany(name, tag));
                add(options, candidate, name, documentFeatures(candidate, name, mentions, tagged), sentence, subject,
                        cueStart, cueEnd, gapStart, gapEnd, firstPerson, rule);
            }
        }
        CompanyExtractor.Pick tag = companies.brandTagPick();
        if (tag != null) {
            double[] f = new double[FEATURES.size()];
            f[HANDLE] = 1;
            f[BRAND_TAG] = 1;
            f[RULE_CHOICE] = rule != null && sameCompany(tag.name(), rule.name()) ? 1 : 0;
            options.add(new Option(tag.candidate(), tag.name(), f));
        }
        return options;
    }

    private void add(List<Option> options, Candidate candidate, String name, double[] document, int sentence,
                     Candidate subject, int cueStart, int cueEnd, int gapStart, int gapEnd, boolean firstPerson,
                     CompanyExtractor.Pick rule) {
        boolean here = candidate.sentence() == sentence;
        boolean inGap = here && candidate.start() >= gapStart && candidate.nameEnd() <= gapEnd && candidate.marked();
        boolean ruleChoice = rule != null && sameCompany(name, rule.name());
        if (here && candidate.start() < cueEnd && cueStart < candidate.nameEnd() && !inGap && !ruleChoice) {
            return; // part of the cue, unless the rule chose it from elsewhere (the main company)
        }
        double[] f = document.clone();
        boolean before = here && candidate.end() <= cueStart;
        boolean after = here && !before;
        int end = inGap ? gapStart : cueEnd;
        int distance = before ? cueStart - candidate.end() : after ? candidate.start() - end : 0;
        f[0] = here ? 1 : 0;
        f[1] = before ? 1 : 0;
        f[2] = after ? 1 : 0;
        f[3] = candidate == subject ? 1 : 0;
        f[4] = Math.min(3, Math.max(0, distance) / 10.0);
        f[5] = after && candidate.has(Candidate.AFTER_PREPOSITION) ? 1 : 0;
        f[6] = candidate.sentence() < sentence ? 1 : 0;
        f[7] = candidate.sentence() > sentence ? 1 : 0;
        f[8] = here ? 0 : Math.min(5, Math.abs(candidate.sentence() - sentence)) / 5.0;
        f[9] = candidate.sentence() == 0 && sentence != 0 ? 1 : 0;
        f[RULE_CHOICE] = ruleChoice ? 1 : 0;
        f[27] = firstPerson && candidate.marked() ? 1 : 0;
        f[28] = firstPerson && !candidate.marked() ? 1 : 0;
        f[29] = inGap ? 1 : 0;
        f[33] = here ? (candidate.intrinsic() + CompanyExtractor.position(candidate, cueStart, end, subject)) / 5.0 : 0;
        options.add(new Option(candidate, name, f));
    }

    /** {@link CompanyNames#sameCompany}, remembered for the document: each cue asks it of every name again. */
    private boolean sameCompany(String name, String other) {
        return same.computeIfAbsent(name + '\n' + other, key -> CompanyNames.sameCompany(name, other));
    }

    /** The features that do not depend on the cue: {@code mentions} other names of the same company, a closing tag. */
    private double[] documentFeatures(Candidate candidate, String name, int mentions, boolean tagged) {
        double[] f = new double[FEATURES.size()];
        f[10] = candidate.has(Candidate.FIRST) ? 1 : 0;
        for (int m = 0; m < MARKERS.length; m++) {
            f[FIRST_MARKER + m] = candidate.has(MARKERS[m]) ? 1 : 0;
        }
        f[MENTIONS] = Math.min(3, mentions) / 3.0;
        f[CLOSING_TAG] = tagged ? 1 : 0;
        CompanyExtractor.Pick main = companies.main();
        f[MAIN_COMPANY] = main != null && CompanyNames.sameCompany(name, main.name()) ? 1 : 0;
        f[30] = Math.min(4, candidate.nameEnd() - candidate.start()) / 4.0;
        Token firstToken = companies.token(candidate.start());
        f[32] = candidate.nameEnd() - candidate.start() == 1 && firstToken.is(Token.ALL_CAPS) ? 1 : 0;
        lexical(candidate, f);
        return f;
    }

    /** What the dictionary and the lists say of the name's words. */
    private void lexical(Candidate candidate, double[] f) {
        WordKinds words = companies.words();
        int start = candidate.start();
        int letters = 0;
        int common = 0;
        int unknown = 0;
        boolean place = false;
        boolean proper = false;
        for (int k = start; k < candidate.nameEnd(); k++) {
            Token token = companies.token(k);
            if (!token.is(Token.LETTER) || token.is(Token.HANDLE) || token.is(Token.HASHTAG)) {
                continue;
            }
            letters++;
            int flags = words.flags(k);
            common += words.knownCommon(k) || words.germanNoun(k) ? 1 : 0; // "Personalmangel": a compound
            unknown += words.hasDictionary() && flags == 0 && !token.is(Token.ALL_CAPS) ? 1 : 0;
            place |= words.place(k) || words.locative(k);
            proper |= (flags & Morphology.PROPER) != 0 && (flags & (Morphology.PERSON | Morphology.PLACE)) == 0;
        }
        f[34] = letters > 0 && common == letters ? 1 : 0;
        f[35] = letters > 0 ? (double) unknown / letters : 0;
        f[36] = place ? 1 : 0;
        f[37] = words.givenName(start) || words.personName(start) ? 1 : 0;
        Token first = companies.token(start);
        f[38] = first.is(Token.LETTER) && companies.lowercaseWords().contains(first.folded()) ? 1 : 0;
        f[39] = start == companies.sentenceStart(candidate.sentence()) ? 1 : 0;
        f[40] = proper ? 1 : 0;
        f[41] = echoed(candidate) ? 1 : 0;
    }

    /**
     * The name, without its case ending, is part of an address, handle or hashtag elsewhere in the text
     * ("Koderny" … "koderna.cz", "Kitely" … "#TeamKitely"): the writer's own company signs that way.
     */
    private boolean echoed(Candidate candidate) {
        StringBuilder letters = new StringBuilder();
        for (int k = candidate.start(); k < candidate.nameEnd(); k++) {
            companies.token(k).folded().codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
        }
        if (letters.length() < 4) {
            return false;
        }
        String stem = letters.substring(0, Math.max(4, letters.length() - 2));
        if (addresses == null) {
            addresses = new ArrayList<>();
            for (int k = 0; k < companies.tokenCount(); k++) {
                Token token = companies.token(k);
                String text = token.text();
                int dot = text.indexOf('.');
                if (token.is(Token.HANDLE) || token.is(Token.HASHTAG) || text.indexOf('@') > 0
                        || dot > 0 && dot < text.length() - 1) {
                    addresses.add(k);
                }
            }
        }
        for (int k : addresses) {
            if ((k < candidate.start() || k >= candidate.end())
                    && companies.token(k).folded().replace("-", "").replace("_", "").contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
