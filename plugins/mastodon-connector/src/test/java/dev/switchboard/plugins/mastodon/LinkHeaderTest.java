package dev.switchboard.plugins.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    @Test
    void readsTheMaxIdOfTheNextLinkAsMastodonSendsIt() {
        String link = "<https://mastodon.social/api/v1/timelines/tag/crm?max_id=113775392840172512>; rel=\"next\", "
                + "<https://mastodon.social/api/v1/timelines/tag/crm?min_id=113775400000000001>; rel=\"prev\"";

        assertThat(LinkHeader.nextMaxId(List.of(link))).contains("113775392840172512");
    }

    @Test
    void findsNextInAnyOrderAndAmongOtherParameters() {
        assertThat(LinkHeader.nextMaxId(List.of("<https://h/api/v1/timelines/tag/crm?min_id=9>; rel=\"prev\"",
                "<https://h/api/v1/timelines/tag/crm?limit=40&max_id=5&local=true>; rel=next"))).contains("5");
    }

    @Test
    void noNextLinkOrNoMaxIdGivesNothing() {
        assertThat(LinkHeader.nextMaxId(List.of())).isEmpty();
        assertThat(LinkHeader.nextMaxId(List.of("<https://h/x?min_id=9>; rel=\"prev\""))).isEmpty();
        assertThat(LinkHeader.nextMaxId(List.of("<https://h/x?offset=40>; rel=\"next\""))).isEmpty();
        assertThat(LinkHeader.nextMaxId(List.of("<not a uri at all>; rel=\"next\""))).isEmpty();
        assertThat(LinkHeader.nextMaxId(List.of("garbage"))).isEmpty();
    }
}
