package dev.switchboard.plugins.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import dev.switchboard.sdk.model.Document;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** Status search: the bearer token from the environment is sent, and never shows up in a log line or message. */
class MastodonSearchTest extends MastodonInstanceFixture {

    private static final String SEARCH = "/api/v2/search";
    private static final String TOKEN = "tok-9f8e7d6c5b4a3210-very-secret";

    @Test
    void searchSendsTheBearerTokenFromTheEnvironmentAndNeverShowsIt() throws Exception {
        bed.config("access-token-env", "MASTODON_ACCESS_TOKEN").environment("MASTODON_ACCESS_TOKEN", TOKEN);
        wireMock.stubFor(get(urlPathEqualTo(SEARCH)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withQueryParam("q", equalTo("acme corp")).withQueryParam("type", equalTo("statuses"))
                .withQueryParam("resolve", equalTo("false")).withQueryParam("limit", equalTo("40"))
                .withQueryParam("min_id", absent())
                .willReturn(bed.json(TestStatuses.search(s.status("302").content("<p>Acme Corp opens an office in Brno</p>"),
                        s.status("301").by("bob", "example.org").content("<p>Acme Corp&#39;s new CFO</p>")))));
        // the instance echoes the token in an error page: it must be masked in the message
        wireMock.stubFor(get(urlPathEqualTo(SEARCH)).withQueryParam("min_id", equalTo("302"))
                .willReturn(aResponse().withStatus(500).withBody("internal error for Authorization: Bearer " + TOKEN)));

        MockEndpoint out = bed.route(bed.uri("search:acme corp", ""));
        out.expectedMessageCount(2);
        out.assertIsSatisfied(10_000);

        assertThat(out.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(Document.class).text())
                .containsExactly("Acme Corp's new CFO", "Acme Corp opens an office in Brno");
        await().atMost(Duration.ofSeconds(10)).until(() -> bed.errors.any("answered HTTP 500"));
        assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo(SEARCH)).withHeader("Authorization", absent()))).isEmpty();
        assertThat(bed.errors.messages).allSatisfy(m -> assertThat(m).doesNotContain(TOKEN)
                .contains("GET /api/v2/search?q=acme+corp&type=statuses&resolve=false&limit=40&min_id=302")
                .contains("body starts 'internal error for Authorization: Bearer ***'"));
        assertThat(bed.log.lines).isNotEmpty().allSatisfy(line -> assertThat(line.text()).doesNotContain(TOKEN));
        assertThat(bed.camel().getRoute("mastodon").getEndpoint().getEndpointUri()).doesNotContain(TOKEN);
        assertThat(bed.camel().getComponent("mastodon").toString()).doesNotContain(TOKEN);
    }

    @Test
    void searchWithoutATokenWarnsAtStartAndA401SaysHowToConfigureOne() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"Search queries that resolve remote resources are not supported without authentication\"}")));

        MockEndpoint out = bed.route(bed.uri("search:acme", ""));

        await().atMost(Duration.ofSeconds(10)).until(() -> bed.errors.any("answered HTTP 401 (the instance wants an "
                + "access token for this: set access-token-env in config/plugins/mastodon-connector.yaml to the name of an "
                + "environment variable holding one); body starts '{\"error\":\"Search queries"));
        assertThat(bed.log.count(Level.WARN, "no access token configured; most instances answer status searches only "
                + "to a logged-in client")).isEqualTo(1);
        assertThat(out.getReceivedCounter()).isZero();
    }

    @Test
    void aNamedButUnsetVariableIsReportedAndRequestsGoWithoutAToken() throws Exception {
        bed.config("access-token-env", "MASTODON_ACCESS_TOKEN");
        wireMock.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(bed.json(TestStatuses.search())));

        bed.route(bed.uri("search:acme", ""));

        await().atMost(Duration.ofSeconds(10)).until(() -> !wireMock.findAll(getRequestedFor(urlPathEqualTo(SEARCH))).isEmpty());
        assertThat(bed.log.count(Level.WARN, "environment variable MASTODON_ACCESS_TOKEN (access-token-env) is not set"))
                .isEqualTo(1);
        assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo(SEARCH)).withHeader("Authorization", absent()))).isNotEmpty();
    }
}
