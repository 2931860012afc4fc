package dev.switchboard.bench;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic, varied people for the form scenario: person {@code i} always has the same Czech,
 * Polish, German or English name (feminine surname forms where the language has them), company,
 * e-mail and phone, so the load can post an existing contact again by index without remembering it.
 * E-mails and phones are unique per index.
 */
final class People {

    private static final String[][] MALE = {
            {"Jan", "Petr", "Tomáš", "Jiří", "Martin", "Lukáš", "Ondřej", "Jakub", "Vojtěch", "Michal", "Zdeněk",
                    "Radek", "Aleš", "Dušan", "Matěj", "Štěpán", "Přemysl", "Vít", "Bořivoj", "Luboš"},
            {"Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Grzegorz", "Łukasz", "Wojciech",
                    "Jarosław", "Mariusz", "Przemysław", "Zbigniew", "Kamil", "Maciej", "Bartosz", "Sławomir"},
            {"Thomas", "Michael", "Andreas", "Stefan", "Jürgen", "Matthias", "Klaus", "Wolfgang", "Uwe", "Jörg",
                    "Sebastian", "Tobias", "Florian", "Dieter", "Günter", "Lars", "Björn", "Maximilian"},
            {"James", "Oliver", "George", "Harry", "Jack", "William", "Thomas", "Daniel", "Matthew", "Samuel",
                    "Christopher", "Andrew", "Edward", "Benjamin", "Henry", "Joseph", "Charlie", "Alexander"}};
    private static final String[][] FEMALE = {
            {"Jana", "Eva", "Hana", "Lucie", "Petra", "Kateřina", "Tereza", "Veronika", "Markéta", "Zuzana",
                    "Barbora", "Klára", "Šárka", "Radka", "Jitka", "Dagmar", "Ludmila", "Alžběta", "Růžena"},
            {"Anna", "Małgorzata", "Agnieszka", "Katarzyna", "Joanna", "Ewa", "Magdalena", "Dorota", "Agata",
                    "Beata", "Żaneta", "Jolanta", "Grażyna", "Urszula", "Aleksandra", "Marta", "Natalia"},
            {"Sabine", "Ursula", "Monika", "Petra", "Birgit", "Claudia", "Andrea", "Jutta", "Sophie", "Lena",
                    "Käthe", "Hannelore", "Franziska", "Annegret", "Lieselotte", "Greta"},
            {"Olivia", "Amelia", "Emily", "Isla", "Charlotte", "Jessica", "Sophie", "Grace", "Lucy", "Hannah",
                    "Elizabeth", "Rebecca", "Victoria", "Eleanor", "Abigail", "Harriet", "Megan"}};
    /** Surnames in their masculine form; {@link #feminine} makes the Czech and Polish feminine forms. */
    private static final String[][] SURNAMES = {
            {"Novák", "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec",
                    "Pokorný", "Marek", "Pospíšil", "Hájek", "Jelínek", "Král", "Růžička", "Beneš", "Fiala",
                    "Sedláček", "Doležal", "Zeman", "Kolář", "Navrátil", "Čermák", "Vaněk", "Urban", "Blažek",
                    "Kříž", "Kovář", "Bartoš", "Vlček", "Polák", "Musil", "Kopecký", "Šimek", "Konečný", "Malý",
                    "Holub", "Štěpánek", "Kadlec", "Dostál", "Soukup", "Šťastný", "Mareš", "Moravec", "Sýkora",
                    "Tichý", "Valenta", "Vávra", "Matoušek", "Říha", "Bláha", "Šebesta", "Ševčík", "Hrubý", "Mach"},
            {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
                    "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski",
                    "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Michalski", "Nowicki",
                    "Adamczyk", "Dudek", "Zając", "Wieczorek", "Jabłoński", "Król", "Majewski", "Olszewski",
                    "Jaworski", "Wróbel", "Malinowski", "Pawlak", "Witkowski", "Walczak", "Stępień", "Górski",
                    "Rutkowski", "Michalak", "Sikora", "Ostrowski", "Baran", "Duda", "Szewczyk", "Tomaszewski"},
            {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
                    "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
                    "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz",
                    "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König",
                    "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß"},
            {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
                    "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
                    "Patel", "Khan", "Lewis", "James", "Phillips", "Mason", "Mitchell", "Rose", "Davis", "Rodriguez",
                    "Cox", "Alexander", "Morgan", "Moore", "Martin", "Price", "Turner", "Hughes", "Cooper", "Parker",
                    "Edwards", "Harrison", "Ward", "Bennett", "Gray", "Fletcher", "O'Brien", "Kennedy", "Murphy"}};
    private static final String[] COMPANY_STEMS = {
            "Alfa", "Beta", "Gama", "Delta", "Omega", "Sigma", "Vltava", "Morava", "Šumava", "Krkonoše",
            "Bohemia", "Silesia", "Wisła", "Tatra", "Baltic", "Rhein", "Elbe", "Danube", "Thames", "Severn",
            "Nordic", "Central", "Euro", "Astra", "Nova", "Prima", "Optima", "Vector", "Orbit", "Kappa",
            "Lambda", "Zenit", "Polaris", "Atlas", "Titan", "Helios", "Aurora", "Kvant", "Sokol", "Orlík"};
    private static final String[] COMPANY_TRADES = {
            "Stavby", "Logistik", "Software", "Energie", "Strojírny", "Consulting", "Pharma", "Trade", "Foods",
            "Metal", "Textil", "Media", "Systems", "Bau", "Technik", "Transport", "Holdings", "Solutions",
            "Kovo", "Design", "Agro", "Finance", "Nábytek", "Sklo", "Elektro"};
    private static final String[][] LEGAL_FORMS = {
            {"s.r.o.", "a.s.", "spol. s r.o."}, {"sp. z o.o.", "S.A."}, {"GmbH", "AG", "GmbH & Co. KG"},
            {"Ltd", "plc", "LLP"}};

    /** Companies: stem x trade x one legal form by language, about 1,000 of them. */
    static final int COMPANIES = COMPANY_STEMS.length * COMPANY_TRADES.length;

    private People() {
    }

    /** One person: {@code email} and {@code phone} unique per index. */
    record Person(String firstName, String lastName, String company, String email, String phone) {
    }

    /** Person {@code index} (0 to 9,999,999): the same every time, with an e-mail and a phone of its own. */
    static Person person(long index) {
        SplittableRandom random = new SplittableRandom(index * 0x9E3779B97F4A7C15L + 17);
        int language = random.nextInt(4);
        boolean female = random.nextBoolean();
        String first = pick(female ? FEMALE[language] : MALE[language], random);
        String last = pick(SURNAMES[language], random);
        if (female) {
            last = feminine(last, language);
        }
        int c = random.nextInt(COMPANIES);
        String stem = COMPANY_STEMS[c % COMPANY_STEMS.length];
        String trade = COMPANY_TRADES[c / COMPANY_STEMS.length];
        String[] forms = LEGAL_FORMS[c % LEGAL_FORMS.length];
        String company = stem + " " + trade + " " + forms[(c / 7) % forms.length];
        String domain = ascii(stem + "-" + trade) + "." + (c % 4 == 0 ? "cz" : c % 4 == 1 ? "pl" : c % 4 == 2 ? "de" : "co.uk");
        String email = ascii(first) + "." + ascii(last) + "." + index + "@" + domain;
        return new Person(first, last, company, email, phoneOf(index));
    }

    /** A valid Czech mobile number (+420 73x xxx xxx), one per index below 10 million (as LoadGenerator's). */
    static String phoneOf(long index) {
        return "+42073" + String.format("%07d", Math.floorMod(index, 10_000_000L));
    }

    /** Lower-case ASCII for e-mail local parts and domains: accents dropped, ł → l, apostrophes gone. */
    static String ascii(String text) {
        String decomposed = Normalizer.normalize(text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss"),
                Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9.-]", "").toLowerCase(Locale.ROOT);
    }

    /** The name without accents (what someone typing on a phone keyboard sends). */
    static String stripAccents(String text) {
        return Normalizer.normalize(text.replace("ł", "l").replace("Ł", "L"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private static String feminine(String surname, int language) {
        if (language == 0) {
            if (surname.endsWith("ý")) {
                return surname.substring(0, surname.length() - 1) + "á";
            }
            if (surname.endsWith("a")) {
                return surname.substring(0, surname.length() - 1) + "ová";
            }
            if (surname.endsWith("ek")) {
                return surname.substring(0, surname.length() - 2) + "ková";
            }
            return surname + "ová";
        }
        if (language == 1 && (surname.endsWith("ski") || surname.endsWith("cki"))) {
            return surname.substring(0, surname.length() - 1) + "a";
        }
        return surname;
    }

    private static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }
}
