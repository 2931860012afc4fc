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
 * headline, away from the rule's choice when that stands in the cue's sentence); a whole field of a header
 * line under the title;</li>
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

    /** The features, in the order of {@link Option#features()}; a weights file names each in lower case. */
    enum Feature {
        IN_SENTENCE, BEFORE_CUE, AFTER_CUE, SUBJECT, TOKEN_DISTANCE, AFTER_CUE_PREPOSITION,
        EARLIER_SENTENCE, LATER_SENTENCE, SENTENCE_DISTANCE, HEADLINE, FIRST_OF_SENTENCE(Candidate.FIRST),
        LEGAL_FORM(Candidate.LEGAL_FORM), COMPANY_NOUN(Candidate.AFTER_COMPANY_NOUN), QUOTED(Candidate.QUOTED),
        HANDLE(Candidate.HANDLE), BRANDLIKE(Candidate.BRANDLIKE), AFTER_PREPOSITION(Candidate.AFTER_PREPOSITION),
        RECIPIENT(Candidate.RECIPIENT), SOURCE(Candidate.SOURCE), GIVER(Candidate.GIVER),
        SIGNATURE(Candidate.SIGNATURE), COMMON_WORD(Candidate.COMMON_WORD), PRODUCT(Candidate.PRODUCT),
        MENTIONS, CLOSING_TAG, MAIN_COMPANY, RULE_CHOICE, FIRST_PERSON_MARKED,
        FIRST_PERSON_UNMARKED, IN_GAP, WORDS, BRAND_TAG, ACRONYM, RULE_SCORE,
        KNOWN_COMMON, UNKNOWN_WORD, PLACE, PERSON, LOWERCASE_ELSEWHERE, SENTENCE_START,
        PROPER_NOUN, ECHO, HEADER_FIELD, AWAY_FROM_RULE;

        /** The {@link Candidate} marker the feature is, or 0. */
        final int marker;

        Feature() {
            this(0);
        }

        Feature(int marker) {
            this.marker = marker;
        }
    }

    /** The names of the features, in the order of {@link Option#features()}. */
    public static final List<String> FEATURES = java.util.Arrays.stream(Feature.values())
            .map(feature -> feature.name().toLowerCase(java.util.Locale.ROOT)).toList();

    /** One name a cue may be about. */
    public record Option(Candidate candidate, String name, double[] features) {

        /** Whether it stands in the cue's sentence. */
        public boolean inSentence() {
            return features[Feature.IN_SENTENCE.ordinal()] > 0;
        }

        /** Whether it stands in another sentence while the rule's choice stands in the cue's. */
        public boolean awayFromRule() {
            return features[Feature.AWAY_FROM_RULE.ordinal()] > 0;
        }

        /** Whether it names the company the hand-weighted rule chose. */
        public boolean ruleChoice() {
            return features[Feature.RULE_CHOICE.ordinal()] > 0;
        }
    }

    private final CompanyExtractor companies;
    /** The candidates of the first sentences, their names and their cue-independent features. */
    private List<Candidate> first;
    private String[] firstNames;
    private double[][] firstFeatures;
    /** The addresses, handles and hashtags of the text with the names they give, read on first use. */
    private List<Address> addresses;
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
            List<String> tags = companies.closingTags();
            for (Candidate candidate : companies.candidates(sentence)) {
                String name = companies.name(candidate);
                int mentions = 0;
                for (String other : firstNames) {
                    mentions += sameCompany(name, other) ? 1 : 0;
                }
                boolean tagged = tags.stream().anyMatch(tag -> sameCompany(name, tag));
                add(options, candidate, name, documentFeatures(candidate, name, mentions, tagged), sentence, subject,
                        cueStart, cueEnd, gapStart, gapEnd, firstPerson, rule);
            }
        }
        CompanyExtractor.Pick tag = companies.brandTagPick();
        if (tag != null) {
            double[] f = new double[FEATURES.size()];
            set(f, Feature.HANDLE, true);
            set(f, Feature.BRAND_TAG, true);
            set(f, Feature.RULE_CHOICE, rule != null && sameCompany(tag.name(), rule.name()));
            options.add(new Option(tag.candidate(), tag.name(), f));
        }
        boolean ruleHere = options.stream().anyMatch(o -> o.ruleChoice() && o.inSentence());
        for (Option option : options) {
            set(option.features(), Feature.AWAY_FROM_RULE, ruleHere && !option.inSentence() && !option.ruleChoice());
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
        set(f, Feature.IN_SENTENCE, here);
        set(f, Feature.BEFORE_CUE, before);
        set(f, Feature.AFTER_CUE, after);
        set(f, Feature.SUBJECT, candidate == subject);
        f[Feature.TOKEN_DISTANCE.ordinal()] = Math.min(3, Math.max(0, distance) / 10.0);
        set(f, Feature.AFTER_CUE_PREPOSITION, after && candidate.has(Candidate.AFTER_PREPOSITION));
        set(f, Feature.EARLIER_SENTENCE, candidate.sentence() < sentence);
        set(f, Feature.LATER_SENTENCE, candidate.sentence() > sentence);
        f[Feature.SENTENCE_DISTANCE.ordinal()] = here ? 0 : Math.min(5, Math.abs(candidate.sentence() - sentence)) / 5.0;
        set(f, Feature.HEADLINE, candidate.sentence() == 0 && sentence != 0);
        set(f, Feature.RULE_CHOICE, ruleChoice);
        set(f, Feature.FIRST_PERSON_MARKED, firstPerson && candidate.marked());
        set(f, Feature.FIRST_PERSON_UNMARKED, firstPerson && !candidate.marked());
        set(f, Feature.IN_GAP, inGap);
        f[Feature.RULE_SCORE.ordinal()] = here
                ? (candidate.intrinsic() + CompanyExtractor.position(candidate, cueStart, end, subject)) / 5.0 : 0;
        options.add(new Option(candidate, name, f));
    }

    /** {@link CompanyNames#sameCompany}, remembered for the document: each cue asks it of every name again. */
    private boolean sameCompany(String name, String other) {
        return same.computeIfAbsent(name + '\n' + other, key -> CompanyNames.sameCompany(name, other));
    }

    /** The features that do not depend on the cue: {@code mentions} other names of the same company, a closing tag. */
    private double[] documentFeatures(Candidate candidate, String name, int mentions, boolean tagged) {
        double[] f = new double[FEATURES.size()];
        for (Feature feature : Feature.values()) {
            if (feature.marker != 0) {
                set(f, feature, candidate.has(feature.marker));
            }
        }
        f[Feature.MENTIONS.ordinal()] = Math.min(3, mentions) / 3.0;
        set(f, Feature.CLOSING_TAG, tagged);
        CompanyExtractor.Pick main = companies.main();
        set(f, Feature.MAIN_COMPANY, main != null && sameCompany(name, main.name()));
        f[Feature.WORDS.ordinal()] = Math.min(4, candidate.nameEnd() - candidate.start()) / 4.0;
        Token firstToken = companies.token(candidate.start());
        set(f, Feature.ACRONYM, candidate.nameEnd() - candidate.start() == 1 && firstToken.is(Token.ALL_CAPS));
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
        set(f, Feature.KNOWN_COMMON, letters > 0 && common == letters);
        f[Feature.UNKNOWN_WORD.ordinal()] = letters > 0 ? (double) unknown / letters : 0;
        set(f, Feature.PLACE, place);
        set(f, Feature.PERSON, words.givenName(start) || words.personName(start));
        Token first = companies.token(start);
        set(f, Feature.LOWERCASE_ELSEWHERE, first.is(Token.LETTER) && companies.lowercaseWords().contains(first.folded()));
        set(f, Feature.SENTENCE_START, start == companies.sentenceStart(candidate.sentence()));
        set(f, Feature.PROPER_NOUN, proper);
        set(f, Feature.ECHO, echoed(candidate));
        set(f, Feature.HEADER_FIELD, headerField(candidate));
    }

    /** The most words of a header line: a line of fields, not a sentence. */
    private static final int HEADER_WORDS = 12;
    /** The longest header line, in characters (a line longer than that is prose). */
    private static final int HEADER_CHARS = 200;
    /** How many lines after the title may be header lines. */
    private static final int HEADER_LINES = 3;
    private static final String FIELD_SEPARATORS = "|·•–—,;:/(";
    private static final String QUOTES = "\"'„“”«»‚‘’";

    /**
     * The name is a whole field of a header line under the title: a short line of the document's first
     * lines, other than the first, whose fields are set apart by separators ("Ashgrove Care | £21.50 per
     * hour", "Strojírny Bohdalice – Vyškov", "«Платика», Москва"), as a job ad or a listing names its
     * employer or seller under the heading.
     */
    private boolean headerField(Candidate candidate) {
        String text = companies.text();
        int from = companies.token(candidate.start()).start();
        int to = companies.token(candidate.end() - 1).end();
        if (to > (HEADER_LINES + 2) * HEADER_CHARS) {
            return false; // beyond the reach of a title and its header lines
        }
        int lineStart = text.lastIndexOf('\n', from - 1) + 1;
        int lineEnd = text.indexOf('\n', to);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        if (lineStart == 0) {
            return false; // the title
        }
        int lines = 0; // the non-blank lines before this one, counted no further than the header reaches
        boolean blank = true;
        for (int i = 0; i < lineStart && lines <= HEADER_LINES; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines += blank ? 0 : 1;
                blank = true;
            } else if (!Character.isWhitespace(c)) {
                blank = false;
            }
        }
        if (lines > HEADER_LINES || lineEnd - lineStart > HEADER_CHARS) {
            return false;
        }
        String line = text.substring(lineStart, lineEnd).strip();
        if (line.split("\\s+").length > HEADER_WORDS || line.endsWith(".")
                || line.endsWith("!") || line.endsWith("?")) {
            return false;
        }
        int left = from - 1;
        while (left >= lineStart && (Character.isWhitespace(text.charAt(left)) || QUOTES.indexOf(text.charAt(left)) >= 0)) {
            left--;
        }
        int right = to;
        while (right < lineEnd && (Character.isWhitespace(text.charAt(right)) || QUOTES.indexOf(text.charAt(right)) >= 0)) {
            right++;
        }
        boolean opens = left < lineStart || FIELD_SEPARATORS.indexOf(text.charAt(left)) >= 0;
        boolean closes = right >= lineEnd || FIELD_SEPARATORS.indexOf(text.charAt(right)) >= 0 && text.charAt(right) != ':';
        return opens && closes;
    }

    private static void set(double[] features, Feature feature, boolean value) {
        features[feature.ordinal()] = value ? 1 : 0;
    }

    /**
     * The name, without its case ending, is part of the name an address, handle or hashtag elsewhere in the
     * text gives ("Koderny" … "koderna.cz", "Kitely" … "#TeamKitely"): the writer's own company signs that way.
     * Of a web or e-mail address only the registered label counts ("rychlobalik" of
     * "brigady.rychlobalik.cz", "bohdalice" of "nabor@bohdalice.cz"): a careers sub-domain or mailbox
     * ("brigady", "jobs@") names the kind of page, not the company.
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
                String name = WebNames.webName(token);
                if (name != null) {
                    addresses.add(new Address(k, name));
                }
            }
        }
        for (Address address : addresses) {
            if ((address.token() < candidate.start() || address.token() >= candidate.end()) && address.name().contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** An address token and the name it gives, folded, without hyphens and underscores. */
    private record Address(int token, String name) {
    }
}
