"""Validate the hand-written people, shuffle them with a fixed seed and write ../people.csv.

Checks:
  * every record has 7 fields and carries a name or an e-mail;
  * every phone normalizes to a number with a valid country code and national length
    (a number without country code belongs to the country of `city`);
  * no true pair rests on the name alone: records of one person that are not joined by a
    common e-mail or phone (directly or through the person's other records) each belong to a
    group that carries a company;
  * an e-mail or phone shared by different people is deliberate (both people carry one `group`);
  * no two people have a record with identical contents;
  * record ids are unique, one person's records are never adjacent, the CSV is RFC 4180.

Prints counts per tag.  Run:  python3 build.py
"""
import collections
import csv
import io
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cz_sk, pl, dach, uk_ie_us, east, hu_balkan  # noqa: E402

SEED = 20240603
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "people.csv")
HEADER = ["record_id", "source", "first_name", "last_name", "email", "phone", "company", "city", "person_id"]
SOURCES = {"crm", "erp", "eshop", "event", "newsletter", "web-form", "webinar", "helpdesk", "billing", "import"}

# country calling code of a city, for numbers written without one (names separated by ";")
CITY_CC = {}
for cc, names in {
    "420": "praha; prague; prag; brno; olomouc; liberec; plzeň; plzen; jihlava; pardubice; kolín; ostrava; zlín; "
           "otrokovice; mladá boleslav; tábor; tabor; hradec králové; hradec kralove; trutnov; havlíčkův brod; havl. brod; "
           "kamenná lhotka; kamenna lhotka; bystřice pod hostýnem; kladno; české budějovice; žďár nad sázavou; cheb",
    "421": "zvolen; bratislava; komárno; poprad; trnava; žilina; nitra; banská bystrica; banska bystrica; "
           "považská bystrica",
    "48": "wrocław; wroclaw; łódź; lodz; kraków; krakow; poznań; poznan; warszawa; gdańsk; gdansk; katowice; "
          "gliwice; kielce; olsztyn; bydgoszcz; lublin; toruń; opole; rzeszów; szczecin; gdynia; radom",
    "49": "stuttgart; köln; koeln; düsseldorf; duesseldorf; hamburg; münchen; muenchen; bielefeld; leipzig; "
          "mannheim; mainz; nürnberg; nuernberg; dortmund; heidelberg; berlin; celle; kassel; bremen; bremerhaven; "
          "neustadt/weinstr.; dingolfing; halle; halle (saale); halle/saale",
    "43": "linz; wien; vienna; graz; zell am see; innsbruck; salzburg; knittelfeld; imst",
    "41": "zürich; zurich; zuerich; genève; genf; biel/bienne; biel; luzern; st. moritz; basel; bern",
    "44": "liverpool; birmingham; leeds; manchester; bristol; edinburgh; london; leicester; sheffield; cardiff; "
          "caerdydd; nottingham; newcastle; newcastle upon tyne; glasgow; cambridge; belfast",
    "353": "baile átha cliath; dublin; cork; galway; limerick; wicklow",
    "1": "chicago; miami; houston; portland; boston; milwaukee; atlanta; minneapolis; phoenix; denver; tempe; "
         "san francisco",
    "7": "москва; moscow; moskau; moskva; нижний новгород; sankt-peterburg; екатеринбург; ekaterinburg; "
         "новосибирск; казань; санкт-петербург; тула; ростов-на-дону; rostov-on-don; уфа; набережные челны; "
         "воронеж; tomsk; архангельск; arkhangelsk; ярославль; тюмень; вологда; пермь; perm; краснодар; krasnodar; "
         "nabereschnyje tschelny; астана; nur-sultan; нур-султан; алматы; almaty; alma-ata; shymkent; караганда; атырау; atyrau",
    "380": "київ; kyiv; житомир; львів; lvov; lviv; харків; одеса; полтава; вінниця; vinnitsa",
    "375": "минск; мінск; minsk; hrodna; гомель; брест; brest; витебск",
    "36": "budapest; szeged; balatonfüred; balatonfured; debrecen; pécs; győr",
    "386": "celje; ljubljana; kranj; maribor",
    "385": "split; osijek; zagreb; rijeka",
    "381": "београд; beograd; belgrad; нови сад; novi sad; ниш; nis; subotica; суботица; kragujevac",
}.items():
    for n in names.split(";"):
        CITY_CC[n.strip()] = cc

# allowed national significant number lengths
NSN_LEN = {"420": {9}, "421": {9}, "48": {9}, "49": set(range(7, 12)), "43": set(range(6, 14)), "41": {9},
           "44": {10}, "353": {8, 9}, "1": {10}, "7": {10}, "380": {9}, "375": {9}, "36": {8, 9},
           "386": {8}, "385": {8, 9}, "381": {8, 9}}
TRUNK0 = {"421", "49", "43", "41", "44", "353", "380", "386", "385", "381"}


def city_key(city):
    c = re.sub(r",\s*[A-Z]{2}$", "", city.strip())
    c = re.sub(r"\s+\d+$", "", c)
    return c.lower()


def norm_phone(phone, city):
    s = phone.strip()
    if not s:
        return None
    s = re.sub(r"\s*(ext\.|kl\.|l\.|wew\.)\s*\d+\s*$", "", s, flags=re.I)
    s = s.replace("(0)", "")
    intl = s.startswith("+") or s.startswith("00")
    d = re.sub(r"\D", "", s)
    if s.startswith("00"):
        d = d[2:]
    if intl:
        full = d
    else:
        key = city_key(city)
        if key not in CITY_CC:
            raise SystemExit(f"national number {phone!r} with unknown city {city!r}")
        cc = CITY_CC[key]
        if cc == "7" and len(d) == 11 and d.startswith("8"):
            d = d[1:]
        elif cc == "375" and d.startswith("80"):
            d = d[2:]
        elif cc == "36" and d.startswith("06"):
            d = d[2:]
        elif cc == "48" and d.startswith("0") and len(d) == 10:
            d = d[1:]
        elif cc == "1" and len(d) == 11 and d.startswith("1"):
            d = d[1:]
        elif cc in TRUNK0 and d.startswith("0"):
            d = d[1:]
        full = cc + d
    for cc in sorted(NSN_LEN, key=len, reverse=True):
        if full.startswith(cc):
            if len(full) - len(cc) not in NSN_LEN[cc]:
                raise SystemExit(f"phone {phone!r} ({city!r}) -> {full}: bad length for +{cc}")
            if cc == "1" and not re.match(r"1\d{3}55501\d\d$", full):
                raise SystemExit(f"US phone {phone!r} is not 555-01xx")
            if cc == "44" and not re.match(r"44(11[3-8]4960|1[2-6]14960|1914980|2079460|2920180|2890180|7700900|1632960)", full):
                raise SystemExit(f"UK phone {phone!r} is not in an Ofcom drama range")
            return full
    raise SystemExit(f"phone {phone!r}: unknown country code ({full})")


def norm_email(email):
    e = email.strip().lower()
    return e or None


def main():
    people = cz_sk.PEOPLE + pl.PEOPLE + dach.PEOPLE + uk_ie_us.PEOPLE + east.PEOPLE + hu_balkan.PEOPLE
    errors = []
    shared = collections.defaultdict(set)  # contact -> person indexes
    seen_contents = {}
    for i, p in enumerate(people):
        if not p.recs:
            errors.append(f"person {i} has no records")
        keys = []
        for r in p.recs:
            if len(r) != 7:
                errors.append(f"person {i}: record with {len(r)} fields: {r}")
                continue
            src, first, last, email, phone, company, city = r
            if src not in SOURCES:
                errors.append(f"person {i}: unknown source {src}")
            if not (first.strip() or last.strip() or email.strip()):
                errors.append(f"person {i}: record without name or e-mail: {r}")
            if any(ch in "\r\n" for ch in "".join(r)):
                errors.append(f"person {i}: line break in {r}")
            if "\ufeff" in "".join(r):
                errors.append(f"person {i}: BOM in {r}")
            e, ph = norm_email(email), norm_phone(phone, city)
            keys.append((e, ph))
            if e:
                shared["e:" + e].add(i)
            if ph:
                shared["p:" + ph].add(i)
            content = tuple(x.strip().lower() for x in r[1:])
            if content in seen_contents and seen_contents[content] != i:
                errors.append(f"persons {seen_contents[content]} and {i} share an identical record {r}")
            seen_contents[content] = i
        # components of the person's records joined by a common e-mail or phone
        n = len(keys)
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        for a in range(n):
            for b in range(a + 1, n):
                ea, pa = keys[a]
                eb, pb = keys[b]
                if (ea and ea == eb) or (pa and pa == pb):
                    parent[find(a)] = find(b)
        comps = collections.defaultdict(list)
        for a in range(n):
            comps[find(a)].append(a)
        p.components = len(comps)
        if len(comps) > 1:
            for members in comps.values():
                if not any(p.recs[m][5].strip() for m in members):
                    errors.append(f"person {i}: records {[p.recs[m][1:3] for m in members]} are joined to the "
                                  f"others by name alone (no e-mail/phone chain, no company)")
    for contact, idx in shared.items():
        if len(idx) > 1:
            groups = {people[i].group for i in idx}
            if None in groups or len(groups) != 1:
                errors.append(f"{contact} shared by persons {sorted(idx)} without a common group")
    if errors:
        print("\n".join(errors))
        raise SystemExit(1)

    rng = random.Random(SEED)
    order = list(range(len(people)))
    rng.shuffle(order)
    pid = {pi: f"R{k + 1:03d}" for k, pi in enumerate(order)}
    rows = [(pi, r) for pi, p in enumerate(people) for r in p.recs]
    rng.shuffle(rows)
    for _ in range(10000):  # separate adjacent records of one person
        bad = [k for k in range(len(rows) - 1) if rows[k][0] == rows[k + 1][0]]
        if not bad:
            break
        k = bad[0] + 1
        j = rng.randrange(len(rows))
        rows[k], rows[j] = rows[j], rows[k]
    else:
        raise SystemExit("could not separate adjacent records")
    assert all(rows[k][0] != rows[k + 1][0] for k in range(len(rows) - 1))

    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(HEADER)
    for rid, (pi, r) in enumerate(rows, start=1):
        w.writerow([str(rid), *r, pid[pi]])
    data = buf.getvalue()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(data)

    # re-read and check
    with open(OUT, encoding="utf-8", newline="") as f:
        back = list(csv.reader(f))
    assert back[0] == HEADER
    assert [int(x[0]) for x in back[1:]] == list(range(1, len(rows) + 1))
    assert all(len(x) == 9 for x in back)
    assert not data.startswith("\ufeff") and "\r\n" in data and "\n" not in data.replace("\r\n", "")

    sizes = collections.Counter(len(p.recs) for p in people)
    pairs = sum(len(p.recs) * (len(p.recs) - 1) // 2 for p in people)
    print(f"records {len(rows)}, people {len(people)}, true pairs {pairs}")
    print("people by number of records:", dict(sorted(sizes.items())),
          f"(singletons {sizes[1]}, {100 * sizes[1] / len(people):.0f}%)")
    print("people joined partly by name+company:", sum(1 for p in people if p.components > 1))
    tags = collections.Counter(t for p in people for t in p.tags)
    print("people per tag:")
    for t, c in sorted(tags.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {t:28s} {c}")
    print("deliberately shared contacts:", sum(1 for idx in shared.values() if len(idx) > 1))
    print("groups:", len({p.group for p in people if p.group}))
    print("sources:", dict(collections.Counter(r[0] for _, r in rows)))
    print("notes (judgement calls):")
    for p in people:
        if p.note:
            print("  -", p.note)


if __name__ == "__main__":
    main()
