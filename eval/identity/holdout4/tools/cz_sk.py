# Czech Republic and Slovakia: software reseller customers.
from people import P

P("diacritics caps email-space email-case phone-00", """
crm|Tomáš|Dvořák|tomas.dvorak@vltavin-sw.cz|+420 602 318 447|Vltavín Software s.r.o.|Praha
newsletter|Tomas|Dvorak| Tomas.Dvorak@vltavin-sw.cz||Vltavin Software|
event|TOMÁŠ|DVOŘÁK||00420602318447|VLTAVÍN SOFTWARE S.R.O.|Prague
""")

P("surname-change phone-national", """
erp|Jana|Svobodová|jana.svobodova@kovotvar.cz|+420 567 213 880|Kovotvar Jihlava s.r.o.|Jihlava
crm|Jana|Procházková|jana.prochazkova@kovotvar.cz|567 213 880|Kovotvar Jihlava|Jihlava
""")

P("title email-case phone-ext diacritics switchboard", """
billing|Ing. Petr|Kučera|p.kucera@modrstroj.cz|+420 241 770 112|Modřanská strojírna a.s.|Praha 4
helpdesk|Petr|Kucera|P.Kucera@MODRSTROJ.CZ|241 770 112 kl. 31|Modranska strojirna|Praha
""")

P("singleton switchboard", """
helpdesk|Barbora|Němcová|barbora.nemcova@modrstroj.cz|+420 241 770 112 kl. 44|Modřanská strojírna a.s.|Praha
""")

P("nickname private-email phone-national", """
web-form|Katka|Nováková|katka.novakova@seznam.cz|731 558 206||Brno
shop|Kateřina|Nováková|katka.novakova@seznam.cz|+420731558206||Brno
crm|Kateřina|Nováková|k.novakova@bdc-brno.cz|+420 731 558 206|Brněnské datové centrum s.r.o.|Brno
""")

# father and son, same name, same family firm, same landline
P("father-son family-phone generation-marker", """
crm|Jiří|Horák st.|jiri.horak@horakasyn.cz|+420 495 512 330|Horák & syn s.r.o.|Hradec Králové
erp|Jiří|Horák|jiri.horak@horakasyn.cz||HORÁK & SYN|Hradec Králové
""")
P("father-son family-phone generation-marker nickname gmail-dots", """
crm|Jiří|Horák ml.|jiri.horak.ml@horakasyn.cz|+420 495 512 330|Horák & syn s.r.o.|Hradec Králové
event|Jirka|Horák|jiri.horak.ml@horakasyn.cz|+420 608 224 915|Horák & syn|Hradec Králové
web-form|Jiří|Horák|jirkahorak@gmail.com|608224915||Hradec Králové
shop|Jirka|Horak|jirka.horak@gmail.com|||Hradec Kralove
""")

P("gender-pair family-phone", """
crm|Michal|Šťastný|michal.stastny@centrum.cz|+420 377 441 905||Plzeň
newsletter|Michal|Stastny|michal.stastny@centrum.cz|||
""")
P("gender-pair family-phone singleton", """
web-form|Michala|Šťastná|michala.stastna@centrum.cz|377 441 905||Plzeň
""")

P("role-mailbox switchboard", """
web-form|Lucie|Marková|obchod@tiskarna-rubin.cz|+420 383 120 450|Tiskárna Rubín s.r.o.|Písek
crm|Lucie|Marková|lucie.markova@tiskarna-rubin.cz|+420 383 120 450|Tiskárna Rubín|Písek
""")
P("role-mailbox switchboard", """
web-form|Ondřej|Bartoš|obchod@tiskarna-rubin.cz|383 120 450|Tiskarna Rubin|Pisek
crm|Ondřej|Bartoš|ondrej.bartos@tiskarna-rubin.cz|+420 606 447 128|Tiskárna Rubín s.r.o.|Písek
""")
P("transposition diacritics", """
crm|Kristýna|Vrbová|k.vrbova@tiskarna-rubin.cz|+420 383 120 455|Tiskárna Rubín s.r.o.|Písek
billing|Kristyna|Vbrova||+420383120455|Tiskarna Rubin s.r.o.|Pisek
""")

P("phone-trunk phone-00 private-email diacritics namesake", """
crm|Ján|Kováč|jan.kovac@dunsklady.sk|+421 905 331 742|Dunajské sklady a.s.|Bratislava
erp|Jan|Kovac|jan.kovac@dunsklady.sk|0905 331 742|Dunajske sklady|Bratislava
event|Ján|Kováč|jankovac.ba@gmail.com|00421 905 331 742||Bratislava
""")
P("namesake singleton", """
newsletter|Ján|Kováč|jan.kovac1975@azet.sk|||Košice
""")

P("phone-slash company-abbrev typo", """
shop|Zuzana|Horváthová|zuzana.horvathova@skalib.sk|+421 2 4363 9021|Slovenská kalibrácia s.r.o.|Bratislava
helpdesk|Zuzana|Horvathova|zuzana.horvathova@skalib.sk|02/4363 9021|Slov. kalibrácia|Bratislava
billing|Zuzana|Horvátová|zuzana.horvathova@skalib.sk||Slovenska kalibracia sro|
""")

P("title email-case", """
crm|MUDr. Eva|Šimková|simkova@ordinace-simkova.cz|+420 386 350 217|Ordinace MUDr. Šimková|České Budějovice
webinar|Eva|Simkova|Simkova@ordinace-simkova.cz|||
""")

P("swapped phone-national", """
crm|Vojtěch|Černý|vojtech.cerny@kladval.cz|+420 312 600 481|Kladenská válcovna a.s.|Kladno
import|Černý|Vojtěch|vojtech.cerny@kladval.cz|312600481|Kladenská válcovna|Kladno
""")
P("doubled-letter", """
crm|Filip|Kolár|filip.kolar@kladval.cz|+420 312 600 400|Kladenská válcovna a.s.|Kladno
webinar|Filip|Kollár|filip.kolar@kladval.cz|||
""")

P("job-change email-case", """
crm|Martin|Veselý|martin.vesely@vltavin-sw.cz|+420 724 118 390|Vltavín Software s.r.o.|Praha
crm|Martin|Veselý|mvesely@dataporta.cz|+420 724 118 390|DataPorta a.s.|Praha
newsletter|Martin|Vesely|MVesely@dataporta.cz|||
""")

P("email-digit switchboard phone-ext", """
crm|Jan|Novotný|jnovotny@vltavin-sw.cz|+420 222 354 100 kl. 215|Vltavín Software s.r.o.|Praha
helpdesk|Jan|Novotny|JNovotny@vltavin-sw.cz|||
""")
P("email-digit switchboard phone-ext", """
crm|Jiří|Novotný|jnovotny2@vltavin-sw.cz|+420 222 354 100 kl. 240|Vltavín Software s.r.o.|Praha
webinar|Jiri|Novotny|jnovotny2@vltavin-sw.cz||Vltavin Software|Praha
""")

P("singleton", "newsletter|Hana|Králová|hana.kralova@email.cz|||Olomouc")
P("singleton", "shop|Libor|Pospíšil|libor.pospisil@post.cz|+420 585 204 716||Olomouc")
P("singleton", "web-form|Radim|Fiala|fiala@fialaelektro.cz|604 118 552|Fiala Elektro|Zlín")
P("singleton", "event|Veronika|Kopecká|veronika.kopecka@gmail.com|||Ostrava")
P("singleton", "crm|Miroslav|Zeman|zeman@pivovar-zeman.cz|+420 461 532 009|Pivovar Zeman s.r.o.|Svitavy")

P("namesake name-city-only email-case", """
crm|Petr|Svoboda|petr.svoboda@dataporta.cz|+420 776 390 211|DataPorta a.s.|Praha
newsletter|Petr|Svoboda|Petr.Svoboda@dataporta.cz|||
""")
P("namesake name-city-only singleton", "web-form|Petr|Svoboda|psvoboda@seznam.cz|+420 739 004 852||Praha")

P("nickname gmail-dots phone-trunk diacritics", """
crm|Pavol|Baláž|pavol.balaz@dunsklady.sk|+421 911 204 337|Dunajské sklady a.s.|Bratislava
event|Paľo|Baláž|palo.balaz@gmail.com|+421 911 204 337|Dunajské sklady|Bratislava
web-form|Pavol|Balaz|palobalaz@gmail.com|0911204337||Bratislava
""")

P("role-mailbox switchboard singleton", "web-form|Martina|Lukáčová|kancelaria@dunsklady.sk|+421 2 5293 4400|Dunajské sklady a.s.|Bratislava")
P("role-mailbox switchboard phone-slash", """
web-form|Peter|Oravec|kancelaria@dunsklady.sk|02/5293 4400|Dunajske sklady|Bratislava
crm|Peter|Oravec|peter.oravec@dunsklady.sk|+421 2 5293 4417|Dunajské sklady a.s.|Bratislava
""")

P("nickname caps", """
crm|Stanislav|Hrubý|hruby@agrohruby.cz|+420 519 322 481|Agro Hrubý s.r.o.|Břeclav
import|Standa|Hruby|HRUBY@AGROHRUBY.CZ|519 322 481|AGRO HRUBY|Breclav
""")

P("full-name-one-field title company-abbrev", """
event|Ing. Lenka Šafránková||lenka.safrankova@bdc-brno.cz||Brněnské datové centrum|Brno
crm|Lenka|Šafránková|lenka.safrankova@bdc-brno.cz|+420 543 210 776|Brněnské datové centrum s.r.o.|Brno
helpdesk|Lenka|Safrankova||543210776|BDC Brno|Brno
""")

P("surname-change phone-trunk", """
newsletter|Simona|Tóthová|simona.tothova@zoznam.sk|+421 948 552 019||Žilina
shop|Simona|Kráľová|simona.kralova@zoznam.sk|0948 552 019||Žilina
""")

P("gender-pair switchboard", """
crm|Jan|Dušek|j.dusek@kovotvar.cz|+420 567 213 800|Kovotvar Jihlava s.r.o.|Jihlava
helpdesk|Jan|Dusek|J.Dusek@kovotvar.cz|||
""")
P("gender-pair switchboard singleton", "crm|Jana|Dušková|j.duskova@kovotvar.cz|+420 567 213 800|Kovotvar Jihlava s.r.o.|Jihlava")

P("title degree company-form phone-dots", """
crm|doc. Ing. Radovan|Beneš, Ph.D.|radovan.benes@technopark-partner.cz|+420 541 142 260|Technopark Partner s.r.o.|Brno
webinar|Radovan|Benes|radovan.benes@technopark-partner.cz|541.142.260|Technopark Partner|Brno
""")

P("subaddress email-case", """
shop|Adéla|Machová|adela.machova+shop@gmail.com|+420 777 905 114||Liberec
newsletter|Adela|Machova|Adela.Machova@gmail.com|||Liberec
""")

P("company-translated city-exonym", """
crm|Roman|Kratochvíl|r.kratochvil@modrstroj.cz|+420 241 770 130|Modřanská strojírna a.s.|Praha
event|Roman|Kratochvil|r.kratochvil@modrstroj.cz||Modrany Engineering Works|Prague
erp|Roman|Kratochvíl||241770130|Maschinenfabrik Modřany AG|Prag
""")

P("namesake same-company email-digit", """
crm|Tereza|Malá|tereza.mala@dataporta.cz|+420 222 715 330|DataPorta a.s.|Praha
webinar|Tereza|Mala|tereza.mala@dataporta.cz|||Praha
""")
P("namesake same-company email-digit singleton", "crm|Tereza|Malá|tereza.mala2@dataporta.cz|+420 222 715 341|DataPorta a.s.|Praha")

P("singleton", "event|Dominik|Sýkora|dominik.sykora@kovotvar.cz||Kovotvar Jihlava s.r.o.|Jihlava")
P("singleton", "shop|Marcela|Holubová|marcela.holubova@volny.cz|+420 603 228 741||Pardubice")
P("singleton", "web-form|Peter|Mikuš|mikus@drevomikus.sk|+421 903 612 455|Drevo Mikuš s.r.o.|Banská Bystrica")
P("singleton", "newsletter|Lenka|Jurčová|lenka.jurcova@gmail.com|||Trnava")

P("swapped email-space caps phone-00", """
crm|Ľubomír|Hudák|lubomir.hudak@kos-servis.sk|+421 55 622 41 09|KOS Servis s.r.o.|Košice
import|HUDÁK|ĽUBOMÍR|lubomir.hudak@kos-servis.sk |00421556224109|KOS SERVIS|KOSICE
""")

P("nickname private-email phone-spaces", """
crm|Vladimír|Polák|vladimir.polak@agrohruby.cz|+420 519 322 488|Agro Hrubý s.r.o.|Břeclav
shop|Vláďa|Polák|vladapolak@seznam.cz|+420 519 322 488||Břeclav
""", note="Office direct line reused on a private shop order.")
