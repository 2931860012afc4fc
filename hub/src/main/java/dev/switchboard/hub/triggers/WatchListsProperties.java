package dev.switchboard.hub.triggers;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Watch lists per document source ({@code switchboard.watch-lists.<source>}, such as
 * {@code mastodon} or {@code news}): a document of that source that names one of the keywords or
 * carries one of the hashtags becomes a {@code social-mention} activity.
 *
 * @param watchLists by source
 */
@Validated
@ConfigurationProperties("switchboard")
public record WatchListsProperties(Map<String, @Valid WatchList> watchLists) {

    public WatchListsProperties {
        watchLists = watchLists == null ? Map.of() : Map.copyOf(watchLists);
    }

    /**
     * One source's list. Keywords and hashtags are matched whole-word, ignoring case and diacritics
     * (Cyrillic is romanized: a keyword in either script matches both).
     *
     * @param keywords    words or phrases
     * @param hashtags    tags, with or without {@code #}
     * @param createLeads whether a matching post by an unknown author becomes a lead (default false)
     */
    public record WatchList(List<@NotBlank(message = "a keyword must not be empty") String> keywords,
                            List<@Pattern(regexp = "#?[\\p{L}\\p{N}_]+",
                                    message = "a hashtag is letters, digits and _ (with or without #)") String> hashtags,
                            boolean createLeads) {

        public WatchList {
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
            hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        }
    }
}
