# Lithuania, Latvia, Estonia.
from people import P

P("surname-change phone-trunk diacritics", """
crm|Rūta|Kazlauskienė|ruta.kazlauskiene@baltlink.lt|+370 612 44 805|UAB „Baltlink“|Vilnius
newsletter|Ruta|Petraityte|ruta.petraityte@gmail.com|8 612 44805||Vilnius
""", note="Maiden (-aitė) and married (-ienė) forms; linked by mobile.")

P("cyrillic phone-trunk company-form", """
partner-portal|Миндаугас|Янкаускас|m.jankauskas@baltlink.lt|+370 5 219 3370|Балтлинк|Вильнюс
crm|Mindaugas|Jankauskas|m.jankauskas@baltlink.lt|(8 5) 219 3370|UAB Baltlink|Vilnius
""")

P("diacritics cyrillic company-translit", """
crm|Jānis|Bērziņš|janis.berzins@rigasmeza.lv|+371 67 214 590|SIA Rīgas Meža Tehnika|Rīga
event|Janis|Berzins|janis.berzins@rigasmeza.lv|67214590|Rigas Meza Tehnika SIA|Riga
partner-portal|Янис|Берзиньш|||Ригас Межа Техника|Рига
""", note="Cyrillic partner-portal record has no e-mail or phone: joined by name + company (transliterated).")
P("namesake name-city-only singleton", "web-form|Jānis|Bērziņš|berzins.janis@inbox.lv|+371 29 418 733||Rīga")

P("caps phone-national doubled-letter", """
crm|Mart|Saar|mart.saar@tallinndigi.ee|+372 640 2218|Tallinn Digi OÜ|Tallinn
helpdesk|Mart|Saaar|MART.SAAR@TALLINNDIGI.EE|6402218|Tallinn Digi|Tallinn
""")

P("cyrillic phone-national", """
shop|Светлана|Иванова|svetlana.ivanova@mail.ee|+372 5512 3487||Таллин
event|Svetlana|Ivanova|svetlana.ivanova@mail.ee|5512 3487|Tallinn Digi OÜ|Tallinn
""")
P("namesake singleton", "newsletter|Svetlana|Ivanova|s.ivanova@sveter.ru||Severny Veter|Moscow")

P("gender-pair family-phone", """
shop|Tomas|Petrauskas|tomas.p@one.lt|8 37 428116||Kaunas
event|Tomas|Petrauskas|tomas.p@one.lt|+370 686 21904|UAB Kauno metalas|Kaunas
""")
P("gender-pair family-phone singleton", "web-form|Toma|Petrauskienė|toma.petrauskiene@one.lt|+370 37 428116||Kaunas")

P("nickname diacritics email-case", """
crm|Kristaps|Ozoliņš|kristaps.ozolins@rigasmeza.lv|+371 67 214 612|SIA Rīgas Meža Tehnika|Rīga
webinar|Krišs|Ozolins|Kristaps.Ozolins@rigasmeza.lv|||Riga
""")

P("singleton", "event|Kadri|Tamm|kadri.tamm@tallinndigi.ee||Tallinn Digi OÜ|Tallinn")
P("singleton", "newsletter|Laura|Kalniņa|laura.kalnina@inbox.lv|||Jelgava")
P("singleton diacritics", "shop|Gediminas|Žukauskas|gedas.zukauskas@gmail.com|+370 655 31 207||Klaipėda")

P("cyrillic company-translated job-change", """
partner-portal|Андрей|Козлов|a.kozlov@baltlink.lt|+370 5 219 3388|UAB „Baltlink“|Вильнюс
crm|Andrej|Kozlov|andrej.kozlov@nordport-logistics.lv|+370 5 219 3388|Nordport Logistics SIA|Riga
""", note="Moved from Baltlink (Vilnius) to Nordport (Riga); the old direct number is on the new record.")

P("diacritics", """
crm|Jüri|Põder|juri.poder@tartumasin.ee|+372 742 3318|Tartu Masin AS|Tartu
import|Juri|Poder|juri.poder@tartumasin.ee|+3727423318|TARTU MASIN|Tartu
erp|Jueri|Poeder||742 3318|Tartu Masin AS|Tartu
""")

P("double-surname phone-trunk", """
crm|Eglė|Vasiliauskaitė-Kairienė|egle.kairiene@kaunometalas.lt|+370 37 42 81 40|UAB Kauno metalas|Kaunas
helpdesk|Egle|Kairiene|egle.kairiene@kaunometalas.lt|8 37 42 81 40|Kauno metalas|Kaunas
""")
