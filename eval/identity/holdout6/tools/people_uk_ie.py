# British and Irish people, written by hand.
# UK numbers only from the Ofcom drama ranges (07700 900xxx, 01632 960xxx, 0113 496 0xxx,
# 020 7946 0xxx); Irish numbers are invented.
# record tuple: (source, first_name, last_name, email, phone, company, city)
from common import P

PEOPLE = [
# ---------------------------------------------------------------- John Smith x4
P("john-smith-thistledown", "UK",
  tags="initials allcaps phone-format phone-national company-form",
  groups="namesake:john-smith",
  recs=[
    ("crm", "John", "Smith", "john.smith@thistledown.co.uk", "0113 496 0214", "Thistledown Analytics Ltd", "Leeds"),
    ("erp", "J.", "Smith", "john.smith@thistledown.co.uk", "+44 113 496 0214", "THISTLEDOWN ANALYTICS LIMITED", "Leeds"),
  ]),
P("john-smith-london-private", "UK", tags="nickname phone-format phone-national missing",
  groups="namesake:john-smith",
  recs=[
    ("web-form", "John", "Smith", "johnsmith1972@btinternet.com", "07700 900418", "", "London"),
    ("billing", "Jon", "Smith", "johnsmith1972@btinternet.com", "+447700900418", "", "London"),
  ]),
P("john-smith-harrowgate", "UK", groups="namesake:john-smith",
  recs=[("event", "John", "Smith", "j.smith@harrowgate-ps.co.uk", "020 7946 0371", "Harrowgate Property Services plc", "London")]),
P("john-smith-quayside", "UK", groups="namesake:john-smith",
  recs=[("newsletter", "John", "Smith", "jsmith@quaysidemarine.co.uk", "", "Quayside Marine Supplies", "")]),

# ---------------------------------------------------------------- William / Bill with two addresses at one domain
P("william-turner", "UK",
  tags="nickname email-alias multi-phone phone-format phone-national company-form missing",
  recs=[
    ("crm", "William", "Turner", "william.turner@pennine-fasteners.co.uk", "0113 496 0552", "Pennine Fasteners Ltd", "Leeds"),
    ("event", "Bill", "Turner", "bill.turner@pennine-fasteners.co.uk", "+44 7700 900552", "Pennine Fasteners", "Leeds"),
    ("helpdesk", "Bill", "Turner", "bill.turner@pennine-fasteners.co.uk", "+44 113 496 0552", "", "Leeds"),
  ]),

# ---------------------------------------------------------------- O'Brien / OBrien / O Brien
P("siobhan-obrien", "IE",
  tags="punctuation accents allcaps phone-format phone-national company-form missing",
  recs=[
    ("crm", "Siobhán", "O'Brien", "siobhan.obrien@liffeybayfoods.ie", "+353 1 672 4418", "Liffey Bay Foods Ltd", "Dublin"),
    ("erp", "Siobhan", "OBrien", "siobhan.obrien@liffeybayfoods.ie", "01 672 4418", "LIFFEY BAY FOODS LIMITED", "Dublin 2"),
    ("web-form", "Siobhan", "O Brien", "siobhan.obrien@liffeybayfoods.ie", "", "Liffey Bay Foods", "Dublin"),
  ]),

# ---------------------------------------------------------------- Morgan Thomas / Thomas Morgan (both plausible given names)
P("morgan-thomas-harrowgate", "UK", tags="swapped phone-format phone-national company-form",
  groups="namesake:thomas-morgan",
  note="judgement call: swapped, and both words are plausible given names",
  recs=[
    ("crm", "Morgan", "Thomas", "morgan.thomas@harrowgate-ps.co.uk", "020 7946 0388", "Harrowgate Property Services plc", "London"),
    ("import", "Thomas", "Morgan", "morgan.thomas@harrowgate-ps.co.uk", "+44 20 7946 0388", "Harrowgate Property Services", "London"),
  ]),
P("thomas-morgan-cardiff", "UK", groups="namesake:thomas-morgan",
  recs=[("web-form", "Thomas", "Morgan", "tom.morgan@outlook.com", "07700 900733", "", "Cardiff")]),

# ---------------------------------------------------------------- maiden name kept as a middle name
P("sarah-whitfield", "UK", tags="maiden-middle surname-change missing company-form",
  recs=[
    ("crm", "Sarah", "Jones", "sarah.jones@thistledown.co.uk", "0113 496 0230", "Thistledown Analytics Ltd", "Leeds"),
    ("erp", "Sarah Jones", "Whitfield", "sarah.whitfield@thistledown.co.uk", "0113 496 0230", "Thistledown Analytics", "Leeds"),
    ("webinar", "Sarah", "Whitfield", "sarah.whitfield@thistledown.co.uk", "", "Thistledown Analytics Ltd", ""),
  ]),
P("claire-byrne", "IE", tags="maiden-middle surname-change phone-format phone-national company-form",
  recs=[
    ("crm", "Claire", "Donnelly", "claire.donnelly@liffeybayfoods.ie", "+353 87 331 5520", "Liffey Bay Foods Ltd", "Dublin"),
    ("erp", "Claire Donnelly", "Byrne", "claire.byrne@liffeybayfoods.ie", "087 331 5520", "Liffey Bay Foods", "Dublin"),
  ]),

# ---------------------------------------------------------------- Christopher / Chris
P("christopher-hughes", "UK", tags="nickname phone-format phone-national missing",
  recs=[
    ("crm", "Christopher", "Hughes", "chris.hughes@gmail.com", "07700 900261", "", "Leeds"),
    ("event", "Chris", "Hughes", "chris.hughes@gmail.com", "+44 (0)7700 900261", "Pennine Fasteners Ltd", "Leeds"),
  ]),

# ---------------------------------------------------------------- sales@ mailbox
P("gareth-evans-quayside", "UK",
  tags="shared-mailbox-own multi-phone company-form",
  groups="mailbox:quayside switchboard:quayside",
  recs=[
    ("crm", "Gareth", "Evans", "sales@quaysidemarine.co.uk", "01632 960117", "Quayside Marine Supplies Ltd", "Sunderland"),
    ("web-form", "Gareth", "Evans", "gareth.evans@quaysidemarine.co.uk", "07700 900845", "Quayside Marine", "Sunderland"),
  ]),
P("megan-price-quayside", "UK", groups="mailbox:quayside switchboard:quayside",
  recs=[("erp", "Megan", "Price", "SALES@QUAYSIDEMARINE.CO.UK", "01632960117", "QUAYSIDE MARINE SUPPLIES LTD", "Sunderland")]),

# ---------------------------------------------------------------- Francis / Frances Doyle, one landline
P("francis-doyle", "IE", tags="phone-format phone-national missing",
  groups="family:doyle-cork",
  recs=[
    ("web-form", "Francis", "Doyle", "fdoyle@eircom.net", "021 455 2187", "", "Cork"),
    ("crm", "Francis", "Doyle", "fdoyle@eircom.net", "+353 21 455 2187", "Doyle Joinery", "Cork"),
  ]),
P("frances-doyle", "IE", groups="family:doyle-cork",
  recs=[("billing", "Frances", "Doyle", "frances.doyle@gmail.com", "021 4552187", "", "Cork")]),

# ---------------------------------------------------------------- father and son David Jones, one landline
P("david-jones-sr", "UK", tags="phone-format phone-national missing",
  groups="father-son:jones-darlington",
  recs=[
    ("billing", "David", "Jones", "dai.jones@btinternet.com", "01632 960482", "", "Darlington"),
    ("crm", "David", "Jones", "dai.jones@btinternet.com", "+44 1632 960482", "", "Darlington"),
  ]),
P("david-jones-jr", "UK", tags="multi-phone suffix missing",
  groups="father-son:jones-darlington",
  recs=[
    ("web-form", "David", "Jones", "david.jones.jnr@gmail.com", "07700 900619", "", "Darlington"),
    ("event", "David", "Jones Jnr", "david.jones.jnr@gmail.com", "01632 960482", "Tees Valley Roofing", "Darlington"),
  ]),

# ---------------------------------------------------------------- Harrowgate: switchboard, McDonald / MACDONALD
P("ewan-mcdonald", "UK", tags="typo allcaps company-form multi-phone",
  groups="switchboard:harrowgate",
  recs=[
    ("crm", "Ewan", "McDonald", "ewan.mcdonald@harrowgate-ps.co.uk", "020 7946 0415", "Harrowgate Property Services plc", "London"),
    ("erp", "Ewan", "MACDONALD", "ewan.mcdonald@harrowgate-ps.co.uk", "020 7946 0300", "HARROWGATE PROPERTY SERVICES PLC", "London"),
  ]),
P("alice-harper-harrowgate", "UK", groups="switchboard:harrowgate",
  recs=[("event", "Alice", "Harper", "alice.harper@harrowgate-ps.co.uk", "+44 20 7946 0300", "Harrowgate", "London")]),
P("daniel-okafor-harrowgate", "UK", groups="switchboard:harrowgate",
  recs=[("erp", "Daniel", "Okafor", "d.okafor@harrowgate-ps.co.uk", "020 7946 0300", "Harrowgate Property Services plc", "London")]),
P("emily-carter", "UK", tags="one-field-changed",
  recs=[
    ("crm", "Emily", "Carter", "emily.carter@harrowgate-ps.co.uk", "07700 900154", "Harrowgate Property Services plc", "London"),
    ("erp", "Emily", "Carter", "emily.carter@harrowgate-ps.co.uk", "07700 900154", "Harrowgate Property Services plc", "Brighton"),
  ]),
P("james-fortescue-hill", "UK", tags="double-surname company-group missing",
  groups="namesake:james-hill",
  recs=[
    ("crm", "James", "Fortescue-Hill", "j.fortescue-hill@harrowgate-ps.co.uk", "020 7946 0460", "Harrowgate Property Services plc", "London"),
    ("event", "James", "Hill", "j.fortescue-hill@harrowgate-ps.co.uk", "", "Harrowgate Group plc", "London"),
  ]),
P("james-hill-london", "UK", groups="namesake:james-hill",
  recs=[("web-form", "James", "Hill", "jameshill@hotmail.co.uk", "07700 900990", "", "London")]),

# ---------------------------------------------------------------- Priya Patel x2
P("priya-patel-leicester", "UK", tags="email-space email-case phone-format phone-national missing",
  groups="namesake:priya-patel",
  recs=[
    ("web-form", "Priya", "Patel", " Priya.Patel@outlook.com", "07700 900372", "", "Leicester"),
    ("crm", "Priya", "Patel", "priya.patel@outlook.com", "+44 7700 900372", "", "Leicester"),
  ]),
P("priya-patel-harrowgate", "UK", groups="namesake:priya-patel",
  recs=[("event", "Priya", "Patel", "priya.patel@harrowgate-ps.co.uk", "020 7946 0442", "Harrowgate Property Services", "London")]),

# ---------------------------------------------------------------- Irish and anglicised forms of one name
P("sean-o-murchu", "IE", tags="national-form accents phone-format phone-national company-form",
  groups="namesake:sean-murphy",
  note="Irish-language form in one system, anglicised form in another; joined by e-mail and phone",
  recs=[
    ("crm", "Seán", "Ó Murchú", "sean.murphy@corribmed.ie", "+353 91 744 210", "Corrib Medical Devices Ltd", "Galway"),
    ("event", "Sean", "Murphy", "sean.murphy@corribmed.ie", "091 744 210", "Corrib Medical", "Galway"),
  ]),
P("sean-murphy-dublin", "IE", groups="namesake:sean-murphy",
  recs=[("web-form", "Sean", "Murphy", "seanmurphy.dub@gmail.com", "087 224 1190", "", "Dublin")]),

# ---------------------------------------------------------------- Thistledown: switchboard with extension, only the e-mail
P("oliver-bennett", "UK",
  tags="only-email nickname email-case missing phone-extension",
  groups="switchboard:thistledown",
  recs=[
    ("crm", "Oliver", "Bennett", "oliver.bennett@thistledown.co.uk", "0113 496 0200 ext 288", "Thistledown Analytics Ltd", "Leeds"),
    ("newsletter", "", "", "oliver.bennett@thistledown.co.uk", "", "", ""),
    ("webinar", "Ollie", "Bennett", "Oliver.Bennett@thistledown.co.uk", "", "", ""),
  ]),
P("hannah-clarke-thistledown", "UK", groups="switchboard:thistledown",
  recs=[("erp", "Hannah", "Clarke", "h.clarke@thistledown.co.uk", "0113 496 0200", "Thistledown Analytics Ltd", "Leeds")]),
P("laura-simmons", "UK", tags="multi-phone typo company-form",
  groups="switchboard:thistledown",
  recs=[
    ("event", "Laura", "Simmons", "laura.simmons@thistledown.co.uk", "+44 113 496 0200", "Thistledown", "Leeds"),
    ("crm", "Laura", "Simmonds", "laura.simmons@thistledown.co.uk", "0113 496 0261", "Thistledown Analytics Ltd", "Leeds"),
  ]),

# ---------------------------------------------------------------- Leslie / Lesley Harrison (husband / wife), one landline
P("leslie-harrison", "UK", groups="family:harrison-whitby",
  recs=[("billing", "Leslie", "Harrison", "les.harrison@btinternet.com", "01632 960735", "", "Whitby")]),
P("lesley-harrison", "UK", groups="family:harrison-whitby",
  recs=[("web-form", "Lesley", "Harrison", "lesley.harrison@btinternet.com", "+44 1632 960735", "", "Whitby")]),

# ---------------------------------------------------------------- Sophie Williams x2 in Leeds
P("sophie-williams-pennine", "UK", groups="namesake:sophie-williams",
  recs=[("crm", "Sophie", "Williams", "sophie.williams@pennine-fasteners.co.uk", "0113 496 0577", "Pennine Fasteners Ltd", "Leeds")]),
P("sophie-williams-private", "UK", groups="namesake:sophie-williams",
  recs=[("web-form", "Sophie", "Williams", "sophiewilliams.leeds@gmail.com", "07700 900281", "", "Leeds")]),
]
