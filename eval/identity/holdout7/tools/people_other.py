# Hungary, Romania, Slovenia, Croatia, Serbia, the Baltics, and a few from NL, FR, IT, ES, SE.
# Every person and record written by hand.
# record: (source, first_name, last_name, email, phone, company, city)
from model import P

PEOPLE = [
# ================================================================ Hungary
# Hungarian order (family name first) in one system, both orders are names
P("hu-szabo-gabor", "hungarian-order swapped accents allcaps phone-format phone-national multi-phone company-form missing",
  "namesake:gabor-szabo",
  ("crm", "Gábor", "Szabó", "gabor.szabo@tiszavolgy-logisztika.hu", "+36 1 456 7720", "Tiszavölgy Logisztika Kft.", "Budapest"),
  ("import", "Szabó", "Gábor", "", "06 1 456 7720", "TISZAVÖLGY LOGISZTIKA KFT", "Budapest"),
  ("event", "Gabor", "Szabo", "gabor.szabo@tiszavolgy-logisztika.hu", "+36 30 218 4471", "Tiszavolgy Logisztika", "Budapest")),
P("hu-szabo-gabor-debrecen", "", "namesake:gabor-szabo",
  ("web-form", "Gábor", "Szabó", "szabo.gabor@citromail.hu", "06 20 331 5842", "", "Debrecen")),
P("hu-kiss-istvan", "diminutive private-email multi-phone accents company-form phone-national", "",
  ("crm", "István", "Kiss", "istvan.kiss@mecsek-keramia.hu", "+36 72 512 340", "Mecsek Kerámia Zrt.", "Pécs"),
  ("web-form", "Pista", "Kiss", "kiss.pista@freemail.hu", "06 30 552 1877", "Mecsek Kerámia", "Pecs")),
# married form: Vargáné Erdős Katalin (wife of Varga, born Erdős) / Erdős Kata
P("hu-vargane-erdos-katalin", "married-form diminutive private-email phone-format missing", "",
  ("crm", "Katalin", "Vargáné Erdős", "katalin.varga@balaton-borhaz.hu", "+36 30 744 1205", "Balaton Borház Kft.", "Tapolca"),
  ("web-form", "Kata", "Erdős", "erdos.kata@gmail.com", "+36 (30) 744-1205", "", "Tapolca")),
# father and son László Farkas (id. / ifj.), same house, same workshop line (Győr)
P("hu-farkas-laszlo-id", "hungarian-order swapped accents phone-format phone-national company-form missing generation-suffix father-son",
  "family:farkas-gyor",
  ("crm", "László", "Farkas", "farkas.laszlo@farkas-asztalos.hu", "+36 96 327 118", "Farkas Asztalosipari Kft.", "Győr"),
  ("billing", "id. Farkas", "László", "", "06 96 327 118", "Farkas Asztalos Kft", "Gyor")),
P("hu-farkas-laszlo-ifj", "diminutive multi-phone missing father-son", "family:farkas-gyor",
  ("web-form", "László", "Farkas", "laci.farkas@gmail.com", "+36 20 417 5530", "", "Győr"),
  ("event", "Laci", "Farkas", "laci.farkas@gmail.com", "+36 96 327 118", "Farkas Asztalosipari Kft.", "Győr")),
# law office mailbox iroda@
P("hu-papp-adrienn", "shared-mailbox-own title multi-phone accents company-form", "mailbox:papp-iroda",
  ("crm", "Adrienn", "Papp", "iroda@papp-ugyvediiroda.hu", "+36 1 789 2240", "Dr. Papp Ügyvédi Iroda", "Budapest"),
  ("web-form", "Dr. Adrienn", "Papp", "dr.papp.adrienn@papp-ugyvediiroda.hu", "+36 30 901 4423", "Papp Ugyvedi Iroda", "Budapest")),
P("hu-lakatos-bence", "", "mailbox:papp-iroda",
  ("web-form", "Bence", "Lakatos", "iroda@papp-ugyvediiroda.hu", "", "", "Budapest")),
# married form without her own surname: Molnárné Judit (Mrs Molnár), family name first
P("hu-molnarne-judit", "married-form hungarian-order swapped accents missing", "",
  ("crm", "Judit", "Molnárné", "molnar.judit@szegedi-textil.hu", "+36 62 421 337", "Szegedi Textil Zrt.", "Szeged"),
  ("helpdesk", "Molnár", "Judit", "molnar.judit@szegedi-textil.hu", "", "", "Szeged")),
P("hu-balogh-eszter", "", "",
  ("newsletter", "Eszter", "Balogh", "balogh.eszter@t-online.hu", "", "", "Szeged")),

# ================================================================ Romania
# Ioan and Ioana Munteanu are two people; she left his mobile on a web form
P("ro-munteanu-ioan", "national-form private-email multi-phone accents company-form phone-national city-form", "family:munteanu-cluj",
  ("crm", "Ioan", "Munteanu", "ioan.munteanu@somes-constructii.ro", "+40 264 431 208", "Someș Construcții SRL", "Cluj-Napoca"),
  ("web-form", "Ion", "Munteanu", "ionmunteanu@yahoo.com", "0744 518 302", "Somes Constructii", "Cluj")),
P("ro-munteanu-ioana", "", "family:munteanu-cluj",
  ("web-form", "Ioana", "Munteanu", "ioana.munteanu@gmail.com", "+40 744 518 302", "", "Cluj-Napoca")),
# comma-below Ș and cedilla Ş
P("ro-dumitrescu-stefan", "accents phone-format phone-national company-form allcaps", "",
  ("crm", "Ștefan", "Dumitrescu", "stefan.dumitrescu@carpatica-soft.ro", "+40 21 310 44 27", "Carpatica Soft SRL", "București"),
  ("erp", "Ştefan", "Dumitrescu", "stefan.dumitrescu@carpatica-soft.ro", "021 310 4427", "S.C. CARPATICA SOFT S.R.L.", "Bucuresti")),
P("ro-stan-mihai", "", "",
  ("event", "Mihai", "Stan", "mihai.stan@banat-agro.ro", "+40 256 294 517", "Banat Agro SRL", "Timișoara")),
P("ro-gheorghiu-andreea", "", "",
  ("web-form", "Andreea", "Gheorghiu", "andreea.gheorghiu@yahoo.com", "0755 201 384", "", "Iași")),

# ================================================================ Slovenia, Croatia, Serbia
P("si-horvat-matej", "private-email phone-format phone-national missing", "",
  ("crm", "Matej", "Horvat", "matej.horvat@savinja-les.si", "+386 41 552 318", "Savinja Les d.o.o.", "Celje"),
  ("web-form", "Matej", "Horvat", "matej.horvat@siol.net", "041 552 318", "", "Celje")),
P("si-zupancic-spela", "", "",
  ("newsletter", "Špela", "Župančič", "spela.zupancic@gmail.com", "", "", "Ljubljana")),
P("hr-babic-ivana", "accents email-case phone-format phone-national missing", "",
  ("crm", "Ivana", "Babić", "ivana.babic@jadran-turist.hr", "+385 21 344 605", "Jadran Turist d.o.o.", "Split"),
  ("helpdesk", "Ivana", "Babic", "Ivana.Babic@jadran-turist.hr", "021 344 605", "", "Split")),
P("hr-juric-tomislav", "", "",
  ("web-form", "Tomislav", "Jurić", "tomislav.juric@net.hr", "091 455 2713", "", "Zagreb")),
# Serbian Cyrillic and Latin
P("rs-petrovic-nikola", "cyrillic accents phone-format phone-national company-form city-form", "",
  ("crm", "Никола", "Петровић", "nikola.petrovic@sumadija-voce.rs", "+381 34 335 218", "Шумадија воће д.о.о.", "Крагујевац"),
  ("erp", "Nikola", "Petrovic", "nikola.petrovic@sumadija-voce.rs", "034 335 218", "Sumadija Voce doo", "Kragujevac")),
P("rs-djordjevic-marko", "accents company-form missing city-form", "",
  ("crm", "Marko", "Đorđević", "marko.djordjevic@dunav-soft.rs", "+381 11 320 4517", "Dunav Soft d.o.o.", "Beograd"),
  ("event", "Marko", "Djordjevic", "marko.djordjevic@dunav-soft.rs", "", "Dunav Soft", "Belgrade")),
P("rs-jovanovic-milica", "", "",
  ("web-form", "Milica", "Jovanović", "milica.jovanovic@gmail.com", "064 218 3375", "", "Novi Sad")),

# ================================================================ Baltics
# Lithuanian maiden form -aitė, married form -ienė
P("lt-petrauskiene-ruta", "surname-change feminine-form accents phone-format phone-national missing", "",
  ("crm", "Rūta", "Kazlauskaitė", "ruta.k@gmail.com", "+370 612 44 718", "", "Vilnius"),
  ("web-form", "Ruta", "Petrauskiene", "ruta.k@gmail.com", "8 612 44718", "UAB Gintaro dirbtuvės", "Vilnius")),
P("lt-kazlauskas-tomas", "", "",
  ("event", "Tomas", "Kazlauskas", "tomas.kazlauskas@baltic-freight.lt", "+370 46 410 228", "Baltic Freight UAB", "Klaipėda")),
P("lv-berzins-janis", "accents phone-format phone-national company-form allcaps", "",
  ("crm", "Jānis", "Bērziņš", "janis.berzins@daugava-koks.lv", "+371 2914 5730", "SIA Daugava Koks", "Rīga"),
  ("erp", "Janis", "Berzins", "janis.berzins@daugava-koks.lv", "29145730", "DAUGAVA KOKS SIA", "Riga")),
P("lv-ozola-liga", "", "",
  ("newsletter", "Līga", "Ozola", "liga.ozola@inbox.lv", "", "", "Jelgava")),
P("ee-tamm-kristjan", "email-case email-space missing", "",
  ("crm", "Kristjan", "Tamm", "kristjan.tamm@peipsi-kala.ee", "+372 5301 2274", "Peipsi Kala OÜ", "Tartu"),
  ("webinar", "Kristjan", "Tamm", "Kristjan.Tamm@peipsi-kala.ee ", "", "", "Tartu")),
P("ee-saar-kadri", "", "",
  ("web-form", "Kadri", "Saar", "kadri.saar@hot.ee", "5562 8013", "", "Tallinn")),

# ================================================================ NL, FR, IT, ES, SE
P("nl-vandenberg-sanne", "particle phone-format phone-national company-form allcaps", "",
  ("crm", "Sanne", "van den Berg", "s.vandenberg@polderwerk.nl", "+31 20 794 1180", "Polderwerk B.V.", "Amsterdam"),
  ("import", "Sanne", "Berg, van den", "s.vandenberg@polderwerk.nl", "020-7941180", "POLDERWERK BV", "Amsterdam")),
P("nl-devries-joost", "email-dots particle missing", "",
  ("web-form", "Joost", "de Vries", "joost.devries@gmail.com", "+31 6 4182 2057", "", "Utrecht"),
  ("newsletter", "Joost", "De Vries", "joostdevries@gmail.com", "", "", "")),
P("fr-lefevre-helene", "accents allcaps phone-format phone-national company-form", "",
  ("crm", "Hélène", "Lefèvre", "helene.lefevre@atelier-garonne.fr", "+33 5 61 22 47 18", "Atelier Garonne SAS", "Toulouse"),
  ("event", "Helene", "LEFEVRE", "helene.lefevre@atelier-garonne.fr", "05 61 22 47 18", "Atelier Garonne", "Toulouse")),
P("fr-moreau-jean-luc", "punctuation missing", "",
  ("crm", "Jean-Luc", "Moreau", "jl.moreau@vignobles-saintonge.fr", "+33 5 46 93 21 07", "Vignobles de Saintonge", "Cognac"),
  ("web-form", "Jean Luc", "Moreau", "jl.moreau@vignobles-saintonge.fr", "", "", "Cognac")),
P("it-deluca-marco", "particle phone-format phone-national company-form allcaps city-form", "",
  ("crm", "Marco", "De Luca", "marco.deluca@officine-brenta.it", "+39 049 876 5521", "Officine Brenta S.r.l.", "Padova"),
  ("erp", "Marco", "Deluca", "marco.deluca@officine-brenta.it", "049 8765521", "OFFICINE BRENTA SRL", "Padua")),
P("it-ferraro-alessandro", "", "",
  ("event", "Alessandro", "Ferraro", "a.ferraro@giuliana-caffe.it", "+39 040 367 2210", "Giuliana Caffè S.p.A.", "Trieste")),
P("es-fernandez-ruiz-lucia", "double-surname accents company-form missing", "",
  ("crm", "Lucía", "Fernández Ruiz", "lucia.fernandez@olivares-jaen.es", "+34 953 24 18 70", "Olivares del Jaén S.L.", "Jaén"),
  ("event", "Lucia", "Fernandez", "lucia.fernandez@olivares-jaen.es", "", "Olivares del Jaen", "Jaen")),
P("es-martinez-sanchez-javier", "", "",
  ("web-form", "Javier", "Martínez Sánchez", "javier.martinez.s@gmail.com", "612 448 305", "", "Valencia")),
P("se-lindqvist-asa", "accents typo phone-format phone-national company-form", "",
  ("crm", "Åsa", "Lindqvist", "asa.lindqvist@norrsken-design.se", "+46 8 612 44 30", "Norrsken Design AB", "Stockholm"),
  ("event", "Asa", "Lindquist", "asa.lindqvist@norrsken-design.se", "08-612 44 30", "Norrsken Design", "Stockholm")),
P("se-johansson-erik", "", "",
  ("newsletter", "Erik", "Johansson", "erik.johansson@telia.com", "", "", "Göteborg")),
]
