package dev.switchboard.sdk.model;

import java.time.Instant;
import java.util.Map;

/**
 * A text to look for sales triggers in: a news item, press release, job ad, blog excerpt or social post.
 *
 * @param id          the source's id for it (feed entry id, post id)
 * @param text        plain text
 * @param language    ISO 639-1 code when known, else {@code null}
 * @param sourceKind  {@code news}, {@code press-release}, {@code job-ad}, {@code social}, {@code blog}, ...
 * @param url         where it was published, or {@code null}
 * @param publishedAt when it was published, or {@code null}
 * @param metadata    anything else the source knows (title, author, feed name)
 */
public record Document(String id, String text, String language, String sourceKind, String url, Instant publishedAt,
                       Map<String, String> metadata) {

    public Document {
        text = text == null ? "" : text;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
