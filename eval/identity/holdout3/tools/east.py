"""Russia, Ukraine, Belarus, Kazakhstan."""
from common import P

PEOPLE = [
    # ======================= Russia
    P("cyrillic-latin translit-variant patronymic phone-8-prefix company-translit city-translation private-email", [
        ("crm", "Юрий", "Щукин", "y.shchukin@tekhnoresurs.ru", "+7 495 781 36 12", "ООО «Техноресурс»", "Москва"),
        ("event", "Yury", "Shchukin", "Y.Shchukin@tekhnoresurs.ru", "+7 916 204 77 31", "Tekhnoresurs LLC", "Moscow"),
        ("erp", "Juri", "Schtschukin", "", "8 (495) 781-36-12", "OOO Technoressurs", "Moskau"),
        ("eshop", "Юрий Алексеевич", "Щукин", "yura.shchukin@yandex.ru", "8 916 204-77-31", "", "Москва"),
    ]),

    P("namesake cyrillic-latin company-translit", [
        ("crm", "Андрей", "Смирнов", "a.smirnov@volgaprom.ru", "+7 831 412 56 08", "АО «Волгапром»", "Нижний Новгород"),
        ("event", "Andrey", "Smirnov", "a.smirnov@volgaprom.ru", "", "Volgaprom JSC", "Nizhny Novgorod"),
    ]),
    P("namesake", [("eshop", "Andrei", "Smirnov", "andrei.smirnov@mail.ru", "+7 921 330 45 18", "", "Sankt-Peterburg")]),
    P("namesake-same-city phone-8-prefix", [
        ("crm", "Андрей", "Смирнов", "smirnov@nn-logistika.ru", "8 (831) 275-14-90", "ООО «НН Логистика»", "Нижний Новгород"),
    ]),

    # --- father and son: same first and family name, patronymics differ, one home line
    P("father-son patronymic family-phone cyrillic-latin phone-8-prefix private-email", [
        ("crm", "Игорь Петрович", "Волков", "volkov.ip@uralsnab.ru", "+7 912 604 18 33", "ООО «Уралснаб»", "Екатеринбург"),
        ("eshop", "Игорь", "Волков", "volkov1961@mail.ru", "8 912 604-18-33", "", "Екатеринбург"),
        ("eshop", "Igor", "Volkov", "volkov1961@mail.ru", "8 (343) 365-28-14", "", "Ekaterinburg"),
    ], group="volkov"),
    P("father-son patronymic family-phone cyrillic-latin", [
        ("crm", "Игорь Игоревич", "Волков", "i.volkov@ekbsoft.ru", "+7 343 288 91 02", "ООО «ЕКБ Софт»", "Екатеринбург"),
        ("eshop", "Igor", "Volkov", "i.volkov@ekbsoft.ru", "+7 (343) 365-28-14", "", "Ekaterinburg"),
    ], group="volkov"),

    P("cyrillic-latin translit-variant city-translation", [
        ("crm", "Елена", "Кузьмина", "e.kuzmina@sibagroholding.ru", "+7 383 209 14 77", "ООО «Сибагрохолдинг»", "Новосибирск"),
        ("event", "Yelena", "Kuz'mina", "e.kuzmina@sibagroholding.ru", "", "Sibagroholding", "Novosibirsk"),
        ("erp", "Jelena", "Kusmina", "", "+7 (383) 209-14-77", "Sibagroholding OOO", "Nowosibirsk"),
    ]),

    P("title-degree cyrillic-latin patronymic company-translit", [
        ("crm", "Сергей Николаевич", "Белов, к.т.н.", "belov@niimash-kazan.ru", "+7 843 231 08 66", "АО «НИИМаш-Казань»", "Казань"),
        ("event", "Sergei", "Belov", "belov@niimash-kazan.ru", "", "NIIMash-Kazan", "Kazan"),
    ]),

    # --- Evgeny / Evgenia, colleagues, mailboxes one letter apart, one switchboard
    P("gender-pair colleague-email-initial switchboard cyrillic-latin", [
        ("crm", "Евгений", "Соколов", "e.sokolov@baltmoretrans.ru", "+7 812 448 21 30", "ООО «Балтморетранс»", "Санкт-Петербург"),
        ("event", "Evgeny", "Sokolov", "e.sokolov@baltmoretrans.ru", "+7 921 774 02 19", "Baltmoretrans", "St. Petersburg"),
    ], group="baltmore"),
    P("gender-pair colleague-email-initial switchboard", [
        ("crm", "Евгения", "Соколова", "e.sokolova@baltmoretrans.ru", "+7 812 448 21 30", "ООО «Балтморетранс»", "Санкт-Петербург"),
    ], group="baltmore"),

    # --- cable maker: info@ and the office line are shared
    P("shared-mailbox cyrillic-latin", [
        ("crm", "Марина", "Орлова", "info@promkabel-tula.ru", "+7 4872 70 31 15", "ООО «Промкабель»", "Тула"),
        ("event", "Marina", "Orlova", "m.orlova@promkabel-tula.ru", "", "Promkabel", "Tula"),
    ], group="promkabel"),
    P("shared-mailbox switchboard phone-8-prefix", [
        ("erp", "Дмитрий", "Захаров", "info@promkabel-tula.ru", "8 (4872) 70-31-15", "Промкабель ООО", "Тула"),
    ], group="promkabel"),

    P("nickname cyrillic-latin phone-8-prefix private-email", [
        ("crm", "Екатерина", "Лебедева", "ekaterina.lebedeva@rostagrotorg.ru", "+7 863 296 51 40", "ООО «Ростагроторг»", "Ростов-на-Дону"),
        ("eshop", "Katya", "Lebedeva", "katya.lebedeva@yandex.ru", "8 928 115-62-07", "", "Rostov-on-Don"),
        ("event", "Катя", "Лебедева", "katya.lebedeva@yandex.ru", "+7 928 115 62 07", "Ростагроторг", "Ростов-на-Дону"),
    ], note="The work record and the private ones are joined by the diminutive name and the company."),

    P("translit-variant cyrillic-latin company-translit", [
        ("crm", "Дмитрий", "Шишкин", "d.shishkin@neftekhimsnab.ru", "+7 347 246 70 12", "ООО «Нефтехимснаб»", "Уфа"),
        ("event", "Dmitri", "Chichkine", "d.shishkin@neftekhimsnab.ru", "", "Neftekhimsnab", "Oufa"),
        ("erp", "Dmitrij", "Šiškin", "", "+7 347 246-70-12", "Neftechimsnab OOO", "Ufa"),
    ]),

    P("translit-variant cyrillic-latin company-translit phone-8-prefix", [
        ("crm", "Юлия", "Жукова", "yulia.zhukova@kamaprofil.ru", "+7 855 245 33 09", "ООО «Камапрофиль»", "Набережные Челны"),
        ("import", "Ûliâ", "Žukova", "yulia.zhukova@kamaprofil.ru", "", "OOO «Kamaprofilʹ»", "Naberežnye Čelny"),
        ("event", "Julia", "Schukowa", "", "8 (8552) 45-33-09", "Kamaprofil", "Nabereschnyje Tschelny"),
    ]),

    P("private-email phone-8-prefix cyrillic-latin", [
        ("eshop", "Алексей", "Морозов", "alexey.morozov@gmail.com", "8-903-512-44-81", "", "Воронеж"),
        ("crm", "Aleksei", "Morozov", "a.morozov@chernozem-agro.ru", "+7 903 512 44 81", "Chernozem Agro", "Voronezh"),
    ]),

    P("namesake-same-city", [("crm", "Ольга", "Иванова", "o.ivanova@mosdetal.ru", "+7 495 660 12 74", "ООО «Мосдеталь»", "Москва")]),
    P("namesake-same-city cyrillic-latin", [("eshop", "Olga", "Ivanova", "olga.ivanova77@yandex.ru", "8 (985) 117-30-42", "", "Moskva")]),

    P("", [("newsletter", "", "", "pavlenko.vik@mail.ru", "", "", "")]),
    P("", [("event", "Роман", "Киселёв", "r.kiselev@smartsklad.ru", "", "Смартсклад", "Москва")]),
    P("cyrillic-latin translit-variant company-translit phone-8-prefix", [
        ("crm", "Татьяна", "Григорьева", "t.grigorieva@kubanzerno.ru", "+7 861 255 90 38", "АО «Кубаньзерно»", "Краснодар"),
        ("event", "Tatiana", "Grigorieva", "t.grigorieva@kubanzerno.ru", "", "Kubanzerno", "Krasnodar"),
        ("erp", "Tatjana", "Grigorjewa", "", "8 (861) 255-90-38", "Kubanserno AO", "Krasnodar"),
    ]),
    P("", [("eshop", "Nikolay", "Fedorov", "n.fedorov1985@yandex.ru", "+7 913 448 20 61", "", "Tomsk")]),

    P("diacritics translit-variant cyrillic-latin phone-8-prefix capitals", [
        ("crm", "Пётр", "Семёнов", "p.semenov@arkhlesexport.ru", "+7 8182 65 40 12", "ООО «Архлесэкспорт»", "Архангельск"),
        ("event", "Pyotr", "Semyonov", "p.semenov@arkhlesexport.ru", "", "Arkhlesexport", "Arkhangelsk"),
        ("erp", "PETR", "SEMENOV", "", "8 (8182) 65-40-12", "ARKHLESEXPORT", "ARKHANGELSK"),
    ]),

    P("typo", [
        ("crm", "Наталья", "Павлова", "n.pavlova@yartekstil.ru", "+7 4852 58 21 06", "ООО «Яртекстиль»", "Ярославль"),
        ("event", "Наталия", "Павлова", "", "", "Яртекстиль", "Ярославль"),
    ], note="Наталья / Наталия are spelling variants of one name; joined by name and company."),

    P("whole-name-in-first patronymic swapped-columns cyrillic-latin phone-8-prefix company-translit", [
        ("erp", "Кравцов Михаил Андреевич", "", "", "8 (3452) 68-14-50", "ООО «Тюменьнефтемаш»", "Тюмень"),
        ("crm", "Mikhail", "Kravtsov", "m.kravtsov@tyumenneftemash.ru", "+7 3452 68 14 50", "Tyumenneftemash LLC", "Tyumen"),
    ]),

    P("translit-variant cyrillic-latin city-translation", [
        ("crm", "Ксения", "Воробьёва", "k.vorobyeva@severlesprom.ru", "+7 8172 75 19 40", "ООО «Северлеспром»", "Вологда"),
        ("event", "Xenia", "Worobjowa", "k.vorobyeva@severlesprom.ru", "", "Severlesprom", "Wologda"),
        ("webinar", "Kseniya", "Vorobyova", "", "", "Severlesprom LLC", "Vologda"),
    ]),

    P("nickname private-email cyrillic-latin", [
        ("crm", "Дмитрий", "Ковалев", "d.kovalev@uralmetiz.ru", "+7 342 259 44 10", "ООО «Уралметиз»", "Пермь"),
        ("eshop", "Dima", "Kovalev", "dima.kovalev@gmail.com", "+7 (342) 259-44-10", "", "Perm"),
    ]),

    # ======================= Ukraine
    P("cyrillic-latin name-translation phone-notation private-email", [
        ("crm", "Сергій", "Ковальчук", "s.kovalchuk@zhytomyrlis.ua", "+380 412 42 18 60", "ТОВ «Житомирліс»", "Житомир"),
        ("event", "Serhiy", "Kovalchuk", "s.kovalchuk@zhytomyrlis.ua", "+380 67 412 33 85", "Zhytomyrlis LLC", "Zhytomyr"),
        ("eshop", "Сергей", "Ковальчук", "kovalchuk.sergey@ukr.net", "+38 (067) 412-33-85", "", "Житомир"),
    ], note="Ukrainian form Сергій and Russian form Сергей of one name; joined by a mobile."),

    # --- Yaroslav / Yaroslava, family mobile; -enko names do not inflect
    P("gender-pair family-phone cyrillic-latin phone-national", [
        ("eshop", "Ярослав", "Бондаренко", "yaroslav.bondarenko@ukr.net", "067 530 21 44", "", "Київ"),
        ("crm", "Yaroslav", "Bondarenko", "y.bondarenko@kyivbudtorg.ua", "+380 67 530 2144", "Kyivbudtorg", "Kyiv"),
    ], group="bondarenko"),
    P("gender-pair family-phone", [
        ("eshop", "Ярослава", "Бондаренко", "yaroslava.b@ukr.net", "067 530 21 44", "", "Київ"),
    ], group="bondarenko"),

    P("name-translation cyrillic-latin translit-variant city-translation company-translit", [
        ("crm", "Володимир", "Мельник", "v.melnyk@lvivkeramika.ua", "+380 32 297 41 08", "ПрАТ «Львівкераміка»", "Львів"),
        ("event", "Wolodymyr", "Melnyk", "v.melnyk@lvivkeramika.ua", "", "Lwiwkeramika", "Lemberg"),
        ("erp", "Vladimir", "Melnik", "", "032 297 41 08", "Lvovkeramika", "Lvov"),
    ]),

    P("translit-variant cyrillic-latin city-translation name-translation", [
        ("crm", "Олена", "Ткаченко", "olena.tkachenko@kharkivmash.ua", "+380 57 714 62 90", "ТОВ «Харківмаш»", "Харків"),
        ("webinar", "Olena", "Tkachenko", "olena.tkachenko@kharkivmash.ua", "", "Kharkivmash", "Kharkiv"),
        ("erp", "Elena", "Tkatschenko", "", "+380 (57) 714-62-90", "Charkiwmasch", "Charkiw"),
    ]),
    P("namesake", [("eshop", "Olena", "Tkachenko", "o.tkachenko@i.ua", "093 218 47 05", "", "Kyiv")]),

    # --- trading house: office@ and the office line are shared
    P("shared-mailbox cyrillic-latin", [
        ("crm", "Микола", "Шевчук", "office@chornomorsnab.ua", "+380 48 728 15 30", "ТОВ «Чорноморснаб»", "Одеса"),
        ("event", "Mykola", "Shevchuk", "m.shevchuk@chornomorsnab.ua", "", "Chornomorsnab", "Odesa"),
    ], group="chornomor"),
    P("shared-mailbox switchboard", [
        ("erp", "Ірина", "Литвин", "office@chornomorsnab.ua", "048 728 15 30", "Чорноморснаб", "Одеса"),
    ], group="chornomor"),

    P("", [("eshop", "Andriy", "Kravets", "andriy.kravets@gmail.com", "+380 97 114 28 63", "", "Lviv")]),
    P("", [("newsletter", "", "", "natalia.rudenko@ukr.net", "", "", "")]),
    P("", [("event", "Тарас", "Гнатюк", "t.hnatiuk@ternopilagro.ua", "", "Тернопільагро", "Тернопіль")]),

    P("translit-variant name-translation cyrillic-latin", [
        ("crm", "Oleksii", "Marchenko", "o.marchenko@poltavamlyn.ua", "+380 532 61 08 47", "Poltavamlyn LLC", "Poltava"),
        ("eshop", "Алексей", "Марченко", "o.marchenko@poltavamlyn.ua", "", "", "Полтава"),
    ]),

    P("translit-variant cyrillic-latin city-translation company-translit phone-notation", [
        ("crm", "Михайло", "Гончаренко", "m.honcharenko@vinnytsiaagro.ua", "+380 43 255 17 80", "ТОВ «Вінницяагро»", "Вінниця"),
        ("event", "Mychajlo", "Hontscharenko", "m.honcharenko@vinnytsiaagro.ua", "", "Winnyzjaagro", "Winnyzja"),
        ("erp", "Mikhail", "Goncharenko", "", "+38 (0432) 55-17-80", "Vinnitsaagro", "Vinnitsa"),
    ]),

    # ======================= Belarus
    P("name-translation translit-variant cyrillic-latin phone-8-prefix private-email", [
        ("crm", "Сергей", "Карпович", "s.karpovich@belmashsnab.by", "+375 17 284 61 93", "ОАО «Белмашснаб»", "Минск"),
        ("event", "Siarhei", "Karpovich", "s.karpovich@belmashsnab.by", "+375 29 615 42 08", "Belmashsnab", "Minsk"),
        ("eshop", "Сяргей", "Карповіч", "karpovich.s@tut.by", "8 029 615-42-08", "", "Мінск"),
    ]),
    P("", [("eshop", "Aliaksandra", "Zhuk", "a.zhuk@tut.by", "+375 33 620 18 74", "", "Hrodna")]),

    P("name-translation translit-variant cyrillic-latin phone-8-prefix company-translit", [
        ("crm", "Uladzimir", "Kavaliou", "u.kavaliou@sozhdrev.by", "+375 232 34 18 55", "Sozhdrev JSC", "Gomel"),
        ("erp", "Владимир", "Ковалёв", "", "8 0232 34-18-55", "ОАО «Сождрев»", "Гомель"),
    ], note="Belarusian passport transliteration vs Russian Cyrillic form; joined by the office phone."),

    # --- couple on one mobile
    P("family-phone", [("eshop", "Ирина", "Новик", "irina.novik@mail.ru", "+375 29 338 70 12", "", "Брест")], group="novik"),
    P("family-phone name-translation phone-8-prefix", [
        ("eshop", "Виктор", "Новик", "viktor.novik@tut.by", "8 029 338-70-12", "", "Брест"),
        ("crm", "Viktar", "Novik", "v.novik@brestagroservice.by", "+375 29 338 70 12", "Brestagroservice", "Brest"),
    ], group="novik"),

    P("", [("event", "Алена", "Сидоренко", "a.sidorenko@vitebskles.by", "", "Витебсклес", "Витебск")]),

    # ======================= Kazakhstan
    P("cyrillic-latin translit-variant city-rename phone-8-prefix private-email", [
        ("crm", "Нурлан", "Абенов", "n.abenov@saryarkasnab.kz", "+7 7172 57 36 40", "ТОО «Сарыаркаснаб»", "Астана"),
        ("event", "Nurlan", "Abenov", "n.abenov@saryarkasnab.kz", "+7 701 448 25 17", "Saryarkasnab LLP", "Nur-Sultan"),
        ("eshop", "Нұрлан", "Әбенов", "abenov.nurlan@mail.kz", "8 701 448 25 17", "", "Нур-Султан"),
    ], note="Russian-style Cyrillic and Kazakh Cyrillic spellings of one name; the capital under two names."),

    P("cyrillic-latin translit-variant phone-8-prefix capitals city-translation", [
        ("crm", "Айгерим", "Жумабекова", "a.zhumabekova@almatyfarm.kz", "+7 727 339 18 05", "ТОО «Алматыфарм»", "Алматы"),
        ("event", "Aigerim", "Zhumabekova", "a.zhumabekova@almatyfarm.kz", "", "Almatyfarm", "Almaty"),
        ("erp", "Aygerim", "Jumabekova", "", "8 (727) 339-18-05", "ALMATYFARM TOO", "ALMA-ATA"),
    ]),
    P("namesake", [("eshop", "Aigerim", "Zhumabekova", "aigerim.zh@gmail.com", "+7 777 206 41 93", "", "Shymkent")]),

    # --- metals trader: info@ and the office line are shared
    P("shared-mailbox cyrillic-latin translit-variant", [
        ("crm", "Ерлан", "Касымов", "info@kazmetallresurs.kz", "+7 7212 41 60 22", "ТОО «Казметаллресурс»", "Караганда"),
        ("event", "Erlan", "Kassymov", "e.kassymov@kazmetallresurs.kz", "", "Kazmetallresurs", "Karaganda"),
    ], group="kazmet"),
    P("shared-mailbox switchboard phone-8-prefix", [
        ("erp", "Гульнара", "Оспанова", "info@kazmetallresurs.kz", "8 (7212) 41-60-22", "Казметаллресурс ТОО", "Караганда"),
    ], group="kazmet"),

    P("", [("eshop", "Timur", "Serikbayev", "timur.serikbayev@mail.ru", "+7 705 113 82 40", "", "Almaty")]),

    P("translit-variant cyrillic-latin phone-8-prefix private-email", [
        ("crm", "Асель", "Нурпеисова", "a.nurpeisova@atyraumunaiservis.kz", "+7 7122 32 08 41", "ТОО «Атыраумунайсервис»", "Атырау"),
        ("event", "Assel", "Nurpeissova", "a.nurpeisova@atyraumunaiservis.kz", "+7 701 905 33 12", "Atyraumunaiservis LLP", "Atyrau"),
        ("eshop", "Asel", "Nurpeisova", "asel.n@mail.ru", "87019053312", "", "Atyrau"),
    ]),
]
