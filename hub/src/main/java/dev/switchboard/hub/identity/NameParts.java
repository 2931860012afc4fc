package dev.switchboard.hub.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.switchboard.hub.crm.PersonNames;

/**
 * The given-name and surname tokens of a record as the rules compare them: titles and salutations
 * left out (Ing., Dr., Mgr., Dipl.-Ing., Herr, pani, Mr), a generation marker taken aside (st./ml.,
 * sen./jun., Sr./Jr., Snr/Jnr, II), and a whole name written into one field split into a given name and a
 * surname ("SMITH JOHN" in {@code first_name}: the rules try both orders anyway).
 */
record NameParts(List<String> first, List<String> last, Generation generation) {

    /** Father and son (or mother and daughter) of one name, as systems mark them. */
    enum Generation { SENIOR, JUNIOR, THIRD }

    /** Academic titles, salutations and post-nominals, folded; never a name on their own here. */
    private static final Set<String> TITLES = Set.of("dr", "ing", "mgr", "bc", "prof", "doc", "phdr", "mudr", "judr",
            "rndr", "paeddr", "mvdr", "mddr", "ingarch", "arch", "dipl", "diplom", "phd", "csc", "drsc", "mba", "msc",
            "bsc", "ba", "ma", "llm", "dis", "med", "rer", "nat", "habil", "inz", "lic", "herr", "frau", "hr", "fr",
            "pan", "pani", "panna", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "madame", "monsieur", "gospodin",
            "gospozha", "kand", "nauk");
    private static final Map<String, Generation> GENERATIONS = Map.ofEntries(
            Map.entry("st", Generation.SENIOR), Map.entry("sen", Generation.SENIOR), Map.entry("senior", Generation.SENIOR),
            Map.entry("sr", Generation.SENIOR), Map.entry("snr", Generation.SENIOR), Map.entry("starsi", Generation.SENIOR), Map.entry("ml", Generation.JUNIOR),
            Map.entry("jun", Generation.JUNIOR), Map.entry("junior", Generation.JUNIOR), Map.entry("jr", Generation.JUNIOR),
            Map.entry("jnr", Generation.JUNIOR),
            Map.entry("mladsi", Generation.JUNIOR), Map.entry("ii", Generation.JUNIOR), Map.entry("iii", Generation.THIRD));
    /** Hungarian markers, written before the name: id. Farkas László (idősebb), ifj. Farkas László (ifjabb). */
    private static final Map<String, Generation> LEADING_GENERATIONS = Map.of(
            "id", Generation.SENIOR, "idosebb", Generation.SENIOR, "ifj", Generation.JUNIOR, "ifjabb", Generation.JUNIOR);
    /** Markers that end an e-mail's local part: wolfgang.albrecht.jun@, novak.ml@, j.smith.jr@. */
    private static final Map<String, Generation> ADDRESS_GENERATIONS = Map.of(
            "sen", Generation.SENIOR, "senior", Generation.SENIOR, "sr", Generation.SENIOR, "snr", Generation.SENIOR,
            "st", Generation.SENIOR, "jun", Generation.JUNIOR, "junior", Generation.JUNIOR, "jr", Generation.JUNIOR,
            "jnr", Generation.JUNIOR, "ml", Generation.JUNIOR);
    /** The Hungarian married form, "wife of": Molnárné is Mrs Molnár (four letters or more before the suffix). */
    private static final Pattern MARRIED_SUFFIX = Pattern.compile("(?<=\\p{L}{4})[nN][éÉ](?!\\p{L})");
    private static final Pattern LOCAL_PART_SEPARATORS = Pattern.compile("[._\\-]+");

    static NameParts of(String firstName, String lastName) {
        boolean married = oneWord(lastName) && !blank(firstName);
        List<String> first = new ArrayList<>(PersonNames.tokens(!married && oneWord(firstName) && !blank(lastName)
                ? withoutMarriedSuffix(firstName) : firstName));
        List<String> last = new ArrayList<>(PersonNames.tokens(married ? withoutMarriedSuffix(lastName) : lastName));
        first.removeIf(TITLES::contains);
        last.removeIf(TITLES::contains);
        Generation generation = takeGeneration(last);
        generation = generation != null ? generation : takeGeneration(first);
        generation = generation != null ? generation : takeLeadingGeneration(first);
        generation = generation != null ? generation : takeLeadingGeneration(last);
        if (last.isEmpty() && first.size() >= 2) {
            split(first, last);
        } else if (first.isEmpty() && last.size() >= 2) {
            split(last, first);
            // the whole name stood in the surname column: the split put its parts in swapped columns,
            // which the rules read in both orders anyway
        }
        return new NameParts(List.copyOf(first), List.copyOf(last), generation);
    }

    /**
     * Splits a whole name written into one field: the last token that is no patronymic is the
     * surname (Western order), the rest, patronymics included, the given names; "Соколов Дмитрий
     * Игоревич" gives given names [sokolov, igorevich] and surname [dmitriy], which the rules also read
     * swapped.
     */
    private static void split(List<String> whole, List<String> other) {
        for (int i = whole.size() - 1; i >= 0; i--) {
            if (!patronymic(whole.get(i))) {
                other.add(whole.remove(i));
                return;
            }
        }
        other.add(whole.remove(whole.size() - 1));
    }

    /** A Russian, Ukrainian or Belarusian patronymic (Igorevich, Pavlovna, Ivanovych, Petrivna). */
    static boolean patronymic(String token) {
        return token.length() > 6 && (token.endsWith("ovich") || token.endsWith("evich") || token.endsWith("ovych")
                || token.endsWith("ovna") || token.endsWith("evna") || token.endsWith("ivna") || token.endsWith("ichna")
                || token.endsWith("ich") && !token.endsWith("rich"));
    }

    /** Whether two records carry different generation markers: Jan Novák st. and Jan Novák ml. are two people. */
    static boolean otherGeneration(Generation a, Generation b) {
        return a != null && b != null && a != b;
    }

    /**
     * A Hungarian married woman's surname, Molnárné (wife of Molnár), as the surname it is formed of:
     * Judit Molnárné is Molnár Judit elsewhere. Only a one-word column next to her own given name:
     * in the full form the suffix follows the husband's given name, Tóth Lászlóné (Mrs László Tóth),
     * which names no given name of hers. Only with the accent: a final "ne" ends many names (Browne,
     * Milne, Jeanne).
     */
    private static String withoutMarriedSuffix(String name) {
        return name.indexOf('é') < 0 && name.indexOf('É') < 0 ? name : MARRIED_SUFFIX.matcher(name).replaceAll("");
    }

    private static boolean oneWord(String text) {
        return !blank(text) && text.strip().indexOf(' ') < 0;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A Hungarian marker before the name tokens of a part (id. Farkas), removed from it. */
    private static Generation takeLeadingGeneration(List<String> tokens) {
        if (tokens.size() < 2) {
            return null;
        }
        Generation found = LEADING_GENERATIONS.get(tokens.get(0));
        if (found != null) {
            tokens.remove(0);
        }
        return found;
    }

    /**
     * The generation an e-mail address gives its owner by a marker at the end of its local part
     * (wolfgang.albrecht.jun@web.de, novak.ml@seznam.cz), or {@code null}: a son who shares his
     * father's name tells them apart in his address when the systems do not in the name.
     */
    static Generation ofAddress(String email) {
        if (email == null || email.indexOf('@') < 0) {
            return null;
        }
        String[] parts = LOCAL_PART_SEPARATORS.split(email.substring(0, email.indexOf('@')));
        return parts.length < 2 ? null : ADDRESS_GENERATIONS.get(parts[parts.length - 1]);
    }

    /** A marker after a name token in the part (Novák st., Hale Jr.), removed from it; a lone "Sen" stays a surname. */
    private static Generation takeGeneration(List<String> tokens) {
        if (tokens.size() < 2) {
            return null;
        }
        Generation found = GENERATIONS.get(tokens.get(tokens.size() - 1));
        if (found != null) {
            tokens.remove(tokens.size() - 1);
        }
        return found;
    }
}
