from common import P

P("no-diacritics phone-notation", """
crm|Łukasz|Wójcik|lukasz.wojcik@agromex-kalisz.pl|+48 601 332 478|Agromex Kalisz Sp. z o.o.|Kalisz
helpdesk|Lukasz|Wojcik|lukasz.wojcik@agromex-kalisz.pl|601-332-478|Agromex Kalisz|Kalisz
event|ŁUKASZ|WÓJCIK||0048601332478|AGROMEX|Kalisz
""")
P("nickname", """
crm|Małgorzata|Zielińska|m.zielinska@autoplac-rzeszow.pl|+48 512 880 214|Autoplac Rzeszów s.c.|Rzeszów
e-shop|Gosia|Zielińska|gosia.zielinska@wp.pl|512 880 214||Rzeszów
""")
P("job-change", """
crm|Krzysztof|Mazur|krzysztof.mazur@rolmasz-lublin.pl|+48 693 447 120|Rolmasz Lublin S.A.|Lublin
crm|Krzysztof|Mazur|k.mazur@agrohurt-zamosc.pl|+48 693 447 120|Agrohurt Zamość Sp. z o.o.|Zamość
helpdesk|Krzysiek|Mazur|k.mazur@agrohurt-zamosc.pl|693447120|Agrohurt|Zamosc
""")
P("gender-pair family-phone", """
crm|Bogdan|Kaczmarek|bogdan.kaczmarek@onet.pl|+48 604 228 913|Gospodarstwo Rolne Kaczmarek|Września
e-shop|Bogdan|Kaczmarek|bogdan.kaczmarek@onet.pl|604 228 913||Wrzesnia
""", g="kaczmarek")
P("gender-pair family-phone singleton", """
e-shop|Bogdana|Kaczmarek|bogdana.k@interia.pl|604 228 913||Września
""", g="kaczmarek")
P("married double-surname", """
crm|Anna|Nowak-Lewandowska|anna.nowak@agrokom.pl|+48 22 581 44 30|Agrokom Sp. z o.o.|Warszawa
crm|Anna|Lewandowska|anna.nowak@agrokom.pl|+48 22 581 44 30|Agrokom|Warsaw
e-shop|Anna|Nowak|ania.nowak85@gmail.com|+48 508 117 306||Warszawa
crm|Ania|Nowak-Lewandowska|ania.nowak85@gmail.com|+48 22 581 44 30|Agrokom Sp. z o.o.|Warszawa
""", g="nowak-warszawa")
P("namesake same-name-city singleton", """
event|Anna|Nowak|a.nowak@mleczarnia-mazowsze.pl|+48 22 610 38 12|Mleczarnia Mazowsze|Warszawa
""", g="nowak-warszawa")
P("namesake same-name-city singleton", """
e-shop|Anna|Nowak|annanowak@o2.pl|+48 781 203 665||Warszawa
""", g="nowak-warszawa")
P("company-translation", """
crm|Tomasz|Kowalczyk|t.kowalczyk@zakladymechaniczne.pl|+48 61 852 30 40|Zakłady Mechaniczne Poznań S.A.|Poznań
event|Tomasz|Kowalczyk|t.kowalczyk@zakladymechaniczne.pl||Poznan Mechanical Works|Poznan
""")
P("typo", """
crm|Agnieszka|Szymańska|agnieszka.szymanska@farmer-plus.pl|+48 660 510 842|Farmer Plus Sp. z o.o.|Olsztyn
web-form|Agnieszka|Szymanka|agnieszka.szymanska@farmer-plus.pl|660 510 842||Olsztyn
""")
P("singleton", """
crm|Grzegorz|Pawlak|g.pawlak@pawlak-transport.pl|+48 502 668 331|Pawlak Transport|Kutno
""")
P("role-mailbox", """
web-form|Marek|Jankowski|biuro@rolmech-torun.pl|+48 56 623 11 07|Rolmech Toruń|Toruń
crm|Marek|Jankowski|m.jankowski@rolmech-torun.pl|+48 56 623 11 07|Rolmech Toruń Sp. j.|Toruń
""", g="rolmech")
P("role-mailbox switchboard", """
web-form|Elżbieta|Wróbel|biuro@rolmech-torun.pl|+48 56 623 11 07|Rolmech Toruń|Toruń
crm|Elżbieta|Wróbel|e.wrobel@rolmech-torun.pl|+48 56 623 11 09|Rolmech Toruń Sp. j.|Toruń
""", g="rolmech")
P("swapped caps", """
import|DĄBROWSKI|PIOTR|p.dabrowski@agrotech-opole.pl|+48 77 441 09 12|AGROTECH OPOLE|OPOLE
crm|Piotr|Dąbrowski|p.dabrowski@agrotech-opole.pl|77 441 09 12|Agrotech Opole Sp. z o.o.|Opole
""")
P("father-son", """
crm|Stanisław|Górski|stanislaw.gorski@gorski-ogrody.pl|+48 605 883 102|Górski Ogrody|Skierniewice
helpdesk|Stanisław|Górski senior|stanislaw.gorski@gorski-ogrody.pl|605 883 102|Górski Ogrody|Skierniewice
""", g="gorski")
P("father-son", """
crm|Stanisław|Górski jr.|s.gorski.jr@gmail.com|+48 605 883 110|Górski Ogrody|Skierniewice
e-shop|Staszek|Gorski|s.gorski.jr@gmail.com|605883110||Skierniewice
""", g="gorski")
P("singleton", """
event|Joanna|Michalska|joanna.michalska@ekofarm.pl|+48 531 404 220|Ekofarm|Białystok
""")
P("nickname email-case", """
crm|Wojciech|Kamiński|Wojciech.Kaminski@traktorland.pl|+48 609 771 034|Traktorland S.A.|Łódź
e-shop|Wojtek|Kaminski|wojciech.kaminski@traktorland.pl|||Lodz
""")
P("colleague-email", """
crm|Katarzyna|Lis|k.lis@traktorland.pl|+48 609 771 051|Traktorland S.A.|Łódź
""", g="lis-traktorland")
P("colleague-email", """
crm|Kamil|Lis|ka.lis@traktorland.pl|+48 609 771 052|Traktorland S.A.|Łódź
helpdesk|Kamil|Lis|ka.lis@traktorland.pl|609 771 052|Traktorland|Lodz
""", g="lis-traktorland")
P("singleton", """
web-form|Paweł|Sikora|pawel.sikora@interia.pl|+48 790 330 128||Gdańsk
""")
P("company-abbrev", """
crm|Magdalena|Krawczyk|magdalena.krawczyk@pzm-rol.pl|+48 58 340 77 21|Przedsiębiorstwo Zaopatrzenia Maszyn ROL Sp. z o.o.|Gdynia
event|Magda|Krawczyk|magdalena.krawczyk@pzm-rol.pl|+48 58 340 77 21|PZM ROL|Gdynia
""")
P("fullname-one-field", """
event|Jarosław Pietrzak|||+48 698 204 515|Auto-Pietrzak|Radom
crm|Jarosław|Pietrzak|jaroslaw@auto-pietrzak.pl|+48 698 204 515|Auto-Pietrzak s.c.|Radom
""")
P("singleton", """
crm|Dorota|Baran|dorota.baran@sadownictwo-grojec.pl|+48 48 664 20 19|Sadownictwo Grójec|Grójec
""")
P("gmail-dots subaddress", """
e-shop|Michał|Zając|michal.zajac@gmail.com|+48 515 990 427||Kraków
web-form|Michal|Zajac|michalzajac+faktury@gmail.com|515 990 427||Krakow
""", g="zajac-krakow")
P("singleton", """
crm|Michał|Zając|m.zajac@biomasz.pl|+48 12 290 44 18|Biomasz Sp. z o.o.|Kraków
""", g="zajac-krakow")
