"""Czech Republic and Slovakia."""
from common import P

PEOPLE = [
    # --- Kovotherm, Praha: one switchboard, two people
    P("diacritics capitals title-degree email-case email-space phone-notation company-legal-form", [
        ("crm", "Jiří", "Novotný", "jiri.novotny@kovotherm.cz", "+420 602 318 447", "Kovotherm s.r.o.", "Praha"),
        ("erp", "JIRI", "NOVOTNY", "Jiri.Novotny@Kovotherm.cz", "226 205 300", "KOVOTHERM SRO", "PRAHA 10"),
        ("event", "Ing. Jiří", "Novotný", " jiri.novotny@kovotherm.cz", "00420 602 318 447", "Kovotherm", "Praha"),
    ], group="kovotherm"),
    P("diacritics private-email switchboard", [
        ("crm", "Štěpán", "Růžička", "stepan.ruzicka@kovotherm.cz", "+420 226 205 300", "Kovotherm s.r.o.", "Praha"),
        ("webinar", "Stepan", "Ruzicka", "ruzicka.stepan@gmail.com", "+420 777 903 514", "Kovotherm", "Praha"),
        ("eshop", "Štěpán", "Růžička", "ruzicka.stepan@gmail.com", "777903514", "", "Praha 10"),
    ], group="kovotherm"),
    P("namesake", [
        ("eshop", "Jiří", "Novotný", "jirka.novotny@seznam.cz", "731 554 210", "", "Brno"),
    ]),

    P("surname-change nickname diacritics private-email", [
        ("crm", "Kateřina", "Dvořáková", "katerina.dvorakova@elektrobrazda.cz", "+420 724 119 806", "ElektroBrázda a.s.", "Plzeň"),
        ("eshop", "Katerina", "Simkova", "katka.simkova@seznam.cz", "724119806", "", "Plzen"),
        ("newsletter", "Katka", "Šimková", "katka.simkova@seznam.cz", "", "", ""),
    ]),

    # --- municipal office: podatelna@ and the office line are shared
    P("shared-mailbox switchboard company-abbrev diacritics", [
        ("crm", "Hana", "Pospíšilová", "podatelna@kamenna-lhotka.cz", "+420 317 842 113", "Obec Kamenná Lhotka", "Kamenná Lhotka"),
        ("event", "Hana", "Pospisilova", "starostka@kamenna-lhotka.cz", "776 245 918", "Obec Kam. Lhotka", "Kamenná Lhotka"),
    ], group="lhotka"),
    P("shared-mailbox switchboard", [
        ("crm", "Martin", "Kolář", "podatelna@kamenna-lhotka.cz", "317 842 113", "Obec Kamenná Lhotka", "Kamenná Lhotka"),
    ], group="lhotka"),
    P("shared-mailbox email-case", [
        ("eshop", "Zdenek", "Barta", "PODATELNA@kamenna-lhotka.cz", "", "Obec Kamenna Lhotka", "Kamenna Lhotka"),
    ], group="lhotka"),

    # --- father and son, same name, joinery workshop line
    P("father-son family-phone", [
        ("crm", "Josef", "Hájek st.", "hajek@truhlarstvi-hajek.cz", "+420 569 431 207", "Truhlářství Hájek", "Havlíčkův Brod"),
        ("erp", "JOSEF", "HÁJEK", "hajek@truhlarstvi-hajek.cz", "569 431 207", "TRUHLÁŘSTVÍ HÁJEK", "HAVLÍČKŮV BROD"),
    ], group="hajek",
        note="The workshop mailbox hajek@ is the father's; the son never writes from it."),
    P("father-son family-phone nickname", [
        ("eshop", "Josef", "Hájek", "pepa.hajek@email.cz", "605 872 334", "", "Havlíčkův Brod"),
        ("event", "Josef", "Hájek ml.", "pepa.hajek@email.cz", "+420 605 872 334", "Truhlářství Hájek", "Havl. Brod"),
        ("erp", "JOSEF ML.", "HÁJEK", "", "569431207", "TRUHLÁŘSTVÍ HÁJEK", "HAVLÍČKŮV BROD"),
    ], group="hajek",
        note="The ERP record carries 'ml.' (junior): the son, on the workshop line."),

    # --- household mailbox, Jan / Jana with a non-inflected surname
    P("family-email gender-pair", [
        ("crm", "Jan", "Krejčí", "krejci@autodily-mrazek.cz", "+420 603 442 718", "Autodíly Mrázek s.r.o.", "Olomouc"),
        ("eshop", "Jan", "Krejci", "krejci.rodina@seznam.cz", "603442718", "", "Olomouc"),
    ], group="krejci"),
    P("family-email gender-pair", [
        ("eshop", "Jana", "Krejčí", "krejci.rodina@seznam.cz", "737 208 915", "", "Olomouc"),
        ("event", "Jana", "Krejčí", "jana.krejci@gmail.com", "+420 737 208 915", "Lékárna U Zlaté váhy", "Olomouc"),
    ], group="krejci"),

    # --- wife orders with the husband's mobile
    P("family-phone gender-pair private-email", [
        ("crm", "Petr", "Vlček", "petr.vlcek@stavos-liberec.cz", "+420 775 301 662", "STAVOS Liberec s.r.o.", "Liberec"),
        ("eshop", "Petr", "Vlcek", "pvlcek@post.cz", "775 301 662", "", "Liberec"),
    ], group="vlcek"),
    P("family-phone gender-pair", [
        ("eshop", "Petra", "Vlčková", "petra.vlckova@centrum.cz", "775301662", "", "Liberec"),
    ], group="vlcek"),

    P("transposition swapped-columns phone-extension capitals", [
        ("crm", "Tomáš", "Marek", "tomas.marek@drevoprodukt.cz", "+420 567 215 340 kl. 12", "Dřevoprodukt Vysočina s.r.o.", "Jihlava"),
        ("event", "Tomáš", "Maerk", "", "", "Dřevoprodukt Vysočina", "Jihlava"),
        ("erp", "MAREK", "TOMÁŠ", "", "567 215 340", "DREVOPRODUKT VYSOCINA S.R.O.", "JIHLAVA"),
    ]),

    P("namesake-same-city", [
        ("eshop", "Lucie", "Horáková", "lucka.horakova@seznam.cz", "728 614 093", "", "Pardubice"),
    ]),
    P("namesake-same-city", [
        ("crm", "Lucie", "Horáková", "horakova@lekarna-nahradbach.cz", "+420 466 512 984", "Lékárna Na Hradbách", "Pardubice"),
    ]),

    P("swapped-columns capitals email-case phone-extension diacritics", [
        ("crm", "Radek", "Šťastný", "r.stastny@mlynypolabi.cz", "+420 321 764 205", "Mlýny Polabí a.s.", "Kolín"),
        ("erp", "ŠŤASTNÝ", "RADEK", "", "321 764 205 kl. 31", "MLÝNY POLABÍ A.S.", "KOLÍN"),
        ("newsletter", "", "", "R.Stastny@MlynyPolabi.cz", "", "", ""),
    ]),

    P("job-change diacritics", [
        ("crm", "Ondřej", "Černý", "ondrej.cerny@logimov.cz", "+420 739 115 482", "Logimov Cargo s.r.o.", "Ostrava"),
        ("crm", "Ondřej", "Černý", "o.cerny@hutniservis-kuncice.cz", "+420 739 115 482", "Hutní servis Kunčice s.r.o.", "Ostrava"),
        ("event", "Ondrej", "Cerny", "o.cerny@hutniservis-kuncice.cz", "596 118 230", "Hutní servis Kunčice", "Ostrava"),
    ]),

    # --- two Jan Nováks at one company, mailboxes differ by a digit
    P("namesake-same-company colleague-email-digit", [
        ("crm", "Jan", "Novák", "jnovak@technoplast.cz", "+420 577 102 241", "Technoplast CZ a.s.", "Zlín"),
        ("eshop", "Jan", "Novak", "jnovak@technoplast.cz", "604 288 915", "Technoplast", "Zlín"),
    ], group="technoplast"),
    P("namesake-same-company colleague-email-digit title-degree", [
        ("crm", "Jan", "Novák", "jnovak2@technoplast.cz", "+420 577 102 318", "Technoplast CZ a.s.", "Otrokovice"),
        ("event", "Ing. Jan", "Novák", "jnovak2@technoplast.cz", "731 902 447", "TECHNOPLAST CZ", "Otrokovice"),
    ], group="technoplast"),

    P("title-degree company-abbrev diacritics", [
        ("crm", "doc. Ing. Vladimír", "Kučera, CSc.", "kucera@vum-brno.cz", "+420 541 226 370", "Výzkumný ústav materiálový, v.v.i.", "Brno"),
        ("event", "Vladimir", "Kucera", "vladimir.kucera@vum-brno.cz", "", "VÚM Brno", "Brno"),
    ]),

    # --- builders' merchant: info@ and the shop line shared by owner, son and accountant
    P("shared-mailbox switchboard company-variant capitals", [
        ("crm", "Jaroslav", "Vrána", "info@stavebniny-vrana.cz", "+420 381 252 647", "Stavebniny Vrána a syn s.r.o.", "Tábor"),
        ("erp", "JAROSLAV", "VRANA", "jaroslav@stavebniny-vrana.cz", "+420 602 448 190", "STAVEBNINY VRANA A SYN SRO", "TABOR"),
    ], group="vrana"),
    P("shared-mailbox switchboard", [
        ("eshop", "Lukáš", "Vrána", "info@stavebniny-vrana.cz", "381 252 647", "Stavebniny Vrána", "Tábor"),
    ], group="vrana"),
    P("shared-mailbox switchboard email-case", [
        ("billing", "Ivana", "Říhová", "Info@stavebniny-vrana.cz", "381252647", "Stavebniny Vrána a syn", "Tábor"),
    ], group="vrana"),

    # --- Dominik / Dominika, colleagues; mobiles differ by two swapped digits
    P("gender-pair colleague-email-initial", [
        ("crm", "Dominik", "Janků", "dominik.janku@printia.cz", "+420 736 401 558", "Printia s.r.o.", "Brno"),
    ], group="printia"),
    P("gender-pair colleague-email-initial", [
        ("crm", "Dominika", "Janků", "dominika.janku@printia.cz", "+420 736 401 585", "Printia s.r.o.", "Brno"),
        ("eshop", "Dominika", "Janku", "dominika.janku@printia.cz", "", "Printia", "Brno"),
    ], group="printia"),

    P("email-space nickname", [
        ("eshop", "Barbora", "Nováková", " barbora.novakova@seznam.cz", "722 516 384", "", "Praha"),
        ("event", "Bára", "Nováková", "barbora.novakova@seznam.cz", "+420 722 516 384", "Galerie Ořech s.r.o.", "Praha"),
    ]),

    P("transposition phone-notation", [
        ("eshop", "Veronika", "Sedláčková", "veronika.sedlackova@email.cz", "608 331 790", "", "Hradec Králové"),
        ("helpdesk", "Veornika", "Sedláčková", "", "608331790", "", "Hradec Králové"),
    ]),
    P("", [("erp", "Miroslav", "Kopecký", "m.kopecky@agrobystrice.cz", "581 702 114", "Agro Bystřice, družstvo", "Bystřice pod Hostýnem")]),
    P("", [("newsletter", "David", "", "david.zeman82@gmail.com", "", "", "")]),

    P("company-typo department", [
        ("crm", "Alena", "Marková", "alena.markova@hydrosystem-lbc.cz", "+420 485 130 772", "Hydrosystem Liberec s.r.o. – nákup", "Liberec"),
        ("event", "Alena", "Markova", "", "", "Hydrosytem Liberec", "Liberec"),
    ]),

    P("whole-name-in-first phone-notation", [
        ("web-form", "Markéta Holubová", "", "marketa.holubova@centrum.cz", "603/512 448", "", "Praha"),
        ("crm", "Markéta", "Holubová", "m.holubova@fitstudio-anna.cz", "+420 603 512 448", "Fit studio Anna", "Praha"),
    ]),

    P("nickname phone-notation private-email diacritics", [
        ("crm", "Vojtěch", "Procházka", "vojtech.prochazka@agrospol-hana.cz", "+420 585 204 117", "Agrospol Haná, a.s.", "Olomouc"),
        ("eshop", "Vojta", "Prochazka", "vojta.p@seznam.cz", "+420 608-441-275", "", "Olomouc"),
        ("event", "Vojtěch", "Procházka", "vojta.p@seznam.cz", "608 441 275", "Agrospol Hana", "Olomouc"),
    ]),

    P("email-typo email-space diacritics", [
        ("crm", "Simona", "Kratochvílová", "simona.kratochvilova@medicentrum-kr.cz", "+420 495 217 660", "Medicentrum Královehradecké s.r.o.", "Hradec Králové"),
        ("event", "Simona", "Kratochvilova", "simona.kratochvilova@medicentrum-kr.cz ", "", "Medicentrum", "Hradec Kralove"),
        ("webinar", "Simona", "Kratochvílová", "simona.kratochvilova@medcentrum-kr.cz", "", "Medicentrum Královehradecké", "Hradec Králové"),
    ], note="The webinar address has a one-letter typo in the domain; joined by name and company."),

    P("private-email diacritics", [
        ("erp", "Roman", "Dušek", "dusek@autoservis-dusek.cz", "+420 499 871 203", "Autoservis Dušek", "Trutnov"),
        ("eshop", "Roman", "Dusek", "roman.dusek@seznam.cz", "499 871 203", "", "Trutnov"),
    ]),

    P("namesake-same-city", [("event", "Petr", "Svoboda", "petr.svoboda@brnotech.cz", "", "BrnoTech s.r.o.", "Brno")]),
    P("namesake-same-city", [("eshop", "Petr", "Svoboda", "svobodapetr@seznam.cz", "777 640 118", "", "Brno")]),

    P("title-degree capitals email-case", [
        ("crm", "Mgr. Gabriela", "Sýkorová", "sykorova@ak-sykorova.cz", "+420 222 741 935", "Advokátní kancelář Sýkorová", "Praha"),
        ("newsletter", "GABRIELA", "SÝKOROVÁ", "SYKOROVA@AK-SYKOROVA.CZ", "", "", ""),
    ]),

    P("one-field-changed", [
        ("crm", "Aleš", "Beneš", "ales.benes@thk-servis.cz", "+420 721 338 904", "THK Servis s.r.o.", "Kladno"),
        ("helpdesk", "Ales", "Benes", "ales.benes@thk-servis.cz", "+420 702 118 356", "THK Servis", "Kladno"),
    ]),

    P("surname-change email-case", [
        ("eshop", "Eva", "Urbanová", "eva.urbanova@post.cz", "739 220 814", "", "České Budějovice"),
        ("newsletter", "Eva", "Urbanova", "EVA.URBANOVA@POST.CZ", "", "", ""),
        ("eshop", "Eva", "Hrdličková", "eva.urbanova@post.cz", "+420 739 220 814", "", "České Budějovice"),
    ]),
    P("title-degree", [("event", "Ing. Michal", "Pokorný", "michal.pokorny@energoprojekt-cb.cz", "", "Energoprojekt CB s.r.o.", "České Budějovice")]),
    P("whole-name-in-first swapped-columns capitals", [
        ("crm", "Karel", "Doležal", "dolezal@kovarna-dolezal.cz", "+420 566 623 117", "Kovárna Doležal", "Žďár nad Sázavou"),
        ("erp", "DOLEŽAL KAREL", "", "", "566623117", "KOVÁRNA DOLEŽAL", "ŽĎÁR NAD SÁZAVOU"),
    ]),
    P("", [("newsletter", "", "", "zuzana.vesela@gmail.com", "", "", "")]),
    P("", [("webinar", "Filip", "Matoušek", "filip.matousek@swhouse-ml.cz", "", "SW House ML s.r.o.", "Mladá Boleslav")]),

    P("company-translation city-translation diacritics", [
        ("crm", "Lenka", "Šindelářová", "lenka.sindelarova@prazskepapirny.cz", "+420 234 118 920", "Pražské papírny a.s.", "Praha"),
        ("event", "Lenka", "Sindelarova", "", "", "Prague Paper Mills", "Prague"),
    ], note="Joined only by name and the company translated into English; a rare surname in the same city."),

    P("title-degree", [
        ("crm", "Jakub", "Fiala", "jakub.fiala@omnicargo.cz", "+420 605 119 342", "OmniCargo CZ s.r.o.", "Pardubice"),
        ("event", "Bc. Jakub", "Fiala, MBA", "jakub.fiala@omnicargo.cz", "", "OmniCargo", "Pardubice"),
    ]),

    P("city-translation diacritics phone-trunk-0", [
        ("crm", "Zdeňka", "Kotková", "zdenka.kotkova@vltava-pack.cz", "+420 283 092 415", "Vltava Pack s.r.o.", "Praha"),
        ("event", "Zdenka", "Kotkova", "zdenka.kotkova@vltava-pack.cz", "+420 (0)283 092 415", "Vltava Pack s.r.o.", "Prag"),
    ]),

    # --- hospital purchasing: one switchboard, different extensions
    P("phone-extension department company-variant capitals switchboard", [
        ("crm", "Renata", "Zemanová", "renata.zemanova@zlinmed.cz", "+420 577 552 100 l. 214", "Zlínmed, a.s. – oddělení nákupu", "Zlín"),
        ("erp", "RENATA", "ZEMANOVÁ", "", "577 552 100", "ZLINMED A.S.", "ZLÍN"),
    ], group="zlinmed"),
    P("switchboard phone-extension", [
        ("crm", "Oldřich", "Mach", "oldrich.mach@zlinmed.cz", "+420 577 552 100 l. 320", "Zlínmed, a.s.", "Zlín"),
    ], group="zlinmed"),

    P("email-case phone-notation", [
        ("crm", "Jitka", "Machová", "jitka.machova@tiskarna-rubin.cz", "+420 548 213 770", "Tiskárna Rubín s.r.o.", "Brno"),
        ("eshop", "Jitka", "Machova", "JITKA.MACHOVA@TISKARNA-RUBIN.CZ", "548.213.770", "", "Brno"),
    ]),

    # --- Vietnamese names in Czech systems
    P("name-order diacritics", [
        ("eshop", "Nguyen Van", "Anh", "nguyen.van.anh@seznam.cz", "776 308 512", "", "Cheb"),
        ("crm", "Van Anh", "Nguyen", "nguyen.van.anh@seznam.cz", "+420 776 308 512", "Potraviny Anh", "Cheb"),
        ("erp", "Anh", "Nguyễn Văn", "", "776308512", "POTRAVINY ANH", "CHEB"),
    ]),
    P("namesake name-order", [
        ("eshop", "Anh", "Nguyen Van", "anh.nguyen88@gmail.com", "608 714 229", "", "Praha"),
    ]),

    P("diacritics city-translation company-legal-form phone-trunk-0", [
        ("crm", "Přemysl", "Kořínek", "premysl.korinek@jihoagro.cz", "+420 387 221 905", "Jihoagro a.s.", "České Budějovice"),
        ("event", "Premysl", "Korinek", "premysl.korinek@jihoagro.cz", "+420 (0)604 318 227", "Jihoagro AG", "Budweis"),
    ]),

    # --- Russian living in Prague: Czech transliteration, Cyrillic in a Russian shop
    P("translit-variant cyrillic-latin nickname private-email", [
        ("crm", "Vjačeslav", "Gromov", "v.gromov@pragoimpex.cz", "+420 731 208 614", "Pragoimpex s.r.o.", "Praha"),
        ("event", "Vyacheslav", "Gromov", "v.gromov@pragoimpex.cz", "", "Pragoimpex", "Prague"),
        ("eshop", "Вячеслав", "Громов", "slava.gromov@mail.ru", "+7 916 552 04 18", "", "Москва"),
        ("crm", "Vjaceslav", "Gromov", "slava.gromov@mail.ru", "731 208 614", "", "Praha"),
    ]),

    P("surname-change job-change private-email title-degree nickname email-case", [
        ("crm", "Ing. Marie", "Svobodová", "marie.svobodova@polabska-cukrovarna.cz", "+420 724 350 118", "Polabská cukrovarna a.s.", "Mladá Boleslav"),
        ("eshop", "Marie", "Svobodova", "majka.svobodova@seznam.cz", "724 350 118", "", "Mladá Boleslav"),
        ("eshop", "Marie", "Bartošová", "majka.svobodova@seznam.cz", "+420 724 350 118", "", "Mladá Boleslav"),
        ("crm", "Marie", "Bartošová", "marie.bartosova@autoplast-mb.cz", "724350118", "Autoplast MB s.r.o.", "Mladá Boleslav"),
        ("newsletter", "Marie", "Bartošová", "MARIE.BARTOSOVA@AUTOPLAST-MB.CZ", "", "", ""),
    ]),

    # --- Ukrainian who moved to Prague: new job, new phone, private mailbox carries the chain
    P("cyrillic-latin translit-variant job-change nickname private-email city-translation", [
        ("crm", "Анастасія", "Кравченко", "a.kravchenko@khortytsia-trade.ua", "+380 61 213 47 05", "ТОВ «Хортиця Трейд»", "Запоріжжя"),
        ("event", "Anastasiia", "Kravchenko", "a.kravchenko@khortytsia-trade.ua", "+380 95 338 12 64", "Khortytsia Trade LLC", "Zaporizhzhia"),
        ("eshop", "Anastasiia", "Kravčenko", "nastia.kravchenko@gmail.com", "+380 95 338 1264", "", "Praha"),
        ("eshop", "Nasťa", "Kravčenko", "nastia.kravchenko@gmail.com", "773 508 241", "", "Praha"),
        ("crm", "Anastasija", "Kravčenko", "anastasija.kravcenko@pragolog.cz", "+420 773 508 241", "Pragolog s.r.o.", "Praha"),
    ]),

    # ======================= Slovakia
    P("shared-mailbox company-variant diacritics phone-national", [
        ("crm", "Ján", "Kováč", "office@drevona.sk", "+421 45 532 1187", "Drevona Zvolen s.r.o.", "Zvolen"),
        ("event", "Jan", "Kovac", "jan.kovac@drevona.sk", "0905 612 334", "DREVONA", "Zvolen"),
    ], group="drevona"),
    P("shared-mailbox switchboard phone-notation", [
        ("erp", "Zuzana", "Bieliková", "office@drevona.sk", "045/532 11 87", "Drevona Zvolen, s. r. o.", "Zvolen"),
    ], group="drevona"),
    P("namesake", [("eshop", "Ján", "Kováč", "jkovac77@azet.sk", "0911 208 447", "", "Bratislava")]),

    P("hungarian-order name-translation company-translation phone-extension", [
        ("crm", "Katarína", "Horváthová", "k.horvathova@agrokomarno.sk", "+421 35 771 2209 kl. 14", "Agro Komárno a.s.", "Komárno"),
        ("event", "Horváth", "Katalin", "k.horvathova@agrokomarno.sk", "", "Agro Komárno Rt.", "Révkomárom"),
    ], note="Slovak Hungarian: Slovak form Katarína Horváthová, Hungarian form Horváth Katalin "
            "(family name first, in the first-name column); joined by one e-mail."),

    P("title-degree diacritics capitals phone-national", [
        ("crm", "Ing. Peter", "Baláž, PhD.", "peter.balaz@tatrafrigo.sk", "+421 52 772 6104", "Tatrafrigo s.r.o.", "Poprad"),
        ("erp", "PETER", "BALAZ", "", "052/772 61 04", "TATRAFRIGO SRO", "POPRAD"),
        ("webinar", "Peter", "Baláž", "peter.balaz@tatrafrigo.sk", "0903 455 812", "Tatrafrigo", "Poprad"),
    ]),

    P("surname-change phone-national", [
        ("eshop", "Lucia", "Mikulová", "lucia.mikulova@azet.sk", "0918 302 774", "", "Trnava"),
        ("crm", "Lucia", "Šimončičová", "lucia.simoncicova@trnavskemlyny.sk", "+421 918 302 774", "Trnavské mlyny a.s.", "Trnava"),
    ]),

    P("", [("eshop", "Marek", "Slezák", "marek.slezak@gmail.com", "0949 117 203", "", "Žilina")]),
    P("", [("crm", "Jozef", "Hrubý", "hruby@povazskastrojarska.sk", "+421 42 432 5518", "Považská strojárska a.s.", "Považská Bystrica")]),
    P("title-degree", [("event", "Mgr. Alžbeta", "Kráľová", "alzbeta.kralova@ekonomia-ke.sk", "", "Ekonómia Košice s.r.o.", "Košice")]),
    P("", [("newsletter", "Tomáš", "", "tomas.bielik@post.sk", "", "", "")]),

    P("diacritics nickname phone-notation private-email", [
        ("crm", "Ľubomír", "Ďurček", "lubomir.durcek@stavmont-bb.sk", "+421 48 415 2290", "Stavmont BB s.r.o.", "Banská Bystrica"),
        ("eshop", "Lubo", "Durcek", "lubo.durcek@gmail.com", "+421 907 334 128", "", "Banska Bystrica"),
        ("event", "Ľubomír", "Ďurček", "lubo.durcek@gmail.com", "0907 334 128", "Stavmont", "Banská Bystrica"),
    ]),

    P("namesake-same-city", [("crm", "Peter", "Novák", "peter.novak@danubiaplast.sk", "+421 2 4363 8811", "Danubia Plast s.r.o.", "Bratislava")]),
    P("namesake-same-city", [("eshop", "Peter", "Novak", "pnovak.ba@gmail.com", "0905 778 213", "", "Bratislava")]),

    P("family-email", [
        ("eshop", "Milan", "Gajdoš", "gajdosovci@azet.sk", "0915 663 201", "", "Nitra"),
        ("crm", "Milan", "Gajdoš", "milan.gajdos@agrotech-nitra.sk", "+421 915 663 201", "Agrotech Nitra s.r.o.", "Nitra"),
    ], group="gajdos"),
    P("family-email", [
        ("eshop", "Renáta", "Gajdošová", "gajdosovci@azet.sk", "0915 802 447", "", "Nitra"),
    ], group="gajdos"),
]
