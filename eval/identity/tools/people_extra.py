# More people of the identity holdout set, written in a second pass to balance the cases
# (hand-written; format in people_cz_sk.py).
from common import P

# --- Novák family, České Budějovice: a fifth Jan Novák, and Jana Nováková on the same mobile
P("missing namesake:jan-novak family:novak",
  ("web-form", "Jan", "Novák", "jan.novak.cb@seznam.cz", "+420 604 217 338", "", "České Budějovice"),
  ("event", "Jan", "Novák", "", "604 217 338", "Budějovická tiskárna", "České Budějovice"))
P("family:novak",
  ("newsletter", "Jana", "Nováková", "jana.novakova@seznam.cz", "+420 604 217 338", "", "České Budějovice"))

# --- more namesakes of people elsewhere in the set
P("namesake:katerina-dvorakova",
  ("newsletter", "Kateřina", "Dvořáková", "katka.dvorakova@seznam.cz", "", "", "Brno"))
P("namesake:jiri-cerny",
  ("web-form", "Jiri", "Cerny", "jiri.cerny@centrum.cz", "605 771 204", "", "Plzeň"))
P("namesake:lukasz-wojcik",
  ("event", "Lukasz", "Wojcik", "lukasz.wojcik@gmail.com", "509 771 342", "", "Gdańsk"))
P("namesake:aleksey-smirnov",
  ("web-form", "Alexey", "Smirnov", "alexey.smirnov@gmail.com", "+7 903 771-20-45", "", "Moscow"))
P("namesake:sarah-johnson",
  ("newsletter", "Sarah", "Johnson", "sarahj.1990@gmail.com", "", "", "Birmingham"))

# --- Spree Medien GmbH, Berlin
P("phone-format phone-national email-space allcaps company-form lookalike:weber",
  ("crm", "Katharina", "Weber", "katharina.weber@spree-medien.de", "+49 30 2758 4410", "Spree Medien GmbH", "Berlin"),
  ("event", "Katharina", "Weber", "katharina.weber@spree-medien.de", "(0)30 2758 4410", "Spree Medien", "Berlin"),
  ("helpdesk", "Katharina", "Weber", " katharina.weber@spree-medien.de", "030-27584410", "SPREE MEDIEN GMBH", "Berlin"))
P("lookalike:weber",
  ("web-form", "Katharina", "Webber", "k.webber@isar-consult.de", "+49 89 2154 8840", "Isar Consult GmbH", "München"))
P("accents private-email phone-format",
  ("crm", "Jörn", "Petersen", "joern.petersen@spree-medien.de", "+49 (0)30 2758 4425", "Spree Medien GmbH", "Berlin"),
  ("webinar", "Joern", "Petersen", "joern.petersen@posteo.de", "030 2758 4425", "", "Berlin"))

# --- job changes (kept the mobile)
P("job-change phone-format",
  ("crm", "Ewelina", "Kubiak", "ewelina.kubiak@polmet.pl", "+48 664 310 527", "Polmet Sp. z o.o.", "Wrocław"),
  ("event", "Ewelina", "Kubiak", "ewelina.kubiak@transpol.pl", "664-310-527", "TransPol Logistyka", "Poznań"))
P("job-change phone-national",
  ("crm", "Natalie", "Cooper", "natalie.cooper@redbricksoftware.co.uk", "+44 7700 900388", "Redbrick Software plc", "Leeds"),
  ("webinar", "Natalie", "Cooper", "natalie.cooper@greenfield-analytics.co.uk", "07700 900388", "Greenfield Analytics Ltd", "London"))

# --- surname change (marriage)
P("surname-change phone-national company-form",
  ("crm", "Simona", "Bartošová", "simona.bartosova@kosicke-stroje.sk", "+421 911 204 736", "Košické stroje a.s.", "Košice"),
  ("helpdesk", "Simona", "Kollárová", "simona.kollarova@kosicke-stroje.sk", "0911 204 736", "Košické stroje", "Košice"))

# --- families
P("multi-phone family:schmitt",
  ("crm", "Daniel", "Schmitt", "daniel.schmitt@rheinkies-bau.de", "+49 221 9402 540", "Rheinkies Bau GmbH", "Köln"),
  ("web-form", "Daniel", "Schmitt", "daniel.schmitt@rheinkies-bau.de", "0221 4471 2290", "", "Köln"))
P("family:schmitt",
  ("newsletter", "Daniela", "Schmitt", "daniela.schmitt@gmx.de", "+49 221 4471 2290", "", "Köln"))
P("family:blaha phone-format",
  ("crm", "Roman", "Bláha", "roman.blaha@ceskelesy-servis.cz", "+420 731 220 845", "České lesy servis s.r.o.", "Hradec Králové"),
  ("erp", "Roman", "Bláha", "roman.blaha@ceskelesy-servis.cz", "+420731220845", "České lesy servis s.r.o.", "Hradec Králové"))
P("family:blaha",
  ("web-form", "Romana", "Bláhová", "romana.blahova@seznam.cz", "731220845", "", "Hradec Králové"))
P("accents family:nowicki",
  ("crm", "Paweł", "Nowicki", "pawel.nowicki@rzeszow-aero.pl", "+48 785 330 912", "Rzeszów Aero Komponenty S.A.", "Rzeszów"),
  ("event", "Pawel", "Nowicki", "pawel.nowicki@rzeszow-aero.pl", "785 330 912", "Rzeszów Aero", "Rzeszów"))
P("family:nowicki",
  ("web-form", "Paulina", "Nowicka", "paulina.nowicka@o2.pl", "+48 785 330 912", "", "Rzeszów"))
P("family:tkachuk cyrillic translit",
  ("crm", "Богдан", "Ткачук", "b.tkachuk@lvivbud.com.ua", "+380 67 318 40 22", "ТОВ «Львівбуд»", "Львів"),
  ("erp", "Bohdan", "Tkachuk", "b.tkachuk@lvivbud.com.ua", "+380 67 318 40 22", "Lvivbud LLC", "Lviv"))
P("family:tkachuk",
  ("web-form", "Bohdana", "Tkachuk", "bohdana.tkachuk@ukr.net", "067 318 40 22", "", "Lviv"))

# --- Karlovarské lázeňské služby s.r.o.: reception mailbox recepce@, switchboard 353 118 200
P("mailbox:kvlazne switchboard:kvlazne",
  ("web-form", "Veronika", "Holá", "recepce@kvlazne.cz", "+420 353 118 200", "Karlovarské lázeňské služby s.r.o.", "Karlovy Vary"))
P("shared-mailbox-own email-case company-form mailbox:kvlazne",
  ("event", "Petr", "Zelenka", "Recepce@kvlazne.cz", "", "KV Lázně", "Karlovy Vary"),
  ("crm", "Petr", "Zelenka", "petr.zelenka@kvlazne.cz", "+420 776 318 442", "Karlovarské lázeňské služby s.r.o.", "Karlovy Vary"))

# --- singletons
P("", ("web-form", "Ludmila", "Štěpánková", "ludmila.stepankova@email.cz", "604 880 217", "", "Zlín"))
P("", ("event", "Vítězslav", "Holub", "vitezslav.holub@jihlavske-okna.cz", "+420 567 310 418", "Jihlavská okna s.r.o.", "Jihlava"))
P("", ("crm", "Michal", "Kováč", "michal.kovac@zoznam.sk", "+421 903 661 245", "", "Trenčín"))
P("", ("newsletter", "Anna", "Nowakowska", "anna.nowakowska@interia.pl", "", "", "Kraków"))
P("", ("crm", "Maria", "Gruber", "maria.gruber@salzburger-kaese.at", "+43 662 841 355", "Salzburger Käsehof GmbH", "Salzburg"))
P("", ("web-form", "Emma", "Richardson", "emma.richardson@cotswold-print.co.uk", "+44 1632 960 452", "Cotswold Print Ltd", "Cheltenham"))
P("", ("crm", "Елена", "Смирнова", "e.smirnova@neva-print.ru", "+7 812 640-21-33", "ООО «Нева Принт»", "Санкт-Петербург"))
P("", ("event", "Олена", "Гончаренко", "olena.honcharenko@dnipro-agro.ua", "+380 56 744 20 40", "ТОВ «Дніпро Агро»", "Дніпро"))
P("", ("webinar", "Ryan", "Patel", "ryan.patel@lakeshore-supply.com", "", "Lakeshore Supply Co.", "Chicago"))
P("", ("crm", "Kurt", "Aigner", "kurt.aigner@steirische-holzwerke.at", "+43 316 482 761", "Steirische Holzwerke GmbH", "Graz"))
P("", ("newsletter", "Jitka", "Malá", "jitka.mala@post.cz", "", "", "Praha"))
P("", ("web-form", "Dominik", "Lang", "dominik.lang@gmx.at", "+43 699 1204 5581", "", "Linz"))
P("", ("event", "Agata", "Wiśniewska", "agata.wisniewska@baltyksoft.pl", "+48 58 320 14 88", "Bałtyk Software S.A.", "Gdańsk"))
P("", ("helpdesk", "Marcel", "Horváth", "marcel.horvath@tatradrevo.sk", "+421 52 772 4433", "Tatra Drevo s.r.o.", "Poprad"))
P("", ("crm", "Fiona", "MacLeod", "fiona.macleod@clydeside-marine.co.uk", "+44 141 496 0390", "Clydeside Marine Ltd", "Glasgow"))
P("", ("web-form", "Константин", "Егоров", "k.egorov@mail.ru", "+7 915 402-18-66", "", "Тверь"))
P("", ("newsletter", "Sandra", "Novak", "sandra.novak@web.de", "", "", "Dresden"))
P("translit",
  ("crm", "Nikolai", "Wolkow", "nikolai.wolkow@saale-chemie.de", "+49 345 6813 266", "Saale Chemie GmbH", "Halle (Saale)"),
  ("event", "Nikolay", "Volkov", "nikolai.wolkow@saale-chemie.de", "", "Saale Chemie", "Leipzig"))
P("accents company-form",
  ("crm", "Rūta", "Petraitytė", "ruta.petraityte@baltyksoft.pl", "+48 58 320 14 91", "Bałtyk Software S.A.", "Gdańsk"),
  ("event", "Ruta", "Petraityte", "ruta.petraityte@baltyksoft.pl", "", "Baltyk Software", "Gdansk"))
