package dev.switchboard.hub.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which texts detectors get: HTML as its text, NFC; empty, binary and markup-only texts refused. */
class DocumentTextTest {

    @Test
    void htmlBecomesItsTextWithoutHeadScriptsOrStyles() {
        String html = "<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>"
                + "<h1>Acme raised &euro;5M</h1><p>Seed round &amp; more.<br>Next line</p><script>evil()</script></body></html>";

        assertThat(DocumentText.looksLikeHtml(html)).isTrue();
        assertThat(DocumentText.plain(html)).isEqualTo("Acme raised €5M\nSeed round & more.\nNext line");
        assertThat(DocumentText.plain("<p>hires &amp; grows<script>x()</script></p><!-- note -->"))
                .isEqualTo("hires & grows");
        assertThat(DocumentText.plain("Acme<br>hires")).as("one known tag is enough").isEqualTo("Acme\nhires");
    }

    @Test
    void angleBracketsThatAreNotHtmlStayText() {
        assertThat(DocumentText.plain("revenue < 5M and x > 3")).isEqualTo("revenue < 5M and x > 3");
        assertThat(DocumentText.plain("List<T> and Map<K, V>, mail <jana@acme.cz>"))
                .isEqualTo("List<T> and Map<K, V>, mail <jana@acme.cz>");
        assertThat(DocumentText.looksLikeHtml("<T> and <List>")).isFalse();
    }

    @Test
    void mixedScriptsStayAndTheFormIsNfc() {
        assertThat(DocumentText.plain("Яндекс and Škoda: a < b 日本語 ✓")).isEqualTo("Яндекс and Škoda: a < b 日本語 ✓");
        assertThat(DocumentText.plain("Cafe\u0301")).as("NFC").isEqualTo("Café");
        assertThat(DocumentText.plain("  one\r\ntwo\rthree \n")).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void emptyBinaryAndMarkupOnlyTextsAreRefusedWithAReason() {
        assertThatThrownBy(() -> DocumentText.plain("  \n")).hasMessage("required: a non-empty text");
        assertThatThrownBy(() -> DocumentText.plain(null)).hasMessage("required: a non-empty text");
        assertThatThrownBy(() -> DocumentText.plain("ab\u0000cd")).hasMessageStartingWith("binary data, not text")
                .hasMessageContaining("NUL");
        assertThatThrownBy(() -> DocumentText.plain("\u0001\u0002\u0003\u0004 abc def ghi"))
                .hasMessageContaining("binary data").hasMessageContaining("control characters");
        assertThatThrownBy(() -> DocumentText.plain("ok \uFFFD\uFFFD\uFFFD\uFFFD text")).hasMessageContaining("U+FFFD");
        assertThatThrownBy(() -> DocumentText.plain("<div><span></span></div>")).hasMessageStartingWith("no text left");
    }

    @Test
    void controlCharactersBeyondAFewAreBinary() {
        StringBuilder garbage = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            garbage.append((char) (i % 2 == 0 ? 'a' + i % 26 : 1 + i % 8));
        }
        assertThatThrownBy(() -> DocumentText.plain(garbage.toString())).hasMessageContaining("control characters");
        assertThat(DocumentText.plain("tab\there\u0007")).as("one stray control character is text").contains("tab");
    }
}
