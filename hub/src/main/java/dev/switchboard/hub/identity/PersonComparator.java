package dev.switchboard.hub.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

import dev.switchboard.hub.identity.NameSimilarity.Part;

/**
 * The pairwise rules, database-free, shared by the CRM matcher and batch clustering. In order:
 * <ol>
 *   <li><b>email</b>: the same normalized e-mail. A shared mailbox (a role address such as info@ or
 *       biuro@, or one that records of {@link #differentPeople different people} use) counts only
 *       with the same name.</li>
 *   <li><b>phone</b>: the same E.164 number, and names that agree where both sides have them (a
 *       family or office phone is shared by people with different given names) with at least the
 *       given name or the surname in common.</li>
 *   <li><b>name</b>: given name and surname both in common (accents, script, case, one typo and
 *       swapped order do not matter) and the same company without its legal form (or the company's e-mail domain: jan@alfa-stavby.cz
 *       works at Alfa Stavby a.s.; not a mail provider's). The same name at another company, or without a
 *       company to compare, is not enough: common names are carried by many people (a city is no
 *       better evidence than that). Two addresses at one company's domain told apart by a number
 *       or an initial are two colleagues of one name, not one person.</li>
 * </ol>
 */
public final class PersonComparator {

    /** Why two records are one person. */
    public record Link(String matchedBy, double score, String reason) {
    }

    /**
     * A person's own mobile with the same given name under another surname is one person who married
     * (Anna Volkova, later Anna Morozova); a desk phone or a switchboard is not, and a family shares
     * a phone under different given names. A former surname kept as a middle name (Sarah Jones
     * Whitfield, Sarah Jones) says so on any phone.
     *
     * @param sharedEmail whether the e-mail the two have in common (if any) is a shared mailbox
     */
    Optional<Link> compare(PreparedPerson a, PreparedPerson b, boolean sharedEmail) {
        if (NameParts.otherGeneration(a.generation(), b.generation())) {
            return Optional.empty();
        }
        Names names = Names.of(a, b);
        if (a.email() != null && a.email().equals(b.email())) {
            if (!sharedEmail && !a.genericMailbox()) {
                return Optional.of(new Link("email", 1.0, "same e-mail"));
            }
            if (names.full() && names.last().ordinal() >= Part.TYPO.ordinal()) {
                return Optional.of(new Link("email", 0.95, "same shared mailbox " + a.email() + " and same name"));
            }
        }
        if (a.phone() != null && a.phone().equals(b.phone()) && !colleagues(a, b) && !generationsOnAHomePhone(a, b)) {
            if (!names.conflict() && names.any()) {
                // an exact name before a variant (Josef before Pepa): the clusterer joins strongest first
                return Optional.of(names.full()
                        ? new Link("phone", names.typo() ? 0.88 : 0.9, "same phone and name" + names.note())
                        : new Link("phone", 0.8, "same phone and " + (names.first().compatible() ? "given name" : "surname")));
            }
            if (names.first().ordinal() >= Part.TYPO.ordinal() && names.last() == Part.CONFLICT
                    && !NameSimilarity.genderForms(a.last(), b.last()) && PreparedPerson.mobile(a.phone())) {
                return Optional.of(new Link("phone", 0.7, "same mobile and given name, another surname (married)"));
            }
            if (names.last() == Part.CONFLICT && (maidenNameKept(a, b) || maidenNameKept(b, a))) {
                return Optional.of(new Link("phone", 0.7, "same phone and given name, the former surname kept as a middle name"));
            }
        }
        if (names.full() && names.first() != Part.INITIAL) {
            return byNameAndCompany(a, b, names);
        }
        return Optional.empty();
    }

    /**
     * A landline shared by a record marked as one generation (David Jones Jnr, Josef Kolář ml.) and an
     * unmarked one, each with an own address of its own: the mark says there are two people of the
     * name, and the unmarked one may be the other; the house phone does not tell. A mobile does.
     */
    private static boolean generationsOnAHomePhone(PreparedPerson a, PreparedPerson b) {
        return (a.generation() == null) != (b.generation() == null) && a.email() != null && b.email() != null
                && !a.email().equals(b.email()) && !a.genericMailbox() && !b.genericMailbox()
                && !PreparedPerson.mobile(a.phone());
    }

    /**
     * Whether {@code married} keeps the surname of {@code maiden} among its given names, with the rest
     * of them the other's given name: Sarah Jones Whitfield is Sarah Jones after her marriage.
     */
    private static boolean maidenNameKept(PreparedPerson married, PreparedPerson maiden) {
        if (married.first().size() < 2 || maiden.last().isEmpty() || !married.first().containsAll(maiden.last())) {
            return false;
        }
        List<String> given = new ArrayList<>(married.first());
        given.removeAll(maiden.last());
        return !given.isEmpty() && NameSimilarity.compareGiven(given, maiden.first()).compatible();
    }

    /**
     * Whether two records can never be one person, whatever links them to others: clearly
     * {@link #differentPeople different people}, namesake {@link #colleagues colleagues}, or a
     * generation-marked and an unmarked record with their own addresses on one home landline (the
     * father at the family workshop and the son who gives its number too).
     */
    static boolean cannotBeOne(PreparedPerson a, PreparedPerson b) {
        return differentPeople(a, b) || colleagues(a, b)
                || a.phone() != null && a.phone().equals(b.phone()) && generationsOnAHomePhone(a, b);
    }

    /**
     * Whether two records that use one e-mail are clearly different people: their given names
     * differ (Jan and Jana at novakovi@...), or, without a given name to compare, their surnames; or
     * their surnames are the masculine and feminine form of one name and their given names do not
     * agree (Ivo Kováč and Iva Kováčová: a couple; but Mária Nagy is Mária Nagyová), or they are marked as two generations (st. and ml., Sr. and
     * Jr.). A new surname with the same given name is one person (married, same address).
     */
    static boolean differentPeople(PreparedPerson a, PreparedPerson b) {
        if (NameParts.otherGeneration(a.generation(), b.generation())) {
            return true;
        }
        if (NameSimilarity.genderForms(a.last(), b.last())
                && !NameSimilarity.compareGiven(a.first(), b.first()).compatible()) {
            // Kováč and Kováčová are a couple; Mária Nagy and Mária Nagyová are one woman written two ways
            return true;
        }
        Names direct = new Names(NameSimilarity.compareGiven(a.first(), b.first()), NameSimilarity.compare(a.last(), b.last()), false);
        if (!direct.conflict()) {
            return false;
        }
        Names swapped = new Names(NameSimilarity.compareGiven(a.first(), b.last()), NameSimilarity.compare(a.last(), b.first()), true);
        // read swapped, the first column holds the surname: Nagy Erzsébet and Alžbeta Nagyová are one
        // woman (a masculine/feminine pair of surnames, one given name), not two given names that differ
        boolean swappedWoman = swapped.last().compatible() && NameSimilarity.genderForms(a.first(), b.last());
        return givenNamesDiffer(direct) && givenNamesDiffer(swapped) && !swappedWoman;
    }

    /** The given names conflict, or, with no given name to compare, the surnames do (in one reading of the columns). */
    private static boolean givenNamesDiffer(Names names) {
        return names.first() == Part.CONFLICT || (names.first() == Part.UNKNOWN && names.last() == Part.CONFLICT);
    }

    private static Optional<Link> byNameAndCompany(PreparedPerson a, PreparedPerson b, Names names) {
        double score = 0.85 - (names.typo() ? 0.05 : 0) - (names.swapped() ? 0.05 : 0);
        if (colleagues(a, b)) {
            return Optional.empty();
        }
        if (Companies.compatible(a.company(), b.company()) || Companies.shortForm(a.companyName(), b.companyName())) {
            return Optional.of(new Link("name", score, "same name" + names.note() + " and company"));
        }
        boolean domain = a.emailOrganization() != null && (a.emailOrganization().equals(b.emailOrganization())
                || Companies.compatible(a.emailOrganization(), b.company()));
        if (domain || (b.emailOrganization() != null && Companies.compatible(b.emailOrganization(), a.company()))) {
            return Optional.of(new Link("name", score - 0.05, "same name" + names.note() + " and company (by e-mail domain)"));
        }
        return Optional.empty();
    }

    /**
     * Namesakes who work together: two addresses at one company's domain made distinct the way a
     * mail admin tells two people of one name apart, by a number or an initial (martin.novak@ and
     * martin.novak2@, michael.brown@ and michael.j.brown@, g.jones2@ and gareth.jones@: a number is
     * given to the second person of a name). An alias of another shape (jkucera@ and kucera@) says
     * nothing. Neither the name nor a shared switchboard number joins them.
     */
    private static boolean colleagues(PreparedPerson a, PreparedPerson b) {
        if (a.email() == null || b.email() == null || a.email().equals(b.email()) || a.genericMailbox()
                || b.genericMailbox() || a.emailOrganization() == null
                || !a.emailOrganization().equals(b.emailOrganization())) {
            return false;
        }
        String la = withoutTiebreakers(a.email());
        return !la.isEmpty() && (la.equals(withoutTiebreakers(b.email())) || numbered(a.email()) != numbered(b.email())
                || twoLinesOfOneKind(a.phone(), b.phone())
                || (a.phone() == null || !a.phone().equals(b.phone())) && twoBranches(a.city(), b.city()));
    }

    /**
     * Two cities that are not one place written two ways (a typo, another romanization: Koeln,
     * Köln): two own addresses at one company in two of its branches are two people, the namesakes
     * at Leeds and at York; one person keeps one address when moving. Not asked when the two share a
     * phone: one number is one place, whatever the city is called (Szczecin, Stettin).
     */
    private static boolean twoBranches(String cityA, String cityB) {
        if (cityA == null || cityB == null || cityA.equals(cityB)) {
            return false;
        }
        String a = cityA.replace(" ", "");
        String b = cityB.replace(" ", "");
        return !a.equals(b) && !NameSimilarity.withinOneEdit(a, b) && !NameSimilarity.sameSound(a, b)
                && !a.startsWith(b) && !b.startsWith(a);
    }

    /**
     * Two different numbers of one kind, both mobile or both fixed lines: a person has one mobile and
     * one desk line, so two own addresses at one company with two of either are two people (Jan
     * Novák at jnovak@ with one mobile, at jan.novak@ with another). A desk line and a mobile are
     * one person's two phones.
     */
    private static boolean twoLinesOfOneKind(String phoneA, String phoneB) {
        if (phoneA == null || phoneB == null || phoneA.equals(phoneB)) {
            return false;
        }
        PhoneNumberUtil.PhoneNumberType kind = PreparedPerson.type(phoneA);
        return (kind == PhoneNumberUtil.PhoneNumberType.MOBILE || kind == PhoneNumberUtil.PhoneNumberType.FIXED_LINE)
                && kind == PreparedPerson.type(phoneB);
    }

    /** Whether the local part ends in a number (g.jones2@, petr.novak3@). */
    private static boolean numbered(String email) {
        int at = email.indexOf('@');
        return at > 1 && Character.isDigit(email.charAt(at - 1));
    }

    private static final java.util.regex.Pattern LOCAL_PART_SEPARATORS = java.util.regex.Pattern.compile("[._\\-+]+");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9]+");

    /** The local part without digits and one-letter parts: martin.novak2 and martin.j.novak are martinnovak. */
    private static String withoutTiebreakers(String email) {
        String local = email.substring(0, email.indexOf('@') < 0 ? email.length() : email.indexOf('@'));
        StringBuilder kept = new StringBuilder();
        for (String part : LOCAL_PART_SEPARATORS.split(local)) {
            String letters = DIGITS.matcher(part).replaceAll("");
            if (letters.length() > 1) {
                kept.append(letters);
            }
        }
        return kept.toString();
    }

    /** How the given names and surnames of two records relate, in the better of the direct and swapped order. */
    private record Names(Part first, Part last, boolean swapped) {

        static Names of(PreparedPerson a, PreparedPerson b) {
            Names direct = new Names(NameSimilarity.compareGiven(a.first(), b.first()),
                    NameSimilarity.compare(a.last(), b.last()), false);
            Part swappedFirst = NameSimilarity.compareGiven(a.first(), b.last());
            Part swappedLast = NameSimilarity.compare(a.last(), b.first());
            // family-first order with the masculine form of a woman's surname: Tóth Mária is Mária Tóthová
            if (swappedFirst == Part.CONFLICT && swappedLast.compatible() && familyFirstWoman(a.first(), b.last())) {
                swappedFirst = Part.TYPO;
            } else if (swappedLast == Part.CONFLICT && swappedFirst.compatible() && familyFirstWoman(b.first(), a.last())) {
                swappedLast = Part.TYPO;
            }
            Names swapped = new Names(swappedFirst, swappedLast, true);
            return swapped.rank() > direct.rank() ? swapped : direct;
        }

        /**
         * Whether a surname written first in the given-name column (Hungarian order) is the
         * masculine form of the other record's feminine surname: Tóth of Tóthová, Kiss of Kissová,
         * Varga of Vargová (a final -a gives way to -ová).
         */
        private static boolean familyFirstWoman(List<String> firstColumn, List<String> surname) {
            for (String x : firstColumn) {
                for (String y : surname) {
                    if (y.length() > x.length() && (NameSimilarity.genderPair(x, y)
                            || x.length() >= 4 && x.endsWith("a") && y.equals(x.substring(0, x.length() - 1) + "ova"))) {
                        return true;
                    }
                }
            }
            return false;
        }

        int rank() {
            return conflict() ? -1 : first.ordinal() + last.ordinal() + (swapped ? 0 : 1);
        }

        boolean conflict() {
            return first == Part.CONFLICT || last == Part.CONFLICT;
        }

        boolean full() {
            return first.compatible() && last.compatible();
        }

        boolean any() {
            return first.compatible() || last.compatible();
        }

        boolean typo() {
            return first == Part.TYPO || last == Part.TYPO;
        }

        String note() {
            return (typo() ? " (one typo)" : "") + (swapped ? " (given name and surname swapped)" : "");
        }
    }
}
