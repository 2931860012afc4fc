package dev.switchboard.plugins.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Feeds for tests: the samples in src/test/resources/feeds and generated ones. */
final class TestFeeds {

    private TestFeeds() {
    }

    static byte[] resource(String name) {
        try (InputStream in = TestFeeds.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test feed " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An RSS 2.0 feed of {@code count} items, newest first, item {@code i} published {@code i} hours after a fixed start. */
    static String rss(int count, int paddingChars) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Generated</title><link>https://gen.example.com/</link><description>generated</description>\n");
        String padding = "Lorem ipsum dolor sit amet. ".repeat(Math.max(0, paddingChars / 28));
        for (int i = count - 1; i >= 0; i--) {
            xml.append(item(i, padding));
        }
        return xml.append("</channel></rss>\n").toString();
    }

    static String item(int i, String text) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * i).atOffset(ZoneOffset.UTC));
        return "<item><title>Item " + i + "</title><link>https://gen.example.com/" + i + "</link><guid>gen-" + i
                + "</guid><pubDate>" + date + "</pubDate><description>&lt;p&gt;" + text + "&lt;/p&gt;</description></item>\n";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
