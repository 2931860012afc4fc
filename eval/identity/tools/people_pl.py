# Polish people of the identity holdout set (hand-written; format in people_cz_sk.py).
from common import P

# --- Kruszbud Sp. z o.o., Kraków: shared mailbox biuro@, switchboard 12 411 20 00
P("accents email-case phone-format company-form typo missing allcaps namesake:lukasz-wojcik",
  ("crm", "Łukasz", "Wójcik", "lukasz.wojcik@kruszbud.pl", "+48 601 234 871", "Kruszbud Sp. z o.o.", "Kraków"),
  ("erp", "LUKASZ", "WOJCIK", "LUKASZ.WOJCIK@KRUSZBUD.PL", "0048601234871", "KRUSZBUD SP Z O O", "Krakow"),
  ("event", "Łukasz", "Wójcik", "", "601-234-871", "Kruszbud", "Kraków"),
  ("newsletter", "Łukasz", "Wócjik", "lukasz.wojcik@kruszbud.pl", "", "", ""))
P("shared-mailbox-own multi-phone company-form mailbox:kruszbud switchboard:kruszbud namesake:anna-nowak",
  ("crm", "Anna", "Nowak", "biuro@kruszbud.pl", "+48 12 411 20 00", "Kruszbud Sp. z o.o.", "Kraków"),
  ("webinar", "Anna", "Nowak", "anna.nowak@kruszbud.pl", "", "Kruszbud", "Kraków"))
P("shared-mailbox-own missing mailbox:kruszbud",
  ("event", "Piotr", "Mazur", "biuro@kruszbud.pl", "", "Kruszbud", "Kraków"),
  ("crm", "Piotr", "Mazur", "piotr.mazur@kruszbud.pl", "+48 12 411 20 15", "Kruszbud Sp. z o.o.", "Kraków"))
P("mailbox:kruszbud switchboard:kruszbud",
  ("web-form", "Ewa", "Krawczyk", "Biuro@kruszbud.pl", "12 411 20 00", "Kruszbud sp. z o.o.", "Kraków"))

# --- Anna Nowak: other namesakes
P("phone-format company-form namesake:anna-nowak",
  ("crm", "Anna", "Nowak", "anna.nowak@baltyksoft.pl", "+48 58 320 14 77", "Bałtyk Software S.A.", "Gdańsk"),
  ("erp", "Anna", "Nowak", "anna.nowak@baltyksoft.pl", "(58) 320-14-77", "Baltyk Software SA", "Gdańsk"))
P("namesake:anna-nowak",
  ("newsletter", "Anna", "Nowak", "anowak85@wp.pl", "", "", ""))
P("namesake:anna-nowak",
  ("event", "Anna", "Nowak", "anna.nowak@o2.pl", "512 330 918", "", "Poznań"))

# --- Polmet Sp. z o.o., Wrocław; Kowalski family phone
P("phone-national company-form family:kowalski",
  ("crm", "Jan", "Kowalski", "jan.kowalski@polmet.pl", "+48 606 552 104", "Polmet Sp. z o.o.", "Wrocław"),
  ("erp", "Jan", "Kowalski", "jan.kowalski@polmet.pl", "606552104", "POLMET", "Wrocław"))
P("family:kowalski",
  ("web-form", "Joanna", "Kowalska", "joanna.kowalska@gmail.com", "+48 606 552 104", "", "Wrocław"))
P("swapped accents missing",
  ("import", "Dąbrowska", "Agnieszka", "agnieszka.dabrowska@polmet.pl", "", "Polmet", "Wrocław"),
  ("crm", "Agnieszka", "Dąbrowska", "agnieszka.dabrowska@polmet.pl", "+48 71 343 22 18", "Polmet Sp. z o.o.", "Wrocław"))
P("namesake:piotr-wisniewski",
  ("crm", "Piotr", "Wiśniewski", "p.wisniewski@polmet.pl", "+48 607 412 553", "Polmet Sp. z o.o.", "Wrocław"))
P("one-field-changed multi-phone",
  ("crm", "Bartosz", "Majewski", "b.majewski@polmet.pl", "+48 71 343 22 40", "Polmet Sp. z o.o.", "Wrocław"),
  ("erp", "Bartosz", "Majewski", "bartosz.majewski@polmet.pl", "+48 71 343 22 40", "Polmet Sp. z o.o.", "Wrocław"),
  ("event", "Bartosz", "Majewski", "bartosz.majewski@polmet.pl", "+48 692 305 118", "Polmet", "Wrocław"))

# --- Mazowiecka Grupa Budowlana S.A., Warszawa; Kowalczyk family
P("private-email company-form multi-phone family:kowalczyk",
  ("crm", "Stanisław", "Kowalczyk", "s.kowalczyk@mgb.com.pl", "+48 22 540 18 00", "Mazowiecka Grupa Budowlana S.A.", "Warszawa"),
  ("web-form", "Stanisław", "Kowalczyk", "stan.kowalczyk@onet.pl", "+48 22 615 43 90", "Mazowiecka Grupa Budowlana", "Warszawa"))
P("family:kowalczyk",
  ("newsletter", "Stanisława", "Kowalczyk", "stanislawa.kowalczyk@interia.pl", "22 615-43-90", "", "Warszawa"))
P("private-email company-form multi-phone",
  ("crm", "Krzysztof", "Lewandowski", "krzysztof.lewandowski@mgb.com.pl", "+48 22 540 18 27", "Mazowiecka Grupa Budowlana S.A.", "Warszawa"),
  ("newsletter", "Krzysztof", "Lewandowski", "k.lewandowski@o2.pl", "", "", ""),
  ("event", "Krzysztof", "Lewandowski", "k.lewandowski@o2.pl", "+48 502 118 964", "MGB S.A.", "Warszawa"))
P("", ("crm", "Jakub", "Michalski", "jakub.michalski@mgb.com.pl", "+48 22 540 18 31", "Mazowiecka Grupa Budowlana S.A.", "Warszawa"))
P("one-field-changed",
  ("crm", "Karolina", "Olszewska", "karolina.olszewska@mgb.com.pl", "+48 668 204 917", "Mazowiecka Grupa Budowlana S.A.", "Warszawa"),
  ("webinar", "Karolina", "Olszewska", "karolina.olszewska@mgb.com.pl", "668 204 917", "Mazowiecka Grupa Budowlana S.A.", "Kraków"))

# --- Bałtyk Software S.A., Gdańsk
P("accents private-email phone-format company-form",
  ("crm", "Małgorzata", "Wiśniewska", "malgorzata.wisniewska@baltyksoft.pl", "+48 58 320 14 50", "Bałtyk Software S.A.", "Gdańsk"),
  ("event", "Malgorzata", "Wisniewska", "malgorzata.wisniewska@baltyksoft.pl", "+48 (58) 320-14-50", "Baltyk Software SA", "Gdansk"),
  ("webinar", "Małgorzata", "Wiśniewska", "gosia.wisniewska@wp.pl", "", "Bałtyk Software", "Gdańsk"))
P("email-case missing accents phone-national",
  ("crm", "Magdalena", "Woźniak", "magdalena.wozniak@baltyksoft.pl", "", "Bałtyk Software S.A.", "Gdańsk"),
  ("web-form", "Magdalena", "Woźniak", "Magdalena.Wozniak@BaltykSoft.pl", "+48 505 227 381", "Bałtyk Software", "Gdańsk"),
  ("webinar", "Magdalena", "Wozniak", "magdalena.wozniak@baltyksoft.pl", "505227381", "", "Gdańsk"))
P("", ("event", "Wojciech", "Rutkowski", "wojciech.rutkowski@baltyksoft.pl", "+48 58 320 14 62", "Bałtyk Software S.A.", "Gdańsk"))

# --- TransPol Logistyka sp. z o.o., Poznań: switchboard 61 855 20 00, shared mailbox kontakt@
P("typo accents phone-national",
  ("crm", "Paweł", "Zieliński", "pawel.zielinski@transpol.pl", "+48 691 440 273", "TransPol Logistyka sp. z o.o.", "Poznań"),
  ("helpdesk", "Pawel", "Zielinksi", "pawel.zielinski@transpol.pl", "691 440 273", "TransPol", "Poznań"))
P("accents multi-phone company-form switchboard:transpol",
  ("crm", "Michał", "Kozłowski", "michal.kozlowski@transpol.pl", "+48 61 855 20 00", "TransPol Logistyka sp. z o.o.", "Poznań"),
  ("event", "Michal", "Kozlowski", "michal.kozlowski@transpol.pl", "509 300 412", "TRANSPOL LOGISTYKA", "Poznań"))
P("shared-mailbox-own switchboard:transpol mailbox:transpol",
  ("crm", "Joanna", "Jankowska", "joanna.jankowska@transpol.pl", "+48 61 855 20 00", "TransPol Logistyka sp. z o.o.", "Poznań"),
  ("web-form", "Joanna", "Jankowska", "kontakt@transpol.pl", "61 855 20 00", "TransPol", "Poznań"))
P("missing company-form switchboard:transpol",
  ("helpdesk", "Rafał", "Wieczorek", "rafal.wieczorek@transpol.pl", "61 855 20 00", "TransPol", "Poznań"),
  ("crm", "Rafał", "Wieczorek", "rafal.wieczorek@transpol.pl", "", "TransPol Logistyka sp. z o.o.", "Poznań"))
P("mailbox:transpol",
  ("event", "Beata", "Jabłońska", "kontakt@transpol.pl", "", "TransPol Logistyka", "Poznań"))

# --- Przedsiębiorstwo Handlowe Wisła S.A., Katowice; Piotrowski family
P("phone-format company-form accents missing",
  ("crm", "Katarzyna", "Kamińska", "katarzyna.kaminska@wisla-handel.pl", "+48 32 253 71 40", "Przedsiębiorstwo Handlowe Wisła S.A.", "Katowice"),
  ("erp", "Katarzyna", "Kaminska", "katarzyna.kaminska@wisla-handel.pl", "0048 32 2537140", "PH Wisła SA", "Katowice"),
  ("event", "Katarzyna", "Kamińska", "", "(32) 253 71 40", "Wisła", "Katowice"))
P("phone-national company-form missing family:piotrowski",
  ("crm", "Marcin", "Piotrowski", "marcin.piotrowski@wisla-handel.pl", "+48 604 771 309", "PH Wisła S.A.", "Katowice"),
  ("event", "Marcin", "Piotrowski", "", "604771309", "Przedsiębiorstwo Handlowe Wisła", "Katowice"))
P("family:piotrowski",
  ("web-form", "Natalia", "Piotrowska", "natalia.piotrowska@gmail.com", "604 771 309", "", "Katowice"))
P("", ("web-form", "Grzegorz", "Pawlak", "g.pawlak@wisla-handel.pl", "+48 32 253 71 66", "PH Wisła S.A.", "Katowice"))

# --- Zakłady Mięsne Sokół S.A., Lublin
P("accents company-form namesake:piotr-wisniewski",
  ("crm", "Piotr", "Wiśniewski", "piotr.wisniewski@zmsokol.pl", "+48 81 532 10 40", "Zakłady Mięsne Sokół S.A.", "Lublin"),
  ("erp", "Piotr", "Wisniewski", "piotr.wisniewski@zmsokol.pl", "+48 81 532 10 40", "ZM Sokół", "Lublin"))
P("namesake:piotr-wisniewski",
  ("newsletter", "Piotr", "Wiśniewski", "piotrek.wisniewski@interia.pl", "", "", ""))
P("translit phone-national company-form email-alias",
  ("crm", "Aleksandra", "Grabowska", "aleksandra.grabowska@zmsokol.pl", "+48 81 532 10 11", "Zakłady Mięsne Sokół S.A.", "Lublin"),
  ("event", "Alexandra", "Grabowska", "a.grabowska@zmsokol.pl", "81 532 10 11", "ZM Sokół", "Lublin"))
P("email-space accents missing company-form",
  ("crm", "Monika", "Król", "monika.krol@zmsokol.pl", "", "Zakłady Mięsne Sokół S.A.", "Lublin"),
  ("helpdesk", "Monika", "Krol", " monika.krol@zmsokol.pl ", "+48 81 532 10 27", "ZM Sokół", "Lublin"))
P("surname-change missing",
  ("crm", "Dorota", "Pawłowska", "dorota.pawlowska@wp.pl", "+48 513 604 228", "", "Lublin"),
  ("web-form", "Dorota", "Michalska", "dorota.pawlowska@wp.pl", "", "", "Lublin"))

# --- Polish singletons and small cases
P("", ("event", "Tomasz", "Szymański", "tomasz.szymanski@gmail.com", "600 811 342", "", "Łódź"))
P("accents phone-format private-email",
  ("crm", "Sebastian", "Wróbel", "sebastian.wrobel@lodzkie-tekstylia.pl", "0048 600 119 274", "Łódzkie Tekstylia Sp. z o.o.", "Łódź"),
  ("web-form", "Sebastian", "Wrobel", "seba.wrobel@o2.pl", "600-119-274", "", "Łódź"))
P("", ("newsletter", "Zofia", "Nowakowska", "zofia.nowakowska@onet.pl", "", "", "Kraków"))
P("accents swapped",
  ("crm", "Adam", "Stępień", "adam.stepien@lodzkie-tekstylia.pl", "+48 42 633 81 05", "Łódzkie Tekstylia Sp. z o.o.", "Łódź"),
  ("import", "Stepien", "Adam", "adam.stepien@lodzkie-tekstylia.pl", "+48 42 633 81 05", "Lodzkie Tekstylia", "Lodz"))
P("", ("event", "Justyna", "Górska", "justyna.gorska@lodzkie-tekstylia.pl", "+48 42 633 81 00", "Łódzkie Tekstylia Sp. z o.o.", "Łódź"))
P("accents allcaps",
  ("crm", "Przemysław", "Szczepański", "przemyslaw.szczepanski@rzeszow-aero.pl", "+48 17 854 30 19", "Rzeszów Aero Komponenty S.A.", "Rzeszów"),
  ("erp", "PRZEMYSŁAW", "SZCZEPAŃSKI", "przemyslaw.szczepanski@rzeszow-aero.pl", "17 854 30 19", "RZESZÓW AERO KOMPONENTY S.A.", "Rzeszów"),
  ("event", "Przemyslaw", "Szczepanski", "przemyslaw.szczepanski@rzeszow-aero.pl", "", "Rzeszow Aero", "Rzeszow"))
P("typo",
  ("crm", "Jolanta", "Kaczmarek", "jolanta.kaczmarek@rzeszow-aero.pl", "+48 17 854 30 44", "Rzeszów Aero Komponenty S.A.", "Rzeszów"),
  ("webinar", "Jolanta", "Kaczmarak", "jolanta.kaczmarek@rzeszow-aero.pl", "", "Rzeszów Aero Komponenty", "Rzeszów"))
P("family:zajac",
  ("crm", "Marek", "Zając", "marek.zajac@rzeszow-aero.pl", "+48 781 204 655", "Rzeszów Aero Komponenty S.A.", "Rzeszów"))
P("family:zajac accents",
  ("web-form", "Marta", "Zając", "marta.zajac@wp.pl", "781 204 655", "", "Rzeszów"),
  ("newsletter", "Marta", "Zajac", "marta.zajac@wp.pl", "", "", ""))
P("", ("event", "Kamil", "Wróblewski", "kamil.wroblewski@gmail.com", "+48 793 118 020", "", "Szczecin"))
P("email-case only-email",
  ("crm", "Iwona", "Sikorska", "iwona.sikorska@szczecin-port-serwis.pl", "+48 91 488 22 70", "Port Serwis Szczecin Sp. z o.o.", "Szczecin"),
  ("newsletter", "", "", "IWONA.SIKORSKA@szczecin-port-serwis.pl", "", "", ""))
P("namesake:tomasz-kaminski",
  ("crm", "Tomasz", "Kamiński", "tomasz.kaminski@szczecin-port-serwis.pl", "+48 91 488 22 81", "Port Serwis Szczecin Sp. z o.o.", "Szczecin"))
P("namesake:tomasz-kaminski accents",
  ("event", "Tomasz", "Kaminski", "tkaminski@interia.pl", "+48 697 552 034", "", "Białystok"),
  ("web-form", "Tomasz", "Kamiński", "tkaminski@interia.pl", "697 552 034", "", "Białystok"))
