# People who cross borders: migrants, expats, and the merged systems' other quirks.
from people import P

P("ua-ru-form romanization-cz cyrillic private-email", """
crm|Oleksandr|Ševčenko|oleksandr.sevcenko@kovotvar.cz|+420 605 118 342|Kovotvar Jihlava s.r.o.|Jihlava
partner-portal|Александр|Шевченко|sasha.shevchenko@ukr.net|+420 605 118 342|Ковотвар Йиглава|Йиглава
shop|Olexandr|Shevchenko|sasha.shevchenko@ukr.net|605 118 342||Jihlava
""", note="Judgement call: Ukrainian Oleksandr in Czech transcription and in Russian form (Aleksandr, 'Sasha') on the partner portal; linked by the mobile.")

P("romanization-de romanization-pl cyrillic job-change", """
crm|Jurij|Tkatschenko|j.tkatschenko@brandt-mh.de|+49 40 3208 7760|Maschinenhandel Brandt GmbH & Co. KG|Hamburg
partner-portal|Юрій|Ткаченко|yurii.tkachenko@gmail.com|+49 176 2290 4417|Брандт|Гамбург
event|Yurii|Tkachenko|yuriitkachenko@gmail.com|0176 22904417|Maschinenhandel Brandt|Hamburg
""")

P("cross-border diacritics nickname", """
event|Krzysztof|Wąsik|chris.wasik@penninetooling.co.uk|07700 900 314|Pennine Tooling Ltd|Leeds
crm|Chris|Wasik|chris.wasik@penninetooling.co.uk|+44 7700 900314|Pennine Tooling|Leeds
""", note="Polish Krzysztof using the English 'Chris' at work in Leeds.")

P("cross-border hu-order name-translated", """
crm|Ladislav|Horváth|ladislav.horvath@dunsklady.sk|+421 35 771 24 08|Dunajské sklady a.s., pobočka Komárno|Komárno
event|Horváth|László|ladislav.horvath@dunsklady.sk||Dunajské sklady|Komárom
""", note="Judgement call: Slovak Ladislav / Hungarian László of a Hungarian-minority employee; linked by e-mail.")

P("cross-border romanization-cz cyrillic", """
crm|Dmitrij|Kuzněcov|d.kuznecov@vltavin-sw.cz|+420 222 354 100 kl. 260|Vltavín Software s.r.o.|Praha
partner-portal|Дмитрий|Кузнецов|d.kuznecov@vltavin-sw.cz||Влтавин Софтвер|Прага
webinar|Dmitry|Kuznetsov|d.kuznecov@vltavin-sw.cz|||Prague
""")

P("role-mailbox switchboard singleton", "web-form|Sven|Hartwig|info@nordkran-service.de|+49 421 69 330 0|Nordkran Service GmbH|Bremen")
P("role-mailbox switchboard", """
web-form|Kerstin|Albers|info@nordkran-service.de|0421 69330-0|Nordkran Service|Bremen
crm|Kerstin|Albers|k.albers@nordkran-service.de|+49 421 69 330 31|Nordkran Service GmbH|Bremen
""")

P("family-phone family", """
shop|Markéta|Lišková|marketa.liskova@seznam.cz|+420 466 301 775||Pardubice
event|Marketa|Liskova|marketa.liskova@seznam.cz||Východočeská energetika servis|Pardubice
""")
P("family-phone family singleton", "web-form|Pavel|Dostál|pavel.dostal@seznam.cz|466 301 775||Pardubice", note="Partner of Markéta Lišková, same home phone: different people.")

P("company-typo company-dept", """
crm|Ondrej|Šulc|ondrej.sulc@technopark-partner.cz|+420 541 142 275|Technopark Partner s.r.o.|Brno
helpdesk|Ondřej|Šulc|ondrej.sulc@technopark-partner.cz||Technopark Partner s.r.o. - oddělení IT|Brno
billing|Ondrej|Sulc||541 142 275|Technopakr Partner sro|Brno
""")

P("company-translit company-translated cyrillic", """
crm|Станислав|Рябов|s.ryabov@permkabel.ru|+7 342 206 31 70|ООО «Пермкабель»|Пермь
erp|Stanislav|Rjabow|s.ryabov@permkabel.ru||Permkabel GmbH (OOO)|Perm
event|Stanislav|Ryabov||+7 342 2063170|Perm Cable LLC|Perm
""")

P("email-case email-space job-change", """
crm|Fiona|Gallagher|fiona.gallagher@liffeyanalytics.ie|+353 86 331 2209|Liffey Analytics Ltd|Dublin
event|Fiona|Gallagher| Fiona.Gallagher@SeaBridgeConsulting.ie|086 331 2209|SeaBridge Consulting|Galway
""")

P("full-name-one-field", """
crm|Wolfgang|Richter|w.richter@saxonia-antriebe.de|+49 371 53 38 144|Saxonia Antriebe GmbH|Chemnitz
import||Wolfgang Richter|w.richter@saxonia-antriebe.de||Saxonia Antriebe|Chemnitz
""")

P("colleagues email-one-letter singleton", "crm|Lucia|Benko|l.benko@skalib.sk|+421 2 4363 9040|Slovenská kalibrácia s.r.o.|Bratislava")
P("colleagues email-one-letter", """
crm|Ľubica|Benková|l.benkova@skalib.sk|+421 2 4363 9041|Slovenská kalibrácia s.r.o.|Bratislava
webinar|Lubica|Benkova|l.benkova@skalib.sk|||Bratislava
""")

P("transposition email-typo", """
web-form|Natalia|Kowalczyk|natalia.kowalczyk@agrovista-polska.pl|+48 81 532 70 26|AgroVista Polska S.A.|Lublin
event|Natalia|Kowalcyzk|natalia.kowalcyzk@agrovista-polska.pl|+48 81 532 70 26|AgroVista Polska|Lublin
""", note="Transposition in both surname and e-mail (typed in at the event desk); linked by phone.")

P("phone-parentheses phone-trunk company-dept", """
crm|Алексей|Никитин|a.nikitin@kazanpribor.ru|+7 843 267 19 80|ПАО «Казаньприбор», отдел снабжения|Казань
helpdesk|Aleksey|Nikitin|a.nikitin@kazanpribor.ru|8(843)2671980|Kazanpribor|Kazan
""")
P("nickname singleton cyrillic", "shop|Лёша|Никитин|lesha.nikitin@mail.ru|8 917 260-33-14||Казань", note="'Lyosha' Nikitin, same surname and city as Aleksey Nikitin at Kazanpribor; nothing else shared: different.")

P("gmail-dots subaddress email-case", """
newsletter|Sarah|O'Neill|sarah.oneill+newsletter@gmail.com|||Dublin
shop|Sarah|O'Neill|Sarah.ONeill@gmail.com|+353 87 220 1146||Dublin
event|Sarah|ONeill|sarahoneill@gmail.com||Liffey Analytics|Dublin
""")

P("middle-name initial", """
crm|Mihai Alexandru|Popa|mihai.popa@transilvania-metal.ro|+40 264 590 130|Transilvania Metal SA|Cluj-Napoca
event|Mihai A.|Popa|mihai.popa@transilvania-metal.ro||Transilvania Metal|Cluj
""")

P("caps company-form", """
crm|Irena|Zajc|irena.zajc@ljsoft.si|+386 1 430 22 35|LJ Soft d.o.o.|Ljubljana
import|IRENA|ZAJC||+38614302235|LJ SOFT DOO|LJUBLJANA
""")

P("singleton", "event|Jakob|Eder|jakob.eder@tiroler-seilbahntechnik.at||Tiroler Seilbahntechnik GmbH|Imst")
P("singleton", "web-form|Emily|Carter|emily.carter@gmail.com|(206) 555-0138||Seattle")
P("singleton", "shop|Viktor|Hrabal|viktor.hrabal@email.cz|+420 734 551 209||Kladno")
P("singleton", "newsletter|Oksana|Lysenko|oksana.lysenko@gmail.com|||Kraków")
P("singleton", "webinar|Zsófia|Farkas|zsofia.farkas@dunaimpex.hu|||Budapest")
P("singleton", "helpdesk|Aleš|Vidmar|ales.vidmar@mariborlivarna.si|+386 2 230 41 70|Livarna Maribor d.d.|Maribor")
P("singleton", "event|Daria|Sorokina|d.sorokina@nevatrans-log.ru||Neva Trans Logistic|Saint Petersburg")
P("singleton", "shop|Grace|Kennedy|grace.kennedy@hotmail.co.uk|07700 900 920||Liverpool")
P("singleton", "web-form|Radu|Ionescu|radu.ionescu@carpatsoft.ro|+40 21 312 45 91|CarpatSoft SRL|București")
P("singleton", "newsletter|Monika|Bauer|monika.bauer@gmx.at|||Graz")
P("singleton", "event|Ilze|Liepiņa|ilze.liepina@rigasmeza.lv||SIA Rīgas Meža Tehnika|Rīga")
P("singleton", "shop|Tadeusz|Wilk|tadeusz.wilk@o2.pl|+48 605 771 209||Rzeszów")

P("phone-dashes initial", """
crm|Carlos|Mendoza|cmendoza@lonestarfluid.com|+1 713 555 0151|Lone Star Fluid Systems, LLC|Houston
webinar|Carlos R.|Mendoza|cmendoza@lonestarfluid.com|713-555-0151 x204|Lone Star Fluid Systems|Houston, TX
""")

P("nickname email-space", """
crm|Wolfgang|Huber|wolfgang.huber@tiroler-seilbahntechnik.at|+43 5412 62 300|Tiroler Seilbahntechnik GmbH|Imst
event|Wolfi|Huber|wolfgang.huber@tiroler-seilbahntechnik.at ||Tiroler Seilbahntechnik|Imst
""")
P("namesake singleton", "crm|Wolfgang|Huber|w.huber@saxonia-antriebe.de|+49 371 53 38 160|Saxonia Antriebe GmbH|Chemnitz", note="Namesake of the Tyrolean Wolfgang Huber; nothing else shared.")

P("company-abbrev ua-ru-form", """
crm|Тарас|Бойко|t.boiko@odesa-zerno.com.ua|+380 48 722 31 80|ТОВ «Одеса Зерно»|Одеса
partner-portal|Taras|Boyko|t.boiko@odesa-zerno.com.ua||OZ LLC|Odessa
""")

P("hu-ne singleton", "web-form|Kissné|Tóth Judit|kissne.judit@freemail.hu|+36 52 411 308||Debrecen", note="Columns split oddly: 'Kissné' in first_name, 'Tóth Judit' in last_name.")
