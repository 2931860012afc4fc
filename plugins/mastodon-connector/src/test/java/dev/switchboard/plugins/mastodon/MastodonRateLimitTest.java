package dev.switchboard.plugins.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.switchboard.plugins.mastodon.MastodonTestBed.TAG_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** The instance's rate limit: no request between a used-up limit (or a 429) and its reset, on the plugin's clock. */
class MastodonRateLimitTest extends MastodonInstanceFixture {

    private int requests() {
        return wireMock.findAll(getRequestedFor(urlPathEqualTo(TAG_PATH))).size();
    }

    /** The first request gets {@code first}, every later one a good page. */
    private void firstThenGood(ResponseDefinitionBuilder first) {
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).inScenario("limit").whenScenarioStateIs(STARTED)
                .willReturn(first).willSetStateTo("after"));
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).inScenario("limit").whenScenarioStateIs("after")
                .willReturn(bed.json(TestStatuses.page(s.status("106")))));
    }

    /** Polls keep coming (every 20 ms) but none reaches the instance. */
    private void pollsArePaused(int requestsSoFar) {
        long paused = bed.metrics().total("mastodon.poll.paused");
        await().atMost(Duration.ofSeconds(10)).until(() -> bed.metrics().total("mastodon.poll.paused") >= paused + 5);
        assertThat(requests()).isEqualTo(requestsSoFar);
    }

    @Test
    void aUsedUpLimitPausesRequestsUntilTheReset() throws Exception {
        firstThenGood(bed.rateLimited(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(TestStatuses.page(s.status("105"))), 0));
        MockEndpoint out = bed.route(bed.uri("tag:crm", ""));
        out.expectedMessageCount(1);
        out.assertIsSatisfied(10_000);

        pollsArePaused(1);
        bed.clock.advance(Duration.ofMinutes(4));
        pollsArePaused(1);

        out.reset();
        out.expectedMessageCount(1);
        bed.clock.advance(Duration.ofMinutes(1));
        out.assertIsSatisfied(10_000);
        assertThat(out.getReceivedExchanges().get(0).getMessage().getHeader(MastodonConstants.HEADER_STATUS_ID)).isEqualTo("106");
        assertThat(bed.log.count(Level.INFO, "rate limit of 300 requests used up")).isEqualTo(1);
        assertThat(bed.errors.errors).isEmpty();
    }

    @Test
    void a429BacksOffUntilTheResetWithOneWarningAndNoExceptions() throws Exception {
        firstThenGood(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withHeader("X-RateLimit-Limit", "300").withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", bed.resetIn(Duration.ofMinutes(2)))
                .withBody("{\"error\":\"Too many requests\"}"));
        MockEndpoint out = bed.route(bed.uri("tag:crm", ""));

        await().atMost(Duration.ofSeconds(10)).until(() -> requests() == 1);
        pollsArePaused(1);
        pollsArePaused(1);
        assertThat(bed.log.at(Level.WARN)).containsExactly("mastodon instance " + bed.base()
                + " answered 429 Too Many Requests: no requests to it until 2025-01-01T00:02:00Z");
        assertThat(bed.errors.errors).isEmpty();
        assertThat(out.getReceivedCounter()).isZero();

        out.expectedMessageCount(1);
        bed.clock.advance(Duration.ofMinutes(2));
        out.assertIsSatisfied(10_000);
        assertThat(bed.camel().getRouteController().getRouteStatus("mastodon").isStarted()).isTrue();
    }

    @Test
    void a429WithoutAResetTimeBacksOffForRetryAfter() throws Exception {
        firstThenGood(aResponse().withStatus(429).withHeader("Retry-After", "90").withBody("Too many requests"));
        MockEndpoint out = bed.route(bed.uri("tag:crm", ""));

        await().atMost(Duration.ofSeconds(10)).until(() -> requests() == 1);
        pollsArePaused(1);
        bed.clock.advance(Duration.ofSeconds(89));
        pollsArePaused(1);

        out.expectedMessageCount(1);
        bed.clock.advance(Duration.ofSeconds(1));
        out.assertIsSatisfied(10_000);
        assertThat(bed.log.count(Level.WARN, "until 2025-01-01T00:01:30Z")).isEqualTo(1);
    }

    @Test
    void aLimitUsedUpInTheMiddleOfACatchUpDropsTheBatchAndTakesItWholeAfterTheReset() throws Exception {
        // first poll: the newest page; second poll: a full page, with the limit used up before the older one
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).withQueryParam("since_id", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(bed.json(TestStatuses.page(s.status("101")))));
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).withQueryParam("since_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("101"))
                .withQueryParam("max_id", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(bed.rateLimited(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Link", bed.link("103", "104"))
                        .withBody(TestStatuses.page(s.status("104"), s.status("103"))), 0)));
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).withQueryParam("max_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("103"))
                .willReturn(bed.json(TestStatuses.page(s.status("102")))));
        MockEndpoint out = bed.route(bed.uri("tag:crm", "limit=2"));
        out.expectedMessageCount(1);
        out.assertIsSatisfied(10_000);
        await().atMost(Duration.ofSeconds(10)).until(() -> requests() == 2);
        pollsArePaused(2);
        assertThat(out.getReceivedCounter()).isEqualTo(1);

        out.reset();
        out.expectedMessageCount(3);
        bed.clock.advance(Duration.ofMinutes(5));
        out.assertIsSatisfied(10_000);
        assertThat(out.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(MastodonConstants.HEADER_STATUS_ID))
                .containsExactly("102", "103", "104");
    }
}
