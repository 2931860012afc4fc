"""Helper for the hand-written people files.

Every person is written by hand in tools/people_*.py as

    P(key, country, tags="...", groups="...", recs=[(source, first_name, last_name,
                                                     email, phone, company, city), ...],
      note="...")

key      -- a readable handle used only inside the tools (never written to the CSV)
country  -- ISO-like country of the person (CZ, SK, PL, DE, AT, CH, UK, IE, RU, UA, BY, HU,
            RO, SI, HR, RS, LT, LV, EE, NL, FR, IT, ES, SE); used by build.py to read a phone
            number written without a country code
tags     -- space separated hard-case tags (see README.md)
groups   -- space separated confusable groups, "kind:name" (mailbox:, family:, switchboard:,
            namesake:, namesake-samecompany:, lookalike:, couple-email:, father-son:,
            colleagues-surname:)
recs     -- the records exactly as the source system stored them
note     -- optional free text (judgement calls are listed in README.md)
"""

FIELDS = ("source", "first_name", "last_name", "email", "phone", "company", "city")


def P(key, country, tags="", groups="", recs=(), note=""):
    return {
        "key": key,
        "country": country,
        "tags": tags.split(),
        "groups": groups.split(),
        "recs": [tuple(r) for r in recs],
        "note": note,
    }
