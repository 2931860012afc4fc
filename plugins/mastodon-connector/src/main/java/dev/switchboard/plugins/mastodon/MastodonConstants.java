package dev.switchboard.plugins.mastodon;

/** Names the {@code mastodon} component shares with routes: its scheme and the headers it sets on every exchange. */
public final class MastodonConstants {

    /** The URI scheme the component is registered under. */
    public static final String SCHEME = "mastodon";

    /**
     * The author of the emitted status as {@code @user@host} (a local account gets the instance's
     * host). For a boost, the author of the boosted original, not the booster ({@code metadata.reblogBy}).
     * Also {@code metadata.account} of the document.
     */
    public static final String HEADER_ACCOUNT = "SwitchboardMastodonAccount";

    /**
     * The id of the emitted status on the polled instance: for a boost, the boosted original's id
     * (the boost's own id is {@code metadata.reblogId}). The last part of {@code Document.id}.
     */
    public static final String HEADER_STATUS_ID = "SwitchboardMastodonStatusId";

    /** The polled instance's host name ({@code mastodon.social}); also {@code metadata.instance}. */
    public static final String HEADER_INSTANCE = "SwitchboardMastodonInstance";

    private MastodonConstants() {
    }
}
