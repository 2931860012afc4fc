package dev.switchboard.plugins.triggers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextAnalysisTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | Acme Robotics is hiring twenty engineers for its new office in Prague.",
            "cs | Společnost Kofola přijme nové zaměstnance do závodu v Krnově.",
            "pl | Spółka zatrudni nowych pracowników w zakładzie w Łodzi.",
            "ru | Компания открыла новый офис в Казани.",
            "de | Die Firma sucht neue Mitarbeiter für das Werk in Dresden.",
            "cs | Firma nabírá programátory a testery.",
            "de | Wir suchen einen Entwickler mit Erfahrung.",
            "pl | Firma szuka programistów do zespołu w Krakowie."})
    void identifiesTheLanguage(String language, String text) {
        assertThat(TextAnalysis.of(text, null, 10_000).language()).isEqualTo(language);
    }

    @Test
    void otherScriptsAndUnsupportedLanguagesHaveNoLanguage() {
        assertThat(TextAnalysis.of("阿里巴巴宣布在杭州招聘五百名工程师。", null, 10_000).language()).isNull();
        assertThat(TextAnalysis.of("Компанія відкриває новий офіс у Львові та шукає розробників.", null, 10_000).language()).isNull();
        assertThat(TextAnalysis.of("Acme is hiring.", "fr", 10_000).language()).isNull();
        assertThat(TextAnalysis.of("Acme is hiring.", "en-GB", 10_000).language()).isEqualTo("en");
    }

    @Test
    void binaryAndEmptyTextIsNotAnalysed() {
        assertThat(TextAnalysis.of("", "en", 100).tokens()).isEmpty();
        assertThat(TextAnalysis.of("\u0000\u0001\u0002\u0003\uFFFD\uFFFD\u0007 abc", "en", 100).language()).isNull();
    }

    /** The sentences of a text, as strings. */
    private static List<String> sentences(String text, String language) {
        return TextAnalysis.of(text, language, 10_000).sentences().stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsSentencesButNotAfterAbbreviationsAndLegalForms() {
        String text = "Acme s.r.o. hledá vývojáře. ABC Sp. z o.o. otwiera biuro! Acme Inc. raised $5M.\nNew line";
        assertThat(sentences(text, "en")).containsExactly("Acme s.r.o. hledá vývojáře.", "ABC Sp. z o.o. otwiera biuro!",
                "Acme Inc. raised $5M.", "New line");
    }

    @Test
    void theYearAbbreviationEndsTheSentenceOnlyBeforeAnOpeningQuote() {
        String text = "Produkcja ruszy w 2027 r. „To nasza największa inwestycja” – mówi prezes. W 2015 r. Firma X powstała.";
        assertThat(sentences(text, "pl")).containsExactly("Produkcja ruszy w 2027 r.",
                "„To nasza największa inwestycja” – mówi prezes.", "W 2015 r. Firma X powstała.");
        String russian = "Завод запустят в 2026 г. «Это важный шаг», — сказал директор.";
        assertThat(sentences(russian, "ru"))
                .containsExactly("Завод запустят в 2026 г.", "«Это важный шаг», — сказал директор.");
    }

    @Test
    void aDayBeforeAMonthNameDoesNotEndTheSentence() {
        String text = "Die Firma stellt am 15. Oktober ihre App vor. Am 3. März 2025. Danach: 12. Mai kommt Version 2.";
        assertThat(sentences(text, "de")).containsExactly("Die Firma stellt am 15. Oktober ihre App vor.",
                "Am 3. März 2025.", "Danach: 12. Mai kommt Version 2.");
        String english = "It ships on 1. March. 2. Next item.";
        assertThat(TextAnalysis.of(english, "en", 10_000).sentences()).hasSize(3);
    }

    @Test
    void analysesOnlyTheFirstCharsOfAHugeText() {
        String text = "Acme is hiring. ".repeat(10_000);
        TextAnalysis analysis = TextAnalysis.of(text, "en", 1_000);
        assertThat(analysis.analysed()).isEqualTo(1_000);
        assertThat(analysis.tokens().get(analysis.tokens().size() - 1).end()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void tokensKeepOffsetsShapesAndFoldedForms() {
        String text = "Škodě Auto, @acme_hq #Hiring Rohlik.cz ВТБ Ёлка 2,5 mld. Kč";
        List<Token> tokens = Tokenizer.tokenize(text, text.length());
        assertThat(tokens).extracting(Token::text).containsExactly("Škodě", "Auto", ",", "@acme_hq", "#Hiring",
                "Rohlik.cz", "ВТБ", "Ёлка", "2,5", "mld", ".", "Kč");
        assertThat(tokens).extracting(Token::folded).startsWith("skode", "auto", ",", "acme_hq", "hiring", "rohlik.cz",
                "втб", "елка");
        for (Token token : tokens) {
            assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
        }
        assertThat(tokens.get(3).is(Token.HANDLE)).isTrue();
        assertThat(tokens.get(6).is(Token.ALL_CAPS)).isTrue();
    }

    @Test
    void foldsDiacriticsAndSharpS() {
        assertThat(Fold.fold("Żółć Łódź Straße Übernahme přijímá ЁЖ")).isEqualTo("zolc lodz strasse ubernahme prijima еж");
    }
}
