package dev.switchboard.hub.identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.switchboard.hub.crm.Normalization;
import dev.switchboard.hub.crm.PersonNames;

/**
 * A person in the form the rules compare: e-mail in its {@link #comparable comparable} form and phone
 * normalized (left out when they are not valid), names as folded tokens ({@link NameParts}: without
 * titles, with the generation marker aside), company without its legal form (and as written), city
 * folded.
 */
record PreparedPerson(String recordId, String email, boolean genericMailbox, String phone, List<String> first,
                      List<String> last, NameParts.Generation generation, String company, String city,
                      String emailOrganization, String companyName) {

    /** Mail providers whose addresses say nothing about the employer. */
    static final Set<String> FREE_MAIL = Set.of("gmail", "googlemail", "seznam", "email", "centrum", "atlas", "volny",
            "post", "quick", "tiscali", "yahoo", "hotmail", "outlook", "live", "msn", "icloud", "me", "mac", "aol", "gmx",
            "web", "t-online", "freenet", "mail", "wp", "o2", "onet", "interia", "op", "poczta", "yandex", "rambler",
            "bk", "list", "inbox", "protonmail", "proton", "zoho", "azet", "zoznam", "pobox",
            // national providers and internet service providers whose customers keep their address
            "ukr", "i", "meta", "bigmir", "tut", "ya", "abv", "btinternet", "btopenworld", "sky", "virginmedia",
            "ntlworld", "blueyonder", "talktalk", "eircom", "freemail", "citromail", "posteo", "aon", "chello",
            "bluewin", "hispeed", "libero", "virgilio", "alice", "tin", "orange", "wanadoo", "free", "laposte",
            "sfr", "telenet", "ziggo", "kpnmail", "planet", "hetnet", "xs4all", "gazeta", "tlen", "vp", "net",
            "siol", "ymail", "rocketmail", "tutanota", "tuta", "fastmail", "hushmail", "mailbox", "arcor",
            "vodafone", "hot");
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu", "or", "ne");

    /** Local parts of role mailboxes that several people read: info@, office@, sales@, kontakt@, biuro@, buero@, ... */
    static final Set<String> GENERIC_LOCAL_PARTS = Set.of(
            "info", "office", "sales", "kontakt", "kontakty", "contact", "contacts", "biuro", "buero", "buro", "bureau",
            "hello", "hallo", "ahoj", "mail", "email", "admin", "team", "support", "help", "obchod", "recepce",
            "reception", "sekretariat", "secretariat", "hr", "jobs", "job", "kariera", "career", "careers",
            "marketing", "accounting", "ucetni", "fakturace", "faktury", "invoice", "invoices", "billing",
            "service", "servis", "noreply", "no-reply", "post", "postmaster", "webmaster", "orders", "order",
            "objednavky", "zamowienia", "enquiries", "inquiries", "general", "firma", "company", "vertrieb",
            "verkauf", "zentrale", "empfang", "kancelar", "podatelna", "office1", "mailbox", "all", "zakaznik",
            // accounts, purchasing, customer care and front desks in the hub's languages
            "accounts", "account", "finance", "purchasing", "procurement", "buying", "customerservice", "customercare",
            "enquiry", "frontdesk", "bookings", "booking", "reservations", "events", "press", "media", "newsletter",
            "einkauf", "buchhaltung", "rechnung", "rechnungen", "bestellung", "bestellungen", "anfrage", "anfragen",
            "kundenservice", "personal", "praxis", "kanzlei", "ordination", "podpora", "pomoc",
            "nakup", "prodej", "zakazky", "rezervace", "ucetnictvi", "personalni", "zakupy", "ksiegowosc", "sklep",
            "rezerwacje", "kadry", "obsluga", "zamowienie", "ofis", "prodazhi", "zakaz", "zakazy", "buh",
            "bukhgalteriya", "priemnaya", "snab", "shop", "store",
            // offices, sales, accounts and orders in Slovak, Hungarian, Romanian, South Slavic, Baltic,
            // Italian, Spanish, French and Dutch
            "kancelaria", "fakturacia", "iroda", "titkarsag", "ugyfelszolgalat", "penzugy", "szamlazas",
            "rendeles", "ertekesites", "vanzari", "comenzi", "contabilitate", "ured", "prodaja", "tajnistvo",
            "racunovodstvo", "pisarna", "kancelarija", "biuras", "birojs", "kontor", "ufficio", "segreteria",
            "amministrazione", "vendite", "commerciale", "ordini", "oficina", "ventas", "administracion",
            "pedidos", "accueil", "commercial", "compta", "comptabilite", "kantoor", "verkoop", "administratie",
            "receptie", "boekhouding", "bestellingen");

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Map<String, PhoneNumberUtil.PhoneNumberType> TYPES = new ConcurrentHashMap<>();
    private static final int TYPES_CACHE_SIZE = 50_000;
    private static final Pattern LOCAL_PART_SEPARATORS = Pattern.compile("[._+\\-0-9]");

    static PreparedPerson of(PersonRecord r, String phoneRegion) {
        return prepared(r, phone(r.phone(), phoneRegion));
    }

    /**
     * A person whose phone is already known in E.164 (a stored contact's {@code phone_e164}, which the
     * store wrote only for a valid number): not parsed again, the costliest part of preparing one.
     */
    static PreparedPerson withE164(PersonRecord r, String phoneE164) {
        return prepared(r, phoneE164);
    }

    private static PreparedPerson prepared(PersonRecord r, String phone) {
        String email = comparable(email(r.email()));
        NameParts names = NameParts.of(r.firstName(), r.lastName());
        NameParts.Generation generation = names.generation() != null ? names.generation() : NameParts.ofAddress(email);
        return new PreparedPerson(r.recordId(), email, email != null && generic(email), phone, names.first(),
                names.last(), generation, Companies.key(r.company()), PersonNames.fold(r.city()),
                organization(email), r.company());
    }

    /**
     * Whether a number in E.164 is a mobile (or, as in the US, possibly one): a person's own phone,
     * not a desk or a switchboard. Parsed only when a rule asks (a shared number under another
     * surname), not for every record prepared.
     */
    static boolean mobile(String e164) {
        PhoneNumberUtil.PhoneNumberType type = type(e164);
        return type == PhoneNumberUtil.PhoneNumberType.MOBILE
                || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE
                || type == PhoneNumberUtil.PhoneNumberType.PERSONAL_NUMBER;
    }

    /**
     * The kind of a number in E.164 by its range (mobile, fixed line, ...), {@code UNKNOWN} when there
     * is none. Remembered (bounded, cleared when full): the colleague rule asks it of the same
     * numbers for many pairs.
     */
    static PhoneNumberUtil.PhoneNumberType type(String e164) {
        if (e164 == null) {
            return PhoneNumberUtil.PhoneNumberType.UNKNOWN;
        }
        PhoneNumberUtil.PhoneNumberType known = TYPES.get(e164);
        if (known == null) {
            try {
                known = PHONES.getNumberType(PHONES.parse(e164, "ZZ"));
            } catch (NumberParseException e) {
                known = PhoneNumberUtil.PhoneNumberType.UNKNOWN;
            }
            if (TYPES.size() >= TYPES_CACHE_SIZE) {
                TYPES.clear();
            }
            TYPES.put(e164, known);
        }
        return known;
    }

    /**
     * The address mail is delivered to: without a sub-address tag (jan.novak+crm@ is jan.novak@, a
     * convention of Gmail, Outlook, iCloud, Proton, Fastmail and most company servers), and at Gmail
     * without dots in the local part, googlemail.com being gmail.com (Gmail ignores both).
     */
    static String comparable(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            domain = "gmail.com";
            local = local.replace(".", "");
        }
        return local + "@" + domain;
    }

    /** The organization an e-mail domain names (jan@alfa-stavby.cz: alfastavby), or null for a mail provider. */
    static String organization(String email) {
        if (email == null) {
            return null;
        }
        String[] labels = email.substring(email.indexOf('@') + 1).split("\\.");
        if (labels.length < 2) {
            return null;
        }
        int at = labels.length >= 3 && SECOND_LEVEL.contains(labels[labels.length - 2]) ? labels.length - 3 : labels.length - 2;
        String label = labels[at];
        return FREE_MAIL.contains(label) ? null : label.replace("-", "");
    }

    boolean hasName() {
        return !first.isEmpty() || !last.isEmpty();
    }

    static boolean generic(String email) {
        String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
        return GENERIC_LOCAL_PARTS.contains(local) || GENERIC_LOCAL_PARTS.contains(LOCAL_PART_SEPARATORS.split(local)[0]);
    }

    private static String email(String value) {
        try {
            return Normalization.email(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * E.164 of a valid number; of a merely possible one (a new or unassigned range) too, for
     * comparison only. A leading 00 is the international prefix (00420 601 ... = +420 601 ...).
     */
    static String phone(String raw, String region) {
        String value = raw == null ? null : raw.strip().replaceFirst("^00(?=[1-9])", "+");
        try {
            return Normalization.phone(value, region);
        } catch (IllegalArgumentException e) {
            try {
                PhoneNumber number = PHONES.parse(value, region == null ? "ZZ" : region);
                return PHONES.isPossibleNumber(number) ? PHONES.format(number, PhoneNumberFormat.E164) : null;
            } catch (NumberParseException notAtAll) {
                return null;
            }
        }
    }
}
