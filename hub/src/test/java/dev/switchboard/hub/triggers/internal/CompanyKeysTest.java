package dev.switchboard.hub.triggers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Company names compared for linking: legal forms in five languages, case, diacritics, quotes, inflection. */
class CompanyKeysTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "Acme s.r.o.|ACME",
            "Acme, spol. s r.o.|acme",
            "Alfa Stavby a.s.|Alfa stavby",
            "Polskie Kruszywa Sp. z o.o.|Polskie Kruszywa S.A.",
            "Robert Bosch GmbH|Robert Bosch AG",
            "Initech, Inc.|Initech Ltd.",
            "ООО «Ромашка»|Ромашка",
            "АО \"Яндекс\"|«Яндекс»",
            "Škoda Auto a.s.|SKODA AUTO",
            "„Nová Huť“|nova hut",
            "Polskich Kruszyw|Polskie Kruszywa",
            "Škodě Auto|Škoda Auto",
            "«Яндексе»|Яндекс",
            "Ромашки|ООО Ромашка",
            "Českou spořitelnou|Česká spořitelna a.s.",
            "der Deutschen Bahn|Deutsche Bahn AG",
            "společnosti Kofola|Kofola a.s."})
    void sameCompany(String a, String b) {
        assertThat(CompanyKeys.sameCompany(a, b)).isTrue();
        assertThat(CompanyKeys.sameCompany(b, a)).isTrue();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            "Polské Banky|Polskie Kruszywa",
            "Acme|Acme Rockets",
            "Alfa|Beta",
            "ČEZ|ČSOB",
            "Nova|Novartis"})
    void differentCompanies(String a, String b) {
        assertThat(CompanyKeys.sameCompany(a, b)).isFalse();
    }

    @Test
    void keysDropLegalFormsAndPrefixesFindInflectedForms() {
        assertThat(CompanyKeys.key("Polskie Kruszywa Sp. z o.o.")).isEqualTo("polskie kruszywa");
        assertThat(CompanyKeys.key("s.r.o.")).isEqualTo("s r o");
        assertThat(CompanyKeys.key("  ")).isNull();
        assertThat(CompanyKeys.firstTokenPrefix(CompanyKeys.key("Škodě Auto")))
                .isEqualTo(CompanyKeys.firstTokenPrefix(CompanyKeys.key("ŠKODA AUTO a.s.")));
        assertThat(CompanyKeys.lookupPrefixes("cezu")).containsExactly("cezu", "cez");
        assertThat(CompanyKeys.lookupPrefixes("der deutschen bahn")).containsExactly("der", "deut", "deu");
        assertThat(CompanyKeys.displayName(" «Яндекс» ")).isEqualTo("Яндекс");
    }
}
