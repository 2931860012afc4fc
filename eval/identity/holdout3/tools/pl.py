"""Poland."""
from common import P

PEOPLE = [
    # --- wholesaler: zamowienia@ and the office line are shared
    P("shared-mailbox diacritics", [
        ("crm", "Agnieszka", "Wójcik", "zamowienia@voltpol.pl", "+48 71 348 22 15", "Hurtownia Elektryczna Volt-Pol Sp. z o.o.", "Wrocław"),
        ("event", "Agnieszka", "Wojcik", "a.wojcik@voltpol.pl", "+48 604 218 775", "Volt-Pol", "Wroclaw"),
    ], group="voltpol"),
    P("shared-mailbox switchboard capitals", [
        ("erp", "Krzysztof", "Mazur", "zamowienia@voltpol.pl", "71 348 22 15", "VOLT-POL SP. Z O.O.", "WROCŁAW"),
    ], group="voltpol"),
    P("shared-mailbox email-case", [
        ("eshop", "Magdalena", "Pawlak", "Zamowienia@voltpol.pl", "", "Volt-Pol Sp. z o.o.", "Wrocław"),
    ], group="voltpol"),

    P("compound-surname private-email diacritics", [
        ("crm", "Anna", "Kowalska-Zielińska", "anna.kowalska@budmat-lodz.pl", "+48 42 637 19 04", "Budmat Łódź S.A.", "Łódź"),
        ("eshop", "Anna", "Zielinska", "a.zielinska@wp.pl", "+48 501 447 236", "", "Lodz"),
        ("crm", "Anna", "Kowalska", "anna.kowalska@budmat-lodz.pl", "501 447 236", "BUDMAT ŁÓDŹ SA", "Łódź"),
    ]),
    P("namesake", [("eshop", "Anna", "Kowalska", "ania.kowalska88@o2.pl", "698 120 554", "", "Kraków")]),

    P("title-degree phone-extension company-variant", [
        ("crm", "mgr inż. Tomasz", "Lewandowski", "t.lewandowski@termex-poznan.pl", "+48 61 852 40 30 wew. 118", "Termex Poznań Sp. z o.o.", "Poznań"),
        ("event", "Tomasz", "Lewandowski", "t.lewandowski@termex-poznan.pl", "", "TERMEX", "Poznan"),
        ("erp", "Tomasz", "Lewandowski", "", "61 852 40 30", "Termex Poznań", "Poznań"),
    ]),

    P("diacritics city-translation phone-notation", [
        ("crm", "Łukasz", "Wróbel", "lukasz.wrobel@transkom.pl", "+48 605 331 890", "Transkom Sp. z o.o.", "Szczecin"),
        ("event", "Lukasz", "Wrobel", "lukasz.wrobel@transkom.pl", "0048 605 331 890", "Transkom", "Stettin"),
    ]),

    # --- brothers in the family firm, initials differ, one switchboard
    P("colleague-email-initial switchboard capitals", [
        ("crm", "Piotr", "Kowalczyk", "p.kowalczyk@kowalczyk-synowie.pl", "+48 81 532 77 40", "Kowalczyk i Synowie Sp. j.", "Lublin"),
        ("erp", "PIOTR", "KOWALCZYK", "p.kowalczyk@kowalczyk-synowie.pl", "601 552 318", "KOWALCZYK I SYNOWIE", "LUBLIN"),
    ], group="kowalczyk"),
    P("colleague-email-initial switchboard", [
        ("crm", "Marek", "Kowalczyk", "m.kowalczyk@kowalczyk-synowie.pl", "+48 81 532 77 40", "Kowalczyk i Synowie Sp. j.", "Lublin"),
    ], group="kowalczyk"),

    # --- Stanisław / Stanisława Nowak, home line shared, mailboxes one letter apart
    P("family-phone gender-pair diacritics phone-notation", [
        ("eshop", "Stanisław", "Nowak", "stanislaw.nowak@interia.pl", "12 411 63 29", "", "Kraków"),
        ("eshop", "Stanisław", "Nowak", "stanislaw.nowak@interia.pl", "602-774-105", "", "Kraków"),
        ("crm", "Stanislaw", "Nowak", "s.nowak@hydrobud-krakow.pl", "+48 602 774 105", "Hydrobud Kraków", "Krakow"),
    ], group="nowak"),
    P("family-phone gender-pair", [
        ("eshop", "Stanisława", "Nowak", "stanislawa.nowak@interia.pl", "12 411 63 29", "", "Kraków"),
    ], group="nowak"),

    P("namesake-same-city", [("crm", "Katarzyna", "Nowak", "k.nowak@mediapol-waw.pl", "+48 22 654 12 90", "Mediapol S.A.", "Warszawa")]),
    P("namesake-same-city nickname", [
        ("eshop", "Katarzyna", "Nowak", "kasia.nowak@gmail.com", "+48 733 802 119", "", "Warszawa"),
        ("newsletter", "Kasia", "", "kasia.nowak@gmail.com", "", "", ""),
    ]),

    P("phone-trunk-0 company-variant diacritics", [
        ("erp", "Grzegorz", "Szymański", "", "(0-22) 843 51 62", "Przedsiębiorstwo Handlowe GRASZ Sp. z o.o.", "Warszawa"),
        ("crm", "Grzegorz", "Szymanski", "g.szymanski@grasz.com.pl", "+48 22 843 51 62", "PH Grasz", "Warszawa"),
    ]),

    P("nickname diacritics email-case", [
        ("crm", "Małgorzata", "Zając", "malgorzata.zajac@farmapol-gdansk.pl", "+48 58 341 07 76", "Farmapol Gdańsk Sp. z o.o.", "Gdańsk"),
        ("eshop", "Gosia", "Zajac", "Malgorzata.Zajac@farmapol-gdansk.pl", "", "", "Gdansk"),
    ]),

    P("middle-name diacritics", [
        ("crm", "Maria Magdalena", "Dąbrowska", "m.dabrowska@elmark-rzeszow.pl", "+48 17 862 30 44", "Elmark Rzeszów", "Rzeszów"),
        ("event", "Magdalena", "Dabrowska", "", "", "ELMARK", "Rzeszow"),
    ], note="Joined by name (second given name only) and company: a small firm, same city."),

    P("job-change phone-notation", [
        ("crm", "Wojciech", "Kaczmarek", "wojciech.kaczmarek@logistra.pl", "+48 663 105 228", "Logistra Sp. z o.o.", "Katowice"),
        ("crm", "Wojciech", "Kaczmarek", "w.kaczmarek@silesia-cargo.pl", "663-105-228", "Silesia Cargo S.A.", "Gliwice"),
    ]),

    # --- furniture maker: biuro@ and the shop line are shared by husband and wife
    P("swapped-columns capitals shared-mailbox", [
        ("erp", "JANKOWSKI", "MICHAŁ", "biuro@jankowski-meble.pl", "+48 89 523 18 07", "Meble Jankowski", "Olsztyn"),
        ("crm", "Michał", "Jankowski", "michal@jankowski-meble.pl", "89 523 18 07", "Meble Jankowski s.c.", "Olsztyn"),
    ], group="jankowski"),
    P("shared-mailbox switchboard", [
        ("eshop", "Ewa", "Jankowska", "biuro@jankowski-meble.pl", "89 523 18 07", "Meble Jankowski", "Olsztyn"),
    ], group="jankowski"),

    P("diacritics", [
        ("eshop", "Dorota", "Wiśniewska", "dorota.wisniewska@onet.pl", "512 330 871", "", "Bydgoszcz"),
        ("event", "Dorota", "Wisniewska", "dorota.wisniewska@onet.pl", "", "Biuro Rachunkowe Fiskus", "Bydgoszcz"),
    ]),
    P("title-degree", [("event", "dr hab. Andrzej", "Pietrzak", "a.pietrzak@inst-ceramiki.pl", "", "Instytut Ceramiki Stosowanej", "Kraków")]),
    P("", [("newsletter", "", "", "bartek.sikora@o2.pl", "", "", "")]),
    P("transposition diacritics company-legal-form", [
        ("crm", "Rafał", "Michalski", "r.michalski@agrotrans-opole.pl", "+48 77 441 28 95", "Agrotrans Opole", "Opole"),
        ("event", "Rafal", "Michalksi", "", "", "Agrotrans Opole Sp. z o.o.", "Opole"),
    ]),
    P("", [("webinar", "Joanna", "Kubiak", "joanna.kubiak@softlab-wro.pl", "", "Softlab", "Wrocław")]),
    P("", [("eshop", "Paweł", "Wieczorek", "pawel.wieczorek1979@wp.pl", "+48 791 226 104", "", "Toruń")]),

    P("nickname diacritics phone-national", [
        ("crm", "Przemysław", "Górecki", "przemek.gorecki@gmail.com", "+44 7700 900614", "", "Leeds"),
        ("event", "Przemek", "Gorecki", "przemek.gorecki@gmail.com", "07700 900614", "Northbridge Foods Ltd", "Leeds"),
    ]),

    P("compound-surname diacritics", [
        ("crm", "Barbara", "Lis-Kozłowska", "b.lis@apteka-centrum-bdg.pl", "+48 52 321 44 10", "Apteka Centrum", "Bydgoszcz"),
        ("event", "Barbara", "Lis Kozlowska", "", "", "Apteka Centrum Bydgoszcz", "Bydgoszcz"),
        ("eshop", "Barbara", "Lis", "b.lis@apteka-centrum-bdg.pl", "", "", "Bydgoszcz"),
    ]),

    P("transposition swapped-columns capitals diacritics private-email", [
        ("crm", "Sebastian", "Kołodziej", "s.kolodziej@agromax-kielce.pl", "+48 41 345 20 18", "Agromax Kielce Sp. z o.o.", "Kielce"),
        ("event", "Sebastain", "Kolodziej", "s.kolodziej@agromax-kielce.pl", "", "Agromax", "Kielce"),
        ("erp", "KOŁODZIEJ", "SEBASTIAN", "", "607-219-884", "AGROMAX KIELCE", "KIELCE"),
        ("eshop", "Sebastian", "Kolodziej", "sebastian.kolodziej@interia.pl", "+48 607 219 884", "", "Kielce"),
    ]),

    # --- Ukrainian in Poland: Polish transliteration
    P("cyrillic-latin translit-variant nickname private-email", [
        ("crm", "Tetiana", "Savchuk", "t.savchuk@agrologistyka.pl", "+48 532 118 406", "Agrologistyka Sp. z o.o.", "Lublin"),
        ("eshop", "Tetiana", "Sawczuk", "tania.sawczuk@gmail.com", "532-118-406", "", "Lublin"),
        ("newsletter", "Тетяна", "Савчук", "tania.sawczuk@gmail.com", "", "", ""),
    ]),

    P("diacritics job-change phone-notation", [
        ("crm", "Małgorzata", "Kwiatkowska", "m.kwiatkowska@pomorze-trans.pl", "+48 601 884 213", "Pomorze Trans Sp. z o.o.", "Gdynia"),
        ("crm", "Malgorzata", "Kwiatkowska", "m.kwiatkowska@hanseatic-spedition.de", "0048 601 884 213", "Hanseatic Spedition GmbH", "Hamburg"),
        ("eshop", "Małgorzata", "Kwiatkowska", "gosia.kwiatkowska@wp.pl", "+48601884213", "", "Hamburg"),
    ]),

    P("nickname diacritics", [
        ("crm", "Jakub", "Zieliński", "jakub.zielinski@baltmet.pl", "+48 58 620 44 17", "Baltmet S.A.", "Gdynia"),
        ("event", "Kuba", "Zielinski", "jakub.zielinski@baltmet.pl", "", "Baltmet", "Gdynia"),
    ]),

    # --- two Piotr Nowaks at one company, different branches
    P("namesake-same-company colleague-email-digit", [
        ("crm", "Piotr", "Nowak", "piotr.nowak@mgbud.pl", "+48 22 517 30 61", "Mazowiecka Grupa Budowlana S.A.", "Warszawa"),
    ], group="mgbud"),
    P("namesake-same-company colleague-email-digit company-abbrev", [
        ("crm", "Piotr", "Nowak", "piotr.nowak2@mgbud.pl", "+48 48 362 11 09", "Mazowiecka Grupa Budowlana S.A.", "Radom"),
        ("event", "Piotr", "Nowak", "piotr.nowak2@mgbud.pl", "", "MGBud", "Radom"),
    ], group="mgbud"),
]
