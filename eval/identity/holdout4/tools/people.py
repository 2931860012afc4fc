"""Shared helper: every data file calls P() once per real person.

P(tags, records, note="")
  tags    -- space-separated difficulty tags of this person (see ../README.md)
  records -- one record per line, 7 fields separated by '|':
             source|first_name|last_name|email|phone|company|city
             Fields are taken verbatim (leading/trailing spaces in e-mails are deliberate).
  note    -- optional judgement-call remark
"""
PEOPLE = []


def P(tags, records, note=""):
    recs = []
    for line in records.split("\n"):
        if not line.strip():
            continue
        f = line.split("|")
        if len(f) != 7:
            raise ValueError("need 7 fields: %r" % line)
        recs.append(f)
    PEOPLE.append({"tags": tags.split(), "records": recs, "note": note})
