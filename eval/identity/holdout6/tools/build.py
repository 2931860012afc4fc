#!/usr/bin/env python3
"""Build people.csv from the hand-written tools/people_*.py files.

- collects every person, checks the data (see CHECKS below), fails on errors
- numbers persons Q001.. in random order and shuffles the records so that no two records
  of one person are adjacent; record ids are 1..N in file order
- writes UTF-8 (no BOM), RFC 4180, CRLF
- prints count tables (markdown) for the README; `--tables FILE` also writes them to FILE

CHECKS (errors):
  * header exact, record ids 1..N unique, person ids Q001.. unique
  * every record has 7 fields, a known source, and at least one non-empty data field
  * no two adjacent records of one person in the output
  * every true pair that is not joined by a common e-mail or phone (directly or through the
    person's other records) carries a company on both records -- checked twice: once
    counting every common e-mail/phone as a link, once (stricter) not counting e-mails/phones
    that also belong to another person (office mailboxes, switchboards, family phones)
  * an e-mail or phone shared by two different people is declared by a group of a fitting
    kind (mailbox:/couple-email: for e-mails; family:/switchboard:/father-son: for phones)
  * unknown tags or group kinds
Warnings: mechanical tags (email-case, email-space, missing, cyrillic, phone-format,
  phone-national, only-email, only-phone) that are claimed but not visible, or visible but not
  claimed; national phone numbers on a record without a city.
"""
import argparse
import csv
import glob
import importlib.util
import io
import itertools
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "people.csv")
HEADER = ["record_id", "source", "first_name", "last_name", "email", "phone", "company",
          "city", "person_id"]
SOURCES = {"crm", "erp", "web-form", "newsletter", "event", "import", "helpdesk", "webinar",
           "billing"}
SEED = 61061

# tags of FORMAT.md (same names) and our own additions
FORMAT_TAGS = [
    "email-case", "email-space", "phone-format", "phone-national", "accents", "allcaps",
    "typo", "translit", "cyrillic", "swapped", "fullname-one-field", "company-form",
    "private-email", "email-alias", "shared-mailbox-own", "multi-phone", "one-field-changed",
    "surname-change", "job-change", "missing", "only-email", "only-phone", "nickname",
    "punctuation",
]
OWN_TAGS = [
    "initials", "diminutive", "national-form", "feminine-form", "double-surname",
    "maiden-middle", "hungarian-order", "married-form", "title", "particle", "suffix",
    "company-renamed", "company-group", "email-subaddress", "email-dots", "phone-extension",
]
TAG_DOC = {
    "email-case": "e-mail differs in letter case",
    "email-space": "e-mail with leading/trailing spaces",
    "phone-format": "same number in different notations",
    "phone-national": "number without country code in one record, with it in another; country only from the city",
    "accents": "diacritics dropped or transcribed (ř/r, ü/ue, ß/ss, ł/l, ș/ş/s)",
    "allcaps": "name, e-mail or company in capitals in one system",
    "typo": "one-character typo in a name",
    "translit": "different Latin transliterations (ISO 9, BGN, German, Polish, Czech)",
    "cyrillic": "Cyrillic in one record, Latin in another",
    "swapped": "given name and surname in the wrong columns",
    "fullname-one-field": "whole name (or name + patronymic) in one field",
    "company-form": "company written differently (legal form, capitals, abbreviation, «…», translation)",
    "private-email": "company e-mail in one system, private in another",
    "email-alias": "two addresses at the same company domain",
    "shared-mailbox-own": "writes from a shared office mailbox in one record, own address in another",
    "multi-phone": "switchboard/landline in one record, own mobile or direct line in another",
    "one-field-changed": "only one field changed between systems",
    "surname-change": "surname changed (marriage); linked by e-mail or phone",
    "job-change": "changed employer, kept the mobile number",
    "missing": "e-mail, phone or company missing in at least one record",
    "only-email": "a record with nothing but the e-mail",
    "only-phone": "a record with a given name and a phone only",
    "nickname": "English/German nickname (William/Bill, Oliver/Ollie, Thomas/Tom)",
    "punctuation": "apostrophe or hyphen lost (O'Brien/OBrien, Hans-Peter/Hans Peter)",
    "initials": "initial instead of the given name (J. Novák)",
    "diminutive": "diminutive / familiar form of the given name (Jiří/Jirka, Małgorzata/Gosia, Дмитрий/Дима, István/Pista)",
    "national-form": "the name in another language's form (Андрій/Андрей, Alžbeta/Erzsébet, Seán Ó Murchú/Sean Murphy)",
    "feminine-form": "Slavic/Baltic feminine surname form differs across systems (Kowalska/Kowalski, Novotná/Novotny, Smirnova/Smirnovová)",
    "double-surname": "double or hyphenated surname given in part (García López/García)",
    "maiden-middle": "maiden name kept as a middle name",
    "hungarian-order": "Hungarian family-name-first order (Nagy István)",
    "married-form": "Hungarian married form (Kovácsné, Lászlóné)",
    "title": "academic title inside a name field (Ing., Mag., Dr.)",
    "particle": "Dutch particle (de, van) moved or dropped",
    "suffix": "generation suffix (ml., Jnr) in the surname",
    "company-renamed": "company renamed or acquired: old and new name",
    "company-group": "group/holding name in one record, subsidiary in another",
    "email-subaddress": "e-mail with a +tag sub-address",
    "email-dots": "gmail address with and without dots",
    "phone-extension": "number with an extension (kl., wew., ext, доб.)",
}
GROUP_KINDS = {
    "mailbox": ("email", "shared office mailbox used by different people"),
    "couple-email": ("email", "two different people (a couple) sharing one private e-mail"),
    "family": ("phone", "family members sharing one phone"),
    "switchboard": ("phone", "colleagues sharing a company switchboard number"),
    "father-son": ("all", "father and son with the same name at one address (same landline)"),
    "namesake": ("all", "different people with the same name"),
    "namesake-samecompany": ("all", "namesakes at the same company, different e-mails and phones"),
    "lookalike": ("all", "different people whose names differ by about one character"),
    "colleagues-surname": ("all", "colleagues with the same surname at one company"),
}

CC = {"CZ": "420", "SK": "421", "PL": "48", "DE": "49", "AT": "43", "CH": "41", "UK": "44",
      "IE": "353", "RU": "7", "UA": "380", "BY": "375", "HU": "36", "RO": "40", "SI": "386",
      "HR": "385", "RS": "381", "LT": "370", "LV": "371", "EE": "372", "NL": "31", "FR": "33",
      "IT": "39", "ES": "34", "SE": "46"}
TRUNK0 = {"SK", "DE", "AT", "CH", "UK", "IE", "UA", "RO", "SI", "HR", "RS", "NL", "FR", "SE"}
EXT_RE = re.compile(r"\s*(?:ext\.?|kl\.|wew\.|доб\.)\s*\d+\s*$", re.I)
CYR_RE = re.compile(r"[\u0400-\u04FF]")
LAT_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")


def load_people():
    people = []
    for path in sorted(glob.glob(os.path.join(HERE, "people_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        sys.path.insert(0, HERE)
        spec.loader.exec_module(mod)
        for p in mod.PEOPLE:
            p["file"] = os.path.basename(path)
            people.append(p)
    return people


def norm_email(e):
    return e.strip().lower()


def is_national(raw):
    s = raw.strip()
    return bool(s) and not s.startswith("+") and not s.startswith("00")


def norm_phone(raw, cc):
    """E.164 digits without '+', extension removed. '' for empty."""
    s = raw.strip()
    if not s:
        return ""
    s = EXT_RE.sub("", s)
    s = s.replace("(0)", "")
    d = re.sub(r"\D", "", s)
    if s.startswith("+"):
        return d
    if d.startswith("00"):
        return d[2:]
    code = CC[cc]
    if cc == "RU" and d.startswith("8") and len(d) == 11:
        return "7" + d[1:]
    if cc == "BY" and d.startswith("80"):
        return "375" + d[2:]
    if cc == "LT" and d.startswith("8"):
        return "370" + d[1:]
    if cc == "HU" and d.startswith("06"):
        return "36" + d[2:]
    if cc == "IT":
        return "39" + d
    if cc in TRUNK0 and d.startswith("0"):
        return code + d[1:]
    return code + d


def has_ext(raw):
    return bool(EXT_RE.search(raw.strip())) if raw.strip() else False


class Rec:
    __slots__ = ("p", "i", "source", "first", "last", "email", "phone", "company", "city",
                 "em", "ph", "rid")

    def __init__(self, p, i, t):
        self.p, self.i = p, i
        (self.source, self.first, self.last, self.email, self.phone, self.company,
         self.city) = t
        self.em = norm_email(self.email)
        self.ph = norm_phone(self.phone, p["country"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tables", help="also write the markdown tables to this file")
    args = ap.parse_args()

    errors, warnings = [], []
    people = load_people()
    keys = Counter(p["key"] for p in people)
    for k, n in keys.items():
        if n > 1:
            errors.append(f"duplicate key {k}")
    known_tags = set(FORMAT_TAGS) | set(OWN_TAGS)

    recs = []
    for p in people:
        if p["country"] not in CC:
            errors.append(f"{p['key']}: unknown country {p['country']}")
        if not p["recs"]:
            errors.append(f"{p['key']}: no records")
        for t in p["tags"]:
            if t not in known_tags:
                errors.append(f"{p['key']}: unknown tag {t}")
        for g in p["groups"]:
            kind = g.split(":")[0]
            if kind not in GROUP_KINDS or ":" not in g:
                errors.append(f"{p['key']}: unknown group {g}")
        if len(set(p["tags"])) != len(p["tags"]):
            errors.append(f"{p['key']}: repeated tag")
        p["R"] = []
        for i, t in enumerate(p["recs"]):
            if len(t) != 7:
                errors.append(f"{p['key']}: record {i} has {len(t)} fields")
                continue
            if t[0] not in SOURCES:
                errors.append(f"{p['key']}: record {i} unknown source {t[0]}")
            if not any(x.strip() for x in t[1:]):
                errors.append(f"{p['key']}: record {i} empty")
            for x in t:
                if "\n" in x or "\r" in x:
                    errors.append(f"{p['key']}: newline in field")
            r = Rec(p, i, t)
            p["R"].append(r)
            recs.append(r)
            if r.phone and is_national(r.phone) and not r.city.strip() \
                    and "only-phone" not in p["tags"]:
                warnings.append(f"{p['key']}: national phone {r.phone!r} without city")
            if r.email and "@" not in r.email:
                errors.append(f"{p['key']}: bad e-mail {r.email!r}")
        # exact duplicate records inside one person make no sense
        if len(set(p["recs"])) != len(p["recs"]):
            errors.append(f"{p['key']}: two identical records")

    # ---- shared identifiers across people must be declared by a group ----
    by_email, by_phone = defaultdict(set), defaultdict(set)
    for r in recs:
        if r.em:
            by_email[r.em].add(r.p["key"])
        if r.ph:
            by_phone[r.ph].add(r.p["key"])
    pk = {p["key"]: p for p in people}

    def declared(keyset, kinds):
        gsets = [set(g for g in pk[k]["groups"] if g.split(":")[0] in kinds) for k in keyset]
        common = set.intersection(*gsets) if gsets else set()
        return bool(common)

    shared_em = {e for e, ks in by_email.items() if len(ks) > 1}
    shared_ph = {ph for ph, ks in by_phone.items() if len(ks) > 1}
    for e in shared_em:
        if not declared(by_email[e], {"mailbox", "couple-email"}):
            errors.append(f"e-mail {e} shared by {sorted(by_email[e])} without a mailbox/couple group")
    for ph in shared_ph:
        if not declared(by_phone[ph], {"family", "switchboard", "father-son"}):
            errors.append(f"phone {ph} shared by {sorted(by_phone[ph])} without a family/switchboard group")

    # ---- no true pair on the name alone ----
    def components(rs, strict):
        parent = list(range(len(rs)))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        for a, b in itertools.combinations(range(len(rs)), 2):
            ra, rb = rs[a], rs[b]
            link = False
            if ra.em and ra.em == rb.em and not (strict and ra.em in shared_em):
                link = True
            if ra.ph and ra.ph == rb.ph and not (strict and ra.ph in shared_ph):
                link = True
            if link:
                parent[find(a)] = find(b)
        return [find(i) for i in range(len(rs))]

    for p in people:
        rs = p["R"]
        for strict in (False, True):
            comp = components(rs, strict)
            for a, b in itertools.combinations(range(len(rs)), 2):
                if comp[a] != comp[b] and not (rs[a].company.strip() and rs[b].company.strip()):
                    errors.append(f"{p['key']}: records {a} and {b} are joined by name only "
                                  f"({'strict' if strict else 'plain'} check) and lack a company")

    # ---- mechanical tag consistency (warnings) ----
    for p in people:
        rs, tags = p["R"], set(p["tags"])
        if len(rs) < 2:
            continue
        det = set()
        ems = [r.email.strip() for r in rs if r.email.strip()]
        for a, b in itertools.combinations(ems, 2):
            if a.lower() == b.lower() and a != b:
                det.add("email-case")
        if any(r.email != r.email.strip() for r in rs):
            det.add("email-space")
        if any(not r.email.strip() or not r.phone.strip() or not r.company.strip() for r in rs):
            det.add("missing")
        names = [r.first + " " + r.last for r in rs]
        if any(CYR_RE.search(n) for n in names) and any(LAT_RE.search(n) and not CYR_RE.search(n) for n in names):
            det.add("cyrillic")
        for a, b in itertools.combinations(rs, 2):
            if a.ph and a.ph == b.ph and a.phone.strip() != b.phone.strip():
                det.add("phone-format")
        for a, b in itertools.combinations(rs, 2):
            if a.ph and a.ph == b.ph and is_national(a.phone) != is_national(b.phone):
                det.add("phone-national")
        for r in rs:
            vals = [r.first, r.last, r.email, r.phone, r.company, r.city]
            if r.email.strip() and not any(v.strip() for v in vals if v is not r.email):
                det.add("only-email")
            if r.first.strip() and r.phone.strip() and not any(
                    v.strip() for v in (r.last, r.email, r.company, r.city)):
                det.add("only-phone")
        for t in ("email-case", "email-space", "cyrillic", "phone-format", "only-email",
                  "only-phone"):
            if (t in det) != (t in tags):
                warnings.append(f"{p['key']}: tag {t} {'not claimed' if t in det else 'not visible'}")
        for t in ("missing", "phone-national"):
            if t in tags and t not in det:
                warnings.append(f"{p['key']}: tag {t} not visible")
            if t in det and t not in tags:
                warnings.append(f"{p['key']}: tag {t} visible but not claimed")
        if "phone-extension" in tags and not any(has_ext(r.phone) for r in rs):
            warnings.append(f"{p['key']}: phone-extension not visible")

    # ---- ids, shuffle ----
    rng = random.Random(SEED)
    order = people[:]
    rng.shuffle(order)
    for n, p in enumerate(order, 1):
        p["pid"] = f"Q{n:03d}"
    allrecs = recs[:]
    for attempt in range(10000):
        rng.shuffle(allrecs)
        # repair adjacency by swapping
        for _ in range(5000):
            bad = [i for i in range(1, len(allrecs)) if allrecs[i].p is allrecs[i - 1].p]
            if not bad:
                break
            i = bad[0]
            j = rng.randrange(len(allrecs))
            allrecs[i], allrecs[j] = allrecs[j], allrecs[i]
        if not any(allrecs[i].p is allrecs[i - 1].p for i in range(1, len(allrecs))):
            break
    for n, r in enumerate(allrecs, 1):
        r.rid = n

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(HEADER)
    for r in allrecs:
        w.writerow([r.rid, r.source, r.first, r.last, r.email, r.phone, r.company, r.city,
                    r.p["pid"]])
    data = buf.getvalue().encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)

    # ---- verify the written file ----
    with open(OUT, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append("BOM in output")
    text = raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != HEADER:
        errors.append("header mismatch")
    ids = [int(r[0]) for r in rows[1:]]
    if sorted(ids) != list(range(1, len(ids) + 1)) or len(set(ids)) != len(ids):
        errors.append("record ids are not 1..N unique")
    if any(len(r) != 9 for r in rows):
        errors.append("row with wrong number of columns")
    for a, b in zip(rows[1:], rows[2:]):
        if a[8] == b[8]:
            errors.append(f"adjacent records {a[0]},{b[0]} of one person {a[8]}")
    if text.count("\r\n") != len(rows) or "\n" in text.replace("\r\n", ""):
        errors.append("line ends are not CRLF")

    # ---- statistics ----
    def pairs(n):
        return n * (n - 1) // 2

    N, NP = len(recs), len(people)
    true_pairs = sum(pairs(len(p["R"])) for p in people)
    singles = sum(1 for p in people if len(p["R"]) == 1)
    out = []
    out.append(f"records: {N}, people: {NP}, single-record people: {singles} "
               f"({100 * singles / NP:.0f}%), true pairs: {true_pairs}, all pairs: {pairs(N)}")
    dist = Counter(len(p["R"]) for p in people)
    out.append("records per person: " + ", ".join(f"{k}: {dist[k]}" for k in sorted(dist)))
    out.append("countries: " + ", ".join(f"{c} {n}" for c, n in
                                          Counter(p["country"] for p in people).most_common()))
    out.append("sources: " + ", ".join(f"{c} {n}" for c, n in
                                        Counter(r.source for r in recs).most_common()))
    out.append("")
    out.append("| tag | case | people | records | true pairs |")
    out.append("|---|---|---:|---:|---:|")
    for t in FORMAT_TAGS + OWN_TAGS:
        ps = [p for p in people if t in p["tags"]]
        out.append(f"| `{t}` | {TAG_DOC[t]} | {len(ps)} | {sum(len(p['R']) for p in ps)} | "
                   f"{sum(pairs(len(p['R'])) for p in ps)} |")
    out.append("")
    groups = defaultdict(list)
    for p in people:
        for g in p["groups"]:
            groups[g].append(p)

    def confusable(g, members):
        kind = g.split(":")[0]
        what = GROUP_KINDS[kind][0]
        n = 0
        for pa, pb in itertools.combinations(members, 2):
            for ra in pa["R"]:
                for rb in pb["R"]:
                    if what == "all":
                        n += 1
                    elif what == "email" and ra.em and ra.em == rb.em:
                        n += 1
                    elif what == "phone" and ra.ph and ra.ph == rb.ph:
                        n += 1
        return n

    out.append("| group kind | what is shared / confusable | groups | people | records | confusable pairs |")
    out.append("|---|---|---:|---:|---:|---:|")
    for kind, (what, doc) in GROUP_KINDS.items():
        gs = [g for g in groups if g.split(":")[0] == kind]
        ppl = {p["key"] for g in gs for p in groups[g]}
        nrec = sum(len(pk[k]["R"]) for k in ppl)
        conf = sum(confusable(g, groups[g]) for g in gs)
        basis = {"email": "same e-mail", "phone": "same phone", "all": "every cross pair"}[what]
        out.append(f"| `{kind}:` | {doc} ({basis}) | {len(gs)} | {len(ppl)} | {nrec} | {conf} |")
        for g in gs:
            if len(groups[g]) < 2:
                errors.append(f"group {g} has one member")
            if confusable(g, groups[g]) == 0:
                errors.append(f"group {g} has no confusable pair")
    out.append("")
    out.append("| group | people (record count) | confusable pairs |")
    out.append("|---|---|---:|")
    for g in sorted(groups):
        ms = groups[g]
        desc = "; ".join(f"{m['R'][0].first} {m['R'][0].last}".strip() + f" ({m['pid']}, {len(m['R'])})"
                         for m in ms)
        out.append(f"| `{g}` | {desc} | {confusable(g, ms)} |")

    tables = "\n".join(out)
    print(tables)
    if args.tables:
        with open(args.tables, "w", encoding="utf-8") as f:
            f.write(tables + "\n")
    for w_ in warnings:
        print("WARNING:", w_, file=sys.stderr)
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
