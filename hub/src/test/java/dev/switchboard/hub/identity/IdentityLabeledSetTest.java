package dev.switchboard.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The committed labeled set is exactly what the generator writes (so it can be regenerated, never hand-edited). */
class IdentityLabeledSetTest {

    @Test
    void committedSetIsTheGeneratorsOutput() throws Exception {
        try (InputStream committed = getClass().getResourceAsStream(LabeledPeopleGenerator.RESOURCE)) {
            assertThat(committed).as("run LabeledPeopleGenerator to write " + LabeledPeopleGenerator.RESOURCE).isNotNull();
            assertThat(new String(committed.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(new LabeledPeopleGenerator().csv());
        }
    }
}
