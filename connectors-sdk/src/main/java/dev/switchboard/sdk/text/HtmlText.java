package dev.switchboard.sdk.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from the small HTML fragments that sources hand out: a feed entry's summary, a social
 * post's {@code content}, a mail's HTML part.
 *
 * <p>{@link #toPlainText} drops scripts, styles and comments, turns block elements ({@code p},
 * {@code br}, {@code li}, headings, ...) into line breaks (a paragraph ends with an empty line),
 * removes every other tag (a link becomes its text, so Mastodon's shortened link spans give the
 * whole URL and a hashtag link {@code #crm}), decodes entities and tidies white space. A {@code <}
 * that does not open a tag stays. Entities: all of HTML 4's Latin-1 names, the common typographic
 * ones ({@code &ndash;}, {@code &bdquo;}, {@code &euro;}, ...) and numeric references; an unknown
 * or invalid one ({@code &bogus;}, {@code &#0;}) is kept as written.
 *
 * <p>Deliberately small, no HTML parser: the fragments are short and the result feeds trigger
 * detection, which needs words, not layout. Pure, thread-safe, JDK-only (a plugin may call it
 * without bundling anything), and never throws: {@code null} counts as the empty string.
 */
public final class HtmlText {

    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(?:br|p|div|li|ul|ol|h[1-6]|tr|table|blockquote|pre|section|article|header|footer)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z!][^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n(\\s*\\n)+");

    /** HTML 4's Latin-1 entities, in code point order from 160 ({@code nbsp}) to 255 ({@code yuml}). */
    private static final String LATIN_1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg "
            + "macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave "
            + "Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde "
            + "Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute "
            + "acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve "
            + "oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

    private static final Map<String, String> NAMED = named();

    private static Map<String, String> named() {
        Map<String, String> named = new HashMap<>();
        String[] latin1 = LATIN_1.split(" ");
        for (int i = 0; i < latin1.length; i++) {
            named.put(latin1[i], Character.toString(160 + i));
        }
        // nbsp and shy are overridden: plain text wants an ordinary space and no soft hyphen.
        named.putAll(Map.ofEntries(
                Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
                Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("shy", ""), Map.entry("ndash", "\u2013"),
                Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"),
                Map.entry("rsquo", "\u2019"), Map.entry("sbquo", "\u201A"), Map.entry("ldquo", "\u201C"),
                Map.entry("rdquo", "\u201D"), Map.entry("bdquo", "\u201E"), Map.entry("euro", "\u20AC"),
                Map.entry("trade", "\u2122"), Map.entry("bull", "\u2022"), Map.entry("OElig", "\u0152"),
                Map.entry("oelig", "\u0153"), Map.entry("Scaron", "\u0160"), Map.entry("scaron", "\u0161"),
                Map.entry("Zcaron", "\u017D"), Map.entry("zcaron", "\u017E"), Map.entry("Yuml", "\u0178")));
        return Map.copyOf(named);
    }

    private HtmlText() {
    }

    /**
     * The plain text of an HTML fragment.
     *
     * @param html an HTML fragment, or {@code null}
     * @return its text, lines stripped, at most one empty line in a row; {@code ""} for {@code null}
     *         or blank input
     */
    public static String toPlainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String text = SCRIPT_OR_STYLE.matcher(html).replaceAll(" ");
        text = COMMENT.matcher(text).replaceAll(" ");
        text = BLOCK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = decodeEntities(text);
        return tidy(text);
    }

    /**
     * Tidies text that is already plain (a feed's {@code text} content, a post's content warning):
     * collapses runs of spaces, tabs and no-break spaces, strips every line and keeps at most one
     * empty line in a row. Tags and entities are left as they are.
     *
     * @param text plain text, or {@code null}
     * @return the tidied text; {@code ""} for {@code null}
     */
    public static String tidy(String text) {
        if (text == null) {
            return "";
        }
        String spaced = SPACES.matcher(text).replaceAll(" ");
        StringBuilder out = new StringBuilder(spaced.length());
        for (String line : spaced.split("\n", -1)) {
            out.append(line.strip()).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }

    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(String entity, String whole) {
        if (entity.charAt(0) != '#') {
            return NAMED.getOrDefault(entity, NAMED.getOrDefault(entity.toLowerCase(Locale.ROOT), whole));
        }
        try {
            int codePoint = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X')
                    ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
            return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : whole;
        } catch (NumberFormatException e) {
            return whole;
        }
    }
}
