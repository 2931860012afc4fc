"""Germany, Austria, Switzerland."""
from common import P

PEOPLE = [
    # --- machine builder: einkauf@ and the switchboard (-0) are shared
    P("shared-mailbox transcription swapped-columns capitals phone-notation company-legal-form", [
        ("crm", "Jürgen", "Weiß", "einkauf@brenner-maschinenbau.de", "+49 711 22904-0", "Brenner Maschinenbau GmbH & Co. KG", "Stuttgart"),
        ("event", "Juergen", "Weiss", "j.weiss@brenner-maschinenbau.de", "+49 (0)711 22904-15", "Brenner Maschinenbau", "Stuttgart"),
        ("erp", "WEISS", "JUERGEN", "j.weiss@brenner-maschinenbau.de", "0711 2290415", "BRENNER MASCHINENBAU GMBH", "STUTTGART"),
    ], group="brenner"),
    P("shared-mailbox switchboard capitals", [
        ("erp", "Sabine", "Hoffmann", "einkauf@brenner-maschinenbau.de", "0711 22904-0", "BRENNER MASCHINENBAU GMBH", "STUTTGART"),
    ], group="brenner"),
    P("shared-mailbox transcription email-case", [
        ("eshop", "Uwe", "Keßler", "Einkauf@Brenner-Maschinenbau.de", "", "Brenner Maschinenbau GmbH & Co. KG", "Stuttgart"),
        ("crm", "Uwe", "Kessler", "u.kessler@brenner-maschinenbau.de", "+49 711 22904-22", "Brenner Maschinenbau", "Stuttgart"),
    ], group="brenner"),

    P("title-degree phone-trunk-0 private-email transcription", [
        ("crm", "Dr. med. Claudia", "Richter", "praxis@dr-richter-koeln.de", "+49 (0)221 3408 117", "Praxis Dr. Richter", "Köln"),
        ("eshop", "Claudia", "Richter", "claudia.richter@web.de", "0221 3408117", "", "Koeln"),
    ]),

    P("title-degree transcription typo capitals phone-notation", [
        ("crm", "Günther", "Schäfer", "g.schaefer@rheintal-anlagen.de", "+49 211 5603 280", "Rheintal Anlagenbau GmbH", "Düsseldorf"),
        ("event", "Dipl.-Ing. Guenther", "Schaefer", "g.schaefer@rheintal-anlagen.de", "", "Rheintal Anlagenbau", "Duesseldorf"),
        ("erp", "Günter", "Schäfer", "", "0211/5603-280", "RHEINTAL ANLAGENBAU GMBH", "DÜSSELDORF"),
    ]),

    P("compound-surname private-email phone-notation", [
        ("crm", "Karin", "Oberndorfer-Lindemann", "k.oberndorfer-lindemann@lindemann-logistik.de", "+49 40 3289 6614", "Lindemann Logistik GmbH", "Hamburg"),
        ("event", "Karin", "Lindemann", "k.oberndorfer-lindemann@lindemann-logistik.de", "", "Lindemann Logistik", "Hamburg"),
        ("eshop", "Karin", "Oberndorfer", "karin.oberndorfer@gmx.de", "0172 4418 390", "", "Hamburg"),
        ("crm", "Karin", "Oberndorfer-Lindemann", "", "+49 172 4418390", "Lindemann Logistik GmbH", "Hamburg"),
    ]),

    # --- Christian / Christiane, one home line, mailboxes one letter apart
    P("gender-pair family-phone email-case", [
        ("eshop", "Christian", "Vogt", "christian.vogt@t-online.de", "089 7142 5530", "", "München"),
        ("newsletter", "Christian", "Vogt", "Christian.Vogt@t-online.de", "", "", ""),
    ], group="vogt"),
    P("gender-pair family-phone transcription", [
        ("eshop", "Christiane", "Vogt", "christiane.vogt@t-online.de", "+49 89 71425530", "", "Muenchen"),
    ], group="vogt"),

    # --- father and son, same name, same firm and switchboard
    P("father-son switchboard", [
        ("crm", "Klaus", "Becker sen.", "k.becker@becker-haustechnik.de", "+49 521 98 33 10", "Becker Haustechnik GmbH", "Bielefeld"),
    ], group="becker"),
    P("father-son switchboard", [
        ("crm", "Klaus", "Becker jun.", "klaus.becker@becker-haustechnik.de", "+49 521 98 33 10", "Becker Haustechnik GmbH", "Bielefeld"),
        ("event", "Klaus", "Becker", "klaus.becker@becker-haustechnik.de", "0171 552 8034", "Becker Haustechnik", "Bielefeld"),
    ], group="becker"),

    P("namesake", [("eshop", "Thomas", "Müller", "thomas.mueller71@gmx.de", "0157 3321 8804", "", "Leipzig")]),
    P("namesake transcription email-case", [
        ("crm", "Thomas", "Müller", "t.mueller@nordlicht-druck.de", "+49 40 6673 0215", "Nordlicht Druck GmbH", "Hamburg"),
        ("newsletter", "Thomas", "Mueller", "T.Mueller@nordlicht-druck.de", "", "", ""),
    ]),
    P("namesake transcription", [("event", "Thomas", "Mueller", "thomas.mueller@sachsenbau-dd.de", "", "Sachsenbau AG", "Dresden")]),

    P("job-change title-degree private-email", [
        ("crm", "Dr. Stefan", "Schulz", "stefan.schulz@chemtec-lu.de", "+49 160 99341178", "ChemTec Ludwigshafen GmbH", "Ludwigshafen"),
        ("crm", "Stefan", "Schulz", "s.schulz@polymerwerk-ma.de", "+49 160 9934 1178", "Polymerwerk Mannheim AG", "Mannheim"),
        ("eshop", "Stefan", "Schulz", "stefan.schulz1980@web.de", "0160 99341178", "", "Mannheim"),
    ]),

    P("nickname email-space transcription", [
        ("crm", "Alexander", "Wagner", "alexander.wagner@kraemer-pumpen.de", "+49 6131 477 209", "Krämer Pumpen GmbH", "Mainz"),
        ("webinar", "Alex", "Wagner", "alexander.wagner@kraemer-pumpen.de ", "", "Kraemer Pumpen", "Mainz"),
    ]),

    P("surname-change transcription", [
        ("crm", "Anja", "Krause", "anja.krause@frankenmuehle.de", "+49 911 2035 661", "Frankenmühle GmbH", "Nürnberg"),
        ("crm", "Anja", "Schneider", "anja.schneider@frankenmuehle.de", "+49 911 2035 661", "Frankenmühle GmbH", "Nürnberg"),
        ("event", "Anja", "Schneider (geb. Krause)", "anja.schneider@frankenmuehle.de", "", "Frankenmuehle", "Nuernberg"),
    ]),

    # --- Paul / Paula, colleagues in a family firm, one switchboard
    P("gender-pair colleague-email-initial switchboard phone-notation", [
        ("crm", "Paul", "Seidel", "paul.seidel@seidel-werkzeuge.de", "+49 231 88 40 20", "Seidel Werkzeuge GmbH", "Dortmund"),
        ("eshop", "Paul", "Seidel", "paul.seidel@seidel-werkzeuge.de", "0231 884020", "Seidel Werkzeuge", "Dortmund"),
    ], group="seidel"),
    P("gender-pair colleague-email-initial switchboard", [
        ("crm", "Paula", "Seidel", "paula.seidel@seidel-werkzeuge.de", "+49 231 88 40 20", "Seidel Werkzeuge GmbH", "Dortmund"),
    ], group="seidel"),

    P("", [("eshop", "Monika", "Braun", "monika.braun@t-online.de", "06221 480 773", "", "Heidelberg")]),
    P("title-degree", [("event", "Prof. Dr.-Ing. Heinrich", "Vollmer", "h.vollmer@werkstoffinstitut-ac.de", "", "Institut für Werkstoffprüfung Aachen", "Aachen")]),
    P("swapped-columns capitals", [
        ("crm", "Jens", "Lorenz", "j.lorenz@spreeland-bau.de", "+49 30 6912 3380", "Spreeland Bau GmbH", "Berlin"),
        ("erp", "LORENZ", "JENS", "", "030 69123380", "SPREELAND BAU GMBH", "BERLIN"),
    ]),
    P("", [("newsletter", "", "", "petra.zimmermann@gmx.net", "", "", "")]),
    P("capitals", [("erp", "FRANK", "OTTO", "bestellung@otto-agrarhandel.de", "05141 93770", "OTTO AGRARHANDEL", "CELLE")]),
    P("", [("webinar", "Nadine", "Krüger", "nadine.krueger@elbtal-software.de", "", "Elbtal Software", "Dresden")]),
    P("", [("eshop", "Marcel", "Hoffmeister", "marcel.hoffmeister@outlook.de", "0176 2231 9047", "", "Kassel")]),

    P("typo transcription", [
        ("crm", "Matthias", "Meier", "m.meier@hansa-kuehltechnik.de", "+49 421 69 30 55 12", "Hansa Kühltechnik GmbH", "Bremen"),
        ("event", "Mathias", "Meier", "m.meier@hansa-kuehltechnik.de", "", "Hansa Kuehltechnik", "Bremen"),
    ]),
    P("namesake-same-city", [
        ("crm", "Matthias", "Meyer", "matthias.meyer@weserport-logistik.de", "+49 421 80 77 140", "Weserport Logistik GmbH", "Bremen"),
    ], note="Meier and Meyer are distinct family names; two people, nothing else in common."),

    P("compound-surname swapped-columns phone-notation", [
        ("crm", "Friederike", "von Albersdorf", "f.albersdorf@albersdorf-weine.de", "+49 6321 91 40 7", "Weingut von Albersdorf", "Neustadt an der Weinstraße"),
        ("eshop", "Albersdorf", "Friederike von", "f.albersdorf@albersdorf-weine.de", "06321 91407", "", "Neustadt/Weinstr."),
    ]),

    P("middle-name nickname phone-notation", [
        ("crm", "Hans-Peter", "Wimmer", "hp.wimmer@wimmer-agrartechnik.de", "+49 8731 32710", "Wimmer Agrartechnik GmbH", "Dingolfing"),
        ("event", "Hans Peter", "Wimmer", "hp.wimmer@wimmer-agrartechnik.de", "", "Wimmer Agrartechnik", "Dingolfing"),
        ("erp", "H.-P.", "Wimmer", "", "08731/32710", "WIMMER AGRARTECHNIK", "DINGOLFING"),
    ]),

    P("typo transcription phone-notation", [
        ("crm", "Kathrin", "Schröder", "k.schroeder@kuestenfrost.de", "+49 471 9023 415", "Küstenfrost GmbH", "Bremerhaven"),
        ("eshop", "Katrin", "Schroeder", "k.schroeder@kuestenfrost.de", "0471 9023415", "", "Bremerhaven"),
    ]),

    P("title-degree swapped-columns department email-space phone-notation", [
        ("crm", "Dr. Ralf", "Hennig", "ralf.hennig@klinikum-saalepark.de", "+49 345 5571-2240", "Klinikum Saalepark gGmbH", "Halle (Saale)"),
        ("erp", "HENNIG", "RALF DR.", "", "0345 5571 2240", "KLINIKUM SAALEPARK GGMBH - EINKAUF", "HALLE"),
        ("event", "Ralf", "Hennig", "r.hennig@klinikum-saalepark.de", "", "Klinikum Saalepark", "Halle/Saale"),
        ("helpdesk", "Ralf", "Hennig", "ralf.hennig@klinikum-saalepark.de ", "+49 151 2204 7781", "Klinikum Saalepark", "Halle"),
        ("webinar", "Ralf", "Hennig", "r.hennig@klinikum-saalepark.de", "0151 22047781", "", "Halle (Saale)"),
    ]),

    # ======================= Austria
    P("title-degree phone-notation nickname private-email", [
        ("crm", "Mag. Elisabeth", "Gruber", "e.gruber@donautal-holz.at", "+43 732 77 14 20-18", "Donautal Holz GmbH", "Linz"),
        ("event", "Elisabeth", "Gruber", "e.gruber@donautal-holz.at", "0664 231 88 47", "Donautal Holz", "Linz"),
        ("eshop", "Lisi", "Gruber", "lisi.gruber@gmx.at", "+43 664 2318847", "", "Linz"),
    ]),
    P("namesake", [("eshop", "Elisabeth", "Gruber", "elisabeth.gruber@aon.at", "+43 1 512 44 83", "", "Wien")]),

    P("title-degree company-abbrev swapped-columns capitals", [
        ("crm", "DI Markus", "Pichler", "markus.pichler@steirische-energietechnik.at", "+43 316 82 19 55", "Steirische Energietechnik GmbH", "Graz"),
        ("erp", "PICHLER", "MARKUS DI", "", "0316/821955", "STET GMBH", "GRAZ"),
    ]),

    P("title-degree company-variant", [
        ("crm", "KR Ing. Franz", "Hofer", "f.hofer@pinzgau-transporte.at", "+43 6542 72311", "Pinzgauer Transporte Hofer GmbH", "Zell am See"),
        ("event", "Franz", "Hofer", "", "", "Pinzgauer Transporte", "Zell am See"),
    ]),

    # --- printer: office@ and the switchboard are shared
    P("shared-mailbox city-translation", [
        ("crm", "Barbara", "Steiner", "office@wienerwald-druck.at", "+43 1 879 32 10", "Wienerwald Druck GmbH", "Wien"),
        ("event", "Barbara", "Steiner", "b.steiner@wienerwald-druck.at", "", "Wienerwald Druck", "Vienna"),
    ], group="wienerwald"),
    P("shared-mailbox switchboard capitals", [
        ("erp", "Gerhard", "Wallner", "office@wienerwald-druck.at", "01/879 32 10", "WIENERWALD DRUCK GMBH", "WIEN"),
    ], group="wienerwald"),
    P("shared-mailbox email-case", [
        ("eshop", "Manuela", "Koller", "Office@wienerwald-druck.at", "", "", "Wien"),
    ], group="wienerwald"),

    P("private-email phone-national", [
        ("eshop", "Florian", "Huber", "florian.huber@a1.net", "0676 884 2105", "", "Innsbruck"),
        ("crm", "Florian", "Huber", "f.huber@tiroler-holzbau.at", "+43 676 8842105", "Tiroler Holzbau GmbH", "Innsbruck"),
    ]),
    P("", [("newsletter", "Sandra", "", "sandra.moser@chello.at", "", "", "")]),
    P("title-degree", [("webinar", "Dr. Wolfgang", "Leitner", "w.leitner@alpenmed.at", "", "Alpenmed Diagnostik GmbH", "Salzburg")]),

    P("transcription diacritics private-email phone-notation", [
        ("crm", "Andreas", "Pölzl", "andreas.poelzl@murtal-metall.at", "+43 3512 822 40", "Murtal Metall GmbH", "Knittelfeld"),
        ("event", "Andreas", "Poelzl", "", "", "Murtal-Metall", "Knittelfeld"),
        ("eshop", "Andreas", "Polzl", "a.poelzl@gmx.at", "03512/82240", "", "Knittelfeld"),
    ]),

    # --- Karl / Karla, family tile business, one switchboard
    P("gender-pair switchboard colleague-email-initial", [
        ("crm", "Karl", "Berger", "karl.berger@berger-fliesen.at", "+43 316 46 22 80", "Berger Fliesen GmbH", "Graz"),
    ], group="berger"),
    P("gender-pair switchboard colleague-email-initial", [
        ("crm", "Karla", "Berger", "karla.berger@berger-fliesen.at", "+43 316 462280", "Berger Fliesen GmbH", "Graz"),
        ("eshop", "Karla", "Berger", "karla.berger@berger-fliesen.at", "0664 118 3092", "", "Graz"),
    ], group="berger"),

    P("transcription compound-surname surname-change nickname private-email", [
        ("crm", "Stefanie", "Brandstätter", "s.brandstaetter@alpenglas-tirol.at", "+43 5412 63380", "Alpenglas Tirol GmbH", "Imst"),
        ("eshop", "Stefanie", "Brandstaetter-Lehner", "steffi.lehner@gmx.at", "05412/63380", "", "Imst"),
        ("event", "Steffi", "Lehner", "steffi.lehner@gmx.at", "", "Alpenglas Tirol", "Imst"),
    ]),

    # ======================= Switzerland
    P("company-translation city-translation transcription capitals", [
        ("crm", "Beat", "Zürcher", "beat.zuercher@alpenwerk.ch", "+41 44 382 17 40", "Alpenwerk AG", "Zürich"),
        ("event", "Beat", "Zuercher", "beat.zuercher@alpenwerk.ch", "", "Alpenwerk SA", "Zurich"),
        ("erp", "Beat", "Zurcher", "", "044 382 17 40", "ALPENWERK AG", "ZUERICH"),
    ]),
    P("namesake", [("eshop", "Beat", "Zürcher", "beat.zuercher@gmx.ch", "079 644 81 20", "", "Bern")]),

    P("city-translation company-translation", [
        ("crm", "Jean-Luc", "Favre", "jl.favre@favre-fils.ch", "+41 22 731 48 05", "Favre & Fils SA", "Genève"),
        ("event", "Jean Luc", "Favre", "jl.favre@favre-fils.ch", "022 731 48 05", "Favre und Söhne AG", "Genf"),
    ]),

    P("title-degree transcription", [
        ("crm", "lic. oec. Andrea", "Bühler", "andrea.buehler@seeland-treuhand.ch", "+41 32 328 55 10", "Seeland Treuhand AG", "Biel/Bienne"),
        ("webinar", "Andrea", "Buehler", "andrea.buehler@seeland-treuhand.ch", "", "Seeland Treuhand", "Biel"),
    ]),

    # --- Simon / Simone, household mailbox
    P("family-email gender-pair", [
        ("eshop", "Simon", "Keller", "keller.familie@bluewin.ch", "079 331 20 87", "", "Luzern"),
    ], group="keller"),
    P("family-email gender-pair", [
        ("eshop", "Simone", "Keller", "keller.familie@bluewin.ch", "078 612 45 90", "", "Luzern"),
        ("crm", "Simone", "Keller", "s.keller@vierwaldstaetter-reisen.ch", "+41 78 612 45 90", "Vierwaldstätter Reisen GmbH", "Luzern"),
    ], group="keller"),

    P("swapped-columns capitals phone-national", [
        ("crm", "Reto", "Brunner", "reto.brunner@engadin-bau.ch", "+41 81 833 42 19", "Engadin Bau AG", "St. Moritz"),
        ("erp", "BRUNNER", "RETO", "", "081 833 42 19", "ENGADIN BAU AG", "ST. MORITZ"),
    ]),
    P("", [("eshop", "Corinne", "Meier", "corinne.meier@sunrise.ch", "076 402 18 33", "", "Basel")]),
    P("title-degree", [("event", "Dr. Martin", "Frei", "martin.frei@rheinpharm-bs.ch", "", "Rheinpharm AG", "Basel")]),
]
