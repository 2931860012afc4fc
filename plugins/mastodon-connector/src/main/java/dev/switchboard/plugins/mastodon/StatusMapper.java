package dev.switchboard.plugins.mastodon;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sdk.model.Document;
import dev.switchboard.sdk.text.HtmlText;

/**
 * Maps a status of the Mastodon API (the JSON of {@code GET /api/v1/statuses/:id}) to a
 * {@link MastodonStatus} and its {@link Document}:
 * <ul>
 *   <li>a boost ({@code reblog} set) is mapped as the boosted original: its id, text, author, language
 *       and links; the booster is kept as {@code metadata.reblogBy}, the boost's id as {@code metadata.reblogId};</li>
 *   <li>id: {@code mastodon:<instance host>:<status id>};</li>
 *   <li>text: {@code spoiler_text} (the content warning) when there is one, an empty line, then the
 *       plain text of {@code content};</li>
 *   <li>language: {@code language} as an ISO 639 code; sourceKind: {@code social};</li>
 *   <li>url: {@code url}, else {@code uri}; publishedAt: {@code created_at};</li>
 *   <li>metadata: {@code account}, {@code accountUrl}, {@code displayName}, {@code hashtags},
 *       {@code mentions}, {@code instance}, {@code visibility}, {@code inReplyToId} (replies) and
 *       {@code reblog}, {@code reblogBy}, {@code reblogId} (boosts), each only when known.</li>
 * </ul>
 * A status without an id, a parseable {@code created_at}, an {@code account.acct}, a {@code content}
 * or a {@code uri}/{@code url} is malformed.
 */
final class StatusMapper {

    static final String SOURCE_KIND = "social";
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");

    private final MastodonInstance instance;

    StatusMapper(MastodonInstance instance) {
        this.instance = instance;
    }

    /** A status that lacks what a Document needs. */
    static final class MalformedStatus extends Exception {
        MalformedStatus(String problem) {
            super(problem);
        }
    }

    /** The id of a status as text, or {@code null} when it has none (Mastodon sends strings; a number is accepted). */
    static String id(JsonNode status) {
        JsonNode id = status.path("id");
        String text = id.isTextual() || id.isIntegralNumber() ? id.asText().strip() : "";
        return text.isEmpty() ? null : text;
    }

    MastodonStatus map(JsonNode status) throws MalformedStatus {
        String timelineId = id(status);
        JsonNode reblog = status.path("reblog");
        boolean boost = reblog.isObject();
        JsonNode original = boost ? reblog : status;
        String statusId = require(id(original), boost ? "reblog.id" : "id");
        String account = require(account(original.path("account").path("acct")), "account.acct");
        JsonNode content = original.path("content");
        if (!content.isTextual()) {
            throw new MalformedStatus("no content");
        }
        String url = firstText(original, "url", "uri");
        require(url, "uri");
        Instant publishedAt = instant(original.path("created_at"));

        Map<String, String> metadata = new LinkedHashMap<>();
        put(metadata, "account", account);
        put(metadata, "accountUrl", text(original.path("account").path("url")));
        put(metadata, "displayName", text(original.path("account").path("display_name")));
        put(metadata, "hashtags", hashtags(original.path("tags")));
        put(metadata, "mentions", mentions(original.path("mentions")));
        put(metadata, "instance", instance.host());
        put(metadata, "visibility", text(original.path("visibility")));
        put(metadata, "inReplyToId", text(original.path("in_reply_to_id")));
        if (boost) {
            metadata.put("reblog", "true");
            put(metadata, "reblogBy", account(status.path("account").path("acct")));
            put(metadata, "reblogId", timelineId);
        }
        String spoiler = HtmlText.tidy(text(original.path("spoiler_text"), ""));
        String body = HtmlText.toPlainText(content.asText());
        String text = spoiler.isEmpty() ? body : body.isEmpty() ? spoiler : spoiler + "\n\n" + body;
        Document document = new Document("mastodon:" + instance.host() + ":" + statusId, text,
                language(text(original.path("language"))), SOURCE_KIND, url, publishedAt, metadata);
        return new MastodonStatus(timelineId, statusId, account, document);
    }

    /** {@code Gargron} (local) gives {@code @Gargron@<instance host>}; {@code bob@example.org} gives {@code @bob@example.org}. */
    String account(JsonNode acct) {
        String text = text(acct);
        if (text == null) {
            return null;
        }
        String handle = text.startsWith("@") ? text.substring(1) : text;
        int at = handle.indexOf('@');
        if (handle.isBlank() || at == 0 || at == handle.length() - 1) {
            return null;
        }
        return at < 0 ? "@" + handle + "@" + instance.host()
                : "@" + handle.substring(0, at) + "@" + handle.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static String hashtags(JsonNode tags) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode tag : tags) {
            String name = text(tag.path("name"));
            if (name != null) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return names.isEmpty() ? null : String.join(",", names);
    }

    private String mentions(JsonNode mentions) {
        Set<String> accounts = new LinkedHashSet<>();
        for (JsonNode mention : mentions) {
            String account = account(mention.path("acct"));
            if (account != null) {
                accounts.add(account);
            }
        }
        return accounts.isEmpty() ? null : String.join(",", accounts);
    }

    private static Instant instant(JsonNode createdAt) throws MalformedStatus {
        String text = text(createdAt);
        if (text == null) {
            throw new MalformedStatus("no created_at");
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
        } catch (DateTimeParseException e) {
            throw new MalformedStatus("created_at '" + text + "' is not an ISO 8601 time");
        }
    }

    /** {@code en}, {@code en-US}, {@code EN} give {@code en}; anything that is not a language code gives null. */
    static String language(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return LANGUAGE.matcher(primary).matches() ? primary : null;
    }

    private static String require(String value, String field) throws MalformedStatus {
        if (value == null) {
            throw new MalformedStatus("no " + field);
        }
        return value;
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node.path(field));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String fallback) {
        String value = text(node);
        return value == null ? fallback : value;
    }

    /** The node's text when it is a non-blank string (or a number), else {@code null}. */
    private static String text(JsonNode node) {
        if (!node.isTextual() && !node.isNumber()) {
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    private static void put(Map<String, String> metadata, String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, value);
        }
    }
}
