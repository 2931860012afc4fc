"""Hand-written people. P(tags, records, g=confusable group).

Each record line: source|first_name|last_name|email|phone|company|city
"""
PEOPLE = []


def P(tags, recs, g=None):
    rows = []
    for line in recs.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        f = line.split("|")
        if len(f) != 7:
            raise ValueError("need 7 fields: %r" % line)
        rows.append(f)
    PEOPLE.append({"tags": tags.split(), "rows": rows, "g": g})
