from common import P

P("phone-notation email-case", """
crm|James|Whitfield|james.whitfield@northfield-tractors.co.uk|+44 7700 900 412|Northfield Tractors Ltd|York
helpdesk|James|Whitfield|James.Whitfield@Northfield-Tractors.co.uk|07700 900412|Northfield Tractors|York
event|Jim|Whitfield||+447700900412|Northfield Tractors Limited|York
""")
P("nickname job-change", """
crm|Elizabeth|Harper|elizabeth.harper@cotswold-agri.co.uk|+44 7700 900 118|Cotswold Agri Ltd|Cirencester
crm|Liz|Harper|liz.harper@severnvale-machinery.co.uk|07700 900118|Severn Vale Machinery Ltd|Gloucester
e-shop|Lizzie|Harper|lizharper77@hotmail.co.uk|07700900118||Gloucester
""")
P("extension switchboard", """
crm|Graham|Doyle|g.doyle@pennine-motors.co.uk|0161 496 0730 ext 214|Pennine Motors plc|Manchester
helpdesk|Graham|Doyle|g.doyle@pennine-motors.co.uk|+44 161 496 0730 x214|Pennine Motors|Manchester
""", g="pennine")
P("switchboard singleton", """
crm|Sarah|Pennington|s.pennington@pennine-motors.co.uk|0161 496 0730|Pennine Motors plc|Manchester
""", g="pennine")
P("father-son", """
crm|Robert|Ashworth|rob@ashworth-farms.co.uk|+44 1632 960 184|Ashworth Farms|Skipton
helpdesk|Robert|Ashworth Sr.|rob@ashworth-farms.co.uk|01632 960184|Ashworth Farms|Skipton
""", g="ashworth")
P("father-son", """
crm|Robert|Ashworth Jr.|robert.ashworth.jr@gmail.com|+44 7700 900 635|Ashworth Farms|Skipton
e-shop|Robbie|Ashworth|robertashworthjr@gmail.com|07700 900635||Skipton
""", g="ashworth")
P("swapped", """
event|Lewis|Morgan|morgan.lewis@caerphilly-plant.co.uk|+44 29 2018 0342|Caerphilly Plant Hire|Caerphilly
crm|Morgan|Lewis|morgan.lewis@caerphilly-plant.co.uk|029 2018 0342|Caerphilly Plant Hire Ltd|Caerphilly
""")
P("singleton", """
crm|Fiona|MacLeod|fiona.macleod@highland-agri.co.uk|+44 1632 960 021|Highland Agri Services|Inverness
""")
P("married surname-change", """
crm|Emma|Collins|emma.collins@wessex-dairy.co.uk|+44 7700 900 277|Wessex Dairy Ltd|Dorchester
crm|Emma|Taylor|emma.taylor@wessex-dairy.co.uk|+44 7700 900 277|Wessex Dairy Ltd|Dorchester
""")
P("role-mailbox", """
web-form|Daniel|Price|sales@midland-combines.co.uk|0121 496 0015|Midland Combines Ltd|Birmingham
crm|Dan|Price|daniel.price@midland-combines.co.uk|0121 496 0015|Midland Combines|Birmingham
""", g="midland")
P("role-mailbox singleton", """
web-form|Chloe|Bennett|sales@midland-combines.co.uk|0121 496 0015|Midland Combines Ltd|Birmingham
""", g="midland")
P("title initials", """
crm|Dr|A. J. Pritchard|aj.pritchard@harper-adams-consult.co.uk|+44 1632 960 551|Pritchard Agronomy|Newport
event|Alan|Pritchard|aj.pritchard@harper-adams-consult.co.uk||Pritchard Agronomy Ltd|Newport
""")
P("singleton", """
e-shop|Kevin|Hughes|kev.hughes@yahoo.co.uk|07700 900 903||Wrexham
""")
P("gmail-dots subaddress", """
e-shop|Charlotte|Evans|charlotte.evans@gmail.com|07700 900 741||Norwich
web-form|Charlotte|Evans|charlotteevans+tractorparts@gmail.com|+44 7700 900741||Norwich
""", g="evans-norwich")
P("namesake same-name-city singleton", """
crm|Charlotte|Evans|c.evans@anglia-grain.co.uk|01632 960 447|Anglia Grain Ltd|Norwich
""", g="evans-norwich")
P("colleague-email", """
crm|Peter|Walsh|pwalsh@borders-machinery.co.uk|+44 1632 960 302|Borders Machinery Ltd|Hawick
helpdesk|Pete|Walsh|pwalsh@borders-machinery.co.uk|01632 960302|Borders Machinery|Hawick
""", g="walsh-borders")
P("colleague-email singleton", """
crm|Paul|Walsh|paulwalsh@borders-machinery.co.uk|+44 1632 960 309|Borders Machinery Ltd|Hawick
""", g="walsh-borders")
P("company-abbrev", """
crm|Helen|Marsh|helen.marsh@eastkent-ag.co.uk|+44 1632 960 118|East Kent Agricultural Engineers Ltd|Canterbury
event|Helen|Marsh|helen.marsh@eastkent-ag.co.uk|01632 960118|EKAE|Canterbury
""")
# Ireland
P("nickname phone-national", """
crm|Seán|Ó Briain|sean.obriain@midwest-agri.ie|+353 87 412 9930|Midwest Agri Ltd|Limerick
helpdesk|Sean|O'Brien|sean.obriain@midwest-agri.ie|087 412 9930|Midwest Agri|Limerick
e-shop|Seán|O Briain|seanobriain@eircom.net|0874129930||Limerick
""")
P("company-form", """
crm|Aoife|Kelly|aoife.kelly@shannon-tractors.ie|+353 61 402 118|Shannon Tractors Teoranta|Ennis
web-form|Aoife|Kelly|aoife.kelly@shannon-tractors.ie|061 402118|Shannon Tractors DAC|Ennis
""")
P("singleton", """
crm|Patrick|Byrne|paddy@byrne-contractors.ie|+353 86 330 4417|Byrne Agri Contractors|Carlow
""", g="byrne-carlow")
P("namesake", """
e-shop|Patrick|Byrne|patrick.byrne@gmail.com|+353 85 221 0093||Carlow
""", g="byrne-carlow")
P("gender-pair household-email", """
e-shop|Ciarán|Murphy|murphyfamily@eircom.net|+353 86 774 1120||Tralee
crm|Ciaran|Murphy|murphyfamily@eircom.net|086 774 1120|Murphy Dairy Farm|Tralee
""", g="murphy")
P("gender-pair household-email singleton", """
e-shop|Ciara|Murphy|murphyfamily@eircom.net|+353 87 225 6641||Tralee
""", g="murphy")
P("typo", """
crm|Niamh|Fitzgerald|niamh.fitzgerald@southeast-plant.ie|+353 51 870 334|South East Plant Hire Ltd|Waterford
helpdesk|Niamh|Fitzgerlad|niamh.fitzgerald@southeast-plant.ie|051 870334|South East Plant Hire|Waterford
""")
P("singleton", """
crm|Declan|Walsh|declan.walsh@corkfarmsupply.ie|+353 21 430 9921|Cork Farm Supply|Cork
""")
P("singleton", """
web-form|Oliver|Grant|oliver.grant@outlook.com|07700 900 856||Leeds
""")
