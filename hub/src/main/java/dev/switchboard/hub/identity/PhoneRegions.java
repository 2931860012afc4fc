package dev.switchboard.hub.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.switchboard.hub.crm.PersonNames;

/**
 * The country in which a batch record's phone number written without {@code +country} is read, when
 * the caller names none. A national number is ambiguous, so it is first tried in the country of the
 * record's e-mail domain ({@code .cz}, {@code .pl}, {@code .co.uk}, ...; a generic domain such as
 * {@code .com} or {@code gmail.com} says nothing) and then in each country of the batch's
 * international numbers, most frequent first: the first country in which it is a number another
 * record of the batch wrote internationally wins (8 925 440 18 73 of a Moscow record is the
 * +7 925 440 18 73 of another). Else the e-mail's country, else the country of the record's city
 * as the batch itself tells it (Gdynia is in Poland when the other Gdynia records of the batch have
 * Polish numbers or {@code .pl} addresses), else the batch's most common one (a file exported from
 * one country's CRM writes its own numbers nationally).
 */
final class PhoneRegions {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Set<String> REGIONS = PHONES.getSupportedRegions();
    /** Country-code domains whose ISO 3166 code differs. */
    private static final Map<String, String> DOMAIN_REGIONS = Map.of("uk", "GB");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** More votes first, then the alphabetically first country. */
    private static final Comparator<Map.Entry<String, Integer>> BY_VOTES = Comparator
            .<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());

    private PhoneRegions() {
    }

    /**
     * What a batch tells about its countries, computed once per batch.
     *
     * @param regions the batch's countries, most frequent first ({@link #byFrequency})
     * @param known   the batch's international numbers in E.164 ({@link #international})
     * @param cities  folded city to the country its records name most often ({@link #byCity})
     */
    record Batch(List<String> regions, Set<String> known, Map<String, String> cities) {

        static Batch of(List<PersonRecord> records) {
            return new Batch(byFrequency(records), international(records), byCity(records));
        }
    }

    static String forRecord(PersonRecord r, Batch batch) {
        List<String> regions = batch.regions();
        Set<String> known = batch.known();
        String email = ofEmail(r.email());
        String city = batch.cities().get(cityKey(r.city()));
        if (r.phone() != null && ofInternational(r.phone()) == null && !known.isEmpty()) {
            List<String> tried = new ArrayList<>();
            if (email != null) {
                tried.add(email);
            }
            if (city != null) {
                tried.add(city);
            }
            tried.addAll(regions);
            for (String region : tried) {
                String e164 = PreparedPerson.phone(r.phone(), region);
                if (e164 != null && known.contains(e164)) {
                    return region;
                }
            }
        }
        return email != null ? email : city != null ? city : regions.isEmpty() ? null : regions.get(0);
    }

    /**
     * Each city's country by the batch's own records: the country of their international numbers,
     * else of their e-mail domains, the most frequent one (ties by name, so the answer does not
     * depend on the order of the input).
     */
    static Map<String, String> byCity(List<PersonRecord> records) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (PersonRecord r : records) {
            String city = cityKey(r.city());
            String region = ofInternational(r.phone());
            region = region != null ? region : ofEmail(r.email());
            if (city != null && region != null) {
                votes.computeIfAbsent(city, c -> new HashMap<>()).merge(region, 1, Integer::sum);
            }
        }
        Map<String, String> cities = new HashMap<>();
        votes.forEach((city, counts) -> cities.put(city, counts.entrySet().stream()
                .max(BY_VOTES).orElseThrow().getKey()));
        return cities;
    }

    /** A city as written, folded and without district numbers: Praha 4 is Praha. */
    private static String cityKey(String city) {
        String folded = PersonNames.fold(city);
        if (folded == null) {
            return null;
        }
        String key = DIGITS.matcher(folded).replaceAll("").strip();
        return key.isEmpty() ? null : key;
    }

    /** The batch's international numbers ({@code +420 ...}, {@code 0048 ...}) in E.164. */
    static Set<String> international(List<PersonRecord> records) {
        Set<String> numbers = new HashSet<>();
        for (PersonRecord r : records) {
            if (ofInternational(r.phone()) != null) {
                String e164 = PreparedPerson.phone(r.phone(), null);
                if (e164 != null) {
                    numbers.add(e164);
                }
            }
        }
        return numbers;
    }

    static String ofEmail(String email) {
        if (email == null) {
            return null;
        }
        String value = email.strip();
        int dot = value.lastIndexOf('.');
        if (dot < 0 || value.indexOf('@') < 0 || dot < value.indexOf('@')) {
            return null;
        }
        String tld = value.substring(dot + 1).toLowerCase(Locale.ROOT);
        String region = DOMAIN_REGIONS.getOrDefault(tld, tld.toUpperCase(Locale.ROOT));
        return tld.length() == 2 && REGIONS.contains(region) ? region : null;
    }

    /** The regions of the records' international numbers ({@code +420 ...}, {@code 0048 ...}), most frequent first. */
    static List<String> byFrequency(List<PersonRecord> records) {
        Map<String, Integer> counts = new HashMap<>();
        for (PersonRecord r : records) {
            String region = ofInternational(r.phone());
            if (region != null) {
                counts.merge(region, 1, Integer::sum);
            }
        }
        List<String> regions = new ArrayList<>(counts.keySet());
        regions.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
        return regions;
    }

    private static String ofInternational(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip().replaceFirst("^00(?=[1-9])", "+");
        if (!value.startsWith("+")) {
            return null;
        }
        try {
            PhoneNumber number = PHONES.parse(value, "ZZ");
            String region = PHONES.getRegionCodeForNumber(number);
            if (region == null) {
                // a number outside the assigned ranges (a new range, or a range kept for fiction such
                // as the UK's 07700 900xxx) still names its country by its code
                region = PHONES.getRegionCodeForCountryCode(number.getCountryCode());
            }
            return region == null || region.equals("ZZ") || region.equals("001") ? null : region;
        } catch (NumberParseException e) {
            return null;
        }
    }
}
