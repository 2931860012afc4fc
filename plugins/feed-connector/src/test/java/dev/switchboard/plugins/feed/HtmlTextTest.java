package dev.switchboard.plugins.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void tagsScriptsAndCommentsGoEntitiesAreDecoded() {
        String html = "<h2>News</h2><!-- tracking --><p>Caf&eacute; &amp; bar&nbsp;&#8222;open&#x201C;</p>"
                + "<style>p{color:red}</style><script type=\"x\">var a = '<p>';</script><ul><li>one</li><li>two</li></ul>";

        assertThat(HtmlText.toPlainText(html)).isEqualTo("News\n\nCafé & bar „open“\n\none\n\ntwo");
    }

    @Test
    void aLessThanSignInTextIsKept() {
        assertThat(HtmlText.toPlainText("growth &lt; 5 % and 3 < 4")).isEqualTo("growth < 5 % and 3 < 4");
    }

    @Test
    void nothingGivesEmptyText() {
        assertThat(HtmlText.toPlainText(null)).isEmpty();
        assertThat(HtmlText.toPlainText("  <br/> ")).isEmpty();
    }
}
