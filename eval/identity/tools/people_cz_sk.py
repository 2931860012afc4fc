# Czech and Slovak people of the identity holdout set (hand-written; see ../README.md).
# Each P(tags, *rows): one real person; rows are (source, first, last, email, phone, company, city).
# Tags: same-person difficulties (email-case, phone-format, accents, typo, ...) and, with a key after
# a colon, groups of DIFFERENT people that share something (mailbox:, family:, switchboard:,
# namesake:, namesake-samecompany:, lookalike:).
from common import P

# --- Alfa Stavby a.s., Praha: shared mailbox info@, switchboard 234 701 100
P("accents allcaps company-form email-case phone-format typo email-space namesake:katerina-dvorakova",
  ("crm", "Kateřina", "Dvořáková", "katerina.dvorakova@alfastavby.cz", "+420 777 214 385", "Alfa Stavby a.s.", "Praha"),
  ("erp", "KATEŘINA", "DVOŘÁKOVÁ", "Katerina.Dvorakova@AlfaStavby.cz", "00420777214385", "ALFA STAVBY", "Praha"),
  ("event", "Katerina", "Dvorakova", "katerina.dvorakova@alfastavby.cz", "777 214 385", "Alfa Stavby, a. s.", "Praha 4"),
  ("newsletter", "Katarina", "Dvořáková", "katerina.dvorakova@alfastavby.cz ", "", "", ""))
P("shared-mailbox-own company-form multi-phone mailbox:alfa switchboard:alfa",
  ("crm", "Petr", "Svoboda", "info@alfastavby.cz", "+420 234 701 100", "Alfa Stavby a.s.", "Praha"),
  ("erp", "Petr", "Svoboda", "petr.svoboda@alfastavby.cz", "+420 603 118 742", "ALFA STAVBY A.S.", "Praha"))
P("mailbox:alfa switchboard:alfa",
  ("web-form", "Lenka", "Marešová", "info@alfastavby.cz", "234 701 100", "Alfa Stavby", "Praha"))
P("shared-mailbox-own accents missing mailbox:alfa",
  ("event", "Tomáš", "Král", "INFO@alfastavby.cz", "", "Alfa Stavby a.s.", "Praha"),
  ("helpdesk", "Tomas", "Kral", "tomas.kral@alfastavby.cz", "+420 731 552 908", "Alfa Stavby a.s.", "Praha"))

# --- Jan Novák: four different people
P("typo email-case phone-national company-form namesake:jan-novak",
  ("crm", "Jan", "Novák", "jan.novak@morstroj.cz", "+420 605 332 174", "Moravské strojírny s.r.o.", "Brno"),
  ("erp", "Jan", "Nowák", "JAN.NOVAK@MORSTROJ.CZ", "605332174", "MORAVSKE STROJIRNY S.R.O.", "Brno"))
P("namesake:jan-novak",
  ("web-form", "Jan", "Novák", "novak.jan@seznam.cz", "721 448 019", "Pekárna Zlatý klas", "Kolín"))
P("namesake:jan-novak",
  ("newsletter", "Jan", "Novak", "jan.novak1984@gmail.com", "", "", ""))
P("company-form missing namesake:jan-novak",
  ("event", "Jan", "Novák", "jnovak@datanet-morava.cz", "+420 777 905 613", "Datanet Morava s.r.o.", "Olomouc"),
  ("webinar", "Jan", "Novák", "jnovak@datanet-morava.cz", "", "Datanet Morava", "Olomouc"))

# --- Kovář family, Tábor: Pavel and Pavla share the home phone
P("accents phone-national company-form missing family:kovar",
  ("crm", "Pavel", "Kovář", "pavel.kovar@email.cz", "+420 602 771 345", "Kovář Truhlářství", "Tábor"),
  ("erp", "Pavel", "Kovar", "", "602771345", "Truhlářství Kovář s.r.o.", "Tábor"))
P("family:kovar",
  ("web-form", "Pavla", "Kovářová", "pavla.kovarova@email.cz", "+420 602 771 345", "", "Tábor"))

# --- Elektro Horák s.r.o., Tábor: Martin and Martina, same office mailbox and office phone
P("shared-mailbox-own multi-phone company-form mailbox:horak family:horak",
  ("crm", "Martin", "Horák", "kancelar@horak-elektro.cz", "+420 381 254 117", "Elektro Horák s.r.o.", "Tábor"),
  ("event", "Martin", "Horák", "m.horak@horak-elektro.cz", "+420 724 310 866", "Elektro Horák", "Tábor"))
P("shared-mailbox-own private-email accents missing mailbox:horak family:horak",
  ("crm", "Martina", "Horáková", "kancelar@horak-elektro.cz", "381 254 117", "Elektro Horák s.r.o.", "Tábor"),
  ("web-form", "Martina", "Horakova", "martina.horakova@seznam.cz", "", "Elektro Horák", "Tábor"))

# --- Vltava Logistik s.r.o., Praha: switchboard 222 910 400
P("surname-change accents company-form missing",
  ("crm", "Lucie", "Malá", "lucie.mala@vltavalogistik.cz", "+420 736 402 581", "Vltava Logistik s.r.o.", "Praha"),
  ("erp", "Lucie", "Kučerová", "lucie.kucerova@vltavalogistik.cz", "+420 736 402 581", "Vltava Logistik s.r.o.", "Praha"),
  ("webinar", "Lucie", "Kucerova", "lucie.kucerova@vltavalogistik.cz", "", "Vltava Logistik", "Praha"))
P("accents phone-national company-form only-email email-case switchboard:vltava namesake:jiri-cerny",
  ("crm", "Jiří", "Černý", "jiri.cerny@vltavalogistik.cz", "+420 222 910 400", "Vltava Logistik s.r.o.", "Praha"),
  ("import", "Jiri", "Cerny", "jiri.cerny@vltavalogistik.cz", "222910400", "VLTAVA LOGISTIK SRO", "Praha"),
  ("newsletter", "", "", "Jiri.Cerny@vltavalogistik.cz", "", "", ""))
P("switchboard:vltava missing company-form",
  ("crm", "Hana", "Veselá", "hana.vesela@vltavalogistik.cz", "+420 222 910 400", "Vltava Logistik s.r.o.", "Praha"),
  ("event", "Hana", "Veselá", "", "", "Vltava Logistik", "Praha"))
P("multi-phone one-field-changed switchboard:vltava",
  ("event", "Ondřej", "Jelínek", "ondrej.jelinek@vltavalogistik.cz", "222 910 400", "Vltava Logistik", "Praha"),
  ("crm", "Ondřej", "Jelínek", "ondrej.jelinek@vltavalogistik.cz", "+420 739 118 204", "Vltava Logistik s.r.o.", "Praha"))
P("translit cyrillic private-email company-form",
  ("crm", "Pavel", "Jeršov", "pavel.jersov@vltavalogistik.cz", "+420 739 550 212", "Vltava Logistik s.r.o.", "Praha"),
  ("web-form", "Павел", "Ершов", "p.ershov@yandex.ru", "+420 739 550 212", "", "Прага"),
  ("event", "Pavel", "Yershov", "pavel.jersov@vltavalogistik.cz", "", "Vltava Logistik", "Prague"))

# --- Jizerka Plast s.r.o., Liberec
P("private-email accents company-form multi-phone",
  ("crm", "Tomáš", "Procházka", "tomas.prochazka@jizerkaplast.cz", "+420 485 100 230", "Jizerka Plast s.r.o.", "Liberec"),
  ("newsletter", "Tomáš", "Procházka", "tomprochazka@seznam.cz", "", "", "Liberec"),
  ("event", "Tomas", "Prochazka", "tomprochazka@seznam.cz", "+420 608 771 092", "Jizerka Plast", "Liberec"))
P("job-change one-field-changed",
  ("crm", "Veronika", "Králová", "veronika.kralova@jizerkaplast.cz", "+420 723 449 016", "Jizerka Plast s.r.o.", "Liberec"),
  ("webinar", "Veronika", "Králová", "veronika.kralova@datanet-morava.cz", "723 449 016", "Datanet Morava s.r.o.", "Olomouc"))
P("",
  ("web-form", "Dana", "Pokorná", "dana.pokorna@jizerkaplast.cz", "+420 485 100 241", "Jizerka Plast s.r.o.", "Liberec"))

# --- Sázava Agro a.s., Benešov
P("accents missing private-email phone-format company-form allcaps",
  ("crm", "Michaela", "Růžičková", "michaela.ruzickova@sazava-agro.cz", "+420 317 842 155", "Sázava Agro a.s.", "Benešov"),
  ("erp", "Michaela", "Růžičkova", "", "+420 317 842 155", "SÁZAVA AGRO A.S.", "Benešov"),
  ("web-form", "Michaela", "Ruzickova", "m.ruzickova@gmail.com", "317842155", "Sazava Agro", "Benešov"))
P("allcaps accents company-form namesake:petra-svobodova",
  ("crm", "Petra", "Svobodová", "petra.svobodova@sazava-agro.cz", "+420 728 300 415", "Sázava Agro a.s.", "Benešov"),
  ("erp", "PETRA", "SVOBODOVA", "PETRA.SVOBODOVA@SAZAVA-AGRO.CZ", "", "SAZAVA AGRO", "Benešov"))
P("namesake:petra-svobodova",
  ("newsletter", "Petra", "Svobodová", "petra.svobodova@centrum.cz", "", "", "Ostrava"))
P("accents namesake:petra-svobodova",
  ("event", "Petra", "Svobodova", "p.svobodova@bohemiacargo.cz", "+420 606 914 227", "Bohemia Cargo a.s.", "Praha"))

# --- Datanet Morava s.r.o., Olomouc
P("swapped phone-national company-form",
  ("crm", "Radek", "Beneš", "radek.benes@datanet-morava.cz", "+420 585 224 610", "Datanet Morava s.r.o.", "Olomouc"),
  ("import", "Beneš", "Radek", "radek.benes@datanet-morava.cz", "585 224 610", "Datanet Morava", "Olomouc"))
P("",
  ("crm", "Kamila", "Šťastná", "kamila.stastna@datanet-morava.cz", "+420 585 224 633", "Datanet Morava s.r.o.", "Olomouc"))

# --- Stavitelé Plzeň s.r.o.
P("swapped accents missing company-form phone-national only-phone",
  ("event", "Navrátil", "Zdeněk", "", "+420 775 610 233", "Stavitelé Plzeň s.r.o.", "Plzeň"),
  ("crm", "Zdeněk", "Navrátil", "zdenek.navratil@stavitele-plzen.cz", "775 610 233", "Stavitelé Plzeň", "Plzeň"),
  ("billing", "Zdenek", "Navratil", "zdenek.navratil@stavitele-plzen.cz", "", "STAVITELE PLZEN S.R.O.", "Plzen"),
  ("helpdesk", "Zdeněk", "", "", "775610233", "", "Plzeň"))
# Kratochvíl family, Plzeň: Jan and Jana share the mobile
P("family:kratochvil",
  ("event", "Jan", "Kratochvíl", "jan.kratochvil@stavitele-plzen.cz", "+420 776 503 118", "Stavitelé Plzeň s.r.o.", "Plzeň"))
P("accents missing phone-national family:kratochvil",
  ("newsletter", "Jana", "Kratochvílová", "jana.kratochvilova@email.cz", "", "", "Plzeň"),
  ("helpdesk", "Jana", "Kratochvilova", "jana.kratochvilova@email.cz", "776503118", "", "Plzeň"))

# --- Pekárna Zlatý klas s.r.o., Kolín
P("missing company-form",
  ("crm", "Eva", "Marková", "eva.markova@zlatyklas.cz", "", "Pekárna Zlatý klas s.r.o.", "Kolín"),
  ("helpdesk", "Eva", "Marková", "", "+420 321 710 442", "Pekárna Zlatý klas", "Kolín"))
P("",
  ("import", "Barbora", "Nováková", "barbora.novakova@zlatyklas.cz", "", "Pekárna Zlatý klas s.r.o.", "Kolín"))

# --- BrnoSoft a.s., Brno
P("typo email-space",
  ("crm", "Jakub", "Pokorný", "jakub.pokorny@brnosoft.cz", "+420 532 190 774", "BrnoSoft a.s.", "Brno"),
  ("web-form", "Jakub", "Pokroný", "jakub.pokorny@brnosoft.cz", "", "BrnoSoft", "Brno"),
  ("webinar", "Jakub", "Pokorny", "jakub.pokorny@brnosoft.cz ", "", "", ""))
P("email-case email-space phone-format missing",
  ("crm", "Zuzana", "Fialová", "zuzana.fialova@brnosoft.cz", "+420 777 340 615", "BrnoSoft a.s.", "Brno"),
  ("newsletter", "Zuzana", "Fialová", " Zuzana.Fialova@brnosoft.cz", "", "", ""),
  ("event", "Zuzana", "Fialová", "", "00420 777 340 615", "BrnoSoft a.s.", "Brno"))
P("lookalike:lukac",
  ("crm", "Tomáš", "Lukáš", "tomas.lukas@brnosoft.cz", "+420 532 190 781", "BrnoSoft a.s.", "Brno"))

# --- Elektro Hájek spol. s r.o., Písek
P("phone-format accents company-form missing",
  ("crm", "Lukáš", "Hájek", "lukas.hajek@elektrohajek.cz", "+420 604 552 817", "Elektro Hájek spol. s r.o.", "Písek"),
  ("erp", "Lukáš", "Hájek", "lukas.hajek@elektrohajek.cz", "+420-604-552-817", "Elektro Hájek, spol. s r.o.", "Písek"),
  ("event", "Lukas", "Hajek", "", "604.552.817", "Elektro Hájek", "Písek"))

# --- Moravské strojírny s.r.o., Brno: switchboard 548 125 300
P("typo private-email accents multi-phone switchboard:morstroj",
  ("crm", "Vojtěch", "Sedláček", "vojtech.sedlacek@morstroj.cz", "+420 548 125 300", "Moravské strojírny s.r.o.", "Brno"),
  ("erp", "Vojtech", "Sedlacek", "vojtech.sedlacek@morstroj.cz", "548125300", "MORAVSKÉ STROJÍRNY", "Brno"),
  ("web-form", "Vojtěch", "Sedlářek", "vsedlacek@gmail.com", "603 998 127", "Moravské strojírny", "Brno"))
P("fullname-one-field switchboard:morstroj",
  ("crm", "Ivana", "Čermáková", "ivana.cermakova@morstroj.cz", "+420 548 125 300", "Moravské strojírny s.r.o.", "Brno"),
  ("web-form", "Ivana Čermáková", "", "ivana.cermakova@morstroj.cz", "", "Moravské strojírny", "Brno"))

# --- Bohemia Cargo a.s., Praha: switchboard 266 031 700, shared mailbox obchod@, two Martin Nováks
P("accents company-form multi-phone switchboard:bohemia",
  ("crm", "Štěpán", "Říha", "stepan.riha@bohemiacargo.cz", "+420 266 031 700", "Bohemia Cargo a.s.", "Praha"),
  ("event", "Stepan", "Riha", "stepan.riha@bohemiacargo.cz", "+420 731 004 288", "BOHEMIA CARGO", "Praha"))
P("switchboard:bohemia",
  ("crm", "Alena", "Křížová", "alena.krizova@bohemiacargo.cz", "+420 266 031 700", "Bohemia Cargo a.s.", "Praha"))
P("email-case phone-national missing switchboard:bohemia",
  ("helpdesk", "Filip", "Bartoš", "filip.bartos@bohemiacargo.cz", "266031700", "Bohemia Cargo", "Praha"),
  ("webinar", "Filip", "Bartoš", "FILIP.BARTOS@bohemiacargo.cz", "", "Bohemia Cargo a.s.", "Praha"))
P("shared-mailbox-own multi-phone mailbox:bohemia switchboard:bohemia",
  ("web-form", "Renata", "Vlčková", "obchod@bohemiacargo.cz", "+420 266 031 700", "Bohemia Cargo a.s.", "Praha"),
  ("crm", "Renata", "Vlčková", "renata.vlckova@bohemiacargo.cz", "+420 739 662 081", "Bohemia Cargo a.s.", "Praha"))
P("mailbox:bohemia",
  ("event", "David", "Urban", "obchod@bohemiacargo.cz", "", "Bohemia Cargo", "Praha"))
P("email-case company-form missing namesake-samecompany:martin-novak-bc namesake:martin-novak",
  ("crm", "Martin", "Novák", "martin.novak@bohemiacargo.cz", "+420 605 118 930", "Bohemia Cargo a.s.", "Praha"),
  ("event", "Martin", "Novák", "Martin.Novak@bohemiacargo.cz", "", "Bohemia Cargo", "Praha"))
P("accents phone-national allcaps namesake-samecompany:martin-novak-bc namesake:martin-novak",
  ("crm", "Martin", "Novák", "martin.novak2@bohemiacargo.cz", "+420 724 880 316", "Bohemia Cargo a.s.", "Ostrava"),
  ("erp", "MARTIN", "NOVAK", "martin.novak2@bohemiacargo.cz", "724880316", "BOHEMIA CARGO A.S.", "Ostrava"))
P("namesake:martin-novak",
  ("newsletter", "Martin", "Novák", "martin.novak@post.cz", "", "", "Jihlava"))

# --- Kladno Therm s.r.o.: billing mailbox fakturace@, Dušek family phone
P("company-form phone-national allcaps shared-mailbox-own mailbox:kladnotherm",
  ("helpdesk", "Roman", "Blažek", "roman.blazek@kladnotherm.cz", "+420 312 245 990", "Kladno Therm s.r.o.", "Kladno"),
  ("crm", "Roman", "Blažek", "roman.blazek@kladnotherm.cz", "312 245 990", "KLADNO THERM", "Kladno"),
  ("billing", "Roman", "Blazek", "fakturace@kladnotherm.cz", "", "Kladno Therm s.r.o.", "Kladno"))
P("shared-mailbox-own multi-phone missing mailbox:kladnotherm",
  ("billing", "Jitka", "Šimková", "fakturace@kladnotherm.cz", "+420 312 245 900", "Kladno Therm s.r.o.", "Kladno"),
  ("crm", "Jitka", "Šimková", "jitka.simkova@kladnotherm.cz", "", "Kladno Therm s.r.o.", "Kladno"))
P("private-email phone-national family:dusek",
  ("web-form", "Petr", "Dušek", "petr.dusek@seznam.cz", "608 227 519", "", "Kladno"),
  ("crm", "Petr", "Dušek", "petr.dusek@kladnotherm.cz", "+420 608 227 519", "Kladno Therm s.r.o.", "Kladno"))
P("family:dusek",
  ("web-form", "Petra", "Dušková", "petra.duskova@seznam.cz", "+420608227519", "", "Kladno"))

# --- Vinařství Kolář s.r.o., Břeclav: father and daughter on the winery phone
P("phone-national company-form family:kolar",
  ("crm", "Miroslav", "Kolář", "miroslav.kolar@vinarstvi-kolar.cz", "+420 519 322 604", "Vinařství Kolář", "Břeclav"),
  ("erp", "Miroslav", "Kolář", "miroslav.kolar@vinarstvi-kolar.cz", "519 322 604", "Vinařství Kolář s.r.o.", "Břeclav"))
P("family:kolar",
  ("web-form", "Tereza", "Kolářová", "tereza.kolarova@vinarstvi-kolar.cz", "+420 519 322 604", "Vinařství Kolář s.r.o.", "Břeclav"))

# --- Urban family, Karlovy Vary: Stanislav and Stanislava share the home line
P("company-form multi-phone family:urban switchboard:kvlazne",
  ("crm", "Stanislav", "Urban", "stanislav.urban@kvlazne.cz", "+420 353 118 200", "Karlovarské lázeňské služby s.r.o.", "Karlovy Vary"),
  ("web-form", "Stanislav", "Urban", "stanislav.urban@kvlazne.cz", "353 221 407", "KV Lázně", "Karlovy Vary"))
P("family:urban",
  ("web-form", "Stanislava", "Urbanová", "stana.urbanova@centrum.cz", "+420 353 221 407", "", "Karlovy Vary"))

# --- Czech singletons and small cases
P("", ("web-form", "Šárka", "Doležalová", "sarka.dolezalova@seznam.cz", "737 101 554", "", "Hradec Králové"))
P("", ("newsletter", "Markéta", "Zemanová", "marketa.zemanova@post.cz", "", "", ""))
P("", ("event", "Aleš", "Vaněk", "ales.vanek@gmail.com", "+420 702 561 334", "", "Ústí nad Labem"))
P("accents phone-format",
  ("crm", "Jaroslav", "Šindelář", "jaroslav.sindelar@ceskelesy-servis.cz", "+420 495 512 660", "České lesy servis s.r.o.", "Hradec Králové"),
  ("event", "Jaroslav", "Sindelar", "jaroslav.sindelar@ceskelesy-servis.cz", "+420-495-512-660", "České lesy servis s.r.o.", "Hradec Králové"))
P("family:jires",
  ("crm", "Jaroslava", "Jirešová", "jaroslava.jiresova@email.cz", "+420 732 206 914", "", "Pardubice"))
P("family:jires private-email multi-phone",
  ("crm", "Jaroslav", "Jireš", "jaroslav.jires@ceskelesy-servis.cz", "+420 495 512 671", "České lesy servis s.r.o.", "Hradec Králové"),
  ("web-form", "Jaroslav", "Jireš", "jarda.jires@email.cz", "732 206 914", "České lesy servis", "Pardubice"))
P("", ("helpdesk", "Vladimír", "Dvořák", "vladimir.dvorak@sazava-agro.cz", "+420 317 842 190", "Sázava Agro a.s.", "Benešov"))
P("accents typo",
  ("crm", "Kristýna", "Benešová", "kristyna.benesova@ostravske-teplo.cz", "+420 596 341 220", "Ostravské teplo a.s.", "Ostrava"),
  ("webinar", "Kristína", "Benesova", "kristyna.benesova@ostravske-teplo.cz", "", "Ostravské teplo", "Ostrava"))
P("", ("crm", "Josef", "Horák", "josef.horak@ostravske-teplo.cz", "+420 596 341 238", "Ostravské teplo a.s.", "Ostrava"))
P("one-field-changed",
  ("crm", "Milan", "Pešek", "milan.pesek@ostravske-teplo.cz", "+420 602 415 873", "Ostravské teplo a.s.", "Ostrava"),
  ("erp", "Milan", "Pešek", "milan.pesek@ostravske-teplo.cz", "+420 602 415 873", "Ostravské teplo a.s.", "Opava"))
P("only-phone namesake:hana-kopecka",
  ("crm", "Hana", "Kopecká", "hana.kopecka@jihlavske-okna.cz", "+420 567 310 452", "Jihlavská okna s.r.o.", "Jihlava"),
  ("helpdesk", "Hana", "", "", "567 310 452", "", "Jihlava"))
P("namesake:hana-kopecka", ("event", "Hana", "Kopecká", "hkopecka@seznam.cz", "+420 776 220 981", "", "Zlín"))
P("", ("web-form", "Ladislav", "Mach", "ladislav.mach@jihlavske-okna.cz", "+420 567 310 400", "Jihlavská okna s.r.o.", "Jihlava"))
P("phone-format email-case",
  ("crm", "Adéla", "Machová", "adela.machova@gmail.com", "+420 773 904 128", "", "Praha"),
  ("web-form", "Adéla", "Machová", "Adela.Machova@Gmail.com", "773904128", "", "Praha"),
  ("event", "Adéla", "Machová", "adela.machova@gmail.com", "+420773904128", "Studio Adéla Machová", "Praha"))
P("", ("newsletter", "Robert", "Sýkora", "robert.sykora@centrum.cz", "", "", "České Budějovice"))
P("typo",
  ("crm", "Jindřich", "Vondráček", "jindrich.vondracek@budejovicka-tiskarna.cz", "+420 387 220 415", "Budějovická tiskárna s.r.o.", "České Budějovice"),
  ("erp", "Jindřich", "Vondrášek", "", "+420 387 220 415", "Budějovická tiskárna s.r.o.", "České Budějovice"))
P("", ("crm", "Irena", "Kubíčková", "irena.kubickova@budejovicka-tiskarna.cz", "+420 387 220 400", "Budějovická tiskárna s.r.o.", "České Budějovice"))

# ========================= Slovakia =========================
P("accents phone-format company-form missing",
  ("crm", "Marek", "Kováč", "marek.kovac@tatradrevo.sk", "+421 905 412 337", "Tatra Drevo s.r.o.", "Poprad"),
  ("erp", "Marek", "Kovac", "marek.kovac@tatradrevo.sk", "0905 412 337", "TATRA DREVO", "Poprad"),
  ("event", "Marek", "Kováč", "", "00421905412337", "Tatra Drevo, s. r. o.", "Poprad"))
P("typo missing",
  ("crm", "Katarína", "Molnárová", "katarina.molnarova@tatradrevo.sk", "+421 52 772 4410", "Tatra Drevo s.r.o.", "Poprad"),
  ("web-form", "Katrína", "Molnárová", "katarina.molnarova@tatradrevo.sk", "", "Tatra Drevo", "Poprad"))
P("family:varga",
  ("crm", "Peter", "Varga", "peter.varga@dunajtrade.sk", "+421 908 530 112", "Dunaj Trade s.r.o.", "Bratislava"))
P("accents phone-national missing family:varga",
  ("web-form", "Jana", "Vargová", "jana.vargova@azet.sk", "0908 530 112", "", "Bratislava"),
  ("newsletter", "Jana", "Vargova", "jana.vargova@azet.sk", "", "", ""))
P("accents allcaps email-case phone-format company-form",
  ("crm", "Zuzana", "Horváthová", "zuzana.horvathova@povazska-energetika.sk", "+421 42 432 1150", "Považská energetika a.s.", "Považská Bystrica"),
  ("helpdesk", "ZUZANA", "HORVATHOVA", "ZUZANA.HORVATHOVA@POVAZSKA-ENERGETIKA.SK", "042/432 1150", "POVAZSKA ENERGETIKA", "Považská Bystrica"))
P("swapped switchboard:povazska",
  ("crm", "Martin", "Baláž", "martin.balaz@povazska-energetika.sk", "+421 42 432 1100", "Považská energetika a.s.", "Považská Bystrica"),
  ("erp", "Baláž", "Martin", "martin.balaz@povazska-energetika.sk", "042 432 1100", "Považská energetika, a. s.", "Považská Bystrica"))
P("switchboard:povazska",
  ("crm", "Ján", "Hudák", "jan.hudak@povazska-energetika.sk", "+421 42 432 1100", "Považská energetika a.s.", "Považská Bystrica"))
P("accents phone-format private-email multi-phone",
  ("crm", "Ľubomír", "Šimko", "lubomir.simko@dunajtrade.sk", "+421 2 4363 1020", "Dunaj Trade s.r.o.", "Bratislava"),
  ("event", "Lubomir", "Simko", "lubomir.simko@dunajtrade.sk", "02/4363 1020", "Dunaj Trade", "Bratislava"),
  ("webinar", "Ľubomír", "Šimko", "lubo.simko@gmail.com", "+421 915 227 640", "Dunaj Trade, s. r. o.", "Bratislava"))
P("switchboard:dunaj",
  ("crm", "Lucia", "Nagyová", "lucia.nagyova@dunajtrade.sk", "+421 2 4363 1000", "Dunaj Trade s.r.o.", "Bratislava"))
P("accents phone-national company-form missing switchboard:dunaj",
  ("crm", "Michal", "Szabó", "michal.szabo@dunajtrade.sk", "02 4363 1000", "Dunaj Trade", "Bratislava"),
  ("event", "Michal", "Szabo", "michal.szabo@dunajtrade.sk", "", "Dunaj Trade s.r.o.", "Bratislava"))
P("accents missing phone-national company-form lookalike:lukac",
  ("crm", "Tomáš", "Lukáč", "tomas.lukac@zoznam.sk", "+421 948 331 206", "", "Žilina"),
  ("event", "Tomas", "Lukac", "tomas.lukac@zoznam.sk", "0948 331 206", "Lukáč Servis", "Žilina"))
P("", ("newsletter", "Ľudmila", "Kráľová", "ludmila.kralova@azet.sk", "", "", "Trnava"))
P("", ("event", "Jana", "Tóthová", "jana.tothova@tatradrevo.sk", "+421 52 772 4400", "Tatra Drevo s.r.o.", "Poprad"))
P("accents typo private-email",
  ("crm", "Miroslava", "Ďuricová", "miroslava.duricova@kosicke-stroje.sk", "+421 55 622 3108", "Košické stroje a.s.", "Košice"),
  ("web-form", "Miroslava", "Ďurcová", "mirka.duricova@gmail.com", "055 622 3108", "Kosicke stroje", "Košice"))
P("namesake:peter-horvath",
  ("crm", "Peter", "Horváth", "peter.horvath@kosicke-stroje.sk", "+421 905 771 208", "Košické stroje a.s.", "Košice"),
  ("erp", "Peter", "Horváth", "peter.horvath@kosicke-stroje.sk", "+421 905 771 208", "Košické stroje a.s.", "Košice"))
P("namesake:peter-horvath",
  ("event", "Peter", "Horvath", "p.horvath@dunajtrade.sk", "+421 917 440 352", "Dunaj Trade s.r.o.", "Bratislava"))
P("namesake:peter-horvath",
  ("newsletter", "Peter", "Horváth", "peterhorvath@zoznam.sk", "", "", "Nitra"))
