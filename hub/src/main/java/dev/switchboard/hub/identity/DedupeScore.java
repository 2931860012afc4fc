package dev.switchboard.hub.identity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Pairwise quality of a batch dedupe against a labeled file: the dedupe CSV with one more column,
 * {@code person_id}, the truth (records of one real person share it). A pair of records is
 * predicted when it shares a cluster, true when it shares a person id.
 */
public final class DedupeScore {

    /** The truth column of a labeled file. */
    public static final String TRUTH_COLUMN = "person_id";

    private DedupeScore() {
    }

    /**
     * The figures, and the clusters that are wrong.
     *
     * @param merged  predicted clusters holding more than one person: each as its records
     * @param split   people spread over more than one cluster: each as its records
     */
    public record Report(int records, int people, long truePairs, long predictedPairs, long correctPairs,
                         List<List<PersonRecord>> merged, List<List<PersonRecord>> split) {

        public double precision() {
            return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
        }

        public double recall() {
            return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** One line of figures. */
        public String summary() {
            return String.format(Locale.ROOT, "%d records, %d people, %d true pairs, %d predicted, %d correct: "
                            + "precision %.4f, recall %.4f, F1 %.4f", records, people, truePairs, predictedPairs,
                    correctPairs, precision(), recall(), f1());
        }
    }

    /**
     * The person id of every record of a labeled file, by record id.
     *
     * @throws PeopleCsv.BadCsvException when the header has no {@code person_id} column or a row leaves it empty
     */
    public static Map<String, String> truth(Reader csv) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setHeader()
                .setTrim(true).get().parse(csv)) {
            if (!parser.getHeaderMap().containsKey(TRUTH_COLUMN)) {
                throw new PeopleCsv.BadCsvException(1, "no " + TRUTH_COLUMN + " column: a labeled file is the dedupe "
                        + "CSV with the person id of each record in a column " + TRUTH_COLUMN);
            }
            Map<String, String> truth = new HashMap<>();
            for (CSVRecord row : parser) {
                String person = row.isMapped(TRUTH_COLUMN) && row.isSet(TRUTH_COLUMN) ? row.get(TRUTH_COLUMN) : "";
                if (person.isBlank()) {
                    throw new PeopleCsv.BadCsvException(parser.getCurrentLineNumber(), TRUTH_COLUMN + " is empty");
                }
                truth.put(row.get(0).strip(), person.strip());
            }
            return truth;
        } catch (IOException | UncheckedIOException e) {
            throw new PeopleCsv.BadCsvException(0, "not readable as CSV: " + e.getMessage());
        }
    }

    /**
     * @param records   the records, as read by {@link PeopleCsv#read}
     * @param truth     person id by record id, for every record
     * @param clusters  cluster id by record id, for every record
     */
    public static Report score(List<PersonRecord> records, Map<String, String> truth, Map<String, String> clusters) {
        Map<String, List<PersonRecord>> byPerson = new LinkedHashMap<>();
        Map<String, List<PersonRecord>> byCluster = new LinkedHashMap<>();
        Map<String, Integer> byBoth = new HashMap<>();
        for (PersonRecord r : records) {
            String person = truth.get(r.recordId());
            String cluster = clusters.get(r.recordId());
            byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(r);
            byCluster.computeIfAbsent(cluster, k -> new ArrayList<>()).add(r);
            byBoth.merge(person + "\u0000" + cluster, 1, Integer::sum);
        }
        List<List<PersonRecord>> merged = byCluster.values().stream()
                .filter(group -> group.stream().map(r -> truth.get(r.recordId())).distinct().count() > 1).toList();
        List<List<PersonRecord>> split = byPerson.values().stream()
                .filter(group -> group.stream().map(r -> clusters.get(r.recordId())).distinct().count() > 1).toList();
        return new Report(records.size(), byPerson.size(), pairs(sizes(byPerson)), pairs(sizes(byCluster)),
                pairs(byBoth), merged, split);
    }

    /** The wrong clusters, one record per line under a heading, for a person to read. */
    public static void printErrors(Report report, Map<String, String> truth, Map<String, String> clusters, Appendable out)
            throws IOException {
        for (List<PersonRecord> group : report.merged()) {
            out.append("MERGED cluster ").append(clusters.get(group.get(0).recordId()))
                    .append(": different people in one cluster\n");
            print(group, truth, clusters, out);
        }
        for (List<PersonRecord> group : report.split()) {
            out.append("SPLIT person ").append(truth.get(group.get(0).recordId()))
                    .append(": one person in several clusters\n");
            print(group, truth, clusters, out);
        }
    }

    private static void print(List<PersonRecord> group, Map<String, String> truth, Map<String, String> clusters,
                              Appendable out) throws IOException {
        Map<String, List<PersonRecord>> ordered = new TreeMap<>();
        for (PersonRecord r : group) {
            ordered.computeIfAbsent(clusters.get(r.recordId()) + "/" + truth.get(r.recordId()), k -> new ArrayList<>()).add(r);
        }
        for (List<PersonRecord> part : ordered.values()) {
            for (PersonRecord r : part) {
                out.append(String.format(Locale.ROOT, "  %-8s cluster %-8s person %-8s | %s %s | %s | %s | %s | %s%n",
                        r.recordId(), clusters.get(r.recordId()), truth.get(r.recordId()), text(r.firstName()),
                        text(r.lastName()), text(r.email()), text(r.phone()), text(r.company()), text(r.city())));
            }
        }
    }

    private static String text(String value) {
        return value == null ? "-" : value;
    }

    private static Map<String, Integer> sizes(Map<String, List<PersonRecord>> groups) {
        Map<String, Integer> sizes = new HashMap<>();
        groups.forEach((k, v) -> sizes.put(k, v.size()));
        return sizes;
    }

    private static long pairs(Map<String, Integer> groups) {
        return groups.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    }
}
