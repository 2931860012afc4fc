# English-speaking people of the identity holdout set (hand-written; format in people_cz_sk.py).
# UK numbers are in Ofcom's drama ranges, US numbers in 555-01xx.
from common import P

# --- Greenfield Analytics Ltd, London: switchboard 020 7946 0300, shared mailbox sales@; John Smith namesakes
P("email-case phone-format company-form namesake:john-smith",
  ("crm", "John", "Smith", "john.smith@greenfield-analytics.co.uk", "+44 20 7946 0312", "Greenfield Analytics Ltd", "London"),
  ("erp", "John", "Smith", "John.Smith@greenfield-analytics.co.uk", "020 7946 0312", "Greenfield Analytics Limited", "London"),
  ("event", "John", "Smith", "john.smith@greenfield-analytics.co.uk", "+44 (0)20 7946 0312", "GREENFIELD ANALYTICS LTD.", "London"))
P("phone-format company-form namesake:john-smith",
  ("crm", "John", "Smith", "jsmith@blueheronconsulting.com", "+1 617 555 0148", "Blue Heron Consulting Inc.", "Boston"),
  ("webinar", "John", "Smith", "jsmith@blueheronconsulting.com", "(617) 555-0148", "Blue Heron Consulting", "Boston"))
P("namesake:john-smith",
  ("newsletter", "John", "Smith", "john.smith.1979@outlook.com", "", "", "Manchester"))
P("namesake:john-smith",
  ("event", "John", "Smith", "john.smith@redbricksoftware.co.uk", "+44 113 496 0721", "Redbrick Software plc", "Leeds"))
P("mailbox:greenfield switchboard:greenfield",
  ("web-form", "James", "Wilson", "sales@greenfield-analytics.co.uk", "+44 20 7946 0300", "Greenfield Analytics Ltd", "London"))
P("shared-mailbox-own multi-phone email-case mailbox:greenfield",
  ("event", "Laura", "Taylor", "Sales@greenfield-analytics.co.uk", "", "Greenfield Analytics", "London"),
  ("crm", "Laura", "Taylor", "laura.taylor@greenfield-analytics.co.uk", "+44 7700 900562", "Greenfield Analytics Ltd", "London"))
P("switchboard:greenfield phone-national company-form",
  ("crm", "David", "Thompson", "david.thompson@greenfield-analytics.co.uk", "+44 20 7946 0300", "Greenfield Analytics Ltd", "London"),
  ("helpdesk", "David", "Thompson", "david.thompson@greenfield-analytics.co.uk", "020 7946 0300", "Greenfield Analytics", "London"))
P("mailbox:greenfield",
  ("newsletter", "Priya", "Shah", "SALES@greenfield-analytics.co.uk", "", "", ""))

# --- Harbour & Finch LLP, Bristol: switchboard 0117 496 0500; Evans family
P("email-case email-space phone-format company-form missing namesake:sarah-johnson",
  ("crm", "Sarah", "Johnson", "sarah.johnson@harbourfinch.co.uk", "+44 7700 900418", "Harbour & Finch LLP", "Bristol"),
  ("newsletter", "Sarah", "Johnson", " Sarah.Johnson@HarbourFinch.co.uk", "", "", ""),
  ("event", "Sarah", "Johnson", "sarah.johnson@harbourfinch.co.uk", "07700 900418", "Harbour and Finch", "Bristol"))
P("typo missing company-form",
  ("crm", "Anne-Marie", "Clarke", "annemarie.clarke@harbourfinch.co.uk", "+44 117 496 0522", "Harbour & Finch LLP", "Bristol"),
  ("event", "Anne Marie", "Clark", "annemarie.clarke@harbourfinch.co.uk", "", "Harbour & Finch", "Bristol"))
P("private-email multi-phone company-form switchboard:harbour family:evans",
  ("crm", "Daniel", "Evans", "daniel.evans@harbourfinch.co.uk", "+44 117 496 0500", "Harbour & Finch LLP", "Bristol"),
  ("web-form", "Daniel", "Evans", "dan.evans@gmail.com", "0117 496 0833", "Harbour & Finch", "Bristol"))
P("family:evans",
  ("newsletter", "Danielle", "Evans", "danielle.evans@gmail.com", "+44 117 496 0833", "", "Bristol"))
P("switchboard:harbour",
  ("crm", "Oliver", "Grant", "oliver.grant@harbourfinch.co.uk", "0117 496 0500", "Harbour & Finch LLP", "Bristol"))

# --- Redbrick Software plc, Leeds
P("nickname punctuation missing company-form phone-national",
  ("crm", "Christopher", "O'Brien", "chris.obrien@redbricksoftware.co.uk", "+44 113 496 0755", "Redbrick Software plc", "Leeds"),
  ("webinar", "Chris", "OBrien", "chris.obrien@redbricksoftware.co.uk", "", "Redbrick Software", "Leeds"),
  ("event", "Chris", "O'Brien", "", "0113 496 0755", "Redbrick", "Leeds"))
P("private-email phone-format",
  ("crm", "Sophie", "Walker", "sophie.walker@redbricksoftware.co.uk", "+44 7700 900217", "Redbrick Software plc", "Leeds"),
  ("newsletter", "Sophie", "Walker", "sophiewalker@yahoo.co.uk", "07700900217", "", "Leeds"))
P("", ("crm", "Hannah", "Hughes", "hannah.hughes@redbricksoftware.co.uk", "+44 113 496 0790", "Redbrick Software plc", "Leeds"))
P("swapped",
  ("crm", "Grace", "Turner", "grace.turner@pennine-foods.co.uk", "+44 161 496 0284", "Pennine Foods Ltd", "Manchester"),
  ("import", "Turner", "Grace", "grace.turner@pennine-foods.co.uk", "", "Pennine Foods", "Manchester"))
P("phone-format",
  ("crm", "George", "Robinson", "george.robinson@pennine-foods.co.uk", "+44 161 496 0299", "Pennine Foods Ltd", "Manchester"),
  ("erp", "George", "Robinson", "george.robinson@pennine-foods.co.uk", "0161-496-0299", "Pennine Foods Ltd", "Manchester"))
P("", ("web-form", "Matthew", "Clark", "matt.clark@outlook.com", "+44 7700 900731", "", "Sheffield"))

# --- Blue Heron Consulting Inc., Boston and New York; two Michael Browns at the same firm
P("typo phone-format company-form",
  ("crm", "Emily", "Davies", "emily.davies@blueheronconsulting.com", "+1 617 555 0171", "Blue Heron Consulting Inc.", "Boston"),
  ("web-form", "Emily", "Davis", "emily.davies@blueheronconsulting.com", "617-555-0171", "Blue Heron", "Boston"))
P("nickname phone-format",
  ("crm", "William", "Harris", "bill.harris@blueheronconsulting.com", "+1 617 555 0132", "Blue Heron Consulting Inc.", "Boston"),
  ("event", "Bill", "Harris", "bill.harris@blueheronconsulting.com", "617.555.0132", "Blue Heron Consulting", "Boston"))
P("namesake-samecompany:michael-brown-bh namesake:michael-brown company-form",
  ("crm", "Michael", "Brown", "michael.brown@blueheronconsulting.com", "+1 617 555 0119", "Blue Heron Consulting Inc.", "Boston"),
  ("webinar", "Michael", "Brown", "michael.brown@blueheronconsulting.com", "", "Blue Heron Consulting", "Boston"))
P("namesake-samecompany:michael-brown-bh namesake:michael-brown phone-format",
  ("crm", "Michael", "Brown", "michael.j.brown@blueheronconsulting.com", "+1 212 555 0163", "Blue Heron Consulting Inc.", "New York"),
  ("event", "Michael", "Brown", "michael.j.brown@blueheronconsulting.com", "212-555-0163", "Blue Heron Consulting Inc.", "New York"))
P("namesake:michael-brown",
  ("newsletter", "Michael", "Brown", "mikebrown82@yahoo.com", "", "", ""))
P("family:miller company-form",
  ("crm", "Kevin", "Miller", "kevin.miller@lakeshore-supply.com", "+1 312 555 0186", "Lakeshore Supply Co.", "Chicago"),
  ("erp", "Kevin", "Miller", "kevin.miller@lakeshore-supply.com", "(312) 555-0186", "Lakeshore Supply Company", "Chicago"))
P("family:miller",
  ("web-form", "Karen", "Miller", "karen.miller@lakeshore-supply.com", "312-555-0186", "Lakeshore Supply Co.", "Chicago"))
P("private-email",
  ("crm", "Jessica", "Lee", "jessica.lee@lakeshore-supply.com", "+1 312 555 0142", "Lakeshore Supply Co.", "Chicago"),
  ("webinar", "Jessica", "Lee", "jess.lee.chi@gmail.com", "+1 312 555 0142", "", "Chicago"))
P("", ("event", "Brian", "Kowalski", "brian.kowalski@lakeshore-supply.com", "+1 312 555 0157", "Lakeshore Supply Co.", "Chicago"))

# --- Ireland
P("accents phone-format",
  ("crm", "Siobhán", "Murphy", "siobhan.murphy@liffeydata.ie", "+353 87 412 3308", "Liffey Data Ltd", "Dublin"),
  ("event", "Siobhan", "Murphy", "siobhan.murphy@liffeydata.ie", "087 412 3308", "Liffey Data", "Dublin"))
P("accents typo",
  ("crm", "Seán", "O'Connor", "sean.oconnor@liffeydata.ie", "+353 1 555 0192", "Liffey Data Ltd", "Dublin"),
  ("web-form", "Sean", "O'Conor", "sean.oconnor@liffeydata.ie", "", "Liffey Data Ltd", "Dublin"))

# --- English singletons and small cases
P("", ("newsletter", "Olivia", "Bennett", "olivia.bennett@gmail.com", "", "", "London"))
P("one-field-changed",
  ("crm", "Thomas", "Wright", "tom.wright@pennine-foods.co.uk", "+44 7700 900845", "Pennine Foods Ltd", "Manchester"),
  ("webinar", "Thomas", "Wright", "tom.wright@pennine-foods.co.uk", "+44 7700 900846", "Pennine Foods Ltd", "Manchester"))
P("", ("event", "Rebecca", "Hall", "rebecca.hall@cotswold-print.co.uk", "+44 1632 960 418", "Cotswold Print Ltd", "Cheltenham"))
P("company-form",
  ("crm", "Andrew", "Mitchell", "andrew.mitchell@cotswold-print.co.uk", "+44 1632 960 433", "Cotswold Print Ltd", "Cheltenham"),
  ("erp", "Andrew", "Mitchell", "andrew.mitchell@cotswold-print.co.uk", "01632 960433", "COTSWOLD PRINT LIMITED", "Cheltenham"))
P("namesake:james-walker",
  ("crm", "James", "Walker", "james.walker@cotswold-print.co.uk", "+44 1632 960 440", "Cotswold Print Ltd", "Cheltenham"))
P("namesake:james-walker",
  ("web-form", "James", "Walker", "jwalker@hotmail.co.uk", "+44 7700 900655", "", "Glasgow"))
P("swapped",
  ("event", "Lewis", "Fraser", "lewis.fraser@clydeside-marine.co.uk", "+44 141 496 0377", "Clydeside Marine Ltd", "Glasgow"),
  ("import", "Fraser", "Lewis", "lewis.fraser@clydeside-marine.co.uk", "0141 496 0377", "Clydeside Marine", "Glasgow"))
