"""Czech Republic and Slovakia."""
from people import P

# --- Liberec: Jan Novák senior and junior (one home phone, the family carpentry) -------------
P("senior-junior family-phone title swapped",
  "crm|Jan|Novák|jan.novak@seznam.cz|+420 485 104 233||Liberec",
  "billing|Jan|Novák st.|jan.novak@seznam.cz|485 104 233|Truhlářství Jan Novák|Liberec",
  "erp|NOVÁK|JAN|jan.novak@seznam.cz|485104233|TRUHLÁŘSTVÍ NOVÁK|LIBEREC",
  group="novak-liberec")
P("senior-junior family-phone nickname gmail-dots diacritics namesake-company",
  "web-form|Jan|Novák|honza.novak98@gmail.com|+420 485 104 233||Liberec",
  "shop|Honza|Novak|honzanovak98@gmail.com|+420 731 552 908||Liberec",
  "event|Jan|Novák ml.|honza.novak98@gmail.com|731 552 908|Truhlářství Novák|Liberec",
  group="novak-liberec",
  note="the son's first record has his father's name, home phone and city; only the e-mail tells them apart")
P("namesake",
  "newsletter|Jan|Novák|jan.novak.praha@gmail.com|||Praha",
  group="novak-liberec")

# --- Jana Nováková: three namesakes ---------------------------------------------------------
P("namesake",
  "web-form|Jana|Nováková|jana.novakova@centrum.cz|||Praha",
  group="jana-novakova")
P("namesake",
  "crm|Jana|Nováková|novakova@horec-logistika.cz|+420 545 212 118|Hořec Logistika s.r.o.|Brno",
  "event|Jana|NOVÁKOVÁ|Novakova@horec-logistika.cz|545 212 118|HOŘEC LOGISTIKA|Brno",
  group="jana-novakova")

# --- Brno: Hořec Logistika (switchboard 545 212 100, mailbox obchod@) -----------------------
P("namesake-company email-near switchboard shared-mailbox one-field-name",
  "crm|Petr|Svoboda|petr.svoboda@horec-logistika.cz|+420 545 212 100|Hořec Logistika s.r.o.|Brno",
  "web-form|Petr|Svoboda|obchod@horec-logistika.cz|+420 736 414 802|Hořec Logistika|Brno",
  "erp|Svoboda Petr||petr.svoboda@horec-logistika.cz|736 414 802|Hořec Logistika s.r.o. – obchod|Brno",
  group="horec")
P("namesake-company email-near switchboard",
  "erp|Petr|Svoboda|petr.svoboda2@horec-logistika.cz|+420 545 212 100|Hořec Logistika s.r.o.|Brno",
  "helpdesk|Petr|Svoboda|petr.svoboda2@horec-logistika.cz|+420 777 903 251|Hořec Logistika s.r.o. – sklad|Brno",
  group="horec")
P("shared-mailbox switchboard diacritics name+company",
  "web-form|Lenka|Horáková|obchod@horec-logistika.cz|+420 545 212 100|Hořec Logistika|Brno",
  "crm|Lenka|Horakova|lenka.horakova@horec-logistika.cz|+420 545 212 131|Hořec Logistika s.r.o.|Brno",
  group="horec")
P("",
  "helpdesk|Denisa|Urbanová|urbanova@horec-logistika.cz|+420 545 212 140|Hořec Logistika s.r.o.|Brno",
  group="horec")
P("namesake",
  "newsletter|Petr|Svoboda|psvoboda@centrum.cz|||Praha",
  group="horec")

# --- Olomouc: Martin and Martina Procházka(ová), one home phone -----------------------------
P("family-phone gender-pair diacritics",
  "shop|Martin|Procházka|m.prochazka@post.cz|585 224 617||Olomouc",
  "newsletter|MARTIN|PROCHÁZKA| M.Prochazka@post.cz|||",
  "crm|Martin|Prochazka|martin.prochazka@modryjelen.cz|+420 724 330 158|Modrý Jelen s.r.o.|Olomouc",
  "helpdesk|Martin|Procházka|m.prochazka@post.cz|724330158|Modrý jelen|Olomouc",
  group="prochazka")
P("family-phone gender-pair namesake",
  "shop|Martina|Procházková|martina.prochazkova@post.cz|+420 585 224 617||Olomouc",
  "event|Martina|Procházková|martina.prochazkova@post.cz|+420 605 771 204|Lékárna Na Hradbách|Olomouc",
  group="prochazka")
P("namesake",
  "shop|Martina|Procházková|prochazkova.m@seznam.cz|+420 720 558 317||Praha",
  group="prochazka")
P("",
  "crm|Filip|Holub|filip.holub@modryjelen.cz|+420 585 311 204|Modrý Jelen s.r.o.|Olomouc")

# --- Praha: Lipnice Software (switchboard 221 433 800) and the Černý family ------------------
P("family-email switchboard diacritics namesake",
  "shop|Tomáš|Černý|cerni.domu@seznam.cz|602 481 775||Praha",
  "crm|Tomas|Cerny|tomas.cerny@lipnice-software.cz|+420 221 433 800 kl. 214|Lipnice Software s.r.o.|Praha",
  "helpdesk|Tomáš|Černý|tomas.cerny@lipnice-software.cz|+420 602 481 775|Lipnice Software s.r.o.|Praha 4",
  group="lipnice")
P("family-email",
  "shop|Alena|Černá|cerni.domu@seznam.cz|+420 606 912 344||Praha",
  "web-form|Alena|Černá|alena.cerna@seznam.cz|606 912 344||Praha 10",
  group="lipnice")
P("nickname namesake name+company diacritics",
  "crm|Jan|Kučera|jan.kucera@lipnice-software.cz|+420 221 433 870|Lipnice Software s.r.o.|Praha",
  "event|Honza|Kučera|jan.kucera@lipnice-software.cz||Lipnice Software|Praha",
  "webinar|Honza|Kucera|honza.kucera@gmail.com|+420 775 120 649|Lipnice|Prague",
  group="lipnice",
  note="the webinar record shares no e-mail or phone with the others: Honza (= Jan) Kučera at 'Lipnice' (= Lipnice Software)")
P("switchboard gender-pair diacritics",
  "crm|Jana|Kučerová|j.kucerova@lipnice-software.cz|+420 221 433 800|Lipnice Software s.r.o.|Praha",
  "helpdesk|Jana|Kucerova|j.kucerova@lipnice-software.cz|221 433 800|Lipnice Software|Praha",
  group="lipnice")
P("",
  "webinar|Markéta|Jelínková|marketa.jelinkova@lipnice-software.cz||Lipnice Software s.r.o.|Praha",
  group="lipnice")
P("job-change",
  "crm|Martin|Šimek|martin.simek@lipnice-software.cz|+420 721 334 905|Lipnice Software s.r.o.|Praha",
  "crm|Martin|Šimek|simek@fotonika-labe.cz|721 334 905|Fotonika Labe s.r.o.|Pardubice",
  group="lipnice")

# --- Ostrava: Stavby Kamenec (switchboard 596 118 200, mailbox info@) -------------------------
P("namesake",
  "crm|Jan|Kučera|kucera@stavby-kamenec.cz|+420 596 118 252|Stavby Kamenec s.r.o.|Ostrava",
  group="lipnice")  # confusable with the Lipnice Software Jan Kučera
P("title",
  "crm|Ing. Petra|Malá|petra.mala@stavby-kamenec.cz|+420 596 118 240|Stavby Kamenec s.r.o.|Ostrava",
  "erp|Petra|Malá Ing.|PETRA.MALA@STAVBY-KAMENEC.CZ|596118240|STAVBY KAMENEC S.R.O.|OSTRAVA",
  group="kamenec")
P("gender-pair email-near phone-near",
  "erp|Petr|Malý|petr.maly@stavby-kamenec.cz|+420 596 118 241|Stavby Kamenec s.r.o.|Ostrava",
  group="kamenec")
P("shared-mailbox diacritics",
  "crm|Radek|Malý|radek.maly@stavby-kamenec.cz|+420 603 850 117|Stavby Kamenec s.r.o.|Ostrava",
  "web-form|Radek|Maly|info@stavby-kamenec.cz|603850117|Stavby Kamenec|Ostrava",
  group="kamenec")
P("shared-mailbox",
  "web-form|Zdeňka|Šťastná|info@stavby-kamenec.cz|+420 596 118 200|Stavby Kamenec s.r.o.|Ostrava",
  group="kamenec")

# --- Hradec Králové ---------------------------------------------------------------------------
P("title diacritics name+company",
  "crm|MUDr. Karel|Dušek, Ph.D.|dusek@klinika-ambra.cz|+420 495 512 330|Klinika Ambra s.r.o.|Hradec Králové",
  "event|Karel|Dusek|karel.dusek@gmail.com|+420 604 227 518|Klinika Ambra|Hradec Kralove",
  "webinar|Karel|Dušek|karel.dusek@gmail.com|604 227 518||Hradec Králové",
  note="the clinic record shares no e-mail or phone with the private ones: MUDr. Karel Dušek, Ph.D. at Klinika Ambra s.r.o. = Karel Dusek at Klinika Ambra")

# --- Česká Třebová: Pivovar Třebovka -----------------------------------------------------------
P("swapped diacritics namesake",
  "erp|Novotná|Eva|eva.novotna@trebovka.cz|+420 465 530 114|Pivovar Třebovka s.r.o.|Česká Třebová",
  "event|Eva|Novotna|eva.novotna@trebovka.cz||Trebovka Brewery Ltd.|Ceska Trebova",
  group="novotna")
P("namesake",
  "web-form|Eva|Novotná|evanovotna@email.cz|||Brno",
  group="novotna")
P("nickname",
  "shop|Kuba|Veselý|kuba.vesely@seznam.cz|+420 739 640 215||Hradec Králové",
  "crm|Jakub|Veselý|jakub.vesely@trebovka.cz|739 640 215|Pivovar Třebovka s.r.o.|Česká Třebová")

# --- Zlín ------------------------------------------------------------------------------------------
P("typo",
  "web-form|Kateřina|Pospíšlová|katerina.pospisilova@volny.cz|+420 777 582 046||Zlín",
  "billing|Kateřina|Pospíšilová|katerina.pospisilova@volny.cz|777 582 046|Obuv Morava s.r.o.|Zlín")
P("",
  "crm|Lukáš|Pokorný|lukas.pokorny@obuv-morava.cz|+420 577 210 455|Obuv Morava s.r.o.|Zlín")
P("diacritics",
  "import|BARBORA|NEMCOVA|barbora.nemcova@obuv-morava.cz|577 210 430|OBUV MORAVA SRO|ZLIN",
  "crm|Barbora|Němcová|barbora.nemcova@obuv-morava.cz|+420 577 210 430|Obuv Morava s.r.o.|Zlín")

# --- Lukáš / Lukáč ------------------------------------------------------------------------------
P("near-name nickname diacritics",
  "crm|Miroslav|Lukáš|miroslav.lukas@elektro-vranov.cz|+420 603 442 190|Elektro Vranov, spol. s r.o.|Praha",
  "event|Mirek|Lukas|miroslav.lukas@elektro-vranov.cz|+420 603 442 190|Elektro Vranov|Praha",
  group="lukas-lukac")
P("near-name diacritics",
  "web-form|Miroslav|Lukáč|mlukac@azet.sk|+421 905 318 472||Praha",
  "shop|Miroslav|Lukac|mlukac@azet.sk|0905 318 472||Bratislava",
  group="lukas-lukac")
P("diacritics",
  "erp|Jiří|Havel|jiri.havel@elektro-vranov.cz|00420 602 118 944|Elektro Vranov spol. s r.o.|Praha 9",
  "shop|Jiri|Havel|jirka.havel@centrum.cz|(+420) 602 118 944||Praha")

# --- Jihlava: Lucie Kovářová, married Hrubá; the family accountancy -------------------------
P("married-name double-surname shared-mailbox switchboard name+company",
  "newsletter|Lucie|Kovářová|lucie.kovarova@seznam.cz|||Jihlava",
  "crm|Lucie|Hrubá|lucie.kovarova@seznam.cz|+420 732 118 604|Účetní kancelář Hrubá s.r.o.|Jihlava",
  "billing|Lucie|Hrubá Kovářová|l.hruba@ucetni-hruba.cz|732 118 604|Účetní kancelář Hrubá|Jihlava",
  "web-form|Lucie|Hrubá|kancelar@ucetni-hruba.cz|+420 567 308 455|Účetní kancelář Hrubá s.r.o.|Jihlava",
  group="hruba")
P("shared-mailbox switchboard name+company",
  "crm|Jaroslav|Hrubý|jaroslav.hruby@ucetni-hruba.cz|+420 567 308 455|Účetní kancelář Hrubá s.r.o.|Jihlava",
  "billing|Jaroslav|Hrubý|kancelar@ucetni-hruba.cz|567 308 455|Účetní kancelář Hrubá|Jihlava",
  group="hruba")

# --- Tábor: Agro Lhotka (switchboard 381 204 500, mailbox sekretariat@) ------------------------
P("",
  "crm|Ondřej|Beneš|ondrej.benes@agrolhotka.cz|+420 381 204 551|Agro Lhotka a.s.|Tábor",
  "newsletter|||  Ondrej.Benes@agrolhotka.cz |||",
  group="lhotka")
P("title shared-mailbox switchboard name+company",
  "crm|Ing. Miloš|Doležal|milos.dolezal@agrolhotka.cz|+420 381 204 510|Agro Lhotka a.s.|Tábor",
  "event|Miloš|Doležal|sekretariat@agrolhotka.cz|+420 381 204 500|Agro Lhotka, a.s.|Tábor",
  group="lhotka",
  note="the event record was sent by his assistant from the secretariat mailbox; it belongs to the person named in it")
P("shared-mailbox switchboard name+company diacritics",
  "crm|Ivana|Říhová|sekretariat@agrolhotka.cz|+420 381 204 500|Agro Lhotka a.s.|Tábor",
  "helpdesk|Ivana|Rihova|ivana.rihova@agrolhotka.cz|381 204 500|Agro Lhotka a.s.|Tábor",
  group="lhotka")

# --- Pardubice: Fotonika Labe -----------------------------------------------------------------
P("gmail-dots plus-address diacritics",
  "shop|Tereza|Vlčková|tereza.vlckova@gmail.com|+420 776 305 118||Pardubice",
  "newsletter|Tereza|Vlckova|terezavlckova@gmail.com|||",
  "webinar|Tereza|Vlčková|Tereza.Vlckova+webinar@gmail.com||Fotonika Labe s.r.o.|Pardubice")
P("gender-pair email-near phone-near diacritics",
  "crm|Michal|Král|m.kral@fotonika-labe.cz|+420 466 612 305|Fotonika Labe s.r.o.|Pardubice",
  "erp|Michal|Kral|m.kral@fotonika-labe.cz|466612305|Fotonika Labe|Pardubice",
  group="kral")
P("gender-pair email-near phone-near",
  "crm|Michaela|Králová|m.kralova@fotonika-labe.cz|+420 466 612 306|Fotonika Labe s.r.o.|Pardubice",
  group="kral")

# --- Cheb: Vietnamese name order ----------------------------------------------------------------
P("swapped diacritics name+company",
  "shop|Long|Nguyen Van|long.nguyen@seznam.cz|+420 608 117 352||Cheb",
  "billing|Nguyen Van|Long|long.nguyen@seznam.cz|608117352|Potraviny Long s.r.o.|Cheb",
  "crm|Nguyễn Văn|Long|||Potraviny Long s.r.o.|Cheb",
  note="Nguyễn Văn Long: family name first; the crm record without e-mail or phone joins through the name and the shop he owns")

# --- Praha: Makléřský dům Vltava (switchboard 224 812 330 with extensions) ----------------------
P("switchboard diacritics",
  "crm|Hana|Marešová|hana.maresova@mdvltava.cz|+420 224 812 330, kl. 25|Makléřský dům Vltava s.r.o.|Praha 1",
  "erp|Hana|Maresova|hana.maresova@mdvltava.cz|224812330|MD Vltava|Praha",
  group="mdvltava")
P("switchboard nickname",
  "crm|Vojtěch|Marek|vojtech.marek@mdvltava.cz|+420 224 812 330 kl. 31|Makléřský dům Vltava s.r.o.|Praha",
  "web-form|Vojta|Marek|v.marek@seznam.cz|+420 724 118 360||Praha",
  "helpdesk|Vojtěch|Marek|vojtech.marek@mdvltava.cz|724 118 360|Makléřský dům Vltava|Praha",
  group="mdvltava")

# --- Plzeň: Pavel and Pavla Dvořák(ová), one family mailbox ------------------------------------
P("family-email gender-pair namesake",
  "crm|Pavel|Dvořák|pavel.dvorak@zelenyvrsek.cz|+420 603 118 472|Zelený Vršek s.r.o.|Plzeň",
  "shop|Pavel|Dvořák|dvorakovi@seznam.cz|603 118 472||Plzeň",
  group="dvorak")
P("family-email gender-pair name+shared diacritics",
  "shop|Pavla|Dvořáková|dvorakovi@seznam.cz|+420 608 221 950||Plzeň",
  "newsletter|Pavla|Dvorakova|dvorakovi@seznam.cz|||",
  "webinar|Pavla|Dvořáková|pavla.dvorakova@email.cz|608 221 950||Plzeň",
  group="dvorak",
  note="the newsletter record carries only the family mailbox; it is Pavla's because it names her")
P("namesake",
  "web-form|Pavel|Dvořák|pdvorak@volny.cz|+420 312 664 018||Kladno",
  group="dvorak")
P("email-typo diacritics",
  "crm|Aleš|Krejčí|ales.krejci@zelenyvrsek.cz|+420 377 512 208|Zelený Vršek s.r.o.|Plzeň",
  "event|Ales|Krejci|ales.krecji@zelenyvrsek.cz|377 512 208|Zelený Vršek|Plzeň")

# --- České Budějovice ----------------------------------------------------------------------------
P("title",
  "crm|Věra|Šindelářová|vera.sindelarova@seznam.cz|+420 387 421 660||České Budějovice",
  "web-form|paní Věra|Šindelářová|vera.sindelarova@seznam.cz|387421660||Č. Budějovice")

# --- Havlíčkův Brod: Josef Kratochvíl father and son, one family firm ---------------------------
P("senior-junior switchboard namesake-company",
  "crm|Josef|Kratochvíl|josef@kratochvil-syn.cz|+420 569 431 112|Kratochvíl a syn s.r.o.|Havlíčkův Brod",
  "billing|Josef|Kratochvíl st.|josef@kratochvil-syn.cz|569 431 112|Kratochvíl & syn|Havlíčkův Brod",
  group="kratochvil")
P("senior-junior switchboard namesake-company nickname",
  "crm|Josef|Kratochvíl|pepa@kratochvil-syn.cz|+420 569 431 112|Kratochvíl a syn s.r.o.|Havlíčkův Brod",
  "event|Pepa|Kratochvíl|pepa@kratochvil-syn.cz|+420 737 602 814|Kratochvíl a syn|Havl. Brod",
  group="kratochvil",
  note="the son's crm record has the father's name, company and switchboard; only the e-mail (pepa@ = Josef's nickname) tells them apart")

# --- Olomouc / Kolín ------------------------------------------------------------------------------
P("",
  "shop|Zuzana|Bartošová|zuzka.bartosova@email.cz|605.312.774||Kolín",
  "crm|Zuzana|Bartošová|zuzana.bartosova@modryjelen.cz|+420 605 312 774|Modrý Jelen s.r.o.|Olomouc")

# --- Czech singletons ---------------------------------------------------------------------------
P("", "web-form|Veronika|Marková|veronika.markova@gmail.com|+420 728 904 117||Brno")
P("", "event|Stanislav|Kolář|s.kolar@kovo-litomysl.cz|+420 461 615 220|Kovo Litomyšl s.r.o.|Litomyšl")
P("", "newsletter|Ilona|Bártová|ilona.bartova@post.cz|||")
P("", "web-form|Roman|Sýkora|roman.sykora@gmail.com|731 215 009||Ústí nad Labem")
P("", "shop|David|Fiala|d.fiala@seznam.cz|+420 777 320 518||Kladno")
P("", "event|Šárka|Zemanová|sarka.zemanova@email.cz|+420 702 118 540||Liberec")
P("", "web-form|Kristýna|Čermáková|kristyna.cermakova@seznam.cz|||Praha")
P("", "billing|Antonín|Bureš|bures@kovo-litomysl.cz|+420 461 615 201|Kovo Litomyšl s.r.o.|Litomyšl")

# === Slovakia ===================================================================================
P("namesake diacritics",
  "crm|Peter|Horváth|peter.horvath@dunajskymlyn.sk|+421 2 4820 3115|Dunajský mlyn, a.s.|Bratislava",
  "event|Peter|Horvath|peter.horvath@dunajskymlyn.sk|0903 772 514|Dunajsky mlyn|Bratislava",
  "helpdesk|Peter|Horváth|horvath.peter@gmail.com|+421903772514|Dunajský mlyn a.s.|Bratislava",
  group="horvath")
P("namesake",
  "web-form|Peter|Horváth|phorvath@zoznam.sk|0905 611 283||Košice",
  group="horvath")
P("namesake",
  "crm|Jozef|Varga|jozef.varga@dunajskymlyn.sk|+421 2 4820 3120|Dunajský mlyn, a.s.|Bratislava",
  group="varga")
P("namesake",
  "web-form|Jozef|Varga|jvarga@post.sk|041/562 3318||Žilina",
  group="varga")
P("diacritics swapped",
  "crm|Ján|Baláž|jan.balaz@tatranska-bystrina.sk|+421 52 772 4410|Tatranská Bystrina s.r.o.|Poprad",
  "shop|Jan|Balaz|janbalaz@atlas.sk|+421 911 204 668||Poprad",
  "erp|BALÁŽ|JÁN|jan.balaz@tatranska-bystrina.sk|0911 204 668|TATRANSKÁ BYSTRINA|Poprad")
P("shared-mailbox switchboard name+company diacritics",
  "web-form|Zuzana|Kollárová|obchod@tatranska-bystrina.sk|+421 52 772 4400|Tatranská Bystrina s.r.o.|Poprad",
  "crm|Zuzana|Kollarova|zuzana.kollarova@tatranska-bystrina.sk|052/772 4400|Tatranská Bystrina|Poprad",
  group="bystrina")
P("shared-mailbox switchboard",
  "web-form|Martin|Kollár|obchod@tatranska-bystrina.sk|+421 52 772 4400|Tatranská Bystrina|Poprad",
  group="bystrina")
P("",
  "event|Marek|Šimko|marek.simko@tatranska-bystrina.sk|+421 52 772 4425|Tatranská Bystrina s.r.o.|Poprad",
  group="bystrina")
P("swapped one-field-name namesake",
  "crm|Mária|Nagyová|maria.nagyova@zoznam.sk|035/773 2146|Dunajský mlyn, a.s.|Komárno",
  "event|Nagy Mária||maria.nagyova@zoznam.sk||Dunajsky Mlyn|Komárno",
  group="nagyova",
  note="Hungarian-speaking Slovak: Nagy Mária (Hungarian order and form) = Mária Nagyová; same e-mail")
P("",
  "crm|Tibor|Szabó|tibor.szabo@dunajskymlyn.sk|+421 35 773 2150|Dunajský mlyn, a.s.|Komárno")
P("diacritics nickname name+company",
  "crm|Ľubomír|Šťastný|lubomir.stastny@kremnica-data.sk|+421 45 678 2210|Kremnica Data s.r.o.|Kremnica",
  "helpdesk|Lubomir|Stastny|lubomir.stastny@kremnica-data.sk|045/678 2210|Kremnica Data|Kremnica",
  "webinar|Ľubo|Šťastný|lubo.stastny@gmail.com|+421 948 115 302|Kremnica Data s.r.o.|Banská Bystrica",
  group="kremnica",
  note="the webinar record (private address, mobile) joins through Ľubo (= Ľubomír) Šťastný at Kremnica Data")
P("gender-pair shared-mailbox switchboard name+company phone-near",
  "helpdesk|Andrej|Kováč|podpora@kremnica-data.sk|+421 45 678 2200|Kremnica Data s.r.o.|Kremnica",
  "crm|Andrej|Kováč|andrej.kovac@kremnica-data.sk|+421 917 402 118|Kremnica Data|Kremnica",
  group="kremnica")
P("gender-pair shared-mailbox switchboard name+company phone-near diacritics",
  "helpdesk|Andrea|Kováčová|podpora@kremnica-data.sk|+421 45 678 2200|Kremnica Data s.r.o.|Kremnica",
  "crm|Andrea|Kovacova|andrea.kovacova@kremnica-data.sk|0917 402 119|Kremnica Data s.r.o.|Kremnica",
  group="kremnica")
P("nickname",
  "crm|Juraj|Hudák|juraj.hudak@kremnica-data.sk|+421 905 227 410|Kremnica Data s.r.o.|Banská Bystrica",
  "event|Ďuro|Hudák|juraj.hudak@kremnica-data.sk|0905 227 410|Kremnica Data|Banská Bystrica",
  group="kremnica")
P("",
  "webinar|Lucia|Mrázová|lucia.mrazova@gmail.com||Kremnica Data s.r.o.|Banská Bystrica",
  group="kremnica")
P("diacritics",
  "shop|Veronika|Šulcová|veronika.sulcova@azet.sk|+421 (0)904 338 712||Trnava",
  "newsletter|Veronika|Sulcova|Veronika.Sulcova@azet.sk|||")
P("", "shop|Katarína|Tóthová|katka.tothova@azet.sk|0908 412 637||Nitra")

# --- added singletons ----------------------------------------------------------------------------
P("namesake", "web-form|Tomáš|Černý|tomas.cerny@email.cz|+420 739 118 202||Brno", group="lipnice",
  note="a different Tomáš Černý: the local part tomas.cerny@ is the same as the Lipnice one's")
P("", "crm|Vladimír|Kříž|vladimir.kriz@agrolhotka.cz|+420 381 204 560|Agro Lhotka a.s.|Tábor", group="lhotka")
P("", "shop|Monika|Pešková|monika.peskova@seznam.cz|+420 604 991 327||Mladá Boleslav")
P("namesake", "newsletter|Mária|Nagyová|nagyova.maria@gmail.com|||Bratislava", group="nagyova")
