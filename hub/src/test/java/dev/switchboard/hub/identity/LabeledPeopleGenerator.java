package dev.switchboard.hub.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the labeled dedupe set {@code labeled-people.csv}: the dedupe columns plus {@code person_id},
 * the truth. Deterministic (fixed seed). Each person gets 1-4 records that vary the way sources do
 * (e-mail case and spaces, phone notation, accents dropped, Cyrillic or Latin script, one typo,
 * given name and surname swapped, legal form of the company, fields missing); and the hard
 * negatives: office mailboxes shared by several people, family phones, masculine/feminine pairs
 * and common names carried by different people. Phones without +country are Czech (dedupe with
 * {@code --region CZ}).
 *
 * <p>Run: {@code java ... LabeledPeopleGenerator hub/src/test/resources/identity/labeled-people.csv}
 * ({@link IdentityLabeledSetTest} checks that the committed file is what this writes).
 */
public final class LabeledPeopleGenerator {

    static final long SEED = 20_261_122L;
    static final String RESOURCE = "/identity/labeled-people.csv";

    /** A name in its own script and as a Latin source would write it (the same when Latin). */
    record Name(String own, String latin, boolean female) {
    }

    /** One person's truth. */
    record Person(String id, Name first, Name last, String email, String phone, String company, String city, boolean cyrillic) {
    }

    private static final String[][] CZ_MALE = {{"Jan", "Novák"}, {"Petr", "Svoboda"}, {"Tomáš", "Dvořák"}, {"Martin", "Černý"},
        {"Jiří", "Procházka"}, {"Pavel", "Kučera"}, {"Lukáš", "Veselý"}, {"Jakub", "Horák"}, {"Ondřej", "Němec"},
        {"Miroslav", "Marek"}, {"Zdeněk", "Pokorný"}, {"Václav", "Hájek"}, {"Radek", "Jelínek"}, {"Vojtěch", "Růžička"},
        {"Štěpán", "Beneš"}, {"František", "Fiala"}, {"Karel", "Sedláček"}, {"Michal", "Doležal"}, {"David", "Zeman"},
        {"Roman", "Kolář"}, {"Josef", "Navrátil"}, {"Aleš", "Čermák"}, {"Filip", "Urban"}, {"Daniel", "Vaněk"}};
    private static final String[][] CZ_FEMALE = {{"Jana", "Nováková"}, {"Eva", "Svobodová"}, {"Hana", "Dvořáková"},
        {"Lucie", "Černá"}, {"Kateřina", "Procházková"}, {"Markéta", "Kučerová"}, {"Tereza", "Veselá"},
        {"Veronika", "Horáková"}, {"Zuzana", "Němcová"}, {"Michaela", "Marková"}, {"Lenka", "Pokorná"},
        {"Petra", "Hájková"}, {"Barbora", "Jelínková"}, {"Alena", "Růžičková"}, {"Šárka", "Benešová"}, {"Ivana", "Fialová"}};
    private static final String[][] PL = {{"Łukasz", "Wiśniewski"}, {"Paweł", "Wójcik"}, {"Krzysztof", "Kowalczyk"},
        {"Grzegorz", "Kamiński"}, {"Michał", "Lewandowski"}, {"Tomasz", "Zieliński"}, {"Piotr", "Szymański"},
        {"Małgorzata", "Woźniak"}, {"Agnieszka", "Dąbrowska"}, {"Katarzyna", "Kozłowska"}, {"Magdalena", "Jankowska"},
        {"Wojciech", "Mazur"}, {"Zbigniew", "Krawczyk"}, {"Joanna", "Grabowska"}};
    private static final String[][] DE = {{"Jürgen", "Müller"}, {"Klaus", "Schmidt"}, {"Stefan", "Schneider"},
        {"Jörg", "Fischer"}, {"Andreas", "Weiß"}, {"Björn", "Schäfer"}, {"Uwe", "Köhler"}, {"Sabine", "Groß"},
        {"Ursula", "Schröder"}, {"Günther", "Hoffmann"}, {"Matthias", "Krüger"}, {"Birgit", "Wagner"}};
    /** Cyrillic given name, surname, and their Latin forms as people write them. */
    private static final String[][] RU = {{"Иван", "Петров", "Ivan", "Petrov"}, {"Сергей", "Смирнов", "Sergey", "Smirnov"},
        {"Дмитрий", "Кузнецов", "Dmitriy", "Kuznetsov"}, {"Алексей", "Попов", "Aleksey", "Popov"},
        {"Андрей", "Соколов", "Andrey", "Sokolov"}, {"Николай", "Лебедев", "Nikolay", "Lebedev"},
        {"Михаил", "Козлов", "Mikhail", "Kozlov"}, {"Ольга", "Новикова", "Olga", "Novikova"},
        {"Наталья", "Морозова", "Natalya", "Morozova"}, {"Елена", "Волкова", "Elena", "Volkova"},
        {"Татьяна", "Зайцева", "Tatyana", "Zaytseva"}, {"Владимир", "Жуков", "Vladimir", "Zhukov"},
        {"Павел", "Орлов", "Pavel", "Orlov"}, {"Юрий", "Белов", "Yuriy", "Belov"}};
    private static final String[] COMPANIES = {"Alfa Stavby", "Beta Logistika", "Gamma Software", "Delta Energo",
        "Omega Trade", "Sigma Consulting", "Kappa Foods", "Lambda Systems", "Orion Media", "Vega Finance",
        "Polaris Engineering", "Nova Pharma", "Atlas Transport", "Zenit Bau", "Hermes Handel", "Merkur Invest",
        "Sirius Data", "Tatra Metal", "Vltava Textil", "Morava Agro", "Baltic Amber", "Wisła Meble", "Rhein Chemie",
        "Ural Steel"};
    private static final String[] CZ_FORMS = {"s.r.o.", "spol. s r.o.", "a.s.", "s. r. o.", "a. s."};
    private static final String[] PL_FORMS = {"Sp. z o.o.", "S.A.", "sp. z o. o."};
    private static final String[] DE_FORMS = {"GmbH", "AG", "GmbH & Co. KG"};
    private static final String[] EN_FORMS = {"Inc.", "Ltd.", "LLC"};
    private static final String[] CITIES = {"Praha", "Brno", "Ostrava", "Plzeň", "Olomouc", "Liberec", "Warszawa",
        "Kraków", "Wrocław", "München", "Berlin", "Dresden", "Москва", "Санкт-Петербург"};

    private final Random random = new Random(SEED);
    private final List<Person> people = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "hub/src/test/resources" + RESOURCE);
        Files.writeString(out, new LabeledPeopleGenerator().csv(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    /** The whole labeled set as CSV text. */
    String csv() throws IOException {
        new LabeledPeople(this, random).generate();
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get().print(text)) {
            printer.printRecord("record_id", "source", "first_name", "last_name", "email", "phone", "company", "city",
                    "person_id");
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i);
                printer.printRecord(String.valueOf(i + 1), r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
            }
        }
        return text.toString();
    }

    void add(String source, String first, String last, String email, String phone, String company, String city,
             String personId) {
        rows.add(new String[] {source, first, last, email, phone, company, city, personId});
    }

    List<Person> people() {
        return people;
    }

    static String[][] czMale() {
        return CZ_MALE;
    }

    static String[][] czFemale() {
        return CZ_FEMALE;
    }

    static String[][] pl() {
        return PL;
    }

    static String[][] de() {
        return DE;
    }

    static String[][] ru() {
        return RU;
    }

    static String[] companies() {
        return COMPANIES;
    }

    static String[] cities() {
        return CITIES;
    }

    static String form(String country, Random random) {
        String[] forms = switch (country) {
            case "PL" -> PL_FORMS;
            case "DE" -> DE_FORMS;
            case "RU" -> new String[] {"ООО", "АО", "LLC"};
            case "EN" -> EN_FORMS;
            default -> CZ_FORMS;
        };
        return forms[random.nextInt(forms.length)];
    }

    static String ascii(String text) {
        return Normalizer.normalize(text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }

    static String slug(String text) {
        return ascii(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}
