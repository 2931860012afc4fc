package dev.switchboard.plugins.triggers.company;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;
import dev.switchboard.plugins.triggers.lexicon.Lexicons;
import dev.switchboard.plugins.triggers.lexicon.SentenceFacts;
import dev.switchboard.plugins.triggers.morph.Dictionaries;
import dev.switchboard.plugins.triggers.morph.Morphology;
import dev.switchboard.plugins.triggers.morph.RussianNominative;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.text.CompanyNames;

/**
 * Picks the company a cue is about, for one document (not thread-safe; one per detection run).
 *
 * <p>In the cue's sentence each candidate scores its {@link Candidate#intrinsic()} value plus its
 * position: before the cue +1, +2 as the sentence's first candidate (the subject: "Acme Robotics
 * raised", "Rohlik.cz expanduje"); after the cue +0.5, +1.5 after a preposition ("CEO of Acme",
 * "ve společnosti Kofola", "w firmie X", "в компании X", "bei der X GmbH"); minus 0.05 per token of
 * distance. The best of at least {@value #CONFIDENT} wins; otherwise the document's main company
 * (the most company-like and most repeated candidate, at least {@value #MAIN_MINIMUM}) if there is
 * one; otherwise the best of at least {@value #MINIMUM}. That is the rules' choice; {@link #ranked} then lets
 * the learned {@link CompanyRanker} weigh it against every other name of the document ({@link CompanyOptions}).
 */
public final class CompanyExtractor {

    static final double CONFIDENT = 2.0;
    static final double MINIMUM = 1.0;
    static final double MAIN_MINIMUM = 2.5;
    /** An intrinsic score only a legal form, a company noun, a recipient role or a signature gives. */
    static final double STRONG_MARKER = 4.0;
    static final int MAIN_SENTENCES = 30;
    private static final java.util.Set<String> HANDLE_SUFFIXES = java.util.Set.of("app", "hq", "official", "team",
            "uk", "us", "de", "cz", "pl", "ru", "eu", "hh", "ber", "muc", "prg", "waw", "jobs", "careers", "news", "global");
    private static final java.util.Set<String> ROLE_SUFFIXES = java.util.Set.of("gründer", "gründerin", "mitgründer",
            "chef", "chefin", "ceo", "cto", "cfo", "sprecher", "sprecherin", "founder", "boss", "šéf", "šéfka",
            "prezes", "шеф", "глава", "team", "tým", // "Acme-Team": the company's team
            "app", "appka"); // "Bohnenglück-App": the company's app carries its name

    private static final java.util.Set<String> LEADING_GROUP_WORDS = java.util.Set.of("team", "zespol", "tym",
            "команда", "siec", "sit", "сеть"); // and a chain: "Sieć Drogerie Kalina", "Síť Pekárna Kvásek"

    /** The chosen company and how sure the choice is. */
    public record Pick(Candidate candidate, String name, double score, boolean inSentence) {
    }

    private final TextAnalysis analysis;
    private final List<SentenceFacts> facts;
    private final Lexicons lexicons;
    private final Dictionaries dictionaries;
    private final List<List<Candidate>> bySentence;
    private final CompanyRanker ranker;
    private CandidateScanner scanner;
    private CompanyOptions options;
    private Leading leading;
    private WordKinds words;
    private CandidateScanner.LowercaseWords lowercase;
    private Morphology morphology;
    /** Russian names in the nominative, by the name as written: read from the dictionary once per document. */
    private final java.util.Map<String, String> nominatives = new java.util.HashMap<>();
    private Pick main;
    private boolean mainKnown;
    private Pick brandTag;
    private boolean brandTagKnown;

    public CompanyExtractor(TextAnalysis analysis, List<SentenceFacts> facts) {
        this(analysis, facts, Lexicons.shared(), Dictionaries.shared());
    }

    public CompanyExtractor(TextAnalysis analysis, List<SentenceFacts> facts, Lexicons lexicons,
                            Dictionaries dictionaries) {
        this.analysis = analysis;
        this.facts = facts;
        this.lexicons = lexicons;
        this.dictionaries = dictionaries;
        this.ranker = CompanyRanker.shared();
        this.bySentence = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            bySentence.add(null);
        }
    }

    public List<Candidate> candidates(int sentence) {
        List<Candidate> found = bySentence.get(sentence);
        if (found == null) {
            if (scanner == null) {
                scanner = new CandidateScanner(analysis, lowercaseWords(), words());
            }
            found = scanner.scan(facts.get(sentence));
            bySentence.set(sentence, found);
        }
        return found;
    }

    /** The company of a cue at tokens {@code [cueStart, cueEnd)} of a sentence, or {@code null}. */
    public Pick forCue(int sentence, int cueStart, int cueEnd) {
        return forCue(sentence, cueStart, cueEnd, cueEnd, cueEnd, false);
    }

    /**
     * The company of a cue at tokens {@code [cueStart, cueEnd)} of a sentence whose words
     * {@code [gapStart, gapEnd)} are no part of it (between the two words of a pair: "fördert das
     * Unternehmen Quantix mit sechs Millionen"), or {@code null}. In a first-person sentence ("we",
     * "naše", "wir", "мы") the writer is the company: the document's main company is preferred to a
     * name without a company marker.
     */
    public Pick forCue(int sentence, int cueStart, int cueEnd, int gapStart, int gapEnd, boolean firstPerson) {
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Candidate subject = subject(sentence, cueStart);
        for (Candidate candidate : candidates(sentence)) {
            boolean inGap = candidate.start() >= gapStart && candidate.nameEnd() <= gapEnd && candidate.marked();
            if (candidate.start() < cueEnd && cueStart < candidate.nameEnd() && !inGap) {
                continue;
            }
            double score = candidate.intrinsic() + (inGap ? position(candidate, cueStart, gapStart, subject)
                    : position(candidate, cueStart, cueEnd, subject));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best != null && best.has(Candidate.COMMON_WORD)) {
            Pick better = betterThanCommonWord(sentence, best, cueStart, cueEnd);
            better = better != null ? better : brandTagPick();
            if (better != null) {
                return better;
            }
        }
        boolean confident = best != null && bestScore >= CONFIDENT;
        if (confident && !(firstPerson && !best.marked())) {
            return new Pick(best, name(best), bestScore, true);
        }
        Pick documentCompany = main(); // computed only when needed: it compares every pair of names
        if (confident && (documentCompany == null || sameName(best, documentCompany))) {
            return new Pick(best, name(best), bestScore, true);
        }
        if (documentCompany != null) {
            return documentCompany;
        }
        if (best != null && bestScore >= MINIMUM) {
            // a common word is the last resort: after a closing brand tag ("… in allen Filialen #KonditoreiX")
            // and the one subject of another sentence ("Appka Parkuj.to je venku! … Vyzkoušejte ji")
            Pick other = best.has(Candidate.COMMON_WORD) ? brandTagPick() : null;
            other = other == null && best.has(Candidate.COMMON_WORD) ? subjectElsewhere() : other;
            return other != null ? other : new Pick(best, name(best), bestScore, true);
        }
        Pick elsewhere = subjectElsewhere();
        return elsewhere != null ? elsewhere : brandTagPick();
    }

    /**
     * No name in the text but common words: a closing hashtag that names the writer's own brand, the one
     * such. A tag in camel case ("Neu in unserer Theke … #BackhausMerz #neuheit") that is not made of common
     * words only ("#NowHiring", "#WirStellenEin": topics); else a capitalized tag that names no place, where
     * the writer spells topics in lower case or as such camel-case words ("#Brzoza #kawiarnia #Kraków": the
     * topic is lower-case, the town a place, the café the name); else the one camel-case tag of common words
     * ("#ZielonaSzklarnia #praca"). A lower-case tag is a topic.
     */
    Pick brandTagPick() {
        if (!brandTagKnown) { // asked for every cue's options: read the tags once
            brandTag = findBrandTag();
            brandTagKnown = true;
        }
        return brandTag;
    }

    private Pick findBrandTag() {
        List<Integer> tags = closingTagTokens();
        List<Integer> camel = new ArrayList<>();
        List<Integer> camelCommon = new ArrayList<>();
        List<Integer> capitalized = new ArrayList<>();
        boolean topics = false;
        for (int k : tags) {
            Token token = analysis.token(k);
            String text = token.text();
            if (token.is(Token.INNER_CAPS) && !token.is(Token.ALL_CAPS) && Character.isUpperCase(text.charAt(1))) {
                boolean common = commonWordsOnly(text.substring(1));
                (common ? camelCommon : camel).add(k);
                topics |= common;
            } else if (text.length() > 3 && Character.isUpperCase(text.charAt(1)) && !token.is(Token.ALL_CAPS)
                    && !token.is(Token.DIGIT)) {
                if (!placeTag(k)) {
                    capitalized.add(k);
                }
            } else if (text.length() > 1 && Character.isLowerCase(text.charAt(1))) {
                topics = true;
            }
        }
        List<Integer> brands = !camel.isEmpty() ? camel : !capitalized.isEmpty() && topics ? capitalized : camelCommon;
        if (brands.size() != 1) {
            return null; // none, or two brands: no telling which is the writer's
        }
        int k = brands.get(0);
        Candidate found = new Candidate(facts.size() - 1, k, k + 1, k + 1, MINIMUM, Candidate.HANDLE);
        return new Pick(found, name(found), MINIMUM, false);
    }

    /** A camel-case tag whose every part the dictionary knows as a common word ("NowHiring", "WirStellenEin"). */
    private boolean commonWordsOnly(String camel) {
        if (!morphology().known()) {
            return false;
        }
        int from = 0;
        for (int i = 1; i <= camel.length(); i++) {
            if (i == camel.length() || Character.isUpperCase(camel.charAt(i))) {
                String part = camel.substring(from, i);
                if (!Character.isLetter(part.charAt(0))
                        || !Morphology.common(morphology().flags(part.toLowerCase(Locale.ROOT)))) {
                    return false;
                }
                from = i;
            }
        }
        return true;
    }

    /** A hashtag that names a place ("#Kraków", "#Olomouc"). */
    private boolean placeTag(int k) {
        for (SentenceFacts sentence : facts) {
            if (k >= sentence.sentence().firstToken() && k < sentence.sentence().endToken()) {
                return sentence.classes().place(k) || words().place(k);
            }
        }
        return false;
    }

    /**
     * No name of the cue's sentence will do, and no main company stands out: the subject of another
     * sentence, if it is the only one of the document ("Otwieramy nowy oddział! Transport Orlik
     * zatrudni…", "Wir haben unsere Seed-Runde geschlossen! … Kiezkiste bleibt in Leipzig").
     */
    private Pick subjectElsewhere() {
        Candidate found = null;
        for (int s = 0; s < Math.min(facts.size(), MAIN_SENTENCES); s++) {
            for (Candidate candidate : candidates(s)) {
                if (candidate.has(Candidate.FIRST) && !candidate.has(Candidate.COMMON_WORD)
                        && !candidate.has(Candidate.SOURCE) && !candidate.has(Candidate.GIVER)
                        && candidate.intrinsic() >= MINIMUM) {
                    if (found != null && !CompanyNames.sameCompany(name(found), name(candidate))) {
                        return null;
                    }
                    found = found == null ? candidate : found;
                }
            }
        }
        return found == null ? null : new Pick(found, name(found), found.intrinsic(), false);
    }

    /**
     * A clause-opening common word ("Środki zostaną przeznaczone", "Rynek rośnie") is a name only
     * when nothing better is in sight: a candidate of the sentence with a company marker (legal form,
     * company noun, quotes, handle, recipient) that scores at least {@value #CONFIDENT}, else the
     * document's main company, unless it is a common word too ("MedKolejka pozyskała 14 mln zł… Środki
     * zostaną…", "«Наш двор» открывает… Склад будет обслуживать…"), not this word.
     */
    private Pick betterThanCommonWord(int sentence, Candidate word, int cueStart, int cueEnd) {
        Candidate best = null;
        double bestScore = CONFIDENT;
        for (Candidate candidate : candidates(sentence)) {
            if (candidate == word || (candidate.start() < cueEnd && cueStart < candidate.nameEnd())
                    || !(candidate.marked() || candidate.has(Candidate.RECIPIENT))) {
                continue;
            }
            double score = candidate.intrinsic() + position(candidate, cueStart, cueEnd, subject(sentence, cueStart));
            if (score >= bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best != null) {
            return new Pick(best, name(best), bestScore, true);
        }
        Candidate object = objectOf(sentence, word);
        if (object != null) {
            return new Pick(object, name(object), object.intrinsic(), true);
        }
        Pick documentCompany = main();
        if (documentCompany != null && !documentCompany.candidate().has(Candidate.COMMON_WORD)
                && !sameName(word, documentCompany)) {
            return documentCompany;
        }
        return null;
    }

    private static final java.util.Set<String> OF_WORDS = java.util.Set.of("in", "of", "von", "der", "v", "ve", "w",
            "we", "в", "во", "bei"); // "Führungswechsel bei X": a German headline's topic and its company

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "der", "dem", "den", "des", "die", "das");

    /**
     * "Shares in QRX jumped", "Akcie v X", "Vorstandsumbau bei der X": a name right after the common word and a
     * preposition (and an article) is what the word is of.
     */
    private Candidate objectOf(int sentence, Candidate word) {
        int preposition = word.end();
        if (preposition + 1 >= facts.get(sentence).sentence().endToken()
                || !OF_WORDS.contains(analysis.token(preposition).folded())) {
            return null;
        }
        int name = preposition + 1 + (ARTICLES.contains(analysis.token(preposition + 1).folded()) ? 1 : 0);
        for (Candidate candidate : candidates(sentence)) {
            if (candidate.start() == name && candidate.intrinsic() >= MINIMUM) {
                return candidate;
            }
        }
        return null;
    }

    private boolean sameName(Candidate candidate, Pick pick) {
        return CompanyNames.sameCompany(name(candidate), pick.name());
    }

    /**
     * The subject of the cue: the sentence's first candidate, or, when a colon stands before the cue
     * ("Neuer Standort in Dresden: Codewerk eröffnet…", "before Christmas: Corvel Logistics said it
     * would recruit…"), the first candidate between the colon and the cue, if any.
     */
    Candidate subject(int sentence, int cueStart) {
        int colon = -1;
        int brackets = 0;
        for (int k = facts.get(sentence).sentence().firstToken(); k < cueStart; k++) {
            String text = analysis.token(k).text();
            brackets += text.equals("(") ? 1 : text.equals(")") && brackets > 0 ? -1 : 0;
            if (text.equals(":") && brackets == 0) {
                colon = k; // not in brackets: "(AIM: HLCN)"
            }
        }
        List<Candidate> found = candidates(sentence);
        for (Candidate candidate : found) {
            if (colon >= 0 && candidate.start() > colon && candidate.end() <= cueStart) {
                return candidate;
            }
        }
        return found.isEmpty() || !found.get(0).has(Candidate.FIRST) ? null : found.get(0);
    }

    static double position(Candidate candidate, int cueStart, int cueEnd, Candidate subject) {
        if (candidate.end() <= cueStart) {
            return (candidate == subject ? 2 : 1) - 0.05 * (cueStart - candidate.end());
        }
        double after = candidate.has(Candidate.AFTER_PREPOSITION) && !candidate.has(Candidate.SOURCE) ? 1.5 : 0.5;
        return after - 0.05 * (candidate.start() - cueEnd);
    }

    /** The candidates of the first {@value #MAIN_SENTENCES} sentences, where the main company is looked for. */
    private List<Candidate> leadingCandidates() {
        List<Candidate> all = new ArrayList<>();
        for (int s = 0; s < Math.min(facts.size(), MAIN_SENTENCES); s++) {
            all.addAll(candidates(s));
        }
        return all;
    }

    Token token(int index) {
        return analysis.token(index);
    }

    int tokenCount() {
        return analysis.tokens().size();
    }

    /** The document's text. */
    String text() {
        return analysis.text();
    }

    int sentenceStart(int sentence) {
        return facts.get(sentence).sentence().firstToken();
    }

    int sentenceEnd(int sentence) {
        return facts.get(sentence).sentence().endToken();
    }

    WordKinds words() {
        if (words == null) {
            words = new WordKinds(analysis, morphology(), lexicons);
        }
        return words;
    }

    CandidateScanner.LowercaseWords lowercaseWords() {
        if (lowercase == null) {
            lowercase = CandidateScanner.lowercaseWords(analysis);
        }
        return lowercase;
    }

    /** Every name the cue may be about, with its features: see {@link CompanyOptions}. */
    public List<CompanyOptions.Option> options(int sentence, int cueStart, int cueEnd, int gapStart, int gapEnd,
                                               boolean firstPerson, Pick rule) {
        if (options == null) {
            options = new CompanyOptions(this);
        }
        return options.of(sentence, cueStart, cueEnd, gapStart, gapEnd, firstPerson, rule);
    }

    /**
     * The {@link CompanyRanker}'s choice among the cue's {@link #options}, given the hand-weighted choice
     * {@code rule} of {@link #forCue} ({@code null} when the rules found no name good enough): the company the
     * detection names. How sure the choice is and whether it is in the cue's sentence are the rule's to say (the
     * detection's confidence and filters read the rule's choice); {@code null} when there is no option at all.
     * A name of another sentence that has a cue of its own of the same type ({@code ownCue}) belongs to that cue:
     * it is no option when the rules chose a name of this cue's sentence ("Acme is hiring … Globex is hiring
     * too": Acme for the first cue, whatever the ranker would make of a company named by a dictionary word).
     */
    public Pick ranked(TriggerType type, int sentence, int cueStart, int cueEnd, int gapStart, int gapEnd,
                       boolean firstPerson, Pick rule, IntPredicate ownCue) {
        List<CompanyOptions.Option> open = options(sentence, cueStart, cueEnd, gapStart, gapEnd, firstPerson, rule)
                .stream()
                .filter(o -> !(o.awayFromRule() && o.candidate() != null && ownCue.test(o.candidate().sentence())))
                .toList();
        CompanyOptions.Option best = ranker.choose(open, analysis.language(), type);
        if (best == null || best.ruleChoice()) {
            return rule;
        }
        return rule == null ? new Pick(best.candidate(), best.name(), 0, false)
                : new Pick(best.candidate(), best.name(), rule.score(), rule.inSentence());
    }

    /** The document's main company, or {@code null}. */
    public Pick main() {
        if (!mainKnown) {
            main = findMain();
            mainKnown = true;
        }
        return main;
    }

    /**
     * The candidates of the first {@value #MAIN_SENTENCES} sentences with their names, how many other of them
     * name the same company ({@code pairs}) and how many closing hashtags do ({@code tags}).
     */
    record Leading(List<Candidate> candidates, String[] names, int[] pairs, int[] tags) {
    }

    Leading leading() {
        if (leading == null) {
            List<Candidate> all = leadingCandidates();
            String[] names = new String[all.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = name(all.get(i));
            }
            int[] pairs = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                for (int j = i + 1; j < names.length; j++) {
                    if (CompanyNames.sameCompany(names[i], names[j])) { // symmetric: each pair once
                        pairs[i]++;
                        pairs[j]++;
                    }
                }
            }
            int[] tagged = new int[names.length];
            List<String> tags = closingTags();
            for (int i = 0; i < names.length; i++) {
                for (String tag : tags) {
                    tagged[i] += CompanyNames.sameCompany(names[i], tag) ? 1 : 0;
                }
            }
            leading = new Leading(all, names, pairs, tagged);
        }
        return leading;
    }

    private Pick findMain() {
        Leading found = leading();
        List<Candidate> all = found.candidates();
        String[] names = found.names();
        int[] mentions = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            mentions[i] = found.pairs()[i] + found.tags()[i];
        }
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < names.length; i++) {
            Candidate candidate = all.get(i);
            boolean subject = candidate.has(Candidate.FIRST) && !candidate.has(Candidate.COMMON_WORD);
            double score = candidate.intrinsic() + Math.min(mentions[i], 3)
                    + (subject ? (candidate.sentence() == 0 ? 1.5 : 0.5) : 0);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best != null && bestScore >= MAIN_MINIMUM ? new Pick(best, name(best), bestScore, false) : null;
    }

    /**
     * The hashtags that close a post, after its last word ("… na prace@kytkarna.cz #Kytkárna #prace"):
     * no candidates (they say what a post is about), but one that repeats a name is a mention of it.
     */
    List<String> closingTags() {
        List<String> tags = new ArrayList<>();
        for (int k : closingTagTokens()) {
            tags.add(analysis.token(k).text().substring(1));
        }
        return tags;
    }

    /** The tokens of the hashtags after the text's last word (handles and symbols between them), last first. */
    private List<Integer> closingTagTokens() {
        List<Integer> tags = new ArrayList<>();
        for (int k = analysis.tokens().size() - 1; k >= 0; k--) {
            Token token = analysis.token(k);
            if (token.is(Token.HASHTAG)) {
                tags.add(k);
            } else if (token.is(Token.LETTER) && !token.is(Token.HANDLE)) {
                break;
            }
        }
        return tags;
    }

    private Morphology morphology() {
        if (morphology == null) {
            morphology = dictionaries.morphology(analysis.language());
        }
        return morphology;
    }

    /** "Lexiq-Gründer", "Acme-CEO", "Kofola-šéf", "Kaffeerad-App": a compound of the name and a role word or "app" is the name. */
    private static String withoutRoleSuffix(String name) {
        int hyphen = name.lastIndexOf('-');
        if (hyphen >= 2 && ROLE_SUFFIXES.contains(name.substring(hyphen + 1).toLowerCase(java.util.Locale.ROOT))) {
            return name.substring(0, hyphen);
        }
        return name;
    }

    /** The name as written: no quotes, legal form, {@code @}, or possessive {@code 's}. */
    public String name(Candidate candidate) {
        int start = candidate.start();
        if (candidate.nameEnd() - start >= 2 && LEADING_GROUP_WORDS.contains(analysis.token(start).folded())) {
            start++; // "Zespół Payflo", "Team Acme", "Tým Kodera": the team is the company's, and so is the chain
        }
        start = OpeningPossessives.skip(analysis, candidate, start); // "Vaše Pražírna Kopeček"
        Token first = analysis.token(start);
        Token last = analysis.token(candidate.nameEnd() - 1);
        String name = analysis.text().substring(first.start(), last.end());
        if (first.is(Token.HANDLE) || first.is(Token.HASHTAG)) {
            name = name.substring(1);
            int underscore = name.lastIndexOf('_');
            if (underscore >= 3 && HANDLE_SUFFIXES.contains(name.substring(underscore + 1).toLowerCase(java.util.Locale.ROOT))) {
                name = name.substring(0, underscore); // "@Solarwerk_HH", "@Zielnik_app"; "@Pied_Piper" stays
            }
        }
        if (candidate.nameEnd() == candidate.start() + 1) {
            name = WebNames.withoutDomain(name); // "@kapsel.app", "prace@kytkarna.cz", "acme.de/jobs": the name is the label
        }
        name = withoutRoleSuffix(name);
        if (name.endsWith("'s") || name.endsWith("’s")) {
            name = name.substring(0, name.length() - 2);
        } else if (name.endsWith("'") || name.endsWith("’")) {
            name = name.substring(0, name.length() - 1);
        }
        name = name.strip();
        // a Russian adjective and its noun in an oblique case: the nominative ("«Ягодной поляны»" → Ягодная поляна)
        if (!"ru".equals(analysis.language()) || name.indexOf(' ') < 0) {
            return name;
        }
        return nominatives.computeIfAbsent(name, written -> RussianNominative.of(written, morphology()));
    }
}
