# Czech Republic and Slovakia. Every person and record written by hand.
# record: (source, first_name, last_name, email, phone, company, city)
from model import P

PEOPLE = [
# ---------------------------------------------------------------- namesakes: Petr Svoboda x4
P("cz-svoboda-petr-brno", "company-form allcaps email-alias email-case multi-phone phone-format phone-national",
  "namesake:petr-svoboda",
  ("crm", "Petr", "Svoboda", "petr.svoboda@kabelovna-reckovice.cz", "+420 541 226 410", "Kabelovna Řečkovice s.r.o.", "Brno"),
  ("erp", "Petr", "Svoboda", "p.svoboda@kabelovna-reckovice.cz", "00420 603 418 227", "KABELOVNA ŘEČKOVICE", "Brno"),
  ("web-form", "Petr", "Svoboda", "P.Svoboda@kabelovna-reckovice.cz", "603418227", "Kabelovna Řečkovice, s.r.o.", "Brno")),
# a Prague Petr Svoboda who shares the home number with his sister Petra
P("cz-svoboda-petr-praha", "", "namesake:petr-svoboda family:svoboda-praha",
  ("newsletter", "Petr", "Svoboda", "petr.svoboda@seznam.cz", "+420 604 118 372", "", "Praha")),
P("cz-svobodova-petra", "", "family:svoboda-praha",
  ("web-form", "Petra", "Svobodová", "petra.svobodova@email.cz", "604 118 372", "", "Praha")),
P("cz-svoboda-petr-ostrava", "swapped allcaps phone-format phone-national company-form",
  "namesake:petr-svoboda",
  ("event", "Petr", "Svoboda", "svoboda.petr@hutni-projekt.cz", "+420 596 117 300", "Hutní projekt Ostrava a.s.", "Ostrava"),
  ("billing", "SVOBODA", "PETR", "svoboda.petr@hutni-projekt.cz", "596117300", "HUTNÍ PROJEKT OSTRAVA, A.S.", "Ostrava")),
P("cz-svoboda-petr-plzen", "", "namesake:petr-svoboda",
  ("crm", "Petr", "Svoboda", "", "+420 731 556 092", "Pivovarská technika Bory s.r.o.", "Plzeň")),

# ---------------------------------------------------------------- namesakes: Lenka Procházková x3
P("cz-prochazkova-lenka-cb", "accents email-case missing", "namesake:lenka-prochazkova",
  ("crm", "Lenka", "Procházková", "lenka.prochazkova@farmacie-vltava.cz", "+420 387 441 902", "Farmacie Vltava s.r.o.", "České Budějovice"),
  ("newsletter", "Lenka", "Prochazkova", "LENKA.PROCHAZKOVA@FARMACIE-VLTAVA.CZ", "", "", "")),
P("cz-prochazkova-lenka-liberec", "", "namesake:lenka-prochazkova",
  ("web-form", "Lenka", "Procházková", "lenka.proch@email.cz", "+420 605 331 874", "", "Liberec")),
# married: Benešová -> Procházková, kept her mailbox and mobile
P("cz-prochazkova-lenka-olomouc", "surname-change phone-format phone-national", "namesake:lenka-prochazkova",
  ("crm", "Lenka", "Benešová", "lenka.benesova@centrum.cz", "+420 724 190 553", "", "Olomouc"),
  ("helpdesk", "Lenka", "Procházková", "lenka.benesova@centrum.cz", "724 190 553", "", "Olomouc")),

# ---------------------------------------------------------------- family: Miroslav / Miroslava Holub, Kolín
P("cz-holub-miroslav", "diminutive private-email multi-phone phone-format phone-national company-form missing",
  "family:holub-kolin",
  ("crm", "Miroslav", "Holub", "m.holub@stavebniny-holub.cz", "+420 777 602 118", "Stavebniny Holub s.r.o.", "Kolín"),
  ("web-form", "Mirek", "Holub", "mirek.holub@seznam.cz", "777 602 118", "", "Kolín"),
  ("billing", "Miroslav", "Holub", "m.holub@stavebniny-holub.cz", "321 724 455", "Stavebniny Holub", "Kolín")),
P("cz-holubova-miroslava", "", "family:holub-kolin",
  ("web-form", "Miroslava", "Holubová", "holubova.mirka@seznam.cz", "+420 321 724 455", "", "Kolín")),

# ---------------------------------------------------------------- father and son, same name, same house (Třebíč)
P("cz-kratochvil-josef-st", "phone-format phone-national company-form allcaps missing generation-suffix father-son",
  "family:kratochvil-trebic",
  ("crm", "Josef", "Kratochvíl", "", "+420 568 841 207", "Truhlářství Kratochvíl", "Třebíč"),
  ("billing", "Josef", "Kratochvíl st.", "truhlarstvi.kratochvil@seznam.cz", "568 841 207", "TRUHLÁŘSTVÍ KRATOCHVÍL", "Třebíč")),
P("cz-kratochvil-josef-ml", "diminutive accents multi-phone phone-national missing father-son",
  "family:kratochvil-trebic",
  ("web-form", "Josef", "Kratochvíl", "pepa.kratochvil@gmail.com", "+420 736 225 901", "", "Třebíč"),
  ("event", "Pepa", "Kratochvil", "pepa.kratochvil@gmail.com", "568841207", "", "Trebic")),

# ---------------------------------------------------------------- couple with one private mailbox (Hradec Králové)
P("cz-vesely-tomas", "accents private-email phone-format phone-national missing", "couple:veselovi",
  ("web-form", "Tomáš", "Veselý", "veselovi.doma@seznam.cz", "+420 608 447 310", "", "Hradec Králové"),
  ("crm", "Tomas", "Vesely", "tomas.vesely@ventilace-orlice.cz", "608447310", "Ventilace Orlice s.r.o.", "Hradec Kralove")),
P("cz-vesela-klara", "accents email-case missing", "couple:veselovi",
  ("web-form", "Klára", "Veselá", "veselovi.doma@seznam.cz", "+420 721 904 268", "", "Hradec Králové"),
  ("newsletter", "Klara", "Vesela", "Veselovi.Doma@seznam.cz", "", "", "")),

# ---------------------------------------------------------------- colleagues Marek / Marková at one printing house
P("cz-marek-jakub", "multi-phone company-form", "colleagues:polygrafia-marek switchboard:polygrafia-jizera",
  ("crm", "Jakub", "Marek", "jakub.marek@polygrafia-jizera.cz", "+420 485 102 330", "Polygrafia Jizera s.r.o.", "Liberec"),
  ("event", "Jakub", "Marek", "jakub.marek@polygrafia-jizera.cz", "+420 739 118 642", "Polygrafia Jizera", "Liberec")),
P("cz-markova-eva", "", "colleagues:polygrafia-marek switchboard:polygrafia-jizera",
  ("erp", "Eva", "Marková", "eva.markova@polygrafia-jizera.cz", "485 102 330", "POLYGRAFIA JIZERA S.R.O.", "Liberec")),

# ---------------------------------------------------------------- office mailbox kancelar@ (Pardubice)
P("cz-pokorny-zdenek", "shared-mailbox-own accents multi-phone company-form allcaps",
  "mailbox:labska-stavebni switchboard:labska-stavebni",
  ("crm", "Zdeněk", "Pokorný", "kancelar@labska-stavebni.cz", "+420 466 301 550", "Labská stavební s.r.o.", "Pardubice"),
  ("erp", "Zdenek", "Pokorny", "zdenek.pokorny@labska-stavebni.cz", "+420 602 774 019", "LABSKÁ STAVEBNÍ, s.r.o.", "Pardubice")),
P("cz-simkova-iveta", "shared-mailbox-own accents phone-national missing",
  "mailbox:labska-stavebni switchboard:labska-stavebni",
  ("web-form", "Iveta", "Šimková", "kancelar@labska-stavebni.cz", "466 301 550", "Labská stavební", "Pardubice"),
  ("helpdesk", "Iveta", "Simkova", "iveta.simkova@labska-stavebni.cz", "466 301 550", "", "Pardubice")),
P("cz-hajek-ondrej", "", "mailbox:labska-stavebni",
  ("event", "Ondřej", "Hájek", "kancelar@labska-stavebni.cz", "", "Labská stavební s.r.o.", "Pardubice")),

# ---------------------------------------------------------------- invoicing mailbox fakturace@ (Prachatice)
P("cz-kopecka-marketa", "shared-mailbox-own accents company-form multi-phone", "mailbox:drevostavby-sumava",
  ("billing", "Markéta", "Kopecká", "fakturace@drevostavby-sumava.cz", "+420 388 412 610", "Dřevostavby Šumava s.r.o.", "Prachatice"),
  ("crm", "Marketa", "Kopecka", "kopecka@drevostavby-sumava.cz", "+420 388 412 614", "Drevostavby Sumava", "Prachatice")),
P("cz-cermak-libor", "", "mailbox:drevostavby-sumava",
  ("billing", "Libor", "Čermák", "fakturace@drevostavby-sumava.cz", "", "Dřevostavby Šumava", "Prachatice")),

# ---------------------------------------------------------------- Radek Bartoš / Radka Bartošová: same obchod@ mailbox and office line
P("cz-bartos-radek", "shared-mailbox-own accents multi-phone company-form",
  "mailbox:brusirna-polevsko switchboard:brusirna-polevsko",
  ("crm", "Radek", "Bartoš", "obchod@brusirna-polevsko.cz", "+420 487 725 140", "Brusírna skla Polevsko s.r.o.", "Nový Bor"),
  ("event", "Radek", "Bartos", "radek.bartos@brusirna-polevsko.cz", "+420 774 215 660", "Brusirna skla Polevsko", "Novy Bor")),
P("cz-bartosova-radka", "shared-mailbox-own company-form phone-national missing",
  "mailbox:brusirna-polevsko switchboard:brusirna-polevsko",
  ("web-form", "Radka", "Bartošová", "obchod@brusirna-polevsko.cz", "487 725 140", "Brusírna skla Polevsko", "Nový Bor"),
  ("newsletter", "Radka", "Bartošová", "r.bartosova@brusirna-polevsko.cz", "", "Brusírna skla Polevsko s.r.o.", "")),

# ---------------------------------------------------------------- switchboard with extensions (Zlín)
P("cz-zeman-pavel", "phone-extension multi-phone email-space missing", "switchboard:strojirny-malenovice",
  ("crm", "Pavel", "Zeman", "pavel.zeman@strojirny-malenovice.cz", "+420 577 105 100 kl. 231", "Strojírny Malenovice a.s.", "Zlín"),
  ("webinar", "Pavel", "Zeman", "pavel.zeman@strojirny-malenovice.cz ", "+420 731 440 275", "", "Zlín")),
P("cz-krizova-hana", "", "switchboard:strojirny-malenovice",
  ("erp", "Hana", "Křížová", "hana.krizova@strojirny-malenovice.cz", "577105100", "STROJÍRNY MALENOVICE, A.S.", "Zlín")),
P("cz-navratil-ales", "accents email-case phone-extension company-form missing", "switchboard:strojirny-malenovice",
  ("crm", "Aleš", "Navrátil", "ales.navratil@strojirny-malenovice.cz", "+420 577 105 100, kl. 118", "Strojírny Malenovice", "Zlín"),
  ("helpdesk", "Ales", "Navratil", "ALES.NAVRATIL@STROJIRNY-MALENOVICE.CZ", "", "Strojirny Malenovice a.s.", "Zlin")),

# ---------------------------------------------------------------- same person, various difficulties
P("cz-stepanek-rostislav", "initials accents company-form missing", "",
  ("crm", "Rostislav", "Štěpánek", "rostislav.stepanek@elektromontaze-podebrady.cz", "+420 325 611 480", "Elektromontáže Poděbrady s.r.o.", "Poděbrady"),
  ("import", "R.", "Stepanek", "", "+420 325 611 480", "Elektromontaze Podebrady", "Podebrady")),
P("cz-vlcek-jiri", "diminutive private-email multi-phone company-form", "",
  ("crm", "Jiří", "Vlček", "jiri.vlcek@vinarstvi-podevinem.cz", "+420 519 512 330", "Vinařství Pod Děvínem s.r.o.", "Pavlov"),
  ("web-form", "Jirka", "Vlček", "jirka.vlcek@seznam.cz", "+420 606 813 229", "Vinařství Pod Děvínem", "Mikulov")),
P("cz-kralova-katerina", "typo accents missing", "",
  ("crm", "Kateřina", "Králová", "katerina.kralova@zl-lesna.cz", "+420 549 210 775", "Zubní laboratoř Lesná s.r.o.", "Brno"),
  ("helpdesk", "Katarina", "Kralova", "katerina.kralova@zl-lesna.cz", "", "", "Brno")),
P("cz-bures-ladislav", "company-renamed", "",
  ("crm", "Ladislav", "Bureš", "ladislav.bures@kovotech-hranice.cz", "+420 581 603 422", "Kovotech Hranice s.r.o.", "Hranice"),
  ("erp", "Ladislav", "Bureš", "ladislav.bures@hranice-metalwork.com", "+420 581 603 422", "Hranice Metalwork s.r.o.", "Hranice")),
P("cz-dolezalova-martina", "company-group accents missing", "",
  ("crm", "Martina", "Doležalová", "martina.dolezalova@ev-servis.cz", "+420 567 330 218", "Energo Vysočina Servis s.r.o.", "Jihlava"),
  ("event", "Martina", "Dolezalova", "martina.dolezalova@ev-servis.cz", "", "Skupina Energo Vysočina", "Jihlava")),

# ---------------------------------------------------------------- lookalike: Vacek / Vaček, both Michal, both Kladno
P("cz-vacek-michal", "phone-format phone-national company-form allcaps", "lookalike:vacek-vacek",
  ("crm", "Michal", "Vacek", "michal.vacek@autoservis-vacek.cz", "+420 603 215 904", "Autoservis Vacek", "Kladno"),
  ("billing", "Michal", "Vacek", "michal.vacek@autoservis-vacek.cz", "603 215 904", "AUTOSERVIS VACEK s.r.o.", "Kladno")),
P("cz-vacek-michal-2", "", "lookalike:vacek-vacek",
  ("web-form", "Michal", "Vaček", "michal.vacek@post.cz", "+420 728 660 431", "", "Kladno")),

# ---------------------------------------------------------------- hotel reception mailbox and line (Boží Dar)
P("cz-mach-lukas", "shared-mailbox-own accents multi-phone company-form",
  "mailbox:hotel-klinovec switchboard:hotel-klinovec",
  ("crm", "Lukáš", "Mach", "recepce@hotel-podklinovcem.cz", "+420 353 820 144", "Hotel Pod Klínovcem", "Boží Dar"),
  ("web-form", "Lukas", "Mach", "lukas.mach@hotel-podklinovcem.cz", "+420 776 302 118", "Hotel pod Klinovcem s.r.o.", "Bozi Dar")),
P("cz-vondrackova-sarka", "", "mailbox:hotel-klinovec switchboard:hotel-klinovec",
  ("event", "Šárka", "Vondráčková", "recepce@hotel-podklinovcem.cz", "353 820 144", "Hotel Pod Klínovcem", "Boží Dar")),

P("cz-urban-vaclav", "diminutive only-phone accents allcaps email-case phone-format company-form missing", "",
  ("crm", "Václav", "Urban", "vaclav.urban@urban-stavby.cz", "+420 732 118 409", "Urban a syn stavby s.r.o.", "Rakovník"),
  ("helpdesk", "Vašek", "", "", "+420 732 118 409", "", ""),
  ("import", "VACLAV", "URBAN", "VACLAV.URBAN@URBAN-STAVBY.CZ", "00420732118409", "URBAN A SYN STAVBY", "Rakovnik")),
P("cz-sykorova-alzbeta", "email-dots accents missing", "",
  ("web-form", "Alžběta", "Sýkorová", "alzbeta.sykorova@gmail.com", "+420 604 227 815", "", "Praha"),
  ("newsletter", "Alzbeta", "Sykorova", "alzbetasykorova@gmail.com", "", "", "Praha 6")),
P("cz-kubicek-david", "email-subaddress accents missing", "",
  ("web-form", "David", "Kubíček", "dkubicek.brno+eshop@gmail.com", "+420 775 410 236", "", "Brno"),
  ("crm", "David", "Kubicek", "dkubicek.brno@gmail.com", "", "", "Brno")),
# Czech feminine surname written in the masculine form by a foreign fair organiser
P("cz-kolarova-petra", "feminine-form accents phone-format company-form", "",
  ("crm", "Petra", "Kolářová", "petra.kolarova@obalove-systemy.cz", "+420 558 630 217", "Obalové systémy Frýdek s.r.o.", "Frýdek-Místek"),
  ("event", "Petra", "Kolar", "petra.kolarova@obalove-systemy.cz", "+420558630217", "Obalove Systemy Frydek", "Frydek-Mistek")),
P("cz-benes-karel", "job-change phone-format phone-national", "",
  ("crm", "Karel", "Beneš", "karel.benes@tepelna-technika.cz", "+420 777 340 612", "Tepelná technika Kroměříž s.r.o.", "Kroměříž"),
  ("web-form", "Karel", "Beneš", "k.benes@fasady-hana.cz", "777 340 612", "Fasády Haná s.r.o.", "Přerov")),
# ---------------------------------------------------------------- namesakes: Martin Fiala x2, both in Prague
P("cz-fiala-martin", "email-space missing", "namesake:martin-fiala",
  ("crm", "Martin", "Fiala", "martin.fiala@datova-brana.cz", "+420 222 512 930", "Datová brána s.r.o.", "Praha"),
  ("webinar", "Martin", "Fiala", " martin.fiala@datova-brana.cz", "", "", "Prague")),
P("cz-fiala-martin-2", "", "namesake:martin-fiala",
  ("event", "Martin", "Fiala", "fiala.martin@centrum.cz", "", "", "Praha")),

# ---------------------------------------------------------------- namesakes: Tomáš Kučera x3
P("cz-kucera-tomas-optika", "", "namesake:tomas-kucera",
  ("webinar", "Tomas", "Kucera", "Kucera@optika-vysehrad.cz", "", "", "Prague")),
P("cz-kucera-tomas-gmail", "", "namesake:tomas-kucera",
  ("web-form", "Tomáš", "Kučera", "tom.kucera@gmail.com", "+420 777 903 551", "", "Praha")),
P("cz-kucera-tomas-blatna", "", "namesake:tomas-kucera",
  ("event", "Tomáš", "Kučera", "", "+420 602 481 776", "Agrodružstvo Blatná", "Blatná")),

P("cz-pospisil-vit", "one-field-changed accents", "",
  ("crm", "Vít", "Pospíšil", "vit.pospisil@geodezie-kolin.cz", "+420 321 733 640", "Geodézie Kolín s.r.o.", "Kolín"),
  ("erp", "Vit", "Pospíšil", "vit.pospisil@geodezie-kolin.cz", "+420 321 733 640", "Geodézie Kolín s.r.o.", "Kolín")),
P("cz-kral-marek", "", "lookalike:kral-kral",
  ("erp", "Marek", "Král", "kral@autodoprava-kral.cz", "+420 544 210 337", "Autodoprava Král", "Brno")),
P("cz-matouskova-jitka", "", "",
  ("web-form", "Jitka", "Matoušková", "jitka.matouskova@volny.cz", "+420 723 560 184", "", "Tábor")),
P("cz-nemcova-hana", "one-field-changed", "",
  ("crm", "Hana", "Němcová", "hana.nemcova@bizuterie-nisa.cz", "+420 483 312 907", "Bižuterie Nisa s.r.o.", "Jablonec nad Nisou"),
  ("erp", "Hana", "Němcová", "hana.nemcova@bizuterie-nisa.cz", "+420 605 770 213", "Bižuterie Nisa s.r.o.", "Jablonec nad Nisou")),
P("cz-dusek-filip", "swapped accents phone-format phone-national missing", "",
  ("web-form", "Filip", "Dušek", "filip.dusek@volny.cz", "+420 475 201 336", "", "Ústí nad Labem"),
  ("import", "Dušek", "Filip", "", "475201336", "", "Ústí nad Labem")),

# ================================================================ Slovakia
# ---------------------------------------------------------------- namesakes: Peter Horváth x3
P("sk-horvath-peter-ba", "", "namesake:peter-horvath",
  ("webinar", "Peter", "Horvath", "peter.horvath@tatrasoft-dev.sk", "+421 905 318 227", "TatraSoft Development", "Bratislava")),
P("sk-horvath-peter-ke", "", "namesake:peter-horvath",
  ("web-form", "Peter", "Horváth", "horvath.peter@azet.sk", "0908 441 652", "", "Košice")),
P("sk-horvath-peter-za", "swapped allcaps accents phone-format phone-national company-form missing", "namesake:peter-horvath",
  ("erp", "Peter", "Horváth", "", "+421 41 562 2210", "Drevoplast Žilina a.s.", "Žilina"),
  ("import", "HORVÁTH", "PETER", "", "041/562 2210", "DREVOPLAST ZILINA", "Zilina")),

# ---------------------------------------------------------------- namesakes: Zuzana Kováčová x2
P("sk-kovacova-zuzana-lm", "diminutive private-email multi-phone accents company-form phone-national",
  "namesake:zuzana-kovacova",
  ("crm", "Zuzana", "Kováčová", "zuzana.kovacova@mliekaren-liptov.sk", "+421 44 552 1180", "Mliekareň Liptov a.s.", "Liptovský Mikuláš"),
  ("web-form", "Zuzka", "Kovacova", "zuzka.kovacova@gmail.com", "0915 227 604", "Mliekaren Liptov", "Liptovsky Mikulas")),
P("sk-kovacova-zuzana-ba", "", "namesake:zuzana-kovacova",
  ("crm", "Zuzana", "Kováčová", "z.kovacova@podunajsky-leasing.sk", "+421 2 3214 5570", "Podunajský leasing, a.s.", "Bratislava")),

# ---------------------------------------------------------------- family: Ján Baláž / Jana Balážová (Nitra)
P("sk-balaz-jan", "accents multi-phone missing", "family:balaz-nitra",
  ("crm", "Ján", "Baláž", "jan.balaz@agrospol-nitra.sk", "+421 37 651 4420", "Agrospol Nitra, s.r.o.", "Nitra"),
  ("helpdesk", "Jan", "Balaz", "jan.balaz@agrospol-nitra.sk", "+421 37 741 2208", "", "Nitra")),
P("sk-balazova-jana", "", "family:balaz-nitra",
  ("web-form", "Jana", "Balážová", "janka.balazova@zoznam.sk", "037/741 2208", "", "Nitra")),

# ---------------------------------------------------------------- guesthouse info@ (Terchová)
P("sk-simko-marian", "shared-mailbox-own accents company-form", "mailbox:penzion-bielaskala",
  ("web-form", "Marián", "Šimko", "info@penzion-bielaskala.sk", "+421 903 551 207", "Penzión Biela Skala", "Terchová"),
  ("billing", "Marian", "Simko", "marian.simko@penzion-bielaskala.sk", "+421 903 551 207", "Penzion Biela Skala s.r.o.", "Terchova")),
P("sk-simkova-lucia", "", "mailbox:penzion-bielaskala",
  ("newsletter", "Lucia", "Šimková", "info@penzion-bielaskala.sk", "", "", "Terchová")),

# ---------------------------------------------------------------- lookalike: Kráľ (SK) / Král (CZ)
P("sk-kral-marek", "email-case accents company-form missing", "lookalike:kral-kral",
  ("crm", "Marek", "Kráľ", "marek.kral@bb-logistika.sk", "+421 48 415 3320", "BB Logistika s.r.o.", "Banská Bystrica"),
  ("event", "Marek", "Kral", "MAREK.KRAL@BB-LOGISTIKA.SK", "", "BB Logistika", "Banska Bystrica")),

# Hungarian-minority Komárno: Slovak feminine form vs Hungarian order and form, company translated
P("sk-tothova-maria", "feminine-form hungarian-order company-form phone-format phone-national", "",
  ("crm", "Mária", "Tóthová", "maria.tothova@dunaj-agro.sk", "+421 35 771 4480", "Dunaj Agro s.r.o.", "Komárno"),
  ("import", "Tóth", "Mária", "tothova.maria@dunaj-agro.sk", "035/771 4480", "Duna Agro Kft.", "Komárno")),

# ---------------------------------------------------------------- switchboard and two Gajdoš colleagues
P("sk-gajdos-ivan", "multi-phone accents company-form allcaps",
  "switchboard:em-povazie colleagues:em-povazie-gajdos",
  ("crm", "Ivan", "Gajdoš", "ivan.gajdos@em-povazie.sk", "+421 42 432 5500", "Elektromotory Považie a.s.", "Považská Bystrica"),
  ("erp", "Ivan", "Gajdos", "ivan.gajdos@em-povazie.sk", "+421 911 402 385", "ELEKTROMOTORY POVAZIE", "Povazska Bystrica")),
P("sk-gajdos-roman", "", "switchboard:em-povazie colleagues:em-povazie-gajdos",
  ("helpdesk", "Roman", "Gajdoš", "roman.gajdos@em-povazie.sk", "042/432 5500", "Elektromotory Považie", "Považská Bystrica")),
P("sk-hudakova-simona", "", "switchboard:em-povazie",
  ("webinar", "Simona", "Hudáková", "simona.hudakova@em-povazie.sk", "+421 42 4325500", "EM Považie", "Považská Bystrica")),

P("sk-chovanec-lubomir", "typo accents missing", "",
  ("crm", "Ľubomír", "Chovanec", "chovanec@stavmont-presov.sk", "+421 51 772 3016", "Stavmont Prešov s.r.o.", "Prešov"),
  ("helpdesk", "Lubomir", "Chovanek", "chovanec@stavmont-presov.sk", "", "", "Presov")),
P("sk-mrazova-denisa", "only-email email-space missing", "",
  ("web-form", "Denisa", "Mrázová", "denisa.mrazova@centrum.sk", "+421 948 331 270", "", "Trnava"),
  ("newsletter", "", "", "denisa.mrazova@centrum.sk ", "", "", "")),
P("sk-jurcova-ivana", "surname-change phone-format phone-national missing", "",
  ("crm", "Ivana", "Urbanová", "ivana.urbanova@gmail.com", "+421 907 552 184", "", "Trenčín"),
  ("web-form", "Ivana", "Jurčová", "ivana.jurcova@gmail.com", "0907 552 184", "", "Trenčín")),
P("sk-ferko-dusan", "company-renamed missing", "",
  ("crm", "Dušan", "Ferko", "dusan.ferko@zahorie-plasty.sk", "+421 34 651 2290", "Záhorie Plasty s.r.o.", "Senica"),
  ("erp", "Dušan", "Ferko", "dusan.ferko@zahorie-plasty.sk", "", "Polymera Slovakia s.r.o.", "Senica")),
P("sk-polak-juraj", "one-field-changed", "",
  ("crm", "Juraj", "Polák", "juraj.polak@trencin-okna.sk", "+421 32 652 7730", "Trenčín Okná s.r.o.", "Trenčín"),
  ("erp", "Juraj", "Polák", "polak@trencin-okna.sk", "+421 32 652 7730", "Trenčín Okná s.r.o.", "Trenčín")),
P("sk-benko-rastislav", "", "",
  ("event", "Rastislav", "Benko", "r.benko@tatry-outdoor.sk", "+421 52 446 7810", "Tatry Outdoor s.r.o.", "Poprad")),
P("sk-sulekova-monika", "", "",
  ("newsletter", "Monika", "Šuleková", "monika.sulekova@azet.sk", "", "", "")),
P("sk-majer-frantisek", "", "",
  ("helpdesk", "František", "Majer", "", "0903 664 120", "", "Martin")),
]
