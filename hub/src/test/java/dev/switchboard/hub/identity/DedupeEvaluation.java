package dev.switchboard.hub.identity;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of {@link Clusterer} on a labeled set ({@link DedupeScore}):
 * the generated set in the test resources (region CZ), or a file.
 */
public final class DedupeEvaluation {

    public static void main(String[] args) throws IOException {
        System.out.println(evaluate().summary());
    }

    /** The generated labeled set, with phone region CZ. */
    static DedupeScore.Report evaluate() throws IOException {
        List<PersonRecord> records;
        Map<String, String> truth;
        try (Reader csv = open()) {
            records = PeopleCsv.read(csv);
        }
        try (Reader csv = open()) {
            truth = DedupeScore.truth(csv);
        }
        return DedupeScore.score(records, truth, new Clusterer("CZ").cluster(records));
    }

    /** A labeled file, with the phone region left to the clusterer. */
    static DedupeScore.Report evaluate(Path file) throws IOException {
        List<PersonRecord> records;
        Map<String, String> truth;
        try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            records = PeopleCsv.read(csv);
        }
        try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            truth = DedupeScore.truth(csv);
        }
        return DedupeScore.score(records, truth, new Clusterer(null).cluster(records));
    }

    private static Reader open() {
        return new InputStreamReader(DedupeEvaluation.class.getResourceAsStream(LabeledPeopleGenerator.RESOURCE),
                StandardCharsets.UTF_8);
    }
}
