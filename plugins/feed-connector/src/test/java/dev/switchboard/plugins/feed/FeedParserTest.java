package dev.switchboard.plugins.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import dev.switchboard.sdk.model.Document;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private final FeedParser parser = new FeedParser(new DocumentMapper("news"));

    @Test
    void rss2EntriesBecomeDocumentsOldestFirstWithHtmlStripped() throws Exception {
        List<FeedEntry> entries = parser.parse("file:rss2.xml", TestFeeds.resource("rss2.xml"), null);

        assertThat(entries).extracting(FeedEntry::entryId).containsExactly(
                "https://acme.example.com/news/wien", "https://acme.example.com/news/funding#guid", "acme-3");

        Document hiring = entries.get(2).document();
        assertThat(hiring.id()).isEqualTo("acme-3");
        assertThat(hiring.text()).isEqualTo("Acme hires 50 engineers\n\nAcme is hiring 50 engineers & testers.\n\nApply – now!");
        assertThat(hiring.language()).isEqualTo("en");
        assertThat(hiring.sourceKind()).isEqualTo("news");
        assertThat(hiring.url()).isEqualTo("https://acme.example.com/news/hiring");
        assertThat(hiring.publishedAt()).isEqualTo(Instant.parse("2025-11-05T10:00:00Z"));
        assertThat(hiring.metadata())
                .containsEntry("feedTitle", "Acme & Co. Newsroom")
                .containsEntry("feedUrl", "file:rss2.xml")
                .containsEntry("title", "Acme hires 50 engineers")
                .containsKey("author");
        assertThat(entries.get(2).title()).isEqualTo("Acme hires 50 engineers");
    }

    @Test
    void contentIsPreferredToTheSummary() throws Exception {
        Document funding = parser.parse("f", TestFeeds.resource("rss2.xml"), null).get(1).document();

        assertThat(funding.text()).isEqualTo("Acme raises funding\n\nAcme raised EUR 10 million.\nInvestors: Foo, Bar.");
        assertThat(funding.metadata()).containsEntry("author", "John Doe");
    }

    @Test
    void anEntryWithoutGuidFallsBackToItsLinkAndKeepsItsOwnLanguage() throws Exception {
        Document wien = parser.parse("f", TestFeeds.resource("rss2.xml"), null).get(0).document();

        assertThat(wien.id()).isEqualTo("https://acme.example.com/news/wien");
        assertThat(wien.language()).isEqualTo("de");
        assertThat(wien.text()).isEqualTo("Acme eröffnet Büro in Wien\n\nAcme expandiert nach Österreich.");
        assertThat(wien.metadata()).doesNotContainKey("author");
    }

    @Test
    void anEntryWithoutGuidOrLinkGetsAStableHash() throws Exception {
        String xml = "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example.com</link><description>d</description>"
                + "<item><title>No id</title><description>Body</description><pubDate>Mon, 03 Nov 2025 10:00:00 GMT</pubDate></item>"
                + "</channel></rss>";

        String first = parser.parse("f", TestFeeds.utf8(xml), null).get(0).entryId();
        String again = parser.parse("f", TestFeeds.utf8(xml), null).get(0).entryId();

        assertThat(first).startsWith("sha256:").hasSize("sha256:".length() + 64).isEqualTo(again);
    }

    @Test
    void atomEntriesBecomeDocuments() throws Exception {
        List<FeedEntry> entries = parser.parse("https://beta.example.cz/atom", TestFeeds.resource("atom.xml"),
                "application/atom+xml; charset=utf-8");

        assertThat(entries).extracting(FeedEntry::entryId).containsExactly(
                "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b", "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
        Document director = entries.get(0).document();
        assertThat(director.publishedAt()).isEqualTo(Instant.parse("2025-10-30T08:00:00Z"));
        assertThat(director.text()).as("a text summary is not treated as HTML")
                .isEqualTo("Beta má nového ředitele\n\nNovým ředitelem je Jan Novák <jan@beta.example.cz>.");
        Document branch = entries.get(1).document();
        assertThat(branch.text()).isEqualTo("Beta otevírá pobočku v Ostravě\n\nBeta s.r.o. otevírá novou pobočku.");
        assertThat(branch.url()).isEqualTo("https://beta.example.cz/novinky/ostrava");
        assertThat(branch.language()).as("the feed's xml:lang").isEqualTo("cs");
        assertThat(branch.metadata()).containsEntry("author", "Petra Malá").containsEntry("feedTitle", "Novinky Beta s.r.o.")
                .containsEntry("title", "Beta otevírá pobočku v Ostravě");
    }

    @Test
    void theSampleNewsFeedOfTheDemoParses() throws Exception {
        byte[] sample = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../../config/feeds/sample-news.xml"));

        List<FeedEntry> entries = parser.parse("file:config/feeds/sample-news.xml", sample, null);

        assertThat(entries).hasSize(8);
        assertThat(entries).extracting(e -> e.document().language()).contains("en", "cs", "de", "pl", "ru");
        assertThat(entries.get(0).entryId()).isEqualTo("cebw-2025-0141");
        assertThat(entries).allSatisfy(e -> assertThat(e.document().text()).doesNotContain("<", "&nbsp;", "&euro;"));
    }

    @Test
    void aFeedOfMoreThanOneMegabyteParses() throws Exception {
        byte[] big = TestFeeds.utf8(TestFeeds.rss(3000, 400));
        assertThat(big.length).isGreaterThan(1024 * 1024);

        List<FeedEntry> entries = parser.parse("big", big, "application/rss+xml");

        assertThat(entries).hasSize(3000);
        assertThat(entries.get(0).entryId()).isEqualTo("gen-0");
        assertThat(entries.get(2999).entryId()).isEqualTo("gen-2999");
    }

    @Test
    void garbageFailsWithAMessageNamingTheFeed() {
        byte[] random = new byte[100_000];
        new Random(42).nextBytes(random);
        List<byte[]> garbage = List.of(random, new byte[0], TestFeeds.utf8("{\"items\": []}"),
                TestFeeds.utf8("<html><body><p>Not a feed</p></body></html>"),
                TestFeeds.utf8("<rss version=\"2.0\"><channel><title>cut off"),
                TestFeeds.utf8("<\u0000\u0001\u0002garbage>>><<"),
                TestFeeds.utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>"));

        for (byte[] bytes : garbage) {
            assertThatThrownBy(() -> parser.parse("https://bad.example.com/feed", bytes, "text/html"))
                    .isInstanceOf(FeedReadException.class)
                    .hasMessageContaining("feed https://bad.example.com/feed");
        }
    }

    @Test
    void languageTagsBecomeIsoCodes() {
        assertThat(DocumentMapper.isoLanguage("en-US")).isEqualTo("en");
        assertThat(DocumentMapper.isoLanguage("CS_cz")).isEqualTo("cs");
        assertThat(DocumentMapper.isoLanguage("English")).isNull();
        assertThat(DocumentMapper.isoLanguage(null)).isNull();
    }
}
