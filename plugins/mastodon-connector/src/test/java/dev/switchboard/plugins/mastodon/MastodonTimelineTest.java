package dev.switchboard.plugins.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.switchboard.plugins.mastodon.MastodonTestBed.TAG_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.switchboard.sdk.model.Document;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** Paging, cursors and idempotency of a hashtag timeline, against WireMock answering as a Mastodon instance. */
class MastodonTimelineTest extends MastodonInstanceFixture {

    private static RequestPatternBuilder tagRequest() {
        return getRequestedFor(urlPathEqualTo(TAG_PATH));
    }

    private int requests(RequestPatternBuilder pattern) {
        return wireMock.findAll(pattern).size();
    }

    private static List<String> statusIds(MockEndpoint out) {
        return out.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(MastodonConstants.HEADER_STATUS_ID, String.class)).toList();
    }

    /** The newest page first; every later poll asks since_id of the newest status handled. */
    private void stubFirstPage() {
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).withQueryParam("since_id", absent())
                .willReturn(bed.json(TestStatuses.page(s.status("105"), s.status("104"), s.status("103")))
                        .withHeader("Link", bed.link("103", "105"))));
    }

    private void stubSince(String sinceId, String body) {
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).withQueryParam("since_id", equalTo(sinceId))
                .withQueryParam("max_id", absent()).willReturn(bed.json(body)));
    }

    /**
     * One page of the catch-up after the first page: the request with {@code since_id=105} and
     * {@code max_id} (none for the first), answered with the statuses {@code ids}, newest first, and a
     * Link header to the next older page; no ids: an empty page.
     */
    private void stubCatchUpAfter105(String maxId, String... ids) {
        ResponseDefinitionBuilder answer = bed.json(TestStatuses.page(Arrays.stream(ids).map(s::status)
                .toArray(TestStatuses.Builder[]::new)));
        if (ids.length > 0) {
            answer.withHeader("Link", bed.link(ids[ids.length - 1], ids[0]));
        }
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).withQueryParam("since_id", equalTo("105"))
                .withQueryParam("max_id", maxId == null ? absent() : equalTo(maxId)).willReturn(answer));
    }

    @Test
    void theFirstPollTakesTheNewestPageOldestFirstAndTheNextAsksSinceTheNewest() throws Exception {
        stubFirstPage();
        stubSince("105", TestStatuses.page(s.status("106").by("bob", "example.org")));
        stubSince("106", "[]");

        MockEndpoint out = bed.route(bed.uri("tag:crm", "limit=3"));
        out.expectedMessageCount(4);
        out.assertIsSatisfied(10_000);

        assertThat(statusIds(out)).containsExactly("103", "104", "105", "106");
        await().atMost(Duration.ofSeconds(10)).until(() -> requests(tagRequest().withQueryParam("since_id", equalTo("106"))) > 0);
        assertThat(requests(tagRequest().withQueryParam("since_id", absent()))).isEqualTo(1);
        // one snapshot of the requests: the consumer goes on polling while the test looks
        assertThat(wireMock.findAll(tagRequest())).isNotEmpty().allSatisfy(request -> {
            assertThat(request.queryParameter("limit").firstValue()).isEqualTo("3");
            assertThat(request.getHeader("User-Agent")).isEqualTo("Switchboard Mastodon connector");
        });
        Exchange last = out.getReceivedExchanges().get(3);
        assertThat(last.getMessage().getHeader(MastodonConstants.HEADER_ACCOUNT)).isEqualTo("@bob@example.org");
        assertThat(last.getMessage().getHeader(MastodonConstants.HEADER_INSTANCE)).isEqualTo("localhost");
        Document document = last.getMessage().getBody(Document.class);
        assertThat(document.id()).isEqualTo("mastodon:localhost:106");
        assertThat(document.sourceKind()).isEqualTo("social");
        assertThat(document.text()).isEqualTo("We are looking for a new #CRM for our sales team");
        assertThat(bed.metrics().count("mastodon.statuses", "endpoint", "tag:crm@" + bed.base())).isEqualTo(4);
    }

    @Test
    void aFullPageIsFollowedBackThroughTheLinkHeaderAndEverythingIsEmittedOldestFirst() throws Exception {
        stubFirstPage();
        // 6 new statuses, limit 3: two full pages, then a short one that reaches since_id
        stubCatchUpAfter105(null, "111", "110", "109");
        stubCatchUpAfter105("109", "108", "107", "106");
        stubCatchUpAfter105("106");
        stubSince("111", "[]");

        MockEndpoint out = bed.route(bed.uri("tag:crm", "limit=3&maxPagesPerPoll=5"));
        out.expectedMessageCount(9);
        out.assertIsSatisfied(10_000);

        assertThat(statusIds(out)).containsExactly("103", "104", "105", "106", "107", "108", "109", "110", "111");
        await().atMost(Duration.ofSeconds(10)).until(() -> requests(tagRequest().withQueryParam("since_id", equalTo("111"))) > 0);
        assertThat(requests(tagRequest().withQueryParam("max_id", equalTo("106")))).isEqualTo(1);
        assertThat(bed.metrics().total("mastodon.poll.truncated")).isZero();
    }

    @Test
    void maxPagesPerPollBoundsTheCatchUpAndTheOlderNewStatusesAreSkipped() throws Exception {
        stubFirstPage();
        stubCatchUpAfter105(null, "120", "119", "118");
        stubCatchUpAfter105("118", "117", "116", "115");
        stubSince("120", "[]");

        MockEndpoint out = bed.route(bed.uri("tag:crm", "limit=3&maxPagesPerPoll=2"));
        out.expectedMessageCount(9);
        out.assertIsSatisfied(10_000);

        assertThat(statusIds(out)).containsExactly("103", "104", "105", "115", "116", "117", "118", "119", "120");
        await().atMost(Duration.ofSeconds(10)).until(() -> requests(tagRequest().withQueryParam("since_id", equalTo("120"))) > 0);
        assertThat(requests(tagRequest().withQueryParam("max_id", equalTo("115")))).isZero();
        assertThat(bed.log.count(Level.INFO, "2 pages read (maxPagesPerPoll)")).isEqualTo(1);
        assertThat(Files.readString(bed.dataDirectory().resolve(CursorStore.FILE_NAME))).contains("=120");
    }

    @Test
    void aRestartNeverEmitsAProcessedStatusAgain() throws Exception {
        stubFirstPage();
        stubSince("105", "[]");
        String uri = bed.uri("tag:crm", "limit=3");
        MockEndpoint out = bed.route(uri);
        out.expectedMessageCount(3);
        out.assertIsSatisfied(10_000);
        await().atMost(Duration.ofSeconds(10)).until(() -> requests(tagRequest().withQueryParam("since_id", equalTo("105"))) > 0);

        // restart: a new component over the same repository and data directory goes on from the cursor
        int before = requests(tagRequest().withQueryParam("since_id", equalTo("105")));
        MockEndpoint afterRestart = bed.restart(uri);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> requests(tagRequest().withQueryParam("since_id", equalTo("105"))) > before + 1);
        assertThat(requests(tagRequest().withQueryParam("since_id", absent()))).isEqualTo(1);
        assertThat(afterRestart.getReceivedCounter()).isZero();

        // even without the cursor file, the idempotent repository keeps the statuses from coming again
        bed.close();
        Files.delete(state.resolve("data").resolve(CursorStore.FILE_NAME));
        MockEndpoint withoutCursor = bed.route(uri);
        await().atMost(Duration.ofSeconds(10)).until(() -> requests(tagRequest().withQueryParam("since_id", absent())) == 2
                && requests(tagRequest().withQueryParam("since_id", equalTo("105"))) > before + 2);
        assertThat(withoutCursor.getReceivedCounter()).isZero();
    }

    @Test
    void aStatusWhoseExchangeFailedIsEmittedAgainByTheNextPoll() throws Exception {
        stubFirstPage();
        stubSince("103", TestStatuses.page(s.status("105"), s.status("104")));
        stubSince("105", "[]");
        AtomicBoolean failedOnce = new AtomicBoolean();

        MockEndpoint out = bed.route(bed.uri("tag:crm", "limit=3"), exchange -> {
            if ("104".equals(exchange.getMessage().getHeader(MastodonConstants.HEADER_STATUS_ID))
                    && failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("CRM is down");
            }
        });
        out.expectedMessageCount(3); // the failed attempt never reached the mock
        out.assertIsSatisfied(10_000);

        assertThat(statusIds(out)).containsExactly("103", "105", "104");
        assertThat(bed.errors.any("status 104 failed; it comes again with the next poll")).isTrue();
        // the cursor stayed before the failed status, the next poll moved it past both
        assertThat(requests(tagRequest().withQueryParam("since_id", equalTo("103")))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> requests(tagRequest().withQueryParam("since_id", equalTo("105"))) > 0);
        assertThat(bed.repository().contains("mastodon tag:crm@" + bed.base() + " 104")).isTrue();
    }

    @Test
    void boostsCarryTheOriginalAndAnOriginalIsEmittedOnceHoweverOftenItIsBoosted() throws Exception {
        TestStatuses.Builder original = s.status("201").by("carol", "sales.example").content("<p>Acme is hiring 40 "
                + "account executives</p>").tags("hiring", "CRM").mentions("dave", "erin@example.org").inReplyTo("199");
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).withQueryParam("since_id", absent())
                .willReturn(bed.json(TestStatuses.page(s.status("230").by("frank").boosting(original),
                        s.status("220").by("bob").boosting(original), original))));
        stubSince("230", "[]");

        MockEndpoint out = bed.route(bed.uri("tag:crm", ""));
        out.expectedMessageCount(1);
        out.assertIsSatisfied(10_000);
        await().atMost(Duration.ofSeconds(10)).until(() -> requests(tagRequest().withQueryParam("since_id", equalTo("230"))) > 0);

        assertThat(out.getReceivedCounter()).isEqualTo(1);
        Document document = out.getReceivedExchanges().get(0).getMessage().getBody(Document.class);
        assertThat(document.id()).isEqualTo("mastodon:localhost:201");
        assertThat(document.metadata()).containsEntry("account", "@carol@sales.example")
                .containsEntry("mentions", "@dave@localhost,@erin@example.org").containsEntry("hashtags", "hiring,crm")
                .containsEntry("inReplyToId", "199").doesNotContainKey("reblog");
    }

    @Test
    void aBoostSeenBeforeItsOriginalEmitsTheOriginalWithTheBooster() throws Exception {
        TestStatuses.Builder original = s.status("201").by("carol", "sales.example").content("<p>New CRM rollout</p>");
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).withQueryParam("since_id", absent())
                .willReturn(bed.json(TestStatuses.page(s.status("230").by("frank").boosting(original)))));
        stubSince("230", "[]");

        MockEndpoint out = bed.route(bed.uri("tag:crm", ""));
        out.expectedMessageCount(1);
        out.assertIsSatisfied(10_000);

        Exchange exchange = out.getReceivedExchanges().get(0);
        assertThat(exchange.getMessage().getHeader(MastodonConstants.HEADER_STATUS_ID)).isEqualTo("201");
        assertThat(exchange.getMessage().getHeader(MastodonConstants.HEADER_ACCOUNT)).isEqualTo("@carol@sales.example");
        assertThat(exchange.getMessage().getBody(Document.class).metadata()).containsEntry("reblog", "true")
                .containsEntry("reblogBy", "@frank@localhost").containsEntry("reblogId", "230");
        await().atMost(Duration.ofSeconds(10)).until(() -> requests(tagRequest().withQueryParam("since_id", equalTo("230"))) > 0);
    }
}
