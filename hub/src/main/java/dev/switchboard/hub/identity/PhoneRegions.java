package dev.switchboard.hub.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * The country in which a batch record's phone number written without {@code +country} is read, when
 * the caller names none: the country of the record's e-mail domain ({@code .cz}, {@code .pl},
 * {@code .de}, {@code .co.uk}, ...), else the country most of the batch's international numbers
 * belong to (a file exported from one country's CRM writes its own numbers nationally). A generic
 * domain ({@code .com}, {@code .eu}, {@code gmail.com}) says nothing.
 */
final class PhoneRegions {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Set<String> REGIONS = PHONES.getSupportedRegions();
    /** Country-code domains whose ISO 3166 code differs. */
    private static final Map<String, String> DOMAIN_REGIONS = Map.of("uk", "GB");

    private PhoneRegions() {
    }

    /** The region of the e-mail's country-code domain, else {@code fallback}. */
    static String forRecord(PersonRecord r, String fallback) {
        String region = ofEmail(r.email());
        return region != null ? region : fallback;
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

    /** The region most of the records' international numbers ({@code +420 ...}, {@code 0048 ...}) belong to, or {@code null}. */
    static String mostCommon(List<PersonRecord> records) {
        Map<String, Integer> counts = new HashMap<>();
        for (PersonRecord r : records) {
            String region = ofInternational(r.phone());
            if (region != null) {
                counts.merge(region, 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best) || e.getValue().equals(counts.get(best)) && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
            }
        }
        return best;
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
            String region = PHONES.getRegionCodeForNumber(PHONES.parse(value, "ZZ"));
            return region == null || region.equals("ZZ") || region.equals("001") ? null : region;
        } catch (NumberParseException e) {
            return null;
        }
    }
}
