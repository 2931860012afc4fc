"""Shared helper for the hand-written people of holdout2.

Every person is one call of P(tags, record, record, ...). A record is one string with seven
fields separated by '|':  source|first_name|last_name|email|phone|company|city
(written exactly as the source system stores it: a leading or trailing space in the e-mail is
deliberate). `tags` names the person's difficulties (see README.md); `group` names a confusable
group of different people that look alike; `note` explains a judgement call.
"""

import sys

PEOPLE = []


def P(tags, *records, group=None, note=None):
    recs = []
    for r in records:
        fields = r.split("|")
        if len(fields) != 7:
            raise ValueError(f"record needs 7 fields, has {len(fields)}: {r!r}")
        recs.append(tuple(fields))
    region = sys._getframe(1).f_globals["__name__"]
    PEOPLE.append({"tags": tags.split(), "records": recs, "group": group, "note": note, "region": region})
