package dev.switchboard.sdk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void tagsScriptsAndCommentsGoEntitiesAreDecoded() {
        String html = "<h2>News</h2><!-- tracking --><p>Caf&eacute; &amp; bar&nbsp;&#8222;open&#x201C;</p>"
                + "<style>p{color:red}</style><script type=\"x\">var a = '<p>';</script><ul><li>one</li><li>two</li></ul>";

        assertEquals("News\n\nCafé & bar „open“\n\none\n\ntwo", HtmlText.toPlainText(html));
    }

    @Test
    void paragraphsAndLineBreaksStayLinksBecomeTheirText() {
        String html = "<p>Hello <a href=\"https://x.example/@bob\" class=\"u-url mention\">@<span>bob</span></a>,"
                + " Q&amp;A at 5&nbsp;pm<br>room 2<br />bring &#8364;5 &lt;cash&gt;</p><p>Links: <a href=\"https://a.example/x\">"
                + "<span class=\"invisible\">https://</span><span class=\"ellipsis\">a.example/</span><span class=\"invisible\">"
                + "x</span></a> &#x1F680;</p><script>alert(1)</script><!-- note -->";

        assertEquals("Hello @bob, Q&A at 5 pm\nroom 2\nbring €5 <cash>\n\nLinks: https://a.example/x \uD83D\uDE80",
                HtmlText.toPlainText(html));
    }

    @Test
    void aLessThanSignInTextIsKept() {
        assertEquals("growth < 5 % and 3 < 4", HtmlText.toPlainText("growth &lt; 5 % and 3 < 4"));
    }

    @Test
    void unknownAndInvalidEntitiesAreKeptAsWritten() {
        assertEquals("&bogus; &#0; é", HtmlText.toPlainText("<p>&bogus; &#0; &eacute;</p>"));
    }

    @Test
    void nothingGivesEmptyText() {
        assertEquals("", HtmlText.toPlainText(null));
        assertEquals("", HtmlText.toPlainText("  "));
        assertEquals("", HtmlText.toPlainText("  <br/> "));
        assertEquals("", HtmlText.tidy(null));
    }

    @Test
    void tidyCollapsesSpacesAndEmptyLinesButLeavesMarkup() {
        assertEquals("a b <i>\n\nc &amp;", HtmlText.tidy("  a \t b\u00A0<i>  \n \n\n\n  c &amp; \n"));
    }
}
