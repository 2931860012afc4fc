# Hungary, Romania, Bulgaria.
from people import P

P("hu-order full-name-one-field phone-trunk", """
crm|Zoltán|Nagy|nagy.zoltan@pannonsoft.hu|+36 1 456 7821|PannonSoft Kft.|Budapest
import|Nagy|Zoltán|nagy.zoltan@pannonsoft.hu|06 1 456 7821|Pannonsoft Kft|Budapest
event|Nagy Zoltán||zoltan.nagy@pannonsoft.hu|06-1-456-7821|PannonSoft|Budapest
""")
P("namesake family-phone", """
crm|Zoltán|Nagy|zoltan.nagy@tiszaagro.hu|+36 30 412 5567|Tisza Agro Zrt.|Szeged
web-form|Zoltán|Nagy|zoltan.nagy@tiszaagro.hu|06 62 421 380||Szeged
""")
P("hu-ne family-phone full-name-one-field", """
shop|Nagy Zoltánné||nagy.zoltanne@freemail.hu|+36 62 421 380||Szeged
newsletter|Erika|Nagy|nagy.zoltanne@freemail.hu|||Szeged
""", note="'Nagy Zoltánné' = Mrs Zoltán Nagy, here Erika Nagy; shares the home phone with her husband: different people.")

P("hu-ne double-surname hu-order private-email", """
crm|Éva|Kovácsné Szabó|kovacsne.eva@pannonsoft.hu|+36 1 456 7830|PannonSoft Kft.|Budapest
event|Eva|Szabo|eva.szabo@gmail.com|+36 20 318 4472|Pannonsoft|Budapest
helpdesk|Szabó Éva||kovacsne.eva@pannonsoft.hu|+36 1 456 7830|PannonSoft Kft.|Budapest
""", note="Judgement call: the event record (maiden name, private address and mobile) is joined only by name + company.")

P("diacritics encoding-substitution email-case", """
crm|Péter|Kőszegi|koszegi.peter@tiszaagro.hu|+36 62 550 214|Tisza Agro Zrt.|Szeged
erp|Péter|Kõszegi|koszegi.peter@tiszaagro.hu||Tisza Agro|Szeged
webinar|Peter|Koeszegi|Koszegi.Peter@tiszaagro.hu|||
""")

P("role-mailbox switchboard", """
web-form|Gábor|Szabó|iroda@tiszaagro.hu|+36 62 550 200|Tisza Agro Zrt.|Szeged
crm|Gábor|Szabó|szabo.gabor@tiszaagro.hu|+36 62 550 229|Tisza Agro Zrt.|Szeged
""")
P("role-mailbox switchboard hu-order full-name-one-field", """
web-form|Varga Anikó||iroda@tiszaagro.hu|06 62 550 200|Tisza Agro|Szeged
crm|Anikó|Varga|varga.aniko@tiszaagro.hu|+36 62 550 231|Tisza Agro Zrt.|Szeged
""")

P("diacritics phone-00", """
crm|Ștefan|Popescu|stefan.popescu@carpatsoft.ro|+40 21 312 45 67|CarpatSoft SRL|București
erp|Ştefan|Popescu|stefan.popescu@carpatsoft.ro|021 312 4567|Carpat Soft S.R.L.|Bucuresti
event|Stefan|Popescu||0040 21 312 45 67|CarpatSoft|Bucharest
""")
P("namesake singleton", "web-form|Stefan|Popescu|stefanpopescu88@yahoo.com|+40 745 221 893||Cluj-Napoca")

P("double-surname phone-dots private-email", """
crm|Ioana|Dumitrescu-Ionescu|ioana.dumitrescu@transilvania-metal.ro|+40 722 415 306|Transilvania Metal SA|Cluj-Napoca
shop|Ioana|Ionescu|ioana.ionescu@yahoo.ro|0722.415.306||Cluj
""")

P("name-translated role-mailbox switchboard", """
crm|Gheorghe|Mihăilescu|g.mihailescu@carpatsoft.ro|+40 21 312 45 80|CarpatSoft SRL|București
event|George|Mihailescu|g.mihailescu@carpatsoft.ro||CarpatSoft|Bucharest
web-form|Gheorghe|Mihailescu|office@carpatsoft.ro|021 312 45 00|CarpatSoft|Bucuresti
""")
P("role-mailbox switchboard singleton", "web-form|Ana-Maria|Constantin|office@carpatsoft.ro|+40 21 312 45 00|CarpatSoft SRL|București")

P("bulgarian romanization-en cyrillic phone-trunk", """
crm|Христо|Щерев|h.shterev@balkansoft.bg|+359 2 981 44 27|Балкансофт ЕООД|София
event|Hristo|Shterev|h.shterev@balkansoft.bg|02 981 4427|Balkansoft EOOD|Sofia
partner-portal|Khristo|Shcherev|||Balkansoft Ltd.|Sofiya
""", note="Russian-style romanization (Khristo Shcherev) without contact data: joined by name + company.")

P("bulgarian namesake cyrillic", """
crm|Мария|Иванова|m.ivanova@balkansoft.bg|+359 2 981 44 10|Балкансофт ЕООД|София
event|Maria|Ivanova|m.ivanova@balkansoft.bg||Balkansoft|Sofia
""")
P("bulgarian namesake name-city-only cyrillic singleton", "web-form|Мария|Иванова|maria.ivanova@abv.bg|+359 88 712 4403||София")

P("bulgarian nickname gmail-dots cyrillic", """
crm|Георги|Димитров|georgi.dimitrov@varnamarine.bg|+359 889 301 227|Варна Марин АД|Варна
event|Gosho|Dimitrov|gosho.dimitrov@gmail.com|+359 889 301 227|Varna Marine|Varna
shop|Georgi|Dimitrov|goshodimitrov@gmail.com|0889 301 227||Varna
""")

P("singleton", "newsletter|Katalin|Tóth|toth.kati@citromail.hu|||Debrecen")
P("singleton", "shop|Andreea|Stan|andreea.stan@gmail.com|0744 512 908||Iași")

P("hu-order caps diacritics", """
crm|László|Horváth|horvath.laszlo@dunaimpex.hu|+36 1 788 3120|Duna Impex Kft.|Budapest
erp|HORVÁTH|LÁSZLÓ|horvath.laszlo@dunaimpex.hu||DUNA IMPEX KFT|BUDAPEST
event|Laszlo|Horvath||+36 (1) 788-3120|Duna Impex|Budapest
""")
P("namesake hu-order nickname singleton", "web-form|Horváth Laci||laci.horvath@gmail.com|+36 70 512 3398||Budapest")

P("nickname company-translated", """
crm|Erzsébet|Molnár|molnar.erzsebet@dunaimpex.hu|+36 1 788 3144|Duna Impex Kft.|Budapest
event|Erzsi|Molnar|molnar.erzsebet@dunaimpex.hu||Danube Impex Ltd.|Budapest
""")

P("bulgarian surname-change cyrillic", """
crm|Десислава|Петкова|d.petkova@varnamarine.bg|+359 88 344 1908|Варна Марин АД|Варна
shop|Desislava|Georgieva|desi.georgieva@abv.bg|0883441908||Varna
""", note="Married name change; linked by mobile.")

P("cross-border city-exonym", """
crm|Attila|Kiss|attila.kiss@mureshtech.ro|+40 265 210 447|Mureș Tech SRL|Târgu Mureș
event|Kiss|Attila|attila.kiss@mureshtech.ro||Mures Tech|Marosvásárhely
""", note="Hungarian name order and Hungarian city name (Marosvásárhely = Târgu Mureș); linked by e-mail.")

P("singleton", "webinar|Bogdan|Rusu|bogdan.rusu@transilvania-metal.ro||Transilvania Metal SA|Cluj-Napoca")
P("singleton cyrillic", "newsletter|Иван|Стоянов|ivan.stoyanov@abv.bg|||Пловдив")
P("singleton", "event|Krisztina|Balogh|balogh.krisztina@pannonsoft.hu||PannonSoft Kft.|Budapest")
