"""Germany, Austria, Switzerland."""
from people import P

# --- Köln: Rheinhafen Logistik (switchboard 0221 938401-0, mailbox info@) ----------------------
P("diacritics swapped namesake",
  "crm|Jürgen|Müller|j.mueller@rheinhafen-logistik.de|+49 221 938401-12|Rheinhafen Logistik GmbH|Köln",
  "event|Juergen|Mueller|j.mueller@rheinhafen-logistik.de|0221 938401-12|Rheinhafen Logistik|Koeln",
  "erp|MUELLER|JUERGEN|J.MUELLER@RHEINHAFEN-LOGISTIK.DE|+49 (0)221 938401 12|RHEINHAFEN LOGISTIK GMBH|KOELN",
  group="mueller")
P("namesake", "web-form|Jürgen|Müller|juergen.mueller@web.de|0711 4820 337||Stuttgart", group="mueller")
P("email-near switchboard shared-mailbox title namesake name+company",
  "crm|Herr Thomas|Müller|t.mueller@rheinhafen-logistik.de|+49 221 938401-0|Rheinhafen Logistik GmbH|Köln",
  "web-form|Thomas|Müller|info@rheinhafen-logistik.de|0221 938401-0|Rheinhafen Logistik|Köln",
  group="mueller")
P("shared-mailbox switchboard name+company nickname",
  "event|Maximilian|Hartmann|max.hartmann@rheinhafen-logistik.de|+49 221 938401-27|Rheinhafen Logistik GmbH|Köln",
  "web-form|Max|Hartmann|info@rheinhafen-logistik.de|0221 938401-0|Rheinhafen Logistik|Köln",
  group="mueller")

# --- Hamburg: Daniel and Daniela Schmidt, one family mailbox and home phone ----------------------
P("gender-pair family-email family-phone namesake",
  "shop|Daniel|Schmidt|familie.schmidt@gmx.de|0172 5508341||Hamburg",
  "crm|Daniel|Schmidt|daniel.schmidt@kontor-elbstrand.de|+49 172 5508341|Kontor Elbstrand GmbH|Hamburg",
  "helpdesk|Daniel|Schmidt|daniel.schmidt@kontor-elbstrand.de|+49 (0)40 6672 3190|Kontor Elbstrand|Hamburg",
  group="schmidt")
P("gender-pair family-email family-phone name+shared",
  "shop|Daniela|Schmidt|familie.schmidt@gmx.de|040 6672 3190||Hamburg",
  "billing|Daniela|Schmidt|daniela.schmidt@gmx.de|+49 40 66723190||Hamburg",
  group="schmidt",
  note="her two records share only the family's home phone; they are hers because both name her")
P("namesake", "newsletter|Daniel|Schmidt|dschmidt@web.de|||München", group="schmidt")

# --- Hamburg: Kontor Elbstrand ------------------------------------------------------------------
P("typo",
  "crm|Katrin|Hoffmann|katrin.hoffmann@kontor-elbstrand.de|+49 40 3208 7720|Kontor Elbstrand GmbH|Hamburg",
  "event|Katrin|Hofmann|katrin.hoffmann@kontor-elbstrand.de||Kontor Elbstrand|Hamburg",
  group="hoffmann")
P("near-name", "web-form|Kathrin|Hofmann|kathrin.hofmann@gmx.de|0160 9921 4470||Hamburg", group="hoffmann")

# --- Wien: Donauwelle Software ---------------------------------------------------------------------
P("nickname namesake",
  "crm|Johann|Huber|johann.huber@donauwelle.at|+43 1 512 47 30-15|Donauwelle Software GmbH|Wien",
  "event|Hansi|Huber|hansi.huber@gmx.at|+43 664 382 1145|Donauwelle|Wien",
  "helpdesk|Johann|Huber|johann.huber@donauwelle.at|0664/3821145||Wien",
  group="huber")
P("namesake", "shop|Johann|Huber|johann.huber@aon.at|0662 87 33 12||Salzburg", group="huber")
P("title",
  "crm|Mag. Barbara|Gruber|barbara.gruber@donauwelle.at|+43 1 512 47 30-22|Donauwelle Software GmbH|Wien",
  "event|Barbara|Gruber, Mag.|barbara.gruber@donauwelle.at|01 5124730 22|Donauwelle Software|Wien",
  group="huber")
P("", "webinar|Florian|Gruber|florian.gruber@donauwelle.at||Donauwelle Software GmbH|Wien", group="huber")

# --- Wien: Kanzlei Pichler & Stadlmayr (office@, one number) ------------------------------------------------
P("title nickname shared-mailbox switchboard name+company email-near",
  "crm|Dr. Elisabeth|Pichler|e.pichler@pichler-stadlmayr.at|+43 1 403 22 18|Kanzlei Dr. Pichler & Stadlmayr|Wien",
  "event|Lisi|Pichler|e.pichler@pichler-stadlmayr.at|||Wien",
  "web-form|Elisabeth|Pichler|office@pichler-stadlmayr.at|01 403 22 18|Pichler & Stadlmayr Rechtsanwälte|Wien",
  group="pichler")
P("title shared-mailbox switchboard name+company email-near",
  "crm|Dr. Andreas|Pichler|a.pichler@pichler-stadlmayr.at|+43 1 403 22 18|Kanzlei Dr. Pichler & Stadlmayr|Wien",
  "web-form|Andreas|Pichler|office@pichler-stadlmayr.at|+43 1 4032218|Pichler & Stadlmayr Rechtsanwälte|Wien",
  group="pichler")

# --- Zürich / Genève / Basel / Bern ------------------------------------------------------------
P("diacritics",
  "crm|Claudia|Weiß|claudia.weiss@alpenblick-makler.ch|+41 44 215 63 80|Alpenblick Versicherungsmakler AG|Zürich",
  "webinar|Claudia|WEISS|Claudia.Weiss@alpenblick-makler.ch ||Alpenblick Versicherungsmakler|Zürich",
  group="alpenblick")
P("swapped",
  "crm|Urs|Brunner|urs.brunner@alpenblick-makler.ch|0041 44 215 63 81|Alpenblick Versicherungsmakler AG|Zürich",
  "erp|Brunner|Urs|u.brunner@alpenblick-makler.ch|+41 (0)44 215 63 81|Alpenblick AG|Zürich",
  group="alpenblick")
P("hyphen-name",
  "crm|Jean-Luc|Favre|jl.favre@alpenblick-makler.ch|+41 22 731 45 10|Alpenblick Versicherungsmakler AG|Genève",
  "event|Jean Luc|Favre|jl.favre@alpenblick-makler.ch|022 731 45 10|Alpenblick|Genf",
  group="alpenblick")
P("double-surname married-name",
  "crm|Anna|Meier-Keller|anna.meier@bluewin.ch|+41 79 334 18 20||Basel",
  "shop|Anna|Meier Keller|anna.meier@bluewin.ch|079 334 18 20||Basel",
  "event|Anna|Keller|a.keller@rhybrugg-treuhand.ch|079 334 18 20|Rhybrugg Treuhand AG|Basel",
  group="keller",
  note="Swiss alliance name Meier-Keller; at work she uses her own name Keller")
P("", "helpdesk|Yvonne|Keller|yvonne.keller@rhybrugg-treuhand.ch|+41 61 271 44 95|Rhybrugg Treuhand AG|Basel",
  group="keller")
P("", "crm|Reto|Baumann|reto.baumann@bernerhof-druck.ch|031 352 18 40|Bernerhof Druck AG|Bern")

# --- Berlin / Leipzig -----------------------------------------------------------------------------
P("title",
  "crm|Prof. Dr. Heinrich|Vogel|h.vogel@irba-berlin.de|+49 30 2848 1150|Institut für Raum- und Bauakustik e.V.|Berlin",
  "event|Heinrich|Vogel|h.vogel@irba-berlin.de|030 2848 1150|IRBA Berlin|Berlin",
  "webinar|Dr. Heinrich|Vogel, Prof.|heinrich.vogel@t-online.de|+49 30 28481150||Berlin")
P("", "shop|Sophie|Wolf|sophie.wolf@web.de|+49 30 6174 2289||Berlin")
P("title typo",
  "web-form|Frau Sabine|Becker|sabine.becker@web.de|0151 2204 6617||Leipzig",
  "shop|Sabine|Beker|sabine.becker@web.de|+49 151 22046617|Kaffeerösterei Bohnenglück|Leipzig",
  group="becker")
P("namesake", "web-form|Sabine|Becker|s.becker@t-online.de|0228 604 3371||Bonn", group="becker")

# --- Leipzig: Kaffeerösterei Bohnenglück, Frank Lehmann senior and junior ------------------------
P("senior-junior switchboard name+company namesake-company email-near",
  "crm|Frank|Lehmann|frank.lehmann@bohnenglueck.de|0341 4927150|Kaffeerösterei Bohnenglück e.K.|Leipzig",
  "billing|Frank|Lehmann sen.|info@bohnenglueck.de|+49 341 4927150|Bohnenglück e.K.|Leipzig",
  group="lehmann")
P("senior-junior switchboard namesake-company email-near diacritics",
  "event|Frank|Lehmann|f.lehmann@bohnenglueck.de|+49 176 3318 2205|Kaffeerösterei Bohnenglück|Leipzig",
  "shop|Frank|Lehmann jun.|f.lehmann@bohnenglueck.de|0176 33182205|Bohnenglueck|Leipzig",
  "helpdesk|Frank|Lehmann|f.lehmann@bohnenglueck.de|0341 4927150|Kaffeerösterei Bohnenglück e.K.|Leipzig",
  group="lehmann",
  note="the junior's helpdesk record has the senior's name, company and shop phone; only f.lehmann@ (not frank.lehmann@) is his")

# --- Bamberg: Brauerei Wolkenstein (switchboard 0951 20844-0, mailbox buchhaltung@) ---------------
P("diacritics shared-mailbox switchboard name+company",
  "crm|Jörg|Schröder|joerg.schroeder@brauerei-wolkenstein.de|+49 951 20844-31|Brauerei Wolkenstein GmbH & Co. KG|Bamberg",
  "billing|Joerg|Schroeder|buchhaltung@brauerei-wolkenstein.de|0951 20844-0|Brauerei Wolkenstein GmbH & Co. KG|Bamberg",
  group="wolkenstein")
P("shared-mailbox name+company diacritics switchboard",
  "billing|Monika|Schröder|buchhaltung@brauerei-wolkenstein.de|0951 20844-0|Brauerei Wolkenstein GmbH & Co. KG|Bamberg",
  "crm|Monika|Schroeder|m.schroeder@brauerei-wolkenstein.de|+49 951 20844-22|Brauerei Wolkenstein|Bamberg",
  group="wolkenstein")
P("nickname name+company",
  "crm|Josef|Hirschberger|josef.hirschberger@brauerei-wolkenstein.de|+49 951 20844-40|Brauerei Wolkenstein GmbH & Co. KG|Bamberg",
  "event|Sepp|Hirschberger|sepp.hirschberger@gmx.de|0171 2209 448|Brauerei Wolkenstein|Bamberg",
  "shop|Josef|Hirschberger|sepp.hirschberger@gmx.de|+49 171 2209448||Bamberg",
  group="wolkenstein",
  note="the crm record joins the private ones through Sepp (= Josef) Hirschberger at Brauerei Wolkenstein")

# --- Rosenheim: Holzbau Lindner & Kainz (mailbox vertrieb@) ------------------------------------------------
P("gender-pair shared-mailbox email-near phone-near",
  "crm|Paul|Lindner|paul.lindner@lindner-kainz.de|+49 8031 40 82 11|Holzbau Lindner & Kainz GmbH|Rosenheim",
  "web-form|Paul|Lindner|vertrieb@lindner-kainz.de|08031 408211|Lindner & Kainz|Rosenheim",
  group="lindner")
P("gender-pair shared-mailbox email-near phone-near name+company",
  "crm|Paula|Lindner|paula.lindner@lindner-kainz.de|+49 8031 40 82 12|Holzbau Lindner & Kainz GmbH|Rosenheim",
  "web-form|Paula|Lindner|vertrieb@lindner-kainz.de||Holzbau Lindner & Kainz GmbH|Rosenheim",
  group="lindner")
P("", "billing|Günther|Zimmermann|g.zimmermann@lindner-kainz.de|+49 8031 40 82 30|Holzbau Lindner & Kainz GmbH|Rosenheim",
  group="lindner")

# --- München: Weber & Rauchenberger Elektrotechnik -------------------------------------------------------------------
P("one-field-name swapped namesake",
  "erp|Weber, Klaus||klaus.weber@weber-rauchenberger.de|+49 89 7423 1180|Weber & Rauchenberger Elektrotechnik GmbH|München",
  "crm|Klaus|Weber|klaus.weber@weber-rauchenberger.de|089 74231180|Weber & Rauchenberger|München",
  group="weber")
P("namesake", "web-form|Klaus|Weber|kweber1962@gmx.de|089 3319 4402||München", group="weber")
P("gender-pair email-near phone-near",
  "crm|Michael|Weber|m.weber@weber-rauchenberger.de|+49 89 7423 1181|Weber & Rauchenberger Elektrotechnik GmbH|München",
  group="weber")
P("gender-pair email-near phone-near",
  "crm|Michaela|Weber|m.weber2@weber-rauchenberger.de|+49 89 7423 1182|Weber & Rauchenberger Elektrotechnik GmbH|München",
  "event|Michaela|Weber|m.weber2@weber-rauchenberger.de||Weber & Rauchenberger|München",
  group="weber")

# --- Nürnberg: Frankenwerk Metallbau ----------------------------------------------------------------
P("gmail-dots",
  "shop|Stefan|Wagner|stefan.wagner@googlemail.com|0157 3390 1127||Nürnberg",
  "newsletter|Stefan|Wagner|stefanwagner@gmail.com|||Nuernberg",
  "crm|Stefan|Wagner|s.wagner@frankenwerk.de|+49 157 33901127|Frankenwerk Metallbau GmbH|Nürnberg",
  group="frankenwerk")
P("hyphen-name initials",
  "crm|Hans-Peter|Schulz|hp.schulz@frankenwerk.de|+49 911 5470 240|Frankenwerk Metallbau GmbH|Nürnberg",
  "erp|H.-P.|Schulz|hp.schulz@frankenwerk.de|0911 5470240|Frankenwerk Metallbau|Nürnberg",
  "event|Hanspeter|Schulz|hp.schulz@frankenwerk.de||Frankenwerk|Nuernberg",
  group="frankenwerk")
P("namesake", "crm|Andreas|Schneider|a.schneider@frankenwerk.de|+49 911 5470 210|Frankenwerk Metallbau GmbH|Nürnberg",
  group="frankenwerk")
P("namesake", "webinar|Andreas|Schneider|andreas.schneider@posteo.de|||Dresden", group="frankenwerk")

# --- Frankfurt ---------------------------------------------------------------------------------------
P("particle",
  "crm|Friederike|von Arnim|f.vonarnim@kanzlei-arnim.de|+49 69 9203 4410|Kanzlei von Arnim & Partner|Frankfurt am Main",
  "erp|Friederike von|Arnim|f.vonarnim@kanzlei-arnim.de|069 92034410|Kanzlei v. Arnim|Frankfurt")

# --- Graz: Steiner-Wurzinger Haustechnik -------------------------------------------------------------------------
P("title name+company",
  "crm|DI Markus|Steiner|markus.steiner@steiner-wurzinger.at|0316 48 22 71|Steiner-Wurzinger Haustechnik GmbH|Graz",
  "webinar|Markus|Steiner|m.steiner@gmx.at|+43 676 551 2034|Steiner-Wurzinger|Graz",
  group="steiner")
P("", "crm|Wolfgang|Bauer|w.bauer@steiner-wurzinger.at|+43 316 48 22 80|Steiner-Wurzinger Haustechnik GmbH|Graz",
  group="steiner")

# --- DACH singletons ---------------------------------------------------------------------------------
P("", "newsletter|Ursula|Fischer|uschi.fischer@t-online.de|||")
P("", "web-form|Lena|Braun|lena.braun@gmx.net|0176 4412 0938||Freiburg im Breisgau")
P("", "shop|Martina|Leitner|martina.leitner@gmx.at|0699 1204 4418||Linz")

# --- added singletons ----------------------------------------------------------------------------
P("near-name email-near", "web-form|Daniela|Schmid|daniela.schmid@gmx.de|040 4130 2276||Hamburg", group="schmidt",
  note="Schmid and Schmidt are different families; daniela.schmid@gmx.de is not daniela.schmidt@gmx.de")
P("namesake", "shop|Thomas|Müller|thomas.mueller77@gmx.de|0173 2290 815||Berlin", group="mueller")
P("", "event|Christoph|Haas|christoph.haas@donauwelle.at|+43 1 512 47 30-31|Donauwelle Software GmbH|Wien", group="huber")
