# Russian and Ukrainian people of the identity holdout set, in Cyrillic and in Latin transliterations
# (hand-written; format in people_cz_sk.py).
from common import P

# --- ООО «Ромашка», Москва: switchboard +7 495 781-22-00, shared mailbox info@
P("cyrillic translit company-form email-case phone-format multi-phone missing",
  ("crm", "Юрий", "Щербаков", "y.shcherbakov@romashka.ru", "+7 495 781-22-40", "ООО «Ромашка»", "Москва"),
  ("erp", "Yuri", "Shcherbakov", "Y.Shcherbakov@romashka.ru", "8 (495) 781-22-40", "Romashka LLC", "Moscow"),
  ("event", "Jurij", "Ščerbakov", "", "+7 916 204 33 18", "Romashka", "Praha"),
  ("webinar", "Juri", "Schtscherbakow", "y.shcherbakov@romashka.ru", "", "OOO Romashka", "Moskau"),
  ("newsletter", "Yuriy", "Shcherbakov", "y.shcherbakov@romashka.ru", "", "", ""))
P("cyrillic translit shared-mailbox-own private-email company-form multi-phone mailbox:romashka switchboard:romashka",
  ("crm", "Ольга", "Кузнецова", "info@romashka.ru", "+7 495 781-22-00", "ООО «Ромашка»", "Москва"),
  ("event", "Olga", "Kuznetsova", "o.kuznetsova@romashka.ru", "", "Romashka LLC", "Moscow"),
  ("web-form", "Olga", "Kuzněcovová", "olga.kuznetsova@gmail.com", "+7 903 518 44 27", "Romashka", "Praha"))
P("cyrillic translit shared-mailbox-own multi-phone only-phone mailbox:romashka switchboard:romashka",
  ("web-form", "Игорь", "Лебедев", "info@romashka.ru", "8 495 781 22 00", "Ромашка", "Москва"),
  ("crm", "Igor", "Lebedev", "igor.lebedev@romashka.ru", "+7 925 440-18-73", "Romashka LLC", "Moscow"),
  ("helpdesk", "Игорь", "", "", "8 925 440 18 73", "", "Москва"))
P("mailbox:romashka",
  ("event", "Svetlana", "Pavlova", "INFO@romashka.ru", "", "OOO Romashka", "Moscow"))
P("switchboard:romashka cyrillic translit",
  ("crm", "Мария", "Лебедева", "m.lebedeva@romashka.ru", "+7 (495) 781-22-00", "ООО «Ромашка»", "Москва"),
  ("import", "Mariya", "Lebedeva", "m.lebedeva@romashka.ru", "", "Romashka OOO", "Moskva"))

# --- Сергей Иванов: four different people
P("cyrillic translit company-form missing phone-format namesake:sergey-ivanov",
  ("crm", "Сергей", "Иванов", "s.ivanov@severtechsnab.ru", "+7 812 335-17-20", "АО «СеверТехСнаб»", "Санкт-Петербург"),
  ("erp", "Sergey", "Ivanov", "s.ivanov@severtechsnab.ru", "+78123351720", "SeverTekhSnab JSC", "Saint Petersburg"),
  ("event", "Sergej", "Ivanov", "", "", "Severtechsnab", "St. Petersburg"))
P("translit phone-national company-form namesake:sergey-ivanov",
  ("crm", "Sergei", "Ivanov", "sergei.ivanov@brnosoft.cz", "+420 608 412 901", "BrnoSoft a.s.", "Brno"),
  ("webinar", "Sergej", "Ivanov", "sergei.ivanov@brnosoft.cz", "608 412 901", "BrnoSoft", "Brno"))
P("namesake:sergey-ivanov",
  ("newsletter", "Сергей", "Иванов", "s_ivanov77@mail.ru", "", "", "Новосибирск"))
P("namesake:sergey-ivanov",
  ("crm", "Сергій", "Іванов", "s.ivanov@dnipro-agro.ua", "+380 56 744 20 18", "ТОВ «Дніпро Агро»", "Дніпро"))

# --- АО «СеверТехСнаб», Санкт-Петербург
P("cyrillic translit phone-format company-form missing namesake:aleksey-smirnov",
  ("crm", "Алексей", "Смирнов", "a.smirnov@severtechsnab.ru", "+7 921 640-55-12", "АО «СеверТехСнаб»", "Санкт-Петербург"),
  ("web-form", "Aleksey", "Smirnov", "a.smirnov@severtechsnab.ru", "89216405512", "SeverTechSnab", "Saint Petersburg"),
  ("event", "Alexej", "Smirnow", "", "+7 (921) 640 55 12", "Severtechsnab AO", "Sankt Petersburg"))
P("cyrillic translit",
  ("crm", "Ирина", "Белова", "i.belova@severtechsnab.ru", "+7 812 335-17-31", "АО «СеверТехСнаб»", "Санкт-Петербург"),
  ("webinar", "Irina", "Belova", "i.belova@severtechsnab.ru", "", "SeverTekhSnab", "Saint Petersburg"))

# --- ООО «ВолгаПром», Самара; Петров family
P("cyrillic translit phone-format company-form family:petrov",
  ("crm", "Александр", "Петров", "a.petrov@volgaprom.ru", "+7 916 330-72-05", "ООО «ВолгаПром»", "Самара"),
  ("erp", "Aleksandr", "Petrov", "a.petrov@volgaprom.ru", "89163307205", "VolgaProm LLC", "Samara"))
P("family:petrov",
  ("web-form", "Aleksandra", "Petrova", "alexandra.petrova@yandex.ru", "8 916 330 72 05", "", "Samara"))
P("cyrillic translit phone-format company-form missing",
  ("crm", "Евгений", "Жуков", "e.zhukov@volgaprom.ru", "+7 846 270-11-34", "ООО «ВолгаПром»", "Самара"),
  ("event", "Yevgeny", "Zhukov", "e.zhukov@volgaprom.ru", "", "Volgaprom", "Samara"),
  ("import", "Jewgeni", "Schukow", "", "+7 846 2701134", "VolgaProm OOO", "Samara"))
P("", ("crm", "Роман", "Гусев", "r.gusev@volgaprom.ru", "+7 846 270-11-00", "ООО «ВолгаПром»", "Самара"))

# --- АО «УралМет», Екатеринбург: switchboard +7 343 288-40-00
P("cyrillic translit private-email email-case phone-format company-form missing",
  ("crm", "Наталья", "Волкова", "n.volkova@uralmet.ru", "+7 343 288-40-17", "АО «УралМет»", "Екатеринбург"),
  ("erp", "Natalya", "Volkova", "N.Volkova@UralMet.ru", "8 (343) 288-40-17", "UralMet JSC", "Yekaterinburg"),
  ("web-form", "Natalia", "Wolkowa", "natalia.volkova@gmail.com", "", "Uralmet", "Jekaterinburg"))
P("cyrillic typo translit missing company-form",
  ("crm", "Михаил", "Козлов", "m.kozlov@uralmet.ru", "+7 343 288-40-52", "АО «УралМет»", "Екатеринбург"),
  ("helpdesk", "Михаил", "Кослов", "m.kozlov@uralmet.ru", "", "УралМет", "Екатеринбург"),
  ("event", "Mikhail", "Kozlov", "", "+7 343 2884052", "UralMet", "Yekaterinburg"))
P("cyrillic translit multi-phone switchboard:uralmet",
  ("event", "Viktor", "Zaitsev", "v.zaytsev@uralmet.ru", "8 343 288 40 00", "UralMet", "Yekaterinburg"),
  ("crm", "Виктор", "Зайцев", "v.zaytsev@uralmet.ru", "+7 912 605-33-81", "АО «УралМет»", "Екатеринбург"),
  ("webinar", "Victor", "Zajcev", "v.zaytsev@uralmet.ru", "", "", ""))
P("switchboard:uralmet cyrillic",
  ("crm", "Галина", "Соколова", "g.sokolova@uralmet.ru", "+7 343 288-40-00", "АО «УралМет»", "Екатеринбург"))

# --- ООО «Техносфера», Казань; Морозов family
P("cyrillic translit accents email-case phone-format company-form missing",
  ("crm", "Ксения", "Фёдорова", "k.fedorova@technosfera.ru", "+7 843 212-30-55", "ООО «Техносфера»", "Казань"),
  ("erp", "Kseniya", "Fedorova", "k.fedorova@technosfera.ru", "+7 843 212 30 55", "Tekhnosfera LLC", "Kazan"),
  ("helpdesk", "Ксения", "Федорова", "K.Fedorova@technosfera.ru", "8 843 2123055", "Техносфера", "Казань"),
  ("event", "Xenia", "Fjodorowa", "", "", "Technosphera", "Kasan"))
P("cyrillic translit private-email company-form multi-phone family:morozov",
  ("crm", "Евгений", "Морозов", "e.morozov@technosfera.ru", "+7 843 212-30-70", "ООО «Техносфера»", "Казань"),
  ("web-form", "Evgeny", "Morozov", "evgeny.morozov@gmail.com", "+7 917 265-40-18", "Tekhnosfera", "Kazan"))
P("family:morozov",
  ("web-form", "Evgenia", "Morozova", "evgenia.morozova@gmail.com", "+7 917 265-40-18", "", "Kazan"))
P("cyrillic translit missing company-form",
  ("crm", "Анастасия", "Соловьёва", "a.solovyova@technosfera.ru", "+7 843 212-30-81", "ООО «Техносфера»", "Казань"),
  ("web-form", "Anastasia", "Solovieva", "a.solovyova@technosfera.ru", "", "Tekhnosfera", "Kazan"),
  ("event", "Anastasija", "Solovjova", "", "+7 843 2123081", "Technosfera", "Kazaň"))

# --- Москва, private contacts
P("cyrillic translit missing namesake:andrey-popov",
  ("crm", "Андрей", "Попов", "popov.andrey@mail.ru", "+7 926 118-40-93", "", "Москва"),
  ("web-form", "Andrei", "Popov", "popov.andrey@mail.ru", "", "", "Moscow"))
P("namesake:andrey-popov",
  ("event", "Andrej", "Popov", "andrej.popov@alfastavby.cz", "+420 777 530 614", "Alfa Stavby a.s.", "Praha"))
P("cyrillic translit swapped fullname-one-field phone-format",
  ("crm", "Татьяна Викторовна", "Морозова", "t.morozova@neva-print.ru", "+7 812 640-21-18", "ООО «Нева Принт»", "Санкт-Петербург"),
  ("import", "Morozova", "Tatiana", "t.morozova@neva-print.ru", "8 812 640 21 18", "Neva Print LLC", "St Petersburg"),
  ("webinar", "Tatyana", "Morozova", "t.morozova@neva-print.ru", "", "Neva Print", "Saint Petersburg"))
P("cyrillic", ("newsletter", "Владимир", "Орлов", "v.orlov1975@yandex.ru", "", "", "Тверь"))
P("cyrillic translit",
  ("crm", "Светлана", "Никитина", "s.nikitina@neva-print.ru", "+7 812 640-21-00", "ООО «Нева Принт»", "Санкт-Петербург"),
  ("event", "Swetlana", "Nikitina", "s.nikitina@neva-print.ru", "", "Newa Print", "Sankt Petersburg"))

# ========================= Ukraine =========================
P("cyrillic translit company-form phone-format missing",
  ("crm", "Олександр", "Шевченко", "o.shevchenko@dnipro-agro.ua", "+380 67 412 88 31", "ТОВ «Дніпро Агро»", "Дніпро"),
  ("erp", "Oleksandr", "Shevchenko", "o.shevchenko@dnipro-agro.ua", "067 412 8831", "Dnipro Agro LLC", "Dnipro"),
  ("event", "Alexander", "Schewtschenko", "", "+380674128831", "Dnipro-Agro TOV", "Dnipro"),
  ("import", "Александр", "Шевченко", "", "", "Днепр Агро", "Днепр"))
P("cyrillic translit phone-national private-email",
  ("crm", "Юлія", "Ткаченко", "yulia.tkachenko@ukr.net", "+380 50 318 27 64", "", "Київ"),
  ("web-form", "Yuliia", "Tkachenko", "yulia.tkachenko@ukr.net", "050 318 27 64", "Kyiv Print Hub", "Kyiv"),
  ("event", "Julija", "Tkačenko", "", "0503182764", "", "Kyjev"),
  ("newsletter", "Julia", "Tkatschenko", "yulia.tkachenko@ukr.net", "", "", "Berlin"))
P("cyrillic translit company-form phone-format missing",
  ("crm", "Serhii", "Bondarenko", "s.bondarenko@kharkivsoft.com.ua", "+380 57 700 41 26", "Kharkiv Soft LLC", "Kharkiv"),
  ("webinar", "Serhiy", "Bondarenko", "s.bondarenko@kharkivsoft.com.ua", "", "KharkivSoft", "Kharkiv"),
  ("event", "Сергей", "Бондаренко", "", "+380 57 700-41-26", "Харьков Софт", "Харьков"))
P("family:melnyk",
  ("crm", "Andrii", "Melnyk", "a.melnyk@kharkivsoft.com.ua", "+380 67 905 11 40", "Kharkiv Soft LLC", "Kharkiv"))
P("family:melnyk cyrillic",
  ("web-form", "Анна", "Мельник", "anna.melnyk@ukr.net", "067 905 11 40", "", "Харків"))
P("translit phone-national",
  ("crm", "Oksana", "Kovalenko", "oksana.kovalenko@kharkivsoft.com.ua", "+380 57 700 41 33", "Kharkiv Soft LLC", "Kharkiv"),
  ("event", "Oksana", "Kowalenko", "oksana.kovalenko@kharkivsoft.com.ua", "057 700 41 33", "Kharkiv Soft", "Charkiw"))
P("cyrillic translit private-email",
  ("crm", "Дмитро", "Коваль", "d.koval@lvivbud.com.ua", "+380 32 242 17 05", "ТОВ «Львівбуд»", "Львів"),
  ("event", "Dmytro", "Koval", "dmytro.koval@gmail.com", "+380 32 242 17 05", "Lvivbud", "Lviv"),
  ("web-form", "Dmitro", "Koval", "dmytro.koval@gmail.com", "", "", "Lwów"))
P("", ("newsletter", "Ірина", "Бойко", "iryna.boiko@ukr.net", "", "", "Одеса"))
P("translit", 
  ("crm", "Iryna", "Lysenko", "i.lysenko@lvivbud.com.ua", "+380 32 242 17 20", "Lvivbud LLC", "Lviv"),
  ("import", "Irina", "Lisenko", "i.lysenko@lvivbud.com.ua", "", "Lvivbud", "Lviv"))
