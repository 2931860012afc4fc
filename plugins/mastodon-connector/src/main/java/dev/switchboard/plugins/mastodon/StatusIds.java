package dev.switchboard.plugins.mastodon;

import java.util.Comparator;

/**
 * Orders status ids as Mastodon does. Ids are strings of digits (snowflake-like, growing with time)
 * that can outgrow a {@code long} on some servers, so they are compared as numbers written in text:
 * the longer one is the larger, and ids of the same length compare character by character. Ids of
 * Mastodon-compatible servers that use fixed-length alphanumeric ids order correctly too.
 */
final class StatusIds {

    /** Smallest first. */
    static final Comparator<String> ORDER = StatusIds::compare;

    private StatusIds() {
    }

    static int compare(String a, String b) {
        String x = stripLeadingZeros(a);
        String y = stripLeadingZeros(b);
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    static boolean isNewer(String id, String than) {
        return than == null || compare(id, than) > 0;
    }

    /** The larger of two ids; {@code null} counts as older than any id. */
    static String max(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || compare(a, b) >= 0 ? a : b;
    }

    private static String stripLeadingZeros(String id) {
        int i = 0;
        while (i < id.length() - 1 && id.charAt(i) == '0') {
            i++;
        }
        return id.substring(i);
    }
}
