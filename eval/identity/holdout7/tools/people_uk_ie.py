# United Kingdom and Ireland. Every person and record written by hand.
# UK numbers only from Ofcom drama ranges (07700 900xxx, 020 7946 0xxx, 0113 496 0xxx, 0161 496 0xxx,
# 0131 496 0xxx, 01632 960xxx); Irish numbers invented.
# record: (source, first_name, last_name, email, phone, company, city)
from model import P

PEOPLE = [
# ---------------------------------------------------------------- namesakes: David Williams x3
P("uk-williams-david-thamesbrook", "nickname email-alias multi-phone company-form", "namesake:david-williams",
  ("crm", "David", "Williams", "david.williams@thamesbrook-insurance.co.uk", "+44 20 7946 0382", "Thamesbrook Insurance Ltd", "London"),
  ("webinar", "Dave", "Williams", "dave.williams@thamesbrook-insurance.co.uk", "+44 7700 900417", "Thamesbrook Insurance", "London")),
P("uk-williams-david-leeds", "", "namesake:david-williams",
  ("web-form", "David", "Williams", "dwilliams77@hotmail.co.uk", "0113 496 0571", "", "Leeds")),
P("uk-williams-david-carrowmere", "", "namesake:david-williams",
  ("event", "David", "Williams", "d.williams@carrowmere.co.uk", "", "Carrowmere Partners LLP", "London")),

# ---------------------------------------------------------------- namesakes: Emma Wilson x3
P("uk-wilson-emma-pennine", "only-email email-case missing", "namesake:emma-wilson",
  ("crm", "Emma", "Wilson", "emma.wilson@pennine-hr.co.uk", "0161 496 0725", "Pennine HR Services Ltd", "Manchester"),
  ("newsletter", "", "", "Emma.Wilson@pennine-hr.co.uk", "", "", "")),
P("uk-wilson-emma-edinburgh", "", "namesake:emma-wilson",
  ("web-form", "Emma", "Wilson", "emmawilson.edi@gmail.com", "+44 7700 900862", "", "Edinburgh")),
P("uk-wilson-emma-kestrel", "", "namesake:emma-wilson",
  ("helpdesk", "Emma", "Wilson", "", "020 7946 0915", "Kestrel Dental Group", "London")),

# judgement call: Grant Murray / Murray Grant (both plausible given names)
P("uk-murray-grant", "swapped phone-format phone-national company-form missing", "",
  ("crm", "Grant", "Murray", "grant.murray@tayside-marine.co.uk", "+44 1632 960 412", "Tayside Marine Ltd", "Dundee"),
  ("event", "Murray", "Grant", "", "01632 960412", "Tayside Marine", "Dundee")),
P("uk-hale-sarah", "maiden-name company-form missing", "",
  ("crm", "Sarah", "Hale", "sarah.hale@brightwell-legal.co.uk", "+44 113 496 0218", "Brightwell Legal LLP", "Leeds"),
  ("event", "Sarah Whitcombe", "Hale", "sarah.hale@brightwell-legal.co.uk", "", "Brightwell Legal", "Leeds")),
P("uk-harrison-robert", "nickname multi-phone phone-extension missing", "",
  ("crm", "Robert", "Harrison", "robert.harrison@kingsmead-print.co.uk", "+44 20 7946 0147 x31", "Kingsmead Print Ltd", "London"),
  ("helpdesk", "Bob", "Harrison", "robert.harrison@kingsmead-print.co.uk", "+44 7700 900256", "", "London")),
P("uk-clarke-elizabeth", "nickname email-space phone-format phone-national company-form", "",
  ("crm", "Elizabeth", "Clarke", "liz.clarke@aldgate-events.co.uk", "020 7946 0632", "Aldgate Events", "London"),
  ("web-form", "Liz", "Clarke", "liz.clarke@aldgate-events.co.uk ", "+44 20 7946 0632", "Aldgate Events Ltd", "London")),

# ---------------------------------------------------------------- sales@ of a joinery (Leeds)
P("uk-lloyd-gareth", "shared-mailbox-own multi-phone company-form phone-national", "mailbox:hartwell-joinery switchboard:hartwell-joinery",
  ("crm", "Gareth", "Lloyd", "sales@hartwell-joinery.co.uk", "0113 496 0344", "Hartwell Joinery Ltd", "Leeds"),
  ("event", "Gareth", "Lloyd", "gareth@hartwell-joinery.co.uk", "+44 7700 900731", "Hartwell Joinery", "Leeds")),
P("uk-price-karen", "", "mailbox:hartwell-joinery switchboard:hartwell-joinery",
  ("web-form", "Karen", "Price", "sales@hartwell-joinery.co.uk", "+44 113 496 0344", "", "Leeds")),
P("uk-booth-ian", "", "mailbox:hartwell-joinery",
  ("newsletter", "Ian", "Booth", "SALES@hartwell-joinery.co.uk", "", "Hartwell Joinery Ltd", "")),

# ---------------------------------------------------------------- switchboard, two colleagues named Ahmed (London)
P("uk-ahmed-imran", "email-alias multi-phone company-form allcaps", "switchboard:greyfriars colleagues:greyfriars-ahmed",
  ("crm", "Imran", "Ahmed", "imran.ahmed@greyfriars-logistics.co.uk", "+44 20 7946 0500", "Greyfriars Logistics Ltd", "London"),
  ("erp", "Imran", "Ahmed", "i.ahmed@greyfriars-logistics.co.uk", "+44 7700 900583", "GREYFRIARS LOGISTICS LIMITED", "London")),
P("uk-ahmed-yasmin", "", "switchboard:greyfriars colleagues:greyfriars-ahmed",
  ("crm", "Yasmin", "Ahmed", "yasmin.ahmed@greyfriars-logistics.co.uk", "020 7946 0500 ext 212", "Greyfriars Logistics", "London")),
P("uk-okafor-chidi", "", "switchboard:greyfriars",
  ("helpdesk", "Chidi", "Okafor", "c.okafor@greyfriars-logistics.co.uk", "020 7946 0500", "", "London")),

P("uk-jenkins-rhys", "initials phone-format phone-national company-form allcaps missing", "",
  ("crm", "Rhys", "Jenkins", "r.jenkins@valleys-water-tech.co.uk", "+44 1632 960 187", "Valleys Water Technology Ltd", "Cardiff"),
  ("import", "R", "Jenkins", "", "01632 960187", "VALLEYS WATER TECH", "Cardiff")),
P("uk-shaw-hannah", "surname-change email-subaddress missing", "",
  ("newsletter", "Hannah", "Bennett", "hannah.b.writes+news@gmail.com", "", "", "Bristol"),
  ("crm", "Hannah", "Shaw", "hannah.b.writes@gmail.com", "+44 7700 900944", "Larkspur Books", "Bristol")),
P("uk-cooper-james", "job-change phone-format phone-national", "namesake:james-cooper",
  ("crm", "James", "Cooper", "j.cooper@redmarsh-energy.co.uk", "+44 7700 900318", "Redmarsh Energy Ltd", "Nottingham"),
  ("web-form", "James", "Cooper", "james.cooper@halden-wind.co.uk", "07700 900318", "Halden Wind plc", "Sheffield")),
P("uk-cooper-james-bristol", "", "namesake:james-cooper",
  ("event", "James", "Cooper", "jim.cooper@btinternet.com", "", "", "Bristol")),
P("uk-mackenzie-fiona", "typo company-form missing", "",
  ("crm", "Fiona", "MacKenzie", "fiona.mackenzie@glenorrin-distillery.co.uk", "+44 131 496 0623", "Glen Orrin Distillery Ltd", "Edinburgh"),
  ("event", "Fiona", "McKenzie", "fiona.mackenzie@glenorrin-distillery.co.uk", "", "Glen Orrin Distillery", "Edinburgh")),

# ---------------------------------------------------------------- two Mark Robinsons at one company
P("uk-robinson-mark-leeds", "missing", "namesake-samecompany:northgate-robinson",
  ("crm", "Mark", "Robinson", "mark.robinson@northgate-fm.co.uk", "0113 496 0812", "Northgate Facilities Ltd", "Leeds"),
  ("webinar", "Mark", "Robinson", "mark.robinson@northgate-fm.co.uk", "", "", "Leeds")),
P("uk-robinson-mark-york", "phone-format phone-national company-form", "namesake-samecompany:northgate-robinson",
  ("crm", "Mark", "Robinson", "m.robinson@northgate-fm.co.uk", "+44 7700 900129", "Northgate Facilities", "York"),
  ("event", "Mark", "Robinson", "m.robinson@northgate-fm.co.uk", "07700 900129", "Northgate FM", "York")),

# ---------------------------------------------------------------- couple sharing one gmail (Leeds)
P("uk-patel-raj", "private-email email-dots phone-format missing", "couple:patel-leeds",
  ("web-form", "Raj", "Patel", "patelfamily.leeds@gmail.com", "+44 7700 900671", "", "Leeds"),
  ("crm", "Raj", "Patel", "raj.patel@aire-pharmacy.co.uk", "+447700900671", "Aire Valley Pharmacy Ltd", "Leeds"),
  ("billing", "Raj", "Patel", "patel.family.leeds@gmail.com", "", "", "")),
P("uk-patel-nisha", "", "couple:patel-leeds",
  ("newsletter", "Nisha", "Patel", "PatelFamily.Leeds@gmail.com", "", "", "Leeds")),

P("uk-evans-rachel", "one-field-changed", "",
  ("crm", "Rachel", "Evans", "rachel.evans@severnside-homes.co.uk", "+44 7700 900205", "Severnside Homes Ltd", "Bristol"),
  ("erp", "Rachel", "Evans", "rachel.evans@severnside-homes.co.uk", "+44 7700 900698", "Severnside Homes Ltd", "Bristol")),
P("uk-singh-harpreet", "", "",
  ("event", "Harpreet", "Singh", "h.singh@midland-castings.co.uk", "+44 20 7946 0871", "Midland Castings Ltd", "London")),

# ================================================================ Ireland
P("ie-osullivan-ciaran", "punctuation accents phone-format phone-national missing", "",
  ("crm", "Ciarán", "O'Sullivan", "ciaran.osullivan@shannonside-foods.ie", "+353 61 492 170", "Shannonside Foods Ltd", "Limerick"),
  ("web-form", "Ciaran", "OSullivan", "ciaran.osullivan@shannonside-foods.ie", "061 492170", "", "Limerick")),
# family: Francis / Frances Doyle share the home landline (Cork)
P("ie-doyle-francis", "nickname private-email multi-phone phone-format company-form phone-national missing", "family:doyle-cork",
  ("crm", "Francis", "Doyle", "francis.doyle@leeside-motors.ie", "+353 87 214 6630", "Leeside Motors Ltd", "Cork"),
  ("web-form", "Frank", "Doyle", "frankdoyle@eircom.net", "087 214 6630", "Leeside Motors", "Cork"),
  ("billing", "Francis", "Doyle", "frankdoyle@eircom.net", "021 489 2276", "", "Cork")),
P("ie-doyle-frances", "", "family:doyle-cork",
  ("helpdesk", "Frances", "Doyle", "fdoyle.cork@gmail.com", "(021) 489 2276", "", "Cork")),
P("ie-nimhurchu-siobhan", "accents phone-format phone-national missing city-form", "",
  ("crm", "Siobhán", "Ní Mhurchú", "siobhan.nimhurchu@galway-bay-tours.ie", "+353 91 563 208", "Galway Bay Tours Ltd", "Galway"),
  ("web-form", "Siobhan", "Ni Mhurchu", "siobhan.nimhurchu@galway-bay-tours.ie", "091 563208", "", "Gaillimh")),
P("ie-kelly-niamh-naas", "shared-mailbox-own phone-format phone-national missing", "mailbox:kilbride-vets namesake:niamh-kelly",
  ("crm", "Niamh", "Kelly", "info@kilbridevets.ie", "+353 45 871 224", "Kilbride Veterinary Clinic", "Naas"),
  ("helpdesk", "Niamh", "Kelly", "niamh@kilbridevets.ie", "045 871224", "", "Naas")),
P("ie-byrne-sean", "", "mailbox:kilbride-vets",
  ("web-form", "Seán", "Byrne", "info@kilbridevets.ie", "", "Kilbride Vets", "Naas")),
P("ie-kelly-niamh-dublin", "", "namesake:niamh-kelly",
  ("event", "Niamh", "Kelly", "niamh.kelly@liffey-analytics.ie", "+353 1 677 4420", "Liffey Analytics", "Dublin")),
P("ie-walsh-declan", "", "",
  ("newsletter", "Declan", "Walsh", "declanwalsh@eircom.net", "", "", "Waterford")),
]
