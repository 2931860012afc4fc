package dev.switchboard.plugins.triggers.company;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.switchboard.plugins.triggers.analysis.LanguageGuesser;
import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;
import dev.switchboard.plugins.triggers.lexicon.Lexicons;
import dev.switchboard.plugins.triggers.lexicon.Match;
import dev.switchboard.plugins.triggers.lexicon.SentenceFacts;
import dev.switchboard.plugins.triggers.lexicon.TokenPattern;

/**
 * Finds the company-name candidates of one sentence: quoted names ({@code „Kofola“}, {@code «Яндекс»}),
 * {@code @handles}, and runs of capitalized tokens with an optional legal form ({@code Acme Robotics},
 * {@code Škodě Auto}, {@code Polskich Kruszyw S.A.}, {@code ACME s.r.o.}). A run loses leading stop
 * words, titles, role words and company nouns ("Společnost Kofola" → {@code Kofola}, marked as after
 * a company noun) and a sentence-initial common word; it ends before a lexicon word (headline case:
 * "Acme Raises $5M" → {@code Acme}). Runs that are people (a given name first, a role word before,
 * a surname ending), places or single common words are left out.
 */
final class CandidateScanner {

    private static final String OPEN_QUOTES = "\"„“«‚‹”";
    private static final String CLOSE_QUOTES = "\"“”»‘’›";
    private static final int MAX_QUOTED = 8;
    private static final String[] SURNAME_ENDINGS = {"ova", "ovou", "ski", "ska", "cki", "cka", "dzki", "dzka", "wicz",
            "ов", "ова", "ев", "ева", "ин", "ина", "ский", "ская", "ович", "овна", "евич", "евна"};
    private static final String[] GERMAN_NOUN_ENDINGS = {"ung", "heit", "keit", "schaft", "tion", "ität", "itat", "nis",
            "tum", "ismus", "ment", "chen", "zeit", "jahr", "woche", "ik", "ie", "ei", "tel", "innen", "erin"};

    /** Cardinal numbers in words (folded), two to twelve: alone they name nothing ("Four open seats", "Dwa nowe…"). */
    private static final Set<String> NUMBER_WORDS = Set.of(
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "dva", "dve", "tri", "ctyri", "pet", "sest", "sedm", "osm", "devet", "deset",
            "dwa", "dwie", "trzy", "cztery", "piec", "szesc", "siedem", "osiem", "dziewiec", "dziesiec",
            "два", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
            "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn", "zwolf");

    private final TextAnalysis analysis;
    private final LowercaseWords lowercase;
    private final WordKinds words;
    private final RoleMarkers roles;
    private final WebNames web;
    private final RunExtent extent;
    private final DescriptorWords descriptors;
    /** The last word of the document that is no hashtag or handle: a signature ends after it. */
    private final int lastWord;

    CandidateScanner(TextAnalysis analysis, LowercaseWords lowercase, WordKinds words) {
        this.analysis = analysis;
        this.lowercase = lowercase;
        this.words = words;
        this.web = new WebNames(analysis);
        this.extent = new RunExtent(analysis, words);
        this.roles = new RoleMarkers(analysis, words, extent);
        this.descriptors = new DescriptorWords(analysis, words);
        int last = -1;
        for (int k = analysis.tokens().size() - 1; k >= 0 && last < 0; k--) {
            Token token = analysis.token(k);
            if (token.is(Token.LETTER) && !token.is(Token.HASHTAG) && !token.is(Token.HANDLE)) {
                last = k;
            }
        }
        this.lastWord = last;
    }

    List<Candidate> scan(SentenceFacts facts) {
        List<Candidate> found = new ArrayList<>();
        int end = facts.sentence().endToken();
        int i = facts.sentence().firstToken();
        while (i < end) {
            Token token = analysis.token(i);
            if (token.is(Token.SYMBOL) && OPEN_QUOTES.indexOf(token.text().charAt(0)) >= 0) {
                int close = closingQuote(i, end);
                if (close > i + 1 && analysis.token(i + 1).is(Token.LETTER | Token.DIGIT) && !extent.definedTerm(facts, i + 1, close)) {
                    add(found, quoted(facts, i + 1, close));
                    i = close + 1;
                    continue;
                }
            } else if (token.is(Token.HANDLE) || web.careersSite(i) || web.site(i, clauseStart(facts, i)
                    || context(facts, i - 1) == Candidate.AFTER_PREPOSITION) || web.nameTag(i,
                    i > lastWord ? false : context(facts, i - 1) == Candidate.AFTER_PREPOSITION, commonWord(facts, i))) {
                int markers = Candidate.HANDLE | roles.of(facts, i, i + 1) | signature(facts, i, i + 1);
                add(found, new Candidate(facts.sentence().index(), i, i + 1, i + 1, intrinsic(markers), markers));
            } else if (extent.lowercaseBrand(facts, i)) {
                int markers = Candidate.BRANDLIKE | roles.of(facts, i, i + 1)
                        | (extent.afterKindNoun(facts, i) ? Candidate.AFTER_COMPANY_NOUN : 0);
                add(found, new Candidate(facts.sentence().index(), i, i + 1, i + 1, intrinsic(markers), markers));
            } else if (token.is(Token.HASHTAG) && i > lastWord) {
                i++; // the tags after the last word say what a post is about ("#hiring #SaaS"), not who wrote it
                continue;
            } else if (startsName(token)) {
                int runEnd = i + 1;
                while (runEnd < end && extent.continuesName(runEnd, end)) {
                    runEnd++;
                }
                if (runEnd < end && facts.matchAt(Lexicons.FILTER, "name-noun", runEnd) != null
                        && !(runEnd + 1 < end && startsName(analysis.token(runEnd + 1)))) {
                    // not before another name: "Rodinný pivovar Černý kohout" is a descriptor and a name
                    runEnd++;
                } else {
                    runEnd = extent.lowercaseNoun(facts, i, runEnd, end);
                }
                runEnd = LowercaseNameHeads.extend(analysis, i, runEnd, end); // "Pražská úvěrová banka"
                runEnd = extent.lowercaseBeforeLegalForm(facts, runEnd, end);
                runEnd = extent.numberInName(facts, context(facts, i - 1) == Candidate.AFTER_COMPANY_NOUN, runEnd, end);
                int dash = extent.dateline(facts, i, runEnd);
                if (dash > 0) {
                    i = dash + 1;
                    continue;
                }
                int next = Math.max(runEnd, legalEnd(facts, runEnd, i));
                Candidate name = run(facts, i, runEnd);
                if (name != null && extent.bracketedHandle(next, end)) {
                    name = withHandle(facts, name, next + 3);
                    next += 3;
                }
                add(found, name);
                i = next;
                continue;
            }
            i++;
        }
        if (!found.isEmpty()) {
            Candidate first = found.get(0);
            found.set(0, new Candidate(first.sentence(), first.start(), first.nameEnd(), first.end(), first.intrinsic(),
                    first.markers() | Candidate.FIRST));
        }
        return roles.objectOfGiver(RoleMarkers.giverOfRecipient(found, start -> roles.recipientObject(facts, start)));
    }

    /**
     * The name takes its bracketed handle: it is marked {@link Candidate#HANDLE}, and its role is read
     * past the brackets ("I'm joining Carraigh Medical (@carraighmed) as COO").
     */
    private Candidate withHandle(SentenceFacts facts, Candidate name, int end) {
        int markers = name.markers() | Candidate.HANDLE | roles.of(facts, name.start(), end);
        return new Candidate(name.sentence(), name.start(), name.nameEnd(), end, intrinsic(markers), markers);
    }

    private static void add(List<Candidate> found, Candidate candidate) {
        if (candidate != null) {
            found.add(candidate);
        }
    }

    private int closingQuote(int open, int end) {
        for (int k = open + 1; k < end && k <= open + MAX_QUOTED + 1; k++) {
            Token token = analysis.token(k);
            if (token.is(Token.SYMBOL) && CLOSE_QUOTES.indexOf(token.text().charAt(0)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    private Candidate quoted(SentenceFacts facts, int start, int close) {
        int nameEnd = close;
        for (int k = start + 1; k < close; k++) {
            if (legal(facts, k) != null) {
                nameEnd = k;
                break;
            }
        }
        while (nameEnd - 1 > start && version(analysis.token(nameEnd - 1))
                && !VersionNouns.shortNumber(analysis.token(nameEnd - 1).text())) {
            nameEnd--; // "«Планёрку 2.0»": the version is no part of the name; a number is ("«Сектор 42»")
        }
        // the token before the opening quote: "компания «Нейролаб»", "сеть «Зерно»", "w firmie „Kruk”"
        int markers = Candidate.QUOTED | context(facts, start - 2) | roles.product(facts, start - 2) | brand(start, nameEnd)
                | roles.roleBefore(facts, start - 2)
                | roles.of(facts, start, close + 1)
                | (InvestorNames.investor(analysis, facts.sentence().firstToken(), start - 1, nameEnd) ? Candidate.GIVER : 0);
        if (start - 2 >= facts.sentence().firstToken() && facts.nameAt(Lexicons.LEGAL_FORM, start - 2) != null
                && analysis.token(start - 2).is(Token.ALL_CAPS)) {
            markers |= Candidate.LEGAL_FORM; // "ООО «Уралмеханика»", "АО «Балтийский завод»"
        }
        return new Candidate(facts.sentence().index(), start, nameEnd, close, intrinsic(markers), markers);
    }

    private Candidate run(SentenceFacts facts, int runStart, int runEnd) {
        int nameEnd = runEnd;
        int end = legalEnd(facts, runEnd, runStart);
        for (int k = runStart + 1; k < runEnd; k++) {
            if (legal(facts, k) != null) {
                nameEnd = k;
                end = Math.max(runEnd, legal(facts, k).end());
                break;
            }
        }
        int start = runStart;
        int markers = end > nameEnd ? Candidate.LEGAL_FORM : 0;
        boolean personContext = personContext(facts, runStart - 1);
        boolean german = "de".equals(analysis.language());
        boolean roleCut = false;
        boolean shouting = false;
        boolean product = versionAfter(facts, runStart, runEnd);
        boolean introduced = false;
        boolean described = false;
        if (shouted(facts, runStart, runEnd)) {
            return null; // "WE DID IT": a shouted clause, no name
        }
        if (VersionNouns.versionNoun(analysis, runStart, runEnd)) {
            return null; // "Version 4 von X ist live": the version, no product
        }
        while (start < nameEnd) {
            boolean atStart = clauseStart(facts, start) || shouting;
            if (product) {
                markers |= Candidate.AFTER_COMPANY_NOUN; // "Notably 3.0 is live", "Pokladník 5 umí": a product and its version
                if (start + 1 < nameEnd && NEW_WORDS.contains(analysis.token(start).folded())) {
                    start++; // "Nová Jízdenka 3.0", "Neue Kassenbuch 2.0": the product is new, "new" is no part of it
                }
                break;
            }
            if (isBusinessNoun(facts, start) && start + 1 < nameEnd) {
                // a kind of business is part of the name after it, in every language: "Gärtnerei Sommerfeld"
                markers |= Candidate.AFTER_COMPANY_NOUN;
                break;
            }
            if (atStart && start + 2 < nameEnd && !isOrgan(facts, start) && isOrgan(facts, start + 1)
                    && (words.adjective(start) || commonWord(facts, start))) {
                start++; // "Nadzwyczajne Walne Zgromadzenie X": the kind of meeting goes with the organ
                continue;
            }
            if ((german && start + 2 < nameEnd && words.germanPlaceAdjective(start) && words.flags(start + 1) == 0)
                    || descriptors.leadsForeignName(start, nameEnd)) {
                // "Die Bremer Nordfels Energie AG", "Kölner Lernplattform X": where it sits, before a word the dictionary
                // does not know; "Bremer Straßenbahn", "Frankfurter Allgemeine Zeitung" keep it
                start++;
                described = true; // what follows opens the name as at a clause start: "Schweizer Discounter X"
                continue;
            }
            if (isOrgan(facts, start) && start + 1 < nameEnd) {
                personContext = false; // "Zarząd Krzemień S.A.", "Klienti Banky Pálava": the company follows
                start++;
                continue;
            }
            if (atStart && roles.introWord(facts, start) && start + 1 < nameEnd) {
                introduced = true; // "Meet Loop for Teams": the name presented is a product
                start++;
                continue;
            }
            if (atStart && (RoleMarkers.productNoun(facts, start) || RunExtent.appNoun(facts, start)) && start + 1 < nameEnd) {
                start++; // "Aplikacja Kasztan jest już…": the kind of product is no part of the name
                continue;
            }
            if (RunExtent.roleInCase(facts, start) && !isRoleOrTitle(facts, start) && start + 1 < nameEnd) {
                personContext = false; // "Prezesem Cukrowni Warta została…": the role's genitive is the company
                roleCut = true;
                start++;
                continue;
            }
            // a capitalized company noun inside a sentence is part of the name ("Grupa Azoty"), except in German
            if ((isCompanyNoun(facts, start) || facts.lexiconWordAt(start) && !isRoleOrTitle(facts, start))
                    && start + 1 < nameEnd && partOfName(start, nameEnd) && !personAt(facts, start + 1)) {
                // a role is no company noun ("Zakladatel Bonbonky Petr Lanc"), a person no name ("Zastąpi Tomasza Kubiaka")
                markers |= Candidate.AFTER_COMPANY_NOUN;
                break;
            } else if (!german && isCompanyNoun(facts, start) && start + 1 < nameEnd
                    && (!clauseStart(facts, start) || isBusinessNoun(facts, start))) {
                // a company noun capitalized inside a clause, and a kind of business anywhere, is part of
                // the name: "w Stoczni Mewa", "Pojišťovnu Jistota čeká", "Pekárna Kovář s.r.o."
                markers |= Candidate.AFTER_COMPANY_NOUN;
                break;
            } else if ((isCompanyNoun(facts, start) || atStart && words.companyCompound(start)) && start + 1 < nameEnd
                    && (german || clauseStart(facts, start))) { // "Carmaker Vantor unveiled"
                markers |= Candidate.AFTER_COMPANY_NOUN;
            } else if (german && start + 1 < nameEnd && words.germanHyphenDescriptor(start) && words.flags(start + 1) == 0
                    && !isGivenName(facts, start + 1) && !words.givenName(start + 1)) {
                // "die Online-Apotheke Medivo", "für den Unverpackt-Laden Kornkammer": the kind of business, then the name
                markers |= Candidate.AFTER_COMPANY_NOUN;
                described = true;
            } else if (german && (atStart || described || germanArticle(start - 1)) && start + 1 < nameEnd
                    && words.germanAgentNoun(start) && !isGivenName(facts, start + 1) && !words.givenName(start + 1)
                    && !isRoleOrTitle(facts, start) && (lowercaseWordAfter(end - 1, facts.sentence().endToken()) // past a legal form
                    || !atStart && commaAfter(nameEnd))) {
                // the name is the subject of a verb: not a job title ("Softwareentwickler Java (m/w/d)")
                markers |= Candidate.AFTER_COMPANY_NOUN; // "Mobilfunker Funkwelle bringt…", "Discounter Lidl"
                described = true; // "Schweizer Discounter Sparbär": a second descriptor may follow the first
            } else if (isRoleOrTitle(facts, start)) {
                personContext = true;
                roleCut = true;
            } else if (atStart && start + 1 < nameEnd && (placeAdjective(facts, start) || czechPlaceAdjective(start))
                    && (markers & Candidate.LEGAL_FORM) == 0 && !isCompanyNoun(facts, start + 1)
                    && Character.isUpperCase(analysis.token(start + 1).text().charAt(0))) {
                // "Warszawski Ślimak Labs pozyskał": a city's adjective at the head says where the company sits
            } else if (atStart && words.firstPersonPluralVerb(start)) {
                // "Rosteme!", "Dziękujemy, że…": a verb of the writers opens the clause
            } else if (!isStop(facts, start) && !(atStart && leadingCommonWord(facts, start, nameEnd, markers))
                    && !(analysis.token(start).folded().endsWith("-based") && start + 1 < nameEnd)) {
                break; // a leading "Ohio-based" is where the company sits, no part of its name
            }
            // "WE DID IT": a shouted clause of common words goes on after its first word
            shouting = atStart && analysis.token(start).is(Token.ALL_CAPS) && start + 1 < nameEnd
                    && analysis.token(start + 1).is(Token.ALL_CAPS);
            start++;
        }
        start = extent.descriptorOff(facts, start, nameEnd);
        start = ModifiedDescriptors.off(analysis, words, runStart, start, nameEnd); // "die kleine Rösterei X"
        boolean headed = CompanyHeads.ends(analysis, start, nameEnd) || LowercaseNameHeads.headed(analysis, start, nameEnd);
        markers |= headed ? Candidate.AFTER_COMPANY_NOUN : 0;
        for (int k = start + 1; k < nameEnd; k++) {
            if (k + 1 < nameEnd && isGivenName(facts, k)) {
                nameEnd = k; // "společnosti Avast Ondřej Vlček": the person after the company is not part of it
                end = k;
                markers &= ~Candidate.LEGAL_FORM;
                // "Prezes Bursztynowej Zatoki Tomasz Wrona": the role before is the person's, the name between is the company's
                personContext = false;
                if (roleCut) {
                    markers |= Candidate.AFTER_COMPANY_NOUN; // like "CEO of X": the company of the role
                }
                break;
            }
            if (!headed && (markers & Candidate.LEGAL_FORM) == 0 && isRoleOrTitle(facts, k) && !isRoleOrTitle(facts, start)) {
                nameEnd = k; // "Nexaras Finanzchef Jörg Weiland", "Acme CEO Jane Doe": the role and its holder follow the company
                end = k;
                personContext = false;
                break;
            }
            if (german && isCompanyNoun(facts, k) && !isBusinessNoun(facts, k) && k + 1 < nameEnd) {
                start = k + 1;
                markers |= Candidate.AFTER_COMPANY_NOUN;
            } else if ((facts.lexiconWordAt(k) && (markers & Candidate.LEGAL_FORM) == 0 && !headed)
                    || (isStop(facts, k) && !acronymAfterName(k) && !newAtEnd(k, nameEnd) && !extent.familyJoint(k))) {
                nameEnd = k;
                end = k;
                markers &= ~Candidate.LEGAL_FORM;
                break;
            }
        }
        if (start >= nameEnd || (nameEnd - start == 1 && (isCompanyNoun(facts, start) || isRoleOrTitle(facts, start)
                || analysis.token(start).text().length() < 2))) {
            return null;
        }
        int around = roles.of(facts, start, end)
                | (start == runStart ? context(facts, runStart - 1) : 0) 
                | (allPlace(facts, start, nameEnd) ? 0 : roles.workplace(facts, start, end));
        markers |= start == runStart ? roles.product(facts, runStart - 1) : introduced ? Candidate.PRODUCT : 0;
        markers |= brand(start, nameEnd) | personless(facts, start, nameEnd, around) | signature(facts, start, end)
                | (InvestorNames.investor(analysis, facts.sentence().firstToken(), start, nameEnd) ? Candidate.GIVER : 0);
        if (nameEnd - start == 1 && (markers & (Candidate.LEGAL_FORM | Candidate.AFTER_COMPANY_NOUN
                | Candidate.BRANDLIKE)) == 0 && (words.knownCommon(start)
                && (clauseStart(facts, start) || "de".equals(analysis.language()))
                || !words.hasDictionary() && facts.sentence().index() > 0 && start == facts.sentence().firstToken()
                && words.once(start) || words.bracketSpecifier(start, nameEnd))) {
            // a word alone in brackets; without a dictionary (Czech), a word opening a later sentence, written once
            markers |= Candidate.COMMON_WORD;
        }
        if ((markers & (Candidate.LEGAL_FORM | Candidate.AFTER_COMPANY_NOUN)) == 0 && (germanTopic(facts, start, nameEnd)
                || clauseStart(facts, start) && words.openingPhrase(start, nameEnd, facts.sentence().endToken()))) {
            markers |= Candidate.COMMON_WORD;
        }
        if (excluded(facts, runStart, start, nameEnd, markers, personContext)) {
            return null;
        }
        return new Candidate(facts.sentence().index(), start, nameEnd, end, intrinsic(markers), markers);
    }

    /**
     * "Lazur IT", "Nordic IT": the pronoun "it" in capitals after a word that is not is the trade in
     * the name; other acronyms of the stop list ("CEO", "HR", "EUR") still end it.
     */
    private static final Set<String> NEW_WORDS = Set.of("new", "all-new", "nova", "novy", "nove", "nowy", "nowa", "nowe",
            "neu", "neue", "neuer", "neues", "новый", "новая", "новое");

    /** "Farmacja Nova", "Villa Nova": "new" ending a name modifies nothing after it, it is part of the name. */
    private boolean newAtEnd(int k, int nameEnd) {
        return k == nameEnd - 1 && NEW_WORDS.contains(analysis.token(k).folded());
    }

    private boolean acronymAfterName(int k) {
        Token token = analysis.token(k);
        return token.is(Token.ALL_CAPS) && "it".equals(token.folded()) && !analysis.token(k - 1).is(Token.ALL_CAPS);
    }

    private boolean excluded(SentenceFacts facts, int runStart, int start, int nameEnd, int markers,
                             boolean personContext) {
        boolean marked = (markers & (Candidate.LEGAL_FORM | Candidate.AFTER_COMPANY_NOUN)) != 0;
        if (analysis.token(start).folded().endsWith("-based") || (!marked && allPlace(facts, start, nameEnd))) {
            return true;
        }
        if (!marked && person(facts, start, nameEnd, personContext)) {
            return true;
        }
        Match platform = facts.nameAt(Lexicons.PLATFORM, start);
        if (!marked && platform != null && platform.end() == nameEnd) {
            return true; // "live on Google Play", "pro iOS i Android", "(Azure)": where a product runs, not who makes it
        }
        if (!marked && (jobTitle(facts, start) || jobTitle(facts, nameEnd - 1) || genderedPair(facts, start, nameEnd)
                || extent.genderTagAt(nameEnd, facts.sentence().endToken()))) {
            return true; // "Senior Backend Engineer", "Softwareentwickler Java (m/w/d)": a job ad's title
        }
        if (!marked && (markers & Candidate.QUOTED) == 0 && start == runStart && start > facts.sentence().firstToken()
                && (facts.matchAt(Lexicons.FILTER, "place-preposition", start - 1) != null || words.locative(start))) {
            return true; // "pod Płockiem", "nedaleko Jihlavy", "near Leeds", "w Chojnowie": a place the gazetteer may lack
        }
        if (!marked && (markers & Candidate.QUOTED) == 0 && townBeforePlace(facts, start, nameEnd)) {
            return true; // "Stryków k. Łodzi", "Jažlovice u Prahy": a town named by the larger place it is near
        }
        if (!marked && (markers & Candidate.QUOTED) == 0 && start == runStart && origin(facts, start)) {
            return true; // "Glashersteller aus dem Bayerischen Wald", "a startup from Leeds": where the company is from
        }
        if (!marked && (jobTitle(facts, nameEnd) && !clauseStart(facts, start) || jobBefore(facts, start))) {
            // "Hledáme Senior Java vývojáře", "Werkstudent:in Social Media": the field of a job, no company
            // (a name that opens the clause is the employer: "Acme engineers built…")
            return true;
        }
        if (nameEnd - start == 1 && !marked && RoleMarkers.lowerCaseCompound(analysis.token(start))) {
            return true; // "ИИ-ассистента", "AIM-listed": a word with a capitalized prefix
        }
        if (nameEnd - start == 1 && !marked && objectPronounAfter(start)) {
            return true; // "DM me", "Call us": a verb
        }
        if (nameEnd - start == 1 && !marked && facts.sentence().endToken() > start + 1
                && (descriptorBefore(facts, start + 1) || descriptors.beforeDescribedName(start, facts.sentence().endToken()))) {
            return true; // "Oxford spin-out Lumenfold", "a Berlin startup X": the word says where or whose
        }
        if (nameEnd - start == 1 && !marked && (markers & Candidate.BRANDLIKE) == 0) {
            return isStop(facts, start) || facts.lexiconWordAt(start) || germanNoun(start) || words.contraction(start)
                    || facts.classes().is(TokenPattern.Kind.MONEY, start) // "2,5 Mio. €": an amount
                    || NUMBER_WORDS.contains(analysis.token(start).folded()) // "Four open seats": a number in words
                    || (words.functionWord(start) && !words.nounReading(start) && !words.adjective(start))
                    || analysis.token(start).text().length() < 2
                    || germanCommonWord(start, start > runStart)
                    || (words.adjective(start) && lowercaseWordAfter(start, facts.sentence().endToken()));
        }
        return false;
    }

    private static final Set<String> FROM_WORDS = Set.of("aus", "from", "z", "ze", "из", "изо");
    private static final Set<String> ARTICLES = Set.of("dem", "der", "den", "the");

    /** After a company noun and "aus / from / z / из" (and an article): where the company comes from. */
    private boolean origin(SentenceFacts facts, int start) {
        int k = start - 1;
        int first = facts.sentence().firstToken();
        if (k > first && ARTICLES.contains(analysis.token(k).folded())) {
            k--;
        }
        return k - 1 >= first && FROM_WORDS.contains(analysis.token(k).folded()) && isCompanyNoun(facts, k - 1);
    }

    /** A job noun right before the name, or before its gender ending ("Werkstudent:in", "Entwickler/in"). */
    private boolean jobBefore(SentenceFacts facts, int start) {
        int first = facts.sentence().firstToken();
        if (start - 1 >= first && jobTitle(facts, start - 1)) {
            return true;
        }
        return start - 3 >= first && jobTitle(facts, start - 3) && ":/".contains(analysis.token(start - 2).text())
                && Set.of("in", "innen").contains(analysis.token(start - 1).folded());
    }

    /**
     * A company noun followed by a capitalized adjective and another word names the company in Czech,
     * Polish and Russian ("Zakłady Cukiernicze Kasztelan", "Przedsiębiorstwo Transportowe Wilk").
     */
    private boolean partOfName(int noun, int nameEnd) {
        String language = analysis.language();
        if (!("cs".equals(language) || "pl".equals(language) || "ru".equals(language)) || nameEnd - noun < 3) {
            return false;
        }
        String next = analysis.token(noun + 1).folded();
        return (next.endsWith("e") || next.endsWith("y") || next.endsWith("a") || next.endsWith("i")
                || next.endsWith("ie") || next.endsWith("ое") || next.endsWith("ые") || next.endsWith("ий"));
    }

    /**
     * A name that ends the document after a dash, a comma or a closing word ("– Käserei Almgold",
     * "Love, Spoke & Sprocket", "Eure Eismanufaktur Polar"), only hashtags or emoji after it.
     */
    private int signature(SentenceFacts facts, int start, int end) {
        if (end <= lastWord || start == 0) {
            return 0;
        }
        Token before = analysis.token(start - 1);
        boolean closing = before.is(Token.SYMBOL) && "–—-,~".indexOf(before.text().charAt(0)) >= 0
                || facts.matchAt(Lexicons.FILTER, "signature", start - 1) != null;
        return closing ? Candidate.SIGNATURE : 0;
    }

    /** Folded endings of Czech, Polish and Russian adjectives of a place ("warszawski", "brnenska", "московский"). */
    private static final List<String> PLACE_ADJECTIVE_ENDINGS = List.of("ski", "ska", "skie", "cki", "cka", "sky",
            "ske", "cky", "cke", "ский", "ская", "ское", "цкий", "цкая");

    /** A Czech, Polish or Russian adjective of a place ("Warszawski", "Pražský", "Московский"). */
    private boolean placeAdjective(SentenceFacts facts, int k) {
        String folded = analysis.token(k).folded();
        return (facts.classes().place(k) || words.place(k))
                && PLACE_ADJECTIVE_ENDINGS.stream().anyMatch(folded::endsWith);
    }

    /**
     * A lower-case word tying a town to a place ({@code [place-near]}: "k.", "u", "bei", "near") at {@code k}, then a
     * place, after a name that opens its phrase (a header's "– Stryków k. Łodzi", not a noun's genitive).
     */
    private boolean townBeforePlace(SentenceFacts facts, int start, int k) {
        if (start > facts.sentence().firstToken() && analysis.token(start - 1).is(Token.LETTER)
                && Character.isLowerCase(analysis.token(start - 1).text().charAt(0))) {
            return false; // "centrum dystrybucyjne Meblosfery pod Poznaniem": the company whose site is near the place
        }
        var near = facts.matchAt(Lexicons.FILTER, "place-near", k);
        if (near == null || near.start() != k || near.end() >= facts.sentence().endToken()
                || !Character.isLowerCase(analysis.token(k).text().charAt(0))) { // "Pekárna U Mlýna": part of a name
            return false;
        }
        int place = near.end();
        return analysis.token(place).is(Token.CAPITALIZED) && (facts.classes().place(place) || words.place(place));
    }

    /**
     * Czech: an adjective of a place or region ("Brněnská", "Kopřivnický", "Jihočeské") before a capitalized word. A
     * Czech name capitalizes only its first word ("Moravská družstevní záložna"), so a capitalized word after the
     * adjective opens a name of its own, and the adjective says where that company sits ("Brněnská Kódovna").
     */
    private boolean czechPlaceAdjective(int k) {
        Token token = analysis.token(k);
        return "cs".equals(analysis.language()) && token.is(Token.CAPITALIZED) && !token.is(Token.ALL_CAPS)
                && PLACE_ADJECTIVE_ENDINGS.stream().anyMatch(token.folded()::endsWith)
                && analysis.token(k + 1).is(Token.CAPITALIZED) && !analysis.token(k + 1).is(Token.ALL_CAPS);
    }

    /** Every word a place, or adjectives before one ("Central Europe", "Northern Ireland"). */
    private boolean allPlace(SentenceFacts facts, int start, int end) {
        for (int k = start; k < end; k++) {
            boolean place = facts.classes().place(k) || words.place(k);
            if (!place && (k == end - 1 || !words.adjective(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean person(SentenceFacts facts, int start, int end, boolean personContext) {
        int length = end - start;
        if (isGivenName(facts, start) || words.inflectedGivenName(start) || (length >= 2 && words.givenName(start))) {
            return true;
        }
        if (length < 2 || length > 3 || CommonNounRuns.notPerson(analysis, words, start, end)) {
            return false; // "prezes Wodociągów Podhalańskich": common words name no person
        }
        for (int k = start; k < end; k++) {
            Token token = analysis.token(k);
            if (token.is(Token.ALL_CAPS) || token.is(Token.DIGIT) || token.is(Token.INNER_CAPS)) {
                return false;
            }
        }
        if (personContext || (words.personName(start) && words.personName(end - 1))) {
            return true; // "Tomasza Nowaka": both names of people by the dictionary
        }
        String last = analysis.token(end - 1).folded();
        for (String ending : SURNAME_ENDINGS) {
            if (last.endsWith(ending) && last.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name that opens with a given name is a person's: an apposition, a role phrase or a company noun
     * beside it ("Anna Nowak, dotychczasowa dyrektor finansowa spółki", "Jan Malý, který firmu vede",
     * "prezesa zarządu Marka Nowaka") describes the person, so it gives no company marker. Two words
     * the dictionary also knows as surnames are not enough: after a company noun they name the company
     * ("spółki Hutnik Brzoza", "firmy Kowal Nowak").
     */
    private int personless(SentenceFacts facts, int start, int nameEnd, int around) {
        boolean person = isGivenName(facts, start) || words.givenName(start) || words.inflectedGivenName(start);
        return person ? around & ~Candidate.AFTER_COMPANY_NOUN : around;
    }

    private boolean personAt(SentenceFacts facts, int k) {
        return isGivenName(facts, k) || words.givenName(k) || words.personName(k);
    }

    private boolean isGivenName(SentenceFacts facts, int k) {
        Match given = facts.nameAt(Lexicons.GIVEN_NAME, k);
        return given != null && given.end() == k + 1 && analysis.token(k).is(Token.CAPITALIZED)
                && !analysis.token(k).is(Token.ALL_CAPS);
    }

    /**
     * Whether a lower-case word follows the token: a capitalized adjective before one modifies it
     * ("Neomezená data", "Dozorčí rada", "Плотный хлопок", "Regular readers"), it names nothing alone.
     */
    private boolean lowercaseWordAfter(int k, int end) {
        if (k + 1 >= end) {
            return false;
        }
        Token next = analysis.token(k + 1);
        return next.lowerCaseWord() && !next.nameLike();
    }

    /** A run of three or more words in capitals that opens a clause with a function or stop word: shouting. */
    private boolean shouted(SentenceFacts facts, int runStart, int runEnd) {
        if (runEnd - runStart < 3 || !clauseStart(facts, runStart)) {
            return false;
        }
        for (int k = runStart; k < runEnd; k++) {
            if (!analysis.token(k).is(Token.ALL_CAPS)) {
                return false;
            }
        }
        return isStop(facts, runStart) || LanguageGuesser.isFunctionWord(analysis.language(), analysis.token(runStart).folded());
    }

    /** A lower-case company noun, then a name: the word before it modifies the noun ("Oxford spin-out X"). */
    boolean descriptorBefore(SentenceFacts facts, int noun) {
        int end = facts.sentence().endToken();
        if (noun + 1 >= end) {
            return false;
        }
        Token token = analysis.token(noun);
        return (isCompanyNoun(facts, noun) || words.companyCompound(noun)) && !token.nameLike() && Character.isLowerCase(token.text().charAt(0))
                && startsName(analysis.token(noun + 1)) && !gapBefore(noun + 1) && !gapBefore(noun);
    }

    /** English "DM me", "Call us": a capitalized word before an object pronoun is a verb. */
    private boolean objectPronounAfter(int k) {
        if (!"en".equals(analysis.language()) || k + 1 >= analysis.tokens().size() || gapBefore(k + 1)) {
            return false;
        }
        String next = analysis.token(k + 1).text();
        return next.equals("me") || next.equals("us");
    }

    /** A name right after it a version ("Notably 3.0", "Pokladník 5 umí"), at a clause start: a product. */
    private boolean versionAfter(SentenceFacts facts, int runStart, int runEnd) {
        int end = facts.sentence().endToken();
        if (!clauseStart(facts, runStart) || runEnd + 1 >= end || gapBefore(runEnd)) {
            return false;
        }
        Token number = analysis.token(runEnd);
        if (!version(number)) {
            return false;
        }
        String text = number.text();
        Token after = analysis.token(runEnd + 1);
        if (VersionNouns.dottedVersion(text)) {
            return true;
        }
        boolean amount = facts.classes().is(TokenPattern.Kind.MONEY, runEnd)
                || facts.classes().is(TokenPattern.Kind.MONEY, runEnd + 1);
        return VersionNouns.modelNumber(text) && after.is(Token.LETTER) && !after.nameLike() && !amount // "Dopłacimy 2 zł/h"
                && Character.isLowerCase(after.text().charAt(0)) && !commonWord(facts, runStart);
    }

    private static final Set<String> GERMAN_ARTICLES = Set.of("der", "die", "das", "des", "dem", "den");

    private boolean germanArticle(int k) {
        return k >= 0 && GERMAN_ARTICLES.contains(analysis.token(k).folded());
    }

    private boolean commaAfter(int k) {
        return k < analysis.tokens().size() && analysis.token(k).text().equals(",");
    }

    private boolean germanNoun(int k) {
        if (!"de".equals(analysis.language())) {
            return false;
        }
        String folded = analysis.token(k).folded();
        for (String ending : GERMAN_NOUN_ENDINGS) {
            if (folded.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A common word that starts a run at a clause start, where every word is capitalized: one the
     * document writes in lower case, a function word, a lexicon word; or, by the dictionary, an
     * adverb, pronoun or numeral ("Still", "Dziś", "Umso"), a noun of people ("Klienci", "Синоптики"),
     * or a verb before other capitalized words. A dictionary noun is not cut ("Stocznia Bałtyk Serwis",
     * "Bursztyn Logistyka"), nor an adjective ("Złoty Kłos", "Deutsche Bahn"), nor the last word before
     * a legal form ("Czujka sp. z o.o."); a single noun or verb is kept but marked
     * {@link Candidate#COMMON_WORD} ("Allegro uruchamia", "Hopka zamknęła").
     */
    private boolean leadingCommonWord(SentenceFacts facts, int k, int nameEnd, int markers) {
        if (k + 1 >= nameEnd && (markers & Candidate.LEGAL_FORM) != 0) {
            return false;
        }
        if (commonWord(facts, k)) {
            return true;
        }
        if (!words.commonWord(k)) {
            return false;
        }
        if (words.personNoun(k) || words.functionWord(k)) {
            return true;
        }
        if (words.verbOnly(k)) {
            // a Polish verb form may be a name ("Hopka"): so many forms are in the dictionary; not before a
            // person ("Zastąpi Tomasza Kubiaka"). A name with a legal form keeps it ("Tessellate Robotics, Inc.")
            return (markers & Candidate.LEGAL_FORM) == 0 && (!"pl".equals(analysis.language())
                    || k + 1 < nameEnd && (words.personName(k + 1) || words.givenName(k + 1)));
        }
        return k + 1 < nameEnd && !words.nounReading(k) && !words.adjective(k);
    }

    /**
     * German capitalizes every noun: a single word the dictionary knows only as a common word is no
     * name when it is no noun ("Endlich", "Umso"), or a noun (or a compound ending in one) after an
     * adjective ("neuer Standort", "unser neues Lastenrad", "im ersten Halbjahr"). A noun after an
     * article or a preposition may be a name ("bei der Commerzbank"): it is marked
     * {@link Candidate#COMMON_WORD} instead.
     */
    private boolean germanCommonWord(int k, boolean afterCut) {
        if (!"de".equals(analysis.language())) {
            return false;
        }
        if (words.commonWord(k) && !words.nounReading(k)) {
            return true;
        }
        if (!words.germanNoun(k)) {
            return false;
        }
        if (afterCut) {
            return words.commonWord(k);
        }
        return k > 0 && !gapBefore(k) && words.lowercaseAdjective(k - 1);
    }

    /**
     * A German headline opens with its topic, common nouns every German sentence capitalizes: one noun
     * before "bei (der)" and a name ("Führungswechsel bei X:", "Vorstandsumbau bei der X"), or an adjective and a
     * noun before a colon ("Große Neuigkeiten:", "Gute Nachrichten:"). No name: the company is the one
     * "bei" points to, or the post's own.
     */
    private boolean germanTopic(SentenceFacts facts, int start, int nameEnd) {
        if (!"de".equals(analysis.language()) || start != facts.sentence().firstToken()
                || nameEnd >= facts.sentence().endToken() || !words.germanNoun(nameEnd - 1)) {
            return false;
        }
        String next = analysis.token(nameEnd).text();
        if (nameEnd - start == 1) {
            int name = nameEnd + 1 + (next.equals("bei") && germanArticle(nameEnd + 1) ? 1 : 0); // "bei der X"
            return (next.equals("bei") || next.equals("beim")) && name < facts.sentence().endToken()
                    && startsName(analysis.token(name));
        }
        return nameEnd - start == 2 && next.equals(":") && (words.adjective(start) || words.germanAdjectiveEnding(start));
    }

    private boolean commonWord(SentenceFacts facts, int k) {
        String folded = analysis.token(k).folded();
        return lowercase.contains(folded) || LanguageGuesser.isFunctionWord(analysis.language(), folded)
                || facts.lexiconWordAt(k);
    }

    private boolean isRoleOrTitle(SentenceFacts facts, int k) {
        return facts.matchAt(Lexicons.FILTER, "role", k) != null || facts.matchAt(Lexicons.FILTER, "person-title", k) != null
                || words.roleCompound(k);
    }

    private boolean personContext(SentenceFacts facts, int before) {
        // (a role compound counts too: "Seniorchef Klaus Hagemann", "zum Finanzvorstand")
        return before >= facts.sentence().firstToken() && isRoleOrTitle(facts, before);
    }

    /** Markers from the token before a name: a company noun (also one word further back) or a preposition. */
    private int context(SentenceFacts facts, int before) {
        int first = facts.sentence().firstToken();
        if (before < first) {
            return 0;
        }
        if (isCompanyNoun(facts, before) || organBefore(facts, before) || (before - 1 >= first && isCompanyNoun(facts, before - 1)
                && complement(facts, before))
                || (before - 2 >= first && isCompanyNoun(facts, before - 2) && complement(facts, before - 1)
                && complement(facts, before))) {
            return Candidate.AFTER_COMPANY_NOUN;
        }
        Match preposition = facts.matchAt(Lexicons.FILTER, "preposition", before);
        return preposition != null ? Candidate.AFTER_PREPOSITION : 0;
    }

    /**
     * An organ of a company ends at the token, or one word of the genitive later: the name after it is the
     * company's ("Rada nadzorcza Ceramiki X", "the board of X", "Aufsichtsrat der X", "совет директоров X").
     */
    private static final Set<String> GENITIVE_WORDS = Set.of("of", "der", "des");

    private boolean organBefore(SentenceFacts facts, int before) {
        Match organ = facts.matchAt(Lexicons.FILTER, "organ", before);
        if (organ == null && before - 1 >= facts.sentence().firstToken()
                && GENITIVE_WORDS.contains(analysis.token(before).folded())) {
            organ = facts.matchAt(Lexicons.FILTER, "organ", before - 1);
            before--;
        }
        return organ != null && organ.end() == before + 1;
    }

    /**
     * A lower-case word of a company noun's complement ("производитель бытовой техники X",
     * "producent okien X"): no symbol, function word, preposition, lexicon word or verb ("the chain
     * enters Central Europe", "das Unternehmen am Freitagabend").
     */
    private boolean complement(SentenceFacts facts, int k) {
        Token token = analysis.token(k);
        return !words.verbReading(k) && !(words.functionWord(k) && !words.nounReading(k)) && token.is(Token.LETTER) && !token.is(Token.SYMBOL) && !token.is(Token.DIGIT) && !token.nameLike()
                && !facts.lexiconWordAt(k) && facts.matchAt(Lexicons.FILTER, "preposition", k) == null
                && !LanguageGuesser.isFunctionWord(analysis.language(), token.folded()) && !gapBefore(k);
    }

    private int brand(int start, int end) {
        for (int k = start; k < end; k++) {
            Token token = analysis.token(k);
            if (token.is(Token.ALL_CAPS) || token.is(Token.INNER_CAPS) || (token.is(Token.DIGIT) && token.is(Token.LETTER))
                    || token.text().indexOf('.') > 0) {
                return Candidate.BRANDLIKE;
            }
        }
        return 0;
    }

    static double intrinsic(int markers) {
        double score = 1;
        score += (markers & Candidate.LEGAL_FORM) != 0 ? 3 : 0;
        score += (markers & Candidate.AFTER_COMPANY_NOUN) != 0 ? 3 : 0;
        score += (markers & Candidate.QUOTED) != 0 ? 1.5 : 0;
        score += (markers & Candidate.HANDLE) != 0 ? 1 : 0;
        score += (markers & Candidate.BRANDLIKE) != 0 ? 0.5 : 0;
        score += (markers & Candidate.RECIPIENT) != 0 ? 3 : 0;
        score += (markers & Candidate.SIGNATURE) != 0 ? 3 : 0;
        score -= (markers & Candidate.SOURCE) != 0 ? 2.5 : 0;
        score -= (markers & Candidate.GIVER) != 0 ? 3 : 0;
        score -= (markers & Candidate.PRODUCT) != 0 ? 2.5 : 0;
        return score;
    }

    /** The folded words the document writes in lower case somewhere: a capitalized one at a sentence start is a common word. */
    interface LowercaseWords {
        boolean contains(String folded);
    }

    static LowercaseWords lowercaseWords(TextAnalysis analysis) {
        Set<String> words = new java.util.HashSet<>();
        for (Token token : analysis.tokens()) {
            if (token.is(Token.LETTER) && !token.nameLike() && Character.isLowerCase(token.text().charAt(0))) {
                words.add(token.folded());
            }
        }
        return words::contains;
    }

    // where a run starts and ends: see RunExtent
    private boolean gapBefore(int k) {
        return extent.gapBefore(k);
    }

    private boolean clauseStart(SentenceFacts facts, int k) {
        return extent.clauseStart(facts, k);
    }

    private boolean isStop(SentenceFacts facts, int k) {
        return extent.isStop(facts, k);
    }

    private Match legal(SentenceFacts facts, int k) {
        return extent.legal(facts, k);
    }

    private int legalEnd(SentenceFacts facts, int runEnd, int runStart) {
        return extent.legalEnd(facts, runEnd, runStart);
    }

    private static boolean startsName(Token token) {
        return RunExtent.startsName(token);
    }

    private static boolean version(Token token) {
        return RunExtent.version(token);
    }

    private static boolean isCompanyNoun(SentenceFacts facts, int k) {
        return RunExtent.isCompanyNoun(facts, k);
    }

    private static boolean isBusinessNoun(SentenceFacts facts, int k) {
        return RunExtent.isBusinessNoun(facts, k);
    }

    private static boolean isOrgan(SentenceFacts facts, int k) {
        return RunExtent.isOrgan(facts, k);
    }

    /**
     * A job title written in both genders, the name's last word then a slash and the other form
     * ("Skladník/skladnice", "Řidič/ka", "Magazynier/magazynierka", "Kellner/in") opening its line, as a job
     * ad's title does: the other form in lower case is an ending of up to three letters or shares the first
     * three letters ("Мбит/с" in a sentence is a unit).
     */
    private boolean genderedPair(SentenceFacts facts, int start, int nameEnd) {
        if (start != facts.sentence().firstToken() || nameEnd + 1 >= facts.sentence().endToken()
                || !analysis.token(nameEnd).text().equals("/")) {
            return false;
        }
        Token other = analysis.token(nameEnd + 1);
        if (!other.lowerCaseWord() || other.start() != analysis.token(nameEnd).end()) {
            return false;
        }
        String name = analysis.token(nameEnd - 1).folded();
        String form = other.folded();
        return form.length() <= 3 || name.length() >= 3 && form.startsWith(name.substring(0, 3));
    }

    private static boolean jobTitle(SentenceFacts facts, int k) {
        return RunExtent.jobTitle(facts, k);
    }

}
