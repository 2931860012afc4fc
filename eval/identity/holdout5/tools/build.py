"""Validate the hand-written people, shuffle with a fixed seed, write ../people.csv."""
import collections, csv, io, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import cz_sk, pl, de_at, uk_ie, east, hu_ro_balt, extra, extra2  # noqa: F401

SEED = 20240505
SOURCES = {"crm", "helpdesk", "e-shop", "event", "web-form", "import"}
# country code -> allowed national significant number lengths
CC = {"420": (9, 9), "421": (9, 9), "48": (9, 9), "49": (7, 12), "43": (7, 13),
      "44": (10, 10), "353": (8, 9), "7": (10, 10), "380": (9, 9), "375": (9, 9),
      "36": (8, 9), "40": (9, 9), "370": (8, 8), "371": (8, 8), "372": (7, 8)}
EXT = re.compile(r"(ext\.?|x|доб\.?|Durchwahl|, l\.|kl\.)\s*\d+\s*$", re.I)


def email_key(e):
    e = e.strip().lower()
    if not e:
        return None
    local, dom = e.split("@")
    local = local.split("+")[0]
    if dom in ("gmail.com", "googlemail.com"):
        local = local.replace(".", "")
    return local + "@" + dom


def phone_key(p):
    p = EXT.sub("", p.strip())
    d = re.sub(r"\D", "", p)
    return d[-8:] if len(d) >= 7 else None


def check_phone(p, where):
    q = EXT.sub("", p.strip()).replace("(0)", "")
    d = re.sub(r"\D", "", q)
    if q.startswith("+") or q.startswith("00"):
        if q.startswith("00"):
            d = d[2:]
        for cc in sorted(CC, key=len, reverse=True):
            if d.startswith(cc):
                lo, hi = CC[cc]
                n = len(d) - len(cc)
                assert lo <= n <= hi, "bad length %r %s" % (p, where)
                if cc == "44":
                    assert d[2:].startswith(("7700900", "1632960", "1614960", "1214960", "2920180", "2079460")), "non-drama UK %r" % p
                return
        raise AssertionError("unknown country code %r %s" % (p, where))
    assert 7 <= len(d) <= 12, "bad national number %r %s" % (p, where)


def components(rows):
    parent = list(range(len(rows)))
    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    seen = {}
    for i, r in enumerate(rows):
        for k in (("e", email_key(r[3])), ("p", phone_key(r[4]))):
            if k[1] is None:
                continue
            if k in seen:
                parent[find(i)] = find(seen[k])
            else:
                seen[k] = i
    return collections.Counter(find(i) for i in range(len(rows))), find


def main():
    people = common.PEOPLE
    errors = []
    for n, p in enumerate(people):
        for r in p["rows"]:
            where = "person #%d %s" % (n, r[1:3])
            if r[0] not in SOURCES:
                errors.append("source " + where)
            if r[3].strip() and not re.fullmatch(r"[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}", r[3].strip(), re.I):
                errors.append("email %r %s" % (r[3], where))
            if r[4]:
                try:
                    check_phone(r[4], where)
                except AssertionError as e:
                    errors.append(str(e))
            if not (r[1] or r[2]):
                errors.append("no name " + where)
        comp, find = components(p["rows"])
        if len(comp) > 1:  # not one e-mail/phone chain: every record must carry a company
            for r in p["rows"]:
                if not r[5]:
                    errors.append("no e-mail/phone chain and no company: " + where)
    if errors:
        print("\n".join(errors))
        sys.exit(1)

    rnd = random.Random(SEED)
    order = list(range(len(people)))
    rnd.shuffle(order)
    pid = {pi: "T%03d" % (k + 1) for k, pi in enumerate(order)}
    recs = [(pi, r) for pi, p in enumerate(people) for r in p["rows"]]
    for _ in range(1000):
        rnd.shuffle(recs)
        if all(recs[i][0] != recs[i + 1][0] for i in range(len(recs) - 1)):
            break
    else:
        sys.exit("could not shuffle apart")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow("record_id,source,first_name,last_name,email,phone,company,city,person_id".split(","))
    for k, (pi, r) in enumerate(recs, 1):
        w.writerow([k] + r + [pid[pi]])
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "people.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())

    sizes = collections.Counter(len(p["rows"]) for p in people)
    pairs = sum(len(p["rows"]) * (len(p["rows"]) - 1) // 2 for p in people)
    print("records", len(recs), "people", len(people), "true pairs", pairs)
    print("people by number of records", dict(sorted(sizes.items())))
    tags = collections.Counter(t for p in people for t in p["tags"])
    print("tags (people):", ", ".join("%s %d" % kv for kv in sorted(tags.items())))
    groups = collections.defaultdict(list)
    for pi, p in enumerate(people):
        if p["g"]:
            groups[p["g"]].append(pid[pi])
    print("confusable groups (%d):" % len(groups))
    for g, ids in sorted(groups.items()):
        print("  %s: %s" % (g, " ".join(sorted(ids))))
    # cross-person shared e-mails/phones (must all be deliberate)
    owners = collections.defaultdict(set)
    for pi, p in enumerate(people):
        for r in p["rows"]:
            for k in (email_key(r[3]), phone_key(r[4])):
                if k:
                    owners[k].add(pi)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    print("keys shared across people:", len(shared))
    for k, v in sorted(shared.items()):
        gs = {people[i]["g"] for i in v}
        flag = "" if len(gs) == 1 and None not in gs else "  <-- NOT IN A GROUP"
        print("  %s: %s%s" % (k, " ".join(sorted(pid[i] for i in v)), flag))


if __name__ == "__main__":
    main()
