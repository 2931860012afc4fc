package dev.switchboard.plugins.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.switchboard.sdk.model.Document;
import dev.switchboard.sdk.text.HtmlText;

/**
 * Maps a ROME entry to a {@link Document}:
 * <ul>
 *   <li>id: the entry's guid (RSS) or id (Atom), else its link, else {@code sha256:} of title, date and text;</li>
 *   <li>text: the plain-text title, an empty line, then the plain text of its content (else its summary);</li>
 *   <li>language: the entry's {@code dc:language}, else the feed's ({@code <language>}, the root's {@code xml:lang}), as an ISO 639 code ({@code en-US} gives {@code en});</li>
 *   <li>url: its link; publishedAt: its published date, else its updated date;</li>
 *   <li>metadata: {@code feedTitle}, {@code feedUrl}, {@code title}, {@code author} (each only when known).</li>
 * </ul>
 */
final class DocumentMapper {

    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");

    private final String sourceKind;

    DocumentMapper(String sourceKind) {
        this.sourceKind = sourceKind;
    }

    /**
     * @param feedLanguage the feed's language tag ({@code <language>} or the root's {@code xml:lang}), or {@code null}
     */
    FeedEntry toEntry(String feedName, SyndFeed feed, SyndEntry entry, String feedLanguage) {
        String title = HtmlText.toPlainText(entry.getTitle());
        String body = bodyText(entry);
        String text = body.isEmpty() || body.equals(title) ? title : title.isEmpty() ? body : title + "\n\n" + body;
        Instant publishedAt = instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
        String link = blankToNull(entry.getLink());
        String id = entryId(entry, link, title, publishedAt, text);

        Map<String, String> metadata = new LinkedHashMap<>();
        put(metadata, "feedTitle", HtmlText.toPlainText(feed.getTitle()));
        put(metadata, "feedUrl", feedName);
        put(metadata, "title", title);
        put(metadata, "author", author(entry));
        Document document = new Document(id, text, language(entry, feedLanguage), sourceKind, link, publishedAt, metadata);
        return new FeedEntry(id, title, document);
    }

    private static String bodyText(SyndEntry entry) {
        StringBuilder content = new StringBuilder();
        for (SyndContent part : entry.getContents()) {
            String text = plain(part);
            if (!text.isEmpty()) {
                content.append(content.length() == 0 ? "" : "\n\n").append(text);
            }
        }
        return content.length() > 0 ? content.toString() : plain(entry.getDescription());
    }

    /** Text types are taken as they are; anything else (html, xhtml, text/html, unknown) is stripped. */
    private static String plain(SyndContent content) {
        if (content == null || content.getValue() == null) {
            return "";
        }
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? HtmlText.tidy(content.getValue())
                : HtmlText.toPlainText(content.getValue());
    }

    private static String entryId(SyndEntry entry, String link, String title, Instant publishedAt, String text) {
        String uri = blankToNull(entry.getUri());
        if (uri != null) {
            return uri.strip();
        }
        if (link != null) {
            return link.strip();
        }
        return "sha256:" + sha256(title + "\n" + publishedAt + "\n" + text);
    }

    private static String language(SyndEntry entry, String feedLanguage) {
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
            String own = isoLanguage(dc.getLanguage());
            if (own != null) {
                return own;
            }
        }
        return isoLanguage(feedLanguage);
    }

    /** {@code en-US}, {@code en_us}, {@code EN} give {@code en}; anything that is not a language code gives null. */
    static String isoLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return LANGUAGE.matcher(primary).matches() ? primary : null;
    }

    private static String author(SyndEntry entry) {
        String author = blankToNull(entry.getAuthor());
        if (author != null) {
            return author.strip();
        }
        List<SyndPerson> authors = entry.getAuthors();
        return authors == null ? null : authors.stream().map(SyndPerson::getName).map(DocumentMapper::blankToNull)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static void put(Map<String, String> metadata, String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
