# Polish people (and Poles abroad), written by hand.
# record tuple: (source, first_name, last_name, email, phone, company, city)
from common import P

PEOPLE = [
# ---------------------------------------------------------------- Anna Nowak x4
P("anna-nowak-budmax", "PL",
  tags="phone-format phone-national allcaps accents company-form",
  groups="namesake:anna-nowak",
  recs=[
    ("crm", "Anna", "Nowak", "anna.nowak@budmax-poznan.pl", "+48 61 852 40 17", "Budmax Poznań Sp. z o.o.", "Poznań"),
    ("erp", "Anna", "Nowak", "anna.nowak@budmax-poznan.pl", "61 852 40 17", "BUDMAX POZNAN SP Z OO", "Poznan"),
  ]),
P("anna-nowak-krakow", "PL", tags="diminutive missing",
  groups="namesake:anna-nowak",
  recs=[
    ("web-form", "Anna", "Nowak", "ania.nowak88@wp.pl", "601 224 318", "", "Kraków"),
    ("newsletter", "Ania", "Nowak", "ania.nowak88@wp.pl", "", "", ""),
  ]),
P("anna-nowak-lexpol", "PL", groups="namesake:anna-nowak",
  recs=[("event", "Anna", "Nowak", "anna.nowak@lexpol-kancelaria.pl", "+48 22 627 15 30", "Kancelaria Lexpol", "Warszawa")]),
P("anna-nowak-poznan-private", "PL", groups="namesake:anna-nowak",
  recs=[("billing", "Anna", "Nowak", "", "512 880 461", "", "Poznań")]),

# ---------------------------------------------------------------- Małgorzata / Gosia, extension, group name
P("malgorzata-wisniewska", "PL",
  tags="diminutive accents phone-extension private-email multi-phone phone-format phone-national company-form company-group missing",
  recs=[
    ("crm", "Małgorzata", "Wiśniewska", "m.wisniewska@polchem-tarnow.pl", "+48 14 621 33 08 wew. 112", "Polchem Tarnów S.A.", "Tarnów"),
    ("web-form", "Gosia", "Wisniewska", "gosia.wisniewska@o2.pl", "+48 603 118 452", "", "Tarnów"),
    ("event", "Malgorzata", "Wisniewska", "m.wisniewska@polchem-tarnow.pl", "603 118 452", "Grupa Polchem", "Tarnow"),
  ]),

# ---------------------------------------------------------------- Kowalska written Kowalski in a German CRM
P("joanna-kowalska-koeln", "DE",
  tags="feminine-form private-email multi-phone phone-format phone-national company-form accents missing",
  recs=[
    ("crm", "Joanna", "Kowalski", "j.kowalska@rheinlog.de", "+49 221 4470 3312", "RheinLog GmbH", "Köln"),
    ("web-form", "Joanna", "Kowalska", "joanna.kowalska@gmail.com", "+49 176 2290 4418", "", "Koeln"),
    ("event", "Joanna", "Kowalska", "j.kowalska@rheinlog.de", "0176 22904418", "Rheinlog", "Köln"),
  ]),

# ---------------------------------------------------------------- Kowalski / Kowalska, one home landline
P("krzysztof-kowalski", "PL",
  tags="private-email multi-phone phone-national typo missing phone-format",
  groups="family:kowalscy",
  recs=[
    ("web-form", "Krzysztof", "Kowalski", "krzysiek.kowalski@interia.pl", "502 336 190", "", "Warszawa"),
    ("crm", "Krzysztof", "Kowalski", "k.kowalski@transbud-waw.pl", "+48 502 336 190", "Transbud Warszawa Sp. z o.o.", "Warszawa"),
    ("billing", "Krzystof", "Kowalski", "krzysiek.kowalski@interia.pl", "+48 22 641 09 77", "", "Warszawa"),
  ]),
P("ewa-kowalska", "PL", groups="family:kowalscy",
  recs=[("billing", "Ewa", "Kowalska", "ewa.kowalska@interia.pl", "0048 22 641 09 77", "", "Warszawa")]),

# ---------------------------------------------------------------- Henryk / Henryka, one home phone
P("henryk-zielinski", "PL", tags="accents missing",
  groups="family:zielinscy",
  recs=[
    ("import", "Henryk", "Zieliński", "h.zielinski@onet.pl", "", "", "Gdańsk"),
    ("web-form", "Henryk", "Zielinski", "h.zielinski@onet.pl", "58 341 22 96", "", "Gdansk"),
  ]),
P("henryka-zielinska", "PL",
  groups="family:zielinscy",
  recs=[
    ("crm", "Henryka", "Zielińska", "henryka.zielinska@onet.pl", "58 341 22 96", "Apteka Pod Lipą", "Gdańsk"),
  ]),

# ---------------------------------------------------------------- Łukasz / Lukasz
P("lukasz-wojcik", "PL",
  tags="accents email-case allcaps phone-format company-form missing",
  recs=[
    ("crm", "Łukasz", "Wójcik", "lukasz.wojcik@softrex.pl", "+48 71 344 20 15", "Softrex Sp. z o.o.", "Wrocław"),
    ("webinar", "Lukasz", "Wojcik", "Lukasz.Wojcik@softrex.pl", "", "SOFTREX", "Wroclaw"),
    ("helpdesk", "Łukasz", "Wójcik", "lukasz.wojcik@softrex.pl", "0048713442015", "Softrex sp. z o.o.", "Wrocław"),
  ]),

# ---------------------------------------------------------------- law office biuro@ mailbox
P("agnieszka-maj", "PL",
  tags="shared-mailbox-own multi-phone company-form accents",
  groups="mailbox:kancelaria-maj switchboard:kancelaria-maj",
  recs=[
    ("crm", "Agnieszka", "Maj", "biuro@kancelaria-maj.pl", "+48 12 430 18 55", "Kancelaria Radcy Prawnego Agnieszka Maj", "Kraków"),
    ("web-form", "Agnieszka", "Maj", "a.maj@kancelaria-maj.pl", "604 511 230", "Kancelaria Maj", "Krakow"),
  ]),
P("pawel-lis", "PL", groups="mailbox:kancelaria-maj switchboard:kancelaria-maj",
  recs=[("web-form", "Paweł", "Lis", "biuro@kancelaria-maj.pl", "12 430 18 55", "Kancelaria Maj", "Kraków")]),
P("karolina-dabrowska", "PL",
  tags="shared-mailbox-own accents company-form missing",
  groups="mailbox:kancelaria-maj",
  recs=[
    ("newsletter", "Karolina", "Dąbrowska", "Biuro@kancelaria-maj.pl", "", "Kancelaria Maj", ""),
    ("crm", "Karolina", "Dabrowska", "k.dabrowska@kancelaria-maj.pl", "", "Kancelaria Radcy Prawnego A. Maj", "Kraków"),
  ]),

# ---------------------------------------------------------------- double surname Nowicka-Bąk / Nowicka
P("katarzyna-nowicka-bak", "PL",
  tags="double-surname diminutive private-email accents allcaps phone-format phone-national company-form missing",
  recs=[
    ("crm", "Katarzyna", "Nowicka-Bąk", "katarzyna.nowicka@medpol-lodz.pl", "+48 693 205 118", "Medpol Łódź Sp. z o.o.", "Łódź"),
    ("event", "Katarzyna", "Nowicka", "katarzyna.nowicka@medpol-lodz.pl", "", "MEDPOL", "Lodz"),
    ("web-form", "Kasia", "Nowicka-Bak", "kasia.nb@gmail.com", "693 205 118", "", "Łódź"),
  ]),

# ---------------------------------------------------------------- typo Lewandowski / Lewandowki
P("grzegorz-lewandowski", "PL", tags="typo allcaps company-form accents",
  recs=[
    ("crm", "Grzegorz", "Lewandowski", "g.lewandowski@agrofol.pl", "+48 56 652 11 40", "Agrofol S.A.", "Toruń"),
    ("erp", "Grzegorz", "Lewandowki", "g.lewandowski@agrofol.pl", "+48 56 652 11 40", "AGROFOL SA", "Torun"),
  ]),

# ---------------------------------------------------------------- Piotr Kamiński x2; kontakt@ mailbox at Softrex
P("piotr-kaminski-softrex", "PL",
  tags="shared-mailbox-own multi-phone accents company-form",
  groups="namesake:piotr-kaminski mailbox:softrex",
  recs=[
    ("crm", "Piotr", "Kamiński", "piotr.kaminski@softrex.pl", "+48 71 344 20 30", "Softrex Sp. z o.o.", "Wrocław"),
    ("web-form", "Piotr", "Kaminski", "kontakt@softrex.pl", "71 344 20 00", "Softrex", "Wrocław"),
  ]),
P("piotr-kaminski-private", "PL", tags="phone-format phone-national missing accents",
  groups="namesake:piotr-kaminski",
  recs=[
    ("web-form", "Piotr", "Kaminski", "kaminski.piotr@gmail.com", "788 401 256", "", "Wrocław"),
    ("billing", "Piotr", "Kamiński", "kaminski.piotr@gmail.com", "+48 788 401 256", "", "Wrocław"),
  ]),
P("natalia-kubiak-softrex", "PL", groups="mailbox:softrex",
  recs=[("helpdesk", "Natalia", "Kubiak", "kontakt@softrex.pl", "", "Softrex Sp. z o.o.", "Wrocław")]),

# ---------------------------------------------------------------- swapped Mazur Tomasz; a namesake in Gdańsk
P("tomasz-mazur-kielce", "PL", tags="swapped phone-format phone-national company-form",
  groups="namesake:tomasz-mazur",
  recs=[
    ("erp", "Mazur", "Tomasz", "t.mazur@stalbud-kielce.pl", "+48 41 345 90 12", "Stalbud Kielce", "Kielce"),
    ("crm", "Tomasz", "Mazur", "t.mazur@stalbud-kielce.pl", "41 345 90 12", "Stalbud Kielce Sp. z o.o.", "Kielce"),
  ]),
P("tomasz-mazur-gdansk", "PL", groups="namesake:tomasz-mazur",
  recs=[("web-form", "Tomasz", "Mazur", "tomek.mazur@o2.pl", "509 118 330", "", "Gdańsk")]),

# ---------------------------------------------------------------- spaces around the e-mail
P("marta-jankowska", "PL", tags="email-space phone-format phone-national missing",
  recs=[
    ("web-form", "Marta", "Jankowska", " marta.jankowska@o2.pl", "662 118 907", "", "Lublin"),
    ("crm", "Marta", "Jankowska", "marta.jankowska@o2.pl ", "+48 662 118 907", "Lubelska Spółdzielnia Mleczarska", "Lublin"),
  ]),

# ---------------------------------------------------------------- company renamed
P("adam-wrobel", "PL", tags="company-renamed accents phone-format phone-national",
  recs=[
    ("import", "Adam", "Wróbel", "adam.wrobel@polleasing.pl", "+48 605 330 812", "PolLeasing S.A.", "Warszawa"),
    ("crm", "Adam", "Wrobel", "adam.wrobel@vistulaleasing.pl", "605 330 812", "Vistula Leasing S.A. (dawniej PolLeasing)", "Warszawa"),
  ]),

# ---------------------------------------------------------------- only the e-mail, in capitals
P("michal-zajac", "PL", tags="only-email email-case allcaps missing",
  recs=[
    ("crm", "Michał", "Zając", "michal.zajac@budmax-poznan.pl", "+48 61 852 40 22", "Budmax Poznań Sp. z o.o.", "Poznań"),
    ("newsletter", "", "", "MICHAL.ZAJAC@BUDMAX-POZNAN.PL", "", "", ""),
  ]),

# ---------------------------------------------------------------- Jarosław / Jarek; Transbud switchboard
P("jaroslaw-pawlak", "PL",
  tags="diminutive private-email phone-extension multi-phone phone-format company-form phone-national accents missing",
  groups="switchboard:transbud",
  recs=[
    ("crm", "Jarosław", "Pawlak", "jaroslaw.pawlak@transbud-waw.pl", "+48 22 814 55 60 wew. 24", "Transbud Warszawa Sp. z o.o.", "Warszawa"),
    ("web-form", "Jarek", "Pawlak", "jarek.pawlak@gmail.com", "509 774 230", "", "Warszawa"),
    ("event", "Jarek", "Pawlak", "jaroslaw.pawlak@transbud-waw.pl", "+48 509 774 230", "Transbud", "Warszawa"),
  ]),
P("beata-sikora-transbud", "PL", groups="switchboard:transbud",
  recs=[("erp", "Beata", "Sikora", "b.sikora@transbud-waw.pl", "(22) 814 55 60", "TRANSBUD WARSZAWA", "Warszawa")]),

# ---------------------------------------------------------------- only the e-mail changed
P("ewelina-kaczmarek", "PL", tags="one-field-changed missing",
  recs=[
    ("web-form", "Ewelina", "Kaczmarek", "ewelina.kaczmarek@wp.pl", "698 330 412", "", "Gdynia"),
    ("billing", "Ewelina", "Kaczmarek", "ewelina.k@gmail.com", "698 330 412", "", "Gdynia"),
  ]),

# ---------------------------------------------------------------- singles
P("piotr-nowak-krakow", "PL",
  recs=[("web-form", "Piotr", "Nowak", "piotr.nowak@interia.pl", "600 412 775", "", "Kraków")]),
P("jan-nowak-katowice", "PL", groups="lookalike:novak-nowak",
  recs=[("crm", "Jan", "Nowak", "jan.nowak@silesia-kable.pl", "+48 32 255 71 40", "Silesia Kable Sp. z o.o.", "Katowice")]),
]
