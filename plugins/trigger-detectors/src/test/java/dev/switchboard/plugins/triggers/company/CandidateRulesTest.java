package dev.switchboard.plugins.triggers.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import org.junit.jupiter.api.Test;

/** The candidate rules that use the morphological dictionaries, and the general ones beside them. */
class CandidateRulesTest {

    /** The names of the candidates of one sentence. */
    private static List<String> names(String language, String text, int sentence) {
        CompanyExtractor extractor = Extractors.of(language, text);
        return extractor.candidates(sentence).stream().map(extractor::name).toList();
    }

    private static Candidate candidate(String language, String text, int sentence, String name) {
        CompanyExtractor extractor = Extractors.of(language, text);
        return extractor.candidates(sentence).stream().filter(c -> extractor.name(c).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is no candidate of: " + text));
    }

    @Test
    void anAdjectiveBeforeALowerCaseWordNamesNothing() {
        assertThat(names("ru", "Турецкий производитель окон Demir Pencere откроет завод.", 0))
                .containsExactly("Demir Pencere");
        assertThat(names("pl", "Niemiecki producent mebli Holzwerk zbuduje fabrykę.", 0)).containsExactly("Holzwerk");
        assertThat(names("cs", "Neomezené volání od Modré Vlny za 399 korun.", 0)).doesNotContain("Neomezené");
        assertThat(names("en", "Regular visitors will know Bramblewood Foods.", 0)).containsExactly("Bramblewood Foods");
    }

    @Test
    void anInvestmentGroupOrCompanyIsAGiver() {
        assertThat(candidate("cs", "Investiční skupina Dubina Partners vstupuje do výrobce Medipro.", 0, "Dubina Partners")
                .has(Candidate.GIVER)).isTrue();
        assertThat(candidate("ru", "Инвестиционная компания «Обская гавань» вложит 300 млн рублей в «Белый луг».", 0,
                "Обская гавань").has(Candidate.GIVER)).isTrue();
        assertThat(candidate("cs", "Investiční skupina Dubina Partners vstupuje do výrobce Medipro.", 0, "Medipro")
                .has(Candidate.GIVER)).isFalse();
    }

    @Test
    void aCompanyNounMayHaveTwoLowerCaseWordsBeforeTheName() {
        assertThat(candidate("ru", "Производитель бытовой техники Kaya Elektrik откроет завод.", 0, "Kaya Elektrik")
                .has(Candidate.AFTER_COMPANY_NOUN)).isTrue();
        assertThat(candidate("ru", "Казанская компания «Нейролаб» получила грант.", 0, "Нейролаб")
                .has(Candidate.AFTER_COMPANY_NOUN)).isTrue();
    }

    @Test
    void noCompanyNounOverAPrepositionOrArticle() {
        assertThat(candidate("de", "Das teilte das Unternehmen am Freitagabend mit.", 0, "Freitagabend")
                .has(Candidate.AFTER_COMPANY_NOUN)).isFalse();
        assertThat(candidate("pl", "Niemiecki producent okien Haller Fenster zbuduje zakład.", 0, "Haller Fenster")
                .has(Candidate.AFTER_COMPANY_NOUN)).isTrue();
    }

    @Test
    void organAndPeopleWordsAreCutOffTheFrontOfAName() {
        assertThat(names("pl", "Zarząd Modrzew S.A. informuje o zmianach.", 0)).containsExactly("Modrzew");
        assertThat(names("cs", "Klienti Banky Vlna mohou od září sjednat hypotéku.", 0)).containsExactly("Banky Vlna");
        assertThat(names("de", "Kunden der Elbbank können ab Juli ein Konto eröffnen.", 0)).contains("Elbbank")
                .doesNotContain("Kunden");
    }

    @Test
    void aShortGivenNameInACaseIsAPersonAfterACompanyNounToo() {
        assertThat(names("pl", "Kierowanie spółką powierzono wiceprezes Ewie Kaczmarek.", 0)).doesNotContain("Ewie Kaczmarek");
        assertThat(names("pl", "Po rezygnacji Ewy Kaczmarek firmą kieruje zarząd.", 0)).doesNotContain("Ewy Kaczmarek");
    }

    @Test
    void placesInObliqueCasesByTheirLemma() {
        assertThat(names("pl", "Programistów z Rzeszowa trudno przyciągnąć.", 0)).doesNotContain("Rzeszowa");
        assertThat(names("ru", "Кофейня открылась в Казани.", 0)).doesNotContain("Казани");
        assertThat(names("de", "Das Werk entsteht bei Halle.", 0)).doesNotContain("Halle");
        assertThat(names("en", "The chain enters Central Europe.", 0)).isEmpty();
    }

    @Test
    void germanNounsAfterAnAdjectiveAndNonNounsAreNoNames() {
        assertThat(names("de", "Unser neues Lastenrad kommt im Mai.", 0)).isEmpty();
        assertThat(names("de", "Umso besser läuft es bei der Spedition Kranich.", 0)).containsExactly("Spedition Kranich");
        // a noun after an article may be a name: kept, marked as a common word
        assertThat(candidate("de", "Neuer Chef bei der Commerzbank.", 0, "Commerzbank").has(Candidate.COMMON_WORD))
                .isTrue();
    }

    @Test
    void aClauseOpeningCommonWordIsMarkedAndPronounsAreNoNames() {
        assertThat(candidate("pl", "Allegro uruchamia płatności odroczone.", 0, "Allegro").has(Candidate.COMMON_WORD))
                .isTrue();
        assertThat(names("pl", "Szukamy Ciebie!", 0)).isEmpty();
        assertThat(names("en", "Readers know I've been sceptical.", 0)).doesNotContain("I've");
        assertThat(names("en", "It's here! Our new oat bar is on shelves.", 0)).doesNotContain("It", "It's");
        assertThat(names("ru", "Синоптики обещают жару.", 0)).isEmpty();
        assertThat(names("en", "Send them our way.", 0)).isEmpty();
    }

    @Test
    void aLegalFormAfterLowerCaseWordsClosesTheName() {
        assertThat(candidate("cs", "Hledáme řidiče. Moravská logistika a.s. nabízí práci.", 1, "Moravská logistika")
                .has(Candidate.LEGAL_FORM)).isTrue();
    }

    @Test
    void germanRoleCompoundsAndAgentNouns() {
        assertThat(names("de", "Seniorchef Otto Lerche übergibt die Firma.", 0)).isEmpty();
        assertThat(names("de", "Er wurde zum Finanzvorstand bestellt.", 0)).isEmpty();
        Candidate named = candidate("de", "Mobilfunker Wellenreiter bringt einen Tarif.", 0, "Wellenreiter");
        assertThat(named.has(Candidate.AFTER_COMPANY_NOUN)).isTrue();
        // a job title before a name is no agent noun of a company
        assertThat(names("de", "Softwareentwickler Java (m/w/d) gesucht.", 0)).allSatisfy(name ->
                assertThat(candidate("de", "Softwareentwickler Java (m/w/d) gesucht.", 0, name)
                        .has(Candidate.AFTER_COMPANY_NOUN)).isFalse());
    }

    @Test
    void withoutADictionaryAWordWrittenOnceThatOpensALaterSentenceIsMarked() {
        String text = "Tiskárna Dubina a.s. z Kolína roste. Ta si od banky půjčila 20 milionů korun.";
        assertThat(candidate("cs", text, 1, "Ta").has(Candidate.COMMON_WORD)).isTrue();
        assertThat(candidate("cs", text, 0, "Tiskárna Dubina").has(Candidate.COMMON_WORD)).isFalse();
    }

    @Test
    void anEmojiEndsAName() {
        assertThat(names("de", "Bewirb dich jetzt bei Flinkbau 👉 Link in Bio", 0)).contains("Flinkbau")
                .doesNotContain("Flinkbau 👉 Link");
    }

    @Test
    void aMarkedCompanyOfTheDocumentWinsOverAClauseOpeningCommonWord() {
        String text = "Warszawa – Czujnik sp. z o.o. pozyskał 15 milionów złotych. "
                + "Środki zostaną przeznaczone na zatrudnienie 30 inżynierów.";
        CompanyExtractor extractor = Extractors.of("pl", text);
        TextAnalysis analysis = TextAnalysis.of(text, "pl", 20_000);
        int cue = 0;
        while (!analysis.token(cue).text().equals("zatrudnienie")) {
            cue++;
        }
        CompanyExtractor.Pick pick = extractor.forCue(1, cue, cue + 1);
        assertThat(pick).isNotNull();
        assertThat(pick.name()).isEqualTo("Czujnik");
        // with nothing marked in sight, the word stays the company
        CompanyExtractor alone = Extractors.of("pl", "Allegro uruchamia płatności odroczone dla firm.");
        assertThat(alone.forCue(0, 1, 2).name()).isEqualTo("Allegro");
    }

    @Test
    void webNamesAreTheLabelBeforeTheTopLevelDomain() {
        assertThat(WebNames.withoutDomain("kapsel.app")).isEqualTo("kapsel");
        assertThat(WebNames.withoutDomain("kariera.bk-software.cz")).isEqualTo("bk-software");
        assertThat(WebNames.withoutDomain("Swiftway.com.au")).isEqualTo("Swiftway"); // under a country's second level
        assertThat(WebNames.withoutDomain("Acme Robotics")).isEqualTo("Acme Robotics");
        assertThat(names("de", "Alle Infos unter lindwerk.de/jobs, wir freuen uns.", 0)).containsExactly("lindwerk");
        assertThat(names("ru", "Откликайтесь на hh.ru или пишите нам.", 0)).isEmpty(); // a job board names no company
    }

    @Test
    void moneyIntoACompanyMakesTheSubjectTheGiver() {
        Candidate subject = candidate("cs", "Fond Orlice Ventures vkládá 20 milionů korun do pardubického Zvonku.", 0,
                "Fond Orlice Ventures");
        assertThat(subject.has(Candidate.GIVER)).isTrue();
        assertThat(candidate("cs", "Fond Orlice Ventures vkládá 20 milionů korun do pardubického Zvonku.", 0, "Zvonku")
                .has(Candidate.RECIPIENT)).isTrue();
        // money from someone is no money into them
        assertThat(candidate("en", "Plumtree raised £4m in new capital from Oakhill Growth.", 0, "Oakhill Growth")
                .has(Candidate.RECIPIENT)).isFalse();
    }

    @Test
    void aWordWithACapitalizedPrefixIsNoName() {
        assertThat(names("en", "The AIM-listed lender raised money.", 0)).isEmpty();
    }

    @Test
    void aWordAloneInBracketsAfterAWordSpecifiesIt() {
        assertThat(candidate("en", "Senior Backend Engineer (Rust) in Leeds.", 0, "Rust").has(Candidate.COMMON_WORD))
                .isTrue();
        assertThat(candidate("en", "Data Analyst (Tableau) in Hull.", 0, "Tableau").has(Candidate.COMMON_WORD))
                .isTrue();
        assertThat(names("en", "Warehouse Operative (Mon–Fri) in Hull.", 0)).as("a shortened weekday is a stop word")
                .doesNotContain("Mon", "Fri");
        assertThat(candidate("en", "Quenby Logistics is hiring drivers in Hull.", 0, "Quenby Logistics")
                .has(Candidate.COMMON_WORD)).isFalse();
    }
}
