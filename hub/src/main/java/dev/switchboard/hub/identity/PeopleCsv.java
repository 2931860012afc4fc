package dev.switchboard.hub.identity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The batch dedupe CSV (RFC 4180: quoted fields may hold commas and line breaks). Input header:
 * {@code record_id,source,first_name,last_name,email,phone,company,city}, in this order; more
 * columns after them are allowed and ignored. Output: {@code record_id,cluster_id}.
 */
public final class PeopleCsv {

    /** The input columns, in order. */
    public static final List<String> COLUMNS = List.of("record_id", "source", "first_name", "last_name", "email",
            "phone", "company", "city");

    private PeopleCsv() {
    }

    /** A problem with the CSV, naming the line (1 is the header). */
    public static final class BadCsvException extends IllegalArgumentException {

        private final long line;

        BadCsvException(long line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /** @throws BadCsvException for a wrong header, a row with another number of columns, a missing or repeated record id */
    public static List<PersonRecord> read(Reader csv) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(csv)) {
            List<PersonRecord> people = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int width = -1;
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (width < 0) {
                    width = header(row, line);
                    continue;
                }
                people.add(person(row, line, width, ids));
            }
            if (width < 0) {
                throw new BadCsvException(1, "empty; expected the header " + String.join(",", COLUMNS));
            }
            return people;
        } catch (IOException | UncheckedIOException e) {
            throw new BadCsvException(0, "not readable as CSV: " + e.getMessage());
        }
    }

    private static int header(CSVRecord row, long line) {
        List<String> names = row.stream().map(String::strip).toList();
        if (names.size() < COLUMNS.size() || !names.subList(0, COLUMNS.size()).equals(COLUMNS)) {
            throw new BadCsvException(line, "the header must be " + String.join(",", COLUMNS) + ", not " + String.join(",", names));
        }
        return names.size();
    }

    private static PersonRecord person(CSVRecord row, long line, int width, Set<String> ids) {
        if (row.size() != width) {
            throw new BadCsvException(line, row.size() + " columns, the header has " + width);
        }
        String id = blankToNull(row.get(0));
        if (id == null) {
            throw new BadCsvException(line, "record_id is empty");
        }
        if (!ids.add(id)) {
            throw new BadCsvException(line, "record_id '" + id + "' appears twice");
        }
        return new PersonRecord(id, blankToNull(row.get(1)), blankToNull(row.get(2)), blankToNull(row.get(3)),
                blankToNull(row.get(4)), blankToNull(row.get(5)), blankToNull(row.get(6)), blankToNull(row.get(7)));
    }

    /** Writes {@code record_id,cluster_id}, one line per record in the order of {@code clusters}. */
    public static void write(Map<String, String> clusters, Appendable out) throws IOException {
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get().print(out)) {
            printer.printRecord("record_id", "cluster_id");
            for (Map.Entry<String, String> e : clusters.entrySet()) {
                printer.printRecord(e.getKey(), e.getValue());
            }
            printer.flush();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
