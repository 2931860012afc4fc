package dev.switchboard.plugins.mastodon;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML of a status's {@code content} into plain text: scripts, styles and comments
 * dropped, paragraphs and line breaks kept as line breaks (a paragraph ends with an empty line), other
 * tags vanish (a link becomes its text, so Mastodon's shortened link spans give the whole URL and a
 * hashtag link {@code #crm}), entities are decoded and white space is tidied. Deliberately small (no
 * HTML parser): Mastodon sanitises content to a handful of tags, and the result only feeds trigger
 * detection, which needs words, not layout. The same approach as the feed connector's helper, kept
 * as a copy so that the plugins do not depend on each other.
 */
final class HtmlText {

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

    /** Plain text of an HTML fragment; {@code ""} for {@code null}. */
    static String toPlainText(String html) {
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

    /** Collapses runs of spaces, trims every line, and keeps at most one empty line in a row. */
    static String tidy(String text) {
        String spaced = SPACES.matcher(text).replaceAll(" ");
        StringBuilder out = new StringBuilder(spaced.length());
        for (String line : spaced.split("\n", -1)) {
            out.append(line.strip()).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }

    static String decodeEntities(String text) {
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
            return NAMED.getOrDefault(entity, NAMED.getOrDefault(entity.toLowerCase(java.util.Locale.ROOT), whole));
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
