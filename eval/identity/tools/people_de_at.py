# German, Austrian and Swiss people of the identity holdout set (hand-written; format in people_cz_sk.py).
from common import P

# --- Müller GmbH, Stuttgart: switchboard 0711 22900, shared mailbox info@; Thomas Müller namesakes
P("accents allcaps email-case phone-format company-form namesake:thomas-mueller",
  ("crm", "Thomas", "Müller", "thomas.mueller@mueller-gmbh.de", "+49 711 2290 415", "Müller GmbH", "Stuttgart"),
  ("erp", "THOMAS", "MUELLER", "THOMAS.MUELLER@MUELLER-GMBH.DE", "0711 2290415", "MUELLER GMBH", "Stuttgart"),
  ("event", "Thomas", "Muller", "thomas.mueller@mueller-gmbh.de", "+49 (0)711 2290-415", "Müller", "Stuttgart"))
P("company-form missing namesake:thomas-mueller",
  ("crm", "Thomas", "Müller", "thomas.mueller@nordlicht-software.de", "+49 40 3570 1184", "Nordlicht Software GmbH", "Hamburg"),
  ("webinar", "Thomas", "Müller", "thomas.mueller@nordlicht-software.de", "", "Nordlicht Software", "Hamburg"))
P("namesake:thomas-mueller",
  ("newsletter", "Thomas", "Mueller", "thomas.mueller78@gmx.de", "", "", "München"))
P("namesake:thomas-mueller",
  ("event", "Thomas", "Müller", "tmueller@web.de", "+49 170 4418 226", "", "Berlin"))
P("shared-mailbox-own accents multi-phone missing mailbox:mueller switchboard:mueller",
  ("crm", "Sabine", "Weiß", "info@mueller-gmbh.de", "+49 711 2290 0", "Müller GmbH", "Stuttgart"),
  ("event", "Sabine", "Weiss", "sabine.weiss@mueller-gmbh.de", "+49 711 2290 212", "Müller GmbH", "Stuttgart"),
  ("newsletter", "Sabine", "Weiss", "sabine.weiss@mueller-gmbh.de", "", "", ""))
P("mailbox:mueller switchboard:mueller",
  ("web-form", "Uwe", "Schröder", "info@mueller-gmbh.de", "0711 22900", "Müller", "Stuttgart"))
P("mailbox:mueller",
  ("event", "Dirk", "Vogel", "Info@Mueller-GmbH.de", "", "Müller GmbH", "Stuttgart"))

# --- Schäfer Maschinenbau GmbH & Co. KG, Paderborn
P("accents phone-format company-form missing",
  ("crm", "Jürgen", "Schäfer", "juergen.schaefer@schaefer-maschinenbau.de", "+49 5251 708 330", "Schäfer Maschinenbau GmbH & Co. KG", "Paderborn"),
  ("erp", "Juergen", "Schaefer", "juergen.schaefer@schaefer-maschinenbau.de", "05251/708330", "Schaefer Maschinenbau GmbH & Co KG", "Paderborn"),
  ("event", "Jurgen", "Schafer", "", "", "Schäfer Maschinenbau", "Paderborn"))
P("switchboard:schaefer",
  ("crm", "Heinz", "Schäfer", "heinz.schaefer@schaefer-maschinenbau.de", "+49 5251 708 0", "Schäfer Maschinenbau GmbH & Co. KG", "Paderborn"))
P("switchboard:schaefer company-form",
  ("crm", "Kerstin", "Lange", "kerstin.lange@schaefer-maschinenbau.de", "05251 7080", "Schäfer Maschinenbau GmbH & Co. KG", "Paderborn"),
  ("webinar", "Kerstin", "Lange", "kerstin.lange@schaefer-maschinenbau.de", "", "Schäfer Maschinenbau", "Paderborn"))

# --- Donau Logistik AG, Regensburg
P("accents allcaps email-case phone-format",
  ("crm", "Stefan", "Groß", "stefan.gross@donau-logistik.de", "+49 941 5980 120", "Donau Logistik AG", "Regensburg"),
  ("helpdesk", "STEFAN", "GROSS", "STEFAN.GROSS@DONAU-LOGISTIK.DE", "0941 5980-120", "DONAU LOGISTIK AG", "Regensburg"))
P("private-email phone-national",
  ("crm", "Claudia", "Wagner", "claudia.wagner@donau-logistik.de", "+49 160 9932 1148", "Donau Logistik AG", "Regensburg"),
  ("event", "Claudia", "Wagner", "claudia.wagner83@gmail.com", "0160 99321148", "", "Regensburg"))
P("translit company-form",
  ("crm", "Vladimir", "Orlov", "vladimir.orlov@donau-logistik.de", "+49 941 5980 144", "Donau Logistik AG", "Regensburg"),
  ("event", "Wladimir", "Orlow", "vladimir.orlov@donau-logistik.de", "", "Donau Logistik", "Regensburg"))

# --- Nordlicht Software GmbH, Hamburg: switchboard 040 3570 1100, shared mailbox vertrieb@
P("accents phone-format private-email multi-phone company-form",
  ("crm", "Björn", "Köhler", "bjoern.koehler@nordlicht-software.de", "+49 40 3570 1120", "Nordlicht Software GmbH", "Hamburg"),
  ("web-form", "Bjoern", "Koehler", "bjoern.koehler@nordlicht-software.de", "+49 (0)40 3570-1120", "Nordlicht Software", "Hamburg"),
  ("webinar", "Björn", "Köhler", "bjoern.k@gmx.de", "+49 176 2231 5508", "Nordlicht", "Hamburg"))
P("shared-mailbox-own switchboard:nordlicht mailbox:nordlicht",
  ("crm", "Anja", "Koch", "anja.koch@nordlicht-software.de", "+49 40 3570 1100", "Nordlicht Software GmbH", "Hamburg"),
  ("web-form", "Anja", "Koch", "vertrieb@nordlicht-software.de", "040 3570 1100", "Nordlicht Software", "Hamburg"))
P("phone-national company-form missing switchboard:nordlicht",
  ("event", "Sven", "Neumann", "sven.neumann@nordlicht-software.de", "040 35701100", "Nordlicht Software", "Hamburg"),
  ("crm", "Sven", "Neumann", "sven.neumann@nordlicht-software.de", "", "Nordlicht Software GmbH", "Hamburg"))
P("mailbox:nordlicht",
  ("event", "Tobias", "Braun", "vertrieb@nordlicht-software.de", "", "Nordlicht Software GmbH", "Hamburg"))
P("translit cyrillic phone-format private-email company-form",
  ("crm", "Dmitry", "Sokolov", "dmitry.sokolov@nordlicht-software.de", "+49 151 2870 4419", "Nordlicht Software GmbH", "Hamburg"),
  ("event", "Dmitrij", "Sokolow", "dmitry.sokolov@nordlicht-software.de", "0151 28704419", "Nordlicht Software", "Hamburg"),
  ("webinar", "Дмитрий", "Соколов", "dm.sokolov@yandex.ru", "+49 151 28704419", "", "Гамбург"))

# --- Brandt Elektrotechnik e.K., Berlin; Krüger family
P("private-email multi-phone accents family:krueger",
  ("crm", "Frank", "Krüger", "frank.krueger@brandt-elektro.de", "+49 30 4490 3312", "Brandt Elektrotechnik e.K.", "Berlin"),
  ("web-form", "Frank", "Krüger", "frank.krueger@t-online.de", "030 87412290", "Brandt Elektrotechnik", "Berlin"))
P("accents missing family:krueger",
  ("newsletter", "Monika", "Krueger", "monika.krueger@t-online.de", "+49 30 8741 2290", "", "Berlin"),
  ("event", "Monika", "Krüger", "monika.krueger@t-online.de", "", "Praxis Dr. Krüger", "Berlin"))
P("one-field-changed multi-phone",
  ("crm", "Heike", "Richter", "heike.richter@brandt-elektro.de", "+49 30 4490 3320", "Brandt Elektrotechnik e.K.", "Berlin"),
  ("erp", "Heike", "Richter", "heike.richter@brandt-elektro.de", "+49 172 508 3317", "Brandt Elektrotechnik e.K.", "Berlin"))
P("", ("crm", "Dieter", "Klein", "dieter.klein@brandt-elektro.de", "+49 30 4490 3300", "Brandt Elektrotechnik e.K.", "Berlin"))

# --- Isar Consult GmbH, München; Fischer family
P("multi-phone family:fischer",
  ("crm", "Michael", "Fischer", "michael.fischer@isar-consult.de", "+49 89 2154 880", "Isar Consult GmbH", "München"),
  ("newsletter", "Michael", "Fischer", "michael.fischer@isar-consult.de", "089 69142287", "", "München"))
P("family:fischer",
  ("web-form", "Claudia", "Fischer", "claudia.fischer@web.de", "+49 (0)89 6914 2287", "", "München"))
P("accents punctuation missing",
  ("crm", "Anna-Lena", "Bergmann-Voß", "annalena.bergmann@isar-consult.de", "+49 89 2154 8832", "Isar Consult GmbH", "München"),
  ("event", "Anna Lena", "Bergmann-Voss", "annalena.bergmann@isar-consult.de", "", "Isar Consult", "München"))
P("namesake:michael-schmidt",
  ("crm", "Michael", "Schmidt", "michael.schmidt@isar-consult.de", "+49 89 2154 8817", "Isar Consult GmbH", "München"))
P("namesake:michael-schmidt phone-format",
  ("crm", "Michael", "Schmidt", "m.schmidt@hansa-moebel.de", "+49 421 6670 344", "Hansa Möbel GmbH", "Bremen"),
  ("helpdesk", "Michael", "Schmidt", "m.schmidt@hansa-moebel.de", "0421-6670344", "Hansa Möbel GmbH", "Bremen"))
P("namesake:michael-schmidt",
  ("newsletter", "Michael", "Schmidt", "michael.schmidt.71@gmx.de", "", "", ""))

# --- Hansa Möbel GmbH, Bremen
P("typo accents company-form missing lookalike:schulz",
  ("crm", "Petra", "Schulz", "petra.schulz@hansa-moebel.de", "+49 421 6670 310", "Hansa Möbel GmbH", "Bremen"),
  ("web-form", "Petra", "Schultz", "petra.schulz@hansa-moebel.de", "", "Hansa Moebel", "Bremen"))
P("lookalike:schulz",
  ("event", "Petra", "Scholz", "petra.scholz@rheinkies-bau.de", "+49 221 9402 530", "Rheinkies Bau GmbH", "Köln"))

# --- Rheinkies Bau GmbH, Köln
P("phone-format company-form allcaps only-email email-space email-case",
  ("crm", "Andreas", "Hoffmann", "andreas.hoffmann@rheinkies-bau.de", "+49 221 9402 517", "Rheinkies Bau GmbH", "Köln"),
  ("erp", "Andreas", "Hoffmann", "andreas.hoffmann@rheinkies-bau.de", "0049 221 9402517", "RHEINKIES BAU GMBH", "Köln"),
  ("event", "Andreas", "Hoffmann", "andreas.hoffmann@rheinkies-bau.de", "(0221) 9402-517", "Rheinkies Bau", "Koeln"),
  ("newsletter", "", "", " Andreas.Hoffmann@rheinkies-bau.de ", "", "", ""))
P("swapped accents",
  ("crm", "Jörg", "Bauer", "joerg.bauer@rheinkies-bau.de", "+49 221 9402 522", "Rheinkies Bau GmbH", "Köln"),
  ("import", "Bauer", "Joerg", "joerg.bauer@rheinkies-bau.de", "0221 9402522", "Rheinkies Bau GmbH", "Köln"))
P("", ("web-form", "Nicole", "Hartmann", "nicole.hartmann@web.de", "+49 157 3318 0642", "", "Düsseldorf"))
P("private-email phone-format",
  ("crm", "Ute", "Wolf", "ute.wolf@frankenwein-handel.de", "+49 931 3045 27", "Frankenwein Handel GmbH", "Würzburg"),
  ("newsletter", "Ute", "Wolf", "ute.wolf@t-online.de", "", "", ""),
  ("event", "Ute", "Wolf", "ute.wolf@t-online.de", "0931 / 30 45 27", "Frankenwein Handel", "Würzburg"))
P("", ("event", "Birgit", "Schwarz", "b.schwarz@frankenwein-handel.de", "+49 931 3045 0", "Frankenwein Handel GmbH", "Würzburg"))
P("typo one-field-changed",
  ("crm", "Matthias", "Zimmermann", "matthias.zimmermann@saale-chemie.de", "+49 345 6813 209", "Saale Chemie GmbH", "Halle (Saale)"),
  ("erp", "Mathias", "Zimmermann", "matthias.zimmermann@saale-chemie.de", "+49 345 6813 209", "Saale Chemie GmbH", "Leipzig"))
P("namesake:katrin-becker",
  ("crm", "Katrin", "Becker", "katrin.becker@saale-chemie.de", "+49 345 6813 250", "Saale Chemie GmbH", "Halle (Saale)"))
P("namesake:katrin-becker",
  ("web-form", "Katrin", "Becker", "katrin.becker@gmx.net", "+49 162 7741 903", "", "Dresden"))

# ========================= Austria =========================
P("missing company-form phone-format multi-phone namesake:markus-huber",
  ("crm", "Markus", "Huber", "markus.huber@steirische-holzwerke.at", "+43 316 482 750", "Steirische Holzwerke GmbH", "Graz"),
  ("erp", "Markus", "Huber", "markus.huber@steirische-holzwerke.at", "0316/482750", "STEIRISCHE HOLZWERKE GES.M.B.H.", "Graz"),
  ("event", "Markus", "Huber", "", "+43 664 381 2290", "Steirische Holzwerke", "Graz"))
P("namesake:markus-huber",
  ("crm", "Markus", "Huber", "markus.huber@alpenblick.at", "+43 512 580 214", "Alpenblick Tourismus GmbH", "Innsbruck"))
P("namesake:markus-huber",
  ("newsletter", "Markus", "Huber", "markus.huber@aon.at", "", "", "Wien"))
P("private-email phone-national company-form",
  ("crm", "Elisabeth", "Gruber", "elisabeth.gruber@linzer-hafen.at", "+43 732 7720 14", "Linzer Hafen Logistik GmbH", "Linz"),
  ("web-form", "Elisabeth", "Gruber", "e.gruber@gmx.at", "0732 772014", "Linzer Hafen Logistik", "Linz"))
P("multi-phone company-form family:pichler",
  ("crm", "Wolfgang", "Pichler", "wolfgang.pichler@wiener-druck.at", "+43 1 5860 330", "Wiener Druckwerkstatt GmbH", "Wien"),
  ("newsletter", "Wolfgang", "Pichler", "wolfgang.pichler@wiener-druck.at", "01 879 44 21", "Wiener Druckwerkstatt", "Wien"))
P("family:pichler",
  ("newsletter", "Waltraud", "Pichler", "waltraud.pichler@aon.at", "+43 (0)1 879 44 21", "", "Wien"))
P("accents typo phone-format company-form",
  ("crm", "Günther", "Lehner", "guenther.lehner@wiener-druck.at", "+43 1 5860 3312", "Wiener Druckwerkstatt GmbH", "Wien"),
  ("erp", "Gunther", "Lehner", "guenther.lehner@wiener-druck.at", "01/5860 3312", "Wiener Druckwerkstatt", "Wien"),
  ("webinar", "Günter", "Lehner", "guenther.lehner@wiener-druck.at", "", "", ""))
# Alpenblick Tourismus GmbH, Innsbruck: switchboard 0512 580 200, shared mailbox office@
P("typo phone-format shared-mailbox-own company-form mailbox:alpenblick",
  ("crm", "Christina", "Moser", "christina.moser@alpenblick.at", "+43 512 580 230", "Alpenblick Tourismus GmbH", "Innsbruck"),
  ("event", "Cristina", "Moser", "christina.moser@alpenblick.at", "+43 (0) 512 580230", "Alpenblick Tourismus", "Innsbruck"),
  ("helpdesk", "Christina", "Moser", "office@alpenblick.at", "", "Alpenblick Tourismus GmbH", "Innsbruck"))
P("mailbox:alpenblick switchboard:alpenblick",
  ("web-form", "Lukas", "Wimmer", "office@alpenblick.at", "+43 512 580 200", "Alpenblick Tourismus GmbH", "Innsbruck"))
P("shared-mailbox-own multi-phone email-case mailbox:alpenblick",
  ("event", "Maximilian", "Steiner", "Office@alpenblick.at", "", "Alpenblick", "Innsbruck"),
  ("crm", "Maximilian", "Steiner", "maximilian.steiner@alpenblick.at", "+43 676 441 2093", "Alpenblick Tourismus GmbH", "Innsbruck"))
P("switchboard:alpenblick",
  ("crm", "Verena", "Hofer", "verena.hofer@alpenblick.at", "0512 580200", "Alpenblick Tourismus GmbH", "Innsbruck"))
P("", ("event", "Florian", "Eder", "florian.eder@salzburger-kaese.at", "+43 662 841 377", "Salzburger Käsehof GmbH", "Salzburg"))
P("accents phone-national company-form",
  ("crm", "Theresa", "Brandstätter", "theresa.brandstaetter@salzburger-kaese.at", "+43 662 841 390", "Salzburger Käsehof GmbH", "Salzburg"),
  ("erp", "Theresa", "Brandstaetter", "theresa.brandstaetter@salzburger-kaese.at", "0662 841390", "Salzburger Kaesehof", "Salzburg"))

# ========================= Switzerland =========================
P("phone-format accents company-form",
  ("crm", "Reto", "Brügger", "reto.bruegger@zuerisee-treuhand.ch", "+41 44 382 17 60", "Zürisee Treuhand AG", "Zürich"),
  ("event", "Reto", "Bruegger", "reto.bruegger@zuerisee-treuhand.ch", "044 382 17 60", "Zuerisee Treuhand", "Zürich"))
P("", ("web-form", "Daniela", "Käser", "daniela.kaeser@bluewin.ch", "+41 79 512 44 38", "", "Bern"))
