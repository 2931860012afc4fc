#!/usr/bin/env python3
"""Checks eval/identity/holdout-people.csv as a file, without the authoring scripts' tags.

Usage: python3 eval/identity/tools/validate.py [path/to/holdout-people.csv]
Exit status 1 with a list of problems if a check fails; otherwise prints the counts.
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from phones import country_of, e164  # noqa: E402

HEADER = ["record_id", "source", "first_name", "last_name", "email", "phone", "company", "city", "person_id"]
SOURCES = {"crm", "erp", "web-form", "newsletter", "event", "import", "helpdesk", "webinar", "billing"}
EMAIL = re.compile(r"^[a-z0-9._%+\-']+@[a-z0-9\-]+(\.[a-z0-9\-]+)*\.[a-z]{2,}$")


def main(path):
    problems = []
    raw = path.read_bytes()
    text = raw.decode("utf-8")  # raises on invalid UTF-8
    if text.startswith("\ufeff"):
        problems.append("file starts with a byte-order mark")
    rows = list(csv.reader(text.splitlines(keepends=True), strict=True))
    if rows[0] != HEADER:
        problems.append(f"header is {rows[0]}")
    body = rows[1:]
    ids, persons, phones_by_country = [], defaultdict(list), Counter()
    for n, row in enumerate(body, start=2):
        if len(row) != len(HEADER):
            problems.append(f"line {n}: {len(row)} columns")
            continue
        rid, source, first, last, email, phone, company, city, pid = row
        if not rid.isdigit():
            problems.append(f"line {n}: record_id {rid!r}")
            continue
        ids.append(int(rid))
        if source not in SOURCES:
            problems.append(f"line {n}: source {source!r}")
        if not pid:
            problems.append(f"line {n}: no person_id")
        if not (first.strip() or last.strip() or email.strip() or phone.strip()):
            problems.append(f"line {n}: no name, e-mail or phone")
        if email.strip() and not EMAIL.match(email.strip().lower()):
            problems.append(f"line {n}: e-mail {email!r}")
        if phone.strip():
            try:
                phones_by_country[country_of(e164(phone, city))] += 1
            except ValueError as ex:
                problems.append(f"line {n}: {ex}")
        persons[pid].append(int(rid))
    if len(set(ids)) != len(ids):
        problems.append(f"duplicate record ids: {[i for i, c in Counter(ids).items() if c > 1]}")
    if sorted(ids) != list(range(1, len(ids) + 1)):
        problems.append("record ids are not 1..N")
    n_rec, n_people = len(body), len(persons)
    multi = sum(1 for v in persons.values() if len(v) > 1)
    pairs = sum(len(v) * (len(v) - 1) // 2 for v in persons.values())
    sizes = Counter(len(v) for v in persons.values())
    by_row = [r[8] for r in body if len(r) == len(HEADER)]
    adjacent = sum(1 for a, b in zip(by_row, by_row[1:]) if a == b)
    if not 450 <= n_rec <= 600:
        problems.append(f"{n_rec} records, expected 450-600")
    if not 250 <= n_people <= 320:
        problems.append(f"{n_people} people, expected 250-320")
    if adjacent > n_rec // 20:
        problems.append(f"{adjacent} adjacent records of the same person: not shuffled?")
    print(f"records {n_rec}, people {n_people}, people with >=2 records {multi}, singletons {sizes[1]}, true pairs {pairs}")
    print(f"cluster sizes {dict(sorted(sizes.items()))}; adjacent same-person records {adjacent}")
    print(f"phones parsed {sum(phones_by_country.values())} by country {dict(phones_by_country.most_common())}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "holdout-people.csv")
