package dev.switchboard.plugins.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.switchboard.plugins.mastodon.MastodonTestBed.TAG_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * What an instance answers when things go wrong: each failure fails the poll with a
 * MastodonReadException naming instance, request and problem, nothing is recorded as seen, the route
 * keeps running, and the next good answer is emitted.
 */
class MastodonErrorsTest extends MastodonInstanceFixture {

    private void answer(ResponseDefinitionBuilder response) {
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).willReturn(response));
    }

    private String request() {
        return "mastodon instance " + bed.base() + ", GET " + TAG_PATH + "?limit=40";
    }

    /** The failure shows up, nothing was emitted or recorded, then a good answer is emitted. */
    private void failsThenRecovers(MockEndpoint out, String message) throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> bed.errors.any(message));
        assertThat(out.getReceivedCounter()).isZero();
        assertThat(bed.repository().contains("mastodon tag:crm@" + bed.base() + " 105")).isFalse();
        assertThat(bed.errors.errors).allSatisfy(e -> assertThat(e).isInstanceOf(MastodonReadException.class));
        assertThat(bed.metrics().total("mastodon.poll.failures")).isPositive();

        answer(bed.json(TestStatuses.page(s.status("105"))));
        out.expectedMessageCount(1);
        out.assertIsSatisfied(10_000);
        assertThat(bed.camel().getRouteController().getRouteStatus("mastodon").isStarted()).isTrue();
    }

    @Test
    void a503FailsThePollNamingInstanceRequestStatusAndBody() throws Exception {
        answer(bed.rateLimited(aResponse().withStatus(503).withHeader("Content-Type", "text/plain")
                .withBody("Service Unavailable: maintenance until 14:00"), 250));
        MockEndpoint out = bed.route(bed.uri("tag:crm", ""));

        failsThenRecovers(out, request() + ": answered HTTP 503; body starts 'Service Unavailable: maintenance until 14:00'");
    }

    @Test
    void anHtmlErrorPageWithStatus200IsNotTakenForStatuses() throws Exception {
        answer(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<!DOCTYPE html>\n<html><head><title>We're sorry, but something went wrong (500)</title></head>"
                        + "<body>Mastodon is down</body></html>"));
        MockEndpoint out = bed.route(bed.uri("tag:crm", ""));

        failsThenRecovers(out, request() + ": answered HTML, not JSON (an error page or a proxy in front of the API?; "
                + "Content-Type text/html; charset=utf-8); body starts '<!DOCTYPE html> <html><head><title>We're sorry");
    }

    @Test
    void malformedJsonFailsThePoll() throws Exception {
        answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("[" + s.status("105").json().substring(0, 120)));
        MockEndpoint out = bed.route(bed.uri("tag:crm", ""));

        failsThenRecovers(out, request() + ": answered malformed JSON (");
    }

    @Test
    void jsonOfTheWrongShapeFailsThePoll() throws Exception {
        answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"Record not found\"}"));
        MockEndpoint out = bed.route(bed.uri("tag:crm", ""));

        failsThenRecovers(out, request() + ": answered JSON of the wrong shape: expected a JSON array of statuses, "
                + "got an object with fields error");
    }

    @Test
    void aListOfThingsThatAreNotStatusesFailsThePoll() throws Exception {
        answer(bed.json("[{\"name\":\"crm\",\"url\":\"https://mastodon.social/tags/crm\"}]"));
        MockEndpoint out = bed.route(bed.uri("tag:crm", ""));

        failsThenRecovers(out, "element 0 of the statuses is an object without an id, not a status");
    }

    @Test
    void anInstanceThatDoesNotAnswerInTimeFailsThePoll() throws Exception {
        answer(bed.json("[]").withFixedDelay(3_000));
        MockEndpoint out = bed.route(bed.uri("tag:crm", "timeout=300"));

        await().atMost(Duration.ofSeconds(10)).until(() -> bed.errors.any(request() + ": did not answer within 300 ms (timeout)"));
        assertThat(out.getReceivedCounter()).isZero();
    }

    @Test
    void aMalformedStatusInAGoodPageIsSkippedWithAWarningAndTheRestIsEmitted() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).withQueryParam("since_id", absent()).willReturn(bed.json(
                TestStatuses.page(s.status("105"), s.status("104").without("account"), s.status("103")))));
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).withQueryParam("since_id", equalTo("105")).willReturn(bed.json("[]")));

        MockEndpoint out = bed.route(bed.uri("tag:crm", ""));
        out.expectedMessageCount(2);
        out.assertIsSatisfied(10_000);

        assertThat(out.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(MastodonConstants.HEADER_STATUS_ID))
                .containsExactly("103", "105");
        assertThat(bed.log.at(Level.WARN)).contains("mastodon tag:crm@" + bed.base()
                + ": status 104 skipped, it is not a complete Mastodon status: no account.acct");
        // the skipped status does not hold the cursor back
        await().atMost(Duration.ofSeconds(10)).until(() -> wireMock.findAll(getRequestedFor(urlPathEqualTo(TAG_PATH))
                .withQueryParam("since_id", equalTo("105"))).size() > 1);
        assertThat(bed.log.count(Level.WARN, "status 104 skipped")).isEqualTo(1);
        assertThat(bed.errors.errors).isEmpty();
    }

    @Test
    void aStatusWithABadCreationTimeIsSkippedNamingTheProblem() throws Exception {
        String bad = s.status("104").json().replace(TestStatuses.createdAt("104"), "yesterday");
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).withQueryParam("since_id", absent())
                .willReturn(bed.json("[" + s.status("105").json() + "," + bad + "]")));
        wireMock.stubFor(get(urlPathEqualTo(TAG_PATH)).withQueryParam("since_id", equalTo("105")).willReturn(bed.json("[]")));

        MockEndpoint out = bed.route(bed.uri("tag:crm", ""));
        out.expectedMessageCount(1);
        out.assertIsSatisfied(10_000);

        await().atMost(Duration.ofSeconds(10)).until(() -> bed.log.count(Level.WARN,
                "status 104 skipped, it is not a complete Mastodon status: created_at 'yesterday' is not an ISO 8601 time") == 1);
    }
}
