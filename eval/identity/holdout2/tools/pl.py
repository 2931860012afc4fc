"""Poland."""
from people import P

# --- Kraków: Wiśniowy Sad (switchboard 12 416 20 35, mailbox zakupy@) -----------------------
P("nickname diacritics gmail-dots name+company switchboard",
  "crm|Małgorzata|Wiśniewska|m.wisniewska@wisniowysad.pl|+48 12 416 20 35 wew. 112|Wiśniowy Sad Sp. z o.o.|Kraków",
  "event|Gosia|Wisniewska|gosia.wisniewska@gmail.com|+48 602 318 447|Wiśniowy Sad|Krakow",
  "shop|Małgorzata|Wiśniewska|gosiawisniewska@gmail.com|602318447||Kraków",
  group="wisniowy-sad",
  note="the crm record (company address, switchboard extension) joins the private ones through Gosia (= Małgorzata) Wiśniewska at Wiśniowy Sad")
P("shared-mailbox switchboard name+company nickname email-near namesake",
  "web-form|Katarzyna|Nowak|zakupy@wisniowysad.pl|+48 12 416 20 35|Wiśniowy Sad Sp. z o.o.|Kraków",
  "crm|Kasia|Nowak|k.nowak@wisniowysad.pl|+48 12 416 20 35 wew. 140|Wiśniowy Sad|Kraków",
  group="wisniowy-sad")
P("shared-mailbox switchboard email-near name+company",
  "web-form|Krzysztof|Nowak|zakupy@wisniowysad.pl|+48 12 416 20 35|Wiśniowy Sad|Kraków",
  "crm|Krzysztof|Nowak|krzysztof.nowak@wisniowysad.pl|+48 605 771 230|Wiśniowy Sad Sp. z o.o.|Kraków",
  group="wisniowy-sad")
P("",
  "webinar|Magdalena|Szymańska|magda.szymanska@gmail.com||Wiśniowy Sad Sp. z o.o.|Kraków",
  group="wisniowy-sad")
P("job-change",
  "crm|Karolina|Wróbel|k.wrobel@wisniowysad.pl|+48 607 455 120|Wiśniowy Sad Sp. z o.o.|Kraków",
  "crm|Karolina|Wróbel|karolina.wrobel@elektrokorab.pl|607 455 120|Elektrokorab Pomorze Sp. z o.o.|Gdańsk",
  group="wisniowy-sad")

# --- Anna Nowak / Anna Kowalska ----------------------------------------------------------------
P("married-name double-surname namesake",
  "crm|Anna|Kowalska|anna.kowalska@elektrokorab.pl|+48 58 320 41 17|Elektrokorab Pomorze Sp. z o.o.|Gdańsk",
  "crm|Anna|Nowak|anna.nowak@elektrokorab.pl|+48 58 320 41 17|Elektrokorab Pomorze sp. z o.o.|Gdańsk",
  "billing|Anna|Kowalska-Nowak|anna.nowak@elektrokorab.pl|583204117|Elektrokorab Pomorze|Gdańsk",
  group="anna-nowak")
P("namesake", "newsletter|Anna|Nowak|anna.nowak@wp.pl|||Warszawa", group="anna-nowak")
P("namesake", "web-form|Anna|Nowak|anowak@o2.pl|501 223 884||Łódź", group="anna-nowak")
P("namesake", "shop|Anna|Kowalska|ania.kowalska@interia.pl|+48 698 305 112||Kraków", group="anna-nowak")

# --- Lublin: Aleksander and Aleksandra Zieliński/a, one home phone ------------------------------
P("gender-pair family-phone nickname email-near diacritics",
  "shop|Aleksander|Zieliński|olek.zielinski@interia.pl|+48 81 532 14 70||Lublin",
  "crm|Aleksander|Zielinski|a.zielinski@kasztelbud.pl|+48 694 220 317|Kasztelbud Wola S.A.|Warszawa",
  "helpdesk|Olek|Zieliński|olek.zielinski@interia.pl|694 220 317|Kasztelbud Wola|Warszawa",
  group="zielinski")
P("gender-pair family-phone nickname email-near",
  "shop|Aleksandra|Zielińska|ola.zielinska@interia.pl|81 532 14 70||Lublin",
  "webinar|Ola|Zielińska|ola.zielinska@interia.pl|+48 512 604 339|Lubelska Szkoła Języków|Lublin",
  group="zielinski")

# --- Gdańsk: Elektrokorab Pomorze -------------------------------------------------------------
P("nickname typo",
  "crm|Przemysław|Szczepański|przemek.szczepanski@elektrokorab.pl|+48 58 320 41 30|Elektrokorab Pomorze Sp. z o.o.|Gdańsk",
  "event|Przemek|Szczepańki|przemek.szczepanski@elektrokorab.pl||Elektrokorab|Gdańsk")

# --- Wrocław: Drukarnia Pod Sową (switchboard 71 342 18 90, mailbox biuro@) ---------------------
P("diacritics shared-mailbox switchboard name+company",
  "crm|Łukasz|Wójcik|lukasz.wojcik@drukarniapodsowa.pl|+48 71 342 18 90|Drukarnia Pod Sową Sp.j.|Wrocław",
  "billing|ŁUKASZ|WÓJCIK|LUKASZ.WOJCIK@DRUKARNIAPODSOWA.PL|+48 (71) 342 18 90|DRUKARNIA POD SOWĄ SPÓŁKA JAWNA|WROCŁAW",
  "helpdesk|Łukasz|Wójcik|biuro@drukarniapodsowa.pl||Drukarnia Pod Sową|Wrocław",
  group="pod-sowa")
P("shared-mailbox switchboard name+company",
  "web-form|Ewa|Wójcik|biuro@drukarniapodsowa.pl|+48 71 342 18 90|Drukarnia Pod Sową|Wrocław",
  "crm|Ewa|Wójcik|ewa.wojcik@drukarniapodsowa.pl|71 342 18 90|Drukarnia Pod Sową Sp.j.|Wrocław",
  group="pod-sowa")
P("translit cyrillic-latin",
  "erp|Oleksandr|Bondarenko|o.bondarenko@drukarniapodsowa.pl|+48 731 220 418|Drukarnia Pod Sową Sp.j.|Wrocław",
  "crm|Ołeksandr|Bondarenko|o.bondarenko@drukarniapodsowa.pl|731 220 418|Drukarnia Pod Sową|Wrocław",
  "web-form|Олександр|Бондаренко|bondarenko.sasha@ukr.net|+48 731 220 418||Вроцлав",
  group="pod-sowa")

# --- Poznań: Biuro Rachunkowe Kłos (switchboard 61 853 22 00, mailbox sekretariat@) ---------------
P("nickname plus-address diacritics typo",
  "webinar|Wojtek|Kamiński|wojtek.kaminski@gmail.com|||Poznań",
  "crm|Wojceich|Kamiński|w.kaminski@klos-biuro.pl|+48 61 853 22 07|Biuro Rachunkowe Kłos s.c.|Poznań",
  "shop|Wojciech|Kaminski|wojtek.kaminski+sklep@gmail.com|+48 61 853 22 07||Poznań",
  group="klos")
P("gender-pair switchboard shared-mailbox name+company email-near",
  "crm|Stanisław|Kłos|s.klos@klos-biuro.pl|+48 61 853 22 00|Biuro Rachunkowe Kłos s.c.|Poznań",
  "billing|Stanisław|Kłos|sekretariat@klos-biuro.pl|61 853 22 00|Biuro Rachunkowe Kłos|Poznań",
  group="klos",
  note="the billing record (secretariat mailbox, switchboard) is his because it names him")
P("gender-pair switchboard email-near diacritics shared-mailbox name+company",
  "crm|Stanisława|Kłos|st.klos@klos-biuro.pl|+48 61 853 22 00|Biuro Rachunkowe Kłos s.c.|Poznań",
  "event|Stanisława|Klos|st.klos@klos-biuro.pl|+48 607 118 903|Biuro Rachunkowe KŁOS|Poznan",
  "billing|Stanisława|Kłos|sekretariat@klos-biuro.pl|61 853 22 00|Biuro Rachunkowe Kłos|Poznań",
  group="klos")

# --- Łódź / Radom / Warszawa ------------------------------------------------------------------------
P("title",
  "web-form|Pani Agnieszka|Lewandowska|a.lewandowska@o2.pl|+48 504 117 382||Łódź",
  "crm|Agnieszka|Lewandowska|a.lewandowska@o2.pl|504-117-382|Przędzalnia Bałucka Sp. z o.o.|Łódź")
P("title namesake",
  "crm|dr inż. Tomasz|Mazur|t.mazur@radomka-cieplo.pl|+48 48 360 22 15|Ciepłownia Radomka Sp. z o.o.|Radom",
  "event|Tomasz|Mazur|t.mazur@radomka-cieplo.pl|48 360 22 15|Radomka|Radom",
  "webinar|Tomasz|Mazur|tomasz.mazur@onet.pl|(48) 360-22-15||Radom",
  group="mazur",
  note="Radom's area code is 48, so the national number 48 360 22 15 starts like the country code")
P("namesake", "newsletter|Tomasz|Mazur|tmazur@interia.pl|||Kraków", group="mazur")
P("title diacritics",
  "web-form|Pan Henryk|Górski|henryk.gorski@wp.pl|+48 22 843 17 02||Warszawa",
  "billing|Henryk|Gorski|henryk.gorski@wp.pl|22 843 17 02|Górski i Syn Sp.j.|Warszawa")

# --- Warszawa: Kasztelbud Wola (switchboard 22 631 40 00, mailbox kontakt@) --------------------------
P("namesake one-field-name",
  "crm|Piotr|Nowak|piotr.nowak@kasztelbud.pl|+48 22 631 40 12|Kasztelbud Wola S.A.|Warszawa",
  "erp|NOWAK PIOTR||piotr.nowak@kasztelbud.pl|22 631 40 12|KASZTELBUD WOLA SA|Warszawa",
  group="kasztelbud")
P("namesake", "newsletter|Piotr|Nowak|piotr.nowak@onet.pl|||Warszawa", group="kasztelbud")
P("email-near switchboard shared-mailbox diacritics typo",
  "crm|Marek|Dąbrowski|m.dabrowski@kasztelbud.pl|+48 22 631 40 00|Kasztelbud Wola S.A.|Warszawa",
  "web-form|Marek|Dabrowski|kontakt@kasztelbud.pl|+48 601 550 218|Kasztelbud|Warszawa",
  "helpdesk|Marek|Dąbroski|m.dabrowski@kasztelbud.pl|601 550 218|Kasztelbud Wola|Warszawa",
  group="kasztelbud")
P("email-near switchboard shared-mailbox name+company",
  "crm|Mariusz|Dąbrowski|ma.dabrowski@kasztelbud.pl|+48 22 631 40 00|Kasztelbud Wola S.A.|Warszawa",
  "web-form|Mariusz|Dąbrowski|kontakt@kasztelbud.pl|+48 22 631 40 00|Kasztelbud Wola|Warszawa",
  group="kasztelbud")
P("translit cyrillic-latin",
  "erp|Andrii|Shevchuk|a.shevchuk@kasztelbud.pl|+48 793 116 402|Kasztelbud Wola S.A.|Warszawa",
  "crm|Andrij|Szewczuk|a.shevchuk@kasztelbud.pl|793116402|Kasztelbud Wola|Warszawa",
  "web-form|Андрій|Шевчук|andrii.shevchuk@ukr.net|+48 793 116 402||Варшава",
  group="kasztelbud")
P("nickname",
  "crm|Jerzy|Kaczmarek|j.kaczmarek@kasztelbud.pl|(0-22) 631-40-25|Kasztelbud Wola S.A.|Warszawa",
  "event|Jurek|Kaczmarek|j.kaczmarek@kasztelbud.pl|+48 22 631 40 25|Kasztelbud|Warszawa",
  group="kasztelbud")

# --- Białystok: Mleczarnia Zielona Łąka ----------------------------------------------------------
P("diacritics",
  "crm|Michał|Jankowski|michal.jankowski@mleczarnia-zl.pl|+48 85 744 31 20|Mleczarnia Zielona Łąka S.A.|Białystok",
  "erp|Michal|Jankowski|michal.jankowski@mleczarnia-zl.pl|85 744 31 20|MLECZARNIA ZIELONA ŁĄKA SPÓŁKA AKCYJNA|Bialystok")
P("", "crm|Tadeusz|Zając|t.zajac@mleczarnia-zl.pl|+48 85 744 31 05|Mleczarnia Zielona Łąka S.A.|Białystok")

# --- Gdynia ---------------------------------------------------------------------------------------
P("nickname plus-address",
  "shop|Joanna|Kowalczyk|asia.kowalczyk@gmail.com|+48 609 881 274||Gdynia",
  "newsletter|Asia|Kowalczyk|asia.kowalczyk+newsletter@gmail.com|||")
P("", "web-form|Paweł|Kowalczyk|pawel.kowalczyk@o2.pl|+48 58 661 20 47||Gdynia")

# --- Polish singletons ------------------------------------------------------------------------------
P("", "shop|Barbara|Woźniak|b.wozniak@wp.pl|+48 665 204 918||Katowice")

# --- added singletons ----------------------------------------------------------------------------
P("namesake", "shop|Katarzyna|Nowak|kasia.nowak@gmail.com|+48 506 332 817||Warszawa", group="wisniowy-sad")
P("", "crm|Grzegorz|Pawlak|g.pawlak@elektrokorab.pl|+48 58 320 41 44|Elektrokorab Pomorze Sp. z o.o.|Gdańsk")
