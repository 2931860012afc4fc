package dev.switchboard.plugins.triggers.company;

import java.util.Set;

import dev.switchboard.plugins.triggers.analysis.LanguageGuesser;
import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;
import dev.switchboard.plugins.triggers.lexicon.Lexicons;
import dev.switchboard.plugins.triggers.lexicon.Match;
import dev.switchboard.plugins.triggers.lexicon.SentenceFacts;
import dev.switchboard.plugins.triggers.lexicon.TokenPattern;

/**
 * The syntactic role a name plays next to the words around it, from the filter lists'
 * {@code [recipient]}, {@code [source]}, {@code [first-person]} and {@code [company-noun]} sections:
 * <ul>
 * <li>{@link Candidate#RECIPIENT}: the object of a giving or investing phrase ("stake in X",
 * "awarded X", "investuje do X", "udziałów w X", "выдаст X", "gewährt X", "beteiligt sich an X");</li>
 * <li>{@link Candidate#GIVER}: the subject of a giving verb ("X has awarded", "BGK pożyczy",
 * "ВЭБ.РФ выдаст"): the investor or lender, not the company the money goes to;</li>
 * <li>{@link Candidate#SOURCE}: after "from / led by / od / vedené / przez / от / под руководством /
 * von / angeführt von": where money or a person comes from;</li>
 * <li>{@link Candidate#AFTER_COMPANY_NOUN} by apposition or copula: "X, a Prague-based startup",
 * "X to poznański software house", "X ist ein Anbieter"; and by the writers' workplace: "At X we build",
 * "Bei X arbeitest du" ({@link #workplace});</li>
 * <li>{@link Candidate#PRODUCT}: right after a product noun ("ležák X", "gra „X”"): the product, not its maker.</li>
 * </ul>
 * A recipient phrase may be separated from its name by an article, an adjective or a "-based" word.
 */
final class RoleMarkers {

    private static final int RECIPIENT_REACH = 2;
    private static final int GIVER_REACH = 2;
    private static final int APPOSITION_REACH = 5;
    private static final java.util.Set<String> REPORTING = java.util.Set.of("said", "says", "told", "added",
            "announced", "confirmed", "stated", "explained", "wrote", "noted", "uvedla", "uvedl", "oznámila",
            "sdělila", "podała", "poinformowała", "przekazała", "teilte", "erklärte", "sagte", "сообщила", "сообщил",
            "заявила", "заявил");

    private final TextAnalysis analysis;
    private final WordKinds words;
    private final RunExtent extent;

    RoleMarkers(TextAnalysis analysis, WordKinds words, RunExtent extent) {
        this.analysis = analysis;
        this.words = words;
        this.extent = extent;
    }

    /** The role markers of the name at tokens {@code [start, end)} of the sentence. */
    int of(SentenceFacts facts, int start, int end) {
        int markers = 0;
        if (recipientObject(facts, start)) {
            markers |= Candidate.RECIPIENT;
        } else if (endsBefore(facts, "source", start) || pastRole(facts, start) || lender(facts, start)) {
            markers |= Candidate.SOURCE;
        }
        int giving = givingVerbAfter(facts, end);
        if (giving > 0) {
            markers |= Candidate.GIVER;
        } else if (giving < 0) {
            markers |= Candidate.RECIPIENT; // "X has been awarded", "X wurde gefördert"
        }
        if (afterRoleAndPreposition(facts, start)) {
            markers |= Candidate.AFTER_COMPANY_NOUN; // "COO at X", "CTO bei X", "prezes w X"
        }
        if (joinedAs(facts, start, end)) {
            markers |= Candidate.AFTER_COMPANY_NOUN; // "joining X as CTO", "wechselt zu X als", "do X jako"
        }
        if (apposition(facts, end)) {
            markers |= Candidate.AFTER_COMPANY_NOUN;
        }
        return markers;
    }

    /**
     * The name is the object that money goes to: after a recipient phrase ("stake in X", "investuje do
     * X") or after an amount and "into" ({@link #moneyInto}).
     */
    boolean recipientObject(SentenceFacts facts, int start) {
        return endsBefore(facts, "recipient", start) || moneyInto(facts, start);
    }

    /** Where money goes: into a company, or, as the beneficiary of an amount, for it ("Úvěr 300 milionů pro X"). */
    private static final Set<String> INTO = Set.of("in", "into", "do", "w", "we", "в", "во", "an", "bei");
    /** Beneficiary prepositions: right after an amount they mark the name the money goes to; elsewhere a complement's. */
    private static final Set<String> FOR = Set.of("for", "für", "pro", "dla", "для");
    private static final int INTO_REACH = 7;

    /**
     * Money going into or to a company marks it the recipient, in every language: an amount, "in / into /
     * do / w / в / an / bei" or "for / für / pro / dla / для", then the name, over lower-case words, a company noun and its complement
     * ("vkládá 45 milionů korun do brněnského Datlíku", "вложил 120 млн рублей в разработчика
     * ИИ-ассистента для юристов «Казус»", "puts £3m into Leeds-based X"). A function word counts only
     * in a company noun's complement, and a verb ends the phrase ("raised $5M in a round led by X").
     */
    private boolean moneyInto(SentenceFacts facts, int start) {
        int first = facts.sentence().firstToken();
        boolean complement = false;
        for (int k = start - 1; k > first && k >= start - 1 - INTO_REACH; k--) {
            Token token = analysis.token(k);
            if (INTO.contains(token.folded()) && !token.nameLike()) {
                return (!complement || headNoun(k + 1)) && facts.classes().is(TokenPattern.Kind.MONEY, k - 1);
            }
            if (FOR.contains(token.folded()) && facts.classes().is(TokenPattern.Kind.MONEY, k - 1)) {
                return !complement || headNoun(k + 1); // "Úvěr 300 milionů pro Pinetku", "£2m for Acme"
            }
            if (facts.matchAt(Lexicons.FILTER, "source", k) != null) {
                return false; // "twelve million euros in fresh capital from X": where the money comes from
            } else if (isCompanyNoun(facts, k)) {
                complement = false;
            } else if (LanguageGuesser.isFunctionWord(analysis.language(), token.folded())) {
                complement = true;
            } else if (token.is(Token.SYMBOL) && !token.quote() || words.verbReading(k) || facts.lexiconWordAt(k)
                    || token.is(Token.DIGIT) || token.nameLike() && !lowerCaseCompound(token)) {
                return false;
            }
        }
        return false;
    }

    /** A lower-case noun right after "into": the head of the phrase whose complement leads to the name ("в разработчика … для юристов"). */
    private boolean headNoun(int k) {
        Token token = analysis.token(k);
        return token.is(Token.LETTER) && !token.nameLike() && words.mayBeNoun(k) && !words.functionWord(k)
                && !LanguageGuesser.isFunctionWord(analysis.language(), token.folded());
    }

    /** "ИИ-ассистента", "AI-powered": a capitalized prefix on a lower-case word is no name. */
    static boolean lowerCaseCompound(Token token) {
        int hyphen = token.text().indexOf('-');
        return hyphen > 0 && hyphen + 1 < token.text().length() && Character.isLowerCase(token.text().charAt(hyphen + 1));
    }

    /**
     * The sentence's subject when a later name is the object money goes to ("Larkspur Partners has
     * agreed to buy a stake in Ashby & Crane", "Vltava Ventures vkládá 45 milionů do Datlíku"): the
     * investor, marked {@link Candidate#GIVER}.
     */
    static java.util.List<Candidate> giverOfRecipient(java.util.List<Candidate> found, java.util.function.IntPredicate object) {
        if (found.size() < 2 || !found.get(0).has(Candidate.FIRST) || found.get(0).has(Candidate.RECIPIENT)
                || found.get(0).has(Candidate.GIVER)) {
            return found;
        }
        for (int i = 1; i < found.size(); i++) {
            if (found.get(i).has(Candidate.RECIPIENT) && object.test(found.get(i).start())) {
                Candidate subject = found.get(0);
                int markers = subject.markers() | Candidate.GIVER;
                found.set(0, new Candidate(subject.sentence(), subject.start(), subject.nameEnd(), subject.end(),
                        CandidateScanner.intrinsic(markers), markers));
                break;
            }
        }
        return found;
    }

    private static final int OBJECT_REACH = 4;

    /**
     * The name right after a giver and its verb ("Банк «Кедр» открыл «Хлебозаводу» кредитную линию",
     * "BGK pożyczy Hucie X", "Larkspur has awarded Ashby a grant"): the indirect object, the company
     * the money goes to, marked {@link Candidate#RECIPIENT}; only lower-case words and quotes between, and
     * no common word ("Danke an X Capital für das Vertrauen").
     */
    java.util.List<Candidate> objectOfGiver(java.util.List<Candidate> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            Candidate giver = found.get(i);
            Candidate object = found.get(i + 1);
            if (giver.has(Candidate.GIVER) && !object.has(Candidate.GIVER) && !object.has(Candidate.SOURCE)
                    && !object.has(Candidate.RECIPIENT) && !object.has(Candidate.COMMON_WORD) // "für das Vertrauen"
                    && object.start() - giver.end() <= OBJECT_REACH
                    && onlyVerbBetween(giver.end(), object.start())) {
                int markers = object.markers() | Candidate.RECIPIENT;
                found.set(i + 1, new Candidate(object.sentence(), object.start(), object.nameEnd(), object.end(),
                        CandidateScanner.intrinsic(markers), markers));
            }
        }
        return found;
    }

    private boolean onlyVerbBetween(int from, int to) {
        boolean word = false;
        for (int k = from; k < to; k++) {
            Token token = analysis.token(k);
            if (token.is(Token.LETTER) && !token.nameLike()) {
                word = true;
            } else if (!token.quote()) {
                return false;
            }
        }
        return word;
    }

    private static final int PAST_REACH = 8;
    private static final int APPOSITION_OPENING = 3;

    /**
     * The name is in an apposition about a person's past role ("Marina Jelcova, ранее занимавшая пост
     * финансового директора ритейлера «X»", "Martin Dvořák, dosavadní obchodní ředitel skupiny X",
     * "Jane Roe, until now finance director at X"): the person's former employer, where the person comes
     * from, not the company of the trigger. A {@code [past-role]} word a few words after a comma, then
     * the name within {@value #PAST_REACH} words, without a punctuation mark between (quotes and
     * hyphens aside); without the comma the word may be the trigger company's own ("dosavadní ředitel X odchází").
     */
    private boolean pastRole(SentenceFacts facts, int start) {
        int first = facts.sentence().firstToken();
        for (int k = start - 1; k >= first && k >= start - PAST_REACH; k--) {
            Token token = analysis.token(k);
            if (facts.matchAt(Lexicons.FILTER, "past-role", k) != null) {
                return afterComma(first, k);
            }
            if (token.is(Token.SYMBOL) && !token.quote() && !token.text().equals("-")) {
                return false;
            }
        }
        return false;
    }

    /** A comma at most {@value #APPOSITION_OPENING} words before the word: it opens an apposition or a relative clause. */
    private boolean afterComma(int first, int k) {
        for (int c = k - 1; c >= first && c >= k - APPOSITION_OPENING; c--) {
            if (analysis.token(c).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions that tie a bank to a loan: "kredyt w banku X", "úvěr s bankou X", "Kredit bei der Bank X". */
    private static final Set<String> LENDER_PREPOSITIONS = Set.of("w", "we", "s", "se", "u", "with", "at", "bei",
            "der", "в", "у", "с", "со");

    /**
     * A bank after a preposition, in a sentence that names an amount before it, is where the money
     * comes from ("dostał 25 mln zł kredytu w banku X", "podepsal úvěr 80 mil. Kč s bankou X", "взял
     * кредит 300 млн рублей в банке X"): the lender, not the borrower the trigger is about.
     */
    private boolean lender(SentenceFacts facts, int start) {
        int bank = start - 1;
        int first = facts.sentence().firstToken();
        if (bank - 1 < first) {
            return false;
        }
        String noun = analysis.token(bank).folded();
        if (!(noun.startsWith("bank") || noun.startsWith("банк"))
                || !LENDER_PREPOSITIONS.contains(analysis.token(bank - 1).folded())) {
            return false;
        }
        for (int k = first; k < bank - 1; k++) {
            if (facts.classes().is(TokenPattern.Kind.MONEY, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quoted name right after a role is the role's company, in its genitive ("финансовый директор «X»",
     * "prezes „X”", "ředitel „X“"): a person is never quoted, so the name is the company the role is of.
     */
    int roleBefore(SentenceFacts facts, int k) {
        boolean role = k >= facts.sentence().firstToken() && (facts.matchAt(Lexicons.FILTER, "role", k) != null
                || words.roleCompound(k) || RunExtent.roleInCase(facts, k)); // "гендиректором «X»"
        return role ? Candidate.AFTER_COMPANY_NOUN : 0;
    }

    /** Whether a phrase of the section ends right before the name, or before a few filler words. */
    private boolean endsBefore(SentenceFacts facts, String section, int start) {
        int first = facts.sentence().firstToken();
        for (int k = start - 1; k >= first && k >= start - 1 - RECIPIENT_REACH; k--) {
            for (Match match : facts.matches()) {
                if (match.end() == k + 1 && match.is(Lexicons.FILTER, section)) {
                    return true;
                }
            }
            if (!filler(facts, k)) {
                return false;
            }
        }
        return false;
    }

    /** Articles, lower-case adjectives and "-based" words may stand between a phrase and the name. */
    private boolean filler(SentenceFacts facts, int k) {
        Token token = analysis.token(k);
        if (!token.is(Token.LETTER) || facts.lexiconWordAt(k)) {
            return token.is(Token.SYMBOL) && "„«\"“".indexOf(token.text().charAt(0)) >= 0;
        }
        return token.folded().endsWith("-based") || !token.nameLike() || isCompanyNoun(facts, k)
                || (k + 1 < facts.sentence().endToken() && isCompanyNoun(facts, k + 1)
                && Character.isLowerCase(analysis.token(k + 1).text().charAt(0))); // "stake in Oxford spin-out X"
    }

    /** 1: the name is the subject of a giving verb; -1: of a passive one ("has been awarded"); 0: neither. */
    private int givingVerbAfter(SentenceFacts facts, int end) {
        int last = Math.min(facts.sentence().endToken(), end + GIVER_REACH + 1);
        for (Match match : facts.matches()) {
            if (match.start() >= end && match.start() < last && match.is(Lexicons.FILTER, "giver")) {
                boolean passive = false;
                for (int k = end; k < match.start(); k++) {
                    if (analysis.token(k).is(Token.SYMBOL) && !analysis.token(k).quote()) {
                        return 0;
                    }
                    passive |= facts.matchAt(Lexicons.FILTER, "passive", k) != null;
                }
                return passive ? -1 : 1;
            }
        }
        return 0;
    }

    private static boolean afterRoleAndPreposition(SentenceFacts facts, int start) {
        int first = facts.sentence().firstToken();
        return start - 2 >= first && facts.matchAt(Lexicons.FILTER, "preposition", start - 1) != null
                && facts.matchAt(Lexicons.FILTER, "role", start - 2) != null;
    }

    private static final java.util.Set<String> JOIN_WORDS = java.util.Set.of("joining", "joins", "joined", "join", "to",
            "zu", "do", "ke", "k", "в", "во");
    private static final java.util.Set<String> AS_WORDS = java.util.Set.of("as", "als", "jako", "jakozto", "в качестве");

    /**
     * A name between a joining word or "to / zu / do / в" and "as / als / jako / в качестве" and a role
     * ("I'm joining X as Chief Technology Officer", "wechselt zu X als Finanzchefin"): the company of the role.
     */
    private boolean joinedAs(SentenceFacts facts, int start, int end) {
        int first = facts.sentence().firstToken();
        int stop = facts.sentence().endToken();
        if (start - 1 < first || end + 1 >= stop || !JOIN_WORDS.contains(analysis.token(start - 1).folded())) {
            return false;
        }
        int k = end;
        if (!AS_WORDS.contains(analysis.token(k).folded())) {
            if (k + 1 < stop && AS_WORDS.contains(analysis.token(k).folded() + " " + analysis.token(k + 1).folded())) {
                k++;
            } else {
                return false;
            }
        }
        for (int r = k + 1; r < stop && r <= k + 3; r++) {
            if (facts.matchAt(Lexicons.FILTER, "role", r) != null) {
                return true;
            }
        }
        return false;
    }

    /** "X, a Prague-based startup", "X – polski producent", "X to ... software house", "X ist ein Anbieter". */
    private boolean apposition(SentenceFacts facts, int end) {
        int stop = facts.sentence().endToken();
        if (end >= stop) {
            return false;
        }
        Token next = analysis.token(end);
        boolean opens = (next.is(Token.SYMBOL) && ",–—(".indexOf(next.text().charAt(0)) >= 0)
                || facts.matchAt(Lexicons.FILTER, "copula", end) != null;
        if (!opens) {
            return false;
        }
        for (int k = end + 1; k < stop && k <= end + APPOSITION_REACH; k++) {
            if (isCompanyNoun(facts, k)) {
                // "…outside England, the company said": the noun is the subject of a reporting clause
                return !(k + 1 < stop && REPORTING.contains(analysis.token(k + 1).folded()));
            }
            Token token = analysis.token(k);
            if (token.is(Token.SYMBOL) && !token.text().equals("-")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isCompanyNoun(SentenceFacts facts, int k) {
        return facts.matchAt(Lexicons.FILTER, "company-noun", k) != null
                || facts.matchAt(Lexicons.FILTER, "business-noun", k) != null;
    }

    static boolean productNoun(SentenceFacts facts, int k) {
        Match noun = facts.matchAt(Lexicons.FILTER, "product-noun", k);
        return noun != null && noun.end() == k + 1;
    }

    /**
     * A name right after a lower-case product noun ("náš nový ležák Sedmička", "nasza gra „Północ”",
     * "наша игра «Север»") names the product: it is marked {@link Candidate#PRODUCT}, its maker is
     * named elsewhere (a handle, a signature, the subject).
     */
    int product(SentenceFacts facts, int before) {
        int first = facts.sentence().firstToken();
        if (introduced(facts, before)) {
            return Candidate.PRODUCT;
        }
        if (before >= first && POSSESSIVES.contains(analysis.token(before).folded())) {
            return Candidate.PRODUCT; // "our Daventry warehouse", "für unseren Kundenservice": the writers' own thing
        }
        if (before < first || !productNoun(facts, before)) {
            return 0;
        }
        Token token = analysis.token(before);
        if ("de".equals(analysis.language()) && before - 1 >= first && lowerCaseWord(analysis.token(before - 1))) {
            return Candidate.PRODUCT; // German nouns are capitalized: "Unser neuer Haferdrink „Barista“"
        }
        return !token.nameLike() && Character.isLowerCase(token.text().charAt(0)) ? Candidate.PRODUCT : 0;
    }

    /**
     * First-person possessives: a name right after one is something the writers own (a site, a
     * department, a product: "our Daventry warehouse", "unseren Kundenservice", "naši Kavárnu"), not
     * the writers' company, which a first-person post names elsewhere.
     */
    private static final Set<String> POSSESSIVES = Set.of("our", "unser", "unsere", "unseren", "unserem", "unserer",
            "unseres", "nase", "nas", "naseho", "nasi", "nasem", "nasich", "nasz", "nasza", "nasze",
            "naszego", "naszej", "naszym", "наш", "наша", "наше", "нашего", "нашей", "нашем", "нашу", "нашим");

    private static boolean lowerCaseWord(Token token) {
        return token.is(Token.LETTER) && Character.isLowerCase(token.text().charAt(0));
    }

    private static final Set<String> INTRO_FILLERS = Set.of("the", "our", "new", "all-new", "nasz", "naszą", "nowy",
            "nową", "náš", "naši", "nový", "novou", "наш", "нашу", "новый", "новую", "unser", "unsere", "unseren",
            "neuen", "neue", "den", "die", "das");

    /**
     * "Meet the Otter Pro", "Poznajcie X", "Встречайте «X»": a name a {@code [product-intro]} phrase
     * opening the clause presents (over an article, "our", "new") is the product; its maker is the
     * writer or named elsewhere.
     */
    boolean introduced(SentenceFacts facts, int before) {
        int first = facts.sentence().firstToken();
        int k = before;
        while (k >= first && k > before - 2 && INTRO_FILLERS.contains(analysis.token(k).folded())) {
            k--;
        }
        return k >= first && introWord(facts, k);
    }

    /** A {@code [product-intro]} phrase that ends at token {@code k} and opens its clause. */
    boolean introWord(SentenceFacts facts, int k) {
        Match intro = facts.matchAt(Lexicons.FILTER, "product-intro", k);
        if (intro == null || intro.end() != k + 1) {
            return false;
        }
        return extent.clauseStart(facts, intro.start());
    }

    private static final Set<String> TEAM_WORDS = Set.of("team", "teams", "tym", "tymu", "tymem", "zespol", "zespole",
            "zespolu", "команда", "команды", "команде", "командой");
    private static final Set<String> TEAM_LINKS = Set.of("at", "of", "von", "bei", "der", "w", "we", "v", "ve", "в");

    /** "the team at X", "das Team von X", "zespół w X", "команда X": the name is the team's company. */
    private boolean teamOf(SentenceFacts facts, int start) {
        int first = facts.sentence().firstToken();
        if (start - 1 >= first && TEAM_WORDS.contains(analysis.token(start - 1).folded())
                && analysis.token(start - 1).folded().startsWith("к")) {
            return true; // Russian: the genitive without a preposition
        }
        return start - 2 >= first && TEAM_LINKS.contains(analysis.token(start - 1).folded())
                && TEAM_WORDS.contains(analysis.token(start - 2).folded());
    }

    /** Prepositions that open a sentence about where "we" or "you" work: "At Ledgerline we build", "Bei X arbeitest du". */
    private static final Set<String> AT_WORDS = Set.of("at", "bei", "u", "у"); // not "v", "w", "в": mostly a place
    private static final Set<String> WE_AND_YOU = Set.of("we", "you", "you'll", "we're", "wir", "du", "ihr", "my", "wy",
            "мы", "вы", "ty", "ты");

    /**
     * A name after a preposition of place that opens the sentence, then "we" or "you" or a verb of
     * the writers ("At Ledgerline we build…", "Bei Codewerk arbeitest du…", "U Kvítku hledáme…"): the
     * company the writers work at, as sure as after a company noun (the caller leaves places out: "At Leeds we…").
     */
    int workplace(SentenceFacts facts, int start, int end) {
        if (teamOf(facts, start)) {
            return Candidate.AFTER_COMPANY_NOUN;
        }
        if (start - 1 != facts.sentence().firstToken() || end >= facts.sentence().endToken()
                || !AT_WORDS.contains(analysis.token(start - 1).folded())) {
            return 0;
        }
        Token next = analysis.token(end);
        boolean writers = WE_AND_YOU.contains(next.folded()) || words.firstPersonPluralVerb(end)
                || ("de".equals(analysis.language()) && next.folded().endsWith("st") && words.verbReading(end));
        return writers ? Candidate.AFTER_COMPANY_NOUN : 0;
    }
}
