package dev.switchboard.sdk.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The legal forms {@link CompanyNames} strips, and how a run of tokens is recognised as one.
 *
 * <p>A run of whitespace-separated tokens is <em>compacted</em>: NFKC, lower case, dots removed,
 * tokens joined without spaces. {@code Sp. z o.o.}, {@code sp. z o. o.} and {@code SP Z OO} all
 * compact to {@code spzoo}. Compact forms that are also ordinary words or short names
 * ({@code as}, {@code se}, {@code sa}, {@code spa}, {@code ab}, {@code vos}, ...) are
 * <em>ambiguous</em>: they count only when written with a dot or a slash, in capitals, or in one of
 * their usual mixed-case spellings ({@code SpA}): {@code Hotel Aqua Spa} keeps its {@code Spa},
 * {@code Eni S.p.A.} loses its {@code S.p.A.}.
 */
final class LegalForms {

    /** Longest legal form, in tokens ({@code spółka z ograniczoną odpowiedzialnością} has 4). */
    static final int MAX_TOKENS = 6;

    private static final Set<String> TRAILING = compact(
            // Czech and Slovak
            "s.r.o.", "spol. s r.o.", "a.s.", "v.o.s.", "k.s.", "z.s.", "s.p.", "o.p.s.", "z.ú.",
            "společnost s ručením omezeným", "akciová společnost", "veřejná obchodní společnost",
            "komanditní společnost", "spoločnosť s ručením obmedzeným", "akciová spoločnosť",
            // Polish
            "Sp. z o.o.", "sp.j.", "sp.k.", "sp.p.", "S.A.", "S.K.A.", "spółka z o.o.",
            "spółka z ograniczoną odpowiedzialnością", "spółka akcyjna", "spółka jawna",
            "spółka komandytowa", "spółka komandytowo-akcyjna", "spółka partnerska",
            // German
            "GmbH", "gGmbH", "AG", "KG", "KGaA", "OHG", "GbR", "e.V.", "e.G.", "eG", "SE", "UG",
            "UG (haftungsbeschränkt)", "UG (haftungsbeschraenkt)", "mbH", "Aktiengesellschaft",
            "Gesellschaft mit beschränkter Haftung", "Kommanditgesellschaft", "eingetragener Verein",
            // English and international
            "Inc.", "Incorporated", "Corp.", "Corporation", "Co.", "Company Limited", "Ltd.", "Limited",
            "Pty Ltd", "LLC", "L.L.C.", "LLP", "LP", "PLC", "N.V.", "B.V.", "S.p.A.", "S.r.l.", "S.A.S.",
            "SARL", "S.à r.l.", "Oy", "Oyj", "AB", "publ", "(publ)", "ASA", "AS", "A/S", "ApS",
            // Russian
            "ООО", "ОАО", "ЗАО", "ПАО", "АО", "НАО", "ИП", "НКО", "АНО", "ГК", "ФГУП", "МУП",
            "общество с ограниченной ответственностью", "акционерное общество",
            "публичное акционерное общество", "закрытое акционерное общество",
            "открытое акционерное общество");

    /**
     * Forms that may stand before the name, Russian style ({@code ООО «Ромашка»}); the Latin
     * transliterations too, but not a Latin {@code AO}, which starts names such as A. O. Smith.
     */
    private static final Set<String> LEADING = compact(
            "ООО", "ОАО", "ЗАО", "ПАО", "АО", "НАО", "ИП", "НКО", "АНО", "ГК", "ФГУП", "МУП",
            "OOO", "OAO", "ZAO", "PAO",
            "общество с ограниченной ответственностью", "акционерное общество",
            "публичное акционерное общество", "закрытое акционерное общество",
            "открытое акционерное общество");

    private static final Set<String> AMBIGUOUS = compact(
            "a.s.", "v.o.s.", "k.s.", "z.s.", "s.p.", "S.A.", "S.K.A.", "SE", "UG", "LP", "N.V.", "B.V.",
            "S.p.A.", "S.A.S.", "AB", "ASA", "AS", "eG", "publ", "e.V.");

    /** Usual spellings of ambiguous forms that have lower-case letters but no dot. */
    private static final Set<String> MIXED_CASE_SPELLINGS = Set.of("SpA", "NV", "BV", "eG", "Sàrl");

    private LegalForms() {
    }

    /** How many trailing tokens of {@code tokens} form a legal form; 0 when none, never all of them. */
    static int trailingLength(List<String> tokens) {
        for (int k = Math.min(MAX_TOKENS, tokens.size() - 1); k >= 1; k--) {
            List<String> run = tokens.subList(tokens.size() - k, tokens.size());
            if (isForm(run, TRAILING)) {
                return k;
            }
        }
        return 0;
    }

    /** How many leading tokens of {@code tokens} form a Russian-style legal form; 0 when none, never all. */
    static int leadingLength(List<String> tokens) {
        for (int k = Math.min(MAX_TOKENS, tokens.size() - 1); k >= 1; k--) {
            if (isForm(tokens.subList(0, k), LEADING)) {
                return k;
            }
        }
        return 0;
    }

    private static boolean isForm(List<String> run, Set<String> forms) {
        String written = String.join(" ", run);
        String compacted = compact(written);
        if (!forms.contains(compacted)) {
            return false;
        }
        return !AMBIGUOUS.contains(compacted) || looksLikeLegalForm(written);
    }

    private static boolean looksLikeLegalForm(String written) {
        if (written.indexOf('.') >= 0 || written.indexOf('/') >= 0 || written.indexOf('(') >= 0
                || MIXED_CASE_SPELLINGS.contains(written)) {
            return true;
        }
        return written.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    }

    static String compact(String written) {
        return Normalizer.normalize(written, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace(".", "").replaceAll("\\s+", "");
    }

    private static Set<String> compact(String... forms) {
        return Arrays.stream(forms).map(LegalForms::compact).collect(Collectors.toUnmodifiableSet());
    }
}
