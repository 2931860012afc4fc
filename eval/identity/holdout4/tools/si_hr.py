# Slovenia, Croatia.
from people import P

P("diacritics role-mailbox switchboard", """
crm|Žiga|Kovačič|ziga.kovacic@ljsoft.si|+386 1 430 22 18|LJ Soft d.o.o.|Ljubljana
event|Ziga|Kovacic|ziga.kovacic@ljsoft.si|01 430 22 18|LJSoft|Ljubljana
web-form|Žiga|Kovačič|info@ljsoft.si|01 430 22 00|LJ Soft|Ljubljana
""")
P("role-mailbox switchboard singleton", "web-form|Mojca|Novak|info@ljsoft.si|+386 1 430 22 00|LJ Soft d.o.o.|Ljubljana")

P("diacritics phone-slash company-form", """
crm|Đurđica|Marković|djurdjica.markovic@jadranlog.hr|+385 1 4870 352|Jadran Logistika d.o.o.|Zagreb
newsletter|Djurdjica|Markovic|Djurdjica.Markovic@jadranlog.hr|||Zagreb
billing|Durdica|Markovic||01/4870-352|Jadran logistika doo|Zagreb
""")

P("namesake switchboard singleton", """
crm|Ivan|Horvat|ivan.horvat@jadranlog.hr|+385 1 4870 300|Jadran Logistika d.o.o.|Zagreb
""")
P("namesake name-city-only gender-pair family-phone", """
web-form|Ivan|Horvat|ihorvat@gmail.com|+385 1 3834 227||Zagreb
webinar|Ivan|Horvat|ihorvat@gmail.com|||Zagreb
""")
P("gender-pair family-phone singleton", "shop|Ivana|Horvat|ivana.horvat@net.hr|01 3834 227||Zagreb")
P("role-mailbox switchboard singleton", "web-form|Marko|Kovač|ured@jadranlog.hr|01 4870 300|Jadran Logistika|Zagreb")

P("nickname private-email phone-national", """
crm|Aleksander|Zupan|aleksander.zupan@ljsoft.si|+386 41 552 318|LJ Soft d.o.o.|Ljubljana
event|Sašo|Zupan|saso.zupan@gmail.com|041 552 318||Ljubljana
""")

P("surname-change company-form", """
erp|Ana|Jurić|ana.juric@dalmacijavino.hr|+385 21 345 617|Dalmacija Vino d.d.|Split
crm|Ana|Babić|ana.juric@dalmacijavino.hr|+385 21 345 617|Dalmacija Vino d.d.|Split
""")

P("diacritics city-exonym company-translated", """
crm|Matjaž|Krajnc|matjaz.krajnc@mariborlivarna.si|+386 2 230 41 85|Livarna Maribor d.d.|Maribor
erp|Matjaz|Krajnc||02 230 41 85|Giesserei Marburg AG|Marburg an der Drau
""", note="German system with the German city and company name; linked by phone.")

P("singleton", "newsletter|Petra|Horvat|petra.horvat@gmail.com|||Rijeka")
P("singleton", "shop|Luka|Perić|luka.peric@net.hr|+385 98 331 4402||Osijek")
P("singleton", "event|Nina|Kralj|nina.kralj@ljsoft.si||LJ Soft d.o.o.|Ljubljana")
P("singleton", "web-form|Tomislav|Knežević|t.knezevic@dalmacijavino.hr|+385 21 345 640|Dalmacija Vino d.d.|Split")

P("nickname email-case phone-00", """
crm|Josip|Vuković|josip.vukovic@zagreb-strojevi.hr|+385 1 6650 218|Zagreb Strojevi d.o.o.|Zagreb
event|Joško|Vukovic|Josip.Vukovic@zagreb-strojevi.hr|00385 1 6650 218|Zagreb Strojevi|Zagreb
""")

P("namesake same-company father-son email-initial singleton", """
crm|Jure|Potočnik|j.potocnik@mariborlivarna.si|+386 2 230 41 90|Livarna Maribor d.d.|Maribor
""")
P("namesake same-company father-son email-initial singleton", "crm|Jure|Potočnik|jure.potocnik@mariborlivarna.si|+386 2 230 41 91|Livarna Maribor d.d.|Maribor", note="Two Jure Potočnik at one foundry (father and son both working there), different direct lines and addresses: different.")
