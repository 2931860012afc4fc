package dev.switchboard.plugins.triggers.company;

import java.util.Locale;
import java.util.Set;

import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;

/**
 * Company names written the way the web writes them: a handle with a domain ({@code @kapsel.app}),
 * an e-mail address ({@code prace@kytkarna.cz}), a careers site ({@code acme.de/jobs},
 * {@code kariera.acme.cz}) and the tags that close a post ({@code #Kytkárna}). Job ads and
 * first-person posts often name their company only there.
 */
final class WebNames {

    /** Words of a careers site's sub-domain or first path segment. */
    private static final Set<String> CAREERS = Set.of("jobs", "job", "careers", "career", "kariera", "kariery",
            "karriere", "prace", "praca", "work", "stellen", "vacancies", "vakansii", "hiring");
    private static final java.util.regex.Pattern DOMAIN =
            java.util.regex.Pattern.compile("[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)*\\.[a-z]{2,6}");

    /** Second-level labels under a country's domain ("co.uk", "com.au", "com.pl"): no one's name. */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu");

    private final TextAnalysis analysis;

    WebNames(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * The name in a handle, an e-mail's domain or a web address: its registered label ("kapsel.app" → kapsel,
     * "kariera.bk-software.cz" → bk-software, "swiftway.com.au" → swiftway); other text as it is.
     */
    static String withoutDomain(String name) {
        if (!isDomain(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        String[] labels = name.split("\\.");
        return labels[registeredLabel(labels)];
    }

    /**
     * Which label of a domain is registered, the name: the one before the top-level domain, or before a
     * second-level one under a country's ("swiftway" of "swiftway.com.au").
     */
    private static int registeredLabel(String[] labels) {
        int last = labels.length - 2;
        if (last >= 1 && labels[labels.length - 1].length() == 2
                && SECOND_LEVEL.contains(labels[last].toLowerCase(Locale.ROOT))) {
            last--;
        }
        return Math.max(0, last);
    }

    /** A domain name ({@code acme.cz}, {@code kariera.acme.cz}); the dot is checked first, as most words have none. */
    private static boolean isDomain(String text) {
        return text.indexOf('.') > 0 && DOMAIN.matcher(text).matches();
    }

    /**
     * A web address of a careers site: a domain whose sub-domain is a careers word
     * ("kariera.acme.cz") or that a careers path follows ("acme.de/jobs"). Its name is the company
     * that hires; a job board ("jobs.cz", "hh.ru") has no other label and is no company.
     */
    boolean careersSite(int k) {
        Token token = analysis.token(k);
        String text = token.text().toLowerCase(Locale.ROOT);
        if (token.is(Token.HANDLE) || token.is(Token.HASHTAG) || !isDomain(text)) {
            return false;
        }
        String[] labels = text.split("\\.");
        if (labels.length < 2 || CAREERS.contains(labels[labels.length - 2])) {
            return false;
        }
        if (labels.length >= 3 && CAREERS.contains(labels[0])) {
            return true;
        }
        int size = analysis.tokens().size();
        return k + 2 < size && analysis.token(k + 1).text().equals("/") && touching(k, k + 1) && touching(k + 1, k + 2)
                && CAREERS.contains(analysis.token(k + 2).folded());
    }

    /**
     * A web address that opens a clause or follows a preposition ("kvetinka.cz teď doručuje i do Brna",
     * "pre-orders open at kestrelrides.com"): the shop or site of a company, named by its label; not
     * a job board (no label but a careers word) nor an address with a path (an article, a listing).
     */
    boolean site(int k, boolean opensOrAfterPreposition) {
        Token token = analysis.token(k);
        String text = token.text().toLowerCase(Locale.ROOT);
        if (!opensOrAfterPreposition || token.is(Token.HANDLE) || token.is(Token.HASHTAG) || !isDomain(text)
                || text.indexOf('@') >= 0) {
            return false;
        }
        String[] labels = text.split("\\.");
        boolean path = k + 1 < analysis.tokens().size() && analysis.token(k + 1).text().equals("/") && touching(k, k + 1);
        return labels.length >= 2 && !CAREERS.contains(labels[labels.length - 2]) && !path
                && labels[labels.length - 2].length() >= 3;
    }

    private boolean touching(int left, int right) {
        return analysis.token(left).end() == analysis.token(right).start();
    }

    /**
     * A hashtag inside a sentence right after a preposition ("Do #pawly vstupují investoři", "pracuj
     * w #Allegro") is a name used as a word; not a common word the post writes in lower case too.
     */
    boolean nameTag(int k, boolean afterPreposition, boolean commonWord) {
        Token token = analysis.token(k);
        return token.is(Token.HASHTAG) && afterPreposition && !commonWord && token.folded().length() >= 3;
    }

    /**
     * The name a handle, hashtag, e-mail or web address gives: a handle's or hashtag's body, the registered
     * label of a domain ("rychlobalik" of "brigady.rychlobalik.cz", "swiftway" of "swiftway.com.au"); null
     * for any other token.
     */
    static String webName(Token token) {
        String folded = token.folded();
        int dot = folded.indexOf('.');
        boolean domain = dot > 0 && dot < folded.length() - 1;
        if (token.is(Token.HASHTAG) || token.is(Token.HANDLE) && !domain) {
            return clean(folded);
        }
        if (!domain) {
            return null;
        }
        // a web address, or the domain of an e-mail address (the tokenizer makes "@acme.cz" of "jobs@acme.cz")
        String[] labels = folded.split("\\.");
        return clean(labels[registeredLabel(labels)]);
    }

    private static String clean(String name) {
        return name.replace("-", "").replace("_", "");
    }
}
