from common import P

P("no-diacritics email-case phone-notation", """
crm|Jiří|Dvořák|jiri.dvorak@agrotechna-hana.cz|+420 603 418 275|Agrotechna Haná s.r.o.|Prostějov
helpdesk|Jiri|Dvorak|Jiri.Dvorak@agrotechna-hana.cz|603418275|Agrotechna Hana|Prostejov
event|JIŘÍ|DVOŘÁK||00420603418275|AGROTECHNA HANÁ|Prostějov
""")
P("role-mailbox company-form", """
crm|Markéta|Horáková|info@agrotechna-hana.cz|+420 582 330 110|Agrotechna Haná s.r.o.|Prostějov
web-form|Marketa|Horakova|info@agrotechna-hana.cz|582 330 110|Agrotechna Haná|Prostějov
""", g="agrotechna-mailbox")
P("role-mailbox singleton", """
web-form|Tomáš|Kubíček|info@agrotechna-hana.cz|582 330 110|Agrotechna Haná s.r.o.|Prostějov
""", g="agrotechna-mailbox")
P("nickname job-change", """
crm|Tomáš|Procházka|tomas.prochazka@autodum-vltava.cz|+420 724 551 093|Autodům Vltava a.s.|České Budějovice
e-shop|Tom|Prochazka|tprochazka@seznam.cz|724 551 093||Ceske Budejovice
crm|Tomáš|Procházka|t.prochazka@jihoagro.cz|+420 724 551 093|JihoAgro s.r.o.|České Budějovice
""")
P("gender-pair family-phone", """
crm|Pavel|Novotný|pavel.novotny@statek-lipnik.cz|+420 777 302 644|Statek Lipník s.r.o.|Lipník nad Bečvou
helpdesk|Pavel|Novotny|pavel.novotny@statek-lipnik.cz|777302644|Statek Lipnik|Lipnik nad Becvou
""", g="novotny-family")
P("gender-pair family-phone", """
e-shop|Pavla|Novotná|pavla.novotna@email.cz|+420 777 302 644||Lipník nad Bečvou
e-shop|Pavla|Novotna|pavla.novotna@email.cz|777 302 644||Lipnik nad Becvou
""", g="novotny-family")
P("title typo", """
crm|Ing. Martin|Svoboda|martin.svoboda@zemos-kromeriz.cz|+420 573 501 221|ZEMOS Kroměříž a.s.|Kroměříž
event|Martin|Svboda|martin.svoboda@zemos-kromeriz.cz||Zemos Kromeriz|Kroměříž
""", g="svoboda-kromeriz")
P("namesake same-name-city singleton", """
e-shop|Martin|Svoboda|msvoboda82@seznam.cz|+420 608 114 902||Kroměříž
""", g="svoboda-kromeriz")
P("married surname-change", """
crm|Lucie|Marešová|lucie.maresova@gmail.com|+420 731 209 554|Autocentrum Beroun s.r.o.|Beroun
e-shop|Lucie|Kratochvílová|lucie.maresova@gmail.com|731 209 554||Beroun
helpdesk|Lucie|Kratochvílová|l.kratochvilova@autocentrum-beroun.cz|+420 731 209 554|Autocentrum Beroun|Beroun
""")
P("father-son", """
crm|Josef|Krejčí|josef.krejci@krejci-farma.cz|+420 606 881 340|Farma Krejčí|Humpolec
helpdesk|Josef|Krejci st.|josef.krejci@krejci-farma.cz|606 881 340|Farma Krejci|Humpolec
""", g="krejci")
P("father-son", """
crm|Josef|Krejčí ml.|josef.krejci.ml@gmail.com|+420 606 881 341|Farma Krejčí|Humpolec
e-shop|Josef|Krejci|josefkrejci.ml@gmail.com|606881341||Humpolec
""", g="krejci")
P("caps company-abbrev", """
event|PETR|KOLÁŘ|petr.kolar@stk-plzen.cz|+420 377 420 155|STANICE TECHNICKÉ KONTROLY PLZEŇ s.r.o.|PLZEŇ
crm|Petr|Kolář|petr.kolar@stk-plzen.cz|377 420 155 kl. 21|STK Plzeň|Plzeň
""", g="stk-plzen")
P("switchboard", """
crm|Eva|Šimková|eva.simkova@stk-plzen.cz|377 420 155|STK Plzeň s.r.o.|Plzeň
""", g="stk-plzen")
P("swapped", """
import|Veselý|Radek|radek.vesely@traktory-morava.cz|+420 515 904 377|Traktory Morava s.r.o.|Znojmo
crm|Radek|Veselý|radek.vesely@traktory-morava.cz|+420 515 904 377|Traktory Morava|Znojmo
""")
P("colleague-email", """
crm|Jana|Černá|jcerna@traktory-morava.cz|+420 515 904 381|Traktory Morava s.r.o.|Znojmo
helpdesk|Jana|Cerna|jcerna@traktory-morava.cz||Traktory Morava|Znojmo
""", g="cerna-traktory")
P("colleague-email singleton", """
crm|Jitka|Černá|jcerna2@traktory-morava.cz|+420 515 904 382|Traktory Morava s.r.o.|Znojmo
""", g="cerna-traktory")
P("fullname-one-field subaddress", """
web-form|Ondřej Pokorný||ondra.pokorny+eshop@gmail.com|+420 739 662 018||Hradec Králové
crm|Ondřej|Pokorný|ondra.pokorny@gmail.com|739 662 018|Zahradnictví Pokorný|Hradec Králové
""")
P("singleton", """
crm|Kateřina|Benešová|katerina.benesova@mlekarna-polna.cz|+420 567 212 483|Mlékárna Polná a.s.|Polná
""")
P("singleton", """
event|Miroslav|Zeman|zeman@pila-zeman.cz|+420 602 771 446|Pila Zeman|Třebíč
""")
P("nickname email-space", """
crm|Vojtěch|Fiala|vojtech.fiala@autofiala.cz|+420 604 118 392|Auto Fiala s.r.o.|Olomouc
helpdesk|Vojta|Fiala| vojtech.fiala@autofiala.cz |604.118.392|Auto Fiala|Olomouc
""")
P("double-surname married", """
crm|Alena|Nováková Šťastná|alena.stastna@centrum.cz|+420 776 440 912|Agrodružstvo Žichlice|Žichlice
e-shop|Alena|Šťastná|alena.stastna@centrum.cz|||Žichlice
""")
P("company-typo initials", """
crm|M.|Pospíšil|m.pospisil@strojirna-brodek.cz|+420 581 771 204|Strojírna Brodek s.r.o.|Přerov
event|Milan|Pospíšil|m.pospisil@strojirna-brodek.cz||Strojirna Brodke|Přerov
""")
# Slovakia
P("no-diacritics phone-national", """
crm|Ľubomír|Baláž|lubomir.balaz@agrocentrum-senica.sk|+421 905 331 742|Agrocentrum Senica s.r.o.|Senica
helpdesk|Lubomir|Balaz|lubomir.balaz@agrocentrum-senica.sk|0905 331 742|Agrocentrum Senica|Senica
e-shop|Ľubo|Baláž|lubo.balaz@azet.sk|0905331742||Senica
""")
P("gender-pair household-email", """
crm|Daniel|Horváth|horvathovci@azet.sk|+421 908 120 455|Horváth Farm s.r.o.|Dunajská Streda
e-shop|Daniel|Horvath|horvathovci@azet.sk|0908 120 455||Dunajska Streda
""", g="horvath-household")
P("gender-pair household-email", """
e-shop|Daniela|Horváthová|horvathovci@azet.sk|0911 204 388||Dunajská Streda
e-shop|Daniela|Horvathova|horvathovci@azet.sk|+421911204388||Dunajska Streda
""", g="horvath-household")
P("trunk-prefix company-form", """
crm|Peter|Kováč|kovac@autoservis-zvolen.sk|+421 45 532 1190|Autoservis Zvolen, s.r.o.|Zvolen
helpdesk|Peter|Kovac|kovac@autoservis-zvolen.sk|045/532 1190|AUTOSERVIS ZVOLEN|Zvolen
""", g="kovac")
P("namesake", """
crm|Peter|Kováč|peter.kovac@strojservis.sk|+421 903 411 208|Strojservis a.s.|Žilina
""", g="kovac")
P("married job-change", """
crm|Zuzana|Kollárová|zuzana.kollarova@tatra-agro.sk|+421 917 664 103|Tatra Agro s.r.o.|Poprad
crm|Zuzana|Mikulová|zuzana.mikulova@gmail.com|+421 917 664 103||Poprad
""")
P("singleton", """
event|Martin|Hudák|hudak.martin@post.sk|+421 948 220 617|Farma pod Vihorlatom|Humenné
""")
P("transposition", """
crm|Miroslava|Šimková|miroslava.simkova@energoservis.sk|+421 2 4445 6120|Energoservis a.s.|Bratislava
helpdesk|Miroslava|Šikmová|miroslava.simkova@energoservis.sk|02/4445 6120|Energoservis|Bratislava
""")
P("singleton", """
web-form|Ivana|Tóthová|ivana.tothova@centrum.sk|0915 772 340||Komárno
""")
P("company-abbrev title", """
crm|doc. Ing. Juraj|Šulc, PhD.|juraj.sulc@uniag.sk||Slovenská poľnohospodárska univerzita v Nitre|Nitra
event|Juraj|Šulc|juraj.sulc@uniag.sk|+421 37 641 4402|SPU Nitra|Nitra
""")
P("singleton", """
crm|Radka|Vlčková|radka.vlckova@autodum-vltava.cz|+420 387 001 244|Autodům Vltava a.s.|České Budějovice
""")
P("singleton", """
e-shop|Jakub|Malý|jakub.maly1990@seznam.cz|+420 721 918 336||Liberec
""")
P("gmail-dots email-case", """
e-shop|Adéla|Kučerová|adela.kucerova@gmail.com|+420 736 881 250||Brno
web-form|Adela|Kucerova|AdelaKucerova@Gmail.com|736 881 250||Brno
""")
P("singleton", """
crm|Stanislav|Holub|holub@holub-zemedelec.cz|+420 602 339 871|Zemědělec Holub|Jihlava
""")
P("branch company-form", """
crm|Roman|Šebesta|roman.sebesta@agrall.cz|+420 547 220 310|AGRALL a.s., pobočka Brno|Brno
event|Roman|Sebesta|roman.sebesta@agrall.cz|+420 603 909 115|Agrall|Brno
helpdesk|Roman|Šebesta||+420 603 909 115|AGRALL a.s.|Brno
""")
P("singleton", """
helpdesk|Hana|Šebestová|hana.sebestova@agrall.cz|+420 547 220 312|AGRALL a.s.|Brno
""")
P("extension", """
crm|Libor|Urban|libor.urban@vodnar-stroje.cz|+420 466 611 200 ext. 214|Vodnář stroje s.r.o.|Pardubice
helpdesk|Libor|Urban|libor.urban@vodnar-stroje.cz|466 611 200, l. 214|Vodnář stroje|Pardubice
""", g="vodnar")
P("switchboard singleton", """
crm|Michaela|Dušková|michaela.duskova@vodnar-stroje.cz|+420 466 611 200|Vodnář stroje s.r.o.|Pardubice
""", g="vodnar")
