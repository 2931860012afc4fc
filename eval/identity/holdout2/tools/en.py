"""United Kingdom, Ireland, United States.

UK numbers are in Ofcom's drama ranges (020 7946 0xxx, 0161/0113/0117/0131/0121 496 0xxx,
029 2018 0xxx, 07700 900xxx); US numbers are 555-01xx.
"""
from people import P

# --- London: Bellwether Analytics ------------------------------------------------------------------
P("nickname",
  "crm|Robert|Whitfield|robert.whitfield@bellwether-analytics.co.uk|+44 20 7946 0312|Bellwether Analytics Ltd|London",
  "event|Bob|Whitfield|bob.whitfield@gmail.com|07700 900214|Bellwether|London",
  "helpdesk|Robert|Whitfield|robert.whitfield@bellwether-analytics.co.uk|+44 7700 900214|Bellwether Analytics|London",
  group="bellwether")
P("married-name",
  "crm|Emma|Walsh|emma.walsh@bellwether-analytics.co.uk|+44 20 7946 0388|Bellwether Analytics Ltd|London",
  "crm|Emma|Clarke|emma.clarke@bellwether-analytics.co.uk|+44 20 7946 0388|Bellwether Analytics Ltd|London",
  "event|Emma|Clarke|emmawalsh87@hotmail.co.uk|020 7946 0388|Bellwether Analytics|London",
  group="bellwether")
P("double-surname",
  "crm|Harriet|Ashby-Stone|harriet.ashbystone@bellwether-analytics.co.uk|+44 20 7946 0347|Bellwether Analytics Ltd|London",
  "event|Harriet|Ashby Stone|harriet.ashbystone@bellwether-analytics.co.uk||Bellwether Analytics|London",
  group="bellwether")

# --- Manchester: Kestrel & Finch (switchboard 0161 496 0000, mailbox office@) ---------------------
P("nickname",
  "newsletter|Liz|Harper|liz.harper@outlook.com|||",
  "shop|Elizabeth|Harper|Liz.Harper@outlook.com|07700 900587||Manchester",
  "crm|Elizabeth|Harper|e.harper@kestrelfinch.co.uk|+44 7700 900587|Kestrel & Finch LLP|Manchester",
  group="kestrel")
P("nickname name-punct shared-mailbox switchboard name+company",
  "crm|James|O'Connor|j.oconnor@kestrelfinch.co.uk|+44 161 496 0000 ext. 214|Kestrel & Finch LLP|Manchester",
  "web-form|James|OConnor|office@kestrelfinch.co.uk|0161 496 0000|Kestrel and Finch|Manchester",
  "event|Jim|O’Connor|j.oconnor@kestrelfinch.co.uk|07700 900618|Kestrel & Finch|Manchester",
  group="kestrel")
P("shared-mailbox switchboard name+company",
  "web-form|Sarah|Mitchell|office@kestrelfinch.co.uk|0161 496 0000|Kestrel & Finch LLP|Manchester",
  "crm|Sarah|Mitchell|s.mitchell@kestrelfinch.co.uk|+44 161 496 0000 ext. 230|Kestrel & Finch LLP|Manchester",
  group="kestrel")

# --- Leeds: Harrowgate Plumbing Supplies (switchboard 0113 496 0100, mailbox accounts@) ------------
P("namesake one-field-name swapped shared-mailbox switchboard name+company",
  "crm|John|Smith|john.smith@harrowgate-plumbing.co.uk|0113 496 0150|Harrowgate Plumbing Supplies Ltd|Leeds",
  "erp|SMITH JOHN||ACCOUNTS@HARROWGATE-PLUMBING.CO.UK|0113 496 0100|HARROWGATE PLUMBING SUPPLIES LTD|LEEDS",
  group="smith")
P("shared-mailbox switchboard name+company",
  "billing|Karen|Smith|accounts@harrowgate-plumbing.co.uk|0113 496 0100|Harrowgate Plumbing Supplies|Leeds",
  "crm|Karen|Smith|k.smith@harrowgate-plumbing.co.uk|0113 496 0162|Harrowgate Plumbing Supplies Ltd|Leeds",
  group="smith")
P("namesake", "shop|John|Smith|johnsmith1971@hotmail.co.uk|020 7946 0655||London", group="smith")
P("namesake", "web-form|John A.|Smith|jasmith@yahoo.com|(312) 555-0154||Chicago", group="smith")

# --- Bristol: Severn Vale Joinery -----------------------------------------------------------------------
P("gmail-dots plus-address nickname",
  "shop|Oliver|Bennett|oliver.bennett@googlemail.com|07700 900431||Bristol",
  "newsletter|Olly|Bennett|oliverbennett@gmail.com|||",
  "crm|Oliver|Bennett|oliver.bennett+crm@gmail.com|+44 117 496 0582|Severn Vale Joinery Ltd|Bristol")
P("typo",
  "crm|Stephen|Hughes|s.hughes@severnvalejoinery.co.uk|0117 496 0590|Severn Vale Joinery Ltd|Bristol",
  "event|Steven|Hughes|s.hughes@severnvalejoinery.co.uk|0117 496 0590|Severn Vale Joinery|Bristol")
P("title nickname",
  "web-form|Mrs Susan|Taylor|sue.taylor@btinternet.com|0117 496 0833||Bristol",
  "shop|Sue|Taylor|sue.taylor@btinternet.com|+44 117 496 0833||Bristol")

# --- Cardiff: Taff Works Engineering ----------------------------------------------------------------------
P("swapped namesake",
  "crm|Owen|Thomas|owen.thomas@taffworks.co.uk|029 2018 0455|Taff Works Engineering Ltd|Cardiff",
  "erp|Thomas|Owen|owen.thomas@taffworks.co.uk|+44 29 2018 0455|Taff Works Engineering|Cardiff",
  group="owen-thomas")
P("namesake", "web-form|Thomas|Owen|tom.owen@btinternet.com|029 2018 0712||Cardiff", group="owen-thomas",
  note="Thomas Owen is a different man from Owen Thomas, whose erp record is written 'Thomas Owen'")
P("namesake-company email-near phone-near",
  "crm|Gareth|Jones|gareth.jones@taffworks.co.uk|029 2018 0470|Taff Works Engineering Ltd|Cardiff",
  "event|Gareth|Jones|gareth.jones@taffworks.co.uk|07700 900352|Taff Works|Cardiff",
  group="gareth-jones")
P("namesake-company email-near phone-near",
  "crm|Gareth|Jones|g.jones2@taffworks.co.uk|029 2018 0471|Taff Works Engineering Ltd|Cardiff",
  group="gareth-jones")
P("", "crm|Rhys|Williams|rhys.williams@taffworks.co.uk|029 2018 0490|Taff Works Engineering Ltd|Cardiff",
  group="gareth-jones")

# --- Edinburgh: Thistle Lane Distillers -----------------------------------------------------------------
P("title",
  "crm|Dr Priya|Sharma|priya.sharma@thistlelane.co.uk|0131 496 0271|Thistle Lane Distillers Ltd|Edinburgh",
  "event|Priya|Sharma|PRIYA.SHARMA@THISTLELANE.CO.UK|+44 (0)131 496 0271|Thistle Lane Distillers|Edinburgh")
P("name-variant",
  "crm|Ewan|MacLeod|ewan@thistlelane.co.uk|0131 496 0288|Thistle Lane Distillers Ltd|Edinburgh",
  "shop|Ewan|Macleod|ewan.macleod@btinternet.com|+44 7700 900745||Edinburgh",
  "event|Ewan|McLeod|ewan@thistlelane.co.uk|07700 900745|Thistle Lane|Edinburgh")
P("", "event|Fiona|Campbell|fiona.campbell@thistlelane.co.uk|0131 496 0260|Thistle Lane Distillers Ltd|Edinburgh")

# --- Ireland ---------------------------------------------------------------------------------------------
P("diacritics name-variant",
  "crm|Seán|Ó Briain|sean.obriain@corribsoftware.ie|+353 91 562 417|Corrib Software Ltd|Galway",
  "event|Sean|O Briain|sean.obriain@corribsoftware.ie|091 562 417|Corrib Software|Galway",
  "webinar|Sean|O'Brien|sean.obriain@corribsoftware.ie||Corrib Software Limited|Gaillimh",
  note="Irish and English forms of one name (Ó Briain / O'Brien, Gaillimh / Galway); same address")
P("",
  "crm|Declan|Murphy|declan.murphy@corribsoftware.ie|+353 91 562 430|Corrib Software Ltd|Galway",
  "helpdesk|Declan|Murphy|dmurphy@eircom.net|091 562 430|Corrib Software|Galway")
P("", "shop|Aoife|Byrne|aoife.byrne@gmail.com|085 771 4203||Galway")
P("namesake",
  "shop|Niamh|Kelly|niamh.kelly@gmail.com|087 318 2290||Dublin",
  "crm|Niamh|Kelly|nkelly@liffeyprint.ie|+353 87 318 2290|Liffey Print Ltd|Dublin 8",
  group="kelly")
P("namesake", "shop|Niamh|Kelly|niamhkelly.cork@gmail.com|086 402 7715||Cork", group="kelly")
P("name-punct shared-mailbox",
  "crm|Michael|O'Neill|michael.oneill@liffeyprint.ie|+353 1 453 2210|Liffey Print Ltd|Dublin",
  "billing|MICHAEL|ONEILL|accounts@liffeyprint.ie|01 4532210|LIFFEY PRINT LIMITED|DUBLIN",
  group="kelly")
P("shared-mailbox", "billing|Siobhán|Byrne|accounts@liffeyprint.ie|01 453 2200|Liffey Print Ltd|Dublin",
  group="kelly")

# --- Other UK singletons ----------------------------------------------------------------------------------
P("near-name", "shop|Mohammed|Khan|m.khan@hotmail.co.uk|07700 900118||Birmingham", group="khan")
P("near-name", "web-form|Muhammad|Khan|muhammad.khan@gmail.com|07700 900376||Bradford", group="khan")
P("", "newsletter|Lucy|Evans|lucy.evans@outlook.com|||")

# --- Columbus, OH: Maple Row Dental, Richard Hale senior and junior ----------------------------------
P("senior-junior title switchboard namesake-company",
  "crm|Richard|Hale Sr.|rhale@maplerowdental.com|(614) 555-0142|Maple Row Dental LLC|Columbus",
  "billing|Dr. Richard|Hale|rhale@maplerowdental.com|614-555-0142|Maple Row Dental|Columbus, OH",
  group="hale")
P("senior-junior nickname switchboard namesake-company",
  "crm|Richard|Hale Jr.|richard.hale@maplerowdental.com|(614) 555-0187|Maple Row Dental LLC|Columbus",
  "webinar|Rick|Hale|rick.hale@gmail.com|+1 614 555 0187|Maple Row Dental|Columbus",
  "shop|Richard|Hale|rick.hale@gmail.com|614.555.0187||Columbus, OH",
  "helpdesk|Richard|Hale|richard.hale@maplerowdental.com|(614) 555-0142|Maple Row Dental LLC|Columbus",
  group="hale",
  note="the junior's helpdesk record has the practice's main line (the senior's number) and no suffix; his own address decides")

# --- Portland: Katherine and Catherine Brooks ------------------------------------------------------------
P("nickname name+company",
  "crm|Katherine|Brooks|kbrooks@blueheronoutfitters.com|(503) 555-0119|Blue Heron Outfitters, Inc.|Portland",
  "webinar|Kate|Brooks|kate.brooks@yahoo.com|503-555-0163|Blue Heron Outfitters|Portland, OR",
  group="brooks",
  note="no common e-mail or phone: Kate (= Katherine) Brooks at Blue Heron Outfitters in Portland")
P("near-name", "web-form|Catherine|Brooks|cbrooks@cascobayprovisions.com|(207) 555-0134|Casco Bay Provisions|Portland, ME",
  group="brooks")
P("", "crm|Marcus|Johnson|mjohnson@blueheronoutfitters.com|(503) 555-0102|Blue Heron Outfitters, Inc.|Portland",
  group="brooks")

# --- Boston: Francis and Frances Doyle, one home phone ------------------------------------------------------
P("gender-pair family-phone nickname namesake",
  "shop|Francis|Doyle|fdoyle@comcast.net|(617) 555-0178||Boston",
  "helpdesk|Fran|Doyle|fdoyle@comcast.net|617-555-0121||Boston",
  "crm|Francis|Doyle|francis.doyle@harborlight-ins.com|(617) 555-0121|Harbor Light Insurance Agency|Boston",
  group="doyle")
P("gender-pair family-phone nickname gmail-dots namesake",
  "shop|Frances|Doyle|frances.doyle@gmail.com|(617) 555-0178||Boston",
  "newsletter|Fran|Doyle|francesdoyle@gmail.com|||",
  group="doyle",
  note="'Fran Doyle' is written by both; the address decides")
P("", "webinar|David|Cohen|dcohen@harborlight-ins.com||Harbor Light Insurance Agency|Boston", group="doyle")

# --- Chicago: Lakeshore & Dunning Freight, two Chris Taylors --------------------------------------------------------
P("nickname",
  "crm|William|Turner|wturner@lakeshoredunning.com|(312) 555-0110|Lakeshore & Dunning Freight Co.|Chicago",
  "event|Bill|Turner|wturner@lakeshoredunning.com|312.555.0110 x204|Lakeshore Dunning|Chicago, IL",
  group="chris-taylor")
P("nickname namesake-company",
  "crm|Christopher|Taylor|ctaylor@lakeshoredunning.com|(312) 555-0131|Lakeshore & Dunning Freight Co.|Chicago",
  "event|Chris|Taylor|ctaylor@lakeshoredunning.com|(312) 555-0131|Lakeshore Dunning|Chicago",
  group="chris-taylor")
P("nickname namesake-company",
  "crm|Christine|Taylor|christine.taylor@lakeshoredunning.com|(312) 555-0138|Lakeshore & Dunning Freight Co.|Chicago",
  "webinar|Chris|Taylor|christine.taylor@lakeshoredunning.com||Lakeshore & Dunning Freight Co.|Chicago",
  group="chris-taylor",
  note="two 'Chris Taylor' at Lakeshore & Dunning: Christopher and Christine; the addresses decide")

# --- Other US singletons ----------------------------------------------------------------------------------
P("", "shop|Emily|Nguyen|emily.nguyen@gmail.com|(408) 555-0166||San Jose")
P("", "newsletter|Ashley|Martinez|ashley.m.martinez@outlook.com|||")
P("", "web-form|Jessica|Miller|jess.miller88@yahoo.com|+1 (206) 555-0193||Seattle")

# --- added singletons ----------------------------------------------------------------------------
P("near-name", "shop|Sara|Mitchell|sara.mitchell@outlook.com|07700 900290||Manchester", group="kestrel")
P("", "crm|Brian|O'Donnell|bodonnell@harborlight-ins.com|(617) 555-0124|Harbor Light Insurance Agency|Boston",
  group="doyle")
P("", "event|Ciarán|Walsh|ciaran.walsh@corribsoftware.ie|+353 91 562 442|Corrib Software Ltd|Galway")
