package dev.switchboard.hub.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The country in which a batch record's phone number written without {@code +country} is read, when
 * the caller names none. A national number is ambiguous, so it is first tried in the country of the
 * record's e-mail domain ({@code .cz}, {@code .pl}, {@code .co.uk}, ...; a generic domain such as
 * {@code .com} or {@code gmail.com} says nothing) and then in each country of the batch's
 * international numbers, most frequent first: the first country in which it is a number another
 * record of the batch wrote internationally wins (8 925 440 18 73 of a Moscow record is the
 * +7 925 440 18 73 of another). Else the e-mail's country, else the batch's most common one (a file
 * exported from one country's CRM writes its own numbers nationally).
 */
final class PhoneRegions {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Set<String> REGIONS = PHONES.getSupportedRegions();
    /** Country-code domains whose ISO 3166 code differs. */
    private static final Map<String, String> DOMAIN_REGIONS = Map.of("uk", "GB");

    private PhoneRegions() {
    }

    /**
     * @param regions  the batch's countries, most frequent first ({@link #byFrequency})
     * @param known    the batch's international numbers in E.164 ({@link #international})
     */
    static String forRecord(PersonRecord r, List<String> regions, Set<String> known) {
        String email = ofEmail(r.email());
        if (r.phone() != null && ofInternational(r.phone()) == null && !known.isEmpty()) {
            List<String> tried = new ArrayList<>();
            if (email != null) {
                tried.add(email);
            }
            tried.addAll(regions);
            for (String region : tried) {
                String e164 = PreparedPerson.phone(r.phone(), region);
                if (e164 != null && known.contains(e164)) {
                    return region;
                }
            }
        }
        return email != null ? email : regions.isEmpty() ? null : regions.get(0);
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
