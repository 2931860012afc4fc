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
        assertThat(run(csv.toString())).as("without a region, the batch's own country (+420) reads 601123456").isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("record_id,cluster_id\n1,1\n2,1\n3,3\n");
    }

    @Test
    void withoutARegionANationalNumberIsReadInItsEmailCountryElseTheBatchsCountry() throws Exception {
        Path csv = file("""
                record_id,source,first_name,last_name,email,phone,company,city
                1,erp,Anna,Nowak,,+48 601 123 456,,
                2,web,Anna,Nowak,anna.nowak@gmail.com,601 123 456,,
                3,erp,Jan,Novák,,+420 601 123 456,,
                4,web,Jan,Novák,jan@firma.cz,601123456,,
                5,erp,Ewa,Lis,,+48 512 000 111,,
                6,web,Jan,Novák,,777 000 111,,
                7,erp,Jan,Novák,,+420 777 000 111,,
                8,erp,Ola,Kot,,+48 600 100 200,,
                """);
        assertThat(run(csv.toString())).isZero();
        // 2: a generic domain, so tried in the batch's countries, most common first (PL: three +48
        // against two +420): the +48 of 1; 4: its .cz domain; 6: not a Polish number of the batch,
        // but the Czech +420 of 7
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("record_id,cluster_id\n1,1\n2,1\n3,3\n4,3\n5,5\n6,6\n7,6\n8,8\n");
    }

    @Test
    void scoresALabeledFilePairwiseAndListsTheWrongClusters() throws Exception {
        Path csv = file("""
                record_id,source,first_name,last_name,email,phone,company,city,person_id
                1,erp,Petr,Svoboda,petr@alfa.cz,,Alfa a.s.,Brno,A
                2,web,Petr,Svoboda,PETR@alfa.cz,,,,A
                3,web,Petr,Svoboda,p.svoboda@seznam.cz,,,,A
                4,erp,Jana,Malá,info@beta.cz,,Beta,,B
                5,erp,Jana,Malá,info@beta.cz,,Beta,,C
                """);
        assertThat(run("--score", "--errors", csv.toString())).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        // true pairs: 1-2, 1-3, 2-3 (A); predicted: 1-2 and 4-5 (the same name at one mailbox)
        assertThat(printed).contains("5 records, 3 people, 3 true pairs, 2 predicted, 1 correct: "
                + "precision 0.5000, recall 0.3333, F1 0.4000");
        assertThat(printed).contains("MERGED cluster 4").contains("SPLIT person A");
        assertThat(printed.lines().filter(l -> l.startsWith("  ")).count()).isEqualTo(5);
    }

    @Test
    void scoringAFileWithoutTruthIsExit1() throws Exception {
        Path csv = file("record_id,source,first_name,last_name,email,phone,company,city\n1,erp,Jan,Novák,,,,\n");
        assertThat(run("--score", csv.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no person_id column");
        assertThat(run("--errors", csv.toString())).isEqualTo(2);
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
