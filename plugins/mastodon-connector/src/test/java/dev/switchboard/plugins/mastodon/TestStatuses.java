package dev.switchboard.plugins.mastodon;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Statuses in the shape the Mastodon API answers (the Status entity of docs.joinmastodon.org: every
 * field a real instance sends, account, mentions, tags, media, card, poll), for a test instance at
 * {@code base}.
 */
final class TestStatuses {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String base;

    /** @param base the test instance's root URL, {@code http://localhost:8080} */
    TestStatuses(String base) {
        this.base = base;
    }

    Builder status(String id) {
        return new Builder(id);
    }

    /** A tag timeline answer: a JSON array, newest first as given. */
    static String page(Builder... statuses) {
        ArrayNode page = JSON.arrayNode();
        for (Builder status : statuses) {
            page.add(status.node());
        }
        return page.toString();
    }

    /** A {@code /api/v2/search} answer. */
    static String search(Builder... statuses) {
        ObjectNode answer = JSON.objectNode();
        answer.putArray("accounts");
        answer.set("statuses", JSON.arrayNode().addAll(java.util.Arrays.stream(statuses).map(Builder::node).toList()));
        answer.putArray("hashtags");
        return answer.toString();
    }

    /** One status; every setter returns the builder. */
    final class Builder {
        private final String id;
        private String username = "alice";
        private String domain;
        private String displayName = "Alice Example";
        private String content = "<p>We are looking for a new <a href=\"" + base + "/tags/crm\" class=\"mention hashtag\" "
                + "rel=\"tag\">#<span>CRM</span></a> for our sales team</p>";
        private String spoiler = "";
        private String language = "en";
        private List<String> tags = List.of("CRM");
        private List<String> mentions = List.of();
        private String inReplyToId;
        private Builder reblog;
        private boolean withoutUrl;
        private final List<String> removed = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /** A local account ({@code acct} without a domain). */
        Builder by(String username) {
            this.username = username;
            this.domain = null;
            return this;
        }

        /** A remote account ({@code acct} = {@code user@domain}). */
        Builder by(String username, String domain) {
            this.username = username;
            this.domain = domain;
            return this;
        }

        Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        Builder content(String html) {
            this.content = html;
            return this;
        }

        Builder spoiler(String text) {
            this.spoiler = text;
            return this;
        }

        Builder language(String language) {
            this.language = language;
            return this;
        }

        Builder tags(String... names) {
            this.tags = List.of(names);
            return this;
        }

        /** Mentioned accounts' {@code acct}: {@code bob} (local) or {@code bob@example.org}. */
        Builder mentions(String... accts) {
            this.mentions = List.of(accts);
            return this;
        }

        Builder inReplyTo(String statusId) {
            this.inReplyToId = statusId;
            return this;
        }

        /** This status is a boost of {@code original}. */
        Builder boosting(Builder original) {
            this.reblog = original;
            return this;
        }

        Builder withoutUrl() {
            this.withoutUrl = true;
            return this;
        }

        /** Leaves a field out, as a broken server might. */
        Builder without(String field) {
            removed.add(field);
            return this;
        }

        String json() {
            return node().toString();
        }

        ObjectNode node() {
            String acct = domain == null ? username : username + "@" + domain;
            String home = domain == null ? base : "https://" + domain;
            ObjectNode status = JSON.objectNode();
            status.put("id", id);
            status.put("created_at", createdAt(id));
            status.put("in_reply_to_id", inReplyToId);
            status.put("in_reply_to_account_id", inReplyToId == null ? null : "10924");
            status.put("sensitive", !spoiler.isEmpty());
            status.put("spoiler_text", spoiler);
            status.put("visibility", "public");
            status.put("language", reblog == null ? language : null);
            status.put("uri", home + "/users/" + username + "/statuses/" + id);
            if (withoutUrl) {
                status.putNull("url");
            } else {
                status.put("url", reblog == null ? home + "/@" + username + "/" + id : null);
            }
            status.put("replies_count", 2);
            status.put("reblogs_count", 1);
            status.put("favourites_count", 5);
            status.put("edited_at", (String) null);
            status.put("content", reblog == null ? content : "");
            status.set("reblog", reblog == null ? JSON.nullNode() : reblog.node());
            ObjectNode application = status.putObject("application");
            application.put("name", "Web");
            application.putNull("website");
            status.set("account", account(acct, home));
            status.putArray("media_attachments");
            ArrayNode mentionList = status.putArray("mentions");
            for (String mention : mentions) {
                String user = mention.contains("@") ? mention.substring(0, mention.indexOf('@')) : mention;
                String host = mention.contains("@") ? "https://" + mention.substring(mention.indexOf('@') + 1) : base;
                ObjectNode m = mentionList.addObject();
                m.put("id", Integer.toString(Math.abs(mention.hashCode())));
                m.put("username", user);
                m.put("url", host + "/@" + user);
                m.put("acct", mention);
            }
            ArrayNode tagList = status.putArray("tags");
            for (String tag : reblog == null ? tags : List.<String>of()) {
                ObjectNode t = tagList.addObject();
                t.put("name", tag.toLowerCase(Locale.ROOT));
                t.put("url", base + "/tags/" + tag.toLowerCase(Locale.ROOT));
            }
            status.putArray("emojis");
            status.putNull("card");
            status.putNull("poll");
            removed.forEach(status::remove);
            return status;
        }

        private ObjectNode account(String acct, String home) {
            ObjectNode account = JSON.objectNode();
            account.put("id", Integer.toString(Math.abs(acct.hashCode())));
            account.put("username", username);
            account.put("acct", acct);
            account.put("display_name", displayName);
            account.put("locked", false);
            account.put("bot", false);
            account.put("discoverable", true);
            account.put("group", false);
            account.put("created_at", "2022-11-07T00:00:00.000Z");
            account.put("note", "<p>Sales operations.</p>");
            account.put("url", home + "/@" + username);
            account.put("uri", home + "/users/" + username);
            account.put("avatar", home + "/avatars/original/missing.png");
            account.put("avatar_static", home + "/avatars/original/missing.png");
            account.put("header", home + "/headers/original/missing.png");
            account.put("header_static", home + "/headers/original/missing.png");
            account.put("followers_count", 120);
            account.put("following_count", 80);
            account.put("statuses_count", 412);
            account.put("last_status_at", "2024-12-31");
            account.putArray("emojis");
            account.putArray("fields");
            return account;
        }
    }

    /** A creation time that grows with the id, as Mastodon's snowflake ids do. */
    static String createdAt(String id) {
        long seconds;
        try {
            seconds = Long.parseLong(id) % 1_000_000;
        } catch (NumberFormatException e) {
            seconds = 0;
        }
        return Instant.parse("2024-12-30T00:00:00Z").plusSeconds(seconds).toString().replace("Z", ".000Z");
    }
}
