"""Hungary, Lithuania, Romania."""
from people import P

# === Hungary (family name first in Hungarian order) ==========================================
P("swapped diacritics namesake",
  "crm|Péter|Kovács|kovacs.peter@dunakanyar-kft.hu|+36 1 457 2210|Dunakanyar Kft.|Budapest",
  "event|Peter|Kovacs|kovacs.peter@dunakanyar-kft.hu|06 30 512 4477|Dunakanyar Ltd|Budapest",
  "erp|Kovács|Péter|peter.kovacs@freemail.hu|+36 30 512 4477|Dunakanyar Kft|Budapest",
  group="kovacs")
P("namesake one-field-name swapped", "web-form|Kovács Péter||kpeter@citromail.hu|06 52 410 338||Debrecen",
  group="kovacs")
P("diacritics",
  "crm|Enikő|Szőke|eniko.szoke@dunakanyar-kft.hu|+36 1 457 2234|Dunakanyar Kft.|Budapest",
  "web-form|Enikö|Szöke|szoke.eniko@gmail.com|+36 20 318 6645||Budapest",
  "helpdesk|Eniko|Szoke|eniko.szoke@dunakanyar-kft.hu|06-20-318-6645|DUNAKANYAR KFT|Budapest",
  group="kovacs",
  note="ő written as ö by a system without the Hungarian double acute")
P("swapped",
  "crm|Tóth|Gábor|gabor.toth@dunakanyar-kft.hu|+36 1 457 2250|Dunakanyar Kft.|Budapest",
  "event|Gábor|Tóth|gabor.toth@dunakanyar-kft.hu|+36 1 457 2250|Dunakanyar|Budapest",
  group="kovacs")
P("married-name one-field-name swapped switchboard name+company",
  "newsletter|Éva|Szabó|szabo.eva@freemail.hu|||Győr",
  "billing|Éva|Nagyné Szabó|szabo.eva@freemail.hu|+36 96 512 330|Rábaparti Bt.|Győr",
  "crm|Nagyné Szabó Éva||eva.nagyne@rabaparti.hu|06 96 512 330|Rábaparti Bt.|Győr",
  group="rabaparti",
  note="Hungarian married form Nagyné Szabó Éva (Mrs Nagy, born Szabó)")
P("switchboard", "crm|László|Nagy|laszlo.nagy@rabaparti.hu|+36 96 512 330|Rábaparti Bt.|Győr",
  group="rabaparti")
P("", "shop|Zsófia|Molnár|zsofi.molnar@gmail.com|+36 70 224 1908||Szeged")

# === Lithuania =================================================================================
P("",
  "event|Tomas|Kazlauskas|tomas.kazlauskas@baltijos-linai.lt|8 612 40815|Baltijos Linai UAB|Vilnius",
  "shop|Tomas|Kazlauskas|tomaskaz@inbox.lt|+370 612 40815||Vilnius",
  group="kazlauskas")
P("married-name diacritics",
  "web-form|Rūta|Petrauskaitė|ruta.petrauskaite@gmail.com|+370 698 21447||Kaunas",
  "crm|Rūta|Kazlauskienė|ruta.petrauskaite@gmail.com|8 698 21447|UAB Nemuno vaistinė|Kaunas",
  "shop|Ruta|Kazlauskiene|ruta.kazlauskiene@nemuno-vaistine.lt|+37069821447||Kaunas",
  group="kazlauskas",
  note="Lithuanian maiden form -aitė and married form -ienė of two different family names")
P("", "crm|Jonas|Petrauskas|jonas.petrauskas@baltijos-linai.lt|+370 5 212 4491|UAB „Baltijos linai“|Vilnius",
  group="kazlauskas")

# === Romania =====================================================================================
P("diacritics",
  "crm|Ștefan|Popescu|stefan.popescu@carpatia-soft.ro|+40 21 315 42 70|Carpatia Soft SRL|București",
  "event|Ştefan|Popescu|stefan.popescu@carpatia-soft.ro|0721 408 553|Carpatia Soft|Bucuresti",
  "helpdesk|Stefan|Popescu|stefan.popescu@carpatia-soft.ro|+40 721 408 553|CARPATIA SOFT S.R.L.|Bucharest",
  group="popescu",
  note="Ș with comma below (crm) and Ş with cedilla (event): two code points for one letter")
P("", "web-form|Andrei|Popescu|andrei.popescu@gmail.com|0722 310 447||Iași", group="popescu")
P("typo",
  "crm|Mihaela|Ionescu|mihaela.ionescu@carpatia-soft.ro|+40 21 315 42 85|Carpatia Soft SRL|București",
  "webinar|Mihaela|Ionesco|mihaela.ionescu@carpatia-soft.ro||Carpatia Soft|Bucharest",
  group="popescu")
P("gender-pair family-phone email-near nickname",
  "shop|Ioan|Popa|ioan.popa@yahoo.com|0264 598 120||Cluj-Napoca",
  "crm|Ioan|Popa|ioan.popa@somes-medical.ro|+40 744 512 630|Someș Medical SRL|Cluj-Napoca",
  "helpdesk|Ion|Popa|ioan.popa@yahoo.com|0744 512 630||Cluj",
  group="popa")
P("gender-pair family-phone email-near",
  "shop|Ioana|Popa|ioana.popa@yahoo.com|+40 264 598 120||Cluj-Napoca",
  "webinar|Ioana|Popa|ioana.popa@yahoo.com|0745 118 902||Cluj-Napoca",
  group="popa",
  note="ioan.popa@ and ioana.popa@ (both yahoo.com) are one letter apart; husband and wife")

# --- added singletons ----------------------------------------------------------------------------
P("near-name", "web-form|Ioana|Pop|ioana.pop@gmail.com|0740 227 118||Cluj-Napoca", group="popa")
P("", "web-form|Aistė|Jankauskaitė|aiste.jankauskaite@gmail.com|+370 615 22804||Vilnius")
