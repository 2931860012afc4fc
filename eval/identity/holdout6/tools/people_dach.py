# German, Austrian and Swiss people, written by hand.
# record tuple: (source, first_name, last_name, email, phone, company, city)
from common import P

PEOPLE = [
# ---------------------------------------------------------------- Thomas Müller x5, two at Hartwig
P("thomas-mueller-hartwig-stuttgart", "DE",
  tags="accents allcaps email-case phone-format phone-national company-form missing",
  groups="namesake:thomas-mueller namesake-samecompany:mueller-hartwig",
  recs=[
    ("crm", "Thomas", "Müller", "thomas.mueller@hartwig-mb.de", "+49 711 2290 415", "Hartwig Maschinenbau GmbH", "Stuttgart"),
    ("erp", "Thomas", "Mueller", "thomas.mueller@hartwig-mb.de", "0711 2290415", "HARTWIG MASCHINENBAU", "Stuttgart"),
    ("webinar", "Thomas", "Muller", "Thomas.Mueller@hartwig-mb.de", "", "Hartwig Maschinenbau GmbH", ""),
  ]),
P("thomas-mueller-hartwig-reutlingen", "DE",
  tags="phone-format phone-national company-form",
  groups="namesake:thomas-mueller namesake-samecompany:mueller-hartwig",
  recs=[
    ("crm", "Thomas", "Müller", "t.mueller@hartwig-mb.de", "+49 7121 338 204", "Hartwig Maschinenbau GmbH", "Reutlingen"),
    ("helpdesk", "Thomas", "Müller", "t.mueller@hartwig-mb.de", "07121 338204", "Hartwig Maschinenbau GmbH Werk Reutlingen", "Reutlingen"),
  ]),
P("thomas-mueller-berlin", "DE", tags="nickname phone-format phone-national missing",
  groups="namesake:thomas-mueller lookalike:mueller-moeller",
  recs=[
    ("web-form", "Thomas", "Müller", "tom.mueller84@web.de", "0151 4420 3317", "", "Berlin"),
    ("billing", "Tom", "Müller", "tom.mueller84@web.de", "+49 151 44203317", "", "Berlin"),
  ]),
P("thomas-mueller-kessler", "DE", groups="namesake:thomas-mueller",
  recs=[("crm", "Thomas", "Müller", "mueller@kessler-vogt.de", "+49 89 5480 2713", "Kessler & Vogt Steuerberatung", "München")]),
P("thomas-mueller-wien", "AT", groups="namesake:thomas-mueller",
  recs=[("event", "Thomas", "Müller", "", "", "Donaukraft Engineering GmbH", "Wien")]),
P("thomas-moeller-berlin", "DE", groups="lookalike:mueller-moeller",
  recs=[("web-form", "Thomas", "Möller", "thomas.moeller@web.de", "0152 2290 4471", "", "Berlin")]),

# ---------------------------------------------------------------- Schulz / Scholz (and a Schultz typo)
P("andreas-schulz", "DE", tags="typo missing company-form",
  groups="lookalike:schulz-scholz",
  recs=[
    ("crm", "Andreas", "Schulz", "a.schulz@elbtal-software.de", "+49 351 8832 140", "Elbtal Software GmbH", "Dresden"),
    ("webinar", "Andreas", "Schultz", "a.schulz@elbtal-software.de", "", "Elbtal Software", "Dresden"),
  ]),
P("andreas-scholz", "DE", groups="lookalike:schulz-scholz",
  recs=[("web-form", "Andreas", "Scholz", "andreas.scholz@t-online.de", "0351 4410 228", "", "Dresden")]),

# ---------------------------------------------------------------- Hans-Peter / Hans Peter / Hansi
P("hans-peter-gruber", "AT",
  tags="diminutive punctuation private-email multi-phone phone-format phone-national allcaps company-form",
  recs=[
    ("crm", "Hans-Peter", "Gruber", "hp.gruber@alpenholz.at", "+43 512 341 772 15", "Alpenländische Holzbau GmbH", "Innsbruck"),
    ("event", "Hansi", "Gruber", "hansi.gruber@gmx.at", "+43 664 318 2290", "Alpenholz", "Innsbruck"),
    ("erp", "Hans Peter", "Gruber", "hp.gruber@alpenholz.at", "0664/3182290", "ALPENLÄNDISCHE HOLZBAU GMBH", "Innsbruck"),
  ]),

# ---------------------------------------------------------------- Müller-Lüdenscheidt / Müller; a plain Claudia Müller
P("claudia-mueller-luedenscheidt", "DE",
  tags="double-surname accents private-email phone-format phone-national company-form missing",
  groups="namesake:claudia-mueller",
  recs=[
    ("crm", "Claudia", "Müller-Lüdenscheidt", "c.mueller-luedenscheidt@nordlicht-vm.de", "+49 172 661 0934", "Nordlicht Versicherungsmakler GmbH & Co. KG", "Hamburg"),
    ("event", "Claudia", "Müller", "c.mueller-luedenscheidt@nordlicht-vm.de", "", "Nordlicht Versicherungsmakler", "Hamburg"),
    ("web-form", "Claudia", "Mueller-Luedenscheidt", "claudia.ml@posteo.de", "0172 6610934", "", "Hamburg"),
  ]),
P("claudia-mueller-hamburg", "DE", groups="namesake:claudia-mueller",
  recs=[("web-form", "Claudia", "Müller", "claudia.mueller@gmx.de", "040 618 2290", "", "Hamburg")]),

# ---------------------------------------------------------------- ß / ss, ü / ue
P("juergen-strauss", "DE", tags="accents allcaps phone-format phone-national company-form",
  recs=[
    ("crm", "Jürgen", "Strauß", "j.strauss@kessler-vogt.de", "+49 89 5480 2720", "Kessler & Vogt Steuerberatung PartG mbB", "München"),
    ("erp", "Juergen", "Strauss", "j.strauss@kessler-vogt.de", "089 5480 2720", "KESSLER & VOGT", "Muenchen"),
  ]),

# ---------------------------------------------------------------- vertrieb@ at Hartwig; Weber / Webber
P("markus-weber-hartwig", "DE", tags="shared-mailbox-own multi-phone",
  groups="mailbox:hartwig-vertrieb switchboard:hartwig lookalike:weber-webber",
  recs=[
    ("crm", "Markus", "Weber", "vertrieb@hartwig-mb.de", "+49 711 2290 400", "Hartwig Maschinenbau GmbH", "Stuttgart"),
    ("erp", "Markus", "Weber", "m.weber@hartwig-mb.de", "+49 711 2290 431", "Hartwig Maschinenbau GmbH", "Stuttgart"),
  ]),
P("sabine-koch-hartwig", "DE", groups="mailbox:hartwig-vertrieb switchboard:hartwig",
  recs=[("web-form", "Sabine", "Koch", "Vertrieb@hartwig-mb.de", "0711 2290400", "Hartwig Maschinenbau", "Stuttgart")]),
P("markus-webber", "DE", groups="lookalike:weber-webber",
  recs=[("web-form", "Markus", "Webber", "markus.webber@gmx.net", "0711 6602 318", "", "Stuttgart")]),

# ---------------------------------------------------------------- Austrian Durchwahl notation, title
P("birgit-hofer", "AT", tags="phone-format phone-national title company-form",
  recs=[
    ("crm", "Birgit", "Hofer", "birgit.hofer@donaukraft.at", "+43 1 713 44 05-22", "Donaukraft Engineering GmbH", "Wien"),
    ("web-form", "Mag. Birgit", "Hofer", "birgit.hofer@donaukraft.at", "01/7134405-22", "Donaukraft Engineering", "Wien"),
  ]),

# ---------------------------------------------------------------- Maria Huber x3
P("maria-huber-alpenholz", "AT", groups="namesake:maria-huber",
  recs=[("crm", "Maria", "Huber", "maria.huber@alpenholz.at", "+43 512 341 772 30", "Alpenländische Holzbau GmbH", "Innsbruck")]),
P("maria-huber-linz", "AT", tags="phone-format phone-national missing",
  groups="namesake:maria-huber",
  recs=[
    ("web-form", "Maria", "Huber", "mariahuber@aon.at", "0676 5512 338", "", "Linz"),
    ("billing", "Maria", "Huber", "mariahuber@aon.at", "+43 676 5512338", "", "Linz"),
  ]),
P("maria-huber-salzburg", "AT", tags="missing",
  groups="namesake:maria-huber",
  recs=[
    ("event", "Maria", "Huber", "m.huber@salzach-bio.at", "", "Salzach Bio Handels GmbH", "Salzburg"),
    ("crm", "Maria", "Huber", "m.huber@salzach-bio.at", "+43 662 874 401", "Salzach Bio Handels GmbH", "Salzburg"),
  ]),
P("markus-pichler", "AT", tags="one-field-changed",
  recs=[
    ("crm", "Markus", "Pichler", "markus.pichler@salzach-bio.at", "+43 662 874 412", "Salzach Bio Handels GmbH", "Salzburg"),
    ("erp", "Markus", "Pichler", "markus.pichler@salzach-bio.at", "+43 664 902 1185", "Salzach Bio Handels GmbH", "Salzburg"),
  ]),

# ---------------------------------------------------------------- Swiss trust company: info@ mailbox and switchboard
P("reto-brunner", "CH",
  tags="accents allcaps private-email multi-phone phone-format phone-national company-form typo missing",
  recs=[
    ("crm", "Reto", "Brunner", "reto.brunner@seeblick-treuhand.ch", "+41 44 382 17 60", "Seeblick Treuhand AG", "Zürich"),
    ("erp", "Reto", "Brunner", "reto.brunner@seeblick-treuhand.ch", "044 382 17 60", "SEEBLICK TREUHAND AG", "Zuerich"),
    ("web-form", "Reto", "Brunner", "reto.brunner@bluewin.ch", "079 412 88 03", "", "Zürich"),
    ("helpdesk", "Reto", "Bruner", "reto.brunner@seeblick-treuhand.ch", "+41 79 412 88 03", "Seeblick Treuhand", "Zürich"),
  ]),
P("nicole-meier-seeblick", "CH", tags="shared-mailbox-own multi-phone",
  groups="mailbox:seeblick switchboard:seeblick",
  recs=[
    ("web-form", "Nicole", "Meier", "info@seeblick-treuhand.ch", "+41 44 382 17 00", "Seeblick Treuhand AG", "Zürich"),
    ("crm", "Nicole", "Meier", "nicole.meier@seeblick-treuhand.ch", "+41 44 382 17 64", "Seeblick Treuhand AG", "Zürich"),
  ]),
P("daniel-keller-seeblick", "CH", groups="mailbox:seeblick switchboard:seeblick namesake:daniel-keller",
  recs=[("event", "Daniel", "Keller", "info@seeblick-treuhand.ch", "044 382 17 00", "Seeblick Treuhand", "Zürich")]),
P("daniel-keller-bern", "CH", groups="namesake:daniel-keller",
  recs=[("crm", "Daniel", "Keller", "daniel.keller@aare-bau.ch", "+41 31 552 10 80", "Aare Bau AG", "Bern")]),
P("lukas-zuercher", "CH", tags="accents phone-format phone-national company-form",
  recs=[
    ("crm", "Lukas", "Zürcher", "lukas.zuercher@bergfeld-logistik.ch", "+41 61 695 33 12", "Bergfeld Logistik AG", "Basel"),
    ("import", "Lukas", "Zurcher", "lukas.zuercher@bergfeld-logistik.ch", "061 695 33 12", "Bergfeld Logistik", "Basel"),
  ]),

# ---------------------------------------------------------------- company acquired (old / new name), same office line
P("katrin-vogel", "DE", tags="company-renamed initials phone-format phone-national",
  recs=[
    ("import", "K.", "Vogel", "k.vogel@elbtal-software.de", "+49 351 8832 155", "Elbtal Software GmbH", "Dresden"),
    ("crm", "Katrin", "Vogel", "katrin.vogel@saxonia-digital.de", "0351 8832155", "Saxonia Digital AG", "Dresden"),
  ]),
# ---------------------------------------------------------------- holding vs subsidiary
P("jan-petersen", "DE", tags="company-group missing",
  recs=[
    ("crm", "Jan", "Petersen", "jan.petersen@nordlicht-vm.de", "+49 40 3570 2240", "Nordlicht Versicherungsmakler GmbH & Co. KG", "Hamburg"),
    ("billing", "Jan", "Petersen", "jan.petersen@nordlicht-vm.de", "", "Nordlicht Holding SE", "Hamburg"),
  ]),

# ---------------------------------------------------------------- couple with one family mailbox
P("uwe-schneider", "DE", tags="phone-format phone-national accents missing",
  groups="couple-email:schneider-koeln",
  recs=[
    ("web-form", "Uwe", "Schneider", "schneider.familie@t-online.de", "0221 937 4418", "", "Köln"),
    ("crm", "Uwe", "Schneider", "schneider.familie@t-online.de", "+49 221 9374418", "", "Koeln"),
  ]),
P("heike-schneider", "DE", tags="phone-format phone-national missing",
  groups="couple-email:schneider-koeln",
  recs=[
    ("billing", "Heike", "Schneider", "schneider.familie@t-online.de", "+49 160 338 7712", "", "Köln"),
    ("web-form", "Heike", "Schneider", "", "0160 338 77 12", "", "Köln"),
  ]),

# ---------------------------------------------------------------- Paul / Paula Fischer, one landline (father / daughter)
P("paul-fischer", "DE", tags="phone-format phone-national missing",
  groups="family:fischer-berlin",
  recs=[
    ("crm", "Paul", "Fischer", "info@elektro-fischer-berlin.de", "+49 30 4471 2290", "Elektro Fischer e.K.", "Berlin"),
    ("billing", "Paul", "Fischer", "info@elektro-fischer-berlin.de", "030 44712290", "", "Berlin"),
  ]),
P("paula-fischer", "DE", groups="family:fischer-berlin",
  recs=[("web-form", "Paula", "Fischer", "paula.fischer@gmail.com", "+49 30 44712290", "", "Berlin")]),

# ---------------------------------------------------------------- RheinLog: Stefanie / Steffi; switchboard
P("stefanie-wolf", "DE",
  tags="email-space email-case diminutive phone-format phone-national company-form accents",
  recs=[
    ("web-form", "Stefanie", "Wolf", "Stefanie.Wolf@rheinlog.de ", "+49 221 4470 3320", "RheinLog GmbH", "Köln"),
    ("crm", "Steffi", "Wolf", "stefanie.wolf@rheinlog.de", "0221 4470-3320", "Rheinlog", "Koeln"),
  ]),
P("tobias-lehmann-rheinlog", "DE", groups="switchboard:rheinlog",
  recs=[("erp", "Tobias", "Lehmann", "t.lehmann@rheinlog.de", "0221 4470-0", "RHEINLOG GMBH", "Köln")]),
P("sandra-krause-rheinlog", "DE", groups="switchboard:rheinlog",
  recs=[("event", "Sandra", "Krause", "sandra.krause@rheinlog.de", "+49 (0)221 44700", "RheinLog", "Köln")]),

# ---------------------------------------------------------------- Bauhof Leipzig: missing fields, only a phone
P("frank-zimmermann", "DE", tags="missing typo company-form phone-format",
  recs=[
    ("crm", "Frank", "Zimmermann", "f.zimmermann@bauhof-leipzig.de", "+49 341 2290 884", "Bauhof Leipzig GmbH", "Leipzig"),
    ("helpdesk", "Frank", "Zimmermann", "f.zimmermann@bauhof-leipzig.de", "", "", ""),
    ("event", "Frank", "Zimmerman", "", "+49 341 2290884", "Bauhof Leipzig", "Leipzig"),
  ]),
P("dieter-hoffmann", "DE", tags="only-phone phone-format phone-national missing",
  recs=[
    ("crm", "Dieter", "Hoffmann", "d.hoffmann@bauhof-leipzig.de", "+49 172 8843215", "Bauhof Leipzig GmbH", "Leipzig"),
    ("import", "Dieter", "", "", "0172 8843215", "", ""),
  ]),

# ---------------------------------------------------------------- +49 (0)30 and 030/…-…
P("nina-richter", "DE", tags="typo phone-format phone-national company-form",
  recs=[
    ("crm", "Nina", "Richter", "nina.richter@spreewerk.de", "+49 (0)30 6123 7718", "Spreewerk Medien GmbH", "Berlin"),
    ("webinar", "Nina", "Richer", "nina.richter@spreewerk.de", "030/6123-7718", "Spreewerk Medien", "Berlin"),
  ]),

# ---------------------------------------------------------------- Viennese law office: office@
P("florian-steinhofer", "AT", tags="shared-mailbox-own multi-phone title company-form",
  groups="mailbox:steinhofer switchboard:steinhofer",
  recs=[
    ("crm", "Florian", "Steinhofer", "office@steinhofer-recht.at", "+43 1 405 22 18", "Rechtsanwaltskanzlei Dr. Steinhofer", "Wien"),
    ("event", "Dr. Florian", "Steinhofer", "f.steinhofer@steinhofer-recht.at", "+43 664 211 3390", "Kanzlei Steinhofer", "Wien"),
  ]),
P("julia-lang-steinhofer", "AT", groups="mailbox:steinhofer switchboard:steinhofer",
  recs=[("web-form", "Julia", "Lang", "office@steinhofer-recht.at", "01 405 22 18", "Kanzlei Dr. Steinhofer", "Wien")]),

# ---------------------------------------------------------------- job change, kept the mobile
P("christoph-berger", "AT", tags="job-change phone-format phone-national",
  recs=[
    ("import", "Christoph", "Berger", "c.berger@donaukraft.at", "+43 676 330 1284", "Donaukraft Engineering GmbH", "Wien"),
    ("crm", "Christoph", "Berger", "christoph.berger@rheintal-anlagenbau.at", "0676/3301284", "Rheintal Anlagenbau GmbH", "Dornbirn"),
  ]),

# ---------------------------------------------------------------- Stefan Schmidt x2 in Frankfurt
P("stefan-schmidt-mainfracht", "DE", groups="namesake:stefan-schmidt",
  recs=[("crm", "Stefan", "Schmidt", "s.schmidt@mainfracht.de", "+49 69 2710 3345", "Mainfracht Spedition GmbH", "Frankfurt am Main")]),
P("stefan-schmidt-private", "DE", groups="namesake:stefan-schmidt",
  recs=[("web-form", "Stefan", "Schmidt", "stefan.schmidt.ffm@gmx.de", "069 4480 1127", "", "Frankfurt")]),

# ---------------------------------------------------------------- Anna-Lena / Anna Lena, ä / ae
P("anna-lena-schaefer", "DE", tags="punctuation accents phone-format phone-national missing",
  recs=[
    ("web-form", "Anna-Lena", "Schäfer", "annalena.schaefer@gmx.de", "0157 3390 2241", "", "Hannover"),
    ("crm", "Anna Lena", "Schaefer", "annalena.schaefer@gmx.de", "+49 157 33902241", "Leinetal Medizintechnik GmbH", "Hannover"),
  ]),

# ---------------------------------------------------------------- Gabriel (son) / Gabriele (mother) Braun, one landline
P("gabriel-braun", "DE", groups="family:braun-freiburg",
  recs=[("web-form", "Gabriel", "Braun", "gabriel.braun03@gmx.de", "0761 4470 281", "", "Freiburg im Breisgau")]),
P("gabriele-braun", "DE", tags="email-space missing",
  groups="family:braun-freiburg",
  recs=[
    ("web-form", "Gabriele", "Braun", " gabriele.braun@web.de", "+49 761 4470281", "", "Freiburg"),
    ("billing", "Gabriele", "Braun", "gabriele.braun@web.de", "", "", "Freiburg im Breisgau"),
  ]),

# ---------------------------------------------------------------- Russian-born woman: German masculine form Orlow / Orlova
P("tatiana-orlova", "DE",
  tags="feminine-form translit private-email phone-format phone-national missing",
  recs=[
    ("crm", "Tatjana", "Orlow", "t.orlow@spreewerk.de", "+49 176 4481 2290", "Spreewerk Medien GmbH", "Berlin"),
    ("web-form", "Tatiana", "Orlova", "tatiana.orlova@gmail.com", "0176 44812290", "", "Berlin"),
  ]),
]
