package dev.switchboard.plugins.triggers.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.switchboard.plugins.triggers.analysis.Sentence;
import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    @TempDir
    Path directory;

    private Lexicon lexicon(String content) throws Exception {
        Files.writeString(directory.resolve("test.txt"), content, StandardCharsets.UTF_8);
        ClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {directory.toUri().toURL()}, null);
        return Lexicon.load(loader, Map.of("test.txt", "hiring"));
    }

    private static List<String> found(Lexicon lexicon, String text, String language) {
        TextAnalysis analysis = TextAnalysis.of(text, language, 10_000);
        Sentence sentence = analysis.sentences().get(0);
        return lexicon.find(analysis.tokens(), sentence.firstToken(), sentence.endToken(), TokenClasses.NONE).stream()
                .map(m -> m.entry().section() + ":" + text.substring(analysis.token(m.start()).start(),
                        analysis.token(m.end() - 1).end()))
                .toList();
    }

    @Test
    void matchesStemsAffixesAndGapsOnFoldedText() throws Exception {
        Lexicon lexicon = lexicon("""
                # comment
                [cue 0.9]
                nabír*
                *einstellung*
                hire .. engineers
                s.r.o.
                [a]
                přijm*
                """);
        assertThat(found(lexicon, "Firma NABÍRÁ lidi a přijme 20 nových engineers.", "cs"))
                .containsExactly("cue:NABÍRÁ", "a:přijme");
        assertThat(found(lexicon, "Acme will hire 20 senior engineers.", "en")).containsExactly("cue:hire 20 senior engineers");
        assertThat(found(lexicon, "Acme will hire very many more senior engineers.", "en")).isEmpty();
        assertThat(found(lexicon, "Die Neueinstellungen bei Acme.", "de")).containsExactly("cue:Neueinstellungen");
        assertThat(found(lexicon, "Acme s.r.o. roste.", "cs")).containsExactly("cue:s.r.o.");
    }

    @Test
    void startMatchesOnlyTheFirstTokenOfTheSentence() throws Exception {
        Lexicon lexicon = lexicon("""
                [named]
                <start> grant* .. for
                """);
        assertThat(found(lexicon, "Grants of this kind for Acme.", "en")).containsExactly("named:Grants of this kind for");
        assertThat(found(lexicon, "New grants of this kind for Acme.", "en")).isEmpty();
    }

    @Test
    void anyMatchesExactlyOneToken() throws Exception {
        Lexicon lexicon = lexicon("""
                new <any> plant
                """);
        assertThat(found(lexicon, "A new battery-separator plant opens.", "en")).containsExactly("cue:new battery-separator plant");
        assertThat(found(lexicon, "A new plant opens.", "en")).isEmpty();
        assertThat(found(lexicon, "The new boss visited the plant.", "en")).isEmpty();
    }

    @Test
    void aBadEntryNamesItsFileAndLine() {
        assertThatThrownBy(() -> lexicon("[cue]\nok\nab*\n")).hasMessageContaining("test.txt:3").hasMessageContaining("3 letters");
        assertThatThrownBy(() -> lexicon("[cue x]\n")).hasMessageContaining("test.txt:1");
        assertThatThrownBy(() -> lexicon(".. hire\n")).hasMessageContaining("test.txt:1");
        assertThatThrownBy(() -> lexicon("hire <start> now\n")).hasMessageContaining("test.txt:1");
        assertThatThrownBy(() -> lexicon("<start>\n")).hasMessageContaining("test.txt:1");
        assertThatThrownBy(() -> lexicon("new <any>\n")).hasMessageContaining("test.txt:1");
    }

    @Test
    void everyShippedLexiconLoads() {
        Lexicons lexicons = Lexicons.shared();
        for (String language : List.of("en", "cs", "pl", "ru", "de")) {
            assertThat(lexicons.language(language).size()).as(language).isGreaterThan(300);
        }
        assertThat(lexicons.names().size()).isGreaterThan(500);
    }

    @Test
    void moneyAndPlacesAreClassified() {
        String text = "Acme raised $5M and 2 mld. Kč in Prague in 2024, up 5%.";
        TextAnalysis analysis = TextAnalysis.of(text, "en", 10_000);
        SentenceFacts facts = SentenceFacts.of(analysis, analysis.sentences().get(0), Lexicons.shared());
        Classes classes = facts.classes();
        assertThat(classes.is(TokenPattern.Kind.MONEY, 2)).as("$").isTrue();
        assertThat(classes.is(TokenPattern.Kind.MONEY, 3)).as("5M").isTrue();
        assertThat(classes.is(TokenPattern.Kind.MONEY, 5)).as("2").isTrue();
        assertThat(classes.place(10)).as("Prague").isTrue();
        assertThat(classes.year(12)).as("2024").isTrue();
        assertThat(classes.is(TokenPattern.Kind.MONEY, 12)).as("2024 is no money").isFalse();
        assertThat(classes.percent(15)).as("5").isTrue();
        assertThat(classes.is(TokenPattern.Kind.COUNT, 12)).as("a year is no count").isFalse();
        assertThat(classes.is(TokenPattern.Kind.COUNT, 3)).as("an amount is no count").isFalse();
        assertThat(classes.is(TokenPattern.Kind.COUNT, 15)).as("a percentage is no count").isFalse();
    }

    @Test
    void datesAreClassifiedInEveryCase() {
        assertThat(dates("Od 1. dubna mohou zákazníci", "cs")).containsExactly("dubna");
        assertThat(dates("Od poniedziałku klienci mogą", "pl")).containsExactly("poniedziałku");
        assertThat(dates("С 1 декабря в продаже", "ru")).containsExactly("декабря");
        assertThat(dates("Ab sofort können Kunden", "de")).containsExactly("sofort");
        assertThat(dates("From Monday you can book", "en")).containsExactly("Monday");
        assertThat(dates("Acme hires 40 bakers", "en")).isEmpty();
    }

    private static List<String> dates(String text, String language) {
        return classified(text, language, TokenPattern.Kind.DATE);
    }

    @Test
    void ordinalsAreClassifiedInEveryCaseButNotTheWordsTheirStemsMake() {
        assertThat(classified("Otwieramy trzecią kawiarnię, a w czwartek drugi sklep.", "pl", TokenPattern.Kind.ORDINAL))
                .containsExactly("trzecią", "drugi");
        assertThat(classified("Вторая кофейня откроется во вторник.", "ru", TokenPattern.Kind.ORDINAL))
                .containsExactly("Вторая");
        assertThat(classified("Najdete naši druhou pobočku, různé druhy kávy.", "cs", TokenPattern.Kind.ORDINAL))
                .containsExactly("druhou", "druhy"); // "druhy" is also "kinds": it pairs only with a site right after it
        assertThat(classified("Our fourth site opens in the first quarter.", "en", TokenPattern.Kind.ORDINAL))
                .containsExactly("fourth");
    }

    @Test
    void versionsFollowANameOrAVersionWordAndAreNoDateOrTime() {
        assertThat(classified("Today we are shipping Pebblebox 3.0.", "en", TokenPattern.Kind.VERSION)).containsExactly("3.0");
        assertThat(classified("Vydali jsme verzi 2.1 a v2.0 končí.", "cs", TokenPattern.Kind.VERSION))
                .containsExactly("2.1", "v2.0");
        assertThat(classified("Ab 1.9. gilt der neue Tarif, Beginn um 10.30 Uhr, Zinsen 4.6 %.", "de",
                TokenPattern.Kind.VERSION)).isEmpty();
    }

    @Test
    void townsOfGeoNamesArePlacesWhereTheyStandAlone() {
        assertThat(classified("We're hiring at our Daventry warehouse, a bus runs from Wellingborough.", "en",
                TokenPattern.Kind.PLACE)).containsExactly("Daventry", "Wellingborough");
        assertThat(classified("Kuchař – Havlíčkův Brod, nástup ihned #Tábor", "cs", TokenPattern.Kind.PLACE))
                .containsExactly("Havlíčkův", "Brod", "#Tábor");
        assertThat(classified("Stourbridge Glass opens applications; Coldbrook buys into Moss & Thorne.", "en",
                TokenPattern.Kind.PLACE)).as("a town opening a longer name, or joined by '&', is no place").isEmpty();
        assertThat(classified("Most firms reported in March that reading is up.", "en", TokenPattern.Kind.PLACE))
                .as("towns whose names are common words are left out of the list").isEmpty();
    }

    @Test
    void regionsArePlacesWhereTheyStandAloneNotWhereTheyEndOrFillAName() {
        assertThat(classified("Hartwell Paper to invest £70m in Kent mill upgrade", "en", TokenPattern.Kind.PLACE))
                .containsExactly("Kent");
        assertThat(classified("Firma rozšiřuje výrobu na Vysočině a v Krkonoších.", "cs", TokenPattern.Kind.PLACE))
                .containsExactly("Vysočině", "Krkonoších");
        assertThat(classified("Chlebowa Chata wchodzi do Trójmiasta.", "pl", TokenPattern.Kind.PLACE))
                .containsExactly("Trójmiasta");
        assertThat(classified("Solární Vysočina si půjčí, Tłocznia Warmia, Yorkshire Water.", "cs", TokenPattern.Kind.PLACE))
                .as("a region ending or opening a longer name is no place").isEmpty();
        assertThat(classified("Банк откроет «Нивам Черноземья» и «Кубани» кредитную линию.", "ru", TokenPattern.Kind.PLACE))
                .as("a region in quotes is a name").isEmpty();
        assertThat(classified("V Hanáckých vagonkách se rozjíždí nábor.", "cs", TokenPattern.Kind.PLACE))
                .as("a region's adjective is in no list").isEmpty();
    }

    @Test
    void aRiseIsTheGreaterCountAfterASmallerOneInEveryLanguageAndNoFallYearOrAmount() {
        assertThat(classified("The team will grow from 45 to around 120 engineers.", "en", TokenPattern.Kind.RISE))
                .containsExactly("120");
        assertThat(classified("Palettly wächst von 9 auf 25 Leute.", "de", TokenPattern.Kind.RISE)).containsExactly("25");
        assertThat(classified("Tým se rozroste ze 24 na zhruba 60 vývojářů.", "cs", TokenPattern.Kind.RISE))
                .containsExactly("60");
        assertThat(classified("Zespół urośnie z 1,200 osób do 1,500.", "pl", TokenPattern.Kind.RISE)).containsExactly("1,500");
        assertThat(classified("Штат вырастет с 45 до 120 сотрудников.", "ru", TokenPattern.Kind.RISE)).containsExactly("120");
        assertThat(classified("Headcount fell from 120 to 45 people, and sales rose from 2019 to 2024.", "en",
                TokenPattern.Kind.RISE)).as("a fall, or years").isEmpty();
        assertThat(classified("Revenue grew from 5 to 9 million euros, up from 10 to 12 %.", "en", TokenPattern.Kind.RISE))
                .as("amounts and percentages").isEmpty();
        assertThat(classified("The crew grows from 2.5 to 40 people.", "en", TokenPattern.Kind.RISE))
                .as("a decimal is no count: its separator stands before fewer than three digits").isEmpty();
    }

    @Test
    void aMailIsTheDomainRightAfterALocalPartNotAHandleOnItsOwn() {
        assertThat(classified("Send your CV to careers@pollinate.io or ask @pollinate on Mastodon.", "en",
                TokenPattern.Kind.MAIL)).containsExactly("@pollinate.io");
    }

    private static List<String> classified(String text, String language, TokenPattern.Kind kind) {
        TextAnalysis analysis = TextAnalysis.of(text, language, 10_000);
        List<String> found = new ArrayList<>();
        for (Sentence sentence : analysis.sentences()) {
            Classes classes = SentenceFacts.of(analysis, sentence, Lexicons.shared()).classes();
            for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
                if (classes.is(kind, k)) {
                    found.add(analysis.tokens().get(k).text());
                }
            }
        }
        return found;
    }

    @Test
    void countsAndCurrencyNames() {
        String text = "Złoty Kłos hires 40 bakers in 2026 for 5 mln zł.";
        TextAnalysis analysis = TextAnalysis.of(text, "pl", 10_000);
        Classes classes = SentenceFacts.of(analysis, analysis.sentences().get(0), Lexicons.shared()).classes();
        assertThat(classes.is(TokenPattern.Kind.MONEY, 0)).as("Złoty before a name is no amount").isFalse();
        assertThat(classes.is(TokenPattern.Kind.COUNT, 3)).as("40").isTrue();
        assertThat(classes.is(TokenPattern.Kind.COUNT, 6)).as("2026").isFalse();
        assertThat(classes.is(TokenPattern.Kind.MONEY, 8)).as("5").isTrue();
        assertThat(classes.is(TokenPattern.Kind.MONEY, 10)).as("zł").isTrue();
    }
}
