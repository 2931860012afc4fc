package dev.switchboard.plugins.feed;

/** Names the {@code newsfeed} component shares with routes: the headers it sets on every exchange. */
public final class FeedConstants {

    /** The URI scheme the component is registered under. */
    public static final String SCHEME = "newsfeed";

    /**
     * The feed the entry came from, as written in the endpoint URI: {@code https://example.com/rss} or
     * {@code file:config/feeds/sample-news.xml}. Also {@code metadata.feedUrl} of the document.
     */
    public static final String HEADER_FEED_URL = "SwitchboardFeedUrl";

    /** The entry's id: its guid (RSS) or id (Atom), else its link, else a hash of title, date and text. */
    public static final String HEADER_FEED_ENTRY_ID = "SwitchboardFeedEntryId";

    /** The entry's title, plain text (HTML stripped); empty when the entry has none. */
    public static final String HEADER_FEED_TITLE = "SwitchboardFeedTitle";

    private FeedConstants() {
    }
}
