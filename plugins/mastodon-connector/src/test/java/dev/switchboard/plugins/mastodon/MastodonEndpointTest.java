package dev.switchboard.plugins.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Endpoint URIs: what is accepted, how options are read, and what is refused with which message. */
class MastodonEndpointTest {

    private DefaultCamelContext camel;

    @BeforeEach
    void start() {
        camel = new DefaultCamelContext();
        MastodonComponent component = new MastodonComponent();
        component.setInstance("https://fosstodon.org");
        component.setDelay(600_000);
        camel.addComponent(MastodonConstants.SCHEME, component);
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    private MastodonEndpoint endpoint(String uri) {
        return camel.getEndpoint(uri, MastodonEndpoint.class);
    }

    @Test
    void optionsComeFromTheComponentAndTheUriMayOverrideThemWithUnits() {
        MastodonEndpoint defaults = endpoint("mastodon:tag:CRM");
        assertThat(defaults.source()).isEqualTo(new MastodonSource(MastodonSource.Kind.TAG, "crm"));
        assertThat(defaults.mastodonInstance().base()).hasToString("https://fosstodon.org");
        assertThat(defaults.getDelay()).isEqualTo(600_000);
        assertThat(defaults.getLimit()).isEqualTo(40);
        assertThat(defaults.getMaxPagesPerPoll()).isEqualTo(5);
        assertThat(defaults.getTimeout()).isEqualTo(30_000);
        assertThat(defaults.key()).isEqualTo("tag:crm@https://fosstodon.org");

        MastodonEndpoint own = endpoint("mastodon:tag:%23Vertrieb?instance=https://Social.Example.DE/&delay=90s"
                + "&timeout=10s&limit=20&maxPagesPerPoll=3&userAgent=Acme bot");
        assertThat(own.getTerm()).isEqualTo("vertrieb");
        assertThat(own.mastodonInstance()).isEqualTo(MastodonInstance.parse("https://social.example.de"));
        assertThat(own.getDelay()).isEqualTo(90_000);
        assertThat(own.getTimeout()).isEqualTo(10_000);
        assertThat(own.getLimit()).isEqualTo(20);
        assertThat(own.getMaxPagesPerPoll()).isEqualTo(3);
        assertThat(own.getUserAgent()).isEqualTo("Acme bot");

        MastodonEndpoint search = endpoint("mastodon:search:acme corp");
        assertThat(search.source()).isEqualTo(new MastodonSource(MastodonSource.Kind.SEARCH, "acme corp"));
        assertThat(search.source().page(search.mastodonInstance(), 40, "5", "9")).hasToString(
                "https://fosstodon.org/api/v2/search?q=acme+corp&type=statuses&resolve=false&limit=40&min_id=5&max_id=9");
        assertThat(own.source().page(own.mastodonInstance(), 20, "5", null)).hasToString(
                "https://social.example.de/api/v1/timelines/tag/vertrieb?limit=20&since_id=5");
    }

    @Test
    void sourcesThatAreNotATagOrASearchAreRefusedSayingHowToWriteThem() {
        assertThatThrownBy(() -> endpoint("mastodon:user:bob")).hasMessageContaining("'user:bob' is not a Mastodon source: "
                + "write mastodon:tag:<hashtag> for a hashtag timeline or mastodon:search:<query> for a status search");
        assertThatThrownBy(() -> endpoint("mastodon:tag:")).hasMessageContaining("'' is not a hashtag");
        assertThatThrownBy(() -> endpoint("mastodon:tag:crm-sales")).hasMessageContaining("'crm-sales' is not a hashtag");
        assertThatThrownBy(() -> endpoint("mastodon:search:")).hasMessageContaining("no search query");
    }

    @Test
    void badInstancesAreRefusedNamingTheProblem() {
        assertThatThrownBy(() -> endpoint("mastodon:tag:crm?instance=ftp://mastodon.social"))
                .hasMessageContaining("instance 'ftp://mastodon.social' is not an https:// (or http://) URL");
        assertThatThrownBy(() -> endpoint("mastodon:tag:crm?instance=https://mastodon.social/explore"))
                .hasMessageContaining("must be the server's root URL only");
        assertThatThrownBy(() -> endpoint("mastodon:tag:crm?instance=mastodon.social"))
                .hasMessageContaining("instance 'mastodon.social' is not an https:// (or http://) URL");
    }

    @Test
    void outOfRangeNumbersAreRefused() {
        assertThatThrownBy(() -> endpoint("mastodon:tag:crm?limit=41")).hasMessageContaining("limit must be 1 to 40 (the API's most), is 41");
        assertThatThrownBy(() -> endpoint("mastodon:tag:crm?limit=0")).hasMessageContaining("limit must be 1 to 40");
        assertThatThrownBy(() -> endpoint("mastodon:tag:crm?maxPagesPerPoll=0")).hasMessageContaining("maxPagesPerPoll must be 1 to 100");
        assertThatThrownBy(() -> endpoint("mastodon:tag:crm?timeout=0")).hasMessageContaining("timeout must be longer than zero");
        assertThatThrownBy(() -> endpoint("mastodon:tag:crm?delay=soon")).hasMessageContaining("soon");
    }

    @Test
    void aTokenInTheUriIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> endpoint("mastodon:search:acme?accessToken=abc123secret"))
                .hasMessageContaining("option 'accessToken' is refused: secrets never go in route URIs. Set access-token-env")
                .satisfies(e -> assertThat(stackTraceText(e)).doesNotContain("abc123secret"));
        assertThatThrownBy(() -> endpoint("mastodon:search:acme?access_token=abc123secret"))
                .satisfies(e -> assertThat(stackTraceText(e)).doesNotContain("abc123secret"));
        assertThatThrownBy(() -> endpoint("mastodon:tag:crm?colour=blue")).hasMessageContaining("colour");
    }

    @Test
    void endpointsOnlyConsume() {
        assertThatThrownBy(() -> camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("mastodon:tag:crm");
            }
        })).hasStackTraceContaining("mastodon endpoints only consume: use them in from:, not in to:");
    }

    private static String stackTraceText(Throwable e) {
        java.io.StringWriter text = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }
}
