#!/usr/bin/env python3
"""Validate the hand-written people, shuffle them with a fixed seed and write ../people.csv.

Usage: python3 build.py            (writes ../people.csv, prints counts)
       python3 build.py --check    (validates only)
"""
import collections
import csv
import io
import itertools
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import people  # noqa: E402
import cz_sk, pl, de_at_ch, uk_ie_us, ru_ua_by, baltic, hu_ro_bg, si_hr, mixed  # noqa: E402,F401

SEED = 20240604
OUT = os.path.join(HERE, "..", "people.csv")
HEADER = ["record_id", "source", "first_name", "last_name", "email", "phone", "company", "city", "person_id"]
SOURCES = {"crm", "erp", "web-form", "newsletter", "event", "import", "helpdesk", "webinar",
           "billing", "shop", "partner-portal"}
EXT = re.compile(r"\s*(ext\.?|x|kl\.|wew\.|доб\.|linka|durchwahl)\s*\d+\s*$", re.I)


def email_key(e):
    e = e.strip().lower()
    if "@" not in e:
        return None
    local, domain = e.rsplit("@", 1)
    local = local.split("+", 1)[0]
    if domain in ("gmail.com", "googlemail.com"):
        local = local.replace(".", "")
    return local + "@" + domain


def phone_key(p):
    """Last 8 digits after dropping an extension: enough to tell this set's numbers apart
    whatever the notation (+cc, 00cc, trunk 0/06/8, (0), separators)."""
    p = EXT.sub("", p.strip())
    d = re.sub(r"\D", "", p)
    if len(d) < 7:
        return None
    return d[-8:]


def keys(rec):
    _, _, _, email, phone, _, _ = rec
    if "@" in phone and "@" not in email:  # swapped columns
        email, phone = phone, email
    out = set()
    ek = email_key(email)
    if ek:
        out.add("e:" + ek)
    pk = phone_key(phone)
    if pk:
        out.add("p:" + pk)
    return out


def components(recs):
    parent = list(range(len(recs)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    ks = [keys(r) for r in recs]
    for i, j in itertools.combinations(range(len(recs)), 2):
        if ks[i] & ks[j]:
            parent[find(i)] = find(j)
    return len({find(i) for i in range(len(recs))})


def validate(plist):
    errors = []
    for n, p in enumerate(plist):
        recs = p["records"]
        label = "%s %s (#%d)" % (recs[0][1], recs[0][2], n)
        if not p["tags"]:
            errors.append(label + ": no tags")
        if ("singleton" in p["tags"]) != (len(recs) == 1):
            errors.append(label + ": 'singleton' tag does not match record count")
        for r in recs:
            if r[0] not in SOURCES:
                errors.append(label + ": bad source " + r[0])
            if not (r[1] or r[2]):
                errors.append(label + ": no name")
            if not (r[3].strip() or r[4].strip() or r[5].strip()):
                errors.append(label + ": record with no e-mail, phone or company")
            for f in r:
                if "\n" in f or "\r" in f or "\ufeff" in f:
                    errors.append(label + ": control character")
            ph = r[4] if "@" not in r[4] else r[3]
            if ph.strip():
                d = re.sub(r"\D", "", EXT.sub("", ph))
                if not 6 <= len(d) <= 15:
                    errors.append(label + ": odd phone " + ph)
        # no true pair on the name alone
        if len(recs) > 1 and components(recs) > 1:
            for r in recs:
                if not r[5].strip():
                    errors.append(label + ": records not linked by e-mail/phone and one has no company: %r" % (r,))
    return errors


def main():
    plist = people.PEOPLE
    errors = validate(plist)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    rnd = random.Random(SEED)
    order = list(range(len(plist)))
    rnd.shuffle(order)  # person ids numbered in random order
    width = 3 if len(plist) < 1000 else 4
    pid = {}
    for num, idx in enumerate(order, 1):
        pid[idx] = "S%0*d" % (width, num)
    rows = [(pid[i], r) for i, p in enumerate(plist) for r in p["records"]]
    # shuffle until no two records of one person are adjacent
    attempt = 0
    while True:
        rnd2 = random.Random(SEED + attempt)
        rnd2.shuffle(rows)
        if all(rows[k][0] != rows[k + 1][0] for k in range(len(rows) - 1)):
            break
        attempt += 1
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(HEADER)
    for rid, (p, r) in enumerate(rows, 1):
        w.writerow([str(rid)] + r + [p])
    data = buf.getvalue()
    # round-trip check
    back = list(csv.reader(io.StringIO(data, newline="")))
    assert back[0] == HEADER and len(back) == len(rows) + 1
    assert all(len(b) == 9 for b in back)
    ids = [int(b[0]) for b in back[1:]]
    assert sorted(ids) == list(range(1, len(rows) + 1))

    if "--check" not in sys.argv:
        with open(OUT, "w", encoding="utf-8", newline="") as f:
            f.write(data)

    # counts
    sizes = collections.Counter(len(p["records"]) for p in plist)
    true_pairs = sum(len(p["records"]) * (len(p["records"]) - 1) // 2 for p in plist)
    print("records", len(rows), "people", len(plist), "shuffle attempt", attempt)
    print("people by number of records:", dict(sorted(sizes.items())))
    print("singletons: %d (%.0f%%)" % (sizes[1], 100.0 * sizes[1] / len(plist)))
    print("true pairs", true_pairs)
    unlinked = sum(1 for p in plist if len(p["records"]) > 1 and components(p["records"]) > 1)
    print("people whose records are joined only through name + company:", unlinked)
    # different people sharing an e-mail or phone
    owner = collections.defaultdict(set)
    for i, p in enumerate(plist):
        for r in p["records"]:
            for k in keys(r):
                owner[k].add(i)
    shared_e = [k for k, v in owner.items() if len(v) > 1 and k.startswith("e:")]
    shared_p = [k for k, v in owner.items() if len(v) > 1 and k.startswith("p:")]
    print("e-mails shared by different people:", len(shared_e), " phones shared:", len(shared_p))
    cross = set()
    for k in shared_e + shared_p:
        for a, b in itertools.combinations(sorted(owner[k]), 2):
            cross.add((a, b))
    print("pairs of different people sharing an e-mail or phone:", len(cross))
    tags = collections.Counter(t for p in plist for t in p["tags"])
    print("people per tag:")
    for t, c in sorted(tags.items(), key=lambda x: (-x[1], x[0])):
        print("  %-40s %d" % (t, c))
    notes = [(p["records"][0][1] + " " + p["records"][0][2], p["note"]) for p in plist if p["note"]]
    print("notes:", len(notes))
    if "--notes" in sys.argv:
        for n, t in notes:
            print("  %s: %s" % (n, t))


if __name__ == "__main__":
    main()
