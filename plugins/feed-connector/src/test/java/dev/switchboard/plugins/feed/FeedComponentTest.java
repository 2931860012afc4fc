package dev.switchboard.plugins.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.model.Document;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedComponentTest {

    @TempDir
    Path dir;

    private CamelContext camel;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    private CamelContext start(TestPluginContext plugin, String from, RecordingExceptionHandler errors) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent(FeedConstants.SCHEME, new FeedConnectorProvider().component(plugin));
        context.getRegistry().bind("errors", errors);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId("feed")
                        .setHeader("line", simple("${header.SwitchboardFeedTitle}: ${body.url} (${body.language})"))
                        .to("mock:out");
            }
        });
        context.start();
        return context;
    }

    private Path feedFile(byte[] content) throws Exception {
        Path file = dir.resolve("news.xml");
        Files.write(file, content);
        return file;
    }

    @Test
    void emitsOneDocumentPerEntryOldestFirstWithHeaders() throws Exception {
        Path file = feedFile(TestFeeds.resource("rss2.xml"));
        TestPluginContext plugin = TestPluginContext.inMemory();
        camel = start(plugin, "newsfeed:file:" + file + "?initialDelay=0&delay=1h", new RecordingExceptionHandler());
        MockEndpoint out = camel.getEndpoint("mock:out", MockEndpoint.class);
        out.expectedMessageCount(3);

        out.assertIsSatisfied(10_000);

        List<Exchange> exchanges = out.getReceivedExchanges();
        assertThat(exchanges).extracting(e -> e.getMessage().getHeader(FeedConstants.HEADER_FEED_ENTRY_ID)).containsExactly(
                "https://acme.example.com/news/wien", "https://acme.example.com/news/funding#guid", "acme-3");
        Exchange hiring = exchanges.get(2);
        assertThat(hiring.getMessage().getHeader(FeedConstants.HEADER_FEED_URL)).isEqualTo("file:" + file);
        assertThat(hiring.getMessage().getHeader(FeedConstants.HEADER_FEED_TITLE)).isEqualTo("Acme hires 50 engineers");
        assertThat(hiring.getMessage().getHeader("line")).as("the README's log line")
                .isEqualTo("Acme hires 50 engineers: https://acme.example.com/news/hiring (en)");
        Document document = hiring.getMessage().getBody(Document.class);
        assertThat(document.id()).isEqualTo("acme-3");
        assertThat(document.text()).doesNotContain("<p>", "<b>", "alert");
        assertThat(document.metadata()).containsEntry("feedUrl", "file:" + file);
        // recorded as seen once its exchange has completed, just after the mock got it
        await().atMost(Duration.ofSeconds(10))
                .until(() -> plugin.repository(FeedConnectorProvider.REPOSITORY).contains("file:" + file + " acme-3"));
        assertThat(plugin.counted).contains("feed.entries");
    }

    @Test
    void entriesSeenBeforeARestartAreNotEmittedAgain() throws Exception {
        Path file = feedFile(TestFeeds.utf8(TestFeeds.rss(3, 0)));
        Path store = dir.resolve("feed-entries.dat");
        String from = "newsfeed:file:" + file + "?initialDelay=0&delay=1h";

        TestPluginContext before = new TestPluginContext(Map.of(),
                name -> FileIdempotentRepository.fileIdempotentRepository(store.toFile()), dir);
        CamelContext first = start(before, from, new RecordingExceptionHandler());
        MockEndpoint firstOut = first.getEndpoint("mock:out", MockEndpoint.class);
        firstOut.expectedMessageCount(3);
        firstOut.assertIsSatisfied(10_000);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> before.repository(FeedConnectorProvider.REPOSITORY).contains("file:" + file + " gen-2"));
        first.stop();

        // the feed gains one newer entry while the hub is down
        Files.writeString(file, TestFeeds.rss(4, 0));
        camel = start(new TestPluginContext(Map.of(),
                name -> FileIdempotentRepository.fileIdempotentRepository(store.toFile()), dir), from,
                new RecordingExceptionHandler());
        MockEndpoint out = camel.getEndpoint("mock:out", MockEndpoint.class);

        // entries are emitted oldest first in one poll: had the old ones come again, they would arrive first
        await().atMost(Duration.ofSeconds(10)).until(() -> out.getReceivedCounter() >= 1);
        assertThat(out.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(FeedConstants.HEADER_FEED_ENTRY_ID))
                .containsExactly("gen-3");
    }

    @Test
    void aPollEmitsAtMostMaxEntriesPerPollAndTheRestFollow() throws Exception {
        Path file = feedFile(TestFeeds.utf8(TestFeeds.rss(5, 0)));
        camel = start(TestPluginContext.inMemory(), "newsfeed:file:" + file + "?initialDelay=0&delay=20&maxEntriesPerPoll=2",
                new RecordingExceptionHandler());
        MockEndpoint out = camel.getEndpoint("mock:out", MockEndpoint.class);
        out.expectedMessageCount(5);

        out.assertIsSatisfied(10_000);

        assertThat(out.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(FeedConstants.HEADER_FEED_ENTRY_ID))
                .containsExactly("gen-0", "gen-1", "gen-2", "gen-3", "gen-4");
    }

    @Test
    void aFailedEntryIsNotRecordedAndComesAgain() throws Exception {
        Path file = feedFile(TestFeeds.utf8(TestFeeds.rss(2, 0)));
        TestPluginContext plugin = TestPluginContext.inMemory();
        RecordingExceptionHandler errors = new RecordingExceptionHandler();
        camel = new DefaultCamelContext();
        camel.addComponent(FeedConstants.SCHEME, new FeedConnectorProvider().component(plugin));
        camel.getRegistry().bind("errors", errors);
        int[] calls = {0};
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("newsfeed:file:" + file + "?initialDelay=0&delay=20&exceptionHandler=#errors").routeId("feed")
                        .process(exchange -> {
                            if (calls[0]++ == 0) {
                                throw new IllegalStateException("sink down");
                            }
                        })
                        .to("mock:out");
            }
        });
        camel.start();
        MockEndpoint out = camel.getEndpoint("mock:out", MockEndpoint.class);
        out.expectedMessageCount(2);

        out.assertIsSatisfied(10_000);

        assertThat(errors.any("sink down")).isTrue();
        assertThat(out.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(FeedConstants.HEADER_FEED_ENTRY_ID))
                .containsExactlyInAnyOrder("gen-0", "gen-1");
    }

    @Test
    void garbageAndAMissingFileFailThePollAndTheRouteKeepsRunning() throws Exception {
        Path file = feedFile(new byte[] {0, 1, 2, 3, (byte) 0xff, '<', '>'});
        RecordingExceptionHandler errors = new RecordingExceptionHandler();
        camel = start(TestPluginContext.inMemory(), "newsfeed:file:" + file + "?initialDelay=0&delay=20&exceptionHandler=#errors",
                errors);

        await().atMost(Duration.ofSeconds(10)).until(() -> errors.any("feed file:" + file + " is not XML"));
        Files.delete(file);
        await().atMost(Duration.ofSeconds(10)).until(() -> errors.any("does not exist"));
        Files.write(file, TestFeeds.resource("rss2.xml"));
        MockEndpoint out = camel.getEndpoint("mock:out", MockEndpoint.class);
        out.expectedMessageCount(3);
        out.assertIsSatisfied(10_000);
        assertThat(camel.getRouteController().getRouteStatus("feed").isStarted()).isTrue();
    }

    @Test
    void aRelativeFileIsResolvedAgainstBaseDir() throws Exception {
        feedFile(TestFeeds.resource("atom.xml"));
        camel = start(new TestPluginContext(Map.of("base-dir", dir.toString()),
                        name -> org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository.memoryIdempotentRepository(), dir),
                "newsfeed:file:news.xml?initialDelay=0&delay=1h", new RecordingExceptionHandler());
        MockEndpoint out = camel.getEndpoint("mock:out", MockEndpoint.class);
        out.expectedMessageCount(2);

        out.assertIsSatisfied(10_000);

        assertThat(out.getReceivedExchanges().get(0).getMessage().getHeader(FeedConstants.HEADER_FEED_URL)).isEqualTo("file:news.xml");
    }

    @Test
    void uriOptionsTakeUnitsAndUnknownParametersStayInTheFeedUrl() throws Exception {
        camel = new DefaultCamelContext();
        camel.addComponent(FeedConstants.SCHEME, new FeedConnectorProvider().component(new TestPluginContext(
                Map.of("delay", "2m", "timeout", "5s", "user-agent", "Test agent"),
                name -> org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository.memoryIdempotentRepository(), dir)));
        camel.start();

        FeedEndpoint defaults = camel.getEndpoint("newsfeed:https://example.com/rss", FeedEndpoint.class);
        assertThat(defaults.getDelay()).isEqualTo(120_000);
        assertThat(defaults.getTimeout()).isEqualTo(5_000);
        assertThat(defaults.getUserAgent()).isEqualTo("Test agent");
        assertThat(defaults.getMaxEntriesPerPoll()).isEqualTo(100);
        assertThat(defaults.getSourceKind()).isEqualTo("news");

        FeedEndpoint custom = camel.getEndpoint(
                "newsfeed:https://example.com/rss?category=tech&delay=15m&initialDelay=90s&timeout=10s&maxEntriesPerPoll=7"
                        + "&sourceKind=press-release", FeedEndpoint.class);
        assertThat(custom.feedLocation().url().toString()).isEqualTo("https://example.com/rss?category=tech");
        assertThat(custom.getLocation()).isEqualTo("https://example.com/rss?category=tech");
        assertThat(custom.getDelay()).isEqualTo(900_000);
        assertThat(custom.getInitialDelay()).isEqualTo(90_000);
        assertThat(custom.getTimeout()).isEqualTo(10_000);
        assertThat(custom.getMaxEntriesPerPoll()).isEqualTo(7);
        assertThat(custom.getSourceKind()).isEqualTo("press-release");
    }

    @Test
    void aLocationThatIsNeitherUrlNorFileIsRefusedNamingIt() {
        camel = new DefaultCamelContext();
        camel.addComponent(FeedConstants.SCHEME, new FeedConnectorProvider().component(TestPluginContext.inMemory()));
        camel.start();

        assertThatThrownBy(() -> camel.getEndpoint("newsfeed:ftp://example.com/rss"))
                .hasStackTraceContaining("'ftp://example.com/rss' is not a feed location");
        assertThatThrownBy(() -> camel.getEndpoint("newsfeed:file:x.xml?noSuchOption=1"))
                .hasStackTraceContaining("noSuchOption");
        assertThatThrownBy(() -> camel.getEndpoint("newsfeed:https://example.com/rss?maxEntriesPerPoll=0"))
                .hasStackTraceContaining("maxEntriesPerPoll must be at least 1");
    }

    @Test
    void newsfeedEndpointsCannotBeSentTo() {
        camel = new DefaultCamelContext();
        camel.addComponent(FeedConstants.SCHEME, new FeedConnectorProvider().component(TestPluginContext.inMemory()));
        camel.start();

        assertThatThrownBy(() -> camel.getEndpoint("newsfeed:https://example.com/rss").createProducer())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
