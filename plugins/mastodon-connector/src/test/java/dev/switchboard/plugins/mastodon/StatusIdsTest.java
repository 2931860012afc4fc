package dev.switchboard.plugins.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatusIdsTest {

    @Test
    void idsCompareAsNumbersWrittenInTextEvenBeyondALong() {
        List<String> ids = new ArrayList<>(List.of("99999999999999999999999", "103270115826048975", "9", "10",
                "113775392840172512", "0010"));
        ids.sort(StatusIds.ORDER);

        assertThat(ids).containsExactly("9", "10", "0010", "103270115826048975", "113775392840172512",
                "99999999999999999999999");
        assertThat(StatusIds.compare("10", "0010")).isZero();
        assertThat(StatusIds.isNewer("113775392840172512", "103270115826048975")).isTrue();
        assertThat(StatusIds.isNewer("9", "10")).isFalse();
        assertThat(StatusIds.isNewer("1", null)).isTrue();
        assertThat(StatusIds.max("9", "10")).isEqualTo("10");
        assertThat(StatusIds.max(null, "10")).isEqualTo("10");
        assertThat(StatusIds.max("10", null)).isEqualTo("10");
    }

    @Test
    void fixedLengthAlphanumericIdsOrderAsText() {
        assertThat(StatusIds.compare("AcDUG7VZgBkQ5WpAiE", "AcDUG7VZgBkQ5WpAiF")).isNegative();
    }
}
