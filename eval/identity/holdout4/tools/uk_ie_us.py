# UK and Ireland event attendees, a few US customers.
# UK numbers are in Ofcom drama ranges, US numbers in 555-0100..0199.
from people import P

P("nickname initial phone-trunk email-case", """
event|Bob|Taylor|rob.taylor@penninetooling.co.uk|0113 496 0412|Pennine Tooling Ltd|Leeds
crm|Robert|Taylor|rob.taylor@penninetooling.co.uk|+44 113 496 0412|Pennine Tooling|Leeds
webinar|Robert J.|Taylor|Rob.Taylor@PennineTooling.co.uk|+44 (0)113 496 0412||
""")

P("nickname subaddress", """
event|Liz|Morgan|liz.morgan@caledata.co.uk|0131 496 0288|Caledonian Data Services|Edinburgh
newsletter|Elizabeth|Morgan|liz.morgan+events@caledata.co.uk|||
""")

P("name-translated apostrophe phone-trunk company-form", """
event|Seán|Ó Briain|sean.obrien@liffeyanalytics.ie|+353 1 485 2210|Liffey Analytics Ltd|Dublin
crm|Sean|O'Brien|sean.obrien@liffeyanalytics.ie|01 485 2210|Liffey Analytics|Dublin
billing|Sean|OBrien||+353 (0)1 485 2210|Liffey Analytics Limited|Dublin 2
""", note="Irish-language form of the name on the event badge; linked by e-mail and phone.")

P("diacritics email-case", """
event|Siobhán|Kelly|siobhan.kelly@gmail.com|+353 87 412 3390||Cork
newsletter|Siobhan|Kelly|Siobhan.Kelly@gmail.com|||Cork
""")

P("father-son generation-marker switchboard nickname", """
crm|James|Whitaker Sr.|jim@whitakersupply.com|+1 614 555 0142|Whitaker Supply Co.|Columbus
billing|Jim|Whitaker|jim@whitakersupply.com|(614) 555-0142|Whitaker Supply Company|Columbus, OH
""")
P("father-son generation-marker switchboard nickname phone-dots", """
crm|James|Whitaker Jr.|jwhitaker@whitakersupply.com|+1 614 555 0142|Whitaker Supply Co.|Columbus
webinar|Jamie|Whitaker|jwhitaker@whitakersupply.com|614-555-0187||Columbus
event|James|Whitaker|james.whitaker@gmail.com|614.555.0187|Whitaker Supply|Columbus OH
""")

P("middle-name nickname email-case phone-parentheses", """
crm|Jennifer Lynn|Ortiz|jennifer.ortiz@blueheronsw.com|+1 206 555 0119|Blue Heron Software, Inc.|Seattle
event|Jen|Ortiz|jen.ortiz@blueheronsw.com|+1 (206) 555-0119|Blue Heron Software|Seattle, WA
newsletter|Jennifer L.|Ortiz|JENNIFER.ORTIZ@BLUEHERONSW.COM|||
""")
P("switchboard singleton", "event|Michelle|Nguyen|mnguyen@blueheronsw.com|+1 206 555 0100|Blue Heron Software, Inc.|Seattle")

P("gmail-dots subaddress nickname private-email", """
shop|Daniel|Fletcher|dan.fletcher82@gmail.com|07700 900 417||Bristol
webinar|Dan|Fletcher|danfletcher82+webinars@gmail.com|||Bristol
event|Daniel|Fletcher|d.fletcher@severnmarine.co.uk|+44 7700 900417|Severn Marine Ltd|Bristol
""")

P("role-mailbox switchboard", """
billing|Claire|Hughes|accounts@harrowgate-events.co.uk|020 7946 0310|Harrowgate Events Ltd|London
crm|Claire|Hughes|claire.hughes@harrowgate-events.co.uk|020 7946 0314|Harrowgate Events Ltd|London
""")
P("role-mailbox switchboard singleton", "billing|Gary|Patel|accounts@harrowgate-events.co.uk|+44 20 7946 0310|Harrowgate Events|London")

P("swapped both-given-names", """
crm|Thomas|Morgan|tmorgan@cardiffcabling.co.uk|029 2018 0455|Cardiff Cabling Ltd|Cardiff
import|Morgan|Thomas|tmorgan@cardiffcabling.co.uk|+44 29 2018 0455|Cardiff Cabling|Cardiff
""")
P("namesake singleton", "newsletter|Morgan|Thomas|morgan.thomas@outlook.com|||Swansea")

P("spelling-variant company-form", """
crm|Alasdair|MacDonald|a.macdonald@caledata.co.uk|+44 141 496 0733|Caledonian Data Services Ltd|Glasgow
event|Alistair|McDonald|a.macdonald@caledata.co.uk||Caledonian Data|Glasgow
""")

P("namesake same-company email-digit", """
crm|David|Jones|david.jones@harrowgate-events.co.uk|020 7946 0322|Harrowgate Events Ltd|London
helpdesk|David|Jones|david.jones@harrowgate-events.co.uk|||London
""")
P("namesake same-company email-digit singleton", "crm|David|Jones|david.jones2@harrowgate-events.co.uk|020 7946 0341|Harrowgate Events Ltd|London")
P("namesake nickname singleton", "web-form|Dave|Jones|davejones.ldn@gmail.com|07700 900 862||London")

P("surname-change nickname phone-national", """
event|Rebecca|Walsh|becky.walsh@hotmail.co.uk|07700 900 155||Manchester
crm|Rebecca|Clarke|rebecca.clarke@mancunianprint.co.uk|+44 7700 900155|Mancunian Print Ltd|Manchester
billing|Becky|Clarke|rebecca.clarke@mancunianprint.co.uk|0161 496 0920|Mancunian Print|Manchester
""")

P("singleton", "web-form|Tyler|Brooks|tyler.brooks@yahoo.com|(512) 555-0166||Austin")
P("singleton", "newsletter|Kevin|O'Connell|kevin.oconnell@liffeyanalytics.ie|||Dublin")

P("title degree", """
crm|Dr Priya|Sharma|p.sharma@midlandsmetrology.co.uk|0121 496 0577|Midlands Metrology Ltd|Birmingham
event|Priya|Sharma PhD|p.sharma@midlandsmetrology.co.uk|+44 121 496 0577|Midlands Metrology|Birmingham
""")
P("namesake name-city-only singleton", "newsletter|Priya|Sharma|priya.sharma@gmail.com|||Birmingham")

P("nickname two-addresses-same-domain", """
event|Matt|Evans|matt.evans@severnmarine.co.uk||Severn Marine|Bristol
crm|Matthew|Evans|m.evans@severnmarine.co.uk|0117 496 0203|Severn Marine Ltd|Bristol
""", note="Judgement call: two addresses at one domain, no common phone; same name and company.")

P("diacritics phone-ext", """
event|Ciarán|Byrne|ciaran.byrne@loughsystems.co.uk|028 9018 0620|Lough Systems Ltd|Belfast
helpdesk|Ciaran|Byrne|ciaran.byrne@loughsystems.co.uk|+44 28 9018 0620 ext 4|Lough Systems|Belfast
""")

P("family-email family-phone nickname", """
shop|Andrew|Wright|the.wrights@btinternet.com|0115 496 0781||Nottingham
event|Andy|Wright|andy.wright@eastmidsplant.co.uk|+44 115 496 0781|East Mids Plant Hire Ltd|Nottingham
""")
P("family-email family-phone singleton", "shop|Helen|Wright|the.wrights@btinternet.com|0115 496 0781||Nottingham")

P("nickname caps phone-spaces", """
event|Katie|Robertson|katie.robertson@caledata.co.uk|0131 496 0295|Caledonian Data Services Ltd|Edinburgh
crm|Katherine|Robertson|katie.robertson@caledata.co.uk|+441314960295|Caledonian Data Services Ltd|Edinburgh
newsletter|KATHERINE|ROBERTSON|katie.robertson@caledata.co.uk|||EDINBURGH
""")

P("job-change doubled-letter", """
event|Oliver|Bennett|oliver.bennett@penninetooling.co.uk|07700 900 233|Pennine Tooling Ltd|Leeds
crm|Oliver|Benett|obennett@yorkshirefab.co.uk|+44 7700 900233|Yorkshire Fabrications Ltd|Sheffield
""")

P("nickname gmail-dots", """
webinar|Alexander|Campbell|alex.campbell@gmail.com|||Glasgow
event|Sandy|Campbell|alexcampbell@gmail.com|07700 900 649||Glasgow
""", note="Sandy is the Scottish diminutive of Alexander; linked by the Gmail address.")

P("singleton", "event|Sophie|Turner|s.turner@yorkshirefab.co.uk|0114 496 0318|Yorkshire Fabrications Ltd|Sheffield")
P("singleton", "newsletter|Callum|Fraser|callum.fraser@outlook.com|||Aberdeen")
P("singleton", "web-form|Aoife|Murphy|aoife.murphy@eircom.net|+353 21 492 7730||Cork")
P("singleton", "event|Hannah|Price|hannah.price@midlandsmetrology.co.uk||Midlands Metrology Ltd|Birmingham")
P("singleton", "shop|Marcus|Reid|marcus.reid@yahoo.co.uk|07700 900 781||Leeds")

P("name-translated nickname email-case", """
event|Pádraig|Ó Súilleabháin|padraig.osullivan@liffeyanalytics.ie|+353 1 485 2233|Liffey Analytics Ltd|Dublin
crm|Patrick|O'Sullivan|Padraig.OSullivan@liffeyanalytics.ie|01 485 2233|Liffey Analytics|Dublin
""", note="Judgement call: Pádraig and Patrick are the Irish and English forms of one name; linked by e-mail and phone.")

P("generation-marker father-son", """
crm|Robert|Hayes Jr.|bob.hayes@lakeshoremfg.com|+1 312 555 0177|Lakeshore Manufacturing LLC|Chicago
event|Bob|Hayes|bob.hayes@lakeshoremfg.com|(312) 555-0177|Lakeshore Mfg|Chicago, IL
""")
P("generation-marker father-son singleton", "newsletter|Robert|Hayes|robert.hayes@aol.com|||Chicago", note="Same name as the Jr., nothing else in common: a different person (probably the father, but the data cannot tell).")

P("middle-name company-abbrev", """
crm|Mary Ellen|Fitzgerald|mfitzgerald@lakeshoremfg.com|+1 312 555 0190|Lakeshore Manufacturing LLC|Chicago
webinar|Mary|Fitzgerald|mfitzgerald@lakeshoremfg.com||LMC|
""")

P("swapped-columns", """
crm|Emma|Lewis|emma.lewis@mancunianprint.co.uk|0161 496 0933|Mancunian Print Ltd|Manchester
import|Emma|Lewis|0161 496 0933|emma.lewis@mancunianprint.co.uk|Mancunian Print Ltd|Manchester
""", note="Import with e-mail and phone columns exchanged.")
