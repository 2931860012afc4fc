# Russia, Ukraine, Belarus. Every person and record written by hand.
# Transliterations used on purpose: BGN/PCGN and passport style (Aleksei, Zhukova, Oleksandr),
# ISO 9 / scholarly (Žukova, Černyšev), German (Tschernyschow, Smirnow, Kowaltschuk),
# Polish (Łukaszewicz, Julija), Czech (Jurij, Jekatěrinburg, -ová forms).
# record: (source, first_name, last_name, email, phone, company, city)
from model import P

PEOPLE = [
# ================================================================ Russia
# ---------------------------------------------------------------- namesakes: Алексей Смирнов x3 + Ukrainian Олексій Смирнов
P("ru-smirnov-aleksei-volga", "cyrillic translit phone-format phone-extension company-form email-case multi-phone city-form missing",
  "namesake:aleksei-smirnov",
  ("crm", "Алексей", "Смирнов", "a.smirnov@volga-tehnika.ru", "+7 495 781 34 20 доб. 117", "ООО «Волга-Техника»", "Москва"),
  ("erp", "Aleksei", "Smirnov", "a.smirnov@volga-tehnika.ru", "8 (495) 781-34-20", "Volga-Tekhnika LLC", "Moscow"),
  ("event", "Alexej", "Smirnow", "A.Smirnov@volga-tehnika.ru", "+7 916 552 04 18", "OOO Wolga-Technika", "Moskau"),
  ("import", "Aleksiej", "Smirnow", "", "+7 495 781-34-20", "OOO Wołga-Technika", "Moskwa")),
P("ru-smirnov-aleksei-spb", "", "namesake:aleksei-smirnov",
  ("web-form", "Aleksey", "Smirnov", "aleksey.smirnov@mail.ru", "+7 921 334 18 07", "", "Saint Petersburg")),
P("ru-smirnov-aleksei-sibles", "", "namesake:aleksei-smirnov",
  ("crm", "Алексей", "Смирнов", "smirnov@sibles-nsk.ru", "+7 383 212 45 60", "АО «Сиблес»", "Новосибирск")),
P("ua-smirnov-oleksii", "", "namesake:aleksei-smirnov",
  ("event", "Олексій", "Смирнов", "o.smirnov@ukr.net", "+380 67 412 55 09", "", "Київ")),

P("ru-chernyshev-yurii", "cyrillic translit accents phone-format company-form missing city-form", "",
  ("crm", "Юрий", "Чернышёв", "yu.chernyshev@uralpribor.ru", "+7 343 371 22 90", "ПАО «Уралприбор»", "Екатеринбург"),
  ("import", "Jurij", "Černyšev", "yu.chernyshev@uralpribor.ru", "", "Uralpribor PAO", "Jekatěrinburg"),
  ("event", "Juri", "Tschernyschow", "", "+7 343 3712290", "Uralpribor", "Jekaterinburg")),

# ---------------------------------------------------------------- namesakes across transliterations: Екатерина Жукова / Jekaterina Schukowa
P("ru-zhukova-ekaterina", "cyrillic translit company-form missing city-form", "namesake:ekaterina-zhukova",
  ("crm", "Екатерина", "Жукова", "ekaterina.zhukova@baltportservis.ru", "+7 812 334 71 05", "ООО «Балтпортсервис»", "Санкт-Петербург"),
  ("import", "Ekaterina", "Žukova", "ekaterina.zhukova@baltportservis.ru", "", "OOO Baltportservis", "Sankt-Peterburg")),
P("ru-zhukova-ekaterina-berlin", "", "namesake:ekaterina-zhukova",
  ("web-form", "Jekaterina", "Schukowa", "jekaterina.schukowa@gmx.de", "+49 176 2290 4418", "", "Berlin")),

P("ru-orlov-igor", "fullname-one-field cyrillic translit phone-format company-form", "",
  ("crm", "Игорь Владимирович", "Орлов", "orlov@kazanneftemash.ru", "+7 843 590 12 44", "АО «Казаньнефтемаш»", "Казань"),
  ("erp", "Igor'", "Orlov", "orlov@kazanneftemash.ru", "+7 (843) 590-12-44", "Kazanneftemash JSC", "Kazan")),
P("ru-volkov-dmitry", "diminutive private-email multi-phone company-form phone-national", "",
  ("crm", "Дмитрий", "Волков", "d.volkov@tulainstrument.ru", "+7 4872 55 30 18", "ООО «Тулаинструмент»", "Тула"),
  ("web-form", "Дима", "Волков", "dima.volkov@yandex.ru", "8 910 448 27 13", "Тулаинструмент", "Тула")),

# ---------------------------------------------------------------- family: Евгений / Евгения (both "Женя"), home number
P("ru-belov-evgeny", "cyrillic translit private-email multi-phone company-form phone-national", "family:belov-nn",
  ("crm", "Евгений", "Белов", "e.belov@nn-avtokomponent.ru", "+7 831 412 60 33", "ООО «НН Автокомпонент»", "Нижний Новгород"),
  ("web-form", "Evgeny", "Belov", "zhenya.belov@gmail.com", "8 (831) 277-18-45", "NN Avtokomponent", "Nizhny Novgorod"),
  ("event", "Jewgeni", "Below", "e.belov@nn-avtokomponent.ru", "", "NN Awtokomponent OOO", "Nischni Nowgorod")),
P("ru-belova-evgenia", "", "family:belov-nn",
  ("web-form", "Evgenia", "Belova", "evgenia.belova@mail.ru", "+7 831 277 18 45", "", "Nizhny Novgorod")),

P("ru-morozov-pavel", "typo missing", "",
  ("crm", "Павел", "Морозов", "p.morozov@ros-agrotreid.ru", "+7 863 204 55 17", "ООО «Рос-Агротрейд»", "Ростов-на-Дону"),
  ("helpdesk", "Павел", "Марозов", "p.morozov@ros-agrotreid.ru", "", "", "Ростов-на-Дону")),

# ---------------------------------------------------------------- info@ and the office line of a timber firm (Arkhangelsk)
P("ru-kuzmin-andrei", "shared-mailbox-own cyrillic multi-phone company-form", "mailbox:sever-les switchboard:sever-les",
  ("crm", "Андрей", "Кузьмин", "info@sever-les.ru", "+7 8182 65 40 12", "ООО «Север-Лес»", "Архангельск"),
  ("event", "Andrey", "Kuzmin", "a.kuzmin@sever-les.ru", "+7 911 580 22 46", "Sever-Les LLC", "Arkhangelsk")),
P("ru-gromova-natalia", "", "mailbox:sever-les switchboard:sever-les",
  ("web-form", "Наталья", "Громова", "info@sever-les.ru", "8 (8182) 65-40-12", "Север-Лес", "Архангельск")),

P("ru-lebedev-sergei", "only-phone diminutive cyrillic phone-format company-form missing", "",
  ("crm", "Сергей", "Лебедев", "s.lebedev@vostok-kabel.ru", "+7 985 310 44 27", "ООО «Восток Кабель»", "Москва"),
  ("helpdesk", "Серёжа", "", "", "+7 985 310-44-27", "", ""),
  ("erp", "Sergey", "Lebedev", "s.lebedev@vostok-kabel.ru", "", "Vostok Kabel OOO", "Moscow")),
# a Russian living in Karlovy Vary, registered by a Czech system with the Czech feminine ending
P("ru-sokolova-anna", "feminine-form cyrillic multi-phone", "",
  ("crm", "Анна", "Соколова", "anna.sokolova.msk@gmail.com", "+7 926 118 34 02", "", "Москва"),
  ("import", "Anna", "Sokolovová", "anna.sokolova.msk@gmail.com", "+420 608 215 773", "", "Karlovy Vary")),
P("ru-nikitin-artem", "swapped accents missing", "",
  ("crm", "Артём", "Никитин", "a.nikitin@samara-aerokompozit.ru", "+7 846 279 44 10", "АО «Самараэрокомпозит»", "Самара"),
  ("import", "Никитин", "Артем", "a.nikitin@samara-aerokompozit.ru", "", "", "Самара")),
P("ru-kiselev-gennady", "translit company-form missing", "",
  ("crm", "Gennady", "Kiselev", "g.kiselev@kuban-sahar.ru", "+7 861 259 41 30", "Kuban Sakhar LLC", "Krasnodar"),
  ("event", "Gennadij", "Kisseljow", "g.kiselev@kuban-sahar.ru", "", "OOO Kuban-Sachar", "Krasnodar")),
P("ru-khabibullina-dinara", "translit phone-format missing city-form", "",
  ("web-form", "Dinara", "Khabibullina", "dinara.kh@mail.ru", "+7 843 211 80 44", "", "Kazan"),
  ("erp", "Dinara", "Chabibullina", "dinara.kh@mail.ru", "+7 (843) 211-80-44", "", "Kasan")),
P("ru-fedorov-nikolai", "cyrillic translit accents company-form missing city-form", "",
  ("crm", "Николай", "Фёдоров", "n.fedorov@yar-kraski.ru", "+7 4852 73 40 19", "ООО «Ярославские краски»", "Ярославль"),
  ("event", "Nikolaj", "Fjodorow", "", "+7 4852 734019", "Jaroslawskije Kraski OOO", "Jaroslawl")),
P("ru-zaitsev-roman", "", "",
  ("web-form", "Роман", "Зайцев", "r.zaitsev@list.ru", "8 (912) 604-33-18", "", "Омск")),

# ================================================================ Ukraine
# Ukrainian cleaner in Prague: Czech system adds the feminine ending (judgement call, linked by mobile and e-mail)
P("ua-kovalenko-oksana", "feminine-form cyrillic multi-phone phone-format phone-national company-form missing", "",
  ("crm", "Оксана", "Коваленко", "oksana.kovalenko@ukr.net", "+380 50 412 77 31", "", "Харків"),
  ("web-form", "Oksana", "Kovalenko", "oksana.kovalenko@ukr.net", "+420 731 552 604", "Úklidové služby Vršovice s.r.o.", "Praha"),
  ("erp", "Oksana", "Kovalenková", "", "731 552 604", "Úklidové služby Vršovice", "Praha")),
P("ua-tkachuk-hryhorii", "cyrillic translit national-form company-form phone-format missing city-form", "",
  ("crm", "Григорій", "Ткачук", "h.tkachuk@lvivpharm.com.ua", "+380 32 245 18 60", "ТОВ «Львівфарм»", "Львів"),
  ("import", "Hryhorij", "Tkačuk", "h.tkachuk@lvivpharm.com.ua", "", "Lvivfarm TOV", "Lviv"),
  ("event", "Grigorij", "Tkatschuk", "", "+380 32 2451860", "Lwiwpharm", "Lemberg")),
# the same man in Ukrainian and in Russian form (Микола / Николай), company and city in both languages
P("ua-bondarenko-mykola", "national-form company-form phone-format city-form", "",
  ("crm", "Микола", "Бондаренко", "m.bondarenko@dniprometal.com.ua", "+380 56 744 30 12", "ТОВ «Дніпрометал»", "Дніпро"),
  ("erp", "Николай", "Бондаренко", "m.bondarenko@dniprometal.com.ua", "+38 (056) 744-30-12", "ООО «Днепрометалл»", "Днепр")),
P("ua-melnyk-yulia", "cyrillic translit multi-phone missing", "namesake:yulia-melnyk",
  ("crm", "Юлія", "Мельник", "yulia.melnyk.lutsk@gmail.com", "+380 67 215 48 90", "", "Луцьк"),
  ("web-form", "Julija", "Melnyk", "yulia.melnyk.lutsk@gmail.com", "+48 732 118 405", "Agro-Wołyń Sp. z o.o.", "Lublin")),
P("ua-melnyk-yulia-kyiv", "", "namesake:yulia-melnyk",
  ("event", "Yuliia", "Melnyk", "yuliia.melnyk@dnipro-soft.com.ua", "+380 44 390 21 77", "Dnipro Soft", "Kyiv")),
# family: Ярослав / Ярослава Савчук share the home landline (Ternopil)
P("ua-savchuk-yaroslav", "cyrillic multi-phone private-email company-form phone-national", "family:savchuk-ternopil",
  ("crm", "Ярослав", "Савчук", "ya.savchuk@ternopilbudmash.ua", "+380 352 52 18 40", "ПрАТ «Тернопільбудмаш»", "Тернопіль"),
  ("web-form", "Yaroslav", "Savchuk", "yaroslav.savchuk@ukr.net", "0352 43 17 06", "Ternopilbudmash", "Ternopil")),
P("ua-savchuk-yaroslava", "", "family:savchuk-ternopil",
  ("web-form", "Yaroslava", "Savchuk", "yaroslava.s@ukr.net", "+380 352 43 17 06", "", "Ternopil")),
# office@ of an agro-chemical dealer (Poltava)
P("ua-marchenko-iryna", "shared-mailbox-own cyrillic multi-phone company-form", "mailbox:agrokhim-poltava",
  ("crm", "Ірина", "Марченко", "office@agrokhim-poltava.com.ua", "+380 532 61 22 05", "ТОВ «Агрохім-Полтава»", "Полтава"),
  ("event", "Iryna", "Marchenko", "i.marchenko@agrokhim-poltava.com.ua", "+380 66 318 42 70", "Agrokhim-Poltava LLC", "Poltava")),
P("ua-lysenko-taras", "", "mailbox:agrokhim-poltava",
  ("web-form", "Тарас", "Лисенко", "office@agrokhim-poltava.com.ua", "", "Агрохім-Полтава", "Полтава")),
P("ua-boiko-yurii", "translit phone-format company-form allcaps city-form", "",
  ("crm", "Yurii", "Boiko", "yurii.boiko@karpaty-wood.com.ua", "+380 342 55 71 40", "Karpaty Wood LLC", "Ivano-Frankivsk"),
  ("erp", "Yuriy", "Boyko", "yurii.boiko@karpaty-wood.com.ua", "+380342557140", "KARPATY WOOD TOV", "Ivano-Frankovsk")),
P("ua-kravets-olena", "only-email email-case missing", "",
  ("web-form", "Олена", "Кравець", "olena.kravets@i.ua", "+380 63 401 27 88", "", "Одеса"),
  ("newsletter", "", "", "Olena.Kravets@i.ua", "", "", "")),
P("ua-kovalchuk-dmytro", "cyrillic translit multi-phone missing", "",
  ("crm", "Дмитро", "Ковальчук", "dmytro.kovalchuk@gmail.com", "+380 97 554 12 08", "", "Житомир"),
  ("web-form", "Dmytro", "Kowaltschuk", "dmytro.kovalchuk@gmail.com", "+49 152 0337 4418", "Spedition Kranich GmbH", "Leipzig")),
P("ua-petrenko-andrii", "", "",
  ("crm", "Андрій", "Петренко", "a.petrenko@chernihivlon.com.ua", "+380 462 67 30 15", "ТОВ «Чернігівльон»", "Чернігів")),
P("ua-hnatiuk-vasyl", "", "",
  ("event", "Vasyl", "Hnatiuk", "v.hnatiuk@ukr.net", "+380 96 225 40 81", "", "Uzhhorod")),
P("ua-zinchenko-svitlana", "", "",
  ("newsletter", "Svitlana", "Zinchenko", "svitlana.zinchenko@gmail.com", "", "", "Vinnytsia")),

# ================================================================ Belarus
# Russian form, Polish transliteration, Belarusian passport form
P("by-lukashevich-aliaksandr",
  "cyrillic translit national-form accents company-form phone-format phone-national missing city-form", "",
  ("crm", "Александр", "Лукашевич", "a.lukashevich@minsk-optika.by", "+375 17 284-55-10", "ОАО «Минская оптика»", "Минск"),
  ("import", "Aleksander", "Łukaszewicz", "a.lukashevich@minsk-optika.by", "", "Mińska Optyka", "Mińsk"),
  ("event", "Aliaksandr", "Lukashevich", "", "8 017 284 55 10", "Minsk Optics JSC", "Minsk")),
# family: Валентин / Валентина Кравченко share the home landline (Gomel)
P("by-kravchenko-valentin", "cyrillic private-email multi-phone phone-format phone-national missing", "family:kravchenko-gomel",
  ("crm", "Валентин", "Кравченко", "v.kravchenko@gomelsteklo.by", "+375 29 644 18 27", "ОАО «Гомельстекло»", "Гомель"),
  ("web-form", "Valentin", "Kravchenko", "valentin.kravchenko@tut.by", "80296441827", "", "Gomel"),
  ("billing", "Valentin", "Kravchenko", "valentin.kravchenko@tut.by", "8 0232 55 31 09", "", "Gomel")),
P("by-kravchenko-valentina", "", "family:kravchenko-gomel",
  ("helpdesk", "Валентина", "Кравченко", "", "+375 232 55-31-09", "", "Гомель")),
P("by-zhuk-tatsiana", "cyrillic translit national-form missing city-form", "",
  ("crm", "Tatsiana", "Zhuk", "t.zhuk@hrodna-bio.by", "+375 152 77 30 41", "Hrodna Bioprodukt", "Hrodna"),
  ("web-form", "Татьяна", "Жук", "t.zhuk@hrodna-bio.by", "", "", "Гродно")),
P("by-kazlou-ihar", "", "",
  ("event", "Ihar", "Kazlou", "ihar.kazlou@tut.by", "+375 33 318 70 26", "", "Viciebsk")),
]
