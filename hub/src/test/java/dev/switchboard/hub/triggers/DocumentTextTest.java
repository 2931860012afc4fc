package dev.switchboard.hub.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which texts detectors get: HTML stripped, empty, huge and binary refused. */
class DocumentTextTest {

    @Test
    void htmlIsStrippedToItsText() {
        String html = "<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>"
                + "<h1>Acme raised &euro;5M</h1><p>Seed round &amp; more.<br>Next line</p><script>evil()</script></body></html>";

        assertThat(DocumentText.looksLikeHtml(html)).isTrue();
        assertThat(DocumentText.clean(html)).isEqualTo("Acme raised €5M\nSeed round & more.\nNext line");
        assertThat(DocumentText.problem(html, 1000)).isNull();
    }

    @Test
    void plainTextWithAnAngleBracketStaysAsItIs() {
        assertThat(DocumentText.clean("revenue < 5M and x > 3")).isEqualTo("revenue < 5M and x > 3");
    }

    @Test
    void emptyHugeBinaryAndMarkupOnlyTextsAreRefused() {
        assertThat(DocumentText.problem("  \n", 100)).startsWith("required");
        assertThat(DocumentText.problem("x".repeat(101), 100)).startsWith("longer than 100");
        assertThat(DocumentText.problem("ab\u0000cd", 100)).isEqualTo("binary data, not text");
        assertThat(DocumentText.problem("\u0001\u0002\u0003\u0004 abc def ghi", 100)).isEqualTo("binary data, not text");
        assertThat(DocumentText.problem("<div><span></span></div>", 100)).startsWith("no text left");
        assertThat(DocumentText.problem("Привет, Praha! 日本語 ✓", 100)).isNull();
    }
}
