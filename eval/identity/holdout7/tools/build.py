#!/usr/bin/env python3
"""Build /work/id7/people.csv from the hand-written tools/people_*.py files.

- loads every person (P(...) entries) from tools/people_*.py
- numbers persons R001.. in a random (seeded) order
- shuffles the records (seeded) so that no two adjacent records belong to one person,
  and numbers them 1..N in file order
- writes UTF-8 (no BOM), RFC 4180, CRLF
- checks the data (see check_*) and prints the count tables used in README.md

Usage: python3 tools/build.py [--list-groups] [--seed N]
"""
import glob
import importlib.util
import itertools
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "people.csv")
HEADER = ["record_id", "source", "first_name", "last_name", "email", "phone", "company", "city", "person_id"]
SOURCES = {"crm", "erp", "web-form", "newsletter", "event", "import", "helpdesk", "webinar", "billing"}

# ---------------------------------------------------------------- tags
# tags of FORMAT.md, "same person, written differently" (order of the table)
SAME_TAGS = [
    "email-case", "email-space", "phone-format", "phone-national", "accents", "allcaps", "typo",
    "translit", "cyrillic", "swapped", "fullname-one-field", "company-form", "private-email",
    "email-alias", "shared-mailbox-own", "multi-phone", "one-field-changed", "surname-change",
    "job-change", "missing", "only-email", "only-phone", "nickname", "punctuation",
]
# own tags of this set (also "same person" difficulties)
EXTRA_TAGS = [
    "initials",          # J. / R. instead of the given name
    "double-surname",    # hyphenated or double surname in one record, a part of it in another
    "maiden-name",       # maiden name kept as a middle name in one record
    "diminutive",        # national diminutive / pet form of the given name (Jirka, Gosia, Дима, Pista)
    "national-form",     # the given name in another language's form (Микола/Николай, Ion/Ioan)
    "hungarian-order",   # Hungarian family-name-first order (Szabó Gábor)
    "married-form",      # Hungarian married form (-né)
    "feminine-form",     # Slavic/Baltic feminine surname form differs across systems/languages
    "company-renamed",   # company renamed or acquired: old and new company name
    "company-group",     # group / holding in one record, the subsidiary in another
    "email-subaddress",  # name+tag@ sub-address in one record
    "email-dots",        # gmail address with and without dots
    "phone-extension",   # switchboard number with an extension (kl., ext, x, wewn., доб.)
    "title",             # academic title inside the name field (Mag., Dr., Ing.)
    "particle",          # name particle moved or dropped (van den, De Luca/Deluca)
    "city-form",         # city in another language or old name (Genf/Genève, Lemberg/Lviv)
    "generation-suffix", # st./sen./id. written into a name field
]
# tags that describe a person as part of a "different people" trap (allowed on singletons)
DIFF_TAGS = ["father-son"]
ALL_TAGS = SAME_TAGS + EXTRA_TAGS + DIFF_TAGS

# confusable group kinds and what a "confusable pair" of the kind shares
GROUP_KINDS = {
    "mailbox": "email",              # shared office mailbox
    "couple": "email",               # two people writing from one private mailbox
    "family": "phone",               # family members sharing a phone
    "switchboard": "phone",          # colleagues sharing the company switchboard
    "namesake": "all",               # same name, different people
    "namesake-samecompany": "all",   # same name, same company, different people
    "lookalike": "all",              # names one character apart
    "colleagues": "all",             # same surname at the same company
}
GROUP_ORDER = list(GROUP_KINDS)

# ---------------------------------------------------------------- phones
# country -> (calling code, national trunk prefixes to strip)
COUNTRY = {
    "CZ": ("420", []), "SK": ("421", ["0"]), "PL": ("48", []), "DE": ("49", ["0"]),
    "AT": ("43", ["0"]), "CH": ("41", ["0"]), "UK": ("44", ["0"]), "IE": ("353", ["0"]),
    "RU": ("7", ["8"]), "UA": ("380", ["0"]), "BY": ("375", ["80", "8"]), "HU": ("36", ["06"]),
    "RO": ("40", ["0"]), "SI": ("386", ["0"]), "HR": ("385", ["0"]), "RS": ("381", ["0"]),
    "LT": ("370", ["8", "0"]), "LV": ("371", []), "EE": ("372", []), "NL": ("31", ["0"]),
    "FR": ("33", ["0"]), "IT": ("39", []), "ES": ("34", []), "SE": ("46", ["0"]),
}

# city as written in the records -> country (every non-empty city must be listed)
CITY = {}
def _cities(cc, names):
    for n in names.split("|"):
        CITY[n.strip()] = cc

_cities("CZ", "Praha|Prague|Praha 6|Прага|Brno|Ostrava|Plzeň|Plzen|České Budějovice|Ceske Budejovice|Liberec|"
              "Olomouc|Kolín|Třebíč|Trebic|Hradec Králové|Hradec Kralove|Pardubice|Prachatice|Nový Bor|Novy Bor|"
              "Zlín|Zlin|Poděbrady|Podebrady|Pavlov|Mikulov|Hranice|Jihlava|Kladno|Boží Dar|Bozi Dar|Rakovník|"
              "Rakovnik|Frýdek-Místek|Frydek-Mistek|Kroměříž|Přerov|Mělník|Česká Lípa|Blatná|Tábor|Karlovy Vary|"
              "Karlsbad|Opava|Jablonec nad Nisou|Znojmo|Kutná Hora|Ústí nad Labem")
_cities("SK", "Bratislava|Košice|Kosice|Žilina|Zilina|Liptovský Mikuláš|Liptovsky Mikulas|Nitra|Terchová|Terchova|"
              "Banská Bystrica|Banska Bystrica|Komárno|Považská Bystrica|Povazska Bystrica|Prešov|Presov|Trnava|"
              "Trenčín|Trencin|Senica|Poprad|Martin|Pozsony")
_cities("PL", "Warszawa|Warsaw|Kraków|Krakow|Gdańsk|Gdansk|Łódź|Lodz|Opole|Rzeszów|Rzeszow|Olsztyn|Poznań|Poznan|"
              "Lublin|Katowice|Wrocław|Wroclaw|Toruń|Torun|Bydgoszcz|Kielce|Gdynia|Szczecin|Bielsko-Biała|"
              "Bielsko-Biala|Białystok|Bialystok|Mińsk Mazowiecki|Gliwice|Częstochowa|Sopot")
_cities("DE", "Berlin|München|Muenchen|Munich|Hamburg|Köln|Koeln|Nürnberg|Nuernberg|Münster|Muenster|Leipzig|"
              "Hannover|Marburg|Bremen|Wuppertal|Baden-Baden|Kassel|Balingen|Kiel|Dresden|Fulda|Bielefeld|"
              "Lüneburg|Lueneburg|Celle|Frankfurt am Main|Frankfurt|Mainz|Essen|Saarbrücken|Saarbruecken|Stuttgart|"
              "Freiburg|Regensburg|Rostock|Augsburg|Düsseldorf|Duesseldorf|Potsdam|Erfurt")
_cities("AT", "Wien|Vienna|Graz|Mayrhofen|Salzburg|Linz|Dornbirn|St. Pölten|Sankt Pölten|Liezen|Mödling|"
              "Innsbruck|Klagenfurt|Wels|Villach")
_cities("CH", "Zürich|Zurich|Bern|Genève|Genf|Geneva|Lugano|Burgdorf|Luzern|Lucerne|Basel|Winterthur|St. Gallen|"
              "Lausanne|Zug")
_cities("UK", "London|Leeds|Manchester|Edinburgh|Dundee|Cardiff|Bristol|Nottingham|Sheffield|York|Glasgow|"
              "Birmingham|Oxford|Brighton|Newcastle upon Tyne|Aberdeen|Belfast")
_cities("IE", "Dublin|Cork|Limerick|Galway|Gaillimh|Naas|Waterford|Sligo|Baile Átha Cliath")
_cities("RU", "Москва|Moscow|Moskva|Moskau|Moskwa|Saint Petersburg|Sankt-Peterburg|St. Petersburg|Санкт-Петербург|"
              "Новосибирск|Novosibirsk|Екатеринбург|Yekaterinburg|Jekatěrinburg|Jekaterinburg|Казань|Kazan|"
              "Тула|Tula|Kasan|Нижний Новгород|Nizhny Novgorod|Nižnij Novgorod|Ростов-на-Дону|Rostov-on-Don|"
              "Архангельск|Arkhangelsk|Пермь|Perm|Воронеж|Voronezh|Самара|Samara|Калининград|Kaliningrad|"
              "Краснодар|Krasnodar|Nischni Nowgorod|Jaroslawl|Челябинск|Chelyabinsk|Tscheljabinsk|Омск|Omsk|Ярославль|Yaroslavl")
_cities("UA", "Київ|Kyiv|Kiev|Kijów|Kijev|Харків|Kharkiv|Charkiw|Львів|Lviv|Lwów|Lemberg|Дніпро|Днепр|Dnipro|"
              "Луцьк|Lutsk|Łuck|Тернопіль|Ternopil|Полтава|Poltava|Ivano-Frankivsk|Ivano-Frankovsk|Одеса|Odesa|"
              "Odessa|Житомир|Zhytomyr|Вінниця|Vinnytsia|Запоріжжя|Zaporizhzhia|Чернігів|Chernihiv|Ужгород|Uzhhorod")
_cities("BY", "Минск|Мінск|Minsk|Mińsk|Гомель|Homiel|Gomel|Гродно|Гродна|Hrodna|Grodno|Брест|Brest|Віцебск|"
              "Витебск|Vitebsk|Viciebsk|Могилёв|Mogilev|Mahilyow")
_cities("HU", "Budapest|Pécs|Pecs|Tapolca|Győr|Gyor|Debrecen|Szeged|Miskolc|Kecskemét|Sopron")
_cities("RO", "Cluj-Napoca|Cluj|București|Bucuresti|Bucharest|Timișoara|Timisoara|Iași|Iasi|Brașov|Brasov|"
              "Sibiu|Constanța|Oradea")
_cities("SI", "Ljubljana|Celje|Maribor|Kranj|Koper")
_cities("HR", "Zagreb|Velika Gorica|Split|Rijeka|Osijek|Zadar")
_cities("RS", "Beograd|Београд|Belgrade|Novi Sad|Нови Сад|Niš|Nis|Kragujevac|Крагујевац")
_cities("LT", "Vilnius|Kaunas|Klaipėda|Klaipeda|Šiauliai|Siauliai|Wilno")
_cities("LV", "Rīga|Riga|Liepāja|Liepaja|Jelgava")
_cities("EE", "Tallinn|Tartu|Pärnu|Parnu")
_cities("NL", "Amsterdam|Rotterdam|Utrecht|Eindhoven|Den Haag|Groningen")
_cities("FR", "Toulouse|Cognac|Paris|Lyon|Strasbourg|Bordeaux|Lille")
_cities("IT", "Padova|Padua|Milano|Milan|Torino|Bologna|Trieste|Verona")
_cities("ES", "Jaén|Jaen|Madrid|Barcelona|Valencia|Sevilla|Bilbao|Zaragoza")
_cities("SE", "Stockholm|Göteborg|Goteborg|Malmö|Malmo|Uppsala|Umeå|Umea")

# Ofcom numbers reserved for drama: 07700 900xxx, 020 7946 0xxx, 0113/0131/0161 496 0xxx, 01632 960xxx
UK_DRAMA = re.compile(r"^\+44(7700900\d{3}|2079460\d{3}|1134960\d{3}|1314960\d{3}|1614960\d{3}|1632960\d{3})$")

EXT_RE = re.compile(r"\s*,?\s*(?:ext\.?|x|kl\.?|wewn\.?|доб\.?|mell\.?|int\.?)\s*\d+\s*$", re.I)


def phone_key(phone, city):
    """Canonical +<digits> form of a stored phone; None when empty."""
    s = phone.strip()
    if not s:
        return None
    s = EXT_RE.sub("", s)
    s = s.replace("(0)", "")
    digits = re.sub(r"\D", "", s)
    if s.startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    cc = CITY.get(city.strip())
    if cc is None:
        raise ValueError(f"national number {phone!r} needs a known city, got {city!r}")
    code, trunks = COUNTRY[cc]
    for t in trunks:
        if digits.startswith(t):
            digits = digits[len(t):]
            break
    return "+" + code + digits


def email_key(email):
    """Canonical mailbox: trimmed, lower case, +tag dropped, gmail dots dropped."""
    e = email.strip().lower()
    if not e:
        return None
    local, _, domain = e.partition("@")
    local = local.split("+", 1)[0]
    if domain in ("gmail.com", "googlemail.com"):
        local = local.replace(".", "")
    return local + "@" + domain


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-zа-яёіїєґў0-9]+", " ", s.lower()).strip()


CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")


# ---------------------------------------------------------------- loading
def load_people():
    people = []
    for path in sorted(glob.glob(os.path.join(HERE, "people_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        sys.path.insert(0, HERE)
        spec.loader.exec_module(mod)
        for p in mod.PEOPLE:
            p["file"] = os.path.basename(path)
            people.append(p)
    return people


# ---------------------------------------------------------------- checks
errors = []
warnings = []


def err(msg):
    errors.append(msg)


def check_people(people):
    keys = Counter(p["key"] for p in people)
    for k, n in keys.items():
        if n > 1:
            err(f"duplicate person key {k}")
    for p in people:
        for t in p["tags"]:
            if t not in ALL_TAGS:
                err(f"{p['key']}: unknown tag {t}")
        for g in p["groups"]:
            kind = g.split(":", 1)[0]
            if ":" not in g or kind not in GROUP_KINDS:
                err(f"{p['key']}: bad group {g}")
        if len(p["recs"]) == 1:
            bad = [t for t in p["tags"] if t not in DIFF_TAGS]
            if bad:
                err(f"{p['key']}: single record but same-person tags {bad}")
        for r in p["recs"]:
            src, first, last, email, phone, company, city = r
            if src not in SOURCES:
                err(f"{p['key']}: unknown source {src}")
            if city.strip() and city.strip() not in CITY:
                err(f"{p['key']}: unknown city {city!r}")
            try:
                pk = phone_key(phone, city)
            except ValueError as e:
                err(f"{p['key']}: {e}")
                pk = None
            if pk and pk.startswith("+44") and not UK_DRAMA.match(pk):
                err(f"{p['key']}: UK number outside the Ofcom drama ranges: {phone}")
            if not any(x.strip() for x in (first, last, email, phone)):
                err(f"{p['key']}: record without name, e-mail and phone: {r}")
            if email.strip() and "@" not in email:
                err(f"{p['key']}: bad e-mail {email!r}")
        check_links(p)
        check_tag_evidence(p)


def components(p):
    """Connected components of a person's records via shared e-mail or phone."""
    recs = p["recs"]
    n = len(recs)
    parent = list(range(n))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keys = []
    for r in recs:
        ks = set()
        e = email_key(r[3])
        if e:
            ks.add(("e", e))
        ph = phone_key(r[4], r[6])
        if ph:
            ks.add(("p", ph))
        keys.append(ks)
    for i, j in itertools.combinations(range(n), 2):
        if keys[i] & keys[j]:
            parent[find(i)] = find(j)
    return [find(i) for i in range(n)]


def check_links(p):
    """No true pair rests on the name alone: a pair of one person's records that is not joined by
    a shared e-mail or phone (directly or through the person's other records) carries a company
    on both records."""
    try:
        comp = components(p)
    except ValueError:
        return
    recs = p["recs"]
    for i, j in itertools.combinations(range(len(recs)), 2):
        if comp[i] != comp[j] and not (recs[i][5].strip() and recs[j][5].strip()):
            err(f"{p['key']}: records {i + 1} and {j + 1} are joined by nothing but the name")


def check_tag_evidence(p):
    recs = p["recs"]
    tags = set(p["tags"])
    emails = [r[3] for r in recs if r[3]]
    if "email-space" in tags and not any(e != e.strip() for e in emails):
        err(f"{p['key']}: email-space without a padded e-mail")
    if "email-case" in tags:
        ok = any(a.strip() != b.strip() and a.strip().lower() == b.strip().lower()
                 for a, b in itertools.combinations(emails, 2))
        if not ok:
            err(f"{p['key']}: email-case without two e-mails differing in case")
    if "only-email" in tags and not any(r[3] and not any(x.strip() for x in (r[1], r[2], r[4], r[5], r[6])) for r in recs):
        err(f"{p['key']}: only-email without such a record")
    if "only-phone" in tags and not any(r[1] and r[4] and not any(x.strip() for x in (r[2], r[3], r[5], r[6])) for r in recs):
        err(f"{p['key']}: only-phone without such a record")
    if "missing" in tags and not any(not (r[3].strip() and r[4].strip() and r[5].strip()) for r in recs):
        err(f"{p['key']}: missing without an empty e-mail/phone/company")
    if "cyrillic" in tags:
        has_c = any(CYR.search(r[1] + r[2]) for r in recs)
        has_l = any(LAT.search(r[1] + r[2]) for r in recs)
        if not (has_c and has_l):
            err(f"{p['key']}: cyrillic without Cyrillic and Latin names")
    if "allcaps" in tags:
        def caps(x):
            letters = [c for c in x if c.isalpha()]
            return len(letters) > 3 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)
        ok = any(caps(x) for r in recs for x in (r[1], r[2], r[3], r[5]))
        if not ok:
            err(f"{p['key']}: allcaps without a capitalised name or company")
    if "email-subaddress" in tags and not any("+" in e.split("@")[0] for e in emails):
        err(f"{p['key']}: email-subaddress without a +tag")
    if "multi-phone" in tags:
        phones = {phone_key(r[4], r[6]) for r in recs if r[4].strip()}
        if len(phones) < 2:
            err(f"{p['key']}: multi-phone with fewer than two numbers")
    if "phone-format" in tags:
        by_key = defaultdict(set)
        for r in recs:
            if r[4].strip():
                by_key[phone_key(r[4], r[6])].add(r[4])
        if not any(len(v) > 1 for v in by_key.values()):
            err(f"{p['key']}: phone-format without one number in two notations")
    if "phone-national" in tags:
        if not any(r[4].strip() and not r[4].strip().startswith("+") and not r[4].strip().startswith("00") for r in recs):
            err(f"{p['key']}: phone-national without a national number")
    if "private-email" in tags or "shared-mailbox-own" in tags or "email-alias" in tags:
        if len({email_key(e) for e in emails}) < 2:
            err(f"{p['key']}: e-mail tag but fewer than two mailboxes")


def check_cross(people):
    """E-mails and phones shared by two persons must be declared as a group of the right kind;
    persons with the same (folded) name must share a group."""
    by_email = defaultdict(set)
    by_phone = defaultdict(set)
    by_name = defaultdict(set)
    for pi, p in enumerate(people):
        for r in p["recs"]:
            e = email_key(r[3])
            if e:
                by_email[e].add(pi)
            ph = phone_key(r[4], r[6])
            if ph:
                by_phone[ph].add(pi)
            nm = fold(r[1] + " " + r[2])
            if r[1].strip() and r[2].strip():
                by_name[nm].add(pi)
                by_name[fold(r[2] + " " + r[1])].add(pi)

    def shared_groups(a, b, kinds):
        ga = {g for g in people[a]["groups"] if g.split(":")[0] in kinds}
        gb = {g for g in people[b]["groups"] if g.split(":")[0] in kinds}
        return ga & gb

    for e, ps in by_email.items():
        for a, b in itertools.combinations(sorted(ps), 2):
            if not shared_groups(a, b, {"mailbox", "couple"}):
                err(f"e-mail {e} shared by {people[a]['key']} and {people[b]['key']} without a mailbox/couple group")
    for ph, ps in by_phone.items():
        for a, b in itertools.combinations(sorted(ps), 2):
            if not shared_groups(a, b, {"family", "switchboard"}):
                err(f"phone {ph} shared by {people[a]['key']} and {people[b]['key']} without a family/switchboard group")
    for nm, ps in by_name.items():
        for a, b in itertools.combinations(sorted(ps), 2):
            if not shared_groups(a, b, set(GROUP_KINDS)):
                err(f"name {nm!r} used by {people[a]['key']} and {people[b]['key']} without a common group")


def group_table(people):
    groups = defaultdict(list)
    for pi, p in enumerate(people):
        for g in p["groups"]:
            groups[g].append(pi)
    stats = {}
    for g, members in sorted(groups.items()):
        kind = g.split(":")[0]
        what = GROUP_KINDS[kind]
        if len(members) < 2:
            err(f"group {g} has fewer than two people")
        pairs = 0
        for a, b in itertools.combinations(members, 2):
            for ra in people[a]["recs"]:
                for rb in people[b]["recs"]:
                    if what == "all":
                        pairs += 1
                    elif what == "email":
                        ea, eb = email_key(ra[3]), email_key(rb[3])
                        pairs += bool(ea and ea == eb)
                    else:
                        pa, pb = phone_key(ra[4], ra[6]), phone_key(rb[4], rb[6])
                        pairs += bool(pa and pa == pb)
        if pairs == 0:
            err(f"group {g}: no confusable pair (nothing shared)")
        stats[g] = (members, sum(len(people[m]["recs"]) for m in members), pairs)
    return stats


# ---------------------------------------------------------------- output
def csv_field(s):
    if any(c in s for c in ',"\r\n') or s != s.strip():
        return '"' + s.replace('"', '""') + '"'
    return s


def main():
    seed = 20251122
    if "--seed" in sys.argv:
        seed = int(sys.argv[sys.argv.index("--seed") + 1])
    people = load_people()
    check_people(people)
    if not errors:
        check_cross(people)
    gstats = group_table(people) if not errors else {}
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    rnd = random.Random(seed)
    order = list(range(len(people)))
    rnd.shuffle(order)
    pid = {}
    for n, pi in enumerate(order, 1):
        pid[pi] = f"R{n:03d}"

    rows = [(pi, r) for pi, p in enumerate(people) for r in p["recs"]]
    for attempt in range(10000):
        rnd.shuffle(rows)
        if all(rows[i][0] != rows[i + 1][0] for i in range(len(rows) - 1)):
            break
    else:
        sys.exit("could not shuffle without adjacent records of one person")

    lines = [",".join(HEADER)]
    for rid, (pi, r) in enumerate(rows, 1):
        lines.append(",".join(csv_field(x) for x in (str(rid),) + r + (pid[pi],)))
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)

    verify_output(people, pid)
    report(people, pid, gstats)


def verify_output(people, pid):
    import csv
    raw = open(OUT, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), "BOM"
    assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF"
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    assert rows[0] == HEADER, "header"
    ids = [int(r[0]) for r in rows[1:]]
    assert ids == list(range(1, len(ids) + 1)), "record ids not 1..N"
    assert len(set(ids)) == len(ids)
    for a, b in zip(rows[1:], rows[2:]):
        assert a[8] != b[8], f"adjacent records {a[0]},{b[0]} of {a[8]}"
    assert len(rows) - 1 == sum(len(p["recs"]) for p in people)
    assert all(len(r) == 9 for r in rows)


def report(people, pid, gstats):
    n_rec = sum(len(p["recs"]) for p in people)
    n_single = sum(1 for p in people if len(p["recs"]) == 1)
    pairs = sum(len(p["recs"]) * (len(p["recs"]) - 1) // 2 for p in people)
    print(f"records {n_rec}, people {len(people)}, single-record people {n_single} "
          f"({100 * n_single / len(people):.0f}%), true pairs {pairs}, all pairs {n_rec * (n_rec - 1) // 2}")
    size = Counter(len(p["recs"]) for p in people)
    print("records per person: " + ", ".join(f"{k}: {v}" for k, v in sorted(size.items())))
    cc = Counter()
    for p in people:
        cc[p["key"].split("-")[0].upper()] += 1
    print("people by country (key prefix): " + ", ".join(f"{k} {v}" for k, v in cc.most_common()))
    src = Counter(r[0] for p in people for r in p["recs"])
    print("records by source: " + ", ".join(f"{k} {v}" for k, v in src.most_common()))
    print()
    print("| case | people | records | true pairs |")
    print("|---|---:|---:|---:|")
    for t in SAME_TAGS + EXTRA_TAGS:
        ps = [p for p in people if t in p["tags"]]
        r = sum(len(p["recs"]) for p in ps)
        tp = sum(len(p["recs"]) * (len(p["recs"]) - 1) // 2 for p in ps)
        print(f"| `{t}` | {len(ps)} | {r} | {tp} |")
    print()
    print("| case | groups | people | records | confusable pairs |")
    print("|---|---:|---:|---:|---:|")
    for kind in GROUP_ORDER:
        gs = [g for g in gstats if g.split(":")[0] == kind]
        print(f"| `{kind}:` | {len(gs)} | {sum(len(gstats[g][0]) for g in gs)} | "
              f"{sum(gstats[g][1] for g in gs)} | {sum(gstats[g][2] for g in gs)} |")
    conly = [p["key"] for p in people if len(p["recs"]) > 1 and len(set(components(p))) > 1]
    print(f"\npeople with records joined only by name and company: {len(conly)}")
    fs = [p for p in people if "father-son" in p["tags"]]
    print(f"\nfather-son people: {len(fs)}")
    if "--list-groups" in sys.argv:
        print()
        for g, (members, nrec, npairs) in gstats.items():
            names = "; ".join(
                f"{pid[m]} {people[m]['recs'][0][1]} {people[m]['recs'][0][2]}".strip() + f" ({len(people[m]['recs'])})"
                for m in members)
            print(f"- `{g}` ({npairs} pairs): {names}")


if __name__ == "__main__":
    main()
