"""Tiny helper for the hand-written people files.

P(key, tags, groups, *records)

  key     a readable, unique key of the person (never written to the CSV)
  tags    space-separated tag names (see build.py: SAME_TAGS, EXTRA_TAGS, DIFF_TAGS)
  groups  space-separated confusable groups, "kind:name" (kinds in build.py: GROUP_KINDS)
  records 7-tuples (source, first_name, last_name, email, phone, company, city),
          written exactly as the source system stored them
"""


def P(key, tags, groups, *recs):
    for r in recs:
        if len(r) != 7:
            raise ValueError(f"{key}: record needs 7 fields, got {len(r)}: {r!r}")
    return {
        "key": key,
        "tags": tags.split(),
        "groups": groups.split(),
        "recs": [tuple(r) for r in recs],
    }
