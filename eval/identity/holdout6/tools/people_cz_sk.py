# Czech and Slovak people, written by hand.
# record tuple: (source, first_name, last_name, email, phone, company, city)
from common import P

PEOPLE = [
# ---------------------------------------------------------------- Jan Novák x5 (namesakes)
P("jan-novak-kvadr-praha", "CZ",
  tags="accents allcaps initials email-case phone-format phone-national company-form missing",
  groups="namesake:jan-novak namesake-samecompany:novak-kvadr",
  recs=[
    ("crm", "Jan", "Novák", "jan.novak@kvadrstavby.cz", "+420 777 214 385", "Kvádr stavby, a.s.", "Praha"),
    ("erp", "J.", "NOVÁK", "jan.novak@kvadrstavby.cz", "777214385", "KVÁDR STAVBY A.S.", "Praha 4"),
    ("event", "Jan", "Novak", "Jan.Novak@KvadrStavby.cz", "", "Kvadr stavby", "Prague"),
  ]),
P("jan-novak-kvadr-plzen", "CZ",
  tags="accents phone-format phone-national company-form",
  groups="namesake:jan-novak namesake-samecompany:novak-kvadr",
  recs=[
    ("crm", "Jan", "Novák", "jnovak@kvadrstavby.cz", "+420 731 550 268", "Kvádr stavby, a.s.", "Plzeň"),
    ("helpdesk", "Jan", "Novák", "jnovak@kvadrstavby.cz", "731 550 268", "Kvádr stavby", "Plzen"),
  ]),
P("jan-novak-brno", "CZ",
  tags="accents phone-format phone-national missing",
  groups="namesake:jan-novak",
  recs=[
    ("web-form", "Jan", "Novák", "jan.novak77@seznam.cz", "602 118 934", "", "Brno"),
    ("billing", "Jan", "Novak", "jan.novak77@seznam.cz", "+420602118934", "", "Brno-Židenice"),
  ]),
P("jan-novak-ostrava", "CZ", groups="namesake:jan-novak lookalike:novak-nowak",
  recs=[("crm", "Jan", "Novák", "novak@datanis.cz", "+420 596 112 480", "Datanis s.r.o.", "Ostrava")]),
P("jan-novak-kolin", "CZ", groups="namesake:jan-novak family:novak-kolin",
  recs=[("import", "Jan", "Novák", "", "604 331 872", "", "Kolín")]),
P("jana-novakova-kolin", "CZ", tags="accents missing", groups="family:novak-kolin",
  recs=[
    ("web-form", "Jana", "Nováková", "jana.novakova@email.cz", "+420 604 331 872", "", "Kolín"),
    ("newsletter", "Jana", "Novakova", "jana.novakova@email.cz", "", "", ""),
  ]),

# ---------------------------------------------------------------- family carpentry, one office mailbox
P("pavel-vlcek", "CZ",
  tags="shared-mailbox-own multi-phone accents allcaps company-form email-case phone-format phone-national",
  groups="mailbox:vlcek switchboard:vlcek",
  recs=[
    ("crm", "Pavel", "Vlček", "kancelar@truhlarstvi-vlcek.cz", "+420 569 433 210", "Truhlářství Vlček s.r.o.", "Havlíčkův Brod"),
    ("erp", "Pavel", "Vlček", "pavel.vlcek@truhlarstvi-vlcek.cz", "736 219 044", "TRUHLÁŘSTVÍ VLČEK S.R.O.", "Havl. Brod"),
    ("event", "Pavel", "Vlcek", "Pavel.Vlcek@truhlarstvi-vlcek.cz", "+420736219044", "Truhlářství Vlček", "Havlíčkův Brod"),
  ]),
P("pavla-vlckova", "CZ", groups="mailbox:vlcek switchboard:vlcek",
  recs=[("web-form", "Pavla", "Vlčková", "kancelar@truhlarstvi-vlcek.cz", "569 433 210", "Truhlářství Vlček", "Havlíčkův Brod")]),

# ---------------------------------------------------------------- Jiří / Jirka; colleague Tereza Dvořáková
P("jiri-dvorak", "CZ",
  tags="diminutive accents private-email phone-format phone-national email-case allcaps company-form missing",
  groups="colleagues-surname:dvorak-vltavin",
  recs=[
    ("crm", "Jiří", "Dvořák", "jiri.dvorak@vltavin-sw.cz", "+420 724 881 305", "Vltavín Software s.r.o.", "Praha"),
    ("webinar", "Jirka", "Dvorak", "jirka.dvorak@gmail.com", "724881305", "Vltavin Software", "Praha"),
    ("helpdesk", "Jiri", "Dvorak", "JIRI.DVORAK@VLTAVIN-SW.CZ", "", "VLTAVÍN SOFTWARE", ""),
  ]),
P("tereza-dvorakova-praha-private", "CZ", tags="accents missing",
  groups="namesake:tereza-dvorakova",
  recs=[
    ("web-form", "Tereza", "Dvořáková", "tereza.dvorakova@centrum.cz", "605 118 442", "", "Praha"),
    ("newsletter", "Tereza", "Dvorakova", "tereza.dvorakova@centrum.cz", "", "", ""),
  ]),
P("tereza-dvorakova-vltavin", "CZ",
  groups="namesake:tereza-dvorakova colleagues-surname:dvorak-vltavin",
  recs=[("crm", "Tereza", "Dvořáková", "dvorakova@vltavin-sw.cz", "+420 224 310 877", "Vltavín Software s.r.o.", "Praha")]),
P("tereza-dvorakova-liberec", "CZ", groups="namesake:tereza-dvorakova",
  recs=[("event", "Tereza", "Dvořáková", "", "+420 732 650 991", "Jizerka Sklo s.r.o.", "Liberec")]),

# ---------------------------------------------------------------- Lukáš / Lukáč (CZ / SK), one character apart
P("martin-lukas", "CZ", tags="accents company-form missing", groups="lookalike:lukas-lukac",
  recs=[
    ("crm", "Martin", "Lukáš", "martin.lukas@horec-log.cz", "+420 541 229 870", "Hořec Logistika s.r.o.", "Brno"),
    ("event", "Martin", "Lukas", "martin.lukas@horec-log.cz", "", "Horec Logistika", "Brno"),
  ]),
P("martin-lukac", "SK", tags="accents phone-format phone-national missing", groups="lookalike:lukas-lukac",
  recs=[
    ("crm", "Martin", "Lukáč", "lukac@tatrapal.sk", "+421 905 318 772", "Tatrapal s.r.o.", "Košice"),
    ("web-form", "Martin", "Lukac", "lukac@tatrapal.sk", "0905 318 772", "", "Košice"),
  ]),

# ---------------------------------------------------------------- Novotná / Novotny; Hana / Jana
P("hana-novotna", "CZ", tags="feminine-form accents company-form phone-format email-case",
  groups="lookalike:hana-jana-novotna",
  recs=[
    ("crm", "Hana", "Novotná", "hana.novotna@usvitpharma.cz", "+420 605 442 918", "Úsvit Pharma a.s.", "Hradec Králové"),
    ("event", "Hana", "Novotny", "Hana.Novotna@usvitpharma.cz", "+420605442918", "Usvit Pharma AG", "Hradec Kralove"),
  ]),
P("jana-novotna", "CZ", groups="lookalike:hana-jana-novotna",
  recs=[("web-form", "Jana", "Novotná", "jana.novotna@volny.cz", "777 120 448", "", "Hradec Králové")]),

# ---------------------------------------------------------------- marriage: Procházková -> Marková
P("lucie-markova", "CZ", tags="surname-change accents phone-format phone-national missing",
  recs=[
    ("crm", "Lucie", "Procházková", "lucie.prochazkova@seznam.cz", "739 204 611", "", "Olomouc"),
    ("billing", "Lucie", "Marková", "lucie.prochazkova@seznam.cz", "+420 739 204 611", "", "Olomouc"),
  ]),

# ---------------------------------------------------------------- bakery: two Svobodas, one switchboard
P("petr-svoboda-zlatyklas", "CZ", tags="initials multi-phone allcaps company-form accents",
  groups="colleagues-surname:svoboda-zlatyklas switchboard:zlatyklas namesake:petr-svoboda",
  recs=[
    ("crm", "Petr", "Svoboda", "petr.svoboda@zlatyklas.cz", "+420 731 118 276", "Pekárny Zlatý klas a.s.", "Pardubice"),
    ("erp", "P.", "Svoboda", "petr.svoboda@zlatyklas.cz", "+420 466 301 100", "PEKARNY ZLATY KLAS", "Pardubice"),
  ]),
P("tomas-svoboda-zlatyklas", "CZ", tags="accents company-form missing",
  groups="colleagues-surname:svoboda-zlatyklas",
  recs=[
    ("crm", "Tomáš", "Svoboda", "tomas.svoboda@zlatyklas.cz", "+420 733 902 415", "Pekárny Zlatý klas a.s.", "Pardubice"),
    ("webinar", "Tomas", "Svoboda", "tomas.svoboda@zlatyklas.cz", "", "Zlaty klas", ""),
  ]),
P("ivana-kopecka-zlatyklas", "CZ", groups="switchboard:zlatyklas",
  recs=[("event", "Ivana", "Kopecká", "ivana.kopecka@zlatyklas.cz", "466 301 100", "Zlatý klas a.s.", "Pardubice")]),
P("petr-svoboda-private", "CZ", groups="namesake:petr-svoboda",
  recs=[("event", "Petr", "Svoboda", "psvoboda@centrum.cz", "", "", "Pardubice")]),

# ---------------------------------------------------------------- company renamed after acquisition
P("radek-kucera", "CZ",
  tags="company-renamed phone-format phone-national accents allcaps missing company-form",
  recs=[
    ("import", "Radek", "Kučera", "kucera@telkomorava.cz", "+420 777 650 314", "Telko Morava s.r.o.", "Zlín"),
    ("crm", "Radek", "Kučera", "radek.kucera@nordvia.cz", "777 650 314", "Nordvia Telecom CZ s.r.o.", "Zlín"),
    ("helpdesk", "Radek", "Kucera", "radek.kucera@nordvia.cz", "", "NORDVIA TELECOM", "Zlin"),
  ]),

# ---------------------------------------------------------------- group vs subsidiary, extension
P("zdenek-maly", "CZ", tags="company-group phone-extension accents allcaps missing",
  recs=[
    ("crm", "Zdeněk", "Malý", "zdenek.maly@ferrum-slevarna.cz", "+420 321 744 120 kl. 31", "Ferrum Slévárna Kolín s.r.o.", "Kolín"),
    ("erp", "Zdenek", "Maly", "zdenek.maly@ferrum-slevarna.cz", "", "FERRUM HOLDING A.S.", "Kolin"),
  ]),

# ---------------------------------------------------------------- travel agency switchboard
P("katerina-simkova", "CZ", tags="multi-phone typo accents company-form",
  groups="switchboard:modrakotva",
  recs=[
    ("crm", "Kateřina", "Šimková", "katerina.simkova@modrakotva.cz", "+420 222 510 733", "Modrá kotva, spol. s r.o.", "Praha"),
    ("web-form", "Katarina", "Simkova", "katerina.simkova@modrakotva.cz", "608 441 297", "Modrá kotva", "Praha"),
  ]),
P("barbora-rihova", "CZ", groups="switchboard:modrakotva",
  recs=[("erp", "Barbora", "Říhová", "b.rihova@modrakotva.cz", "222 510 733", "MODRÁ KOTVA SPOL. S R.O.", "Praha")]),
P("ondrej-pokorny", "CZ", tags="multi-phone accents company-form",
  groups="switchboard:modrakotva",
  recs=[
    ("event", "Ondřej", "Pokorný", "ondrej.pokorny@modrakotva.cz", "+420 222 510 733", "Modrá kotva", "Praha 1"),
    ("crm", "Ondrej", "Pokorny", "ondrej.pokorny@modrakotva.cz", "+420 724 310 558", "Modrá kotva, spol. s r.o.", "Praha"),
  ]),

# ---------------------------------------------------------------- obchod@ mailbox at a metal works
P("michal-dolezal", "CZ",
  tags="shared-mailbox-own multi-phone accents allcaps company-form",
  groups="mailbox:lipnik switchboard:lipnik",
  recs=[
    ("crm", "Michal", "Doležal", "obchod@lipnikmetal.cz", "+420 581 202 344", "Lipník Metal s.r.o.", "Lipník nad Bečvou"),
    ("erp", "Michal", "Dolezal", "michal.dolezal@lipnikmetal.cz", "777 319 650", "LIPNIK METAL SRO", "Lipník n. B."),
  ]),
P("jitka-horackova", "CZ", tags="accents email-space company-form missing",
  groups="mailbox:lipnik switchboard:lipnik",
  recs=[
    ("web-form", "Jitka", "Horáčková", "obchod@lipnikmetal.cz", "581 202 344", "Lipník Metal", "Lipník nad Bečvou"),
    ("billing", "Jitka", "Horackova", " obchod@lipnikmetal.cz", "", "Lipnik Metal s.r.o.", ""),
  ]),

# ---------------------------------------------------------------- only the e-mail
P("veronika-kadlecova", "CZ", tags="only-email email-case accents missing company-form",
  recs=[
    ("crm", "Veronika", "Kadlecová", "veronika.kadlecova@datanis.cz", "+420 597 443 182", "Datanis s.r.o.", "Ostrava"),
    ("newsletter", "", "", "veronika.kadlecova@datanis.cz", "", "", ""),
    ("webinar", "Veronika", "Kadlecova", "Veronika.Kadlecova@datanis.cz", "", "Datanis", "Ostrava"),
  ]),

# ---------------------------------------------------------------- only a given name and phone
P("stanislav-cerny", "CZ", tags="only-phone diminutive phone-format phone-national missing",
  recs=[
    ("crm", "Stanislav", "Černý", "stanislav.cerny@kamenolom-skalka.cz", "+420 731 402 966", "Kamenolom Skalka, s.r.o.", "Beroun"),
    ("import", "Standa", "", "", "731402966", "", ""),
  ]),

# ---------------------------------------------------------------- swapped columns
P("roman-hajek", "CZ", tags="swapped multi-phone company-form",
  recs=[
    ("erp", "Hájek", "Roman", "roman.hajek@tesak-bs.cz", "+420 545 118 900", "Brněnské strojírny Tesák a.s.", "Brno"),
    ("crm", "Roman", "Hájek", "roman.hajek@tesak-bs.cz", "+420 604 227 813", "Tesák a.s.", "Brno"),
  ]),

# ---------------------------------------------------------------- whole name with title in first_name
P("alena-kubickova", "CZ", tags="fullname-one-field title phone-format phone-national missing accents",
  recs=[
    ("web-form", "Ing. Alena Kubíčková", "", "alena.kubickova@agro-mrakotin.cz", "568 420 117", "", "Mrákotín"),
    ("crm", "Alena", "Kubíčková", "alena.kubickova@agro-mrakotin.cz", "+420 568 420 117", "Agrodružstvo Mrákotín", "Mrakotin"),
  ]),

# ---------------------------------------------------------------- typo Bartoš / Bratoš
P("vojtech-bartos", "CZ", tags="typo allcaps company-form missing",
  recs=[
    ("crm", "Vojtěch", "Bartoš", "bartos@orion-tisk.cz", "+420 386 350 712", "Tiskárna Orion s.r.o.", "České Budějovice"),
    ("billing", "Vojtěch", "Bratoš", "bartos@orion-tisk.cz", "", "TISKÁRNA ORION", "České Budějovice"),
  ]),

# ---------------------------------------------------------------- father and son Josef Kolář, one landline
P("josef-kolar-st", "CZ", tags="phone-format phone-national accents missing",
  groups="father-son:kolar-vsetin",
  recs=[
    ("billing", "Josef", "Kolář", "jkolar@volny.cz", "571 411 236", "", "Vsetín"),
    ("import", "Josef", "Kolar", "jkolar@volny.cz", "+420 571 411 236", "", "Vsetin"),
  ]),
P("josef-kolar-ml", "CZ", tags="multi-phone suffix missing",
  groups="father-son:kolar-vsetin",
  recs=[
    ("web-form", "Josef", "Kolář", "josef.kolar.ml@gmail.com", "603 772 145", "", "Vsetín"),
    ("crm", "Josef", "Kolář ml.", "josef.kolar.ml@gmail.com", "+420 571 411 236", "Autoservis Kolář", "Vsetín"),
  ]),

# ---------------------------------------------------------------- couple with one private mailbox
P("milan-bednar", "CZ", tags="accents phone-format phone-national missing",
  groups="couple-email:bednarovi",
  recs=[
    ("web-form", "Milan", "Bednář", "bednarovi@seznam.cz", "777 403 219", "", "Třebíč"),
    ("crm", "Milan", "Bednar", "bednarovi@seznam.cz", "+420 777 403 219", "Autodoprava Bednář", "Třebíč"),
  ]),
P("ivana-bednarova", "CZ", groups="couple-email:bednarovi",
  recs=[("billing", "Ivana", "Bednářová", "bednarovi@seznam.cz", "728 115 604", "", "Třebíč")]),

# ---------------------------------------------------------------- sub-address
P("ondrej-kral", "CZ", tags="email-subaddress accents phone-format phone-national missing",
  recs=[
    ("web-form", "Ondřej", "Král", "ondrej.kral+eshop@gmail.com", "736 505 218", "", "Jihlava"),
    ("billing", "Ondrej", "Kral", "ondrej.kral@gmail.com", "+420 736 505 218", "", "Jihlava"),
  ]),

# ---------------------------------------------------------------- Tomáš Procházka x3 (CZ, CZ, SK)
P("tomas-prochazka-ekoterm", "CZ", tags="allcaps company-form missing",
  groups="namesake:tomas-prochazka",
  recs=[
    ("crm", "Tomáš", "Procházka", "prochazka@ekoterm-brno.cz", "+420 545 217 330", "Ekoterm Brno s.r.o.", "Brno"),
    ("event", "TOMÁŠ", "PROCHÁZKA", "prochazka@ekoterm-brno.cz", "", "EKOTERM BRNO", "BRNO"),
  ]),
P("tomas-prochazka-brno-private", "CZ", groups="namesake:tomas-prochazka",
  recs=[("web-form", "Tomas", "Prochazka", "tomas.prochazka@gmail.com", "720 118 506", "", "Brno")]),
P("tomas-prochazka-bratislava", "SK", groups="namesake:tomas-prochazka",
  recs=[("crm", "Tomáš", "Procházka", "prochazka@kormoran-stav.sk", "+421 2 4410 2250", "Kormorán Stav a.s.", "Bratislava")]),

# ---------------------------------------------------------------- Mirka / Miroslava
P("miroslava-peskova", "CZ", tags="diminutive phone-format phone-national accents missing",
  recs=[
    ("web-form", "Mirka", "Pešková", "mirka.peskova@post.cz", "608114729", "", "Tábor"),
    ("crm", "Miroslava", "Pesková", "mirka.peskova@post.cz", "+420 608 114 729", "Lékárna U Zlaté váhy", "Tábor"),
  ]),

# ---------------------------------------------------------------- gmail dots
P("filip-urban", "CZ", tags="email-dots phone-format phone-national missing",
  recs=[
    ("crm", "Filip", "Urban", "filip.urban@gmail.com", "+420 775 218 904", "Fotoateliér Urban", "Most"),
    ("web-form", "Filip", "Urban", "filipurban@gmail.com", "775218904", "", "Most"),
  ]),

# ---------------------------------------------------------------- Jaroslav / Jaroslava, one home phone
P("jaroslav-kopecky", "CZ", tags="swapped accents missing",
  groups="family:kopecky",
  recs=[
    ("import", "Jaroslav", "Kopecký", "jaroslav.kopecky@tiscali.cz", "487 521 903", "", "Česká Lípa"),
    ("web-form", "Kopecky", "Jaroslav", "jaroslav.kopecky@tiscali.cz", "", "", "Česká Lípa"),
  ]),
P("jaroslava-kopecka", "CZ", groups="family:kopecky",
  recs=[("billing", "Jaroslava", "Kopecká", "", "+420 487 521 903", "", "Česká Lípa")]),

# ---------------------------------------------------------------- mother Daniela and son Daniel, one mobile
P("daniel-ruzicka", "CZ", groups="family:ruzicka",
  recs=[("web-form", "Daniel", "Růžička", "daniel.ruzicka03@seznam.cz", "724 550 871", "", "Písek")]),
P("daniela-ruzickova", "CZ", tags="accents phone-format phone-national missing",
  groups="family:ruzicka",
  recs=[
    ("web-form", "Daniela", "Růžičková", "d.ruzickova@seznam.cz", "724 550 871", "", "Písek"),
    ("billing", "Daniela", "Ruzickova", "d.ruzickova@seznam.cz", "+420 724 550 871", "", "Pisek"),
  ]),

# ---------------------------------------------------------------- one field changed (phone)
P("karel-zeman", "CZ", tags="one-field-changed",
  recs=[
    ("crm", "Karel", "Zeman", "karel.zeman@geoplan-moravia.cz", "+420 602 447 180", "Geoplan Moravia s.r.o.", "Olomouc"),
    ("erp", "Karel", "Zeman", "karel.zeman@geoplan-moravia.cz", "+420 739 006 512", "Geoplan Moravia s.r.o.", "Olomouc"),
  ]),
# fakturace@ at the same firm
P("jiri-benes-geoplan", "CZ",
  tags="shared-mailbox-own multi-phone accents allcaps company-form",
  groups="mailbox:geoplan switchboard:geoplan",
  recs=[
    ("crm", "Jiří", "Beneš", "fakturace@geoplan-moravia.cz", "+420 585 225 610", "Geoplan Moravia s.r.o.", "Olomouc"),
    ("erp", "Jiri", "Benes", "jiri.benes@geoplan-moravia.cz", "585 225 614", "GEOPLAN MORAVIA", "Olomouc"),
  ]),
P("hana-kolarova-geoplan", "CZ", groups="mailbox:geoplan switchboard:geoplan",
  recs=[("web-form", "Hana", "Kolářová", "fakturace@geoplan-moravia.cz", "+420 585 225 610", "Geoplan Moravia", "Olomouc")]),

# ---------------------------------------------------------------- Jan / Honza
P("jan-vesely", "CZ",
  tags="diminutive private-email accents phone-format phone-national company-form",
  recs=[
    ("crm", "Jan", "Veselý", "jan.vesely@hydroterm.cz", "+420 603 240 715", "Hydroterm CZ s.r.o.", "Pardubice"),
    ("event", "Honza", "Vesely", "honza.vesely@gmail.com", "603 240 715", "Hydroterm", "Pardubice"),
  ]),

# ---------------------------------------------------------------- job change, kept mobile
P("lenka-maresova", "CZ", tags="job-change phone-format phone-national",
  recs=[
    ("import", "Lenka", "Marešová", "maresova@hydroterm.cz", "+420 731 884 210", "Hydroterm CZ s.r.o.", "Pardubice"),
    ("crm", "Lenka", "Marešová", "lenka.maresova@ekoterm-brno.cz", "731 884 210", "Ekoterm Brno s.r.o.", "Brno"),
  ]),

# ---------------------------------------------------------------- Kvádr stavby switchboard
P("roman-fiala", "CZ", tags="missing multi-phone company-form",
  groups="switchboard:kvadr",
  recs=[
    ("crm", "Roman", "Fiala", "roman.fiala@kvadrstavby.cz", "+420 604 912 337", "Kvádr stavby, a.s.", "Praha"),
    ("helpdesk", "Roman", "Fiala", "", "+420 224 800 100", "Kvádr stavby", "Praha"),
  ]),
P("eva-markova-kvadr", "CZ", groups="switchboard:kvadr",
  recs=[("event", "Eva", "Marková", "e.markova@kvadrstavby.cz", "224 800 100", "Kvádr stavby", "Praha")]),

# ---------------------------------------------------------------- hotel reception mailbox
P("marie-stastna", "CZ", groups="mailbox:podskalou switchboard:podskalou",
  recs=[("web-form", "Marie", "Šťastná", "recepce@hotelpodskalou.cz", "487 832 118", "Hotel Pod Skalou", "Jetřichovice")]),
P("lenka-vavrova", "CZ",
  tags="shared-mailbox-own multi-phone accents allcaps company-form",
  groups="mailbox:podskalou switchboard:podskalou",
  recs=[
    ("event", "Lenka", "Vávrová", "recepce@hotelpodskalou.cz", "+420 487 832 118", "Hotel Pod Skalou s.r.o.", "Jetřichovice"),
    ("crm", "Lenka", "Vavrova", "vavrova@hotelpodskalou.cz", "+420 737 405 116", "HOTEL POD SKALOU", "Jetrichovice"),
  ]),

# ---------------------------------------------------------------- first-name spelling only
P("kristyna-holubova", "CZ", tags="one-field-changed",
  recs=[
    ("crm", "Kristýna", "Holubová", "k.holubova@usvitpharma.cz", "+420 495 771 320", "Úsvit Pharma a.s.", "Hradec Králové"),
    ("erp", "Kristina", "Holubová", "k.holubova@usvitpharma.cz", "+420 495 771 320", "Úsvit Pharma a.s.", "Hradec Králové"),
  ]),

# ---------------------------------------------------------------- Lukáš Marek x2 (same city, nothing else common)
P("lukas-marek-datanis", "CZ", groups="namesake:lukas-marek",
  recs=[("crm", "Lukáš", "Marek", "lukas.marek@datanis.cz", "+420 596 112 455", "Datanis s.r.o.", "Ostrava")]),
P("lukas-marek-private", "CZ", groups="namesake:lukas-marek",
  recs=[("web-form", "Lukáš", "Marek", "lukas.marek@seznam.cz", "731 660 218", "", "Ostrava")]),

# ================================================================ SLOVAKIA
P("zuzana-bielikova", "SK",
  tags="multi-phone allcaps diminutive private-email phone-format phone-national accents company-form",
  recs=[
    ("crm", "Zuzana", "Bieliková", "zuzana.bielikova@kormoran-stav.sk", "+421 2 5443 1180", "Kormorán Stav a.s.", "Bratislava"),
    ("erp", "Zuzana", "Bielikova", "zuzana.bielikova@kormoran-stav.sk", "0905 612 339", "KORMORÁN STAV", "Bratislava"),
    ("event", "Zuzka", "Bieliková", "zuzka.bielikova@gmail.com", "+421 905 612 339", "Kormorán Stav", "Bratislava"),
  ]),
# info@ at a joinery in Poprad; Ján Kováč x3
P("jan-kovac-tatrawood", "SK",
  tags="shared-mailbox-own multi-phone accents allcaps company-form",
  groups="mailbox:tatrawood switchboard:tatrawood namesake:jan-kovac",
  recs=[
    ("web-form", "Ján", "Kováč", "info@tatrawood.sk", "052/772 3301", "Tatrawood s.r.o.", "Poprad"),
    ("crm", "Jan", "Kovac", "jan.kovac@tatrawood.sk", "+421 908 114 520", "TATRAWOOD", "Poprad"),
  ]),
P("peter-hudak-tatrawood", "SK", groups="mailbox:tatrawood switchboard:tatrawood",
  recs=[("web-form", "Peter", "Hudák", "info@tatrawood.sk", "+421 52 772 3301", "Tatrawood s.r.o.", "Poprad")]),
P("andrea-sykorova-tatrawood", "SK", groups="mailbox:tatrawood",
  recs=[("helpdesk", "Andrea", "Sýkorová", "INFO@tatrawood.sk", "", "Tatrawood", "Poprad")]),
P("jan-kovac-nitra", "SK", tags="accents phone-format phone-national missing",
  groups="namesake:jan-kovac",
  recs=[
    ("web-form", "Ján", "Kováč", "jan.kovac@azet.sk", "0907 331 254", "", "Nitra"),
    ("billing", "Jan", "Kovac", "jan.kovac@azet.sk", "+421907331254", "", "Nitra"),
  ]),
P("jan-kovac-kosice", "SK", groups="namesake:jan-kovac",
  recs=[("crm", "Ján", "Kováč", "kovac@vsp-kosice.sk", "+421 55 622 4180", "Východoslovenské pekárne a.s.", "Košice")]),

P("miroslav-balaz", "SK", tags="typo allcaps company-form accents",
  recs=[
    ("crm", "Miroslav", "Baláž", "miroslav.balaz@agrofarm-sered.sk", "+421 31 789 2215", "Agrofarm Sereď, s.r.o.", "Sereď"),
    ("import", "Miroslav", "Balaš", "miroslav.balaz@agrofarm-sered.sk", "+421 31 789 2215", "AGROFARM SERED", "Sered"),
  ]),

# Hungarian-minority woman: Slovak form Alžbeta Nagyová, Hungarian form Nagy Erzsébet
P("alzbeta-nagyova", "SK",
  tags="hungarian-order swapped national-form feminine-form accents phone-format phone-national missing",
  note="Slovak official form and Hungarian form of one name, joined by e-mail and phone",
  recs=[
    ("crm", "Alžbeta", "Nagyová", "nagy.erzsebet@freemail.hu", "+421 905 220 174", "", "Komárno"),
    ("web-form", "Nagy", "Erzsébet", "nagy.erzsebet@freemail.hu", "0905 220 174", "", "Komárno"),
  ]),

# Peter / Petra Horváth(ová), one mobile; another Peter Horváth in Bratislava
P("peter-horvath-trnava", "SK", tags="accents phone-format phone-national missing",
  groups="family:horvath-trnava namesake:peter-horvath",
  recs=[
    ("web-form", "Peter", "Horváth", "peter.horvath@centrum.sk", "0915 402 881", "", "Trnava"),
    ("crm", "Peter", "Horvath", "peter.horvath@centrum.sk", "+421 915 402 881", "Horváth Elektro", "Trnava"),
  ]),
P("petra-horvathova-trnava", "SK", groups="family:horvath-trnava",
  recs=[("web-form", "Petra", "Horváthová", "petra.horvathova@gmail.com", "+421 915 402 881", "", "Trnava")]),
P("peter-horvath-slovmed", "SK", groups="namesake:peter-horvath",
  recs=[("crm", "Peter", "Horváth", "peter.horvath@slovmed.sk", "+421 2 3240 8830", "SlovMed Distribúcia s.r.o.", "Bratislava")]),

# Ľubomír / Ľubo with two addresses at one domain
P("lubomir-stastny", "SK",
  tags="diminutive accents email-alias multi-phone allcaps company-form phone-format",
  recs=[
    ("crm", "Ľubomír", "Šťastný", "lubomir.stastny@slovmed.sk", "+421 2 3240 8811", "SlovMed Distribúcia s.r.o.", "Bratislava"),
    ("webinar", "Lubo", "Stastny", "lubo.stastny@slovmed.sk", "+421 903 552 106", "SlovMed", "Bratislava"),
    ("helpdesk", "Lubomir", "Stastny", "lubo.stastny@slovmed.sk", "00421903552106", "SLOVMED DISTRIBUCIA", ""),
  ]),
]
