package dev.switchboard.plugins.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching over HTTP against an in-test server on 127.0.0.1: no external network. */
class FeedHttpTest {

    /** What the server answers on /feed, switchable while the route polls. */
    private record Answer(int status, String contentType, byte[] body, String etag) {
    }

    private HttpServer server;
    private ExecutorService executor;
    private final AtomicReference<Answer> answer = new AtomicReference<>();
    private final AtomicInteger notModified = new AtomicInteger();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final List<String> acceptEncodings = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private CamelContext camel;
    private TestPluginContext plugin;
    private final RecordingExceptionHandler errors = new RecordingExceptionHandler();

    @BeforeEach
    void startServer() throws IOException {
        executor = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/feed", this::feed);
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/feed");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (camel != null) {
            camel.stop();
        }
        server.stop(0);
        executor.shutdownNow();
    }

    private void feed(HttpExchange exchange) throws IOException {
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        acceptEncodings.add(String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")));
        Answer now = answer.get();
        if (now.etag() != null && now.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        byte[] body = now.body();
        if (now.contentType() != null) {
            exchange.getResponseHeaders().add("Content-Type", now.contentType());
        }
        if (now.etag() != null) {
            exchange.getResponseHeaders().add("ETag", now.etag());
        }
        if ("gzip".equals(exchange.getRequestHeaders().getFirst("Accept-Encoding")) && now.status() == 200) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(body);
            }
            body = zipped.toByteArray();
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(now.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private MockEndpoint route(String from) throws Exception {
        plugin = TestPluginContext.inMemory();
        camel = new DefaultCamelContext();
        camel.addComponent(FeedConstants.SCHEME, new FeedConnectorProvider().component(plugin));
        camel.getRegistry().bind("errors", errors);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId("feed").to("mock:out");
            }
        });
        camel.start();
        return camel.getEndpoint("mock:out", MockEndpoint.class);
    }

    private static Answer rss() {
        return new Answer(200, "application/rss+xml; charset=UTF-8", TestFeeds.resource("rss2.xml"), null);
    }

    @Test
    void errorAnswersFailThePollRecordNothingAndTheNextGoodPollWorks() throws Exception {
        answer.set(new Answer(500, "text/plain", TestFeeds.utf8("boom"), null));
        String feed = url("/feed");
        MockEndpoint out = route("newsfeed:" + feed + "?initialDelay=0&delay=20&exceptionHandler=#errors");

        await().atMost(Duration.ofSeconds(10)).until(() -> errors.any("feed " + feed + " answered HTTP 500"));

        answer.set(new Answer(200, "application/json", TestFeeds.utf8("{\"items\":[]}"), null));
        await().atMost(Duration.ofSeconds(10)).until(() -> errors.any("feed " + feed + " is not XML (Content-Type application/json)"));

        answer.set(new Answer(200, "text/html", TestFeeds.utf8("<!DOCTYPE html><html><body>Hello</body></html>"), null));
        await().atMost(Duration.ofSeconds(10)).until(() -> errors.any("feed " + feed + " is not an RSS or Atom feed"));

        assertThat(out.getReceivedCounter()).isZero();
        assertThat(plugin.repository(FeedConnectorProvider.REPOSITORY).contains(feed + " acme-3")).isFalse();
        assertThat(plugin.counted).contains("feed.poll.failures");

        answer.set(rss());
        out.expectedMessageCount(3);
        out.assertIsSatisfied(10_000);
        // recorded as seen once its exchange has completed, just after the mock got it
        await().atMost(Duration.ofSeconds(10))
                .until(() -> plugin.repository(FeedConnectorProvider.REPOSITORY).contains(feed + " acme-3"));
        assertThat(camel.getRouteController().getRouteStatus("feed").isStarted()).isTrue();
    }

    @Test
    void sendsTheUserAgentAcceptsGzipAndAsksOnlyIfChanged() throws Exception {
        answer.set(new Answer(200, "application/atom+xml", TestFeeds.resource("atom.xml"), "\"v1\""));
        MockEndpoint out = route("newsfeed:" + url("/feed") + "?initialDelay=0&delay=20&userAgent=Feed test agent");
        out.expectedMessageCount(2);

        out.assertIsSatisfied(10_000);
        await().atMost(Duration.ofSeconds(10)).until(() -> notModified.get() >= 2);

        assertThat(out.getReceivedCounter()).isEqualTo(2);
        assertThat(userAgents).contains("Feed test agent");
        assertThat(acceptEncodings).contains("gzip");
    }

    @Test
    void redirectsAreFollowedAndTheFeedKeepsItsName() throws Exception {
        answer.set(rss());
        MockEndpoint out = route("newsfeed:" + url("/moved") + "?initialDelay=0&delay=1h");
        out.expectedMessageCount(3);

        out.assertIsSatisfied(10_000);

        assertThat(out.getReceivedExchanges().get(0).getMessage().getHeader(FeedConstants.HEADER_FEED_URL))
                .isEqualTo(url("/moved"));
        assertThat(userAgents).contains(FeedComponent.DEFAULT_USER_AGENT);
    }

    @Test
    void aFeedThatDoesNotAnswerInTimeFailsThePoll() throws Exception {
        route("newsfeed:" + url("/slow") + "?initialDelay=0&delay=1h&timeout=300&exceptionHandler=#errors");

        await().atMost(Duration.ofSeconds(10)).until(() -> errors.any("did not answer within 300 ms"));
    }

    @Test
    void aFeedLargerThanMaxFeedSizeFailsThePoll() throws Exception {
        answer.set(new Answer(200, "application/rss+xml", TestFeeds.utf8(TestFeeds.rss(3000, 400)), null));
        route("newsfeed:" + url("/feed") + "?initialDelay=0&delay=1h&maxFeedSize=100000&exceptionHandler=#errors");

        await().atMost(Duration.ofSeconds(10)).until(() -> errors.any("is larger than maxFeedSize (100000 bytes)"));
    }

    @Test
    void aFeedOfMoreThanOneMegabyteIsEmittedInPolls() throws Exception {
        answer.set(new Answer(200, "application/rss+xml", TestFeeds.utf8(TestFeeds.rss(3000, 400)), null));
        MockEndpoint out = route("newsfeed:" + url("/feed") + "?initialDelay=0&delay=20&maxEntriesPerPoll=1000");
        out.expectedMessageCount(3000);

        out.assertIsSatisfied(60_000);

        assertThat(out.getReceivedExchanges().get(0).getMessage().getHeader(FeedConstants.HEADER_FEED_ENTRY_ID)).isEqualTo("gen-0");
        assertThat(out.getReceivedExchanges().get(2999).getMessage().getHeader(FeedConstants.HEADER_FEED_ENTRY_ID))
                .isEqualTo("gen-2999");
    }
}
