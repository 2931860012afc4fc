from common import P

P("phone-notation company-abbrev", """
crm|Vladimír|Čermák|vladimir.cermak@zd-hostin.cz|+420 315 694 201|Zemědělské družstvo Hostín|Hostín
event|Vladimir|Cermak|vladimir.cermak@zd-hostin.cz|315 694 201|ZD Hostín|Hostin
helpdesk|Vláďa|Čermák||+420315694201|ZD Hostin|Hostín
""")
P("subaddress email-case", """
e-shop|Zdeněk|Bartoš|zdenek.bartos+eshop@email.cz|+420 720 551 304||Písek
crm|Zdeněk|Bartoš|Zdenek.Bartos@email.cz|720 551 304|Bartoš – zemědělská výroba|Písek
""")
P("married", """
crm|Joanna|Kowalska|joanna.kowalska@agropol-lodz.pl|+48 42 633 21 40|Agropol Łódź|Łódź
crm|Joanna|Kowalska-Nowicka|joanna.kowalska@agropol-lodz.pl|+48 42 633 21 40|Agropol Łódź Sp. z o.o.|Łódź
e-shop|Asia|Nowicka|asia.nowicka@wp.pl|+48 42 633 21 40||Lodz
""")
P("initials trunk-prefix", """
crm|Karl-Heinz|Vogel|kh.vogel@vogel-maschinenbau.de|+49 (0)5221 1730 40|Vogel Maschinenbau GmbH|Herford
helpdesk|K.-H.|Vogel|kh.vogel@vogel-maschinenbau.de|(05221) 173040|Vogel Maschinenbau|Herford
""")
P("company-translation branch", """
crm|Markus|Lindner|m.lindner@agrartechnik-sachsen.de|+49 351 8872 310|Agrartechnik Sachsen GmbH, Niederlassung Dresden|Dresden
event|Markus|Lindner|m.lindner@agrartechnik-sachsen.de|+49 351 8872 310|Saxony Agricultural Engineering (Dresden branch)|Dresden
""")
P("fullname-one-field nickname", """
web-form|Tom Gallagher|||07700 900 521|Gallagher Haulage|Belfast
crm|Thomas|Gallagher|tom@gallagher-haulage.co.uk|+44 7700 900521|Gallagher Haulage Ltd|Belfast
""")
P("gmail-dots", """
e-shop|Siobhan|Kennedy|siobhan.kennedy@gmail.com|+353 87 661 2045||Galway
crm|Siobhán|Kennedy|s.i.o.bhankennedy@gmail.com|087 661 2045|Kennedy Agri Supplies|Galway
""")
P("cyrillic patronymic trunk-prefix", """
crm|Михаил|Петров|m.petrov@rostselmash-dealer.ru|8 (863) 255-71-04|ООО «Дон-Агросервис»|Ростов-на-Дону
event|Mikhail|Petrov|m.petrov@rostselmash-dealer.ru|+7 863 255 71 04|Don-Agroservis|Rostov-on-Don
crm|Петров М. А.||m.petrov@rostselmash-dealer.ru||Дон-Агросервис|Ростов-на-Дону
""")
P("ua-ru-form nickname", """
crm|Тарас|Кравчук|taras.kravchuk@gmail.com|+380 98 331 4452|ФГ «Кравчук»|Тернопіль
e-shop|Taras|Kravchuk|taraskravchuk@gmail.com|098 331 44 52||Ternopil
""")
P("romanization", """
crm|Айдар|Нурпеисов|a.nurpeisov@kostanay-agro.kz|+7 714 254 2219|ТОО «Костанай Агро»|Костанай
event|Aidar|Nurpeissov|a.nurpeisov@kostanay-agro.kz|8 7142 54 22 19|Kostanay Agro LLP|Kostanay
""")
P("caps no-diacritics", """
import|ISTVÁN|HORVÁTH|istvan.horvath@zala-gep.hu|+36 92 510 334|ZALA-GÉP KFT.|ZALAEGERSZEG
crm|Istvan|Horvath|istvan.horvath@zala-gep.hu|06 92 510 334|Zala-Gép Kft.|Zalaegerszeg
""")
P("nickname company-form", """
crm|Gheorghe|Munteanu|gheorghe.munteanu@agrimec-buzau.ro|+40 238 710 225|Agrimec Buzău S.R.L.|Buzău
e-shop|George|Munteanu|gheorghe.munteanu@agrimec-buzau.ro|0238 710 225||Buzau
""")
P("singleton", """
crm|Dainius|Stankevičius|dainius@stankeviciaus-ukis.lt|+370 698 33 210|Stankevičiaus ūkis|Marijampolė
""")
P("singleton", """
crm|Olena|Marchenko|olena.marchenko@agroinvest.com.ua|+380 56 370 1142|Agroinvest LLC|Dnipro
""")
P("singleton", """
e-shop|Sophie|Clarke|sophie.clarke@outlook.com|07700 900 188||Exeter
""")
P("singleton", """
crm|Wolfgang|Steiner|wolfgang.steiner@steiner-bau.at|+43 316 428 117|Steiner Bau GmbH|Graz
""", g="steiner")
