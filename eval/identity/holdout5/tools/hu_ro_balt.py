from common import P

# Hungary
P("swapped no-diacritics", """
crm|Nagy|László|laszlo.nagy@alfold-gep.hu|+36 30 412 7755|Alföld-Gép Kft.|Kecskemét
helpdesk|Laszlo|Nagy|laszlo.nagy@alfold-gep.hu|06 30 412 7755|Alfold-Gep Kft|Kecskemet
event|László|Nagy||+36304127755|ALFÖLD-GÉP KFT.|Kecskemét
""", g="nagy-kecskemet")
P("namesake", """
crm|László|Nagy|nagy.laszlo@freemail.hu|+36 20 331 0842||Kecskemét
""", g="nagy-kecskemet")
P("nickname", """
crm|Katalin|Szabó|katalin.szabo@pannon-agro.hu|+36 1 450 2218|Pannon Agro Zrt.|Budapest
e-shop|Kati|Szabo|kati.szabo@gmail.com|06 1 450 2218||Budapest
""")
P("company-translation", """
crm|Gábor|Tóth|gabor.toth@magyar-mezogep.hu|+36 52 530 114|Magyar Mezőgép Kft.|Debrecen
event|Gabor|Toth|gabor.toth@magyar-mezogep.hu|+36 52 530114|Hungarian Farm Machinery Ltd|Debrecen
""")
P("married surname-change", """
crm|Eszter|Kovács|eszter.kovacs@tisza-trade.hu|+36 70 228 4410|Tisza Trade Kft.|Szeged
crm|Eszter|Horváthné Kovács|eszter.kovacs@tisza-trade.hu|06 70 228 4410|Tisza Trade|Szeged
""")
P("singleton", """
crm|Zoltán|Varga|varga.zoltan@vargaagro.hu|+36 30 955 2017|Varga Agro Bt.|Győr
""")
P("gender-pair family-phone", """
crm|Ferenc|Molnár|molnar.ferenc@t-online.hu|+36 20 661 0348|Molnár Gazdaság|Szolnok
e-shop|Ferenc|Molnar|molnar.ferenc@t-online.hu|06206610348||Szolnok
""", g="molnar")
P("gender-pair family-phone singleton", """
e-shop|Franciska|Molnár|molnar.franciska@gmail.com|06 20 661 0348||Szolnok
""", g="molnar")
# Romania
P("no-diacritics phone-national", """
crm|Ștefan|Popescu|stefan.popescu@agromec-banat.ro|+40 722 418 365|Agromec Banat S.A.|Timișoara
helpdesk|Stefan|Popescu|stefan.popescu@agromec-banat.ro|0722 418 365|Agromec Banat|Timisoara
e-shop|Stefan|Popescu|stefan.popescu82@yahoo.com|0722418365||Timisoara
""")
P("company-form typo", """
crm|Ioana|Dumitrescu|ioana.dumitrescu@tractor-arges.ro|+40 248 220 517|Tractor Argeș S.R.L.|Pitești
web-form|Ioana|Dumitrscu|ioana.dumitrescu@tractor-arges.ro|0248 220517|Tractor Arges SRL|Pitesti
""")
P("singleton", """
crm|Mihai|Ionescu|mihai.ionescu@ionescu-ferma.ro|+40 745 330 201|Ferma Ionescu|Brăila
""")
P("nickname", """
crm|Alexandru|Constantin|alexandru.constantin@moldagro.ro|+40 232 410 889|Moldagro SRL|Iași
e-shop|Alex|Constantin|alex.constantin@gmail.com|+40 232 410 889||Iasi
""")
P("colleague-email", """
crm|Andrei|Marin|a.marin@agrotransilvania.ro|+40 264 590 112|Agro Transilvania SRL|Cluj-Napoca
helpdesk|Andrei|Marin|a.marin@agrotransilvania.ro|0264 590 112|Agro Transilvania|Cluj-Napoca
""", g="marin-cluj")
P("colleague-email singleton", """
crm|Adina|Marin|ad.marin@agrotransilvania.ro|+40 264 590 113|Agro Transilvania SRL|Cluj-Napoca
""", g="marin-cluj")
P("singleton", """
web-form|Elena|Stan|elena.stan@gmail.com|0766 201 558||Constanța
""")
# Lithuania
P("no-diacritics phone-national", """
crm|Tomas|Kazlauskas|tomas.kazlauskas@agrovilnius.lt|+370 612 44 819|UAB „Agrovilnius“|Vilnius
helpdesk|Tomas|Kazlauskas|tomas.kazlauskas@agrovilnius.lt|8 612 44819|Agrovilnius UAB|Vilnius
""")
P("married surname-change", """
crm|Rūta|Petrauskienė|ruta.petrauskiene@kauno-technika.lt|+370 37 220 415|UAB Kauno technika|Kaunas
crm|Ruta|Jankauskaitė|ruta.petrauskiene@kauno-technika.lt|8 37 220415|Kauno technika|Kaunas
""")
P("singleton", """
crm|Mindaugas|Žukauskas|mindaugas@zukauskas-ukis.lt|+370 686 10 443|Žukausko ūkis|Panevėžys
""")
# Latvia
P("no-diacritics company-form", """
crm|Jānis|Bērziņš|janis.berzins@lauktehnika.lv|+371 2914 3308|SIA "Lauktehnika"|Rīga
event|Janis|Berzins|janis.berzins@lauktehnika.lv|29143308|Lauktehnika SIA|Riga
""")
P("gender-pair", """
crm|Ilze|Kalniņa|ilze.kalnina@zemgales-agro.lv|+371 2655 1207|Zemgales Agro SIA|Jelgava
helpdesk|Ilze|Kalnina|ilze.kalnina@zemgales-agro.lv|26551207|Zemgales Agro|Jelgava
""", g="kalnins")
P("gender-pair singleton", """
crm|Ilmārs|Kalniņš|ilmars.kalnins@zemgales-agro.lv|+371 2655 1208|Zemgales Agro SIA|Jelgava
""", g="kalnins")
P("cyrillic", """
crm|Сергей|Иванов|sergejs.ivanovs@baltagro.lv|+371 2788 0412|SIA Baltagro|Daugavpils
event|Sergejs|Ivanovs|sergejs.ivanovs@baltagro.lv|27880412|Baltagro|Daugavpils
""")
# Estonia
P("no-diacritics", """
crm|Märt|Tamm|mart.tamm@pollutehnika.ee|+372 5341 2270|Põllutehnika OÜ|Tartu
helpdesk|Mart|Tamm|mart.tamm@pollutehnika.ee|5341 2270|Pollutehnika OU|Tartu
""")
P("singleton", """
crm|Kadri|Saar|kadri.saar@eestiagro.ee|+372 626 4410|Eesti Agro AS|Tallinn
""")
P("cyrillic romanization", """
crm|Andrei|Vassiljev|andrei.vassiljev@narva-masin.ee|+372 5602 8814|Narva Masin OÜ|Narva
e-shop|Андрей|Васильев|andrei.vassiljev@narva-masin.ee|+372 56028814||Нарва
""")
