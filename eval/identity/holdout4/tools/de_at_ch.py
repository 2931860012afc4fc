# Germany, Austria, Switzerland: machinery distributor customers.
from people import P

P("double-surname hyphenated-first initial umlaut-transcribed phone-national company-typo", """
crm|Hans-Jürgen|Schäfer-Wolff|hj.schaefer-wolff@hessler-foerdertechnik.de|+49 6151 39 47 20|Hessler Fördertechnik GmbH|Darmstadt
erp|Hans Jürgen|Schaefer|hj.schaefer-wolff@hessler-foerdertechnik.de||Hessler Foerdertechnik|Darmstadt
event|H.-J.|Schäfer-Wolff||06151 394720|Hesler Fördertechnik|Darmstadt
""")

P("title eszett phone-trunk phone-slash", """
crm|Dr. Katrin|Weiß|k.weiss@brandt-mh.de|+49 (0)40 3208 7714|Maschinenhandel Brandt GmbH & Co. KG|Hamburg
webinar|Katrin|Weiss|K.Weiss@brandt-mh.de|||Hamburg
billing|Katrin|Weiß, Dr.||040/3208-7714|Brandt Maschinenhandel|Hamburg
""")

# brothers running the family firm, one sales mailbox and one switchboard
P("role-mailbox family switchboard email-initial", """
web-form|Stefan|Weber|vertrieb@weber-hydraulik-kg.de|+49 7131 58 22 0|Weber & Söhne Hydraulik KG|Heilbronn
crm|Stefan|Weber|s.weber@weber-hydraulik-kg.de|+49 7131 58 22 14|Weber & Söhne Hydraulik KG|Heilbronn
""")
P("role-mailbox family switchboard email-initial", """
web-form|Thomas|Weber|vertrieb@weber-hydraulik-kg.de|07131 58220|Weber u. Söhne|Heilbronn
crm|Thomas|Weber|t.weber@weber-hydraulik-kg.de|+49 7131 58 22 15|Weber & Söhne Hydraulik KG|Heilbronn
""")
P("switchboard singleton", "crm|Ursula|Braun|u.braun@weber-hydraulik-kg.de|+49 7131 58 22 0|Weber & Söhne Hydraulik KG|Heilbronn")

P("father-son family-phone generation-marker umlaut-transcribed", """
crm|Klaus|Becker sen.|klaus.becker@t-online.de|+49 221 48 33 901||Köln
shop|Klaus|Becker|klaus.becker@t-online.de|0221 4833901||Koeln
""")
P("father-son family-phone generation-marker gmail-dots", """
shop|Klaus|Becker|klaus.becker.jun@gmail.com|0221 4833901||Köln
event|Klaus|Becker jun.|klausbecker.jun@gmail.com|+49 171 552 0934|Becker Elektrotechnik|Köln
""")

P("title nickname private-email phone-trunk", """
crm|Mag. Elisabeth|Gruber|elisabeth.gruber@alpenblick-sw.at|+43 664 3812207|Alpenblick Software GmbH|Innsbruck
newsletter|Lisi|Gruber|lisi.gruber@gmx.at|||Innsbruck
event|Elisabeth|Gruber|lisi.gruber@gmx.at|0664 381 2207|Alpenblick Software|Innsbruck
""")

P("umlaut-transcribed company-abbrev phone-00 email-case", """
crm|Beat|Käser|beat.kaeser@zpt-ag.ch|+41 44 381 72 90|Zürcher Präzisionsteile AG|Zürich
erp|Beat|Kaeser|beat.kaeser@zpt-ag.ch|044 381 72 90|ZPT AG|Zuerich
helpdesk|Beat|Käser|Beat.Kaeser@zpt-ag.ch|0041 44 381 72 90|Zurcher Prazisionsteile|Zurich
""")
P("singleton", "helpdesk|Monika|Fischer|monika.fischer@zpt-ag.ch|+41 44 381 72 00|Zürcher Präzisionsteile AG|Zürich")

P("company-translated city-exonym hyphenated-first", """
crm|Jean-Luc|Rochat|jl.rochat@lemanlog.ch|+41 22 731 45 08|Léman Logistique SA|Genève
event|Jean Luc|Rochat||022 731 45 08|Leman Logistik AG|Genf
""")

P("namesake name-city-only email-case", """
crm|Michael|Schmidt|m.schmidt@hessler-foerdertechnik.de|+49 6151 39 47 0|Hessler Fördertechnik GmbH|Darmstadt
erp|Michael|Schmidt|M.Schmidt@hessler-foerdertechnik.de||Hessler Fördertechnik GmbH|Darmstadt
""")
P("namesake name-city-only singleton", "newsletter|Michael|Schmidt|michael.schmidt@web.de|||Darmstadt")
P("namesake singleton", "shop|Michael|Schmidt|schmidt.michael@gmx.de|+49 160 99 41 278||Frankfurt am Main")
P("gender-pair switchboard email-initial singleton", "crm|Michaela|Schmidt|mi.schmidt@hessler-foerdertechnik.de|+49 6151 39 47 0|Hessler Fördertechnik GmbH|Darmstadt")

P("nickname company-branch city-exonym", """
crm|Maximilian|Huber|max.huber@brandt-mh.de|+49 89 2180 3344|Maschinenhandel Brandt GmbH & Co. KG, NL München|München
event|Max|Huber|max.huber@brandt-mh.de||Brandt|Munich
""")

P("job-change phone-national doubled-letter", """
crm|Andreas|Hoffmann|a.hoffmann@hessler-foerdertechnik.de|+49 172 448 19 03|Hessler Fördertechnik GmbH|Darmstadt
crm|Andreas|Hofmann|andreas.hoffmann@brandt-mh.de|0172 4481903|Maschinenhandel Brandt|Hamburg
""")

P("surname-change double-surname phone-slash", """
crm|Sabine|Leitner|sabine.leitner@alpenblick-sw.at|+43 676 512 4410|Alpenblick Software GmbH|Wien
helpdesk|Sabine|Leitner-Moser|sabine.leitner@alpenblick-sw.at||Alpenblick|Wien
shop|Sabine|Moser|sabine.moser@aon.at|0676/5124410||Wien
""")

P("role-mailbox switchboard singleton", "billing|Gerhard|Wimmer|buchhaltung@alpenblick-sw.at|+43 1 532 77 0|Alpenblick Software GmbH|Wien")
P("role-mailbox switchboard", """
billing|Petra|Auer|buchhaltung@alpenblick-sw.at|+43 1 532 77 0|Alpenblick Software GmbH|Wien
crm|Petra|Auer|p.auer@alpenblick-sw.at|+43 1 532 77 22|Alpenblick Software GmbH|Wien
""")

P("singleton", "web-form|Jens|Krüger|jens.krueger@posteo.de|+49 30 8832 1107||Berlin")
P("singleton", "newsletter|Anja|Vogel|anja.vogel@gmx.de|||Leipzig")
P("singleton", "event|Florian|Zimmermann|f.zimmermann@nordkran-service.de|+49 421 69 330 18|Nordkran Service GmbH|Bremen")
P("singleton", "shop|Lukas|Steiner|lukas.steiner@bluewin.ch|079 412 33 80||Bern")

P("gender-pair family-email family-phone", """
crm|Christian|Lang|christian.lang@lang-cnc.de|+49 170 331 8842|Lang CNC-Technik GmbH|Stuttgart
shop|Christian|Lang|chr.lang@web.de|0170 3318842||Stuttgart
""")
P("gender-pair family-email family-phone", """
shop|Christiane|Lang|chr.lang@web.de|0711 2290438||Stuttgart
webinar|Christiane|Lang|christiane.lang@lang-cnc.de|0711 22 904 38|Lang CNC-Technik GmbH|Stuttgart
""", note="chr.lang@web.de is used by both spouses; each record belongs to the person named in it.")

P("transposition phone-national", """
crm|Ralf|Schneider|ralf.schneider@nordkran-service.de|+49 421 69 330 22|Nordkran Service GmbH|Bremen
erp|Ralf|Schnieder||0421 6933022|Nordkran Service|Bremen
""")

P("family-email family-phone umlaut-transcribed", """
shop|Jörg|Hartmann|familie.hartmann@t-online.de|+49 351 417 22 90||Dresden
event|Jörg|Hartmann|joerg@hartmann-antriebe.de|0351 / 417 22 90|Hartmann Antriebstechnik e.K.|Dresden
""")
P("family-email family-phone", """
shop|Birgit|Hartmann|familie.hartmann@t-online.de|0351 417 22 90||Dresden
webinar|Birgit|Hartmann|birgit@hartmann-antriebe.de|0351 4172290|Hartmann Antriebstechnik|Dresden
""")

P("cyrillic cross-border company-translit", """
partner-portal|Вальдемар|Шмидт|w.schmidt@ostwest-handel.de|+49 521 98 77 410|OstWest Handel GmbH|Билефельд
crm|Waldemar|Schmidt|w.schmidt@ostwest-handel.de|0521 9877410|OstWest Handel GmbH|Bielefeld
""")

P("middle-name initial caps", """
crm|Karl Heinz|Brunner|kh.brunner@tiroler-seilbahntechnik.at|+43 5412 62 318|Tiroler Seilbahntechnik GmbH|Imst
erp|Karl-Heinz|BRUNNER|kh.brunner@tiroler-seilbahntechnik.at||TIROLER SEILBAHNTECHNIK|IMST
event|K. H.|Brunner||05412 62318|Tiroler Seilbahntechnik|Imst
""")

P("nickname company-form", """
crm|Johannes|Maier|johannes.maier@maier-landtechnik.de|+49 7541 37 90 12|Maier Landtechnik GmbH & Co. KG|Friedrichshafen
event|Hannes|Maier|johannes.maier@maier-landtechnik.de||Maier Landtechnik|Friedrichshafen
""")
P("lookalike-one-letter singleton", "newsletter|Johannes|Meier|jo.meier@gmx.de|||Friedrichshafen", note="Meier/Maier one letter apart, same city, nothing else in common: different.")

P("title degree umlaut-transcribed phone-spaces", """
crm|Prof. Dr.-Ing. Günther|Köhler|g.koehler@saxonia-antriebe.de|+49 371 53 38 120|Saxonia Antriebe GmbH|Chemnitz
webinar|Guenther|Koehler|g.koehler@saxonia-antriebe.de|||Chemnitz
""")

P("private-email nickname phone-00", """
crm|Ursina|Caduff|ursina.caduff@bergbahnen-surselva.ch|+41 81 920 44 15|Bergbahnen Surselva AG|Chur
shop|Ursi|Caduff|ursi.caduff@bluewin.ch|0041 81 920 44 15||Chur
""")

P("email-space company-form transposition", """
helpdesk|Tobais|Wagner|tobias.wagner@nordkran-service.de |+49 421 69 330 40|Nordkran Service GmbH|Bremen
crm|Tobias|Wagner|tobias.wagner@nordkran-service.de||Nordkran Service GmbH & Co. KG|Bremen
""")

P("singleton", "event|Sandra|Lehmann|sandra.lehmann@saxonia-antriebe.de||Saxonia Antriebe GmbH|Chemnitz")
P("singleton", "shop|Werner|Pichler|werner.pichler@aon.at|0662 87 31 55||Salzburg")
P("singleton", "web-form|Nadine|Roth|nadine.roth@bluewin.ch|+41 31 312 48 90||Bern")
P("singleton", "newsletter|Dieter|Keller|dieter.keller@t-online.de|||Mannheim")

P("subaddress email-case", """
webinar|Julia|Neumann|julia.neumann+webinar@posteo.de|||Hannover
crm|Julia|Neumann|Julia.Neumann@posteo.de|+49 511 760 42 18|Neumann Ingenieurbüro|Hannover
""")

P("swapped full-name-one-field", """
crm|Heike|Schulz|h.schulz@maier-landtechnik.de|+49 7541 37 90 25|Maier Landtechnik GmbH & Co. KG|Friedrichshafen
import|Schulz, Heike||h.schulz@maier-landtechnik.de||Maier Landtechnik GmbH|Friedrichshafen
""")
