package dev.switchboard.plugins.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sdk.model.Document;
import org.junit.jupiter.api.Test;

/** The Document of a status, from statuses as the Mastodon API documents and sends them. */
class StatusMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StatusMapper mapper = new StatusMapper(MastodonInstance.parse("https://mastodon.social"));

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = StatusMapperTest.class.getResourceAsStream("/statuses/" + name)) {
            return JSON.readTree(in);
        }
    }

    @Test
    void mapsTheDocumentationsExampleStatus() throws Exception {
        MastodonStatus status = mapper.map(resource("gargron.json"));

        assertThat(status.timelineId()).isEqualTo("103270115826048975");
        assertThat(status.statusId()).isEqualTo("103270115826048975");
        assertThat(status.account()).isEqualTo("@Gargron@mastodon.social");
        Document document = status.document();
        assertThat(document.id()).isEqualTo("mastodon:mastodon.social:103270115826048975");
        assertThat(document.text()).isEqualTo("\"I lost my inheritance with one wrong digit on my sort code\"\n\n"
                + "https://www.theguardian.com/money/2019/dec/07/i-lost-my-193000-inheritance-with-one-wrong-digit-on-my-sort-code");
        assertThat(document.language()).isEqualTo("en");
        assertThat(document.sourceKind()).isEqualTo("social");
        assertThat(document.url()).isEqualTo("https://mastodon.social/@Gargron/103270115826048975");
        assertThat(document.publishedAt()).isEqualTo(Instant.parse("2019-12-08T03:48:33.901Z"));
        assertThat(document.metadata()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "account", "@Gargron@mastodon.social",
                "accountUrl", "https://mastodon.social/@Gargron",
                "displayName", "Eugen",
                "instance", "mastodon.social",
                "visibility", "public"));
    }

    @Test
    void aReplyWithAContentWarningMentionsTagsAndARemoteAuthor() throws Exception {
        Document document = mapper.map(resource("reply-with-cw.json")).document();

        assertThat(document.text()).isEqualTo("CRM rant\n\n@Gargron @tom Wir suchen ein neues CRM & ERP.\nVorschläge?\n\n"
                + "Danke! #CRM #Vertrieb");
        assertThat(document.language()).isEqualTo("de");
        // no url: the uri
        assertThat(document.url()).isEqualTo("https://social.example.de/users/jana/statuses/113775392840172512");
        assertThat(document.metadata())
                .containsEntry("account", "@jana@social.example.de")
                .containsEntry("displayName", "Jana Nováková")
                .containsEntry("hashtags", "crm,vertrieb")
                .containsEntry("mentions", "@Gargron@mastodon.social,@tom@social.example.de")
                .containsEntry("inReplyToId", "113775101928411234")
                .doesNotContainKeys("reblog", "reblogBy");
    }

    @Test
    void aBoostIsMappedAsItsOriginalWithTheBoosterInMetadata() throws Exception {
        ObjectNode boost = (ObjectNode) resource("gargron.json");
        JsonNode original = resource("reply-with-cw.json");
        boost.put("id", "113775400000000001");
        boost.set("reblog", original);
        boost.put("content", "");

        MastodonStatus status = mapper.map(boost);

        assertThat(status.timelineId()).isEqualTo("113775400000000001");
        assertThat(status.statusId()).isEqualTo("113775392840172512");
        assertThat(status.account()).isEqualTo("@jana@social.example.de");
        assertThat(status.document().id()).isEqualTo("mastodon:mastodon.social:113775392840172512");
        assertThat(status.document().text()).startsWith("CRM rant");
        assertThat(status.document().metadata()).containsEntry("reblog", "true")
                .containsEntry("reblogBy", "@Gargron@mastodon.social").containsEntry("reblogId", "113775400000000001");
    }

    @Test
    void aStatusMissingWhatADocumentNeedsIsMalformed() throws Exception {
        for (String field : new String[] {"account", "content", "created_at"}) {
            ObjectNode status = (ObjectNode) resource("gargron.json");
            status.remove(field);
            assertThatThrownBy(() -> mapper.map(status)).isInstanceOf(StatusMapper.MalformedStatus.class)
                    .hasMessageContaining(field.equals("account") ? "account.acct" : field);
        }
        ObjectNode noLinks = (ObjectNode) resource("gargron.json");
        noLinks.remove("uri");
        noLinks.putNull("url");
        assertThatThrownBy(() -> mapper.map(noLinks)).hasMessage("no uri");
        ObjectNode badBoost = (ObjectNode) resource("gargron.json");
        badBoost.putObject("reblog").put("content", "<p>x</p>");
        assertThatThrownBy(() -> mapper.map(badBoost)).hasMessage("no reblog.id");
    }

    @Test
    void accountsAreNormalisedToUserAtHost() {
        assertThat(mapper.account(JSON.getNodeFactory().textNode("Gargron"))).isEqualTo("@Gargron@mastodon.social");
        assertThat(mapper.account(JSON.getNodeFactory().textNode("@bob@Example.ORG"))).isEqualTo("@bob@example.org");
        assertThat(mapper.account(JSON.getNodeFactory().textNode(" "))).isNull();
        assertThat(mapper.account(JSON.getNodeFactory().textNode("bob@"))).isNull();
        assertThat(mapper.account(JSON.getNodeFactory().textNode("@@example.org"))).isNull();
        assertThat(mapper.account(JSON.getNodeFactory().nullNode())).isNull();
    }

    @Test
    void languagesBecomeIsoCodes() {
        assertThat(StatusMapper.language("en")).isEqualTo("en");
        assertThat(StatusMapper.language("pt-BR")).isEqualTo("pt");
        assertThat(StatusMapper.language("und-Latn")).isEqualTo("und");
        assertThat(StatusMapper.language("English")).isNull();
        assertThat(StatusMapper.language(null)).isNull();
    }

    @Test
    void statusIdsMayBeNumbersButAreAlwaysText() {
        assertThat(StatusMapper.id(JSON.createObjectNode().put("id", 109L))).isEqualTo("109");
        assertThat(StatusMapper.id(JSON.createObjectNode().put("id", ""))).isNull();
        assertThat(StatusMapper.id(JSON.createObjectNode())).isNull();
    }
}
