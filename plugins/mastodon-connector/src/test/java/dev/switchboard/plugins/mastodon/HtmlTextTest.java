package dev.switchboard.plugins.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void paragraphsAndLineBreaksStayLinksBecomeTheirTextEntitiesAreDecoded() {
        String html = "<p>Hello <a href=\"https://x.example/@bob\" class=\"u-url mention\">@<span>bob</span></a>,"
                + " Q&amp;A at 5&nbsp;pm<br>room 2<br />bring &#8364;5 &lt;cash&gt;</p><p>Links: <a href=\"https://a.example/x\">"
                + "<span class=\"invisible\">https://</span><span class=\"ellipsis\">a.example/</span><span class=\"invisible\">"
                + "x</span></a> &#x1F680;</p><script>alert(1)</script><!-- note -->";

        assertThat(HtmlText.toPlainText(html)).isEqualTo("Hello @bob, Q&A at 5 pm\nroom 2\nbring €5 <cash>\n\n"
                + "Links: https://a.example/x \uD83D\uDE80");
    }

    @Test
    void emptyAndUnknownEntitiesAreHandled() {
        assertThat(HtmlText.toPlainText(null)).isEmpty();
        assertThat(HtmlText.toPlainText("  ")).isEmpty();
        assertThat(HtmlText.toPlainText("<p>&bogus; &#0; &eacute;</p>")).isEqualTo("&bogus; &#0; é");
    }
}
