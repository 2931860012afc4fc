# Poland.
from people import P

P("nickname phone-dashes", """
crm|Małgorzata|Wiśniewska|m.wisniewska@wislasys.pl|+48 601 442 318|Wisła Systemy Sp. z o.o.|Warszawa
event|Gosia|Wisniewska|gosia.wisniewska@wp.pl|+48 601 442 318|Wisla Systemy|Warsaw
shop|Małgośka|Wiśniewska|gosia.wisniewska@wp.pl|601-442-318||Warszawa
""")

P("phone-ext nickname email-space company-form switchboard company-typo", """
crm|Grzegorz|Lewandowski|g.lewandowski@mazmasz.pl|+48 22 503 17 40 wew. 112|Mazowieckie Maszyny S.A.|Warszawa
erp|Grzegorz|Lewandowski|G.Lewandowski@mazmasz.pl||MAZOWICKIE MASZYNY SA|
helpdesk|Grzesiek|Lewandowski|g.lewandowski@mazmasz.pl |22 503 17 40||Warszawa
""")
P("role-mailbox switchboard singleton", "web-form|Ewa|Kubiak|sekretariat@mazmasz.pl|+48 22 503 17 40|Mazowieckie Maszyny S.A.|Warszawa")

P("double-surname company-abbrev", """
crm|Anna|Kowalska-Nowak|anna.kowalska-nowak@zmodra.pl|+48 71 342 55 19|Zakłady Metalowe Odra Sp. z o.o.|Wrocław
webinar|Anna|Nowak|anna.kowalska-nowak@zmodra.pl|||Wroclaw
billing|Anna|Kowalska|a.kowalska@zmodra.pl|71 342 55 19|ZM Odra|Wrocław
""")
P("singleton switchboard", "crm|Marek|Piotrowski|m.piotrowski@zmodra.pl|+48 71 342 55 00|Zakłady Metalowe Odra Sp. z o.o.|Wrocław")

P("role-mailbox family-phone family", """
web-form|Piotr|Zieliński|biuro@bursztyn-ph.pl|+48 58 301 22 47|PH Bursztyn|Gdańsk
crm|Piotr|Zieliński|piotr@bursztyn-ph.pl|+48 602 118 930|Przedsiębiorstwo Handlowe Bursztyn|Gdańsk
""")
P("role-mailbox family-phone family singleton", "web-form|Agnieszka|Zielińska|biuro@bursztyn-ph.pl|58 301 22 47|Bursztyn|Gdańsk")

P("diacritics caps phone-00 company-form", """
crm|Łukasz|Wójcik|lukasz.wojcik@wislasys.pl|+48 22 614 38 35|Wisła Systemy Sp. z o.o.|Warszawa
newsletter|LUKASZ|WOJCIK|Lukasz.Wojcik@wislasys.pl|||
event|Lukasz|Wojcik||0048 22 614 38 35|Wisla Systemy Sp z oo|Warszawa
""")

P("surname-change nickname", """
crm|Katarzyna|Kamińska|k.kaminska@mazmasz.pl|+48 607 331 284|Mazowieckie Maszyny S.A.|Warszawa
shop|Kasia|Dąbrowska|kasia.dabrowska@onet.pl|607 331 284||Warszawa
""")

P("gender-pair family-email family-phone", """
web-form|Aleksander|Nowicki|nowiccy@o2.pl|+48 12 422 71 09||Kraków
shop|Aleksander|Nowicki|a.nowicki@krakbud.pl|+48 12 422 71 09|Krakbud Sp. z o.o.|Kraków
""")
P("gender-pair family-email nickname", """
shop|Aleksandra|Nowicka|nowiccy@o2.pl|698 220 415||Kraków
event|Ola|Nowicka|ola.nowicka@gmail.com|+48 698 220 415||Krakow
""")

P("singleton", "newsletter|Tomasz|Kaczmarek|tomek.kaczmarek@interia.pl|||Poznań")
P("singleton", "web-form|Joanna|Grabarczyk|joanna.grabarczyk@gmail.com|+48 509 884 116||Łódź")
P("singleton", "event|Michał|Wróbel|michal.wrobel@wislasys.pl||Wisła Systemy|Warszawa")

P("namesake same-company email-digit", """
crm|Piotr|Nowak|piotr.nowak@krakbud.pl|+48 12 433 18 60|Krakbud Sp. z o.o.|Kraków
helpdesk|Piotr|Nowak|piotr.nowak@krakbud.pl|||Krakow
""")
P("namesake same-company email-digit singleton", "crm|Piotr|Nowak|piotr.nowak2@krakbud.pl|+48 12 433 18 72|Krakbud Sp. z o.o.|Kraków")
P("namesake name-city-only singleton", "webinar|Piotr|Nowak|pnowak77@wp.pl|||Kraków")

P("nickname city-exonym company-form", """
crm|Przemysław|Jankowski|przemyslaw.jankowski@odra-logistyka.pl|+48 91 488 20 31|Odra Logistyka Sp. z o.o.|Szczecin
event|Przemek|Jankowski|p.jankowski@odra-logistyka.pl|+48 91 488 20 31|Odra Logistyka|Stettin
""")

P("typo diacritics caps", """
crm|Wiktoria|Szymańska|w.szymanska@krakbud.pl|+48 12 433 18 65|Krakbud Sp. z o.o.|Kraków
erp|Wiktoria|Szymańka||12 433 18 65|KRAKBUD|Krakow
""")

P("nickname phone-dashes gmail-dots", """
event|Wojtek|Mazur|wojtek.mazur@gmail.com|+48 503-221-874||Lublin
shop|Wojciech|Mazur|wojtekmazur@gmail.com|503221874||Lublin
crm|Wojciech|Mazur|w.mazur@lubelskie-pasze.pl|+48 503 221 874|Lubelskie Pasze Sp. z o.o.|Lublin
""")

P("swapped", """
crm|Dorota|Krawczyk|d.krawczyk@odra-logistyka.pl|+48 91 488 20 47|Odra Logistyka Sp. z o.o.|Szczecin
import|Krawczyk|Dorota|d.krawczyk@odra-logistyka.pl|914882047|ODRA LOGISTYKA SP Z O O|Szczecin
""")

P("cyrillic romanization-ru", """
crm|Paweł|Szczepański|p.szczepanski@wislasys.pl|+48 22 614 38 50|Wisła Systemy Sp. z o.o.|Warszawa
partner-portal|Павел|Щепаньский|p.szczepanski@wislasys.pl||Висла Системы|Варшава
""")

P("job-change phone-national typo", """
crm|Magdalena|Pawlak|magdalena.pawlak@lubelskie-pasze.pl|+48 604 915 330|Lubelskie Pasze Sp. z o.o.|Lublin
crm|Magdalena|Pawlack|m.pawlak@agrovista-polska.pl|604 915 330|AgroVista Polska S.A.|Lublin
""")

P("singleton", "web-form|Bartosz|Sikora|bartosz.sikora@op.pl|+48 66 219 40 53||Piła")
P("singleton", "helpdesk|Renata|Baran|r.baran@agrovista-polska.pl|+48 81 532 70 11|AgroVista Polska S.A.|Lublin")
P("singleton", "event|Jakub|Lis|jakub.lis@gdanskport-serwis.pl||Gdańsk Port Serwis Sp. z o.o.|Gdańsk")

P("title company-translated diacritics", """
crm|dr inż. Stanisław|Górecki|s.gorecki@slaskie-odlewnie.pl|+48 32 255 41 18|Śląskie Odlewnie S.A.|Katowice
event|Stanislaw|Gorecki|s.gorecki@slaskie-odlewnie.pl||Silesian Foundries|Katowice
erp|Stanislaus|Gorecki||0048 32 2554118|Schlesische Giessereien AG|Kattowitz
""")

P("namesake name-city-only singleton", """
crm|Anna|Wójcik|anna.wojcik@slaskie-odlewnie.pl|+48 32 255 41 30|Śląskie Odlewnie S.A.|Katowice
""")
P("namesake name-city-only singleton", "shop|Anna|Wójcik|ania.wojcik@interia.pl|+48 512 338 704||Katowice")

P("email-space subaddress", """
newsletter|Karolina|Jasińska|karolina.jasinska+news@outlook.com|||Poznań
web-form|Karolina|Jasinska| karolina.jasinska@outlook.com|+48 61 852 30 14||Poznan
""")

P("gmail-dots caps", """
shop|Dariusz|Kozłowski|dariusz.kozlowski@gmail.com|+48 600 482 177||Bydgoszcz
webinar|DARIUSZ|KOZLOWSKI|Dariusz.Kozlowski@gmail.com|||BYDGOSZCZ
event|Darek|Kozłowski|dariuszkozlowski@gmail.com||Bydgoskie Opakowania|Bydgoszcz
""")
