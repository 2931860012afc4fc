from common import P

P("cyrillic romanization patronymic", """
crm|Дмитрий|Соколов|d.sokolov@agrotehnika-kuban.ru|+7 861 244-18-30|ООО «Агротехника Кубань»|Краснодар
event|Dmitry|Sokolov|d.sokolov@agrotehnika-kuban.ru|8 (861) 244-18-30|Agrotekhnika Kuban LLC|Krasnodar
helpdesk|Dmitrij Sokolov||D.Sokolov@agrotehnika-kuban.ru|+78612441830|OOO Agrotechnika Kuban|Krasnodar
crm|Соколов Дмитрий Игоревич|||+7 861 244-18-30|Агротехника Кубань|Краснодар
""", g="kuban")
P("switchboard", """
crm|Ирина|Волкова|i.volkova@agrotehnika-kuban.ru|+7 861 244-18-30|ООО «Агротехника Кубань»|Краснодар
""", g="kuban")
P("romanization job-change", """
crm|Алексей|Кузнецов|kuznetsov.aleksey@yandex.ru|+7 916 402-55-13|АО «Подмосковье Агро»|Москва
event|Alexey|Kuznetsov|a.kuznetsov@podmoskovye-agro.ru|+7 916 402 55 13|Podmoskovye Agro JSC|Moscow
crm|Aleksei|Kuznetcov|a.kuznetsov@volga-traktor.ru|8-916-402-55-13|Волга-Трактор|Тверь
""", g="kuznetsov-moskva")
P("namesake", """
crm|Алексей|Кузнецов|alex.kuz@mail.ru|+7 903 118-40-72|ООО «Стройтехника»|Москва
""", g="kuznetsov-moskva")
P("nickname patronymic", """
crm|Екатерина|Морозова|e.morozova@sibagro.ru|+7 383 210-44-51|ООО «СибАгро»|Новосибирск
e-shop|Катя|Морозова|katya.morozova@gmail.com|+7 913 770-12-08||Новосибирск
crm|Морозова Екатерина Павловна||katya.morozova@gmail.com|+7 383 210-44-51|СибАгро|Новосибирск
""")
P("gender-pair family-phone", """
crm|Евгений|Лебедев|lebedev.e@rambler.ru|+7 921 655-40-18|КФХ Лебедев|Великий Новгород
e-shop|Evgeny|Lebedev|lebedev.e@rambler.ru|89216554018||Veliky Novgorod
""", g="lebedev")
P("gender-pair family-phone singleton", """
e-shop|Евгения|Лебедева|evgenia.lebedeva@mail.ru|89216554018||Великий Новгород
""", g="lebedev")
P("trunk-prefix caps", """
crm|СЕРГЕЙ|ПОПОВ|popov@kamaz-servis-chel.ru|8 (351) 729-14-02|КАМАЗ-СЕРВИС ЧЕЛЯБИНСК|ЧЕЛЯБИНСК
helpdesk|Сергей|Попов|popov@kamaz-servis-chel.ru|+7 351 729 14 02 доб. 115|Камаз-Сервис Челябинск|Челябинск
""")
P("singleton", """
crm|Наталья|Орлова|n.orlova@agrosnab-voronezh.ru|+7 473 239-60-11|ООО «Агроснаб Воронеж»|Воронеж
""")
# Ukraine
P("ua-ru-form romanization", """
crm|Олександр|Коваленко|o.kovalenko@dnipro-agro.com.ua|+380 67 412 3390|ТОВ «Дніпро Агро»|Дніпро
event|Aleksandr|Kovalenko|o.kovalenko@dnipro-agro.com.ua|+380674123390|Dnipro Agro LLC|Dnepr
crm|Александр|Коваленко||067 412 33 90|Днепр Агро|Днепр
helpdesk|Oleksandr|Kovalenko|o.kovalenko@dnipro-agro.com.ua|0674123390|TOV Dnipro Agro|Dnipro
""")
P("ua-ru-form", """
crm|Наталія|Бондаренко|n.bondarenko@ukr.net|+380 50 228 1147|ФГ «Бондаренко»|Полтава
e-shop|Natalia|Bondarenko|n.bondarenko@ukr.net|050 228 11 47||Poltava
crm|Наталья|Бондаренко|n.bondarenko@ukr.net|+380 50 228 1147|Фермерское хозяйство Бондаренко|Полтава
""")
P("romanization", """
crm|Андрій|Шевчук|andriy.shevchuk@agromash-lviv.com.ua|+380 32 245 7012|ПрАТ «Агромаш Львів»|Львів
event|Andrii|Shevchuk|andriy.shevchuk@agromash-lviv.com.ua|+380 32 245 70 12|Agromash Lviv|Lviv
web-form|Andrij|Schewtschuk|andriy.shevchuk@agromash-lviv.com.ua||Agromasch Lwiw|Lemberg
""")
P("colleague-email", """
crm|Ігор|Мельник|i.melnyk@agromash-lviv.com.ua|+380 32 245 7015|ПрАТ «Агромаш Львів»|Львів
""", g="melnyk-lviv")
P("colleague-email", """
crm|Ірина|Мельник|i.melnyk2@agromash-lviv.com.ua|+380 32 245 7016|ПрАТ «Агромаш Львів»|Львів
helpdesk|Iryna|Melnyk|i.melnyk2@agromash-lviv.com.ua|032 245 70 16|Agromash Lviv|Lviv
""", g="melnyk-lviv")
P("nickname", """
crm|Володимир|Ткаченко|volodymyr.tkachenko@gmail.com|+380 97 551 0284|ФОП Ткаченко В.М.|Вінниця
e-shop|Вова|Ткаченко|volodymyr.tkachenko@gmail.com|097 551 02 84||Вінниця
""")
P("singleton", """
crm|Оксана|Гончаренко|oksana.h@ukr.net|+380 63 770 1125||Черкаси
""")
P("romanization swapped", """
event|Tkachuk|Yuliia|yuliia.tkachuk@agrospectr.ua|+380 44 390 2215|Agrospektr|Kyiv
crm|Юлія|Ткачук|yuliia.tkachuk@agrospectr.ua|+380 44 390 22 15|ТОВ «Агроспектр»|Київ
web-form|Yulia|Tkachuk|yulia.tkachuk@i.ua|044 390 2215||Kiev
""")
# Belarus
P("ua-ru-form romanization", """
crm|Аляксандр|Навіцкі|a.novitsky@belagrotech.by|+375 29 611 2084|ААТ «Белагратэх»|Мінск
crm|Александр|Новицкий|a.novitsky@belagrotech.by|+375 (29) 611-20-84|ОАО «Белагротех»|Минск
event|Aliaksandr|Navitski|a.novitsky@belagrotech.by|8 029 611 20 84|Belagrotech OJSC|Minsk
""")
P("singleton", """
crm|Татьяна|Ковалёва|t.kovaleva@gomelagro.by|+375 232 75 41 08|ОАО «Гомельагро»|Гомель
""")
P("no-diacritics", """
crm|Пётр|Жуков|zhukov.petr@tut.by|+375 33 402 1187|КФХ Жуков|Брест
e-shop|Петр|Жуков|zhukov.petr@tut.by|80334021187||Брест
""")
# Kazakhstan
P("romanization company-form", """
crm|Ерлан|Жумабаев|e.zhumabayev@astana-agro.kz|+7 717 255 0341|ТОО «Астана Агро»|Астана
event|Yerlan|Zhumabayev|e.zhumabayev@astana-agro.kz|+7 7172 55 03 41|Astana Agro LLP|Nur-Sultan
helpdesk|Erlan|Zhumabaev||8 (7172) 55-03-41|TOO Astana Agro|Astana
""")
P("singleton", """
crm|Айгерим|Сейткали|aigerim.s@kazagrotech.kz|+7 701 322 4470|ТОО «КазАгроТех»|Алматы
""")
P("gmail-dots", """
e-shop|Nurlan|Abenov|nurlan.abenov@gmail.com|+7 777 508 1123||Karaganda
crm|Нурлан|Абенов|nurlanabenov@gmail.com|8 777 508 11 23|ИП Абенов|Караганда
""")
P("patronymic initials", """
crm|Игорь|Степанов|stepanov@omsk-selmash.ru|+7 381 253-17-40|АО «Омсксельмаш»|Омск
event|И. В.|Степанов|stepanov@omsk-selmash.ru||Омсксельмаш|Омск
crm|Степанов Игорь Викторович||stepanov@omsk-selmash.ru|8 (3812) 53-17-40|АО Омсксельмаш|Омск
""")
P("married cyrillic", """
crm|Анна|Смирнова|anna.smirnova@yandex.ru|+7 912 440-37-09|ООО «Уралагро»|Екатеринбург
crm|Анна|Васильева|anna.smirnova@yandex.ru|+7 912 440-37-09|Уралагро|Екатеринбург
event|Anna|Vasilyeva|a.vasilyeva@uralagro.ru|+79124403709|Uralagro|Yekaterinburg
""", g="smirnova-ekb")
P("namesake same-name-city singleton", """
crm|Анна|Смирнова|smirnova.a@bk.ru|+7 343 310-22-15|ООО «Екатеринбургская техника»|Екатеринбург
""", g="smirnova-ekb")
P("singleton", """
web-form|Maksim|Belov|max.belov@mail.ru|+7 926 117-30-48||Moscow
""")
P("role-mailbox", """
web-form|Роман|Титов|info@agrozapchast.ru|+7 495 640-18-20|Агрозапчасть|Москва
crm|Роман|Титов|r.titov@agrozapchast.ru|+7 495 640-18-24|ООО «Агрозапчасть»|Москва
""", g="agrozapchast")
P("role-mailbox singleton", """
web-form|Ольга|Фомина|info@agrozapchast.ru|+7 495 640-18-20|Агрозапчасть|Москва
""", g="agrozapchast")
P("father-son patronymic", """
crm|Виктор|Гришин|grishin.v@rambler.ru|+7 8442 95-11-03|КФХ Гришин|Волгоград
""", g="grishin")
P("father-son patronymic", """
crm|Виктор Викторович|Гришин|grishin.vv@rambler.ru|+7 904 401-55-62|КФХ Гришин|Волгоград
e-shop|Viktor|Grishin|grishin.vv@rambler.ru|89044015562||Volgograd
""", g="grishin")
