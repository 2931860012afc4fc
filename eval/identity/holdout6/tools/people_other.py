# Hungary, Romania, Slovenia, Croatia, Serbia, the Baltics, and a few from NL, FR, IT, ES, SE.
# Written by hand.
# record tuple: (source, first_name, last_name, email, phone, company, city)
from common import P

PEOPLE = [
# ================================================================ HUNGARY
# Nagy István x3 (Hungarian order; same local part at different domains)
P("istvan-nagy-tiszavill", "HU",
  tags="hungarian-order swapped diminutive private-email multi-phone phone-format phone-national allcaps company-form",
  groups="namesake:nagy-istvan",
  recs=[
    ("crm", "István", "Nagy", "nagy.istvan@tiszavill.hu", "+36 30 551 2840", "Tiszavill Kft.", "Budapest"),
    ("import", "Nagy", "István", "nagy.istvan@tiszavill.hu", "06 1 445 2218", "TISZAVILL KFT", "Budapest"),
    ("event", "Pista", "Nagy", "pista.nagy@gmail.com", "06 30 551 2840", "Tiszavill", "Budapest"),
  ]),
P("istvan-nagy-debrecen-private", "HU", groups="namesake:nagy-istvan",
  recs=[("web-form", "István", "Nagy", "istvan.nagy@freemail.hu", "06 20 338 4190", "", "Debrecen")]),
P("istvan-nagy-pannon", "HU", tags="fullname-one-field hungarian-order",
  groups="namesake:nagy-istvan",
  recs=[("crm", "Nagy István", "", "nagy.istvan@pannon-agrar.hu", "+36 52 410 227", "Pannon Agrár Zrt.", "Debrecen")]),

# Kovácsné Szabó Katalin (Mrs Kovács, née Szabó) and a Szabó Katalin at the same company
P("katalin-kovacsne-szabo", "HU",
  tags="married-form double-surname hungarian-order swapped diminutive private-email multi-phone accents allcaps phone-format phone-national company-form missing",
  groups="namesake-samecompany:szabo-katalin-dunaplast",
  note="Kovácsné = Mrs Kovács; the maiden name Szabó is kept",
  recs=[
    ("crm", "Katalin", "Kovácsné Szabó", "kovacsne.katalin@dunaplast.hu", "+36 70 221 5538", "Dunaplast Zrt.", "Budapest"),
    ("erp", "Kovácsné", "Katalin", "kovacsne.katalin@dunaplast.hu", "06 1 339 4021", "DUNAPLAST ZRT", "Budapest"),
    ("web-form", "Kata", "Kovács", "kata.kovacs@gmail.com", "06-70-221-5538", "", "Budapest"),
  ]),
P("katalin-szabo-dunaplast", "HU", groups="namesake-samecompany:szabo-katalin-dunaplast",
  recs=[("event", "Katalin", "Szabó", "szabo.katalin@dunaplast.hu", "+36 1 339 4000", "Dunaplast Zrt.", "Budapest")]),
P("peter-kovacs-dunaplast", "HU", groups="namesake:kovacs-peter",
  recs=[("crm", "Péter", "Kovács", "kovacs.peter@dunaplast.hu", "+36 1 339 4055", "Dunaplast Zrt.", "Budapest")]),
P("peter-kovacs-gyor", "HU", tags="hungarian-order swapped", groups="namesake:kovacs-peter",
  recs=[("import", "Kovács", "Péter", "", "06 30 918 4420", "", "Győr")]),

# Tóth László and his wife Tóth Lászlóné, one home phone
P("laszlo-toth", "HU", tags="accents phone-format phone-national missing",
  groups="family:toth-szeged",
  recs=[
    ("web-form", "László", "Tóth", "toth.laszlo@citromail.hu", "06 62 431 208", "", "Szeged"),
    ("billing", "Laszlo", "Toth", "toth.laszlo@citromail.hu", "+36 62 431 208", "", "Szeged"),
  ]),
P("laszlone-toth", "HU", tags="fullname-one-field married-form hungarian-order",
  groups="family:toth-szeged",
  note="Tóth Lászlóné = Mrs László Tóth: a different person from László Tóth although his name is inside hers",
  recs=[("billing", "Tóth Lászlóné", "", "", "+36 62 431208", "", "Szeged")]),

# ================================================================ ROMANIA
# Ioan / Ioana Popescu: different people
P("ioan-popescu", "RO", tags="phone-format phone-national allcaps company-form",
  groups="lookalike:ioan-ioana",
  recs=[
    ("crm", "Ioan", "Popescu", "ioan.popescu@transilvaniasoft.ro", "+40 264 598 112", "Transilvania Soft SRL", "Cluj-Napoca"),
    ("erp", "Ioan", "Popescu", "ioan.popescu@transilvaniasoft.ro", "0264 598 112", "TRANSILVANIA SOFT S.R.L.", "Cluj"),
  ]),
P("ioana-popescu", "RO", tags="phone-format phone-national missing",
  groups="lookalike:ioan-ioana",
  recs=[
    ("web-form", "Ioana", "Popescu", "ioana.popescu@yahoo.com", "0744 218 330", "", "Cluj-Napoca"),
    ("event", "Ioana", "Popescu", "ioana.popescu@yahoo.com", "+40 744 218 330", "", "Cluj"),
  ]),
# ș (comma) / ş (cedilla) / s
P("andrei-stefanescu", "RO",
  tags="accents allcaps email-case company-form phone-format phone-national missing",
  recs=[
    ("crm", "Andrei", "Ștefănescu", "andrei.stefanescu@carpatica-log.ro", "+40 21 310 44 82", "Carpatica Logistic SA", "București"),
    ("import", "Andrei", "Stefanescu", "andrei.stefanescu@carpatica-log.ro", "021 310 4482", "CARPATICA LOGISTIC", "Bucuresti"),
    ("event", "Andrei", "Ştefănescu", "Andrei.Stefanescu@carpatica-log.ro", "", "Carpatica Logistic S.A.", "Bucharest"),
  ]),
# office@ at Carpatica
P("mihai-radu-carpatica", "RO",
  tags="shared-mailbox-own multi-phone accents company-form",
  groups="mailbox:carpatica switchboard:carpatica",
  recs=[
    ("crm", "Mihai", "Radu", "office@carpatica-log.ro", "+40 21 310 44 00", "Carpatica Logistic SA", "București"),
    ("web-form", "Mihai", "Radu", "mihai.radu@carpatica-log.ro", "0722 418 305", "Carpatica Logistic", "Bucuresti"),
  ]),
P("elena-dumitru-carpatica", "RO", groups="mailbox:carpatica switchboard:carpatica",
  recs=[("web-form", "Elena", "Dumitru", "office@carpatica-log.ro", "021 310 44 00", "Carpatica Logistic", "București")]),
# Maria Ionescu x2 in Iași
P("maria-ionescu-textil", "RO", groups="namesake:maria-ionescu",
  recs=[("crm", "Maria", "Ionescu", "maria.ionescu@moldova-textil.ro", "+40 232 218 440", "Moldova Textil SRL", "Iași")]),
P("maria-ionescu-private", "RO", groups="namesake:maria-ionescu",
  recs=[("web-form", "Maria", "Ionescu", "maria.ionescu78@yahoo.com", "0745 330 912", "", "Iasi")]),
P("cristina-marin", "RO", tags="one-field-changed",
  recs=[
    ("crm", "Cristina", "Marin", "cristina.marin@transilvaniasoft.ro", "+40 744 602 118", "Transilvania Soft SRL", "Brașov"),
    ("erp", "Cristina", "Marin", "cristina.marin@transilvaniasoft.ro", "+40 744 602 118", "Transilvania Soft SRL", "Sibiu"),
  ]),

# ================================================================ SLOVENIA / CROATIA / SERBIA
# Kovačič (SI) / Kovačić (HR): one character, same local part
P("matej-kovacic-si", "SI",
  tags="accents private-email multi-phone phone-format phone-national company-form missing",
  groups="lookalike:kovacic",
  recs=[
    ("crm", "Matej", "Kovačič", "matej.kovacic@savinja-tech.si", "+386 3 428 11 70", "Savinja Tech d.o.o.", "Celje"),
    ("web-form", "Matej", "Kovacic", "matej.kovacic@siol.net", "041 552 308", "", "Celje"),
    ("helpdesk", "Matej", "Kovačič", "matej.kovacic@savinja-tech.si", "+386 41 552 308", "Savinja Tech", "Celje"),
  ]),
P("nina-zupancic", "SI", tags="accents email-case allcaps company-form missing",
  recs=[
    ("crm", "Nina", "Zupančič", "nina.zupancic@savinja-tech.si", "+386 3 428 11 85", "Savinja Tech d.o.o.", "Celje"),
    ("webinar", "Nina", "Zupancic", "Nina.Zupancic@savinja-tech.si", "", "SAVINJA TECH D.O.O.", "Celje"),
  ]),
P("matej-kovacic-hr", "HR", groups="lookalike:kovacic",
  recs=[("crm", "Matej", "Kovačić", "matej.kovacic@jadran-marine.hr", "+385 21 344 570", "Jadran Marine d.o.o.", "Split")]),
# Ivana Horvat x2, and Ivan Horvat at the same company as one of them
P("ivana-horvat-jadran", "HR", tags="typo allcaps phone-format phone-national company-form",
  groups="namesake:ivana-horvat lookalike:ivan-ivana-horvat",
  recs=[
    ("crm", "Ivana", "Horvat", "ivana.horvat@jadran-marine.hr", "+385 21 344 582", "Jadran Marine d.o.o.", "Split"),
    ("erp", "Ivana", "Horvath", "ivana.horvat@jadran-marine.hr", "021 344 582", "JADRAN MARINE DOO", "Split"),
  ]),
P("ivana-horvat-zagreb", "HR", groups="namesake:ivana-horvat",
  recs=[("web-form", "Ivana", "Horvat", "ivana.horvat5@gmail.com", "091 773 2045", "", "Zagreb")]),
P("ivan-horvat-jadran", "HR", groups="lookalike:ivan-ivana-horvat",
  recs=[("crm", "Ivan", "Horvat", "ivan.horvat@jadran-marine.hr", "+385 21 344 590", "Jadran Marine d.o.o.", "Split")]),
# Serbian Cyrillic / Latin
P("milos-jovanovic", "RS",
  tags="cyrillic accents multi-phone phone-format phone-national company-form",
  recs=[
    ("crm", "Милош", "Јовановић", "milos.jovanovic@dunavsoft.rs", "+381 11 344 7720", "Дунав Софт д.о.о.", "Београд"),
    ("erp", "Miloš", "Jovanović", "milos.jovanovic@dunavsoft.rs", "011 344 7720", "Dunav Soft d.o.o.", "Beograd"),
    ("web-form", "Milos", "Jovanovic", "milos.jovanovic@dunavsoft.rs", "+381 64 118 2290", "Dunav Soft", "Belgrade"),
  ]),
# Dragan / Dragana Petrović, one mobile
P("dragan-petrovic", "RS", groups="family:petrovic-novisad",
  recs=[("web-form", "Dragan", "Petrović", "dragan.petrovic@gmail.com", "064 223 5170", "", "Novi Sad")]),
P("dragana-petrovic", "RS", tags="cyrillic accents missing",
  groups="family:petrovic-novisad",
  recs=[
    ("crm", "Драгана", "Петровић", "dragana.p@eunet.rs", "+381 64 223 5170", "", "Нови Сад"),
    ("web-form", "Dragana", "Petrovic", "dragana.p@eunet.rs", "", "", "Novi Sad"),
  ]),

# ================================================================ BALTICS
# Lithuanian maiden -ytė to married -ienė
P("ruta-petrauskiene", "LT",
  tags="surname-change accents private-email phone-format phone-national missing",
  recs=[
    ("crm", "Rūta", "Jonaitytė", "ruta.jonaityte@gmail.com", "+370 612 44820", "", "Vilnius"),
    ("billing", "Rūta", "Petrauskienė", "ruta.jonaityte@gmail.com", "8 612 44820", "", "Vilnius"),
    ("newsletter", "Ruta", "Petrauskiene", "ruta.petrauskiene@baltic-amber-trade.lt", "+370 612 44 820", "Baltic Amber Trade UAB", "Vilnius"),
  ]),
# Jonaitis / Jonaitienė (husband / wife), one landline
P("jonas-jonaitis", "LT", groups="family:jonaitis-kaunas",
  recs=[("import", "Jonas", "Jonaitis", "jonas.jonaitis@takas.lt", "8 37 205 118", "", "Kaunas")]),
P("ona-jonaitiene", "LT", groups="family:jonaitis-kaunas",
  recs=[("web-form", "Ona", "Jonaitienė", "", "+370 37 205 118", "", "Kaunas")]),
# Jānis Bērziņš x2
P("janis-berzins-daugava", "LV", tags="accents company-form missing",
  groups="namesake:janis-berzins",
  recs=[
    ("crm", "Jānis", "Bērziņš", "janis.berzins@daugava-it.lv", "+371 6720 1185", "Daugava IT SIA", "Rīga"),
    ("event", "Janis", "Berzins", "janis.berzins@daugava-it.lv", "", "SIA Daugava IT", "Riga"),
  ]),
P("janis-berzins-private", "LV", groups="namesake:janis-berzins",
  recs=[("web-form", "Jānis", "Bērziņš", "jberzins@inbox.lv", "2914 5520", "", "Rīga")]),
P("ilze-kalnina", "LV", tags="accents phone-format phone-national missing",
  recs=[
    ("web-form", "Ilze", "Kalniņa", "ilze.kalnina@inbox.lv", "2633 1804", "", "Jelgava"),
    ("crm", "Ilze", "Kalnina", "ilze.kalnina@inbox.lv", "+371 26331804", "Zemgales Piens AS", "Jelgava"),
  ]),
# Estonia
P("mari-tamm", "EE",
  tags="email-case email-subaddress allcaps accents phone-format phone-national company-form missing",
  recs=[
    ("crm", "Mari", "Tamm", "mari.tamm@lahesoft.ee", "+372 5342 1180", "Lahesoft OÜ", "Tallinn"),
    ("webinar", "Mari", "Tamm", "MARI.TAMM@LAHESOFT.EE", "5342 1180", "LAHESOFT OU", "Tallinn"),
    ("newsletter", "Mari", "Tamm", "mari.tamm+uudised@lahesoft.ee", "", "Lahesoft OÜ", "Tallinn"),
  ]),
P("kadri-kask", "EE",
  recs=[("event", "Kadri", "Kask", "kadri.kask@lahesoft.ee", "+372 5561 2290", "Lahesoft OÜ", "Tallinn")]),

# ================================================================ NETHERLANDS
P("jan-de-vries-polderlink", "NL",
  tags="particle initials allcaps phone-format phone-national company-form missing",
  groups="namesake:jan-de-vries",
  recs=[
    ("crm", "Jan", "de Vries", "jan.devries@polderlink.nl", "+31 20 794 3310", "Polderlink B.V.", "Amsterdam"),
    ("erp", "Jan", "Vries", "jan.devries@polderlink.nl", "020-7943310", "POLDERLINK BV", "Amsterdam"),
    ("import", "J. de", "Vries", "", "020 794 3310", "Polderlink", "Amsterdam"),
  ]),
P("jan-de-vries-utrecht", "NL", groups="namesake:jan-de-vries",
  recs=[("web-form", "Jan", "de Vries", "jdevries@ziggo.nl", "06-41882205", "", "Utrecht")]),
P("pieter-visser-polderlink", "NL", tags="shared-mailbox-own multi-phone company-form",
  groups="mailbox:polderlink switchboard:polderlink",
  recs=[
    ("crm", "Pieter", "Visser", "info@polderlink.nl", "+31 20 794 3300", "Polderlink B.V.", "Amsterdam"),
    ("web-form", "Pieter", "Visser", "p.visser@polderlink.nl", "06-2290 4417", "Polderlink", "Amsterdam"),
  ]),
P("sanne-bakker-polderlink", "NL", groups="mailbox:polderlink switchboard:polderlink",
  recs=[("web-form", "Sanne", "Bakker", "info@polderlink.nl", "020 794 3300", "Polderlink B.V.", "Amsterdam")]),

# ================================================================ FRANCE
P("jean-francois-lefevre", "FR", tags="punctuation accents typo phone-format phone-national company-form",
  recs=[
    ("crm", "Jean-François", "Lefèvre", "jf.lefevre@atelier-garonne.fr", "+33 5 61 22 47 80", "Atelier Garonne SAS", "Toulouse"),
    ("event", "Jean Francois", "Lefebvre", "jf.lefevre@atelier-garonne.fr", "05 61 22 47 80", "Atelier Garonne", "Toulouse"),
  ]),
P("camille-martin", "FR",
  recs=[("crm", "Camille", "Martin", "c.martin@atelier-garonne.fr", "+33 5 61 22 47 95", "Atelier Garonne SAS", "Toulouse")]),
P("marie-dubois-lyon", "FR", groups="namesake:marie-dubois",
  recs=[("web-form", "Marie", "Dubois", "marie.dubois@orange.fr", "06 12 44 80 31", "", "Lyon")]),
P("marie-dubois-bordeaux", "FR", groups="namesake:marie-dubois",
  recs=[("event", "Marie", "Dubois", "m.dubois@vignobles-rochefort.fr", "", "Vignobles Rochefort", "Bordeaux")]),

# ================================================================ ITALY
P("giuseppe-russo", "IT",
  tags="diminutive private-email multi-phone allcaps phone-format phone-national company-form missing",
  recs=[
    ("crm", "Giuseppe", "Russo", "g.russo@officinelambro.it", "+39 02 8812 4450", "Officine Lambro S.r.l.", "Milano"),
    ("web-form", "Peppe", "Russo", "peppe.russo@libero.it", "347 118 2266", "", "Milano"),
    ("erp", "Giuseppe", "Russo", "g.russo@officinelambro.it", "+39 347 118 2266", "OFFICINE LAMBRO SRL", "Milan"),
  ]),
# Mario / Maria Bianchi, one landline
P("mario-bianchi", "IT", tags="phone-format phone-national missing",
  groups="family:bianchi-bologna",
  recs=[
    ("web-form", "Mario", "Bianchi", "mario.bianchi@libero.it", "051 644 2817", "", "Bologna"),
    ("crm", "Mario", "Bianchi", "mario.bianchi@libero.it", "+39 051 644 2817", "Ferramenta Bianchi", "Bologna"),
  ]),
P("maria-bianchi", "IT", groups="family:bianchi-bologna",
  recs=[("billing", "Maria", "Bianchi", "maria.bianchi63@gmail.com", "051 6442817", "", "Bologna")]),

# ================================================================ SPAIN
P("maria-jose-garcia-lopez", "ES",
  tags="double-surname accents allcaps private-email phone-format phone-national company-form missing",
  groups="namesake:maria-garcia",
  recs=[
    ("crm", "María José", "García López", "mj.garcia@iberlogix.es", "+34 612 445 380", "Iberlogix S.L.", "Madrid"),
    ("event", "Maria Jose", "Garcia", "mj.garcia@iberlogix.es", "", "IBERLOGIX SL", "Madrid"),
    ("web-form", "Mª José", "García", "mjgarcia.lopez@gmail.com", "612 445 380", "", "Madrid"),
  ]),
P("maria-garcia-madrid", "ES", groups="namesake:maria-garcia",
  recs=[("billing", "María", "García", "maria.garcia.m@hotmail.com", "655 301 227", "", "Madrid")]),
P("jose-fernandez", "ES", tags="accents allcaps phone-format phone-national company-form",
  recs=[
    ("crm", "José", "Fernández", "jose.fernandez@costasol-hoteles.es", "+34 952 771 430", "Costa del Sol Hoteles S.A.", "Málaga"),
    ("import", "Jose", "Fernandez", "jose.fernandez@costasol-hoteles.es", "952 77 14 30", "COSTA DEL SOL HOTELES SA", "Malaga"),
  ]),

# ================================================================ SWEDEN
P("bjorn-astrom", "SE",
  tags="accents allcaps phone-format phone-national company-form missing",
  recs=[
    ("crm", "Björn", "Åström", "bjorn.astrom@norrsken-energi.se", "+46 8 550 312 40", "Norrsken Energi AB", "Stockholm"),
    ("erp", "Bjoern", "Aastroem", "bjorn.astrom@norrsken-energi.se", "08-550 312 40", "NORRSKEN ENERGI AB", "Stockholm"),
    ("helpdesk", "Bjorn", "Astrom", "bjorn.astrom@norrsken-energi.se", "", "Norrsken Energi", ""),
  ]),
P("anna-lindqvist", "SE", tags="one-field-changed",
  recs=[
    ("crm", "Anna", "Lindqvist", "anna.lindqvist@norrsken-energi.se", "+46 8 550 312 55", "Norrsken Energi AB", "Stockholm"),
    ("erp", "Ana", "Lindqvist", "anna.lindqvist@norrsken-energi.se", "+46 8 550 312 55", "Norrsken Energi AB", "Stockholm"),
  ]),
]
