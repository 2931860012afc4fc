package dev.switchboard.hub.triggers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.switchboard.hub.crm.PersonNames;
import dev.switchboard.hub.triggers.WatchListsProperties.WatchList;
import dev.switchboard.sdk.model.Document;
import org.springframework.stereotype.Component;

/**
 * Matches documents against their source's watch list: keywords as whole words or phrases, and
 * hashtags from {@code metadata.hashtags} (comma or space separated) or {@code #tag} in the text,
 * both folded (case, diacritics, Cyrillic romanized: {@code Praha} matches "PRAHA" and "Práha",
 * {@code #Škoda} matches "#skoda").
 */
@Component
class WatchLists {

    private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{N}_]+)");

    private final WatchListsProperties properties;

    WatchLists(WatchListsProperties properties) {
        this.properties = properties;
    }

    /** What matched, and whether the list creates leads. */
    record Match(String source, List<String> keywords, List<String> hashtags, boolean createLeads) {
    }

    Optional<Match> match(String source, Document document) {
        WatchList list = source == null ? null : properties.watchLists().get(source);
        if (list == null) {
            return Optional.empty();
        }
        String text = " " + fold(document.text() + " " + document.metadata().getOrDefault("title", "")) + " ";
        List<String> keywords = new ArrayList<>();
        for (String keyword : list.keywords()) {
            String folded = fold(keyword);
            if (!folded.isEmpty() && text.contains(" " + folded + " ")) {
                keywords.add(keyword);
            }
        }
        Set<String> tags = hashtags(document);
        List<String> hashtags = new ArrayList<>();
        for (String tag : list.hashtags()) {
            if (tags.contains(fold(tag.replace("#", "")))) {
                hashtags.add(tag.startsWith("#") ? tag : "#" + tag);
            }
        }
        return keywords.isEmpty() && hashtags.isEmpty() ? Optional.empty()
                : Optional.of(new Match(source, keywords, hashtags, list.createLeads()));
    }

    private static Set<String> hashtags(Document document) {
        Set<String> tags = new LinkedHashSet<>();
        String given = document.metadata().get("hashtags");
        if (given != null) {
            for (String tag : given.split("[,\\s]+")) {
                String folded = fold(tag.replace("#", ""));
                if (!folded.isEmpty()) {
                    tags.add(folded);
                }
            }
        }
        Matcher m = HASHTAG.matcher(document.text());
        while (m.find()) {
            tags.add(fold(m.group(1)));
        }
        return tags;
    }

    /** Folded and with underscores kept out of the word boundaries' way. */
    private static String fold(String text) {
        String folded = PersonNames.fold(text);
        return folded == null ? "" : folded;
    }
}
