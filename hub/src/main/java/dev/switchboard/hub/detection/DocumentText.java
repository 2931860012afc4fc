package dev.switchboard.hub.detection;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What a document's text must be before detectors see it, for every way in (the ingest endpoint,
 * {@code hub:triggers}, {@code POST /api/triggers/detect}, {@code switchboard detect|evaluate}).
 *
 * <ul>
 *   <li><b>Refused</b>, with a message for whoever sent it: an empty text; binary data (a NUL, more
 *       than 2% control characters other than tab and line ends, or more than 5% U+FFFD, the mark of
 *       bytes that were not valid in the text's encoding); markup with no text in it. A text over a
 *       reader's maximum length is its caller's check ({@link DocumentInput}).</li>
 *   <li><b>HTML is not refused</b> (feeds and scrapers hand over markup): a text that has a tag of
 *       a known HTML element, a comment or a doctype is parsed with jsoup; the head (page chrome such
 *       as the site's title), scripts, styles and templates are dropped, entities decoded, block
 *       elements put on lines of their own. A known
 *       element is asked for, not any {@code <word>}, so that {@code a < b}, {@code List<T>} or
 *       {@code <jana@acme.cz>} stay text, and one {@code <br>} is enough.</li>
 *   <li>Line ends become {@code \n}, the text is put in Unicode form NFC and stripped.</li>
 * </ul>
 */
public final class DocumentText {

    /** An opening or closing tag of an element that plain text does not contain, a comment, or a doctype. */
    private static final Pattern HTML = Pattern.compile(
            "(?i)<(?:/?(?:p|div|span|br|hr|a|b|i|u|em|strong|small|sup|sub|code|pre|blockquote|h[1-6]|ul|ol|li"
                    + "|dl|dt|dd|table|thead|tbody|tr|th|td|html|body|head|header|footer|nav|main|article|section"
                    + "|figure|figcaption"
                    + "|script|style|noscript|template|img|meta|link|title|iframe)\\b[^>]*>|!--|!doctype\\s+html)");
    private static final String BLOCKS = "p,div,br,li,dt,dd,h1,h2,h3,h4,h5,h6,tr,article,section,header,footer,"
            + "blockquote,pre,figcaption";

    private DocumentText() {
    }

    /**
     * The text to detect in.
     *
     * @return the plain text, never blank
     * @throws IllegalArgumentException with a message for the user when the text is empty, binary
     *                                  data, or markup without text
     */
    public static String plain(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("required: a non-empty text");
        }
        String binary = binaryProblem(text);
        if (binary != null) {
            throw new IllegalArgumentException(binary);
        }
        boolean html = looksLikeHtml(text);
        String plain = Normalizer.normalize((html ? htmlToText(text) : text).replace("\r\n", "\n").replace('\r', '\n'),
                Normalizer.Form.NFC).strip();
        if (plain.isEmpty()) {
            throw new IllegalArgumentException("no text left after removing the HTML markup");
        }
        return plain;
    }

    /** Whether the text carries HTML markup (see the class comment). */
    public static boolean looksLikeHtml(String text) {
        return text.indexOf('<') >= 0 && HTML.matcher(text).find();
    }

    private static String htmlToText(String html) {
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        doc.head().remove();
        doc.select("script,style,noscript,template").remove();
        for (Element block : doc.select(BLOCKS)) {
            block.appendText("\n");
        }
        return doc.wholeText().replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n[ \\n]*", "\n");
    }

    /** Why the text is binary data, or {@code null}; one stray control character in a short text is allowed. */
    private static String binaryProblem(String text) {
        int controls = 0;
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "binary data, not text: it contains NUL characters";
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c < 0xA0) {
                controls++;
            } else if (c == '\uFFFD') {
                replaced++;
            }
        }
        if (controls > text.length() / 50 + 1) {
            return "binary data, not text: " + controls + " of its " + text.length()
                    + " characters are control characters";
        }
        if (replaced > text.length() / 20 + 1) {
            return "binary data, not text: " + replaced + " of its " + text.length()
                    + " characters are U+FFFD (bytes that are not valid UTF-8), or text in another encoding";
        }
        return null;
    }
}
