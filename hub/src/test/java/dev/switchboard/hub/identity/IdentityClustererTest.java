package dev.switchboard.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Batch clustering: transitive, deterministic, shared mailboxes kept apart. */
class IdentityClustererTest {

    private static PersonRecord r(String id, String first, String last, String email, String phone, String company) {
        return new PersonRecord(id, "test", first, last, email, phone, company, null);
    }

    @Test
    void threePeopleOnOneOfficeMailboxAreThreeClusters() {
        Map<String, String> clusters = new Clusterer(null).cluster(List.of(
                r("1", "Jan", "Novák", "info@firma.cz", null, "Firma s.r.o."),
                r("2", "Eva", "Malá", "info@firma.cz", null, "Firma s.r.o."),
                r("3", "Petr", "Dvořák", "INFO@firma.cz", null, "Firma s.r.o."),
                r("4", "Jan", "Novak", "info@firma.cz", null, null)));
        assertThat(clusters).containsExactly(Map.entry("1", "1"), Map.entry("2", "2"), Map.entry("3", "3"),
                Map.entry("4", "1"));
    }

    @Test
    void linksAreTransitiveAndTheClusterIdIsTheSmallestRecordId() {
        List<PersonRecord> records = List.of(
                r("10", "Jana", "Nováková", "jana@example.com", null, null),
                r("9", "Jana", "Novakova", "JANA@example.com", "+420 601 123 456", null),
                r("11", "Nováková", "Jana", null, "00420601123456", "Alfa a.s."),
                r("2", "Jana", "Novákova", null, null, "ALFA s.r.o."),
                r("3", "Jan", "Novák", null, "+420601123456", "Alfa"));
        Map<String, String> clusters = new Clusterer(null).cluster(records);
        assertThat(clusters).containsExactly(Map.entry("10", "2"), Map.entry("9", "2"), Map.entry("11", "2"),
                Map.entry("2", "2"), Map.entry("3", "3"));
    }

    @Test
    void aChainOfLinksDoesNotJoinTwoPeopleWhoCannotBeOne() {
        // the son's record carries his father's landline: each link holds, the chain does not
        Map<String, String> clusters = new Clusterer("CZ").cluster(List.of(
                r("1", "Karel", "Brož st.", "karel.broz@volny.cz", "+420 495 211 300", "Truhlářství Brož"),
                r("2", "Karel", "Brož", "karel.broz@volny.cz", "495 211 300", null),
                r("3", "Karel", "Brož ml.", "kaja.broz@gmail.com", "+420 604 552 119", "Truhlářství Brož"),
                r("4", "Karel", "Brož", "kajabroz@gmail.com", "+420 495 211 300", null)));
        assertThat(clusters).containsExactly(Map.entry("1", "1"), Map.entry("2", "1"), Map.entry("3", "3"),
                Map.entry("4", "3"));
    }

    @Test
    void aSonWhoGivesTheWorkshopLandlineDoesNotJoinHisMarkedFather() {
        // the father is marked once (st.); the son, unmarked, gives the workshop number with his own address
        Map<String, String> clusters = new Clusterer("CZ").cluster(List.of(
                r("1", "Vojta", "Kolařík", "vojta.kolarik@gmail.com", "+420 566 520 118", null),
                r("2", "Vojtěch", "Kolařík", null, "566 520 118", "Kovářství Kolařík"),
                r("3", "Vojtěch", "Kolařík st.", "kovarstvi.kolarik@seznam.cz", "566520118", "KOVÁŘSTVÍ KOLAŘÍK"),
                r("4", "Vojtěch", "Kolařík", "vojta.kolarik@gmail.com", "+420 739 410 227", null)));
        assertThat(clusters).containsExactly(Map.entry("1", "1"), Map.entry("2", "2"), Map.entry("3", "2"),
                Map.entry("4", "1"));
    }

    @Test
    void aNicknameOfTwoNamesDoesNotJoinTheirBearers() {
        Map<String, String> clusters = new Clusterer(null).cluster(List.of(
                r("1", "Christine", "Hollis", "christine.hollis@wexford-tools.com", null, "Wexford Tools"),
                r("2", "Chris", "Hollis", "christine.hollis@wexford-tools.com", null, "Wexford Tools Inc."),
                r("3", "Christopher", "Hollis", "chollis@wexford-tools.com", "+1 312 555 0144", "Wexford Tools")));
        assertThat(clusters).containsExactly(Map.entry("1", "1"), Map.entry("2", "1"), Map.entry("3", "3"));
    }

    @Test
    void twoFeminineFormsOfOneSurnameMeetInABlock() {
        // more than one edit apart, so only the feminine stem brings them together
        Map<String, String> clusters = new Clusterer("CZ").cluster(List.of(
                r("1", "Irina", "Kuzmina", "i.kuzmina@tepla-lazne.cz", null, "Teplá lázně"),
                r("2", "Irina", "Kuzminová", "irina.k@mail.ru", null, "Teplá lázně a.s.")));
        assertThat(clusters).containsExactly(Map.entry("1", "1"), Map.entry("2", "1"));
    }

    @Test
    void aNationalNumberIsReadInTheCountryTheBatchGivesItsCity() {
        // most of the batch is Czech; Sopot is Polish by the other Sopot record's .pl address
        Map<String, String> clusters = new Clusterer(null).cluster(List.of(
                city(r("1", "Petr", "Malý", "petr.maly@kovo-brno.cz", "+420 541 220 310", "Kovo Brno"), "Brno"),
                city(r("2", "Eva", "Horká", "eva.horka@kovo-brno.cz", "+420 541 220 311", "Kovo Brno"), "Brno"),
                city(r("3", "Marta", "Zielna", "marta.zielna@onet.pl", "601 447 218", null), "Sopot"),
                city(r("4", "Marta", "Zielna", "marta.z@gmail.com", "601 447 218", null), "Sopot")));
        assertThat(clusters).containsEntry("4", "3");
        assertThat(PhoneRegions.byCity(List.of(city(r("9", "A", "B", "a.b@onet.pl", null, null), "Sopot"))))
                .containsEntry("sopot", "PL");
    }

    private static PersonRecord city(PersonRecord r, String city) {
        return new PersonRecord(r.recordId(), r.source(), r.firstName(), r.lastName(), r.email(), r.phone(), r.company(), city);
    }

    @Test
    void theAnswerDoesNotDependOnTheOrder() throws Exception {
        List<PersonRecord> records = new ArrayList<>(PeopleCsv.read(new java.io.InputStreamReader(
                getClass().getResourceAsStream(LabeledPeopleGenerator.RESOURCE), java.nio.charset.StandardCharsets.UTF_8)));
        Map<String, String> expected = new Clusterer("CZ").cluster(records);
        Collections.shuffle(records, new Random(7));
        Map<String, String> shuffled = new Clusterer("CZ").cluster(records);
        assertThat(shuffled).containsAllEntriesOf(expected).hasSameSizeAs(expected);
    }

    @Test
    void numericIdsCompareAsNumbers() {
        assertThat(Clusterer.RECORD_IDS.compare("9", "10")).isNegative();
        assertThat(Clusterer.RECORD_IDS.compare("a", "b")).isNegative();
        assertThat(Clusterer.RECORD_IDS.compare("10", "a")).isNegative();
        assertThat(Clusterer.RECORD_IDS.compare("007", "7")).isZero();
        assertThat(Clusterer.RECORD_IDS.compare("010", "9")).isPositive();
        assertThat(Clusterer.RECORD_IDS.compare("000", "0")).isZero();
        assertThat(Clusterer.RECORD_IDS.compare("", "0")).isPositive();
        assertThat(Clusterer.RECORD_IDS.compare("١٢", "12")).isPositive(); // Arabic-Indic digits are text, as \d reads them
    }
}
