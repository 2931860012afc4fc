from common import P

P("no-diacritics phone-notation", """
crm|Jürgen|Müller|j.mueller@landtechnik-hessen.de|+49 (0)641 9713 220|Landtechnik Hessen GmbH|Gießen
helpdesk|Juergen|Mueller|j.mueller@landtechnik-hessen.de|0641 9713220|Landtechnik Hessen|Giessen
event|Jurgen|Muller||+49 641 9713220|LANDTECHNIK HESSEN GMBH|Giessen
""")
P("title extension", """
crm|Dr. Stefanie|Becker|s.becker@agrarberatung-ems.de|+49 5931 88 410-23|Agrarberatung Ems GmbH & Co. KG|Meppen
web-form|Stefanie|Becker|s.becker@agrarberatung-ems.de|05931 88410 Durchwahl 23|Agrarberatung Ems|Meppen
""", g="agrarberatung")
P("switchboard singleton", """
crm|Frank|Hoffmann|f.hoffmann@agrarberatung-ems.de|+49 5931 88 410-0|Agrarberatung Ems GmbH & Co. KG|Meppen
""", g="agrarberatung")
P("nickname job-change", """
crm|Johannes|Schneider|johannes.schneider@autohaus-brandl.de|+49 171 4420 913|Autohaus Brandl GmbH|Regensburg
crm|Hannes|Schneider|h.schneider@agrar-vilstal.de|+49 171 4420913|Agrar Vilstal eG|Vilsbiburg
""")
P("father-son", """
crm|Klaus|Wagner|klaus.wagner@wagner-hof.de|+49 8331 92 114|Wagner Hof GbR|Memmingen
helpdesk|Klaus|Wagner sen.|klaus.wagner@wagner-hof.de|08331 92114|Wagner Hof|Memmingen
""", g="wagner")
P("father-son", """
crm|Klaus|Wagner jun.|k.wagner.jun@web.de|+49 160 9871 2204|Wagner Hof GbR|Memmingen
e-shop|Klaus|Wagner|k.wagner.jun@web.de|0160 98712204||Memmingen
""", g="wagner")
P("double-surname married", """
crm|Sabine|Schmidt-Krüger|sabine.krueger@gmx.de|+49 172 3340 218|Schmidt & Krüger Agrarhandel OHG|Soest
e-shop|Sabine|Krüger|sabine.krueger@gmx.de|0172 3340218||Soest
""")
P("role-mailbox", """
web-form|Andreas|Fischer|service@landmaschinen-koehler.de|+49 2381 5512 0|Landmaschinen Köhler GmbH|Hamm
crm|Andreas|Fischer|a.fischer@landmaschinen-koehler.de|+49 2381 5512 17|Landmaschinen Köhler GmbH|Hamm
""", g="koehler")
P("role-mailbox", """
web-form|Monika|Köhler|service@landmaschinen-koehler.de|+49 2381 5512 0|Landmaschinen Koehler|Hamm
""", g="koehler")
P("singleton", """
crm|Thomas|Weber|thomas.weber@weber-lohnunternehmen.de|+49 4261 9380 11|Lohnunternehmen Weber|Rotenburg (Wümme)
""")
P("typo caps", """
event|MATTHIAS|KLEIN|m.klein@klein-agrar.de|+49 151 2204 8817|KLEIN AGRAR GMBH|HANNOVER
crm|Mathias|Klein|m.klein@klein-agrar.de|0151 22048817|Klein Agrar GmbH|Hannover
""", g="klein-hannover")
P("namesake", """
crm|Matthias|Klein|matthias.klein@t-online.de|+49 511 448 2031||Hannover
""", g="klein-hannover")
P("company-form", """
crm|Sebastian|Wolf|sebastian.wolf@raiffeisen-lm-sued.de|+49 7531 60 210|Raiffeisen Landmarkt Süd eG|Konstanz
helpdesk|Sebastian|Wolf|sebastian.wolf@raiffeisen-lm-sued.de||Raiffeisen Landmarkt Sued|Konstanz
""")
P("email-space gmail-dots", """
e-shop|Julia|Schäfer|julia.schaefer@gmail.com|+49 176 5521 4408||Bamberg
web-form|Julia|Schaefer|  JuliaSchaefer@gmail.com|0176 55214408||Bamberg
""")
P("singleton", """
event|Markus|Zimmermann|markus@zimmermann-forst.de|+49 9621 77 413|Zimmermann Forsttechnik|Amberg
""")
P("swapped", """
import|Braun|Christian|christian.braun@braun-kfz.de|+49 621 3940 51|Braun KFZ-Technik GmbH|Mannheim
crm|Christian|Braun|christian.braun@braun-kfz.de|0621 394051|Braun Kfz Technik|Mannheim
""")
P("singleton", """
crm|Ursula|Lang|u.lang@obsthof-lang.de|+49 7541 3320 90|Obsthof Lang|Friedrichshafen
""")
P("initials subaddress", """
crm|H.-P.|Richter|hp.richter@posteo.de|+49 3521 40 88 12|Richter Landbau|Meißen
e-shop|Hans-Peter|Richter|hp.richter+shop@posteo.de|||Meissen
""")
# Austria
P("trunk-prefix no-diacritics", """
crm|Günther|Gruber|g.gruber@lagerhaus-weinviertel.at|+43 2572 2451 33|Lagerhaus Weinviertel eGen|Mistelbach
helpdesk|Guenther|Gruber|g.gruber@lagerhaus-weinviertel.at|02572 2451-33|Lagerhaus Weinviertel|Mistelbach
""")
P("nickname", """
crm|Josef|Huber|josef.huber@huber-landtechnik.at|+43 664 3318 207|Huber Landtechnik GmbH|Wels
e-shop|Sepp|Huber|sepp.huber@aon.at|0664 3318207||Wels
""", g="huber-wels")
P("namesake same-name-city singleton", """
event|Josef|Huber|j.huber@brauerei-wels.at|+43 7242 6610|Brauerei Wels|Wels
""", g="huber-wels")
P("gender-pair family-phone", """
crm|Martin|Pichler|martin.pichler@gmx.at|+43 676 8820 4410|Pichlerhof|Zwettl
e-shop|Martin|Pichler|martin.pichler@gmx.at|0676 8820 4410||Zwettl
""", g="pichler")
P("gender-pair family-phone singleton", """
e-shop|Martina|Pichler|martina.pichler@gmx.at|0676 8820 4410||Zwettl
""", g="pichler")
P("title company-abbrev", """
crm|Ing. Wolfgang|Steiner|w.steiner@oeko-agrar.at|+43 1 71 400 2210|Österreichische Agrartechnik GmbH|Wien
event|Wolfgang|Steiner|w.steiner@oeko-agrar.at||ÖAT GmbH|Vienna
""", g="steiner")
P("singleton", """
web-form|Elisabeth|Moser|lisi.moser@gmail.com|+43 699 1022 3371||Graz
""")
P("married surname-change", """
crm|Katharina|Bauer|katharina.bauer@agrarhandel-tirol.at|+43 512 582 419|Agrarhandel Tirol|Innsbruck
crm|Katharina|Leitner|katharina.leitner@agrarhandel-tirol.at|+43 512 582 419|Agrarhandel Tirol GmbH|Innsbruck
""")
P("singleton", """
crm|Florian|Wimmer|florian.wimmer@wimmer-holz.at|+43 7752 8830|Wimmer Holz|Ried im Innkreis
""")
P("branch", """
crm|Stefan|Hofer|stefan.hofer@landtechnik-alpen.at|+43 662 4433 10|Landtechnik Alpen GmbH – Filiale Salzburg|Salzburg
helpdesk|Stefan|Hofer|stefan.hofer@landtechnik-alpen.at|+43 662 4433 10|Landtechnik Alpen|Salzburg
""")
