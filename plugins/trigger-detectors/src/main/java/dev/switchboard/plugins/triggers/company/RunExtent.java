package dev.switchboard.plugins.triggers.company;

import java.util.Set;
import java.util.regex.Pattern;

import dev.switchboard.plugins.triggers.analysis.LanguageGuesser;
import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;
import dev.switchboard.plugins.triggers.lexicon.Lexicons;
import dev.switchboard.plugins.triggers.lexicon.Match;
import dev.switchboard.plugins.triggers.lexicon.SentenceFacts;
import dev.switchboard.plugins.triggers.lexicon.TokenPattern;

/**
 * Where a run of name tokens starts and ends, for {@link CandidateScanner}: which tokens may open or
 * continue a name, clause starts and gaps (an emoji), the lower-case words and numbers a name may
 * take in ("Dopravního podniku Jizera", "Pekárna U Zlatého klasu", "Stavby 21"), its legal form, a
 * news dateline before it, and the filter lists' company, organ and job nouns.
 */
final class RunExtent {

    /** Compiled once: these run per token of a name. */
    private static final Pattern DIGITS_THEN_WORD = Pattern.compile("\\d{1,4}\\p{Lu}\\p{L}+");
    private static final Pattern SMALL_NUMBER = Pattern.compile("[1-9]\\d{0,2}");

    private static final int LOWERCASE_IN_NAME = 2;
    private static final int DATELINE_REACH = 5;
    private static final int DATELINE_REACH_WITH_DATE = 10;

    /** Czech endings of adjectives and nouns in the genitive plural, never of a verb: "40 nových řidičů". */
    private static final Pattern CZECH_NOMINAL = Pattern.compile(
            "(ych|eho|emu|ym|ymi|ich|u)$");

    private final TextAnalysis analysis;
    private final WordKinds words;

    RunExtent(TextAnalysis analysis, WordKinds words) {
        this.analysis = analysis;
        this.words = words;
    }

    /** "Carraigh Medical (@carraighmed)": a handle in brackets right after a name is the name's own. */
    boolean bracketedHandle(int k, int end) {
        return k + 2 < end && analysis.token(k).text().equals("(") && analysis.token(k + 1).is(Token.HANDLE)
                && analysis.token(k + 2).text().equals(")");
    }

    /**
     * A news dateline: the document opens with a place in capitals, then a comma or a bracket and a
     * dash within a few words ("DAYTON, Ohio —", "BERLIN (dpa) –", "МОСКВА, 5 марта —"), or a dash
     * right after a place the gazetteer knows ("PRAHA –"). It says where the news was written: its
     * candidates are skipped. Returns the dash, or -1.
     */
    int dateline(SentenceFacts facts, int start, int runEnd) {
        if (start != 0 || runEnd >= facts.sentence().endToken()) {
            return -1;
        }
        for (int k = start; k < runEnd; k++) {
            if (!analysis.token(k).is(Token.ALL_CAPS)) {
                return -1;
            }
        }
        String next = analysis.token(runEnd).text();
        if (analysis.token(runEnd).dash()) {
            return facts.classes().place(start) || words.place(start) ? runEnd : -1;
        }
        if (!next.equals(",") && !next.equals("(")) {
            return -1;
        }
        for (int k = runEnd + 1; k < facts.sentence().endToken() && k <= runEnd + DATELINE_REACH_WITH_DATE; k++) {
            Token token = analysis.token(k);
            if (token.dash()) {
                return k;
            }
            if (k > runEnd + DATELINE_REACH && token.is(Token.LETTER) && !token.nameLike()) {
                return -1; // past a few words, only a place and a date: "AUSTIN, Texas, Sept. 9, 2025 —"
            }
        }
        return -1;
    }

    static boolean version(Token token) {
        return token.is(Token.DIGIT) && !token.is(Token.LETTER);
    }

    /**
     * A lower-case word the dictionary does not know that opens a sentence or follows a lower-case company or
     * app noun, before a lower-case verb ("northbeam builds flood models", "kvetinka doručuje", "app jarful has
     * rolled out"): a brand written in lower case, the clause's subject. Sentences open with a capital; one that
     * does not opens with a name (the sentence splitter, which wants a capital, may leave it inside the sentence
     * before).
     */
    boolean lowercaseBrand(SentenceFacts facts, int k) {
        Token token = analysis.token(k);
        int end = facts.sentence().endToken();
        boolean opens = k == facts.sentence().firstToken() // or after a full stop the splitter did not take
                || k > facts.sentence().firstToken() && ".!?".contains(analysis.token(k - 1).text())
                || afterKindNoun(facts, k);
        if (!opens || k + 1 >= end || !token.is(Token.LETTER) || token.nameLike()
                || token.is(Token.SYMBOL) || !Character.isLowerCase(token.text().charAt(0)) || token.text().length() < 4
                || !words.hasDictionary() || words.flags(k) != 0 || facts.lexiconWordAt(k)
                || LanguageGuesser.isFunctionWord(analysis.language(), token.folded())) {
            return false;
        }
        Token next = analysis.token(k + 1);
        return next.is(Token.LETTER) && Character.isLowerCase(next.text().charAt(0)) && !gapBefore(k + 1)
                && (words.flags(k + 1) & dev.switchboard.plugins.triggers.morph.Morphology.VERB) != 0;
    }

    /**
     * After a lower-case company or app noun ("budgeting app jarful has rolled out", "online grocer pantrybox
     * plans"): the kind of company or product, then its lower-case name.
     */
    boolean afterKindNoun(SentenceFacts facts, int k) {
        if (k == facts.sentence().firstToken()) {
            return false;
        }
        Token before = analysis.token(k - 1);
        return before.lowerCaseWord() && (isCompanyNoun(facts, k - 1) || appNoun(facts, k - 1));
    }

    static boolean startsName(Token token) {
        return (token.nameLike() || digitsThenCapital(token)) && token.is(Token.LETTER) && !token.is(Token.SYMBOL);
    }

    /** "4Hands", "21Vek": digits, then a capitalized word, is written as a name. */
    static boolean digitsThenCapital(Token token) {
        return token.is(Token.DIGIT) && DIGITS_THEN_WORD.matcher(token.text()).matches();
    }

    boolean continuesName(int k, int end) {
        Token token = analysis.token(k);
        if (gapBefore(k)) {
            return false; // "bei Flinkwerk 👉 Link in Bio": an emoji ends a name
        }
        if (token.is(Token.HANDLE) || token.is(Token.HASHTAG)) {
            return false; // "Наконец-то @zvonko_bank выкатили", "Zespół @bitlane_pl": a handle is a name of its own
        }
        if (startsName(token)) {
            return !possessiveBefore(k);
        }
        return token.is(Token.SYMBOL) && token.text().equals("&") && k + 1 < end && startsName(analysis.token(k + 1))
                || abbreviationPoint(k, end) || familyFirm(k, end);
    }

    /** "and", "&" and their kin in the five languages: the joint of "X & Sons", "X i Syn", "X a syn". */
    private static final Set<String> FAMILY_JOINTS = Set.of("&", "and", "a", "i", "und", "и");
    /** The family or partners that close a firm's name: "Sons", "syn", "Söhne", "сыновья", "Co", "Partner". */
    private static final Set<String> FAMILY_WORDS = Set.of("son", "sons", "syn", "synove", "synové", "synowie",
            "sohn", "söhne", "sohne", "сын", "сыновья", "co", "ко", "partner", "partners", "partneri", "partneři",
            "wspolnicy", "wspólnicy", "компания");

    /**
     * A family firm's name goes on over its joint and family word, written in either case ("Kubíček & syn
     * s.r.o.", "Przewozy Kaczmarek i Syn", "Šimek a syn"): the son or the partners are part of the name, not
     * a second name or the end of the first.
     */
    private boolean familyFirm(int k, int end) {
        Token token = analysis.token(k);
        if (FAMILY_JOINTS.contains(token.folded())) {
            return k + 1 < end && familyJoint(k);
        }
        return k >= 1 && FAMILY_WORDS.contains(token.folded()) && FAMILY_JOINTS.contains(analysis.token(k - 1).folded())
                && token.is(Token.LETTER);
    }

    /** The joint of a family firm's name, before its family word ("i" in "Kaczmarek i Syn"): no stop word there. */
    boolean familyJoint(int k) {
        return FAMILY_JOINTS.contains(analysis.token(k).folded()) && k + 1 < analysis.tokens().size()
                && !gapBefore(k + 1) && FAMILY_WORDS.contains(analysis.token(k + 1).folded());
    }

    /**
     * A common noun that says what kind of company follows is no part of a name that stands on its own:
     * one ending in a company head ("Regionalverlag Lindwurm Medien", "Studio Smocza Jama Games") or one
     * brand-like word ("Entsorgungsgesellschaft EWK", "Команда Fermerka.ru"). Before a surname, a place or
     * plain words it stays: "Backhaus Merz", "Stadtwerke Aurach", "Pivovar Bílý jelen". Only where the noun's
     * capital is explained: a German noun, or a word opening a clause; English names are made of common
     * nouns ("Gorse Valley Foods"), and one inside a clause is written as part of the name ("firma Lazur IT").
     */
    int descriptorOff(SentenceFacts facts, int start, int nameEnd) {
        String language = analysis.language();
        if (nameEnd - start < 2 || "en".equals(language) || !("de".equals(language) || clauseStart(facts, start))
                || analysis.token(start).is(Token.ALL_CAPS) || !("de".equals(language) ? words.germanNoun(start)
                : words.knownCommon(start) && words.nounReading(start))) { // a German compound: "Regionalverlag"
            return start;
        }
        boolean standsAlone = CompanyHeads.ends(analysis, start + 1, nameEnd)
                || nameEnd == start + 2 && brandLike(analysis.token(start + 1));
        return standsAlone ? start + 1 : start;
    }

    /** Capitals inside or throughout, or a domain: "EWK", "Fermerka.ru", "AgroMetan". */
    private static boolean brandLike(Token token) {
        return token.is(Token.ALL_CAPS) || token.is(Token.INNER_CAPS) || token.text().indexOf('.') > 0;
    }

    /**
     * The full stop of an initial that opens a name ("J. Breckon & Sons", "A. Kowal Transport"), tight
     * against it, before a capitalized word: the name goes on over it. A longer word before a full stop
     * ends a sentence the splitter may have missed ("po celé Praze. Objednávky").
     */
    private boolean abbreviationPoint(int k, int end) {
        Token point = analysis.token(k);
        if (!point.text().equals(".") || k + 1 >= end || k < 1 || gapBefore(k + 1)
                || analysis.token(k - 1).end() != point.start() || point.end() == analysis.token(k + 1).start()) {
            return false;
        }
        Token abbreviation = analysis.token(k - 1);
        boolean opensRun = k < 2 || !startsName(analysis.token(k - 2)); // not a middle initial: "Anna J. Kowal"
        return opensRun && abbreviation.is(Token.CAPITALIZED) && !abbreviation.is(Token.ALL_CAPS)
                && abbreviation.text().length() == 1 && !abbreviation.is(Token.DIGIT) && startsName(analysis.token(k + 1));
    }

    /**
     * English "'s" ends its owner's name: what follows is the owner's thing ("Brackwater Bank's Belfast
     * hub", "Quillfield's Leeds office"), unless a company head goes on with the name ("Sainsbury's Bank").
     */
    private boolean possessiveBefore(int k) {
        String before = analysis.token(k - 1).text();
        return (before.endsWith("'s") || before.endsWith("’s")) && before.length() > 2
                && !CompanyHeads.contains(analysis.token(k).folded());
    }

    /** A gender tag in brackets: "(m/w/d)", "(w/m/d)", "(M/Ž)", "(k/m)", "(f/m/x)". */
    private static final Pattern GENDER_TAG = Pattern.compile(
            "\\(\\s*\\p{L}{1,2}\\*?(\\s*[/|,]\\s*\\p{L}{1,2}\\*?){1,3}\\s*\\)");
    private static final int GENDER_TAG_TOKENS = 9;

    /**
     * A job ad's title: a gender tag in brackets right after the run ("Bauleiter Hochbau (m/w/d)",
     * "Lagerist (m/w/d)", "Kierowca (k/m)", "Řidič (M/Ž)") names a job, in every language, never a company.
     */
    boolean genderTagAt(int k, int end) {
        if (k >= end || !analysis.token(k).text().equals("(")) {
            return false;
        }
        for (int c = k + 1; c < end && c <= k + GENDER_TAG_TOKENS; c++) {
            if (analysis.token(c).text().equals(")")) {
                String tag = analysis.text().substring(analysis.token(k).start(), analysis.token(c).end());
                return GENDER_TAG.matcher(tag).matches();
            }
        }
        return false;
    }

    /**
     * Lower-case words of a name before its legal form ("Hanácká doprava a.s.", "Pekárny Zlatý klas
     * a.s."): the run goes on to the legal form over at most {@value #LOWERCASE_IN_NAME} such words.
     */
    int lowercaseBeforeLegalForm(SentenceFacts facts, int runEnd, int end) {
        for (int k = runEnd; k < end && k < runEnd + LOWERCASE_IN_NAME; k++) {
            Token token = analysis.token(k);
            if (!token.is(Token.LETTER) || token.is(Token.SYMBOL) || token.is(Token.DIGIT) || token.nameLike()
                    || gapBefore(k) || facts.lexiconWordAt(k) || isStop(facts, k)
                    || LanguageGuesser.isFunctionWord(analysis.language(), token.folded())) {
                return runEnd;
            }
            if (k + 1 < end && legal(facts, k + 1) != null && analysis.token(k + 1).text().indexOf('.') >= 0) {
                return k + 1;
            }
        }
        return runEnd;
    }

    /**
     * Czech, Polish and Russian capitalize only the first word of a name: a capitalized adjective
     * inside a clause (not capitalized for opening it), then a lower-case noun that agrees with it,
     * is a name of two words ("společnost Jablečný ráj", "do skladu Zelené louky", "výrobce čajů
     * Lesní moudrost"); capitalized words after the noun go on with it ("Dopravního podniku Jizera").
     */
    int lowercaseNoun(SentenceFacts facts, int runStart, int runEnd, int end) {
        String language = analysis.language();
        int adjective = runEnd - 1;
        boolean signName = adjective - 1 > runStart && SIGN_PREPOSITIONS.contains(analysis.token(adjective - 1).text());
        if (!("cs".equals(language) || "pl".equals(language) || "ru".equals(language)) || runEnd >= end
                || clauseStart(facts, adjective) && !cooperativeName(runEnd, end) || !signName
                && (runEnd - runStart == 2 ? !isCompanyNoun(facts, runStart) && clauseStart(facts, runStart)
                : runEnd - runStart > 2)) {
            // one adjective, or a word and one inside a clause: a kind of business ("Rybářství Zlatý pstruh",
            // "pomůže Biofarmě Zelený kopec"); at a clause start the first word may be a common one
            return runEnd;
        }
        Token noun = analysis.token(runEnd);
        if (facts.nameAt(Lexicons.TOWN, adjective) != null) {
            return runEnd; // "Teplo Slaný chce": a town named like an adjective ("Slaný", "Жуковский") is a noun
        }
        if (!(words.adjective(adjective) || czechInstrumental(adjective, noun) || russianAdjective(adjective))
                || !noun.is(Token.LETTER) || noun.is(Token.SYMBOL) || noun.is(Token.DIGIT) || noun.nameLike()
                || !Character.isLowerCase(noun.text().charAt(0)) || noun.text().length() < 3 || gapBefore(runEnd)
                || facts.lexiconWordAt(runEnd) || isStop(facts, runEnd) || words.verbReading(runEnd)
                || facts.matchAt(Lexicons.FILTER, "preposition", runEnd) != null
                || facts.matchAt(Lexicons.FILTER, "address-noun", runEnd) != null // "na Horním náměstí": an address
                || LanguageGuesser.isFunctionWord(language, noun.folded()) || !words.mayBeNoun(runEnd)
                || (words.flags(runEnd) & dev.switchboard.plugins.triggers.morph.Morphology.OTHER) != 0) { // "jako"
            return runEnd;
        }
        int k = runEnd + 1;
        while (k < end && continuesName(k, end)) {
            k++;
        }
        return k;
    }

    /**
     * A capitalized preposition inside a name opens an old house-sign name, whose noun is lower case
     * ("Pekárna U Zlatého klasu", "Hostinec Na Rychtě", "Restauracja Pod Złotym Lwem").
     */
    private static final Set<String> SIGN_PREPOSITIONS = Set.of("U", "Na", "Pod", "Nad", "Za", "Pri", "Při", "У", "На");

    /** A cooperative is a legal form written as a noun: its adjective opens the name ("Zemědělské družstvo Horní Pole"). */
    private static final Set<String> COOPERATIVE = Set.of("druzstvo", "druzstva", "druzstvu", "druzstvem", "druzstve",
            "spoldzielnia", "spoldzielni", "spoldzielnie", "kooperativ", "kooperativa", "kooperativu",
            "кооператив", "кооператива", "кооперативу", "кооперативом");

    /** A cooperative noun after the adjective and a name after it: the adjective opens the name even at a clause start. */
    boolean cooperativeName(int noun, int end) {
        return noun + 1 < end && COOPERATIVE.contains(analysis.token(noun).folded()) && startsName(analysis.token(noun + 1));
    }

    /** Russian adjective endings, for a word the dictionary does not know ("Новокаменский водоканал"). */
    private static final String[] RUSSIAN_ADJECTIVE_ENDINGS = {"ский", "цкий", "ской",
            "цкой", "ская", "цкая", "ское", "ские", "ного", "ный", "ной", "ний", "ная", "ное", "ные"};

    /** A capitalized word unknown to the Russian dictionary with an adjective's ending: a coined place adjective. */
    private boolean russianAdjective(int k) {
        String word = analysis.token(k).folded();
        if (!"ru".equals(analysis.language()) || words.flags(k) != 0 || word.length() < 6) {
            return false;
        }
        return WordKinds.endsWithAny(word, RUSSIAN_ADJECTIVE_ENDINGS);
    }

    /** Czech "s Chytrou lednicí", "se Zelenou loukou": an instrumental adjective and its noun. */
    boolean czechInstrumental(int adjective, Token noun) {
        String word = analysis.token(adjective).folded();
        String next = noun.text();
        return "cs".equals(analysis.language()) && analysis.token(adjective).is(Token.CAPITALIZED) && word.length() > 4
                && word.endsWith("ou") && (next.endsWith("ou") || next.endsWith("í"));
    }

    /**
     * A number right after a name that a company noun introduces is part of it ("developer Stavby 21
     * vydává", "firma Studio 7 otevírá"): one to three digits, not an amount, a count or a year.
     */
    int numberInName(SentenceFacts facts, boolean afterCompanyNoun, int runEnd, int end) {
        if (runEnd + 1 >= end || gapBefore(runEnd) || !afterCompanyNoun
                || !SMALL_NUMBER.matcher(analysis.token(runEnd).text()).matches()) {
            return runEnd;
        }
        Token after = analysis.token(runEnd + 1);
        boolean amount = facts.classes().is(TokenPattern.Kind.MONEY, runEnd)
                || facts.classes().is(TokenPattern.Kind.MONEY, runEnd + 1) || after.is(Token.DIGIT)
                || after.is(Token.SYMBOL) && "%.,:/-–".indexOf(after.text().charAt(0)) >= 0;
        boolean verb = after.is(Token.LETTER) && Character.isLowerCase(after.text().charAt(0))
                && (words.verbReading(runEnd + 1) || facts.lexiconWordAt(runEnd + 1)
                || !words.hasDictionary() && !CZECH_NOMINAL.matcher(after.folded()).find()); // "Modrý vrch 40 nových řidičů"
        return !amount && verb ? runEnd + 1 : runEnd;
    }

    /** A legal form right after a run ("Acme s.r.o.", "Acme Sp. z o.o."), or the run's end. */
    int legalEnd(SentenceFacts facts, int runEnd, int runStart) {
        if (runEnd >= facts.sentence().endToken() || gapBefore(runEnd)) {
            // an emoji ends a name, and the legal form with it: "Neu in unserer Theke 🥨 Ab heute"
            return runEnd;
        }
        Match legal = legal(facts, runEnd);
        if (legal == null && runEnd + 1 < facts.sentence().endToken() && analysis.token(runEnd).text().equals(",")) {
            legal = legal(facts, runEnd + 1); // "Corvid Security, Inc."
        }
        return legal != null && runEnd > runStart ? legal.end() : runEnd;
    }

    /** A legal form starting at the token, written as one (with dots or in capitals, so Czech "se" is not SE). */
    Match legal(SentenceFacts facts, int k) {
        Match match = facts.nameAt(Lexicons.LEGAL_FORM, k);
        if (match == null) {
            return null;
        }
        Token token = analysis.token(k);
        boolean written = token.text().indexOf('.') >= 0 || token.is(Token.CAPITALIZED) || token.is(Token.ALL_CAPS)
                || match.end() - match.start() > 1 || token.text().length() >= 4;
        if (written && match.end() - match.start() == 1 && token.text().length() <= 2 && !token.is(Token.ALL_CAPS)
                && LanguageGuesser.isFunctionWord(analysis.language(), token.folded())) {
            return null; // "Ab heute", "As of": a short function word, capitalized, is no "AB" or "AS"
        }
        return written ? match : null;
    }

    /** The first word of a sentence, or the first after an emoji, a dash or a colon inside it. */
    boolean clauseStart(SentenceFacts facts, int k) {
        if (k == facts.sentence().firstToken() || gapBefore(k)) {
            return true;
        }
        Token before = analysis.token(k - 1);
        return before.is(Token.SYMBOL) && !before.is(Token.LETTER) && ",&'’\"„“”«»".indexOf(before.text().charAt(0)) < 0;
    }

    /** Something that is no token (an emoji, a pictograph) stands between the token and the one before. */
    boolean gapBefore(int k) {
        if (k == 0) {
            return false;
        }
        String text = analysis.text();
        for (int c = analysis.token(k - 1).end(); c < analysis.token(k).start(); c++) {
            if (!Character.isWhitespace(text.charAt(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Quoted words {@code [start, close)} that define a term for the rest of a filing ("the Company", "the Group",
     * „Spółka”): an article and one word, or a single never-a-name word. They stand for a company named elsewhere.
     */
    boolean definedTerm(SentenceFacts facts, int start, int close) {
        boolean article = close - start == 2 && "the".equals(analysis.token(start).folded());
        return (article || close - start == 1) && isStop(facts, close - 1);
    }

    boolean isStop(SentenceFacts facts, int k) {
        Match stop = facts.nameAt(Lexicons.STOP, k);
        return stop != null && stop.end() == k + 1 && !analysis.token(k).is(Token.INNER_CAPS);
    }

    static boolean isCompanyNoun(SentenceFacts facts, int k) {
        Match noun = facts.matchAt(Lexicons.FILTER, "company-noun", k);
        return noun != null && noun.end() == k + 1 || isBusinessNoun(facts, k);
    }

    static boolean isBusinessNoun(SentenceFacts facts, int k) {
        Match noun = facts.matchAt(Lexicons.FILTER, "business-noun", k);
        return noun != null && noun.end() == k + 1;
    }

    static boolean isOrgan(SentenceFacts facts, int k) {
        return facts.matchAt(Lexicons.FILTER, "organ", k) != null;
    }

    static boolean appNoun(SentenceFacts facts, int k) {
        Match noun = facts.matchAt(Lexicons.FILTER, "app-noun", k);
        return noun != null && noun.end() == k + 1;
    }

    static boolean jobTitle(SentenceFacts facts, int k) {
        Match job = facts.matchAt(Lexicons.FILTER, "job-title", k);
        return job != null && job.end() == k + 1;
    }

    /** A role word in a case other than its listed form ("Prezesem", "Ředitelem", "Директором"). */
    static boolean roleInCase(SentenceFacts facts, int k) {
        Match role = facts.matchAt(Lexicons.FILTER, "role-case", k);
        return role != null && role.end() == k + 1;
    }
}
