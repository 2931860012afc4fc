package dev.switchboard.plugins.triggers.morph;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.switchboard.plugins.triggers.analysis.Fold;

/**
 * Writes {@code names/geonames-places.txt}, the towns of GeoNames' {@code cities15000} (every town of
 * 15,000 people or more, CC BY 4.0) that a company name is likely to stand beside, from the dump that
 * {@code tools/geonames/dump.py} reads out of Debian's {@code libgeonames0}. Run by
 * {@code tools/geonames/build}; see the plugin README.
 *
 * <p>Which towns: all of the countries where the five languages are spoken or that their news write
 * about most (the British Isles, the German-, Czech-, Slovak-, Polish- and Russian-speaking countries,
 * Ukraine, Belarus), the larger towns of the United States (100,000 people) and the large towns of the
 * rest of the world (300,000), each under its own name and its English, Czech, Polish, Russian and
 * German names, folded. Left out: a one-word name that any of the four dictionaries knows as a common
 * word ("March", "Most", "Reading", "Bath"), a given name or another word of the name lists
 * ("Victoria", "Sofia"), and names of fewer than three letters: there a capitalized word is
 * more often not the town.
 */
public final class GeoNamesPlaces {

    private static final Set<String> HOME = Set.of("GB", "IE", "DE", "AT", "CH", "CZ", "SK", "PL", "RU", "UA", "BY");
    private static final int US_MIN = 100_000;
    private static final int WORLD_MIN = 300_000;

    private GeoNamesPlaces() {
    }

    /**
     * Arguments: the output file, the other name lists whose words no town may repeat, then one dump
     * per language ({@code name, state, country code, population} tab-separated, the same towns in the
     * same order in each).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: GeoNamesPlaces OUT.txt --lists a.txt,b.txt DUMP.tsv...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Set<String> listed = new TreeSet<>();
        int first = 1;
        if ("--lists".equals(args[1])) {
            for (String file : args[2].split(",")) {
                for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith("#") && !entry.startsWith("[")) {
                        listed.add(entry.replace("*", ""));
                    }
                }
            }
            first = 3;
        }
        List<List<String[]>> dumps = new ArrayList<>();
        for (int i = first; i < args.length; i++) {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
                rows.add(line.split("\t", -1));
            }
            dumps.add(rows);
        }
        Dictionaries dictionaries = Dictionaries.shared();
        List<Morphology> readers = new ArrayList<>();
        for (String language : List.of("en", "de", "pl", "ru")) {
            readers.add(dictionaries.morphology(language));
        }
        Set<String> names = new TreeSet<>();
        int towns = dumps.get(0).size();
        int kept = 0;
        for (int t = 0; t < towns; t++) {
            String[] row = dumps.get(0).get(t);
            String country = row[2];
            long population = Long.parseLong(row[3]);
            boolean wanted = HOME.contains(country) || "US".equals(country) && population >= US_MIN
                    || population >= WORLD_MIN;
            if (!wanted) {
                continue;
            }
            kept++;
            for (List<String[]> dump : dumps) {
                String name = dump.get(t)[0].strip();
                String folded = Fold.fold(name).replace('’', '\'');
                if (usable(name, folded, readers, listed)) {
                    names.add(folded);
                }
            }
        }
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("# Towns from GeoNames (https://www.geonames.org, cities15000, CC BY 4.0), folded; written by\n");
            writer.write("# GeoNamesPlaces (tools/geonames/build), do not edit: add a place by hand to places.txt.\n");
            writer.write("# " + kept + " towns of " + towns + ", " + names.size() + " names.\n");
            for (String name : names) {
                writer.write(name);
                writer.write('\n');
            }
        }
        System.out.println(kept + " towns, " + names.size() + " names -> " + out);
    }

    private static boolean usable(String name, String folded, List<Morphology> readers, Set<String> listed) {
        if (folded.codePoints().filter(Character::isLetter).count() < 3 || listed.contains(folded)
                || !Character.isUpperCase(name.codePointAt(0)) || folded.contains("(") || folded.contains(",")) {
            return false;
        }
        String[] words = name.split("[ \\-]+");
        int common = 0;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            for (Morphology reader : readers) {
                if (Morphology.common(reader.flags(lower)) || Morphology.common(reader.flags(word))
                        || listed.contains(Fold.fold(word))) {
                    common++;
                    break;
                }
            }
        }
        return common < words.length; // "Stare Miasto", "Most", "Nowa Wieś": every word a common one
    }
}
