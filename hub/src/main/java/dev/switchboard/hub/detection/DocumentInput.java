package dev.switchboard.hub.detection;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import dev.switchboard.sdk.model.Document;

/**
 * A document as clients send it to {@code POST /api/triggers/detect}, {@code POST /ingest/documents}
 * and {@code switchboard detect}:
 * {@code {"id", "text", "lang"?, "source"?, "kind"?, "url"?, "publishedAt"?, "title"?, "metadata"?}}.
 *
 * @param id          the source's id for it; required where documents are stored
 * @param text        plain text (HTML is converted), required
 * @param lang        ISO 639-1 code ({@code cs}; {@code cs-CZ} is reduced to it), or absent to let detectors tell
 * @param source      where it comes from ({@code mastodon}, {@code crm-news}, a system name)
 * @param kind        {@code news}, {@code press-release}, {@code social}, {@code job-ad}, {@code blog}, ...;
 *                    without it, {@code source} stands for the kind
 * @param url         where it was published ({@code http} or {@code https})
 * @param publishedAt ISO 8601 instant ({@code 2026-11-20T08:00:00Z}) or date ({@code 2026-11-20})
 * @param title       a headline, put before the text
 * @param metadata    anything else the source knows, text values only
 */
public record DocumentInput(String id, String text, String lang, String source, String kind, String url,
                            String publishedAt, String title, Map<String, String> metadata) {

    /** Longest id, so that it fits the columns it is stored in. */
    public static final int MAX_ID_LENGTH = 300;

    /**
     * The document, checked; every problem is reported together, field paths under {@code prefix}.
     *
     * @param idRequired whether a missing {@code id} is a problem
     * @throws BadInputException a 422 listing every invalid field
     */
    public Document toDocument(boolean idRequired, String prefix) {
        List<Problem> problems = new ArrayList<>();
        if (idRequired && (id == null || id.isBlank())) {
            problems.add(problem(prefix, "id", "required: the source's id for this document"));
        } else if (id != null && id.length() > MAX_ID_LENGTH) {
            problems.add(problem(prefix, "id", "longer than " + MAX_ID_LENGTH + " characters"));
        }
        String plain = null;
        if (text == null) {
            problems.add(problem(prefix, "text", "required"));
        } else {
            try {
                plain = DocumentText.plain(text);
                if (plain.isBlank()) {
                    problems.add(problem(prefix, "text", "is empty; there is nothing to detect in"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(problem(prefix, "text", e.getMessage()));
            }
        }
        String language = language(lang, prefix, problems);
        Instant published = published(publishedAt, prefix, problems);
        if (url != null && !isWebUrl(url)) {
            problems.add(problem(prefix, "url", "'" + abbreviate(url) + "' is not an http or https URL"));
        }
        if (!problems.isEmpty()) {
            throw BadInputException.invalid(problems);
        }
        String full = title == null || title.isBlank() ? plain : DocumentText.plain(title).strip() + "\n\n" + plain;
        Map<String, String> meta = new HashMap<>(metadata == null ? Map.of() : metadata);
        meta.values().removeIf(v -> v == null);
        if (source != null) {
            meta.put("source", source);
        }
        if (title != null) {
            meta.put("title", title);
        }
        return new Document(id, full, language, kind != null ? kind : source, url, published, meta);
    }

    private static String language(String lang, String prefix, List<Problem> problems) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String code = lang.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (!code.matches("[a-z]{2,3}")) {
            problems.add(problem(prefix, "lang", "'" + abbreviate(lang) + "' is not an ISO 639 language code such as en, cs, pl, ru or de"));
            return null;
        }
        return code;
    }

    private static Instant published(String value, String prefix, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                problems.add(problem(prefix, "publishedAt", "'" + abbreviate(value)
                        + "' is not an ISO 8601 time (2026-11-20T08:00:00Z) or date (2026-11-20)"));
                return null;
            }
        }
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            return uri.getScheme() != null && uri.getHost() != null
                    && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static Problem problem(String prefix, String field, String message) {
        return new Problem(prefix == null || prefix.isEmpty() ? field : prefix + "." + field, message);
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
