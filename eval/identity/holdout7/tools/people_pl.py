# Poland. Every person and record written by hand.
# record: (source, first_name, last_name, email, phone, company, city)
from model import P

PEOPLE = [
# ---------------------------------------------------------------- namesakes: Katarzyna Wójcik x3
P("pl-wojcik-katarzyna-waw", "diminutive private-email company-form accents missing", "namesake:katarzyna-wojcik",
  ("crm", "Katarzyna", "Wójcik", "k.wojcik@meblarnia-wola.pl", "+48 22 615 40 32", "Meblarnia Wola Sp. z o.o.", "Warszawa"),
  ("newsletter", "Kasia", "Wojcik", "kasia.wojcik84@wp.pl", "", "Meblarnia Wola", "")),
P("pl-wojcik-katarzyna-krk", "", "namesake:katarzyna-wojcik",
  ("web-form", "Katarzyna", "Wójcik", "katarzyna.wojcik@o2.pl", "+48 605 118 274", "", "Kraków")),
P("pl-wojcik-katarzyna-gda", "accents phone-format phone-national company-form allcaps", "namesake:katarzyna-wojcik",
  ("crm", "Katarzyna", "Wójcik", "katarzyna.wojcik@baltyk-spedycja.pl", "+48 58 342 17 60", "Bałtyk Spedycja S.A.", "Gdańsk"),
  ("erp", "Katarzyna", "Wojcik", "katarzyna.wojcik@baltyk-spedycja.pl", "58 342 17 60", "BALTYK SPEDYCJA SA", "Gdansk")),

# double surname in part, hyphen lost, private address with the married name only
P("pl-zielinska-mazur-agnieszka",
  "double-surname punctuation accents private-email multi-phone phone-format phone-national company-form missing", "",
  ("crm", "Agnieszka", "Zielińska-Mazur", "a.zielinska@kancelaria-wisla.pl", "+48 12 421 55 90", "Kancelaria Prawna Wisła", "Kraków"),
  ("event", "Agnieszka", "Mazur", "a.zielinska@kancelaria-wisla.pl", "+48 601 227 413", "Kancelaria Wisła sp.k.", "Krakow"),
  ("web-form", "Agnieszka", "Zielinska Mazur", "agnieszka.mazur@interia.pl", "601-227-413", "", "Kraków")),

# ---------------------------------------------------------------- family: Henryk Lewandowski / Halina Lewandowska (Łódź)
P("pl-lewandowski-henryk", "multi-phone accents", "family:lewandowski-lodz",
  ("web-form", "Henryk", "Lewandowski", "h.lewandowski@onet.pl", "+48 42 636 18 25", "", "Łódź"),
  ("billing", "Henryk", "Lewandowski", "h.lewandowski@onet.pl", "+48 602 334 918", "", "Lodz")),
P("pl-lewandowska-halina", "", "family:lewandowski-lodz",
  ("helpdesk", "Halina", "Lewandowska", "", "(42) 636-18-25", "", "Łódź")),

# Gosia at a trade fair; a German fair organiser wrote the masculine surname
P("pl-szymanska-malgorzata", "diminutive email-alias feminine-form accents company-form missing", "",
  ("crm", "Małgorzata", "Szymańska", "malgorzata.szymanska@farmapol-opole.pl", "+48 77 453 20 11", "Farmapol Opole Sp. z o.o.", "Opole"),
  ("event", "Gosia", "Szymańska", "gosia.szymanska@farmapol-opole.pl", "+48 77 453 20 11", "Farmapol Opole", "Opole"),
  ("event", "Malgorzata", "Szymanski", "malgorzata.szymanska@farmapol-opole.pl", "", "Farmapol Opole Sp. z o.o.", "Opole")),

# ---------------------------------------------------------------- accounting office biuro@ (Rzeszów)
P("pl-kaczmarek-ewa", "shared-mailbox-own missing", "mailbox:bilans-rzeszow switchboard:bilans-rzeszow",
  ("crm", "Ewa", "Kaczmarek", "biuro@bilans-rzeszow.pl", "+48 17 852 44 10", "Biuro Rachunkowe Bilans", "Rzeszów"),
  ("web-form", "Ewa", "Kaczmarek", "ewa.kaczmarek@bilans-rzeszow.pl", "+48 17 852 44 10", "", "Rzeszów")),
P("pl-pawlak-dorota", "", "mailbox:bilans-rzeszow switchboard:bilans-rzeszow",
  ("billing", "Dorota", "Pawlak", "biuro@bilans-rzeszow.pl", "17 852 44 10", "BIURO RACHUNKOWE BILANS S.C.", "Rzeszow")),
P("pl-kaczmarek-tadeusz", "", "mailbox:bilans-rzeszow",
  ("newsletter", "Tadeusz", "Kaczmarek", "Biuro@bilans-rzeszow.pl", "", "", "")),

# ---------------------------------------------------------------- kontakt@ (Olsztyn)
P("pl-dabrowski-krzysztof", "shared-mailbox-own accents multi-phone company-form", "mailbox:ogrody-mazury",
  ("web-form", "Krzysztof", "Dąbrowski", "kontakt@ogrody-mazury.pl", "+48 89 527 31 40", "Ogrody Mazury", "Olsztyn"),
  ("crm", "Krzysztof", "Dabrowski", "krzysztof@ogrody-mazury.pl", "+48 698 412 337", "Ogrody Mazury Sp. z o.o.", "Olsztyn")),
P("pl-sikora-marta", "", "mailbox:ogrody-mazury",
  ("newsletter", "Marta", "Sikora", "kontakt@ogrody-mazury.pl", "", "", "")),

# ---------------------------------------------------------------- lookalike: Nowicki / Nowacki, both Paweł in Poznań
P("pl-nowicki-pawel", "multi-phone accents missing", "lookalike:nowicki-nowacki",
  ("crm", "Paweł", "Nowicki", "pawel.nowicki@wielkopolskie-kruszywa.pl", "+48 61 847 22 05", "Wielkopolskie Kruszywa S.A.", "Poznań"),
  ("webinar", "Pawel", "Nowicki", "pawel.nowicki@wielkopolskie-kruszywa.pl", "+48 603 559 120", "", "Poznan")),
P("pl-nowacki-pawel", "", "lookalike:nowicki-nowacki",
  ("web-form", "Paweł", "Nowacki", "pnowacki@gmail.com", "+48 607 214 885", "", "Poznań")),

P("pl-jankowski-przemyslaw", "typo accents phone-format phone-national company-form allcaps", "",
  ("crm", "Przemysław", "Jankowski", "p.jankowski@elektrobud-lublin.pl", "+48 81 532 70 14", "Elektrobud Lublin", "Lublin"),
  ("import", "Przemyslaw", "Jankowsky", "p.jankowski@elektrobud-lublin.pl", "815327014", "ELEKTROBUD LUBLIN SP. Z O.O.", "Lublin")),
P("pl-kwiatkowski-marek", "company-renamed", "",
  ("crm", "Marek", "Kwiatkowski", "marek.kwiatkowski@stalprofil-katowice.pl", "+48 32 255 61 90", "Stalprofil Katowice Sp. z o.o.", "Katowice"),
  ("erp", "Marek", "Kwiatkowski", "marek.kwiatkowski@silesia-steel.com", "+48 32 255 61 90", "Silesia Steel Group", "Katowice")),
P("pl-wieczorek-barbara", "only-phone diminutive private-email phone-format phone-national missing accents", "",
  ("crm", "Barbara", "Wieczorek", "barbara.wieczorek@szklarnie-kujawy.pl", "+48 694 220 517", "Szklarnie Kujawy Sp. z o.o.", "Toruń"),
  ("helpdesk", "Basia", "", "", "+48 694 220 517", "", ""),
  ("web-form", "Barbara", "Wieczorek", "basia.wieczorek@wp.pl", "694 220 517", "", "Torun")),

# ---------------------------------------------------------------- two Piotr Kamiński at one company (different mailboxes and lines)
P("pl-kaminski-piotr-a", "accents multi-phone company-form", "namesake-samecompany:transbud-kaminski",
  ("crm", "Piotr", "Kamiński", "piotr.kaminski@transbud.com.pl", "+48 52 348 11 24", "Transbud Bydgoszcz S.A.", "Bydgoszcz"),
  ("event", "Piotr", "Kaminski", "piotr.kaminski@transbud.com.pl", "+48 501 334 812", "Transbud", "Bydgoszcz")),
P("pl-kaminski-piotr-b", "accents allcaps company-form missing initials", "namesake-samecompany:transbud-kaminski",
  ("erp", "Piotr", "Kaminski", "pkaminski@transbud.com.pl", "+48 52 348 11 37", "TRANSBUD BYDGOSZCZ SA", "Bydgoszcz"),
  ("webinar", "Piotr J.", "Kamiński", "pkaminski@transbud.com.pl", "", "Transbud Bydgoszcz", "Bydgoszcz")),

P("pl-krol-dariusz", "swapped accents company-form missing", "",
  ("crm", "Dariusz", "Król", "dariusz.krol@drukarnia-kielce.pl", "+48 41 366 12 09", "Drukarnia Świętokrzyska", "Kielce"),
  ("import", "Krol", "Dariusz", "dariusz.krol@drukarnia-kielce.pl", "", "Drukarnia Swietokrzyska Sp. z o.o.", "Kielce")),
P("pl-baran-natalia", "email-space missing", "",
  ("crm", "Natalia", "Baran", "natalia.baran@bursztyn-kosmetyki.pl", "+48 58 764 02 31", "Bursztyn Kosmetyki", "Gdynia"),
  ("webinar", "Natalia", "Baran", " natalia.baran@bursztyn-kosmetyki.pl ", "", "", "Gdynia")),
P("pl-gorski-wojciech", "fullname-one-field accents company-form missing", "",
  ("event", "Wojciech Górski", "", "w.gorski@gorski-architekci.pl", "", "Górski Architekci", "Szczecin"),
  ("crm", "Wojciech", "Górski", "w.gorski@gorski-architekci.pl", "+48 91 434 55 02", "Górski Architekci Sp.j.", "Szczecin")),

# ---------------------------------------------------------------- couple sharing walczakowie@ ; a namesake Marcin Walczak in Łódź
P("pl-walczak-marcin", "private-email accents", "couple:walczakowie namesake:marcin-walczak",
  ("web-form", "Marcin", "Walczak", "walczakowie@interia.pl", "+48 508 112 673", "", "Bielsko-Biała"),
  ("crm", "Marcin", "Walczak", "marcin.walczak@beskid-okna.pl", "+48 508 112 673", "Beskid Okna Sp. z o.o.", "Bielsko-Biala")),
P("pl-walczak-aneta", "", "couple:walczakowie",
  ("web-form", "Aneta", "Walczak", "walczakowie@interia.pl", "+48 517 440 926", "", "Bielsko-Biała")),
P("pl-walczak-marcin-lodz", "", "namesake:marcin-walczak",
  ("event", "Marcin", "Walczak", "m.walczak@lodzkie-tkaniny.pl", "+48 42 210 77 18", "Łódzkie Tkaniny Sp. z o.o.", "Łódź")),

P("pl-adamczyk-lukasz", "company-group accents phone-format", "",
  ("crm", "Łukasz", "Adamczyk", "lukasz.adamczyk@piastow-energia.pl", "+48 71 338 20 45", "Piastów Energia Serwis Sp. z o.o.", "Wrocław"),
  ("event", "Lukasz", "Adamczyk", "lukasz.adamczyk@piastow-energia.pl", "0048 71 338 20 45", "Grupa Piastów Energia", "Wroclaw")),
P("pl-pietrzak-robert", "", "",
  ("crm", "Robert", "Pietrzak", "r.pietrzak@czestochowa-metal.pl", "+48 34 365 81 02", "Częstochowskie Zakłady Metalowe", "Częstochowa")),
P("pl-majewska-joanna", "maiden-name email-case company-form missing", "",
  ("crm", "Joanna", "Majewska", "joanna.majewska@sopockie-spa.pl", "+48 58 551 30 90", "Sopockie SPA Sp. z o.o.", "Sopot"),
  ("event", "Joanna Pietraszek", "Majewska", "Joanna.Majewska@sopockie-spa.pl", "", "Sopockie Spa", "Sopot")),
P("pl-kowal-grzegorz", "", "",
  ("helpdesk", "Grzegorz", "Kowal", "g.kowal@wp.pl", "+48 733 902 614", "", "Mińsk Mazowiecki")),
]
