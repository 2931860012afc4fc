package dev.switchboard.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import dev.switchboard.hub.crm.PersonNames;
import dev.switchboard.hub.identity.PersonComparator.Link;
import org.junit.jupiter.api.Test;

/** The pairwise rules, one hard case per test. */
class IdentityRulesTest {

    private final PersonComparator comparator = new PersonComparator();

    private static PersonRecord p(String first, String last, String email, String phone, String company) {
        return new PersonRecord("x", null, first, last, email, phone, company, null);
    }

    private Optional<Link> compare(PersonRecord a, PersonRecord b) {
        PreparedPerson x = PreparedPerson.of(a, "CZ");
        PreparedPerson y = PreparedPerson.of(b, "CZ");
        boolean shared = x.genericMailbox() || PersonComparator.differentPeople(x, y);
        return comparator.compare(x, y, shared);
    }

    private String matchedBy(PersonRecord a, PersonRecord b) {
        return compare(a, b).map(Link::matchedBy).orElse("none");
    }

    @Test
    void namesFoldAccentsCaseScriptAndPunctuation() {
        assertThat(PersonNames.fold(" Nováková ")).isEqualTo("novakova");
        assertThat(PersonNames.fold("Иван Петров")).isEqualTo("ivan petrov");
        assertThat(PersonNames.fold("Жуков")).isEqualTo("zhukov");
        assertThat(PersonNames.fold("Łukasz Wiśniewski")).isEqualTo("lukasz wisniewski");
        assertThat(PersonNames.fold("Strauß")).isEqualTo("strauss");
        assertThat(PersonNames.fold("Παπαδόπουλος")).isEqualTo("papadopoulos");
        assertThat(PersonNames.fold("O'Neil-Smith")).isEqualTo("oneil smith");
        assertThat(PersonNames.fold("Ольга Соловьёва")).as("a soft sign does not split a name").isEqualTo("olga solovyeva");
        assertThat(PersonNames.fold(" - ")).isNull();
        assertThat(PersonNames.fold("Alexey")).isEqualTo(PersonNames.fold("Алексей"));
    }

    @Test
    void emailIgnoresCaseAndSpaces() {
        assertThat(compare(p("Jan", "Novák", " Jan.Novak@Firma.CZ ", null, null), p(null, null, "jan.novak@firma.cz", null, null)))
                .get().extracting(Link::matchedBy, Link::score).containsExactly("email", 1.0);
    }

    @Test
    void officeMailboxCountsOnlyWithTheSameName() {
        assertThat(matchedBy(p("Jan", "Novák", "info@firma.cz", null, null), p("Eva", "Malá", "info@firma.cz", null, null)))
                .isEqualTo("none");
        assertThat(matchedBy(p("Jan", "Novák", "info@firma.cz", null, null), p(null, null, "INFO@firma.cz", null, null)))
                .isEqualTo("none");
        assertThat(matchedBy(p("Jan", "Novák", "biuro@firma.pl", null, null), p("Jan", "Novak", "biuro@firma.pl", null, null)))
                .isEqualTo("email");
    }

    @Test
    void mailboxUsedByDifferentNamesIsShared() {
        assertThat(matchedBy(p("Jan", "Novák", "novakovi@seznam.cz", null, null), p("Jana", "Nováková", "novakovi@seznam.cz", null, null)))
                .isEqualTo("none");
    }

    @Test
    void aNewSurnameOnTheSameAddressIsTheSamePerson() {
        assertThat(matchedBy(p("Jana", "Nováková", "jana.n@seznam.cz", null, null), p("Jana", "Svobodová", "jana.n@seznam.cz", null, null)))
                .isEqualTo("email");
    }

    @Test
    void phoneInAnyNotation() {
        PersonRecord a = p("Petr", "Svoboda", null, "+420 601 123 456", null);
        assertThat(matchedBy(a, p("Petr", "Svoboda", null, "00420601123456", null))).isEqualTo("phone");
        assertThat(matchedBy(a, p("P", "Svoboda", null, "601123456", null))).isEqualTo("phone");
        assertThat(matchedBy(a, p(null, "Svoboda", null, "(+420) 601-123-456", null))).isEqualTo("phone");
    }

    @Test
    void familyPhoneWithAnotherGivenNameIsAnotherPerson() {
        PersonRecord petr = p("Petr", "Novák", null, "+420601123456", null);
        assertThat(matchedBy(petr, p("Petra", "Nováková", null, "+420601123456", null))).isEqualTo("none");
        assertThat(matchedBy(petr, p("Tomáš", "Novák", null, "+420601123456", null))).isEqualTo("none");
        assertThat(matchedBy(petr, p(null, null, null, "+420601123456", null))).isEqualTo("none");
    }

    @Test
    void nameAndCompanyDespiteAccentsTyposScriptSwapAndLegalForm() {
        PersonRecord jana = p("Jana", "Nováková", null, null, "Alfa Stavby s.r.o.");
        assertThat(matchedBy(jana, p("JANA", "Novakova", null, null, "ALFA STAVBY, spol. s r.o."))).isEqualTo("name");
        assertThat(matchedBy(jana, p("Jana", "Novákvoá", null, null, "Alfa Stavby"))).isEqualTo("name");
        assertThat(matchedBy(jana, p("Nováková", "Jana", null, null, "Alfa Stavby a.s."))).isEqualTo("name");
        PersonRecord ivan = p("Иван", "Петров", null, null, "ООО «Ромашка»");
        assertThat(compare(ivan, p("Ivan", "Petrov", null, null, "Romashka LLC"))).get()
                .extracting(Link::matchedBy, Link::reason).containsExactly("name", "same name and company");
        assertThat(matchedBy(p("Jürgen", "Müller", null, null, "Rhein Chemie GmbH"), p("Jurgen", "Mueller", null, null, "Rhein Chemie AG")))
                .isEqualTo("name");
    }

    @Test
    void sameNameElsewhereOrWithoutCompanyIsNotEnough() {
        PersonRecord jan = p("Jan", "Novák", null, null, "Alfa Stavby s.r.o.");
        assertThat(matchedBy(jan, p("Jan", "Novák", null, null, "Beta Logistika a.s."))).isEqualTo("none");
        assertThat(matchedBy(jan, p("Jan", "Novák", null, null, null))).isEqualTo("none");
        assertThat(matchedBy(jan, p("J", "Novák", null, null, "Alfa Stavby"))).isEqualTo("none");
    }

    @Test
    void aCompanyEmailDomainStandsForTheCompany() {
        PersonRecord jan = p("Jan", "Kučera", "jkucera@beta-logistika.cz", null, null);
        assertThat(compare(jan, p("Jan", "Kucera", null, null, "BETA LOGISTIKA a.s."))).get()
                .extracting(Link::matchedBy, Link::reason).containsExactly("name", "same name and company (by e-mail domain)");
        assertThat(matchedBy(jan, p("Jan", "Kučera", "kucera@beta-logistika.cz", null, null))).isEqualTo("name");
        assertThat(matchedBy(p("Jan", "Kučera", "jan.kucera@gmail.com", null, null), p("Jan", "Kučera", "jk@gmail.com", null, null)))
                .as("a mail provider is nobody's employer").isEqualTo("none");
        assertThat(matchedBy(p("Martin", "Novák", "martin.novak@cargo.cz", null, "Cargo a.s."),
                p("Martin", "Novák", "martin.novak2@cargo.cz", null, "Cargo"))).as("namesakes told apart by a number").isEqualTo("none");
        assertThat(matchedBy(p("Michael", "Brown", "michael.brown@heron.com", null, "Heron Inc."),
                p("Michael", "Brown", "michael.j.brown@heron.com", null, "Heron"))).as("or by an initial").isEqualTo("none");
    }

    @Test
    void namesRomanizedByOtherConventionsNicknamesAndShortCompanyNamesMatch() {
        assertThat(matchedBy(p("Юрий", "Щербаков", null, null, "ООО «Ромашка»"),
                p("Juri", "Schtscherbakow", null, null, "OOO Romashka"))).isEqualTo("name");
        assertThat(matchedBy(p("Jurij", "Ščerbakov", null, null, "Romashka LLC"),
                p("Yuriy", "Szczerbakow", null, null, "Romashka"))).isEqualTo("name");
        assertThat(matchedBy(p("Ксения", "Фёдорова", null, null, "Техносфера"),
                p("Xenia", "Fjodorowa", null, null, "Technosphera"))).isEqualTo("name");
        assertThat(matchedBy(p("Bill", "Harris", null, null, "Blue Heron Consulting"),
                p("William", "Harris", null, null, "Blue Heron Consulting Inc."))).isEqualTo("name");
        assertThat(matchedBy(p("Honza", "Dvořák", null, null, "Alfa Stavby"),
                p("Jan", "Dvorak", null, null, "ALFA STAVBY a.s."))).isEqualTo("name");
        assertThat(matchedBy(p("Marcin", "Piotrowski", null, null, "PH Wisła S.A."),
                p("Marcin", "Piotrowski", null, null, "Przedsiębiorstwo Handlowe Wisła"))).as("initials").isEqualTo("name");
        assertThat(matchedBy(p("Chris", "O'Brien", null, null, "Redbrick"),
                p("Christopher", "OBrien", null, null, "Redbrick Software plc"))).as("a short form").isEqualTo("name");
        assertThat(matchedBy(p("Frank", "Krüger", null, null, "Brandt Elektrotechnik"),
                p("Frank", "Krüger", null, null, "Brandt Elektrotechnik e.K."))).isEqualTo("name");

        assertThat(matchedBy(p("Daniel", "Evans", null, "+44 117 496 0833", null),
                p("Danielle", "Evans", null, "+44 117 496 0833", null))).as("an added ending is another name").isEqualTo("none");
        assertThat(matchedBy(p("Jevgenij", "Morozov", null, null, "Volga"),
                p("Jevgenija", "Morozova", null, null, "Volga"))).isEqualTo("none");
        assertThat(matchedBy(p("Alexandr", "Novák", null, null, "Alfa"),
                p("Alexandra", "Nováková", null, null, "Alfa"))).isEqualTo("none");
        assertThat(matchedBy(p("Jan", "Novák", null, null, "Alfa Stavby"),
                p("Jan", "Novák", null, null, "Alfa Logistika"))).as("not a short form: another company").isEqualTo("none");
    }

    @Test
    void feminineFormsAndShortNamesAreNotTypos() {
        assertThat(NameSimilarity.token("novotny", "novotna")).isEqualTo(NameSimilarity.Part.CONFLICT);
        assertThat(NameSimilarity.token("kowalski", "kowalska")).isEqualTo(NameSimilarity.Part.CONFLICT);
        assertThat(NameSimilarity.token("petrov", "petrova")).isEqualTo(NameSimilarity.Part.CONFLICT);
        assertThat(NameSimilarity.token("jan", "jen")).isEqualTo(NameSimilarity.Part.CONFLICT);
        assertThat(NameSimilarity.token("dvorak", "dvoark")).isEqualTo(NameSimilarity.Part.TYPO);
        assertThat(NameSimilarity.distance("kitten", "sitting", 5)).isEqualTo(3);
    }

    @Test
    void subAddressesAndGmailDotsAreOneMailbox() {
        assertThat(PreparedPerson.comparable("tomas.berger+crm@firma.cz")).isEqualTo("tomas.berger@firma.cz");
        assertThat(PreparedPerson.comparable("lena.wolf@googlemail.com")).isEqualTo("lenawolf@gmail.com");
        assertThat(PreparedPerson.comparable("l.e.n.a.wolf+shop@gmail.com")).isEqualTo("lenawolf@gmail.com");
        assertThat(PreparedPerson.comparable("lena.wolf@gmx.de")).as("dots count elsewhere").isEqualTo("lena.wolf@gmx.de");
        assertThat(matchedBy(p("Lena", "Wolf", "lena.wolf+newsletter@gmail.com", null, null),
                p("Lena", "Wolf", "LenaWolf@googlemail.com", null, null))).isEqualTo("email");
    }

    @Test
    void titlesGenerationsAndAWholeNameInOneField() {
        NameParts titled = NameParts.of("Ing. Dr. Tomáš", "Berger, MBA");
        assertThat(titled.first()).containsExactly("tomas");
        assertThat(titled.last()).containsExactly("berger");
        NameParts oneField = NameParts.of("BERGER TOMÁŠ", null);
        assertThat(oneField.first()).containsExactly("berger");
        assertThat(oneField.last()).containsExactly("tomas");
        assertThat(NameParts.of("Hugo", "Lind Jr.").generation()).isEqualTo(NameParts.Generation.JUNIOR);
        assertThat(NameParts.of("Hugo", "Lind st.").generation()).isEqualTo(NameParts.Generation.SENIOR);
        assertThat(NameParts.of("Amit", "Sen").last()).as("a surname that looks like a marker stays").containsExactly("sen");

        assertThat(matchedBy(p("LIND HUGO", null, null, null, "Lind Bau GmbH"),
                p("Hugo", "Lind", "hugo@lind-bau.de", null, "Lind Bau"))).as("swapped, in one field").isEqualTo("name");
        assertThat(matchedBy(p("Hugo", "Lind sen.", null, "+49 89 4411 2200", "Lind Bau"),
                p("Hugo", "Lind jun.", null, "+49 89 4411 2200", "Lind Bau"))).as("father and son").isEqualTo("none");
        assertThat(matchedBy(p("Hugo", "Lind", null, "+49 89 4411 2200", "Lind Bau"),
                p("Hugo", "Lind jun.", null, "+49 89 4411 2200", "Lind Bau"))).as("one marked, one not").isEqualTo("phone");
    }

    @Test
    void shortFormsDiminutivesAndLanguagesOfOneGivenName() {
        assertThat(matchedBy(p("Max", "Brandl", null, null, "Brandl Holz"),
                p("Maximilian", "Brandl", null, null, "Brandl Holz GmbH"))).isEqualTo("name");
        assertThat(matchedBy(p("Vojta", "Šimek", null, "+420 602 118 400", null),
                p("Vojtěch", "Šimek", null, "602 118 400", null))).isEqualTo("phone");
        assertThat(matchedBy(p("Uladzimir", "Zhuk", "zhuk@tut.by", null, null),
                p("Владимир", "Жук", "zhuk@tut.by", null, null))).as("Belarusian and Russian forms").isEqualTo("email");
        assertThat(GivenNames.same("sasha", "aleksandr")).isTrue();
        assertThat(GivenNames.same("sasha", "aleksandra")).isTrue();
        assertThat(GivenNames.same("aleksandr", "aleksandra")).as("a diminutive of both joins neither").isFalse();

        assertThat(NameSimilarity.shortForm("jan", "janina")).as("a feminine ending is cut off").isFalse();
        assertThat(NameSimilarity.shortForm("paul", "pauline")).isFalse();
        assertThat(NameSimilarity.token("francis", "frances")).isEqualTo(NameSimilarity.Part.CONFLICT);
        assertThat(NameSimilarity.token("andrej", "andrea")).isEqualTo(NameSimilarity.Part.CONFLICT);
        assertThat(NameSimilarity.token("sokolova", "sokolovova")).as("two feminine forms of one name")
                .isEqualTo(NameSimilarity.Part.TYPO);
    }

    @Test
    void masculineAndFeminineSurnamesOnOneMailboxAreTwoPeople() {
        PreparedPerson husband = PreparedPerson.of(p("Ivo", "Kučera", "kucerovi@seznam.cz", null, null), "CZ");
        PreparedPerson wife = PreparedPerson.of(p("Iva", "Kučerová", "kucerovi@seznam.cz", null, null), "CZ");
        assertThat(PersonComparator.differentPeople(husband, wife)).isTrue();
        PreparedPerson married = PreparedPerson.of(p("Iva", "Malá", "kucerovi@seznam.cz", null, null), "CZ");
        assertThat(PersonComparator.differentPeople(wife, married)).as("a new surname is no new person").isFalse();
        PreparedPerson slovak = PreparedPerson.of(p("Éva", "Horváthová", "eva.h@zoznam.sk", null, null), "SK");
        PreparedPerson hungarian = PreparedPerson.of(p("Horváth Éva", null, "eva.h@zoznam.sk", null, null), "SK");
        assertThat(PersonComparator.differentPeople(slovak, hungarian)).as("one woman, with and without -ová").isFalse();
    }

    @Test
    void aFinalEOfAGivenNameMakesAnotherPersonButNotOfASurname() {
        PreparedPerson him = PreparedPerson.of(p("Pascal", "Roth", "roth.family@web.de", null, null), "DE");
        PreparedPerson her = PreparedPerson.of(p("Pascale", "Roth", "roth.family@web.de", null, null), "DE");
        assertThat(PersonComparator.differentPeople(him, her)).isTrue();
        assertThat(matchedBy(p("Ann", "Hurst", null, "+44 7911 123456", null),
                p("Anne", "Hurst", null, "+44 7911 123456", null))).as("one name by the table").isEqualTo("phone");
        assertThat(matchedBy(p("Owen", "Clark", null, null, "Calder Mills"),
                p("Owen", "Clarke", null, null, "Calder Mills Ltd"))).as("a surname spelt with e").isEqualTo("name");
    }

    @Test
    void aNewSurnameOnTheSameMobileWithTheSameGivenNameIsOnePersonButNotOnADeskPhone() {
        assertThat(compare(p("Irena", "Sýkorová", "irena.s@seznam.cz", "+420 731 502 118", null),
                p("Irena", "Málková", null, "731 502 118", "Kovo Tábor")).map(Link::reason).orElse("none"))
                .contains("married");
        assertThat(matchedBy(p("Irena", "Sýkorová", null, "+420 381 252 100", "Kovo Tábor"),
                p("Irena", "Málková", null, "381 252 100", "Kovo Tábor"))).as("a landline: two colleagues").isEqualTo("none");
        assertThat(matchedBy(p("Karel", "Novák", null, "+420 731 502 118", null),
                p("Karla", "Nováková", null, "+420 731 502 118", null))).as("a family mobile").isEqualTo("none");
    }

    @Test
    void tableNamesWithAnXAndBalticAndBalkanLegalForms() {
        assertThat(matchedBy(p("Sandy", "Reid", null, "+44 7911 654321", null),
                p("Alexander", "Reid", null, "+44 7911 654 321", null))).isEqualTo("phone");
        assertThat(matchedBy(p("Sašo", "Kranjc", null, null, "Kranjc Oprema d.o.o."),
                p("Aleksander", "Kranjc", null, null, "Kranjc Oprema"))).isEqualTo("name");
        assertThat(Companies.key("SIA Daugava Koks")).isEqualTo(Companies.key("Daugava Koks"));
        assertThat(Companies.key("UAB „Nemuno linija“")).isEqualTo(Companies.key("Nemuno linija"));
    }

    @Test
    void latvianEndingsPatronymicsInOneFieldAndIrishGenderPairs() {
        assertThat(matchedBy(p("Андрей", "Кузнецов", "andrejs.k@rigas-koks.lv", null, null),
                p("Andrejs", "Kuzņecovs", "andrejs.k@rigas-koks.lv", null, null))).as("Latvian -s").isEqualTo("email");
        NameParts whole = NameParts.of("Орлова Марина Сергеевна", null);
        assertThat(whole.last()).as("the patronymic is no surname").containsExactly("marina");
        assertThat(matchedBy(p("Орлова Марина Сергеевна", null, null, "+7 495 210 33 40", null),
                p("Марина", "Орлова", null, "+7 495 210-33-40", null))).isEqualTo("phone");
        assertThat(NameSimilarity.token("ciara", "ciaran")).isEqualTo(NameSimilarity.Part.CONFLICT);
    }

    @Test
    void aNumberedAddressAtOneCompanyIsAnotherPersonEvenOnItsSwitchboard() {
        assertThat(matchedBy(p("Owen", "Price", "o.price2@calder.co.uk", "+44 113 496 0700", "Calder Mills"),
                p("Owen", "Price", "owen.price@calder.co.uk", "+44 113 496 0700", "Calder Mills Ltd"))).isEqualTo("none");
    }

    // round 4 of the error analysis (holdout 6): examples of our own

    @Test
    void moreDiminutivesNationalFormsAndOneLetterPairs() {
        assertThat(matchedBy(p("Jarek", "Zając", "j.zajac@mostbud.pl", null, null),
                p("Jarosław", "Zając", "j.zajac@mostbud.pl", null, null))).as("Jarek of Jarosław").isEqualTo("email");
        assertThat(matchedBy(p("Peppe", "Ferri", null, "+39 333 410 2277", null),
                p("Giuseppe", "Ferri", null, "0039 333 410 2277", null))).as("Peppe of Giuseppe").isEqualTo("phone");
        assertThat(NameSimilarity.token("jon", "john")).as("Jon is a spelling of John").isEqualTo(NameSimilarity.Part.TYPO);
        assertThat(NameSimilarity.token("erzsebet", "alzbeta")).as("Hungarian and Slovak Elizabeth").isEqualTo(NameSimilarity.Part.TYPO);
        assertThat(matchedBy(p("Leslie", "Croft", "les.croft@btinternet.com", "+44 1632 960 911", null),
                p("Lesley", "Croft", "lesley.croft@btinternet.com", "01632 960911", null))).as("husband and wife").isEqualTo("none");
        assertThat(NameParts.of("Owen", "Pryce Jnr").generation()).isEqualTo(NameParts.Generation.JUNIOR);
        assertThat(NameParts.of("Owen", "Pryce Snr").last()).containsExactly("pryce");
    }

    @Test
    void aGenerationMarkOnOneSideOfAHomeLandlineIsNoLink() {
        PersonRecord son = p("Václav", "Hrubý ml.", "v.hruby.ml@seznam.cz", "+420 385 112 340", null);
        assertThat(matchedBy(son, p("Václav", "Hrubý", "hruby.vaclav@volny.cz", "385 112 340", null)))
                .as("the unmarked one may be the father").isEqualTo("none");
        assertThat(matchedBy(p("Václav", "Hrubý ml.", "v.hruby.ml@seznam.cz", "+420 603 118 440", null),
                p("Václav", "Hrubý", "vaclav.hruby@firma.cz", "603 118 440", null))).as("his own mobile").isEqualTo("phone");
        assertThat(matchedBy(son, p("Václav", "Hrubý ml.", "hruby.vaclav@volny.cz", "385 112 340", null)))
                .as("both marked alike").isEqualTo("phone");
    }

    @Test
    void twoOwnAddressesAtOneCompanyWithTwoPhonesOfOneKindAreTwoNamesakes() {
        PersonRecord plzen = p("Marek", "Vondra", "mvondra@zulu-stavby.cz", "+420 603 118 270", "Zulu stavby a.s.");
        assertThat(matchedBy(plzen, p("Marek", "Vondra", "marek.vondra@zulu-stavby.cz", "+420 777 410 925", "Zulu stavby")))
                .as("two mobiles").isEqualTo("none");
        assertThat(matchedBy(p("Marek", "Vondra", "mvondra@zulu-stavby.cz", "+420 377 118 270", "Zulu stavby a.s."),
                p("Marek", "Vondra", "marek.vondra@zulu-stavby.cz", "+420 377 118 271", "Zulu stavby"))).as("two desk lines")
                .isEqualTo("none");
        assertThat(matchedBy(plzen, p("Marek", "Vondra", "marek.vondra@zulu-stavby.cz", "+420 377 118 270", "Zulu stavby")))
                .as("his mobile and his desk line").isEqualTo("name");
        assertThat(matchedBy(plzen, p("Marek", "Vondra", "marek.vondra@zulu-stavby.cz", null, "Zulu stavby")))
                .as("nothing to tell them apart").isEqualTo("name");
        assertThat(PreparedPerson.generic("kancelaria@drevo-tatry.sk")).as("a Slovak office mailbox").isTrue();
        assertThat(PreparedPerson.generic("iroda@alfold-agro.hu")).as("a Hungarian office mailbox").isTrue();
    }

    @Test
    void aFormerSurnameKeptAsAMiddleNameOnOneDeskLine() {
        PersonRecord before = p("Helen", "Marsh", "helen.marsh@corvid-data.cz", "+420 224 310 455", "Corvid Data");
        assertThat(matchedBy(before, p("Helen Marsh", "Oakley", "helen.oakley@corvid-data.cz", "224 310 455", "Corvid Data s.r.o.")))
                .isEqualTo("phone");
        assertThat(matchedBy(before, p("Helen", "Oakley", "helen.oakley@corvid-data.cz", "224 310 455", "Corvid Data s.r.o.")))
                .as("a desk line under another surname alone").isEqualTo("none");
        assertThat(matchedBy(before, p("Ruth Marsh", "Oakley", "ruth.oakley@corvid-data.cz", "224 310 455", "Corvid Data s.r.o.")))
                .as("another given name").isEqualTo("none");
    }

    @Test
    void anInternetProvidersDomainIsNoEmployer() {
        assertThat(matchedBy(p("Owen", "Baxter", "owen.baxter@btinternet.com", null, null),
                p("Owen", "Baxter", "obaxter@btinternet.com", null, null))).isEqualTo("none");
        assertThat(matchedBy(p("Zoltán", "Kiss", "kiss.zoltan@freemail.hu", null, null),
                p("Zoltán", "Kiss", "zkiss@freemail.hu", null, null))).isEqualTo("none");
        assertThat(PreparedPerson.organization("marko.horvat@net.hr")).isNull();
    }

    @Test
    void aHungarianNameInFamilyFirstOrderIsTheSlovakFeminineForm() {
        PreparedPerson hungarian = PreparedPerson.of(p("Kiss", "Zsófia", "kiss.zsofia@citromail.hu", null, null), "SK");
        PreparedPerson slovak = PreparedPerson.of(p("Žofia", "Kissová", "kiss.zsofia@citromail.hu", null, null), "SK");
        assertThat(PersonComparator.differentPeople(hungarian, slovak)).isFalse();
        assertThat(matchedBy(p("Kiss", "Zsófia", "kiss.zsofia@citromail.hu", null, null),
                p("Žofia", "Kissová", "kiss.zsofia@citromail.hu", null, null))).isEqualTo("email");
    }

    // round 5 of the error analysis (holdout 7): examples of our own

    @Test
    void hungarianNameFormsMarriedSuffixFamilyFirstWomanAndGenerationMarks() {
        assertThat(matchedBy(p("Horváth", "Ildikó", "horvath.ildiko@pannon-bor.hu", null, null),
                p("Ildikó", "Horváthné", "horvath.ildiko@pannon-bor.hu", null, null))).as("Mrs Horváth").isEqualTo("email");
        assertThat(NameParts.of("Ildikó", "Horváthné").last()).containsExactly("horvath");
        assertThat(NameParts.of("Szabó Gézáné", null).first()).as("the full form names her husband")
                .doesNotContain("geza");
        assertThat(NameParts.of("Jeanne", "Browne").last()).containsExactly("browne");
        assertThat(matchedBy(p("Varga", "Erika", null, "+421 36 631 2290", "Ipeľ Agro"),
                p("Erika", "Vargová", null, "00421 36 631 2290", "Ipeľ Agro s.r.o."))).as("family first, masculine form")
                .isEqualTo("phone");
        assertThat(matchedBy(p("Varga", "Erik", null, "+421 36 631 2290", null),
                p("Erika", "Vargová", null, "00421 36 631 2290", null))).as("a couple").isEqualTo("none");
        assertThat(NameParts.of("ifj. Varga", "Géza").generation()).isEqualTo(NameParts.Generation.JUNIOR);
        assertThat(NameParts.of("id. Varga", "Géza").first()).containsExactly("varga");
    }

    @Test
    void aGenerationMarkInTheAddressAndFeminineLongFormsAndDiminutives() {
        PreparedPerson son = PreparedPerson.of(p("Georg", "Haller", "georg.haller.jun@gmx.de", null, null), "DE");
        assertThat(son.generation()).isEqualTo(NameParts.Generation.JUNIOR);
        assertThat(PreparedPerson.of(p("Georg", "Haller", "haller.sen@gmx.de", null, null), "DE").generation())
                .isEqualTo(NameParts.Generation.SENIOR);
        assertThat(PreparedPerson.of(p("Georg", "Haller", "jun@haller.de", null, null), "DE").generation()).isNull();
        assertThat(matchedBy(p("Georg", "Haller sen.", null, "+49 821 440 17", "Haller Bau"),
                p("Georg", "Haller", "georg.haller.jun@gmx.de", "0821 44017", "Haller Bau"))).isEqualTo("none");
        assertThat(matchedBy(p("Anton", "Reiter", "anton.reiter@aon.at", "+43 662 418 220", null),
                p("Antonia", "Reiter", "toni.reiter@gmx.at", "0662 418220", null))).as("Anton, Antonia")
                .isEqualTo("none");
        assertThat(NameSimilarity.shortForm("anton", "antonia")).isFalse();
        assertThat(NameSimilarity.shortForm("max", "maximilian")).isTrue();
        assertThat(NameSimilarity.token("dave", "david")).isEqualTo(NameSimilarity.Part.TYPO);
        assertThat(NameSimilarity.token("ruedi", "rudolf")).isEqualTo(NameSimilarity.Part.TYPO);
        assertThat(matchedBy(p("Серёжа", null, null, "+7 916 204-18-33", null),
                p("Сергей", "Орлов", null, "+7 (916) 204 18 33", null))).as("a diminutive and a phone").isEqualTo("phone");
    }

    @Test
    void twoOwnAddressesAtOneCompanyInTwoCitiesAreTwoNamesakes() {
        PersonRecord bristol = new PersonRecord("x", null, "Alan", "Fletcher", "alan.fletcher@westway-hire.co.uk",
                "0117 496 0341", "Westway Hire Ltd", "Bristol");
        assertThat(compare(bristol, new PersonRecord("y", null, "Alan", "Fletcher", "a.fletcher@westway-hire.co.uk",
                "07700 900562", "Westway Hire", "Exeter"))).as("two branches").isEmpty();
        assertThat(compare(bristol, new PersonRecord("y", null, "Alan", "Fletcher", "a.fletcher@westway-hire.co.uk",
                "07700 900562", "Westway Hire", "BRISTOL"))).as("one city").isPresent();
        assertThat(compare(new PersonRecord("x", null, "Jerzy", "Malinowski", "j.malinowski@baltbud.pl", "+48 91 433 10 20",
                        "Baltbud", "Szczecin"), new PersonRecord("y", null, "Jerzy", "Malinowski",
                        "jerzy.malinowski@baltbud.pl", "+48 91 433 10 20", "Baltbud", "Stettin")))
                .as("one number is one place, whatever its name").isPresent();
    }

    @Test
    void theLinearOneEditCheckAgreesWithTheDistance() {
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 200_000; n++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? randomWord(random) : edit(a, random);
            if (b.isEmpty()) {
                continue; // name tokens are never empty
            }
            assertThat(NameSimilarity.withinOneEdit(a, b)).as(a + " / " + b)
                    .isEqualTo(NameSimilarity.distance(a, b, 1) <= 1);
        }
    }

    private static String randomWord(java.util.Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(6) + 1; i > 0; i--) {
            word.append((char) ('a' + random.nextInt(3)));
        }
        return word.toString();
    }

    private static String edit(String word, java.util.Random random) {
        StringBuilder w = new StringBuilder(word);
        int at = w.length() == 0 ? 0 : random.nextInt(w.length());
        switch (random.nextInt(4)) {
            case 0 -> w.insert(at, (char) ('a' + random.nextInt(3)));
            case 1 -> { if (w.length() > 0) { w.deleteCharAt(at); } }
            case 2 -> { if (w.length() > 0) { w.setCharAt(at, (char) ('a' + random.nextInt(3))); } }
            default -> { if (at + 1 < w.length()) { char c = w.charAt(at); w.setCharAt(at, w.charAt(at + 1)); w.setCharAt(at + 1, c); } }
        }
        return w.toString();
    }

    @Test
    void legalFormsAndPunctuationAreNotPartOfTheCompany() {
        assertThat(Companies.key("ACME, spol. s r.o.")).isEqualTo(Companies.key("Acme"));
        assertThat(Companies.key("Acme Sp. z o.o.")).isEqualTo("acme");
        assertThat(Companies.key("Acme GmbH & Co. KG")).isEqualTo("acme");
        assertThat(Companies.key("АО Acme")).isEqualTo("acme");
        assertThat(Companies.key("Acme Inc.")).isEqualTo("acme");
        assertThat(Companies.key("s.r.o.")).isEqualTo("sro");
    }
}
