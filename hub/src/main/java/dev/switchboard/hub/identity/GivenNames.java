package dev.switchboard.hub.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import dev.switchboard.hub.crm.PersonNames;

/**
 * Given names that are one name ({@code identity/given-names.txt}): Bill and William, Honza and
 * Jan, Kasia and Katarzyna, Sasha and Aleksandr. Looked up by {@link PersonNames#skeleton sound
 * skeleton}, so each spelling of an entry is covered.
 */
final class GivenNames {

    static final String RESOURCE = "/identity/given-names.txt";
    private static final Map<String, Integer> GROUPS = load();

    private GivenNames() {
    }

    /** Whether two folded given-name tokens are one name by the table (not when they are equal: the caller knows that). */
    static boolean same(String a, String b) {
        Integer ga = GROUPS.get(PersonNames.skeleton(a));
        return ga != null && ga.equals(GROUPS.get(PersonNames.skeleton(b)));
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> groups = new HashMap<>();
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
                group++;
                Integer joined = null;
                String[] names = text.split("\\s+");
                for (String name : names) {
                    joined = joined != null ? joined : groups.get(PersonNames.skeleton(name));
                }
                int id = joined != null ? joined : group;
                for (String name : names) {
                    Integer before = groups.put(PersonNames.skeleton(name), id);
                    if (before != null && before != id) {
                        groups.replaceAll((k, v) -> v.equals(before) ? id : v);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }
}
