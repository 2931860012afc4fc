package dev.switchboard.hub.identity;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Pairwise precision, recall and F1 of {@link Clusterer} on the labeled set (region CZ): a pair of
 * records is predicted when it shares a cluster, true when it shares a {@code person_id}.
 */
public final class DedupeEvaluation {

    /** The figures. */
    record Figures(int records, int people, long truePairs, long predictedPairs, long correctPairs) {

        double precision() {
            return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
        }

        double recall() {
            return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
        }

        double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d records, %d people, %d true pairs, %d predicted, %d correct: "
                    + "precision %.4f, recall %.4f, F1 %.4f", records, people, truePairs, predictedPairs, correctPairs,
                    precision(), recall(), f1());
        }
    }

    public static void main(String[] args) throws IOException {
        System.out.println(evaluate());
    }

    static Figures evaluate() throws IOException {
        List<PersonRecord> records;
        Map<String, String> truth = new HashMap<>();
        try (Reader csv = open()) {
            records = PeopleCsv.read(csv);
        }
        try (Reader csv = open()) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().get().parse(csv)) {
                truth.put(row.get("record_id"), row.get("person_id"));
            }
        }
        Map<String, String> clusters = new Clusterer("CZ").cluster(records);
        Map<String, Integer> byPerson = new HashMap<>();
        Map<String, Integer> byCluster = new HashMap<>();
        Map<String, Integer> byBoth = new HashMap<>();
        for (PersonRecord r : records) {
            byPerson.merge(truth.get(r.recordId()), 1, Integer::sum);
            byCluster.merge(clusters.get(r.recordId()), 1, Integer::sum);
            byBoth.merge(truth.get(r.recordId()) + "|" + clusters.get(r.recordId()), 1, Integer::sum);
        }
        return new Figures(records.size(), byPerson.size(), pairs(byPerson), pairs(byCluster), pairs(byBoth));
    }


    private static long pairs(Map<String, Integer> groups) {
        return groups.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    }

    private static Reader open() {
        return new InputStreamReader(DedupeEvaluation.class.getResourceAsStream(LabeledPeopleGenerator.RESOURCE),
                StandardCharsets.UTF_8);
    }
}
