package dev.switchboard.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int validate() throws Exception {
        return new ValidateCommand(new PrintStream(printed, true, StandardCharsets.UTF_8)).run(home);
    }

    @Test
    void theRepositorysOwnHomeIsValid() throws Exception {
        Path repo = Path.of(System.getProperty("switchboard.test.repo-root"));
        int code = new ValidateCommand(new PrintStream(printed, true, StandardCharsets.UTF_8)).run(repo);
        assertThat(code).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("0 problem(s)");
    }

    @Test
    void everyProblemIsPrintedWithFileAndLineAndTheExitCodeIsOne() throws Exception {
        Files.createDirectories(home.resolve("routes"));
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/application.yaml"), "switchboard:\n  crm: [\n");
        Files.writeString(home.resolve("routes/hello.camel.yaml"), """
                - route:
                    id: bonjour
                    routeConfigurationId: hub-error-handling
                    from:
                      uri: "timer:x"
                      steps:
                        - log: hi
                """);

        assertThat(validate()).isEqualTo(1);
        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("application.yaml is not valid YAML, line 3");
        assertThat(out).contains("routes/hello.camel.yaml:1: route id is 'bonjour'").contains("must equal the file name");
        assertThat(out).contains("1 route file(s) checked").contains("2 problem(s)");
    }

    @Test
    void aFormFileIsCheckedAgainstTheConfiguredOwners() throws Exception {
        Files.createDirectories(home.resolve("config/forms"));
        Files.writeString(home.resolve("config/application.yaml"), """
                switchboard:
                  crm:
                    owners:
                      - {id: jana, name: Jana}
                """);
        Files.writeString(home.resolve("config/forms/contact.yaml"), """
                fields: [{name: email, type: email}]
                owners:
                  rules:
                    - {emailDomain: [acme.cz], owner: jana}
                  default: {owner: nobody}
                auth: {mode: public}
                """);

        assertThat(validate()).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("config/forms/contact.yaml:5: unknown owner or team 'nobody'")
                .contains("1 problem(s)");
    }
}
