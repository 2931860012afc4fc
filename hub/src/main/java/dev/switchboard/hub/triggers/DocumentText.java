package dev.switchboard.hub.triggers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document's text must be before detectors see it. HTML is not refused: its tags, scripts
 * and styles are stripped and its entities decoded, and the text that is left is used (feeds and
 * scrapers often hand over markup). Refused: empty text (also after stripping), text over the
 * maximum length, and binary data (a NUL, or more than 5% control or replacement characters).
 */
final class DocumentText {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9-]*(\\s[^<>]*)?/?\\s*>");
    private static final Pattern BLOCKS = Pattern.compile("(?is)<(script|style|head)[^>]*>.*?</\\1\\s*>|<!--.*?-->|<!doctype[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    /** The named entities news markup uses; others are left as written. */
    private static final java.util.Map<String, String> NAMED = java.util.Map.ofEntries(
            java.util.Map.entry("amp", "&"), java.util.Map.entry("lt", "<"), java.util.Map.entry("gt", ">"),
            java.util.Map.entry("quot", "\""), java.util.Map.entry("apos", "'"), java.util.Map.entry("nbsp", " "),
            java.util.Map.entry("euro", "€"), java.util.Map.entry("pound", "£"), java.util.Map.entry("copy", "©"),
            java.util.Map.entry("reg", "®"), java.util.Map.entry("ndash", "–"), java.util.Map.entry("mdash", "—"),
            java.util.Map.entry("hellip", "…"), java.util.Map.entry("laquo", "«"), java.util.Map.entry("raquo", "»"),
            java.util.Map.entry("bdquo", "„"), java.util.Map.entry("ldquo", "“"), java.util.Map.entry("rdquo", "”"),
            java.util.Map.entry("lsquo", "‘"), java.util.Map.entry("rsquo", "’"));

    private DocumentText() {
    }

    /** Why the text cannot be used, or {@code null} when it can. */
    static String problem(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return "required: a non-empty text";
        }
        if (text.length() > maxLength) {
            return "longer than " + maxLength + " characters (" + text.length() + ")";
        }
        if (binary(text)) {
            return "binary data, not text";
        }
        if (clean(text).isBlank()) {
            return "no text left after removing the HTML markup";
        }
        return null;
    }

    /** The text to detect in: markup stripped when it looks like HTML, whitespace tidied. */
    static String clean(String text) {
        if (!looksLikeHtml(text)) {
            return text.strip();
        }
        String stripped = BLOCKS.matcher(text).replaceAll(" ");
        stripped = stripped.replaceAll("(?i)<\\s*(br|/p|/div|/li|/h[1-6])\\b[^>]*>", "\n");
        stripped = TAG.matcher(stripped).replaceAll(" ");
        stripped = decode(stripped);
        return stripped.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n[ \\n]*", "\n").strip();
    }

    static boolean looksLikeHtml(String text) {
        Matcher tags = TAG.matcher(text);
        int count = 0;
        while (tags.find() && count < 2) {
            count++;
        }
        return count >= 2 || text.regionMatches(true, 0, "<!doctype", 0, 9);
    }

    private static boolean binary(String text) {
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
                odd++;
            }
        }
        return odd > text.length() / 20;
    }

    private static String decode(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement = e.startsWith("#") ? codePoint(e) : NAMED.getOrDefault(e, m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String entity) {
        int cp = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : " ";
    }
}
