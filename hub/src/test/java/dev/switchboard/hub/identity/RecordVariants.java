package dev.switchboard.hub.identity;

import java.util.Locale;
import java.util.Random;

import dev.switchboard.hub.identity.LabeledPeopleGenerator.Person;

/** How one source writes a person: which fields it has, and in which spelling and notation. */
final class RecordVariants {

    private static final String LETTERS = "abcdefghijklmnoprstuvz";
    private final Random random;

    RecordVariants(Random random) {
        this.random = random;
    }

    /** A valid mobile number of the country, written {@code +CC NNN NNN NNN}. */
    String phone(String nationality) {
        return switch (nationality) {
            case "PL" -> "+48 5" + pick("0137") + digits(1) + " " + digits(3) + " " + digits(3);
            case "DE" -> "+49 17" + digits(1) + " " + digits(7);
            case "RU" -> "+7 9" + digits(2) + " " + digits(3) + " " + digits(2) + " " + digits(2);
            default -> "+420 " + (random.nextBoolean() ? "60" + pick("1234578") : "7" + pick("23") + digits(1)) + " "
                    + digits(3) + " " + digits(3);
        };
    }

    /** first name, last name, e-mail, phone, company, city. */
    String[] of(Person p, boolean first, boolean keepContact) {
        boolean cyrillic = p.cyrillic() && random.nextBoolean();
        String given = cyrillic ? p.first().own() : p.first().latin();
        String family = cyrillic ? p.last().own() : p.last().latin();
        if (!cyrillic && random.nextInt(100) < 30) {
            given = LabeledPeopleGenerator.ascii(given);
            family = LabeledPeopleGenerator.ascii(family);
        }
        int typo = random.nextInt(100);
        if (typo < 8) {
            family = typo(family);
        } else if (typo < 14) {
            given = typo(given);
        }
        if (random.nextInt(100) < 10) {
            String t = given;
            given = family;
            family = t;
        }
        String email = p.email() != null && (keepContact || random.nextInt(100) < (first ? 85 : 60)) ? email(p.email()) : null;
        String phone = p.phone() != null && (keepContact || random.nextInt(100) < 55) ? phoneNotation(p.phone()) : null;
        String company = p.company() != null && random.nextInt(100) < 85 ? company(p.company()) : null;
        String city = random.nextInt(100) < 70 ? p.city() : null;
        return new String[] {given, family, email, phone, company, city};
    }

    private String email(String email) {
        return switch (random.nextInt(6)) {
            case 0 -> email.toUpperCase(Locale.ROOT);
            case 1 -> " " + email + " ";
            case 2 -> email.substring(0, 1).toUpperCase(Locale.ROOT) + email.substring(1);
            default -> email;
        };
    }

    private String phoneNotation(String phone) {
        String[] parts = phone.split(" ", 2);
        String cc = parts[0].substring(1);
        String national = parts[1];
        String digits = national.replace(" ", "");
        return switch (random.nextInt(5)) {
            case 0 -> "00" + cc + digits;
            case 1 -> cc.equals("420") ? national : "+" + cc + digits;
            case 2 -> "+" + cc + digits;
            case 3 -> "(+" + cc + ") " + national.replace(" ", "-");
            default -> phone;
        };
    }

    /** The company with its legal form kept, dropped, re-spelled, or the name in capitals. */
    private String company(String company) {
        for (String base : LabeledPeopleGenerator.companies()) {
            int at = company.indexOf(base);
            if (at < 0) {
                continue;
            }
            return switch (random.nextInt(5)) {
                case 0 -> base;
                case 1 -> base.toUpperCase(Locale.ROOT);
                case 2 -> company.replace(". ", ".").replace(" & ", " + ");
                case 3 -> at == 0 ? base + ", " + company.substring(base.length()).strip() : "«" + base + "» " + company.substring(0, at).strip();
                default -> company;
            };
        }
        return company;
    }

    /** One edit in a name of 5 or more letters: substitution, adjacent transposition, deletion or insertion. */
    private String typo(String name) {
        if (name.length() < 5) {
            return name;
        }
        int i = 1 + random.nextInt(name.length() - 2);
        char c = LETTERS.charAt(random.nextInt(LETTERS.length()));
        return switch (random.nextInt(4)) {
            case 0 -> name.substring(0, i) + c + name.substring(i + 1);
            case 1 -> name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
            case 2 -> name.substring(0, i) + name.substring(i + 1);
            default -> name.substring(0, i) + c + name.substring(i);
        };
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    private char pick(String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }
}
