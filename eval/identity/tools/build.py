#!/usr/bin/env python3
"""Writes ../holdout-people.csv from the hand-written people in people_*.py and prints the counts
for ../README.md. Deterministic: the same input gives the same file.

Authoring checks (fail loudly): every phone parses plausibly; a person with several different
numbers or e-mails is tagged as such; an e-mail or phone shared by different people is shared on
purpose (the people carry the same mailbox:/family:/switchboard: key).
"""
import csv
import itertools
import random
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import common  # noqa: E402
import people_cz_sk, people_pl, people_de_at, people_en, people_ru_ua, people_extra  # noqa: E402,F401
from phones import e164  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "holdout-people.csv"
HEADER = ["record_id", "source", "first_name", "last_name", "email", "phone", "company", "city", "person_id"]
SEED = 20261207

SAME_PERSON_TAGS = {
    "email-case": "e-mail differs in letter case",
    "email-space": "e-mail with leading/trailing spaces",
    "phone-format": "same number in different notations (+420 …, 00420…, dashes, dots, (0), /)",
    "phone-national": "number without country code; country only from the city",
    "accents": "diacritics dropped or transcribed (Dvořák/Dvorak, Müller/Mueller/Muller, Łukasz/Lukasz, ß/ss)",
    "allcaps": "name or company in capitals in one system",
    "typo": "one-character typo in given name or surname (Novák/Nowák, Katarina/Kateřina, Schulz/Schultz)",
    "translit": "different Latin transliterations (Yuri/Jurij/Juri, Shcherbakov/Ščerbakov/Schtscherbakow)",
    "cyrillic": "Cyrillic in one record, Latin in another",
    "swapped": "given name and surname swapped into the wrong columns",
    "fullname-one-field": "whole name in first_name, or patronymic with the given name",
    "company-form": "company written differently (legal form, capitals, abbreviation, «…», translation)",
    "private-email": "company e-mail in one system, private (gmail, seznam, wp.pl, …) in another",
    "email-alias": "two addresses at the same company domain (a.grabowska@ / aleksandra.grabowska@)",
    "shared-mailbox-own": "writes from a shared office mailbox in one record, own address in another",
    "multi-phone": "office switchboard or landline in one record, own mobile in another",
    "one-field-changed": "only one field changed between systems (phone, city, e-mail, first name spelling)",
    "surname-change": "surname changed (marriage); linked by e-mail or phone",
    "job-change": "changed employer, kept the mobile number",
    "missing": "e-mail, phone or company missing in at least one record",
    "only-email": "a record with nothing but the e-mail",
    "only-phone": "a record with a given name and a phone only",
    "nickname": "nickname in one system (William/Bill, Christopher/Chris)",
    "punctuation": "apostrophe or hyphen lost (O'Brien/OBrien)",
}
GROUP_KINDS = {
    "mailbox": "shared office mailbox (info@, office@, sales@, biuro@, kontakt@, obchod@, kancelar@, fakturace@, vertrieb@, recepce@) used by different people",
    "family": "family members sharing one phone (husband/wife, parent/child; Novák/Nováková, Kowalski/Kowalska, Pavel/Pavla, Александр/Александра)",
    "switchboard": "colleagues sharing a company and its switchboard number",
    "namesake": "common names: different people with the same name (Jan Novák, Anna Nowak, Thomas Müller, John Smith, Сергей Иванов)",
    "namesake-samecompany": "namesakes at the same company (different e-mails and phones)",
    "lookalike": "different people whose names differ by one character (Lukáč/Lukáš, Schulz/Scholz)",
}


def fold(s):
    s = s.strip().casefold().replace("ß", "ss").replace("ł", "l").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def norm_email(e):
    return e.strip().lower() or None


def main():
    people = [(tags, rows) for tags, rows in common.PEOPLE]
    errors = []
    for tags, rows in people:
        for t in tags:
            kind = t.split(":")[0]
            if ":" in t and kind not in GROUP_KINDS or ":" not in t and t not in SAME_PERSON_TAGS:
                errors.append(f"unknown tag {t!r} on {rows[0][1]} {rows[0][2]}")
    # phones
    for tags, rows in people:
        for r in rows:
            try:
                e164(r[4], r[6])
            except ValueError as ex:
                errors.append(f"{r[1]} {r[2]}: {ex}")
    if errors:
        sys.exit("\n".join(errors))
    # per-person consistency
    for tags, rows in people:
        name = f"{rows[0][1]} {rows[0][2]}"
        phones = {e164(r[4], r[6]) for r in rows} - {None}
        emails = {norm_email(r[3]) for r in rows} - {None}
        if len(phones) > 1 and not {"multi-phone", "one-field-changed"} & set(tags):
            errors.append(f"{name}: several phones {phones} but not tagged multi-phone")
        if len(emails) > 1 and not {"private-email", "shared-mailbox-own", "surname-change", "job-change",
                                    "one-field-changed", "email-alias"} & set(tags):
            errors.append(f"{name}: several e-mails {emails} but not tagged")
        for r in rows:
            if not (r[3].strip() or r[4].strip() or r[1].strip() or r[2].strip()):
                errors.append(f"{name}: empty record {r}")
    # no same-person link rests on the name alone: records not joined by a common e-mail or phone
    # (directly or through other records of the person) must each carry a company
    for tags, rows in people:
        comps = components(rows)
        if len(comps) > 1:
            for c in comps:
                if not any(rows[i][5].strip() for i in c):
                    errors.append(f"{rows[0][1]} {rows[0][2]}: records {[rows[i] for i in c]} linked by the name only")
    # cross-person sharing must be intended
    by_email, by_phone = defaultdict(set), defaultdict(set)
    for i, (tags, rows) in enumerate(people):
        for r in rows:
            if norm_email(r[3]):
                by_email[norm_email(r[3])].add(i)
            p = e164(r[4], r[6])
            if p:
                by_phone[p].add(i)
    for kind, index, allowed in (("e-mail", by_email, ("mailbox",)), ("phone", by_phone, ("family", "switchboard"))):
        for value, owners in index.items():
            if len(owners) < 2:
                continue
            keysets = [{t for t in people[i][0] if t.split(":")[0] in allowed} for i in owners]
            if not set.intersection(*keysets):
                errors.append(f"{kind} {value} shared by {[people[i][1][0][1:3] for i in owners]} without a common group tag")
    if errors:
        sys.exit("\n".join(errors))

    # ids and shuffle
    rnd = random.Random(SEED)
    order = list(range(len(people)))
    rnd.shuffle(order)
    pid = {pi: f"P{n + 1:03d}" for n, pi in enumerate(order)}
    recs = [(pi, r) for pi, (tags, rows) in enumerate(people) for r in rows]
    rnd.shuffle(recs)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(HEADER)
        for n, (pi, r) in enumerate(recs, start=1):
            w.writerow([n, *r, pid[pi]])
    stats(people, recs)


def components(rows):
    """Groups of a person's records joined by a common normalized e-mail or phone."""
    parent = list(range(len(rows)))

    def root(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for i, j in itertools.combinations(range(len(rows)), 2):
        a, b = rows[i], rows[j]
        ea, pa = norm_email(a[3]), e164(a[4], a[6])
        if (ea and ea == norm_email(b[3])) or (pa and pa == e164(b[4], b[6])):
            parent[root(i)] = root(j)
    groups = defaultdict(list)
    for i in range(len(rows)):
        groups[root(i)].append(i)
    return list(groups.values())


def pairs_of(rows):
    return len(rows) * (len(rows) - 1) // 2


def stats(people, recs):
    n_rec = len(recs)
    sizes = Counter(len(rows) for _, rows in people)
    true_pairs = sum(pairs_of(rows) for _, rows in people)
    print(f"records {n_rec}, people {len(people)}, with >=2 records {sum(v for k, v in sizes.items() if k > 1)}, "
          f"singletons {sizes[1]}, true pairs {true_pairs}")
    print("cluster sizes", dict(sorted(sizes.items())))
    print("sources", dict(Counter(r[0] for _, r in recs).most_common()))
    cyr = sum(1 for _, r in recs if any("CYRILLIC" in unicodedata.name(c, "") for c in r[1] + r[2]))
    print("records with a Cyrillic name", cyr)
    print("missing: email", sum(1 for _, r in recs if not r[3].strip()), "phone", sum(1 for _, r in recs if not r[4].strip()),
          "company", sum(1 for _, r in recs if not r[5].strip()))

    # evidence within true pairs
    ev = Counter()
    for tags, rows in people:
        for a, b in itertools.combinations(rows, 2):
            ea, eb = norm_email(a[3]), norm_email(b[3])
            pa, pb = e164(a[4], a[6]), e164(b[4], b[6])
            same_e = ea and ea == eb
            same_p = pa and pa == pb
            if same_e:
                ev["same e-mail"] += 1
                if a[3] != b[3]:
                    ev["  of which written differently (case/space)"] += 1
            elif same_p:
                ev["no common e-mail, same phone"] += 1
            else:
                ev["no common e-mail or phone (name/company only)"] += 1
            if same_p and a[4] != b[4]:
                ev["same phone written differently"] += 1
            if fold(a[1] + " " + a[2]) != fold(b[1] + " " + b[2]):
                ev["names differ after folding accents and case"] += 1
    split = [rows for _, rows in people if len(components(rows)) > 1]
    print(f"people whose records are joined only through name + company: {len(split)} ({sum(map(len, split))} records)")
    print("\ntrue pairs by evidence")
    for k, v in ev.items():
        print(f"  {k}: {v}")

    print("\n| same-person case | people | records | true pairs |")
    print("|---|---:|---:|---:|")
    for t, desc in SAME_PERSON_TAGS.items():
        ps = [rows for tags, rows in people if t in tags and len(rows) > 1]
        if ps:
            print(f"| {desc} (`{t}`) | {len(ps)} | {sum(map(len, ps))} | {sum(map(pairs_of, ps))} |")

    print("\n| different-people case | groups | people | records | confusable pairs |")
    print("|---|---:|---:|---:|---:|")
    for kind, desc in GROUP_KINDS.items():
        groups = defaultdict(list)
        for i, (tags, rows) in enumerate(people):
            for t in tags:
                if t.split(":")[0] == kind:
                    groups[t].append(i)
        members = {i for g in groups.values() for i in g}
        conf = 0
        for g in groups.values():
            for i, j in itertools.combinations(g, 2):
                for a in people[i][1]:
                    for b in people[j][1]:
                        if kind == "mailbox":
                            hit = norm_email(a[3]) and norm_email(a[3]) == norm_email(b[3])
                        elif kind in ("family", "switchboard"):
                            hit = e164(a[4], a[6]) and e164(a[4], a[6]) == e164(b[4], b[6])
                        else:
                            hit = True  # every cross pair of namesakes/lookalikes
                        conf += bool(hit)
        print(f"| {desc} (`{kind}:`) | {len(groups)} | {len(members)} | {sum(len(people[i][1]) for i in members)} | {conf} |")

    # whole-set confusables
    cross = Counter()
    idx = [(pi, r) for pi, r in recs]
    for (pa, a), (pb, b) in itertools.combinations(idx, 2):
        if pa == pb:
            continue
        if norm_email(a[3]) and norm_email(a[3]) == norm_email(b[3]):
            cross["different people, same e-mail"] += 1
        if e164(a[4], a[6]) and e164(a[4], a[6]) == e164(b[4], b[6]):
            cross["different people, same phone"] += 1
        if a[2].strip() and fold(a[1] + " " + a[2]) == fold(b[1] + " " + b[2]):
            cross["different people, same name (after folding)"] += 1
    print("\nrecord pairs of different people sharing a value (whole set)")
    for k, v in cross.items():
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
