package dev.switchboard.plugins.feed;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * Parses RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0) with ROME into {@link FeedEntry entries}, oldest
 * first. DOCTYPEs are refused (no external entities); anything that is not a feed fails with a
 * {@link FeedReadException} naming the feed.
 */
final class FeedParser {

    private static final Pattern ROOT_XML_LANG = Pattern.compile(
            "<(?:[A-Za-z0-9_-]+:)?(?:feed|rss|RDF)\\b[^>]*?\\sxml:lang\\s*=\\s*[\"']([^\"']{1,35})[\"']");

    private final DocumentMapper mapper;

    FeedParser(DocumentMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param feedName    the feed as named in the endpoint URI
     * @param bytes       what was fetched
     * @param contentType the HTTP Content-Type, or {@code null}; used for the character set
     * @return the entries, oldest first
     */
    List<FeedEntry> parse(String feedName, byte[] bytes, String contentType) throws FeedReadException {
        String start = firstChars(bytes);
        if (!start.startsWith("<")) {
            throw new FeedReadException("feed " + feedName + " is not XML"
                    + (contentType == null ? "" : " (Content-Type " + contentType + ")")
                    + (start.isEmpty() ? ": the answer is empty" : ": it starts with '" + start + "'"));
        }
        SyndFeed feed = build(feedName, bytes, contentType);
        String feedLanguage = feed.getLanguage() != null ? feed.getLanguage() : rootXmlLang(bytes);
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(mapper.toEntry(feedName, feed, entry, feedLanguage));
        }
        return oldestFirst(entries);
    }

    private static SyndFeed build(String feedName, byte[] bytes, String contentType) throws FeedReadException {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        // XML parser look-ups go through the context class loader: make it the plugin's
        thread.setContextClassLoader(FeedParser.class.getClassLoader());
        try (Reader reader = contentType == null
                ? new XmlReader(new ByteArrayInputStream(bytes), true)
                : new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            return input.build(reader);
        } catch (Exception e) {
            throw new FeedReadException("feed " + feedName + " is not an RSS or Atom feed"
                    + (contentType == null ? "" : " (Content-Type " + contentType + ")") + ": " + describe(e), e);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    /**
     * Feeds list newest first; routes want oldest first. When every entry has a date, sort by it
     * (ties keep the reversed document order); otherwise reverse the document order.
     */
    static List<FeedEntry> oldestFirst(List<FeedEntry> entries) {
        List<FeedEntry> ordered = new ArrayList<>(entries);
        Collections.reverse(ordered);
        if (ordered.stream().map(e -> e.document().publishedAt()).allMatch(Objects::nonNull)) {
            ordered.sort(Comparator.comparing(e -> e.document().publishedAt()));
        }
        return ordered;
    }

    /**
     * The root element's {@code xml:lang} (how Atom feeds state their language), which ROME does not
     * read. Looked for in the first 4 KB only: the root element starts there in any real feed.
     */
    static String rootXmlLang(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher root = ROOT_XML_LANG.matcher(head);
        return root.find() ? root.group(1) : null;
    }

    /** The first few characters after a byte-order mark and white space, for a quick "is this XML?". */
    private static String firstChars(byte[] bytes) {
        int length = Math.min(bytes.length, 64);
        String head = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        } else if (head.startsWith("\u00FE\u00FF") || head.startsWith("\u00FF\u00FE")) {
            return "<"; // UTF-16 with a byte-order mark: leave it to the XML reader
        }
        String stripped = head.stripLeading();
        String shown = stripped.length() > 20 ? stripped.substring(0, 20) : stripped;
        return shown.replaceAll("[^\\x20-\\x7E]", "?");
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }
}
