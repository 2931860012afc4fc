package dev.switchboard.hub.home;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class SettingsCheckTest {

    @Test
    void everyProblemOfEverySettingsRecordIsReportedTogether() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("switchboard.crm.default-phone-region", "czech")
                .withProperty("switchboard.crm.owners[0].id", "jana")
                .withProperty("switchboard.routes.scan-interval", "often")
                .withProperty("switchboard.http.max-body-size", "lots");

        assertThatThrownBy(() -> new SettingsCheck().postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("4 problem(s)")
                .hasMessageContaining("switchboard.crm.default-phone-region = czech: must be a two-letter ISO 3166 region")
                .hasMessageContaining("switchboard.crm.owners[0].name = null: must not be blank")
                .hasMessageContaining("switchboard.routes.scan-interval = often")
                .hasMessageContaining("switchboard.http.max-body-size = lots");
    }

    @Test
    void validSettingsPass() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("switchboard.crm.default-phone-region", "CZ")
                .withProperty("switchboard.routes.scan-interval", "2s");
        assertThatCode(() -> new SettingsCheck().postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
