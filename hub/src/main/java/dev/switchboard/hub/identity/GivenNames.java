package dev.switchboard.hub.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.switchboard.hub.crm.PersonNames;

/**
 * Given names that are one name ({@code identity/given-names.txt}): Bill and William, Honza and
 * Jan, Kasia and Katarzyna, Sasha and Aleksandr. Two names are one when a group lists both; a
 * diminutive of two names stands in both groups without joining them (Sasha is Aleksandr and
 * Aleksandra, who are not one name). Looked up by {@link PersonNames#skeleton sound skeleton}, so
 * each spelling of an entry is covered.
 */
final class GivenNames {

    static final String RESOURCE = "/identity/given-names.txt";
    private static final Set<String> DISTINCT = new HashSet<>();
    private static final Map<String, Set<Integer>> GROUPS = load();

    private GivenNames() {
    }

    /** Whether the table says two folded given-name tokens are two names though one letter apart (Francis, Frances). */
    static boolean distinct(String a, String b) {
        return DISTINCT.contains(PersonNames.skeleton(a) + " " + PersonNames.skeleton(b));
    }

    /** Whether two folded given-name tokens are one name by the table (not when they are equal: the caller knows that). */
    static boolean same(String a, String b) {
        Set<Integer> ga = GROUPS.get(PersonNames.skeleton(a));
        if (ga == null) {
            return false;
        }
        Set<Integer> gb = GROUPS.get(PersonNames.skeleton(b));
        if (gb == null) {
            return false;
        }
        for (Integer group : ga) {
            if (gb.contains(group)) {
                return true;
            }
        }
        return false;
    }

    /** A table word as a folded token would look it up: folded first (x is ks: Alexander is aleksander), then its skeleton. */
    private static String key(String word) {
        String folded = PersonNames.fold(word);
        return PersonNames.skeleton(folded == null ? word : folded);
    }

    private static Map<String, Set<Integer>> load() {
        Map<String, Set<Integer>> groups = new HashMap<>();
        try (InputStream in = GivenNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int group = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("!")) {
                    String[] names = text.substring(1).strip().split("\\s+");
                    for (String x : names) {
                        for (String y : names) {
                            if (!x.equals(y)) {
                                DISTINCT.add(key(x) + " " + key(y));
                            }
                        }
                    }
                    continue;
                }
                group++;
                for (String name : text.split("\\s+")) {
                    groups.computeIfAbsent(key(name), k -> new HashSet<>()).add(group);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }
}
