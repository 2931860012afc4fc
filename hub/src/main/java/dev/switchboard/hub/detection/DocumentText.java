package dev.switchboard.hub.detection;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Checks the text of a document before detection: binary data is refused, HTML is turned into
 * its plain text (scripts and styles dropped, block elements on lines of their own), and line
 * ends and Unicode form are normalized (NFC). Detectors then see words, not markup.
 */
public final class DocumentText {

    /** An opening or closing tag of an element that plain text does not contain. */
    private static final Pattern HTML = Pattern.compile(
            "(?i)<(?:/?(?:p|div|span|br|a|b|i|em|strong|h[1-6]|ul|ol|li|table|tr|td|html|body|head|article|section|"
                    + "script|style|img|meta|title)\\b[^>]*>|!doctype\\s+html)");
    private static final String BLOCKS = "p,div,br,li,h1,h2,h3,h4,h5,h6,tr,article,section,blockquote,pre,title";

    private DocumentText() {
    }

    /**
     * The text to detect in, or why there is none.
     *
     * @return the plain text
     * @throws IllegalArgumentException with a message for the user when the text is binary data
     */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        String problem = binaryProblem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String plain = looksLikeHtml(text) ? htmlToText(text) : text;
        return java.text.Normalizer.normalize(plain.replace("\r\n", "\n").replace('\r', '\n'),
                java.text.Normalizer.Form.NFC);
    }

    /** Whether the text carries HTML markup. */
    public static boolean looksLikeHtml(String text) {
        return text.indexOf('<') >= 0 && HTML.matcher(text).find();
    }

    private static String htmlToText(String html) {
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        doc.select("script,style,noscript,template").remove();
        for (Element block : doc.select(BLOCKS)) {
            block.appendText("\n");
        }
        return doc.wholeText().replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n[ \\n]*", "\n").strip();
    }

    /**
     * Binary data: a NUL, or more than 2% of the characters are control characters other than tab
     * and line ends, or more than 5% are U+FFFD (bytes that were not valid in the text's encoding).
     */
    private static String binaryProblem(String text) {
        int controls = 0;
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "it contains NUL characters: this is binary data, not text";
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c < 0xA0) {
                controls++;
            } else if (c == '\uFFFD') {
                replaced++;
            }
        }
        if (controls > text.length() / 50 + 1) {
            return controls + " of its " + text.length() + " characters are control characters: this is binary data, "
                    + "not text";
        }
        if (replaced > text.length() / 20 + 1) {
            return replaced + " of its " + text.length() + " characters are U+FFFD (bytes that are not valid UTF-8): "
                    + "this is binary data or text in another encoding";
        }
        return null;
    }
}
