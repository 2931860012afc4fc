package dev.switchboard.plugins.triggers.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Polskie Kruszywa | Polskich Kruszyw | true",
            "Škoda Auto | Škodě Auto | true",
            "Яндекс | Яндексе | true",
            "Komerční banka | Komerční banky | true",
            "ACME | acme | true",
            "Alfa Bank | Alfa Laval | false",
            "Ika | Ikea | false",
            "Acme Robotics | Acme | false"})
    void comparesLeniently(String a, String b, boolean same) {
        assertThat(CompanyKey.same(a, b)).isEqualTo(same);
    }
}
