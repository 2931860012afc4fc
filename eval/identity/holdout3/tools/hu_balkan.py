"""Hungary, Slovenia, Croatia, Serbia."""
from common import P

PEOPLE = [
    # ======================= Hungary
    P("hungarian-order diacritics capitals phone-national", [
        ("crm", "Péter", "Kovács", "kovacs.peter@dunaflex.hu", "+36 1 436 2250", "Dunaflex Kft.", "Budapest"),
        ("event", "Kovács", "Péter", "kovacs.peter@dunaflex.hu", "06 30 418 2736", "Dunaflex", "Budapest"),
        ("erp", "Peter", "Kovacs", "", "06-1-436-2250", "DUNAFLEX KFT", "BUDAPEST"),
    ]),

    P("diacritics transcription hungarian-order private-email phone-national", [
        ("crm", "Zsolt", "Szőke", "szoke.zsolt@tiszagep.hu", "+36 62 554 018", "Tiszagép Zrt.", "Szeged"),
        ("event", "Zsolt", "Szoeke", "szoke.zsolt@tiszagep.hu", "", "Tiszagep", "Szeged"),
        ("eshop", "Zsolt", "Szoke", "zsolt.szoke@freemail.hu", "06 20 331 5847", "", "Szeged"),
        ("crm", "Szőke", "Zsolt", "", "+36 20 331 5847", "Tiszagép Zrt.", "Szeged"),
    ]),

    P("surname-change hungarian-order married-name private-email", [
        ("crm", "Éva", "Kiss", "kiss.eva@balatonvin.hu", "+36 87 510 224", "Balatonvin Kft.", "Balatonfüred"),
        ("crm", "Nagyné Kiss", "Éva", "nagyne.kiss.eva@balatonvin.hu", "+36 87 510 224", "Balatonvin Kft.", "Balatonfüred"),
        ("eshop", "Éva", "Nagy", "nagyeva@citromail.hu", "06 87 510 224", "", "Balatonfured"),
    ], note="Kiss Éva took the married form Nagyné Kiss Éva; the shop record 'Éva Nagy' is joined by her direct line."),

    P("namesake-same-city", [("crm", "László", "Nagy", "nagy.laszlo@hajdutech.hu", "+36 52 418 660", "Hajdútech Kft.", "Debrecen")]),
    P("namesake-same-city hungarian-order", [("eshop", "Nagy", "László", "laszlo.nagy62@gmail.com", "06 30 927 1144", "", "Debrecen")]),

    P("title-degree hungarian-order", [
        ("event", "Dr. Horváth", "Gábor", "horvath.gabor@pannonlab.hu", "", "Pannonlab Kft.", "Pécs"),
        ("crm", "Gábor", "Horváth", "horvath.gabor@pannonlab.hu", "+36 72 511 830", "Pannonlab", "Pécs"),
    ]),

    P("hungarian-order transcription city-translation", [
        ("crm", "Gergő", "Fekete", "fekete.gergo@mosonipolimer.hu", "+36 96 512 340", "Mosoni Polimer Kft.", "Győr"),
        ("event", "Gergoe", "Fekete", "fekete.gergo@mosonipolimer.hu", "", "Mosoni Polimer", "Raab"),
    ]),

    # ======================= Slovenia
    P("private-email phone-national", [
        ("crm", "Matej", "Kranjc", "matej.kranjc@savinjales.si", "+386 3 713 42 20", "Savinja Les d.o.o.", "Celje"),
        ("eshop", "Matej", "Kranjc", "matej.kranjc@gmail.com", "041 552 317", "", "Celje"),
        ("event", "Matej", "Kranjc", "matej.kranjc@gmail.com", "+386 41 552 317", "Savinja les", "Celje"),
    ]),
    P("diacritics", [
        ("crm", "Špela", "Žagar", "spela.zagar@ljubljanatisk.si", "+386 1 530 18 44", "Ljubljana Tisk d.o.o.", "Ljubljana"),
        ("event", "Spela", "Zagar", "", "", "Ljubljana Tisk", "Ljubljana"),
    ]),
    P("namesake", [("crm", "Janez", "Novak", "janez.novak@alpskimlin.si", "+386 4 281 60 35", "Alpski Mlin d.o.o.", "Kranj")]),
    P("namesake", [("eshop", "Janez", "Novak", "janez.novak@siol.net", "031 448 260", "", "Maribor")]),
    P("", [("newsletter", "Nina", "", "nina.kos@t-2.net", "", "", "")]),

    # ======================= Croatia
    P("gender-pair colleague-email-initial", [
        ("crm", "Ivan", "Horvat", "ivan.horvat@jadranbrod.hr", "+385 21 384 510", "Jadranbrod d.o.o.", "Split"),
        ("eshop", "Ivan", "Horvat", "ivan.horvat@jadranbrod.hr", "091 722 4418", "", "Split"),
    ], group="jadranbrod"),
    P("gender-pair colleague-email-initial", [
        ("crm", "Ivana", "Horvat", "ivana.horvat@jadranbrod.hr", "+385 21 384 512", "Jadranbrod d.o.o.", "Split"),
    ], group="jadranbrod"),

    P("diacritics transcription capitals phone-notation", [
        ("crm", "Đurđica", "Babić", "djurdjica.babic@slavonijaagro.hr", "+385 31 207 445", "Slavonija Agro d.d.", "Osijek"),
        ("event", "Djurdjica", "Babic", "djurdjica.babic@slavonijaagro.hr", "", "Slavonija Agro", "Osijek"),
        ("erp", "Durdica", "Babic", "", "031/207-445", "SLAVONIJA AGRO DD", "OSIJEK"),
    ]),
    P("", [("eshop", "Luka", "Perić", "luka.peric@gmail.com", "098 163 2207", "", "Zagreb")]),
    P("diacritics phone-national", [
        ("crm", "Tomislav", "Jurić", "t.juric@savatehna.hr", "+385 1 6412 330", "Sava Tehna d.o.o.", "Zagreb"),
        ("eshop", "Tomislav", "Juric", "t.juric@savatehna.hr", "01 6412 330", "", "Zagreb"),
    ]),

    P("diacritics private-email phone-notation", [
        ("crm", "Željko", "Marić", "z.maric@kvarnerlogistika.hr", "+385 51 334 120", "Kvarner Logistika d.o.o.", "Rijeka"),
        ("erp", "Zeljko", "Maric", "", "00385 51 334 120", "Kvarner Logistika", "Rijeka"),
        ("eshop", "Željko", "Marić", "zeljko.maric@net.hr", "+385 98 447 2215", "", "Rijeka"),
        ("event", "Zeljko", "Marić", "zeljko.maric@net.hr", "098 447 2215", "Kvarner Logistika", "Rijeka"),
    ]),

    # ======================= Serbia
    P("serbian-script transcription diacritics city-translation phone-notation", [
        ("crm", "Милан", "Јовановић", "milan.jovanovic@beoagrar.rs", "+381 11 324 58 90", "Беоаграр д.о.о.", "Београд"),
        ("event", "Milan", "Jovanović", "milan.jovanovic@beoagrar.rs", "+381 64 218 7730", "Beoagrar d.o.o.", "Beograd"),
        ("erp", "Milan", "Jovanowitsch", "", "064/218-77-30", "Beoagrar", "Belgrad"),
    ]),
    P("namesake serbian-script", [("crm", "Милан", "Јовановић", "jovanovic.milan@yahoo.com", "+381 21 635 440", "", "Нови Сад")]),

    # --- Jovan / Jovana, siblings on one mobile, mailboxes one letter apart
    P("gender-pair family-phone serbian-script", [
        ("eshop", "Јована", "Петровић", "jovana.petrovic@gmail.com", "063 441 2085", "", "Нови Сад"),
    ], group="petrovic"),
    P("gender-pair family-phone diacritics", [
        ("eshop", "Jovan", "Petrović", "jovan.petrovic@gmail.com", "063 441 2085", "", "Novi Sad"),
        ("crm", "Jovan", "Petrovic", "j.petrovic@vojvodinamlin.rs", "+381 63 441 2085", "Vojvodina Mlin a.d.", "Novi Sad"),
    ], group="petrovic"),

    P("serbian-script diacritics transcription nickname private-email company-translit", [
        ("crm", "Ђорђе", "Стојановић", "djordje.stojanovic@nisplast.rs", "+381 18 452 130", "Нишпласт д.о.о.", "Ниш"),
        ("event", "Đorđe", "Stojanović", "djordje.stojanovic@nisplast.rs", "", "Nišplast", "Niš"),
        ("eshop", "Djordje", "Stojanovic", "djole.s@gmail.com", "+381 65 310 4427", "", "Nis"),
        ("crm", "Dorde", "Stojanovic", "", "065 310 4427", "Nisplast doo", "Nis"),
    ]),

    P("", [("event", "Marija", "Nikolić", "m.nikolic@sumadijametal.rs", "", "Šumadija Metal", "Kragujevac")]),

    P("serbian-script transcription phone-trunk-0 company-translit", [
        ("crm", "Драган", "Николић", "d.nikolic@panonpak.rs", "+381 24 553 870", "Панонпак д.о.о.", "Суботица"),
        ("event", "Dragan", "Nikolic", "d.nikolic@panonpak.rs", "", "Panonpak", "Subotica"),
        ("erp", "Dragan", "Nikolitsch", "", "+381 (0)24 553 870", "Panonpak doo", "Subotica"),
    ]),
    P("gender-pair namesake-same-city", [("eshop", "Dragana", "Nikolić", "dragana.nikolic@gmail.com", "062 814 3301", "", "Subotica")]),
]
