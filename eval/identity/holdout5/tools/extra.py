from common import P

# more people across the network, written after a first count
P("job-change phone-notation", """
crm|Radim|Hrubý|radim.hruby@autosalon-opava.cz|+420 553 614 120|Autosalon Opava s.r.o.|Opava
crm|Radim|Hruby|radim.hruby@slezska-technika.cz|553614120|Slezská technika a.s.|Ostrava
""")
P("singleton", """
e-shop|Barbora|Nová|barca.nova@seznam.cz|+420 702 341 118||Kolín
""")
P("email-case", """
crm|Petra|Kadlecová|PETRA.KADLECOVA@AGRO-KOLIN.CZ|+420 321 720 455|Agro Kolín a.s.|Kolín
helpdesk|Petra|Kadlecova|petra.kadlecova@agro-kolin.cz||Agro Kolin|Kolin
""")
P("singleton", """
event|Dominik|Štěpánek|d.stepanek@mechanizace-tabor.cz|+420 381 255 410|Mechanizace Tábor|Tábor
""")
P("company-typo", """
crm|Helena|Jelínková|helena.jelinkova@zemspol-strakonice.cz|+420 383 321 228|Zemspol Strakonice a.s.|Strakonice
event|Helena|Jelínková||+420 383 321 228|Zemspol Strakoncie|Strakonice
""")
P("singleton", """
crm|Filip|Marek|filip.marek@marek-stavby.cz|+420 606 402 771|Marek Stavby s.r.o.|Mladá Boleslav
""", g="marek-filip")
P("swapped", """
import|Marek|Filip|marek.filip@volny.cz|+420 603 118 420||Mladá Boleslav
""", g="marek-filip")
P("no-diacritics phone-national", """
crm|Michal|Šťastný|michal.stastny@autoservis-kladno.cz|+420 312 660 119|Autoservis Kladno|Kladno
e-shop|Michal|Stastny|michal.stastny@autoservis-kladno.cz|312660119||Kladno
""")
P("singleton", """
crm|Beata|Sokołowska|b.sokolowska@rolnik-plock.pl|+48 24 268 30 12|Rolnik Płock Sp. z o.o.|Płock
""")
P("job-change", """
crm|Adam|Wiśniewski|adam.wisniewski@agroserwis-kielce.pl|+48 600 224 810|Agroserwis Kielce|Kielce
crm|Adam|Wisniewski|a.wisniewski@maszyny-radom.pl|+48 600 224 810|Maszyny Radom S.A.|Radom
""")
P("singleton", """
web-form|Natalia|Kubiak|natalia.kubiak@gmail.com|+48 733 418 950||Poznań
""")
P("singleton", """
crm|Uwe|Schulz|uwe.schulz@agrotec-nord.de|+49 431 6603 44|Agrotec Nord GmbH|Kiel
""")
P("nickname", """
crm|Alexander|König|alexander.koenig@koenig-agrar.de|+49 8141 33 207|König Agrar KG|Fürstenfeldbruck
e-shop|Alex|Koenig|alex.koenig@koenig-agrar.de|08141 33207||Fuerstenfeldbruck
""")
P("singleton", """
e-shop|Lena|Hartmann|lena.hartmann@web.de|+49 157 3301 4418||Würzburg
""")
P("typo email-space", """
crm|Bernhard|Schwarz|b.schwarz@landtechnik-schwarz.at|+43 3152 2440|Landtechnik Schwarz e.U.|Feldbach
helpdesk|Bernhard|Schwartz|b.schwarz@landtechnik-schwarz.at |03152 2440|Landtechnik Schwarz|Feldbach
""")
P("singleton", """
crm|Anja|Egger|anja.egger@egger-hof.at|+43 4762 3318|Eggerhof|Spittal an der Drau
""")
P("singleton", """
crm|Ian|Robertson|ian.robertson@tayside-agri.co.uk|+44 1632 960 723|Tayside Agri Ltd|Perth
""")
P("nickname", """
crm|William|Fletcher|william.fletcher@fletcher-agri.co.uk|+44 7700 900 334|Fletcher Agri|Lincoln
e-shop|Bill|Fletcher|bill.fletcher@btinternet.com|07700 900334||Lincoln
helpdesk|Will|Fletcher|william.fletcher@fletcher-agri.co.uk||Fletcher Agri Ltd|Lincoln
""")
P("singleton", """
crm|Siobhán|Daly|siobhan.daly@kerrygold-farms.ie|+353 66 712 3340|Daly Farms|Killarney
""")
P("singleton", """
crm|Павел|Егоров|p.egorov@agrotrade-kazan.ru|+7 843 297-41-20|ООО «Агротрейд»|Казань
""")
P("romanization", """
crm|Юрий|Федоров|yu.fedorov@penzaagro.ru|+7 841 256-30-17|ООО «ПензаАгро»|Пенза
event|Yury|Fyodorov|yu.fedorov@penzaagro.ru||PenzaAgro|Penza
web-form|Iurii|Fedorov|yu.fedorov@penzaagro.ru|+7 8412 56 30 17||Penza
""")
P("singleton", """
e-shop|Dmytro|Savchenko|dmytro.savchenko@ukr.net|+380 66 120 4437||Kharkiv
""")
P("ua-ru-form", """
crm|Сергій|Литвиненко|s.lytvynenko@zhytomyr-agro.com.ua|+380 41 242 1108|ТОВ «Житомир Агро»|Житомир
crm|Сергей|Литвиненко|s.lytvynenko@zhytomyr-agro.com.ua|+380 41 242 1108|Житомир Агро|Житомир
""")
P("singleton", """
crm|Ержан|Токаев|erzhan.t@shymkent-agro.kz|+7 725 253 1040|ТОО «Шымкент Агро»|Шымкент
""")
P("singleton", """
crm|Balázs|Kiss|kiss.balazs@kiss-farm.hu|+36 30 217 4450|Kiss Farm Kft.|Pécs
""")
P("singleton", """
crm|Cristina|Georgescu|cristina.georgescu@agroplus-dolj.ro|+40 251 410 338|Agroplus Dolj SRL|Craiova
""")
P("singleton", """
crm|Aivars|Ozols|aivars@ozoli-farm.lv|+371 2630 7715|Ozoli z/s|Valmiera
""")
P("singleton", """
crm|Jonas|Vaitkus|jonas.vaitkus@gmail.com|+370 650 21 884||Šiauliai
""")
P("singleton", """
crm|Renáta|Bartošová|renata.bartosova@agrospol-trnava.sk|+421 33 551 2071|Agrospol Trnava a.s.|Trnava
""")
P("singleton", """
e-shop|Patrik|Lukáč|patrik.lukac@gmail.com|0944 218 570||Košice
""")
P("whole-name-in-last", """
crm||Jozef Mráz|jozef.mraz@mraz-agro.sk|+421 905 662 341|Mráz Agro s.r.o.|Prešov
helpdesk|Jozef|Mraz|jozef.mraz@mraz-agro.sk|0905662341|Mraz Agro|Presov
""")
