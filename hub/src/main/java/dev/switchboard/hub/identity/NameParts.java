package dev.switchboard.hub.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    static NameParts of(String firstName, String lastName) {
        List<String> first = new ArrayList<>(PersonNames.tokens(firstName));
        List<String> last = new ArrayList<>(PersonNames.tokens(lastName));
        first.removeIf(TITLES::contains);
        last.removeIf(TITLES::contains);
        Generation generation = takeGeneration(last);
        generation = generation != null ? generation : takeGeneration(first);
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
