# Russian-speaking partner network: Russia, Ukraine, Belarus.
from people import P

P("cyrillic romanization-de patronymic phone-trunk company-translit", """
crm|Сергей|Журавлёв|s.zhuravlev@sveter.ru|+7 495 638-41-17|ООО «Северный Ветер»|Москва
erp|Sergej|Shurawljow|s.zhuravlev@sveter.ru||Sewerny Weter OOO|Moskau
event|Sergey|Zhuravlev|S.Zhuravlev@sveter.ru|8 (495) 638-41-17|Severny Veter LLC|Moscow
partner-portal|Сергей Николаевич|Журавлев|zhuravlev.sn@yandex.ru|8 916 204-55-31|Северный Ветер|Москва
""")
P("role-mailbox singleton", "web-form|Марина|Егорова|info@sveter.ru|+7 495 638 41 00|Северный Ветер|Москва")

P("cyrillic romanization-de romanization-pl email-case", """
crm|Наталья|Щукина|n.shchukina@uraltekhsnab.ru|+7 343 215 60 88|АО «Уралтехснаб»|Екатеринбург
erp|Natalja|Schtschukina||+7 (343) 215-60-88|Uraltechsnab AG|Jekaterinburg
event|Natalia|Szczukina|n.shchukina@uraltekhsnab.ru||Uraltechsnab|Jekaterynburg
webinar|Natalya|Shchukina|N.Shchukina@uraltekhsnab.ru|||Yekaterinburg
""")

P("ua-ru-form cyrillic romanization-en gmail-dots phone-trunk company-translated", """
crm|Олексій|Коваленко|o.kovalenko@dnipro-soft.com.ua|+380 44 590 12 73|ТОВ «Дніпро-Софт»|Київ
partner-portal|Алексей|Коваленко|o.kovalenko@dnipro-soft.com.ua|8 067 331-48-20|ООО «Днепр-Софт»|Киев
event|Oleksii|Kovalenko|oleksii.kovalenko@gmail.com|+380 67 331 48 20|Dnipro-Soft LLC|Kyiv
shop|Oleksiy|Kovalenko|oleksiikovalenko@gmail.com|067 331 4820||Kyiv
""")
P("role-mailbox switchboard cyrillic", """
web-form|Анастасія|Павленко|office@dnipro-soft.com.ua|+380 44 590 12 00|ТОВ «Дніпро-Софт»|Київ
event|Anastasiia|Pavlenko|a.pavlenko@dnipro-soft.com.ua|+380 44 590 12 00|Dnipro-Soft|Kyiv
""")
P("role-mailbox switchboard cyrillic singleton", "web-form|Богдан|Ткачук|office@dnipro-soft.com.ua|044 590 12 00|Дніпро-Софт|Київ")

P("by-ru-form romanization-passport phone-trunk cyrillic", """
crm|Сергей|Мельник|s.melnik@belagromash.by|+375 17 284 33 61|ОАО «Белагромаш»|Минск
partner-portal|Siarhei|Melnik|s.melnik@belagromash.by|8 017 284-33-61|Belagromash OJSC|Minsk
event|Сяргей|Мельнік||+375 29 644 18 02|Белагромаш|Мінск
""", note="Belarusian form on the event record, only the company links it: name + company.")
P("cyrillic by-ru-form singleton", "crm|Вольга|Казлоўская|v.kazlouskaya@belagromash.by|+375 17 284 33 00|ААТ «Белагромаш»|Мінск")

P("father-son family-phone patronymic cyrillic", """
crm|Иван Петрович|Соколов|sokolov.ip@mail.ru|+7 812 314 70 26||Санкт-Петербург
shop|Ivan|Sokolov|sokolov.ip@mail.ru|8 (812) 314-70-26||St. Petersburg
""")
P("father-son family-phone patronymic cyrillic gmail-dots", """
shop|Иван|Соколов|ivan.sokolov.spb@gmail.com|+7 812 314 70 26||Санкт-Петербург
crm|Иван Иванович|Соколов|i.sokolov@nevatrans-log.ru|+7 921 405 63 18|ООО «Нева Транс Логистик»|Санкт-Петербург
event|Ivan|Sokolov|ivansokolov.spb@gmail.com|+7 921 405-63-18|Neva Trans Logistic|Saint Petersburg
""")

P("role-mailbox company-dept phone-ext switchboard cyrillic", """
web-form|Ольга|Мороз|zakupki@uraltekhsnab.ru|+7 343 215 60 00|Уралтехснаб, отдел закупок|Екатеринбург
crm|Olga|Moroz|o.moroz@uraltekhsnab.ru|+7 343 215-60-00 доб. 214|AO Uraltekhsnab|Yekaterinburg
""")
P("role-mailbox switchboard cyrillic singleton", "web-form|Дмитрий|Волков|zakupki@uraltekhsnab.ru|8 343 215-60-00|АО «Уралтехснаб»|Екатеринбург")

P("surname-change ua-ru-form cyrillic", """
crm|Оксана|Ткаченко|oksana.tkachenko@ukr.net|+380 50 417 22 93||Харків
partner-portal|Oksana|Bondarenko|o.bondarenko@kharkivprylad.com.ua|050-417-22-93|Kharkivprylad|Kharkiv
event|Оксана|Бондаренко|o.bondarenko@kharkivprylad.com.ua||ТОВ «Харківприлад»|Харьков
""")

P("romanization-de cyrillic", """
crm|Юлия|Кузьмина|yu.kuzmina@sveter.ru|+7 495 638 41 30|ООО «Северный Ветер»|Москва
event|Julia|Kuzmina|yu.kuzmina@sveter.ru|+7 495 638 41 30|Severny Veter|Moscow
erp|Julija|Kusmina|||Sewerny Weter OOO|Moskau
""")
P("namesake nickname cyrillic singleton", "newsletter|Юля|Кузьмина|yulechka.k@mail.ru|||Санкт-Петербург")

P("romanization-passport romanization-de nickname cyrillic", """
crm|Евгений|Хабибуллин|e.khabibullin@kazanpribor.ru|+7 843 267 19 54|ПАО «Казаньприбор»|Казань
event|Evgenii|Khabibullin|EKhabibullin@kazanpribor.ru|+7 (843) 267-19-54|Kazanpribor PJSC|Kazan
erp|Jewgeni|Chabibullin|e.khabibullin@kazanpribor.ru||Kasanpribor PAO|Kasan
webinar|Yevgeny|Khabibullin|zhenya.khabibullin@gmail.com||Kazanpribor|Kazan
""")
P("gender-pair nickname cyrillic singleton", "shop|Евгения|Хабибуллина|zhenya.khabibullina@gmail.com|+7 917 255 03 61||Казань", note="Yevgenia, also 'Zhenya'; e-mail one letter from Yevgeny's private one; nothing shared: different.")

P("romanization-cz romanization-de ua-ru-form czech-feminine cyrillic", """
crm|Ксенія|Шевчук|k.shevchuk@lvivtekstyl.com.ua|+380 32 244 18 70|ПрАТ «Львівтекстиль»|Львів
import|Ksenija|Ševčuková|k.shevchuk@lvivtekstyl.com.ua||Lvivtekstyl|Lvov
erp|Xenia|Schewtschuk||0038032 2441870|Lwiwtextil|Lemberg
""", note="Judgement call: a Czech system added the feminine -ová to the surname; linked by e-mail.")

P("nickname gmail-dots cyrillic phone-dashes", """
crm|Екатерина|Смирнова|e.smirnova@sveter.ru|+7 903 118 20 46|ООО «Северный Ветер»|Москва
event|Katya|Smirnova|katya.smirnova@gmail.com|+7 903 118 20 46|Severny Veter|Moscow
shop|Катя|Смирнова|katyasmirnova@gmail.com|8-903-118-20-46||Москва
""")
P("namesake name-city-only singleton", "newsletter|Ekaterina|Smirnova|smirnova.ekaterina@yandex.ru|||Moscow")

P("gender-pair family-phone nickname email-one-letter cyrillic", """
crm|Александр|Лебедев|a.lebedev@nevatrans-log.ru|+7 911 230 44 18|ООО «Нева Транс Логистик»|Санкт-Петербург
shop|Саша|Лебедев|sasha.lebedev@mail.ru|8 911 230-44-18||СПб
web-form|Aleksandr|Lebedev|sasha.lebedev@mail.ru|+7 812 272 19 05||Saint Petersburg
""")
P("gender-pair family-phone nickname email-one-letter cyrillic", """
shop|Александра|Лебедева|sasha.lebedeva@mail.ru|8 (812) 272-19-05||Санкт-Петербург
newsletter|Sasha|Lebedeva|sasha.lebedeva@mail.ru|||St Petersburg
""")

P("singleton cyrillic", "newsletter|Татьяна|Орлова|t.orlova@yandex.ru|||Новосибирск")
P("singleton switchboard", "partner-portal|Vladimir|Gusev|v.gusev@permkabel.ru|+7 342 206 31 80|OOO Permkabel|Perm")
P("singleton cyrillic", "web-form|Андрій|Мельник|andriy.melnyk@ukr.net|+380 97 512 40 66||Львів")
P("singleton nickname phone-trunk", "shop|Mikhail|Belov|misha.belov@mail.ru|8 926 771-40-52||Moscow")

P("initial full-name-one-field patronymic cyrillic", """
import|Петров А. В.||a.petrov@permkabel.ru||ООО «Пермкабель»|Пермь
crm|Андрей Викторович|Петров|a.petrov@permkabel.ru|+7 342 206 31 95|ООО «Пермкабель»|Пермь
event|Andrei|Petrov||+7 (342) 206-31-95|Permkabel|Perm
""")

P("romanization-fr romanization-de cyrillic private-email", """
crm|Olga|Tchaïkovskaïa|olga.tchaikovskaia@lemanlog.ch|+41 22 731 45 30|Léman Logistique SA|Genève
partner-portal|Ольга|Чайковская|olga.tch@mail.ru|+41 79 552 18 04|Леман Логистик|Женева
event|Olga|Tschaikowskaja|olga.tch@mail.ru||Leman Logistik AG|Genf
""")

P("ua-ru-form romanization-en cyrillic", """
partner-portal|Володимир|Гнатюк|v.hnatiuk@odesa-zerno.com.ua|+380 48 722 31 57|ТОВ «Одеса Зерно»|Одеса
crm|Vladimir|Gnatyuk|v.hnatiuk@odesa-zerno.com.ua|048 722 31 57|Odessa Zerno|Odessa
event|Volodymyr|Hnatiuk||+380487223157|Odesa Zerno LLC|Odesa
""", note="Russian form Vladimir Gnatyuk of Ukrainian Volodymyr Hnatiuk; linked by e-mail and phone.")

P("nickname swapped cyrillic", """
crm|Дмитрий|Ершов|d.ershov@nevatrans-log.ru|+7 812 449 30 27|ООО «Нева Транс Логистик»|Санкт-Петербург
import|Ершов|Дима|d.ershov@nevatrans-log.ru||Нева Транс Логистик|
""")

P("surname-change cyrillic romanization-en", """
crm|Анна|Морозова|anna.morozova@permkabel.ru|+7 902 633 18 47|ООО «Пермкабель»|Пермь
shop|Anna|Volkova|anna.volkova84@mail.ru|8 902 633 18 47||Perm
""")

P("company-translit cyrillic", """
crm|Игорь|Захарченко|i.zakharchenko@belagromash.by|+375 17 284 33 70|ОАО «Белагромаш»|Минск
erp|Ihar|Zakharchanka|i.zakharchenko@belagromash.by||JSC Belagromash|Minsk
""", note="Belarusian passport form Ihar Zakharchanka of Russian Igor Zakharchenko; linked by e-mail.")

P("singleton cyrillic", "event|Роман|Литвиненко|r.lytvynenko@kharkivprylad.com.ua||ТОВ «Харківприлад»|Харків")
P("singleton", "webinar|Irina|Fedorova|irina.fedorova@kazanpribor.ru|||Kazan")
P("namesake singleton cyrillic", "shop|Ирина|Федорова|fedorova.irina@yandex.ru|8 917 402-11-35||Казань", note="Same name and city as the Irina Fedorova at Kazanpribor, written in Cyrillic; nothing else shared: different.")

P("caps romanization-iso9 cyrillic", """
crm|Юрий|Щербаков|y.shcherbakov@uraltekhsnab.ru|+7 343 215 60 41|АО «Уралтехснаб»|Екатеринбург
import|JURIJ|ŠČERBAKOV|y.shcherbakov@uraltekhsnab.ru||URALTECHSNAB|JEKATĚRINBURG
event|Ûrij|Ŝerbakov||+7 343 2156041|Uraltehsnab|Ekaterinburg
""", note="ISO 9 transliteration (Ûrij Ŝerbakov) on the event record; linked by phone.")
