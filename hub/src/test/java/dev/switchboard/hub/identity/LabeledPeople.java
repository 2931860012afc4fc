package dev.switchboard.hub.identity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import dev.switchboard.hub.identity.LabeledPeopleGenerator.Name;
import dev.switchboard.hub.identity.LabeledPeopleGenerator.Person;

/** The people of the labeled set and the records each source writes about them. */
final class LabeledPeople {

    private static final String[] SOURCES = {"web-form", "erp", "import", "event", "newsletter"};
    private static final String[] GENERIC = {"info", "office", "kontakt", "biuro", "buero", "sales"};

    private final LabeledPeopleGenerator out;
    private final Random random;
    private final Set<String> used = new HashSet<>();
    private final RecordVariants variants;
    private int next = 1;

    LabeledPeople(LabeledPeopleGenerator out, Random random) {
        this.out = out;
        this.random = random;
        this.variants = new RecordVariants(random);
    }

    void generate() {
        for (int i = 0; i < 215; i++) {
            Person p = person(nationality());
            records(p, 1 + weighted(30, 35, 25, 10), false);
        }
        sharedMailboxes();
        familyPhones();
        sameNameDifferentPeople();
    }

    /** Three people of one firm who all write from its role mailbox (and no phone of their own). */
    private void sharedMailboxes() {
        for (int f = 0; f < GENERIC.length; f++) {
            String company = LabeledPeopleGenerator.companies()[f + 3];
            String mailbox = GENERIC[f] + "@" + LabeledPeopleGenerator.slug(company) + (f % 2 == 0 ? ".cz" : ".pl");
            for (int k = 0; k < 3; k++) {
                Person p = person(f % 2 == 0 ? "CZ" : "PL");
                if (!used.add(p.first().latin() + " " + p.last().latin() + " " + company)) {
                    k--;
                    continue;
                }
                p = new Person(p.id(), p.first(), p.last(), mailbox, null, company + " " + (f % 2 == 0 ? "s.r.o." : "Sp. z o.o."),
                        p.city(), false);
                records(p, 1 + random.nextInt(2), true);
            }
        }
    }

    /** A household: man, woman (feminine surname) and sometimes a child, one landline or family mobile. */
    private void familyPhones() {
        String[][] male = LabeledPeopleGenerator.czMale();
        String[][] female = LabeledPeopleGenerator.czFemale();
        for (int f = 0; f < 10; f++) {
            int s = random.nextInt(female.length);
            String phone = "+420 60" + random.nextInt(9) + " " + (100 + random.nextInt(900)) + " " + (100 + random.nextInt(900));
            String city = LabeledPeopleGenerator.cities()[random.nextInt(6)];
            String[][] members = {{male[random.nextInt(male.length)][0], male[s][1]},
                {female[random.nextInt(female.length)][0], female[s][1]}, {male[random.nextInt(male.length)][0], male[s][1]}};
            Set<String> firsts = new HashSet<>();
            for (int m = 0; m < (f % 3 == 0 ? 3 : 2); m++) {
                if (!firsts.add(members[m][0])) {
                    continue;
                }
                Person p = new Person("P" + next++, new Name(members[m][0], members[m][0], m == 1),
                        new Name(members[m][1], members[m][1], m == 1), null, phone, null, city, false);
                records(p, 1 + random.nextInt(2), true);
            }
        }
    }

    /** Common names carried by different people in different companies and cities. */
    private void sameNameDifferentPeople() {
        String[][] names = {{"Jan", "Novák"}, {"Petr", "Svoboda"}, {"Jana", "Nováková"}, {"Tomasz", "Zieliński"},
            {"Klaus", "Schmidt"}, {"Jiří", "Dvořák"}};
        for (String[] name : names) {
            for (int k = 0; k < 3; k++) {
                Name first = new Name(name[0], name[0], name[0].endsWith("a"));
                Name last = new Name(name[1], name[1], name[0].endsWith("a"));
                String company = LabeledPeopleGenerator.companies()[(k * 7 + name[1].length()) % 24];
                String city = LabeledPeopleGenerator.cities()[(k * 3 + name[0].length()) % 12];
                Person p = new Person("P" + next++, first, last, email(first.latin(), last.latin(), company, k),
                        variants.phone("CZ"), company + " s.r.o.", city, false);
                records(p, 1 + random.nextInt(2), false);
            }
        }
    }

    private void records(Person p, int count, boolean keepContact) {
        for (int r = 0; r < count; r++) {
            String[] v = variants.of(p, r == 0, keepContact);
            out.add(SOURCES[random.nextInt(SOURCES.length)], v[0], v[1], v[2], v[3], v[4], v[5], p.id());
        }
    }

    private Person person(String nationality) {
        for (int attempt = 0; ; attempt++) {
            Name[] name = name(nationality);
            String company = LabeledPeopleGenerator.companies()[random.nextInt(24)];
            if (!used.add(name[0].latin() + " " + name[1].latin() + " " + company) && attempt < 50) {
                continue;
            }
            String city = city(nationality);
            String email = email(name[0].latin(), name[1].latin(), company, random.nextInt(4));
            String form = LabeledPeopleGenerator.form(nationality, random);
            String fullCompany = nationality.equals("RU") && !form.equals("LLC") ? form + " " + company : company + " " + form;
            return new Person("P" + next++, name[0], name[1], email, variants.phone(nationality), fullCompany, city,
                    nationality.equals("RU"));
        }
    }

    private Name[] name(String nationality) {
        return switch (nationality) {
            case "RU" -> {
                String[] n = LabeledPeopleGenerator.ru()[random.nextInt(LabeledPeopleGenerator.ru().length)];
                String[] m = LabeledPeopleGenerator.ru()[random.nextInt(LabeledPeopleGenerator.ru().length)];
                boolean female = n[1].endsWith("а");
                String[] last = female == m[1].endsWith("а") ? m : n;
                yield new Name[] {new Name(n[0], n[2], female), new Name(last[1], last[3], female)};
            }
            case "CZ" -> {
                String[][] pool = random.nextBoolean() ? LabeledPeopleGenerator.czMale() : LabeledPeopleGenerator.czFemale();
                String first = pool[random.nextInt(pool.length)][0];
                String last = pool[random.nextInt(pool.length)][1];
                yield new Name[] {new Name(first, first, false), new Name(last, last, false)};
            }
            default -> {
                String[][] pool = nationality.equals("PL") ? LabeledPeopleGenerator.pl() : LabeledPeopleGenerator.de();
                String[] n = pool[random.nextInt(pool.length)];
                String last = nationality.equals("DE") ? pool[random.nextInt(pool.length)][1] : n[1];
                yield new Name[] {new Name(n[0], n[0], false), new Name(last, last, false)};
            }
        };
    }

    private String email(String first, String last, String company, int style) {
        String f = LabeledPeopleGenerator.slug(first);
        String l = LabeledPeopleGenerator.slug(last);
        return switch (style) {
            case 0 -> f + "." + l + "@" + LabeledPeopleGenerator.slug(company) + ".cz";
            case 1 -> f.charAt(0) + l + "@" + LabeledPeopleGenerator.slug(company) + ".com";
            case 2 -> f + "." + l + (10 + random.nextInt(90)) + "@gmail.com";
            default -> l + "." + f + (100 + random.nextInt(900)) + "@seznam.cz";
        };
    }

    private String nationality() {
        return switch (weighted(45, 20, 15, 20)) {
            case 0 -> "CZ";
            case 1 -> "PL";
            case 2 -> "DE";
            default -> "RU";
        };
    }

    private String city(String nationality) {
        String[] cities = LabeledPeopleGenerator.cities();
        return switch (nationality) {
            case "CZ" -> cities[random.nextInt(6)];
            case "PL" -> cities[6 + random.nextInt(3)];
            case "DE" -> cities[9 + random.nextInt(3)];
            default -> cities[12 + random.nextInt(2)];
        };
    }

    private int weighted(int... weights) {
        int roll = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

}
