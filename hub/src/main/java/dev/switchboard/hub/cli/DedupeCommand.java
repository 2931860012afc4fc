package dev.switchboard.hub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.switchboard.hub.identity.Clusterer;
import dev.switchboard.hub.identity.DedupeScore;
import dev.switchboard.hub.identity.PeopleCsv;
import dev.switchboard.hub.identity.PersonRecord;

/**
 * {@code switchboard dedupe [--region CZ] FILE.csv}: clusters the people of a CSV file with the
 * identity rules, in memory (no hub, no database), and prints {@code record_id,cluster_id} to
 * standard output. Exit 0; 1 when the file is not valid (the problem, with its line, on standard
 * error); 2 for a usage error or an unreadable file.
 *
 * <p>{@code switchboard dedupe --score [--errors] [--region CZ] LABELED.csv} clusters a labeled
 * file (the same CSV with a {@code person_id} column holding the truth) and prints pairwise
 * precision, recall and F1 instead; {@code --errors} also lists the wrong clusters.
 */
public final class DedupeCommand {

    static final String USAGE = "usage: switchboard dedupe [--region CC] FILE.csv\n"
            + "       switchboard dedupe --score [--errors] [--region CC] LABELED.csv   (LABELED.csv: the same columns "
            + "and person_id, the truth; prints pairwise precision, recall and F1)\n"
            + "  CC: ISO 3166 region for phone numbers written without +country, e.g. CZ; default: each record's "
            + "e-mail country, else the batch's most common country";

    private final PrintStream out;
    private final PrintStream err;

    public DedupeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @return the process exit code */
    public int run(List<String> args) {
        String region = null;
        Path file = null;
        boolean score = false;
        boolean errors = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--score")) {
                score = true;
            } else if (arg.equals("--errors")) {
                errors = true;
            } else if (arg.equals("--region") && i + 1 < args.size()) {
                region = args.get(++i);
            } else if (arg.startsWith("--region=")) {
                region = arg.substring("--region=".length());
            } else if (file == null && !arg.startsWith("--")) {
                file = Path.of(arg);
            } else {
                return usage("unexpected argument '" + arg + "'");
            }
        }
        if (file == null) {
            return usage("no FILE.csv given");
        }
        if (region != null && !region.matches("[A-Za-z]{2}")) {
            return usage("--region must be a two-letter ISO 3166 region such as CZ, not '" + region + "'");
        }
        if (errors && !score) {
            return usage("--errors goes with --score");
        }
        return dedupe(file, region == null ? null : region.toUpperCase(java.util.Locale.ROOT), score, errors);
    }

    private int dedupe(Path file, String region, boolean score, boolean errors) {
        try {
            // read once: a labeled file is parsed twice, for the records and for their truth
            String csv = Files.readString(file, StandardCharsets.UTF_8);
            List<PersonRecord> people = PeopleCsv.read(new StringReader(csv));
            Map<String, String> truth = score ? DedupeScore.truth(new StringReader(csv)) : null;
            Map<String, String> clusters = new Clusterer(region).cluster(people);
            if (score) {
                DedupeScore.Report report = DedupeScore.score(people, truth, clusters);
                out.println("dedupe " + file + ": " + report.summary());
                if (errors) {
                    DedupeScore.printErrors(report, truth, clusters, out);
                }
            } else {
                PeopleCsv.write(clusters, out);
            }
            out.flush();
            return 0;
        } catch (PeopleCsv.BadCsvException e) {
            err.println("switchboard dedupe: " + file + ":" + e.getMessage().replaceFirst("^line ", ""));
            return 1;
        } catch (IOException e) {
            err.println("switchboard dedupe: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }

    private int usage(String problem) {
        err.println("switchboard dedupe: " + problem + "\n" + USAGE);
        return 2;
    }
}
