package dev.switchboard.hub.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.sdk.model.Document;
import org.junit.jupiter.api.Test;

class DocumentInputTest {

    @Test
    void aGoodDocument() {
        Document d = new DocumentInput("n-1", "Acme hires.", "cs-CZ", "crm-news", null, "https://acme.example/n/1",
                "2026-11-20", "Acme news", Map.of("author", "Jana")).toDocument(true, null);

        assertThat(d.id()).isEqualTo("n-1");
        assertThat(d.text()).isEqualTo("Acme news\n\nAcme hires.");
        assertThat(d.language()).isEqualTo("cs");
        assertThat(d.sourceKind()).as("without a kind, the source stands for it").isEqualTo("crm-news");
        assertThat(d.publishedAt()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(d.metadata()).containsEntry("source", "crm-news").containsEntry("author", "Jana");
    }

    @Test
    void everyProblemIsReportedWithItsField() {
        DocumentInput bad = new DocumentInput(null, null, "english!", null, null, "ftp://x", "yesterday", null, null);

        assertThatThrownBy(() -> bad.toDocument(true, "[2]"))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.problems()).extracting(BadInputException.Problem::field)
                            .containsExactly("[2].id", "[2].text", "[2].lang", "[2].publishedAt", "[2].url");
                });
    }

    @Test
    void emptyAndBinaryTextAreRefused() {
        assertThatThrownBy(() -> new DocumentInput("x", "  \n ", null, null, null, null, null, null, null)
                .toDocument(false, null)).hasMessageContaining("text").hasMessageContaining("empty");
        assertThatThrownBy(() -> new DocumentInput("x", "ab\u0000cd", null, null, null, null, null, null, null)
                .toDocument(false, null)).hasMessageContaining("binary");
    }

    @Test
    void htmlBecomesItsTextAndMixedScriptsStayAsTheyAre() {
        assertThat(DocumentText.plain("<html><head><style>p{}</style></head><body><h1>Acme</h1><p>hires &amp; grows"
                + "<script>x()</script></p></body></html>")).isEqualTo("Acme\nhires & grows");
        assertThat(DocumentText.plain("Яндекс and Škoda: a < b")).isEqualTo("Яндекс and Škoda: a < b");
        assertThat(DocumentText.plain("Cafe\u0301")).as("NFC").isEqualTo("Café");
    }

    @Test
    void controlCharactersBeyondAFewAreBinary() {
        StringBuilder garbage = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            garbage.append((char) (i % 2 == 0 ? 'a' + i % 26 : 1 + i % 8));
        }
        assertThatThrownBy(() -> DocumentText.plain(garbage.toString())).hasMessageContaining("control characters");
        assertThat(DocumentText.plain("tab\there\u0007")).contains("tab");
    }
}
