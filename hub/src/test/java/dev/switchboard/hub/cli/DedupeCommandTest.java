package dev.switchboard.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchboard dedupe FILE.csv}, called directly: stdout, stderr and the exit code. */
class DedupeCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new DedupeCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    private Path file(String csv) throws Exception {
        return Files.writeString(dir.resolve("people.csv"), csv);
    }

    @Test
    void printsTheClusterOfEveryRecordWithTheRegionForNationalNumbers() throws Exception {
        Path csv = file("""
                record_id,source,first_name,last_name,email,phone,company,city
                1,erp,Petr,Svoboda,,+420 601 123 456,"Alfa, a.s.",Brno
                2,web,Petr,Svoboda,,601123456,,
                3,web,Petra,Svobodová,,601 123 456,,
                """);
        assertThat(run("--region", "CZ", csv.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("record_id,cluster_id\n1,1\n2,1\n3,3\n");
        out.reset();
        assertThat(run(csv.toString())).as("without a region, 601123456 is no phone number").isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("record_id,cluster_id\n1,1\n2,2\n3,3\n");
    }

    @Test
    void aBadFileIsExit1WithTheLine() throws Exception {
        Path csv = file("record_id,source,first_name,last_name,email,phone,company,city\n1,erp,Jan\n");
        assertThat(run(csv.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("people.csv:2: 3 columns, the header has 8");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void usageErrorsAreExit2() {
        assertThat(run()).isEqualTo(2);
        assertThat(run(dir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(run("--region", "Czechia", "x.csv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: switchboard dedupe");
    }
}
