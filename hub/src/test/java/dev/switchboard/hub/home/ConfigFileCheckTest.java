package dev.switchboard.hub.home;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileCheckTest {

    @TempDir
    Path dir;

    @Test
    void aSyntaxErrorNamesTheFileLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("application.yaml"), "switchboard:\n  crm:\n   a: 1\n  owners: [\n");
        assertThatThrownBy(() -> ConfigFileCheck.requireValidYaml(file))
                .hasMessageContaining(file.toString()).hasMessageContaining("line 5, column 1")
                .hasMessageContaining("expected the node content");
    }

    @Test
    void aValidOrMissingFilePasses() throws Exception {
        Path file = Files.writeString(dir.resolve("application.yaml"), "switchboard:\n  crm:\n    default-phone-region: CZ\n");
        assertThatCode(() -> ConfigFileCheck.requireValidYaml(file)).doesNotThrowAnyException();
        assertThatCode(() -> ConfigFileCheck.requireValidYaml(dir.resolve("absent.yaml"))).doesNotThrowAnyException();
    }
}
