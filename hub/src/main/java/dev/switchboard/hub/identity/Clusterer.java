package dev.switchboard.hub.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.switchboard.hub.crm.PersonNames;

/**
 * Batch dedupe without a database: the {@link PersonComparator} rules applied to the pairs that
 * share a blocking key (e-mail, phone, or a surname within one typo of any name token of the
 * other), then joined transitively with union-find, strongest link first (same e-mail, then phone,
 * then name and company). Two groups are not joined when a record of one and a record of the other
 * {@link PersonComparator#cannotBeOne cannot be one person} (Jan Novák st. and ml.; Christine and
 * Christopher; Kováč and Kováčová; martin.novak@ and martin.novak2@): each link may be right on its
 * own and the chain through them still wrong (a son's record carries his father's landline; "Chris"
 * at one company is Christine or Christopher). A cluster's id is the smallest record id in it
 * (numeric ids compared as numbers), so the answer does not depend on the order of the input.
 */
public final class Clusterer {

    /** A surname key shared by more records than this is too common to block on (a typo variant such as "ova"). */
    static final int MAX_NAME_BLOCK = 5_000;
    /** An e-mail used by more records than this is a shared mailbox without looking at the names. */
    private static final int MAX_MAILBOX_CHECK = 50;
    /** Groups so large that checking every cross pair would cost too much are joined unchecked. */
    private static final long MAX_CLASH_CHECKS = 10_000;

    private final String phoneRegion;
    private final PersonComparator comparator = new PersonComparator();

    /**
     * @param phoneRegion ISO 3166 region for phone numbers written without a country code, or
     *                    {@code null}: then each record's e-mail country, else the batch's most common
     *                    country ({@link PhoneRegions})
     */
    public Clusterer(String phoneRegion) {
        this.phoneRegion = phoneRegion;
    }

    /**
     * @param records records with distinct, non-null record ids
     * @return record id to cluster id, in input order
     */
    public Map<String, String> cluster(List<PersonRecord> records) {
        PhoneRegions.Batch batch = phoneRegion != null ? null : PhoneRegions.Batch.of(records);
        List<PreparedPerson> people = records.stream().map(r -> PreparedPerson.of(r,
                phoneRegion != null ? phoneRegion : PhoneRegions.forRecord(r, batch))).toList();
        Map<String, List<Integer>> byEmail = index(people, p -> p.email() == null ? List.of() : List.of(p.email()));
        Map<String, List<Integer>> byPhone = index(people, p -> p.phone() == null ? List.of() : List.of(p.phone()));
        Map<String, List<Integer>> bySurname = index(people, Clusterer::surnameKeys);
        Set<String> shared = sharedMailboxes(people, byEmail);
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            PreparedPerson p = people.get(i);
            // each pair once: the rules are symmetric (a shared mailbox is shared for both sides)
            for (int j : candidates(p, byEmail, byPhone, bySurname)) {
                if (j > i) {
                    Optional<PersonComparator.Link> link = comparator.compare(p, people.get(j), shared.contains(p.email()));
                    if (link.isPresent()) {
                        edges.add(new Edge(i, j, link.get().score()));
                    }
                }
            }
        }
        edges.sort(Comparator.comparingDouble(Edge::score).reversed().thenComparingInt(Edge::a).thenComparingInt(Edge::b));
        UnionFind clusters = new UnionFind(people.size());
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (Edge edge : edges) {
            int ra = clusters.find(edge.a());
            int rb = clusters.find(edge.b());
            if (ra != rb) {
                List<Integer> left = members.getOrDefault(ra, List.of(ra));
                List<Integer> right = members.getOrDefault(rb, List.of(rb));
                if (!clash(people, left, right)) {
                    clusters.union(ra, rb);
                    List<Integer> joined = new ArrayList<>(left.size() + right.size());
                    joined.addAll(left);
                    joined.addAll(right);
                    members.remove(ra);
                    members.remove(rb);
                    members.put(clusters.find(ra), joined);
                }
            }
        }
        return clusterIds(records, clusters);
    }

    /** A link the rules found between two records of the batch, with its score. */
    private record Edge(int a, int b, double score) {
    }

    /** Whether a record of one group and a record of the other cannot be one person. */
    private static boolean clash(List<PreparedPerson> people, List<Integer> left, List<Integer> right) {
        if ((long) left.size() * right.size() > MAX_CLASH_CHECKS) {
            return false;
        }
        for (int x : left) {
            for (int y : right) {
                if (PersonComparator.cannotBeOne(people.get(x), people.get(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** E-mails that are role addresses, or that records with clearly different names use. */
    static Set<String> sharedMailboxes(List<PreparedPerson> people, Map<String, List<Integer>> byEmail) {
        Set<String> shared = new HashSet<>();
        byEmail.forEach((email, group) -> {
            if (PreparedPerson.generic(email) || group.size() > MAX_MAILBOX_CHECK || anyConflict(people, group)) {
                shared.add(email);
            }
        });
        return shared;
    }

    private static boolean anyConflict(List<PreparedPerson> people, List<Integer> group) {
        for (int x = 0; x < group.size(); x++) {
            for (int y = x + 1; y < group.size(); y++) {
                if (PersonComparator.differentPeople(people.get(group.get(x)), people.get(group.get(y)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<Integer> candidates(PreparedPerson p, Map<String, List<Integer>> byEmail,
                                           Map<String, List<Integer>> byPhone, Map<String, List<Integer>> bySurname) {
        Set<Integer> candidates = new HashSet<>();
        candidates.addAll(byEmail.getOrDefault(p.email(), List.of()));
        candidates.addAll(byPhone.getOrDefault(p.phone(), List.of()));
        Set<String> keys = new HashSet<>(PersonNames.lookupKeys(String.join(" ", p.first()), String.join(" ", p.last())));
        keys.addAll(feminineStems(p.last()));
        for (String key : keys) {
            List<Integer> block = bySurname.getOrDefault(key, List.of());
            if (block.size() <= MAX_NAME_BLOCK) {
                candidates.addAll(block);
            }
        }
        return candidates;
    }

    /** A surname's blocking keys: its tokens within one deletion, and the stems of a feminine form. */
    private static Set<String> surnameKeys(PreparedPerson p) {
        Set<String> keys = new HashSet<>(PersonNames.blockingKeys(String.join(" ", p.last())));
        keys.addAll(feminineStems(p.last()));
        return keys;
    }

    /**
     * Keys that bring two feminine forms of one surname together although they are more than one
     * edit apart: Sokolova and its Czech form Sokolovová (stem "sokolov" of both).
     */
    private static List<String> feminineStems(List<String> last) {
        List<String> stems = new ArrayList<>();
        for (String token : last) {
            if (token.length() > 5 && (token.endsWith("ova") || token.endsWith("eva") || token.endsWith("ina"))) {
                stems.add("~" + token.substring(0, token.length() - 1));
                if (token.endsWith("ova")) {
                    stems.add("~" + token.substring(0, token.length() - 3));
                }
            }
        }
        return stems;
    }

    private static Map<String, List<Integer>> index(List<PreparedPerson> people,
                                                    java.util.function.Function<PreparedPerson, ? extends Iterable<String>> keys) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            for (String key : keys.apply(people.get(i))) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        return index;
    }

    private static Map<String, String> clusterIds(List<PersonRecord> records, UnionFind clusters) {
        Map<Integer, String> smallest = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            smallest.merge(clusters.find(i), records.get(i).recordId(),
                    (x, y) -> RECORD_IDS.compare(x, y) <= 0 ? x : y);
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            ids.put(records.get(i).recordId(), smallest.get(clusters.find(i)));
        }
        return ids;
    }

    /** Numeric ids as numbers (9 before 10), others as text, numbers first. */
    static final Comparator<String> RECORD_IDS = (x, y) -> {
        boolean nx = asciiDigits(x);
        boolean ny = asciiDigits(y);
        if (nx && ny) {
            String a = withoutLeadingZeros(x);
            String b = withoutLeadingZeros(y);
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        return nx != ny ? (nx ? -1 : 1) : x.compareTo(y);
    };

    /** One or more of 0-9 and nothing else (compared once per record: no regular expression). */
    private static boolean asciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** The number without its leading zeros, keeping the last digit ("007" is "7", "000" is "0"). */
    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
