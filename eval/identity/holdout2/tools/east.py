"""Russia, Ukraine, Belarus (and their people abroad)."""
from people import P

# --- Moskva: ООО «Северный ветер» (switchboard +7 495 632-18-00, mailbox office@) -----------------
P("translit cyrillic-latin name+company",
  "crm|Юрий|Щербаков|y.shcherbakov@sevveter.ru|+7 495 632-18-04|ООО «Северный ветер»|Москва",
  "event|Juri|Schtscherbakow|y.shcherbakov@sevveter.ru|8 (495) 632-18-04|OOO Sewerny Weter|Moskau",
  "import|Jurij|Ščerbakov|jurij.scerbakov@gmail.com|+7 916 204 33 81|Severnyj veter|Moskva",
  "webinar|Yuriy|Shcherbakov|jurij.scerbakov@gmail.com|89162043381||Moscow",
  group="sevveter",
  note="two halves with no common e-mail or phone: Juri Schtscherbakow (German transliteration) at "
       "'OOO Sewerny Weter' and Jurij Ščerbakov (Czech transliteration) at 'Severnyj veter' - one name, "
       "one company, two romanizations")
P("translit cyrillic-latin switchboard namesake",
  "crm|Наталья|Смирнова|n.smirnova@sevveter.ru|+7 (495) 632-18-00 доб. 215|ООО «Северный ветер»|Москва",
  "webinar|Natalia|Smirnova|natasha.smirnova@mail.ru|+7 903 518-44-27|Severny Veter|Moscow",
  "shop|Natalja|Smirnowa|natasha.smirnova@mail.ru|8 903 518 44 27||Moskau",
  "helpdesk|Наталья|Смирнова|n.smirnova@sevveter.ru|8-903-518-44-27|Северный ветер|Москва",
  group="sevveter")
P("namesake", "crm|Наталья|Смирнова|smirnova.nata@yandex.ru|+7 812 409-31-76||Санкт-Петербург", group="sevveter")
P("gender-pair nickname translit cyrillic-latin switchboard email-near namesake shared-mailbox name+company",
  "crm|Александр|Волков|a.volkov@sevveter.ru|+7 (495) 632-18-00 доб. 204|ООО «Северный ветер»|Москва",
  "event|Alexander|Volkov|a.volkov@sevveter.ru|+7 985 117-20-64|Severny Veter LLC|Moscow",
  "shop|Саша|Волков|sasha.volkov85@yandex.ru|89851172064||Москва",
  "web-form|Александр|Волков|office@sevveter.ru|+7 495 632 18 00|Северный ветер|Москва",
  group="sevveter")
P("gender-pair nickname translit cyrillic-latin switchboard shared-mailbox name+company email-near",
  "crm|Александра|Волкова|a.volkova@sevveter.ru|+7 (495) 632-18-00 доб. 231|ООО «Северный ветер»|Москва",
  "newsletter|Sasha|Volkova|a.volkova@sevveter.ru|||",
  "web-form|Александра|Волкова|office@sevveter.ru|+7 495 632 18 00|Северный ветер|Москва",
  group="sevveter",
  note="'Sasha' Volkov and 'Sasha' Volkova are a man and a woman at one company")

# --- Moskva: ООО «Зелёная миля» ------------------------------------------------------------------------
P("near-name namesake translit cyrillic-latin",
  "crm|Елена|Иванова|e.ivanova@zelmilya.ru|+7 495 245-31-09|ООО «Зелёная миля»|Москва",
  "webinar|Elena|Ivanova|e.ivanova@zelmilya.ru||Zelyonaya Milya|Moscow",
  group="ivanova")
P("near-name", "web-form|Alena|Ivanova|alena.ivanova.93@mail.ru|+7 926 774-30-18||Moscow", group="ivanova",
  note="Alena (Алёна) and Elena (Елена) are different names, one letter apart in Latin script")
P("namesake", "crm|Елена|Иванова|ivanova_e@bk.ru|+7 843 210-77-45||Казань", group="ivanova")
P("nickname translit cyrillic-latin",
  "crm|Михаил|Орлов|m.orlov@zelmilya.ru|+7 495 245-31-15|ООО «Зелёная миля»|Москва",
  "event|Misha|Orlov|m.orlov@zelmilya.ru|+7 (495) 245 31 15|Zelenaya Milya|Moscow",
  group="ivanova")
P("email-near phone-near translit cyrillic-latin",
  "crm|Дмитрий|Новиков|d.novikov@zelmilya.ru|+7 495 245-31-20|ООО «Зелёная миля»|Москва",
  "webinar|Dmitriy|Novikov|d.novikov@zelmilya.ru|+7 903 227-61-09|Zelyonaya Milya|Moscow",
  group="novikov")
P("email-near phone-near",
  "crm|Дарья|Новикова|d.novikova@zelmilya.ru|+7 495 245-31-21|ООО «Зелёная миля»|Москва",
  group="novikov")

# --- Yekaterinburg: АО «Кровля Исети» -------------------------------------------------------------
P("nickname translit cyrillic-latin gmail-dots one-field-name swapped",
  "crm|Екатерина|Морозова|e.morozova@krovlya-iseti.ru|+7 343 215-40-77|АО «Кровля Исети»|Екатеринбург",
  "helpdesk|Морозова Екатерина||e.morozova@krovlya-iseti.ru|8 912 604 18 33|Кровля Исети|Екатеринбург",
  "webinar|Katya|Morozova|katya.morozova@gmail.com|+7 912 604-18-33|Krovlya Iseti|Yekaterinburg",
  "shop|Ekaterina|Morozova|katyamorozova@gmail.com|8-912-604-18-33||Ekaterinburg",
  group="krovlya-iseti")
P("translit cyrillic-latin",
  "crm|Фёдор|Семёнов|f.semenov@krovlya-iseti.ru|+7 343 215-40-80|АО «Кровля Исети»|Екатеринбург",
  "event|Fjodor|Semjonow|f.semenov@krovlya-iseti.ru||Krowlja Isseti|Jekaterinburg",
  group="krovlya-iseti")
P("patronymic one-field-name swapped diacritics",
  "crm|Пётр Александрович|Соловьёв|p.solovyov@krovlya-iseti.ru|+7 343 215-40-91|АО «Кровля Исети»|Екатеринбург",
  "erp|Соловьев Петр Александрович||p.solovyov@krovlya-iseti.ru|8 343 215 40 91|АО \"Кровля Исети\"|Екатеринбург",
  group="krovlya-iseti")

# --- Nizhny Novgorod: ООО «Волжский берег» ---------------------------------------------------------------
P("translit iso9 cyrillic-latin",
  "crm|Юлия|Жукова|yu.zhukova@volzhsky-bereg.ru|+7 831 412-05-90|ООО «Волжский берег»|Нижний Новгород",
  "import|Ûliâ|Žukova|yu.zhukova@volzhsky-bereg.ru|+78314120590|OOO Volžskij bereg|Nižnij Novgorod",
  "event|Julija|Shukowa|yu.zhukova@volzhsky-bereg.ru||Wolschski Bereg|Nischni Nowgorod",
  group="volzhsky")
P("homoglyph translit cyrillic-latin namesake",
  "crm|Иван|Петров|i.petrov@volzhsky-bereg.ru|+7 831 412-05-93|ООО «Волжский берег»|Нижний Новгород",
  "web-form|Ivan|Petr\u043ev|i.petrov@volzhsky-bereg.ru|8 831 412 05 93|Volzhsky Bereg|Nizhny Novgorod",
  group="volzhsky",
  note="the web-form surname 'Petrоv' has a Cyrillic о (U+043E) typed on a Russian keyboard layout")
P("namesake", "web-form|Иван|Петров|ivan.petrov@mail.ru|+7 916 338-02-15||Москва", group="volzhsky")
P("", "event|Roman|Egorov|r.egorov@volzhsky-bereg.ru|+7 831 412-05-99|Volzhsky Bereg|Nizhny Novgorod", group="volzhsky")

# --- St Petersburg: Evgeny and Evgenia Lebedev(a), one home phone ------------------------------------------
P("gender-pair family-phone nickname translit cyrillic-latin",
  "shop|Евгений|Лебедев|e.lebedev@yandex.ru|8 (812) 577-20-41||Санкт-Петербург",
  "crm|Evgeny|Lebedev|e.lebedev@yandex.ru|+7 921 330-18-72|Okhta Pribor|St. Petersburg",
  "event|Zhenya|Lebedev|evgeny.lebedev@okhtapribor.ru|+7 921 330 18 72|ООО «Охта-Прибор»|Санкт-Петербург",
  group="lebedev")
P("gender-pair family-phone nickname",
  "shop|Евгения|Лебедева|zhenya.lebedeva@mail.ru|+7 812 577-20-41||Санкт-Петербург",
  "newsletter|Zhenya|Lebedeva|zhenya.lebedeva@mail.ru|||",
  group="lebedev",
  note="'Zhenya' is the nickname of both Evgeny and Evgenia")
P("", "crm|Андрей|Козлов|a.kozlov@okhtapribor.ru|+7 812 334-55-10|ООО «Охта-Прибор»|Санкт-Петербург", group="lebedev")

# --- Russian singletons ---------------------------------------------------------------------------------------
P("", "newsletter|Dmitry|Sokolov|dima.sokolov@gmail.com|||")
P("", "webinar|Anastasia|Pavlova|nastya.pavlova@gmail.com|||")
P("", "web-form|Виктория|Соловьева|vika.solovieva@mail.ru|+7 843 290-14-57||Казань")
P("", "shop|Игорь|Никитин|igor.nikitin@yandex.ru|+7 913 402-17-66||Новосибирск")

# --- Russians in the Czech Republic and Germany -------------------------------------------------------------
P("translit cyrillic-latin czech-feminine name+company",
  "crm|Olga|Sokolovová|olga.sokolova@mail.ru|+420 731 408 226|Hotel Lázeňský Park s.r.o.|Karlovy Vary",
  "web-form|Ольга|Соколова|olga.sokolova@mail.ru|731 408 226||Карловы Вары",
  "event|Olga|Sokolova|o.sokolova@lazenskypark.cz|+420 353 221 140|Hotel Lázeňský Park|Karlovy Vary",
  note="Czech crm gave her the Czech feminine form Sokolovová; the event record (hotel address and number) "
       "joins through Olga Sokolova at Hotel Lázeňský Park")
P("", "crm|Alexej|Morozov|alexej.morozov@lipnice-software.cz|+420 221 433 855|Lipnice Software s.r.o.|Praha")
P("cyrillic-latin",
  "crm|Wladimir|Schneider|w.schneider@frankenwerk.de|+49 1520 3394471|Frankenwerk Metallbau GmbH|Nürnberg",
  "web-form|Владимир|Шнайдер|vladimir.schneider@mail.ru|+49 1520 339 4471||Нюрнберг",
  note="a Russian-German: Wladimir Schneider in the German crm, Владимир Шнайдер in a Russian-language form")

# === Ukraine ===================================================================================================
# --- Kyiv: ТОВ «Дніпровська хвиля»; Oleksandr and Oleksandra Kovalenko, one home phone ------------------
P("ua-ru-form cyrillic-latin translit nickname family-phone gender-pair namesake",
  "crm|Олександр|Коваленко|o.kovalenko@dnipro-khvylia.com.ua|+380 44 235 17 40|ТОВ «Дніпровська хвиля»|Київ",
  "event|Alexander|Kovalenko|o.kovalenko@dnipro-khvylia.com.ua|+380 67 412 5530|Dniprovska Khvylia LLC|Kyiv",
  "shop|Александр|Коваленко|sasha.kovalenko@ukr.net|067 412 55 30||Киев",
  "shop|Sasha|Kovalenko|sasha.kovalenko@ukr.net|(044) 501-22-18||Kyiv",
  group="kovalenko")
P("ua-ru-form cyrillic-latin translit family-phone gender-pair",
  "shop|Олександра|Коваленко|kovalenko.oleksandra@gmail.com|(044) 501-22-18||Київ",
  "webinar|Oleksandra|Kovalenko|kovalenko.oleksandra@gmail.com|+380 50 318 2264||Kyiv",
  "crm|Alexandra|Kovalenko|a.kovalenko@lystok.studio|+380 50 318 22 64|Lystok Studio|Kyiv",
  group="kovalenko",
  note="Oleksandr/Oleksandra (also written Alexander/Alexandra) Kovalenko: one surname, first names one letter apart, one home phone")
P("ua-ru-form",
  "crm|Віктор|Ткаченко|v.tkachenko@dnipro-khvylia.com.ua|+380 44 235 17 52|ТОВ «Дніпровська хвиля»|Київ",
  "erp|Виктор|Ткаченко|v.tkachenko@dnipro-khvylia.com.ua|044 235-17-52|Днепровская волна|Киев",
  group="kovalenko",
  note="the erp wrote the company translated into Russian (Днепровская волна)")
P("", "crm|Дмитро|Гончаренко|d.honcharenko@dnipro-khvylia.com.ua|+380 44 235 17 61|ТОВ «Дніпровська хвиля»|Київ",
  group="kovalenko")

# --- Lviv: ТОВ «Карпатський мед» (switchboard 032 240 18 50, mailbox office@) -------------------------
P("ua-ru-form translit cyrillic-latin shared-mailbox switchboard name+company",
  "crm|Микола|Мельник|mykola.melnyk@karpatskyi-med.com.ua|+380 32 240 18 55|ТОВ «Карпатський мед»|Львів",
  "import|Николай|Мельник|mykola.melnyk@karpatskyi-med.com.ua|8 (032) 240-18-55|Карпатский мед|Львов",
  "event|Mykoła|Melnyk|mykola.melnyk@karpatskyi-med.com.ua|+380 67 302 8814|Karpatskyi Med|Lwów",
  "billing|Mykola|Melnyk||+380 673028814|Karpatskyi Med LLC|Lviv",
  "helpdesk|Mykola|Melnyk|office@karpatskyi-med.com.ua|+380 32 240 1850|Karpatskyi Med|Lviv",
  group="karpatskyi")
P("ua-ru-form translit cyrillic-latin shared-mailbox switchboard name+company",
  "crm|Тетяна|Олійник|t.oliinyk@karpatskyi-med.com.ua|+380 32 240 18 60|ТОВ «Карпатський мед»|Львів",
  "event|Tatiana|Oleynik|t.oliinyk@karpatskyi-med.com.ua|+380 97 115 42 08|Karpatsky Med|Lviv",
  "web-form|Тетяна|Олійник|office@karpatskyi-med.com.ua|(032) 240-18-50|Карпатський мед|Львів",
  group="karpatskyi")
P("gender-pair family-phone email-near translit cyrillic-latin",
  "crm|Ярослав|Кравчук|y.kravchuk@karpatskyi-med.com.ua|+380 67 540 12 39|ТОВ «Карпатський мед»|Львів",
  "shop|Yaroslav|Kravchuk|yaroslav.kravchuk@ukr.net|067 540 12 39||Lviv",
  "helpdesk|Ярослав|Кравчук|yaroslav.kravchuk@ukr.net|(032) 261-44-07||Львів",
  group="kravchuk")
P("gender-pair family-phone email-near translit cyrillic-latin",
  "shop|Yaroslava|Kravchuk|yaroslava.kravchuk@ukr.net|+380 32 261 44 07||Lviv",
  "webinar|Ярослава|Кравчук|yaroslava.kravchuk@ukr.net|||Львів",
  group="kravchuk",
  note="yaroslav.kravchuk@ and yaroslava.kravchuk@ are one letter apart; husband and wife")
P("translit cyrillic-latin name-punct",
  "web-form|Мар'яна|Ковальчук|maryana.kovalchuk@ukr.net|+380 50 611 48 20||Львів",
  "shop|Mariana|Kovalchuk|maryana.kovalchuk@ukr.net|050 611 4820||Lviv")

# --- Odesa / Kharkiv / Dnipro ---------------------------------------------------------------------------
P("ua-ru-form translit cyrillic-latin gmail-dots namesake",
  "web-form|Ірина|Бойко|iryna.boiko@gmail.com|+380 63 771 20 45||Одеса",
  "shop|Irina|Boyko|irynaboiko@gmail.com|063 771 2045||Odessa",
  "crm|Iryna|Boiko|i.boiko@chornomorsk-shipping.com.ua|+380 63 771 20 45|Chornomorsk Shipping Agency|Odesa",
  group="boiko")
P("namesake", "crm|Ирина|Бойко|boyko.irina@i.ua|+380 57 714 30 22||Харків", group="boiko")
P("", "web-form|Olena|Lysenko|olena.lysenko@gmail.com|+380 67 229 40 15||Dnipro")

# === Belarus =====================================================================================================
P("by-ru-form translit cyrillic-latin diacritics family-phone",
  "crm|Сергей|Ковалёв|s.kovalev@belvezha.by|+375 17 284-61-20|ООО «Белая Вежа Трейд»|Минск",
  "event|Siarhei|Kavaliou|s.kovalev@belvezha.by|+375 29 655-31-08|Belaya Vezha Trade|Minsk",
  "webinar|Sergei|Kovalev|kavaliou.s@tut.by|8 029 655 31 08|Belaja Veža Trade|Minsk",
  "shop|Сяргей|Кавалёў|kavaliou.s@tut.by|8 (017) 270-44-13||Мінск",
  group="kavaliou",
  note="Russian Сергей Ковалёв, Belarusian Сяргей Кавалёў, passport Latin Siarhei Kavaliou")
P("by-ru-form translit cyrillic-latin family-phone",
  "shop|Tatsiana|Kavaliova|tatsiana.kavaliova@gmail.com|+375 17 270 44 13||Minsk",
  "crm|Татьяна|Ковалёва|tatsiana.kavaliova@gmail.com|+375 33 610-27-45||Минск",
  group="kavaliou")
P("by-ru-form translit cyrillic-latin",
  "crm|Ольга|Лукашевич|o.lukashevich@belvezha.by|+375 17 284-61-35|ООО «Белая Вежа Трейд»|Минск",
  "event|Volha|Lukashevich|o.lukashevich@belvezha.by|+375 44 512-07-83|Belaya Vezha Trade|Minsk",
  group="kavaliou")
P("by-ru-form translit cyrillic-latin",
  "crm|Владимир|Богданович|v.bogdanovich@nemanles.by|+375 152 74-18-30|ОАО «Неман-Лес»|Гродно",
  "event|Uladzimir|Bahdanovich|v.bogdanovich@nemanles.by|+375 29 780 14 22|Neman-Les|Hrodna",
  "webinar|Vladimir|Bogdanovich|vbogdanovich@gmail.com|8 029 780-14-22||Grodno")

# --- added singletons ----------------------------------------------------------------------------
P("namesake", "web-form|Александр|Волков|volkov.alex@mail.ru|+7 921 604-22-19||Санкт-Петербург", group="sevveter")
P("namesake", "crm|Олександр|Коваленко|kovalenko.o@i.ua|+380 57 714 22 36||Харків", group="kovalenko")
P("", "webinar|Ксения|Белова|k.belova@okhtapribor.ru||ООО «Охта-Прибор»|Санкт-Петербург", group="lebedev")
P("", "shop|Alesia|Hrynevich|alesia.hrynevich@gmail.com|+375 29 315-77-02||Minsk")
