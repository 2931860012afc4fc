package dev.switchboard.hub.crm;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * How natural keys are normalized before they are stored and compared: text NFC and trimmed,
 * e-mail lower-cased, phone numbers in E.164 (libphonenumber), domains lower-cased without
 * {@code www.} and in their ASCII (punycode) form.
 */
public final class Normalization {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** Deliberately loose: one @, something on each side, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern DOMAIN = Pattern.compile("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$");

    private Normalization() {
    }

    /** NFC, trimmed; {@code null} for null or blank. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String normalized = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        return normalized.isEmpty() ? null : normalized;
    }

    /**
     * @return the address NFC, trimmed and lower-cased, or {@code null} for null or blank
     * @throws IllegalArgumentException when it is not an e-mail address
     */
    public static String email(String value) {
        String email = text(value);
        if (email == null) {
            return null;
        }
        email = email.toLowerCase(Locale.ROOT);
        if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("not an e-mail address: '" + value + "'");
        }
        return email;
    }

    /**
     * @param region ISO 3166 region for numbers written without a country code, or {@code null}
     * @return the number in E.164, or {@code null} for null or blank
     * @throws IllegalArgumentException when it is not a valid phone number
     */
    public static String phone(String value, String region) {
        String phone = text(value);
        if (phone == null) {
            return null;
        }
        try {
            PhoneNumber number = PHONES.parse(phone, region == null ? "ZZ" : region);
            if (!PHONES.isValidNumber(number)) {
                throw new IllegalArgumentException("not a valid phone number: '" + value + "'");
            }
            return PHONES.format(number, PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("not a phone number: '" + value + "'"
                    + (region == null && !phone.startsWith("+") ? " (write it with its country code, +420...)" : ""), e);
        }
    }

    /**
     * @return the domain lower-cased, without scheme, path or {@code www.}, in ASCII; {@code null} for null or blank
     * @throws IllegalArgumentException when it is not a domain name
     */
    public static String domain(String value) {
        String domain = text(value);
        if (domain == null) {
            return null;
        }
        domain = domain.toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        domain = domain.replaceFirst("[/?#:].*$", "").replaceFirst("^www\\.", "").replaceFirst("\\.$", "");
        try {
            domain = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a domain name: '" + value + "'", e);
        }
        if (!DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("not a domain name: '" + value + "'");
        }
        return domain;
    }
}
