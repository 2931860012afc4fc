package dev.switchboard.sdk.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Texts the contracts feed extensions: scripts a detector must survive, and HTML where text was expected. */
final class Samples {

    private Samples() {
    }

    /** By ISO 639-1 code. */
    static final Map<String, String> SCRIPTS;

    static {
        Map<String, String> scripts = new LinkedHashMap<>();
        scripts.put("ru", "Компания «Северсталь» объявила о наборе 200 инженеров на новый завод в Череповце.");
        scripts.put("uk", "Компанія відкриває новий офіс у Львові та шукає розробників.");
        scripts.put("zh", "阿里巴巴宣布在杭州招聘五百名工程师，并开设新的研发中心。");
        scripts.put("ja", "トヨタ自動車は新しい工場を開設し、三百人を採用すると発表した。");
        scripts.put("ar", "أعلنت شركة أرامكو عن توظيف مئات المهندسين في مشروعها الجديد في الرياض.");
        scripts.put("he", "החברה הודיעה על גיוס מאה מהנדסים חדשים במרכז הפיתוח בתל אביב.");
        scripts.put("cs", "Společnost Škoda Auto přijme 300 nových zaměstnanců do závodu v Mladé Boleslavi; žluťoučký kůň úpěl ďábelské ódy.");
        scripts.put("pl", "Spółka Polskich Kruszyw zatrudni 50 operatorów; zażółć gęślą jaźń, Łódź i Gdańsk.");
        scripts.put("el", "Η εταιρεία ανακοίνωσε προσλήψεις μηχανικών στην Αθήνα.");
        scripts.put("hi", "कंपनी ने बेंगलुरु में पाँच सौ इंजीनियरों की भर्ती की घोषणा की।");
        SCRIPTS = java.util.Collections.unmodifiableMap(scripts);
    }

    static final String HTML = """
            <!DOCTYPE html><html><head><title>Careers | Acme</title><style>p{color:red}</style>
            <script>var hiring = "we are hiring"; document.write('<b>' + hiring + '</b>');</script></head>
            <body><div class="job"><h1>Acme Corp is hiring</h1><p>We&nbsp;are&nbsp;looking for 20 engineers &amp; designers
            in Prague.</p><a href="https://acme.example/jobs?id=1&amp;ref=news">Apply</a><!-- comment --></div>
            <table><tr><td>&#1050;&#1086;&#1084;&#1087;&#1072;&#1085;&#1080;&#1103;</td></tr></table></body></html>
            """;
}
