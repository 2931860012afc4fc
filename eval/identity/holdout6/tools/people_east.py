# Russian, Ukrainian and Belarusian people, written by hand.
# Transliterations used on purpose: ISO 9 (Dmitrij, Mihail Kuznecov), BGN/PCGN (Yuriy Shcherbakov),
# German (Juri Schtscherbakow, Kusnezow, Jelena Iwanowa, Tkatschenko), Polish (Wołodymyr,
# Szewczuk, Kowalenko), Czech (Jurij Ščerbakov, Michail Kuzněcov, Smirnovová), Ukrainian
# national (Andrii, Iryna, Olena), Belarusian passport (Aliaksandr Kazlou, Volha, Siarhei Ivanou).
# record tuple: (source, first_name, last_name, email, phone, company, city)
from common import P

PEOPLE = [
# ---------------------------------------------------------------- Сергей Иванов / Сергій Іванов / Siarhei Ivanou x4
P("sergei-ivanov-ladoga", "RU",
  tags="cyrillic translit phone-format phone-national company-form",
  groups="namesake:sergei-ivanov",
  recs=[
    ("crm", "Сергей", "Иванов", "s.ivanov@ladoga-log.ru", "+7 495 644-18-27", "ООО «Ладога Логистик»", "Москва"),
    ("erp", "Sergey", "Ivanov", "s.ivanov@ladoga-log.ru", "8 (495) 644-18-27", "Ladoga Logistik LLC", "Moscow"),
  ]),
P("sergei-ivanov-spb", "RU", tags="cyrillic translit phone-format phone-national missing",
  groups="namesake:sergei-ivanov",
  recs=[
    ("web-form", "Sergei", "Ivanov", "sergei.ivanov.spb@yandex.ru", "+7 921 334 5518", "", "Saint Petersburg"),
    ("billing", "Сергей", "Иванов", "sergei.ivanov.spb@yandex.ru", "8 921 334-55-18", "", "Санкт-Петербург"),
  ]),
P("serhii-ivanov-kyiv", "UA", groups="namesake:sergei-ivanov",
  recs=[("crm", "Сергій", "Іванов", "s.ivanov@karpatlis.com.ua", "+380 44 592 17 30", "ТОВ «Карпатський Ліс»", "Київ")]),
P("siarhei-ivanou-minsk", "BY", groups="namesake:sergei-ivanov",
  recs=[("event", "Siarhei", "Ivanou", "ivanou.s@polesie-trade.by", "+375 17 388 42 16", "Polesie Trade LLC", "Minsk")]),

# ---------------------------------------------------------------- Юрий Щербаков in four systems
P("yuri-shcherbakov", "RU",
  tags="translit cyrillic private-email multi-phone email-case company-form phone-format missing accents allcaps",
  recs=[
    ("crm", "Юрий", "Щербаков", "yu.shcherbakov@polaris-soft.ru", "+7 911 702-33-48", "ООО «Поларис Софт»", "Санкт-Петербург"),
    ("erp", "Juri", "Schtscherbakow", "yu.shcherbakov@polaris-soft.ru", "+7 (812) 4482015", "Polaris Soft OOO", "St. Petersburg"),
    ("event", "Jurij", "Ščerbakov", "jurij.scerbakov@gmail.com", "+7 911 702 3348", "Polaris Soft", "Petrohrad"),
    ("webinar", "Yuriy", "Shcherbakov", "YU.SHCHERBAKOV@POLARIS-SOFT.RU", "", "Polaris Soft LLC", ""),
  ]),
P("irina-sokolova", "RU", tags="typo company-form missing",
  recs=[
    ("crm", "Ирина", "Соколова", "i.sokolova@polaris-soft.ru", "+7 812 448-20-30", "ООО «Поларис Софт»", "Санкт-Петербург"),
    ("helpdesk", "Ирина", "Соклова", "i.sokolova@polaris-soft.ru", "", "Поларис Софт", "СПб"),
  ]),
# ---------------------------------------------------------------- Елена Иванова / Jelena Iwanowa / Олена Іванова x3
P("elena-ivanova-polaris", "RU", tags="cyrillic translit phone-format company-form",
  groups="namesake:elena-ivanova",
  recs=[
    ("crm", "Елена", "Иванова", "e.ivanova@polaris-soft.ru", "+7 812 448-20-44", "ООО «Поларис Софт»", "Санкт-Петербург"),
    ("erp", "Jelena", "Iwanowa", "e.ivanova@polaris-soft.ru", "+7 812 4482044", "Polaris Soft OOO", "St. Petersburg"),
  ]),
P("elena-ivanova-moscow", "RU", groups="namesake:elena-ivanova",
  recs=[("web-form", "Elena", "Ivanova", "elena.ivanova.msk@gmail.com", "+7 926 118-40-52", "", "Moscow")]),
P("olena-ivanova-odesa", "UA", groups="namesake:elena-ivanova",
  recs=[("billing", "Олена", "Іванова", "olena.ivanova@ukr.net", "066 720 1185", "", "Одеса")]),

# ---------------------------------------------------------------- Дмитрий / Дима / Dmitrij
P("dmitry-volkov", "RU",
  tags="diminutive cyrillic translit private-email phone-format phone-national company-form missing",
  recs=[
    ("crm", "Дмитрий", "Волков", "d.volkov@kedrbor.ru", "+7 913 445-12-07", "ООО «Кедровый Бор»", "Новосибирск"),
    ("web-form", "Дима", "Волков", "dima.volkov83@mail.ru", "8-913-445-12-07", "", "Новосибирск"),
    ("event", "Dmitrij", "Volkov", "d.volkov@kedrbor.ru", "", "Kedrovy Bor LLC", "Novosibirsk"),
  ]),
# ---------------------------------------------------------------- name with patronymic / whole name in one field
P("olga-morozova", "RU",
  tags="fullname-one-field cyrillic translit phone-format phone-national company-form missing",
  recs=[
    ("web-form", "Ольга Николаевна", "Морозова", "o.morozova@kedrbor.ru", "8 (383) 217-44-95", "Кедровый Бор", "Новосибирск"),
    ("crm", "Ольга", "Морозова", "o.morozova@kedrbor.ru", "+7 383 217 4495", "ООО «Кедровый Бор»", "Новосибирск"),
    ("event", "Morozova Olga Nikolaevna", "", "o.morozova@kedrbor.ru", "", "Kedrovy Bor", "Novosibirsk"),
  ]),
# ---------------------------------------------------------------- info@ at Kedrovy Bor
P("elena-fedorova", "RU",
  tags="shared-mailbox-own cyrillic translit accents phone-format phone-national company-form",
  groups="mailbox:kedrbor",
  recs=[
    ("web-form", "Елена", "Фёдорова", "info@kedrbor.ru", "+7 383 217-44-00", "ООО «Кедровый Бор»", "Новосибирск"),
    ("crm", "Elena", "Fedorova", "e.fedorova@kedrbor.ru", "8 (383) 217-44-00", "Kedrovy Bor LLC", "Novosibirsk"),
  ]),
P("igor-belov", "RU", groups="mailbox:kedrbor",
  recs=[("helpdesk", "Игорь", "Белов", "info@kedrbor.ru", "", "Кедровый Бор", "Новосибирск")]),

# ---------------------------------------------------------------- Smirnova / Czech Smirnovová; a namesake in Moscow
P("natalia-smirnova-ladoga", "RU",
  tags="feminine-form translit cyrillic private-email phone-format company-form missing accents",
  groups="namesake:natalia-smirnova",
  note="Czech trade-fair list writes the Czech feminine form Smirnovová",
  recs=[
    ("crm", "Наталья", "Смирнова", "n.smirnova@ladoga-log.ru", "+7 495 644-18-31", "ООО «Ладога Логистик»", "Москва"),
    ("event", "Natalja", "Smirnovová", "n.smirnova@ladoga-log.ru", "", "Ladoga Logistik", "Moskva"),
    ("web-form", "Natalia", "Smirnova", "natalia.smirnova@gmail.com", "+7 495 644 1831", "", "Moscow"),
  ]),
P("natalia-smirnova-private", "RU", groups="namesake:natalia-smirnova",
  recs=[("web-form", "Наталья", "Смирнова", "smirnova.nat@yandex.ru", "8 903 117-20-66", "", "Москва")]),
# Ladoga switchboard
P("anna-kuzmina-ladoga", "RU", groups="switchboard:ladoga",
  recs=[("erp", "Анна", "Кузьмина", "a.kuzmina@ladoga-log.ru", "+7 495 644-18-00", "ООО «Ладога Логистик»", "Москва")]),
P("pavel-orlov-ladoga", "RU",
  tags="cyrillic translit multi-phone company-form",
  groups="switchboard:ladoga",
  recs=[
    ("event", "Pavel", "Orlov", "p.orlov@ladoga-log.ru", "8 495 644 18 00", "Ladoga Logistik", "Moscow"),
    ("crm", "Павел", "Орлов", "p.orlov@ladoga-log.ru", "+7 916 220-71-54", "ООО «Ладога Логистик»", "Москва"),
  ]),

# ---------------------------------------------------------------- Евгений / Евгения Петров(а), one home phone
P("evgeny-petrov", "RU", tags="cyrillic translit phone-format phone-national missing",
  groups="family:petrov-kazan",
  recs=[
    ("web-form", "Евгений", "Петров", "e.petrov@mail.ru", "8 (843) 271-35-08", "", "Казань"),
    ("crm", "Evgeny", "Petrov", "e.petrov@mail.ru", "+7 843 271 3508", "Volga Agro Servis", "Kazan"),
  ]),
P("evgenia-petrova", "RU", tags="cyrillic translit missing",
  groups="family:petrov-kazan",
  recs=[
    ("billing", "Евгения", "Петрова", "evgenia.petrova@yandex.ru", "+7 (843) 271-35-08", "", "Казань"),
    ("event", "Evgenia", "Petrova", "evgenia.petrova@yandex.ru", "", "", "Kazan"),
  ]),

# ---------------------------------------------------------------- Андрій / Андрей / Andrij Kowalenko / Andrii
P("andrii-kovalenko", "UA",
  tags="translit cyrillic national-form private-email email-case phone-format phone-national company-form missing",
  note="judgement call: Ukrainian name also written in its Russian form (Андрей, Львов) by a Russian-language system",
  recs=[
    ("crm", "Андрій", "Коваленко", "a.kovalenko@lvivbrama.com.ua", "+380 67 412 5530", "ПП «Львівська Брама»", "Львів"),
    ("import", "Андрей", "Коваленко", "a.kovalenko@lvivbrama.com.ua", "067 412 55 30", "ЧП «Львовская Брама»", "Львов"),
    ("event", "Andrij", "Kowalenko", "andrij.kowalenko@gmail.com", "+380 674125530", "Lwowska Brama", "Lwów"),
    ("erp", "Andrii", "Kovalenko", "A.Kovalenko@LvivBrama.com.ua", "", "Lvivska Brama PE", "Lviv"),
  ]),

# ---------------------------------------------------------------- Belarusian and Russian forms: Аляксандр Казлоў / Александр Козлов
P("aliaksandr-kazlou", "BY",
  tags="translit cyrillic national-form email-case phone-format phone-national company-form missing",
  note="Belarusian form, passport transliteration and Russian form of one name, joined by e-mail",
  recs=[
    ("crm", "Аляксандр", "Казлоў", "a.kozlov@polesie-trade.by", "+375 29 614 22 80", "ТАА «Палессе Трэйд»", "Мінск"),
    ("erp", "Aliaksandr", "Kazlou", "a.kozlov@polesie-trade.by", "8 029 614 22 80", "Polesie Trade LLC", "Minsk"),
    ("event", "Александр", "Козлов", "A.Kozlov@polesie-trade.by", "", "ООО «Полесье Трейд»", "Минск"),
  ]),
P("volha-navitskaya", "BY",
  tags="national-form translit cyrillic phone-format phone-national company-form",
  recs=[
    ("crm", "Вольга", "Навіцкая", "o.novitskaya@medsvet.by", "+375 17 290 33 18", "ЧУП «Медсвет»", "Мінск"),
    ("erp", "Olga", "Novitskaya", "o.novitskaya@medsvet.by", "8 017 290 33 18", "Medsvet PUE", "Minsk"),
  ]),

# ---------------------------------------------------------------- Олена Ткаченко / Tkatschenko / Елена; namesake in Kharkiv
P("olena-tkachenko-dnipro", "UA",
  tags="translit cyrillic national-form phone-format company-form missing",
  groups="namesake:olena-tkachenko",
  recs=[
    ("crm", "Олена", "Ткаченко", "o.tkachenko@dniproagro.ua", "+380 56 371 20 44", "ТОВ «Дніпро Агротех»", "Дніпро"),
    ("erp", "Olena", "Tkatschenko", "o.tkachenko@dniproagro.ua", "0038 056 371 20 44", "Dnipro Agrotech TOV", "Dnipro"),
    ("event", "Елена", "Ткаченко", "o.tkachenko@dniproagro.ua", "", "Днепр Агротех", "Днепр"),
  ]),
P("olena-tkachenko-kharkiv", "UA", groups="namesake:olena-tkachenko",
  recs=[("web-form", "Olena", "Tkachenko", "olenka.tk@ukr.net", "+380 50 338 1207", "", "Kharkiv")]),
P("maksym-lysenko", "UA", tags="job-change translit cyrillic phone-format phone-national",
  recs=[
    ("import", "Максим", "Лисенко", "m.lysenko@dniproagro.ua", "+380 97 204 5518", "ТОВ «Дніпро Агротех»", "Дніпро"),
    ("crm", "Maksym", "Lysenko", "maksym.lysenko@karpatlis.com.ua", "097 204 55 18", "Karpatskyi Lis LLC", "Kyiv"),
  ]),

# ---------------------------------------------------------------- Ukrainian living in Poland (Polish transliteration)
P("volodymyr-bondarenko", "PL",
  tags="translit cyrillic private-email phone-format phone-national accents company-form missing",
  recs=[
    ("crm", "Wołodymyr", "Bondarenko", "w.bondarenko@budmax-poznan.pl", "+48 571 330 642", "Budmax Poznań Sp. z o.o.", "Poznań"),
    ("web-form", "Volodymyr", "Bondarenko", "volodymyr.bondarenko@ukr.net", "+48 571 330 642", "", "Poznan"),
    ("import", "Володимир", "Бондаренко", "volodymyr.bondarenko@ukr.net", "571 330 642", "Budmax", "Poznań"),
  ]),

# ---------------------------------------------------------------- Михаил Кузнецов: Czech, German, ISO 9
P("mikhail-kuznetsov", "RU",
  tags="translit cyrillic phone-format phone-extension company-form missing",
  recs=[
    ("crm", "Михаил", "Кузнецов", "m.kuznetsov@krasyar-agro.ru", "+7 391 205-18-77", "АО «Красный Яр Агро»", "Красноярск"),
    ("event", "Michail", "Kuzněcov", "m.kuznetsov@krasyar-agro.ru", "", "Krasnyj Jar Agro", "Krasnojarsk"),
    ("erp", "Michail", "Kusnezow", "m.kuznetsov@krasyar-agro.ru", "+7 3912 05 18 77", "Krasny Jar Agro AO", "Krasnojarsk"),
    ("helpdesk", "Mihail", "Kuznecov", "", "+7 (391) 205-18-77 доб. 115", "Krasny Yar Agro JSC", "Krasnoyarsk"),
  ]),

# ---------------------------------------------------------------- Ярослав / Ярослава Мельник (Ukrainian surname without gender form), one phone
P("yaroslav-melnyk", "UA", tags="cyrillic translit phone-format phone-national missing",
  groups="family:melnyk-lviv",
  recs=[
    ("web-form", "Ярослав", "Мельник", "yaroslav.melnyk@ukr.net", "067 330 18 44", "", "Львів"),
    ("crm", "Yaroslav", "Melnyk", "yaroslav.melnyk@ukr.net", "+380 67 330 1844", "", "Lviv"),
  ]),
P("yaroslava-melnyk", "UA", groups="family:melnyk-lviv",
  recs=[("billing", "Ярослава", "Мельник", "", "+380 (67) 330-18-44", "", "Львів")]),

# ---------------------------------------------------------------- Тарас Бойко, trailing space
P("taras-boiko", "UA", tags="email-space cyrillic translit phone-format phone-national missing",
  recs=[
    ("crm", "Тарас", "Бойко", "taras.boiko@i.ua ", "050 617 33 29", "", "Харків"),
    ("web-form", "Taras", "Boyko", "taras.boiko@i.ua", "+380506173329", "", "Kharkiv"),
  ]),

# ---------------------------------------------------------------- Коля + phone only
P("nikolay-vasiliev", "RU",
  tags="only-phone diminutive cyrillic translit phone-format phone-national missing company-form",
  recs=[
    ("crm", "Николай", "Васильев", "n.vasiliev@zarechye-trans.ru", "+7 831 433-28-16", "ООО «Заречье Транс»", "Нижний Новгород"),
    ("import", "Коля", "", "", "8 (831) 433-28-16", "", ""),
    ("event", "Nikolay", "Vasilyev", "n.vasiliev@zarechye-trans.ru", "", "Zarechye Trans", "Nizhny Novgorod"),
  ]),
P("andrey-sokolov-zarechye", "RU", tags="swapped phone-format phone-national company-form",
  groups="namesake:andrey-sokolov",
  recs=[
    ("erp", "Соколов", "Андрей", "a.sokolov@zarechye-trans.ru", "+7 831 433-28-40", "ООО «Заречье Транс»", "Нижний Новгород"),
    ("crm", "Андрей", "Соколов", "a.sokolov@zarechye-trans.ru", "8 831 4332840", "Заречье Транс", "Н. Новгород"),
  ]),
P("andrey-sokolov-private", "RU", groups="namesake:andrey-sokolov",
  recs=[("web-form", "Андрей", "Соколов", "andrey.sokolov77@mail.ru", "8 910 552-30-18", "", "Нижний Новгород")]),

# ---------------------------------------------------------------- Ірина Шевчук / Iryna / Irina Szewczuk (Polish), translated company
P("iryna-shevchuk", "UA",
  tags="translit cyrillic national-form company-form phone-format phone-national missing",
  recs=[
    ("crm", "Ірина", "Шевчук", "i.shevchuk@karpatlis.com.ua", "+380 44 592 17 41", "ТОВ «Карпатський Ліс»", "Київ"),
    ("erp", "Iryna", "Shevchuk", "i.shevchuk@karpatlis.com.ua", "044 592 1741", "Karpatskyi Lis LLC", "Kyiv"),
    ("event", "Irina", "Szewczuk", "i.shevchuk@karpatlis.com.ua", "", "Karpacki Las", "Kijów"),
  ]),

# ---------------------------------------------------------------- Валентин / Валентина Кравченко, one home landline
P("valentyn-kravchenko", "UA",
  tags="cyrillic translit email-case phone-format phone-national missing",
  groups="family:kravchenko-odesa",
  recs=[
    ("crm", "Валентин", "Кравченко", "v.kravchenko@ukr.net", "048 734 22 19", "", "Одеса"),
    ("web-form", "Valentyn", "Kravchenko", "V.Kravchenko@ukr.net", "+380 48 734 2219", "", "Odesa"),
  ]),
P("valentyna-kravchenko", "UA", groups="family:kravchenko-odesa",
  recs=[("billing", "Валентина", "Кравченко", "", "+38 (048) 734-22-19", "", "Одеса")]),
]
