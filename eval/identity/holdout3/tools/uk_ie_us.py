"""United Kingdom (Ofcom drama ranges), Ireland, United States (555-01xx)."""
from common import P

PEOPLE = [
    # --- freight firm: accounts@ and the office line are shared
    P("shared-mailbox phone-trunk-0", [
        ("crm", "Gemma", "Hughes", "accounts@harbourline-freight.co.uk", "+44 (0)151 496 0382", "Harbourline Freight Ltd", "Liverpool"),
        ("event", "Gemma", "Hughes", "gemma.hughes@harbourline-freight.co.uk", "07700 900 217", "Harbourline Freight", "Liverpool"),
    ], group="harbourline"),
    P("shared-mailbox switchboard capitals", [
        ("erp", "Neil", "Parker", "accounts@harbourline-freight.co.uk", "0151 496 0382", "HARBOURLINE FREIGHT LIMITED", "LIVERPOOL"),
    ], group="harbourline"),
    P("shared-mailbox email-case", [
        ("billing", "Siobhan", "Doyle", "Accounts@harbourline-freight.co.uk", "", "Harbourline Freight Ltd", "Liverpool"),
    ], group="harbourline"),

    P("nickname phone-notation email-case private-email", [
        ("crm", "Robert", "Fletcher", "robert.fletcher@ashgrove-engineering.co.uk", "+44 121 496 0714", "Ashgrove Engineering Ltd", "Birmingham"),
        ("event", "Bob", "Fletcher", "Robert.Fletcher@ashgrove-engineering.co.uk", "", "Ashgrove Engineering", "Birmingham"),
        ("eshop", "Rob", "Fletcher", "bobfletcher62@btinternet.com", "0121 496 0714", "", "Birmingham"),
    ]),

    P("nickname surname-change", [
        ("crm", "Elizabeth", "Clarke", "liz.clarke@pennine-textiles.co.uk", "+44 113 496 0528", "Pennine Textiles Ltd", "Leeds"),
        ("crm", "Liz", "Moran", "liz.moran@pennine-textiles.co.uk", "0113 496 0528", "Pennine Textiles", "Leeds"),
    ]),

    P("namesake", [("crm", "David", "Smith", "david.smith@kestrel-packaging.co.uk", "+44 161 496 0233", "Kestrel Packaging Ltd", "Manchester")]),
    P("namesake", [("eshop", "David", "Smith", "dsmith1977@hotmail.co.uk", "07700 900 845", "", "Bristol")]),

    # --- Francis / Frances, family joinery, one office line
    P("gender-pair switchboard capitals", [
        ("crm", "Francis", "Reid", "francis@reid-joinery.co.uk", "+44 131 496 0617", "Reid & Sons Joinery", "Edinburgh"),
        ("erp", "FRANCIS", "REID", "francis@reid-joinery.co.uk", "0131 496 0617", "REID & SONS JOINERY LTD", "EDINBURGH"),
    ], group="reid"),
    P("gender-pair switchboard colleague-email-initial", [
        ("crm", "Frances", "Reid", "frances@reid-joinery.co.uk", "+44 131 496 0617", "Reid & Sons Joinery", "Edinburgh"),
    ], group="reid"),

    P("title-degree company-variant", [
        ("crm", "Dr Priya", "Raman", "p.raman@meridian-labs.co.uk", "+44 20 7946 0391", "Meridian Labs Ltd", "London"),
        ("event", "Priya", "Raman, PhD MBA", "p.raman@meridian-labs.co.uk", "", "Meridian Laboratories", "London"),
    ]),

    P("middle-name nickname", [
        ("crm", "Christopher James", "Baxter", "chris.baxter@oakfield-foods.co.uk", "+44 116 496 0842", "Oakfield Foods plc", "Leicester"),
        ("webinar", "Chris", "Baxter", "chris.baxter@oakfield-foods.co.uk", "", "Oakfield Foods", "Leicester"),
    ]),

    P("surname-change private-email phone-notation", [
        ("eshop", "Hannah", "Whitfield", "hannah.whitfield@gmail.com", "07700 900 391", "", "Sheffield"),
        ("crm", "Hannah", "Pryce", "hannah.pryce@steelvale-tools.co.uk", "+44 7700 900391", "Steelvale Tools Ltd", "Sheffield"),
    ]),

    P("typo", [
        ("crm", "Jonathan", "Ashworth", "j.ashworth@greywell-insurance.co.uk", "+44 161 496 0110", "Greywell Insurance Brokers", "Manchester"),
        ("event", "Jonathon", "Ashworth", "", "", "Greywell Insurance", "Manchester"),
    ]),

    P("diacritics city-translation", [
        ("crm", "Siân", "Evans", "sian.evans@tafcoast.co.uk", "+44 29 2018 0455", "Taf Coast Logistics Ltd", "Cardiff"),
        ("eshop", "Sian", "Evans", "sian.evans@tafcoast.co.uk", "029 2018 0455", "", "Caerdydd"),
    ]),
    P("namesake-same-city", [("eshop", "Sian", "Evans", "sianevans84@yahoo.co.uk", "07700 900 962", "", "Cardiff")]),

    # --- couple on one home line
    P("family-phone", [("eshop", "Graham", "Ellery", "graham.ellery@sky.com", "0115 496 0277", "", "Nottingham")], group="ellery"),
    P("family-phone nickname", [
        ("eshop", "Susan", "Ellery", "sue.ellery@sky.com", "0115 496 0277", "", "Nottingham"),
        ("newsletter", "Sue", "Ellery", "sue.ellery@sky.com", "", "", ""),
    ], group="ellery"),

    # --- mother and daughter, household mailbox
    P("family-email", [("eshop", "Carol", "Lewin", "the.lewins@btinternet.com", "0117 496 0731", "", "Bristol")], group="lewin"),
    P("family-email phone-notation", [
        ("eshop", "Amy", "Lewin", "the.lewins@btinternet.com", "07700 900 188", "", "Bristol"),
        ("crm", "Amy", "Lewin", "amy.lewin@severnside-media.co.uk", "+44 7700 900188", "Severnside Media Ltd", "Bristol"),
    ], group="lewin"),

    P("", [("newsletter", "", "", "tom.harding@outlook.com", "", "", "")]),

    P("job-change nickname typo private-email phone-trunk-0", [
        ("crm", "Alistair", "Grant", "a.grant@forthbridge-consult.co.uk", "+44 131 496 0902", "Forthbridge Consulting Ltd", "Edinburgh"),
        ("event", "Alistair", "Grant", "ali.grant@gmail.com", "+44 (0)131 496 0902", "Forthbridge Consulting", "Edinburgh"),
        ("eshop", "Ali", "Grant", "ali.grant@gmail.com", "+44 7700 900476", "", "Edinburgh"),
        ("crm", "Alastair", "Grant", "alastair.grant@lothian-energy.co.uk", "07700 900 476", "Lothian Energy plc", "Edinburgh"),
    ]),
    P("city-translation", [
        ("crm", "Imran", "Qureshi", "imran.qureshi@northgate-pharma.co.uk", "+44 191 498 0536", "Northgate Pharma Ltd", "Newcastle upon Tyne"),
        ("event", "Imran", "Qureshi", "imran.qureshi@northgate-pharma.co.uk", "07700 900 733", "Northgate Pharma", "Newcastle"),
    ]),
    P("", [("event", "Fiona", "MacLeod", "fiona.macleod@clydeside-marine.co.uk", "", "Clydeside Marine", "Glasgow")]),
    P("", [("eshop", "Oliver", "Bennett", "olly.bennett@gmail.com", "07700 900 503", "", "Bristol")]),
    P("", [("webinar", "Rachel", "Thornton", "r.thornton@fenland-agri.co.uk", "", "Fenland Agri Ltd", "Cambridge")]),
    P("", [("crm", "Ciaran", "McAllister", "c.mcallister@lagan-print.co.uk", "+44 28 9018 0344", "Lagan Print Ltd", "Belfast")]),

    # ======================= Ireland
    P("name-translation diacritics city-translation phone-national", [
        ("crm", "Seán", "Ó Briain", "sean.obriain@liffeyvalve.ie", "+353 1 685 4471", "Liffey Valve Systems Ltd", "Baile Átha Cliath"),
        ("event", "Sean", "O'Brien", "sean.obriain@liffeyvalve.ie", "01 685 4471", "Liffey Valve Systems", "Dublin"),
    ], note="Irish-language form and anglicised form of one name; joined by one e-mail."),

    P("apostrophe email-case capitals phone-national", [
        ("crm", "Aoife", "O'Sullivan", "aoife.osullivan@corkharbour-foods.ie", "+353 21 432 8805", "Cork Harbour Foods Ltd", "Cork"),
        ("eshop", "Aoife", "OSullivan", "Aoife.OSullivan@corkharbour-foods.ie", "087 214 6630", "", "Cork"),
        ("erp", "AOIFE", "O SULLIVAN", "", "021 432 8805", "CORK HARBOUR FOODS LIMITED", "CORK"),
    ]),

    P("namesake", [("eshop", "Declan", "Murphy", "declan.murphy@eircom.net", "086 331 2047", "", "Galway")]),
    P("namesake", [("crm", "Declan", "Murphy", "dmurphy@shannonagri.ie", "+353 61 402 115", "Shannon Agri Ltd", "Limerick")]),

    P("apostrophe", [
        ("crm", "Niamh", "McCarthy", "niamh.mccarthy@wicklowtimber.ie", "+353 404 61 228", "Wicklow Timber Ltd", "Wicklow"),
        ("event", "Niamh", "Mc Carthy", "", "", "Wicklow Timber", "Wicklow"),
    ]),

    P("", [("webinar", "Conor", "Byrne", "conor.byrne@dublindatalabs.ie", "", "Dublin Data Labs", "Dublin")]),

    # ======================= United States
    P("nickname title-degree phone-extension phone-notation", [
        ("crm", "William", "Harper Jr.", "bill.harper@lakeshore-plastics.com", "+1 312 555 0148 ext. 204", "Lakeshore Plastics, Inc.", "Chicago"),
        ("event", "Bill", "Harper", "bill.harper@lakeshore-plastics.com", "(312) 555-0148", "Lakeshore Plastics", "Chicago, IL"),
    ], group="harper"),
    P("father-son switchboard", [
        ("crm", "William", "Harper Sr.", "wharper@lakeshore-plastics.com", "+1 312 555 0148", "Lakeshore Plastics, Inc.", "Chicago"),
    ], group="harper"),

    P("compound-surname diacritics private-email", [
        ("crm", "María José", "García López", "mj.garcia@sunbeltproduce.com", "+1 305 555 0172", "Sunbelt Produce LLC", "Miami"),
        ("eshop", "Maria", "Garcia", "mjgarcia.lopez@gmail.com", "305-555-0172", "", "Miami"),
        ("event", "Maria Jose", "Garcia-Lopez", "mj.garcia@sunbeltproduce.com", "", "Sunbelt Produce", "Miami, FL"),
    ]),
    P("namesake", [("eshop", "Maria", "Garcia", "maria.garcia1990@yahoo.com", "(713) 555-0119", "", "Houston")]),

    # --- Jesse / Jessie, one home line
    P("gender-pair family-phone", [("eshop", "Jesse", "Carter", "jesse.carter@gmail.com", "(503) 555-0134", "", "Portland")], group="carter"),
    P("gender-pair family-phone", [
        ("eshop", "Jessie", "Carter", "jessie.carter@gmail.com", "503-555-0134", "", "Portland"),
        ("newsletter", "Jessie", "", "jessie.carter@gmail.com", "", "", ""),
    ], group="carter"),

    P("title-degree middle-name nickname private-email phone-notation", [
        ("crm", "Jennifer L.", "Morrison", "jmorrison@brightwater-analytics.com", "+1 617 555 0125", "Brightwater Analytics Inc.", "Boston"),
        ("webinar", "Jennifer", "Morrison, PhD", "jmorrison@brightwater-analytics.com", "", "Brightwater Analytics", "Boston, MA"),
        ("eshop", "Jen", "Morrison", "jen.morrison@outlook.com", "617.555.0125", "", "Boston"),
    ]),

    P("whole-name-in-first swapped-columns capitals company-legal-form", [
        ("erp", "KOWALSKI, MARK", "", "", "(414) 555-0163", "GREAT LAKES MILLWORK CO", "MILWAUKEE"),
        ("crm", "Mark", "Kowalski", "mark.kowalski@greatlakesmillwork.com", "+1 414 555 0163", "Great Lakes Millwork Company", "Milwaukee"),
    ]),

    P("", [("newsletter", "Ashley", "", "ashley.nguyen@gmail.com", "", "", "")]),
    P("nickname private-email phone-notation", [
        ("crm", "Tyrone", "Jackson", "tjackson@peachtree-hvac.com", "+1 404 555 0190", "Peachtree HVAC Services", "Atlanta"),
        ("eshop", "Ty", "Jackson", "tyjackson@gmail.com", "(404) 555-0190", "", "Atlanta, GA"),
    ]),
    P("", [("event", "Emily", "Larson", "emily.larson@northstar-grain.com", "", "Northstar Grain Co.", "Minneapolis")]),
    P("", [("eshop", "Brandon", "Miller", "bmiller88@aol.com", "(602) 555-0107", "", "Phoenix")]),

    P("nickname", [
        ("crm", "Steven", "Brooks", "steven.brooks@ridgeline-solar.com", "+1 720 555 0152", "Ridgeline Solar Inc.", "Denver"),
        ("event", "Steve", "Brooks", "", "", "Ridgeline Solar", "Denver"),
    ]),

    P("email-variant private-email", [
        ("crm", "Kevin", "Delgado", "kdelgado@mesa-fabrication.com", "+1 480 555 0139", "Mesa Fabrication LLC", "Tempe"),
        ("eshop", "Kevin", "Delgado", "kevin.delgado+shop@gmail.com", "480-555-0139", "", "Tempe, AZ"),
    ]),

    P("nickname private-email", [
        ("crm", "Katherine", "Walsh", "kwalsh@baysidemed.com", "+1 415 555 0117", "Bayside Medical Supply", "San Francisco"),
        ("event", "Kate", "Walsh", "kwalsh@baysidemed.com", "", "Bayside Medical Supply Inc.", "San Francisco, CA"),
        ("eshop", "Kate", "Walsh", "katewalsh@icloud.com", "415-555-0117", "", "San Francisco"),
    ]),
]
