#!/usr/bin/env python3
"""Validate the hand-written people of holdout2, shuffle them and write ../people.csv.

    python3 build.py             # validate, write ../people.csv, print counts
    python3 build.py --check     # validate and compare with the existing ../people.csv
    python3 build.py --markdown  # also print the README tables

Validation (any failure stops the build):
  * every record has 7 fields, a known source, a known city (or none), a plausible e-mail and a
    phone that normalizes to a number of valid length for its country (a number without country
    code takes the country of its city, which must then be given);
  * no field has stray whitespace except the e-mail (deliberately, for email-space);
  * hand tags come from the vocabulary below; the mechanical tags (MECHANICAL) are not written by
    hand but derived from the records by derive_tags(), and `swapped` and `diacritics` are
    completed by it;
  * no true pair rests on the name alone: a person's records are joined through common e-mails and
    phones (normalized); when that leaves more than one part, every part carries a company and the
    parts' companies agree (or the person has a note explaining the join);
  * an e-mail or phone shared by different people is tagged on each of them (shared-mailbox /
    family-email for e-mails, switchboard / family-phone for phones);
  * different people with the same name (in any script or order) are tagged namesake/near-name or
    share a confusable group.
"""
import collections
import csv
import io
import itertools
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import people  # noqa: E402
from groups import GROUPS  # noqa: E402
import cz_sk, pl, dach, en, east, other  # noqa: E402,F401  (each module appends to people.PEOPLE)

OUT = os.path.join(HERE, "..", "people.csv")
SEED = 20240611
HEADER = ["record_id", "source", "first_name", "last_name", "email", "phone", "company", "city", "person_id"]
SOURCES = {"crm", "erp", "web-form", "newsletter", "event", "import", "helpdesk", "webinar", "billing", "shop"}

TAGS = {
    # same person, written differently
    "email-case": "e-mail in other letter case",
    "email-space": "e-mail with stray leading/trailing spaces",
    "email-typo": "one-character typo in one of the person's e-mails",
    "gmail-dots": "gmail/googlemail address with and without dots",
    "plus-address": "plus-addressing (name+tag@)",
    "work-private-email": "company address in some records, private address in others",
    "phone-notation": "one number in visibly different notations (00, (0), 8 (...), 06, dots, slashes, dashes)",
    "no-cc-phone": "national number without country code (the city tells the country)",
    "phone-ext": "number with an extension (kl., wew., ext., доб., x)",
    "diacritics": "diacritics dropped or transcribed (ř->r, ł->l, ö->oe, ß->ss, ё->е, ő->ö, ș/ş)",
    "caps": "name, company or city in capitals",
    "typo": "one-character typo or spelling variant in a name",
    "translit": "Cyrillic name romanized in different systems (English, German, Czech, Polish, ISO 9, passport)",
    "iso9": "ISO 9 romanization (Ûliâ, Žukova)",
    "cyrillic-latin": "one person in Cyrillic and in Latin script",
    "ua-ru-form": "Ukrainian and Russian forms of one name (Микола/Николай, Олександр/Александр)",
    "by-ru-form": "Belarusian and Russian forms of one name (Сяргей Кавалёў/Сергей Ковалёв)",
    "czech-feminine": "Czech feminine form given to a foreign surname (Sokolova -> Sokolovová)",
    "homoglyph": "Cyrillic letter inside a Latin name",
    "patronymic": "Russian patronymic in a name field",
    "swapped": "first and last name swapped (or family name first)",
    "one-field-name": "whole name in one field",
    "title": "title or suffix in a name field (Ing., Dr., Mgr., Prof., Herr, Frau, pan, pani, Mrs, Ph.D.)",
    "nickname": "nickname or diminutive (Honza, Kuba, Gosia, Sasha, Bob, Hansi, Sepp, Zhenya)",
    "double-surname": "double surname with/without hyphen or only one part",
    "married-name": "surname changed by marriage (joined by e-mail or phone)",
    "hyphen-name": "hyphenated first name written with/without hyphen",
    "initials": "first name as initials",
    "particle": "name particle (von) in either field",
    "name-punct": "apostrophes and in-name punctuation (O'Connor, OConnor, O’Connor, Мар'яна)",
    "name-variant": "regional forms of one name (MacLeod/McLeod, Ó Briain/O'Brien)",
    "company-variant": "company with/without legal form, abbreviated, capitals, translated, department",
    "city-variant": "city in another language, transliteration or with district",
    "job-change": "same person at two employers (joined by phone)",
    "sparse": "records with empty name, phone or city",
    "name+company": "some records share no own e-mail or phone with the rest: joined by name and company",
    "name+shared": "some records are joined to the rest only by the name and a family mailbox/phone",
    # different people who look alike
    "shared-mailbox": "office mailbox (info@, obchod@, biuro@, ...) used by several people",
    "switchboard": "company switchboard number shared by colleagues",
    "family-email": "private e-mail shared by a family",
    "family-phone": "home phone shared by a family",
    "senior-junior": "father and son with the same name",
    "namesake": "same name as another person (different person)",
    "namesake-company": "same name as a colleague at the same company",
    "gender-pair": "a man and a woman whose names differ by a letter or an ending (Pavel/Pavla)",
    "near-name": "names one or two letters apart (Lukáš/Lukáč, Elena/Alena)",
    "email-near": "colleague's or relative's e-mail differing by a digit, letter or initial",
    "phone-near": "colleague's number differing in the last digit",
}
MECHANICAL = {"email-case", "email-space", "no-cc-phone", "phone-ext", "phone-notation", "caps",
              "work-private-email", "company-variant", "city-variant", "sparse"}
FREE_MAIL = set("""gmail.com googlemail.com seznam.cz email.cz centrum.cz post.cz volny.cz atlas.sk azet.sk
zoznam.sk post.sk wp.pl o2.pl onet.pl interia.pl gmx.de web.de t-online.de gmx.at aon.at bluewin.ch gmx.net
posteo.de outlook.com hotmail.co.uk btinternet.com icloud.com yahoo.com comcast.net eircom.net yandex.ru
mail.ru bk.ru ukr.net i.ua tut.by freemail.hu citromail.hu inbox.lt""".split())
SHARED_EMAIL_TAGS = {"shared-mailbox", "family-email"}
SHARED_PHONE_TAGS = {"switchboard", "family-phone"}

COUNTRY_CODE = {"CZ": "420", "SK": "421", "PL": "48", "DE": "49", "AT": "43", "CH": "41", "GB": "44",
                "IE": "353", "US": "1", "RU": "7", "UA": "380", "BY": "375", "HU": "36", "LT": "370", "RO": "40"}
# lengths of the national significant number (without trunk prefix) by country code
NSN = {"420": {9}, "421": {9}, "48": {9}, "49": set(range(7, 12)), "43": set(range(5, 14)), "41": {9},
       "44": {9, 10}, "353": {8, 9}, "1": {10}, "7": {10}, "380": {9}, "375": {9}, "36": {8, 9},
       "370": {8}, "40": {9}}

CITY = {}
for country, names in {
    "CZ": "Mladá Boleslav|Praha|Praha 1|Praha 4|Praha 9|Praha 10|Prague|Brno|Ostrava|Ostrava-Poruba|OSTRAVA|Liberec|LIBEREC|Olomouc|"
          "Plzeň|Hradec Králové|Hradec Kralove|Česká Třebová|Ceska Trebova|Zlín|ZLIN|Jihlava|Tábor|Tabor|"
          "Pardubice|Cheb|České Budějovice|Č. Budějovice|Havlíčkův Brod|Havl. Brod|Kolín|Kladno|Litomyšl|"
          "Ústí nad Labem|Karlovy Vary|Карловы Вары",
    "SK": "Bratislava|Košice|Poprad|Komárno|Kremnica|Banská Bystrica|Žilina|Nitra|Trnava",
    "PL": "Kraków|Krakow|Warszawa|Варшава|Gdańsk|Gdansk|Gdynia|Wrocław|Wroclaw|WROCŁAW|Вроцлав|Poznań|Poznan|"
          "Łódź|Lublin|Radom|Białystok|Bialystok|Katowice",
    "DE": "Köln|Koeln|KOELN|Stuttgart|Hamburg|München|Berlin|Leipzig|Bonn|Bamberg|Rosenheim|Nürnberg|Nuernberg|"
          "Нюрнберг|Dresden|Frankfurt am Main|Frankfurt|Freiburg im Breisgau",
    "AT": "Wien|Salzburg|Graz|Linz",
    "CH": "Zürich|Zurich|Genève|Genf|Basel|Bern",
    "GB": "London|Manchester|Leeds|LEEDS|Bristol|Cardiff|Edinburgh|Birmingham|Bradford",
    "IE": "Galway|Gaillimh|Dublin|Dublin 8|DUBLIN|Cork",
    "US": "Columbus|Columbus, OH|Portland|Portland, OR|Portland, ME|Boston|Chicago|Chicago, IL|San Jose|Seattle",
    "RU": "Москва|Moscow|Moskau|Moskva|Санкт-Петербург|St. Petersburg|Казань|Екатеринбург|Yekaterinburg|"
          "Ekaterinburg|Jekaterinburg|Нижний Новгород|Nižnij Novgorod|Nizhny Novgorod|Nischni Nowgorod|Новосибирск",
    "UA": "Київ|Киев|Kyiv|Львів|Львов|Lviv|Lwów|Одеса|Odessa|Odesa|Харків|Dnipro",
    "BY": "Минск|Мінск|Minsk|Гродно|Hrodna|Grodno",
    "HU": "Budapest|Debrecen|Győr|Szeged",
    "LT": "Vilnius|Kaunas",
    "RO": "București|Bucuresti|Bucharest|Iași|Cluj-Napoca|Cluj",
}.items():
    for name in names.split("|"):
        CITY[name] = country

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------------------------------------
# normalization (used only to validate the labels; it is not a reference matcher)
# ---------------------------------------------------------------------------------------------
EXT = re.compile(r"\s*,?\s*(?:ext\.?|x|kl\.?|wew\.?|доб\.?)\s*\d+\s*$", re.I)


def norm_phone(raw, city):
    s = EXT.sub("", raw.strip())
    s = s.replace("(0)", "")
    digits = re.sub(r"\D", "", s)
    if not digits:
        return None
    if s.lstrip("(").startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    country = CITY.get(city)
    if country is None:
        raise ValueError(f"national number {raw!r} needs a known city, has {city!r}")
    cc = COUNTRY_CODE[country]
    d = digits
    if country == "RU" and len(d) == 11 and d[0] in "78":
        return "+7" + d[1:]
    if country in ("BY", "UA") and len(d) == 11 and d.startswith("80"):
        return "+" + cc + d[2:]
    if country == "LT" and len(d) == 9 and d.startswith("8"):
        return "+370" + d[1:]
    if country == "HU" and d.startswith("06"):
        return "+36" + d[2:]
    if country == "US":
        return "+1" + d[-10:] if len(d) in (10, 11) else "+1" + d
    if d.startswith("0"):
        return "+" + cc + d[1:]
    if len(d) in NSN[cc]:
        return "+" + cc + d
    if d.startswith(cc) and len(d) - len(cc) in NSN[cc]:
        return "+" + d
    return "+" + cc + d


def phone_ok(e164):
    d = e164[1:]
    for cc in sorted(NSN, key=len, reverse=True):
        if d.startswith(cc):
            return len(d) - len(cc) in NSN[cc]
    return False


def norm_email(raw):
    e = raw.strip().lower()
    if not e:
        return None
    local, _, domain = e.partition("@")
    local = local.split("+", 1)[0]
    if domain in ("gmail.com", "googlemail.com"):
        local, domain = local.replace(".", ""), "gmail.com"
    return local + "@" + domain


CYR = dict(zip("абвгґдеёєжзиіїйклмнопрстуўфхцчшщъыьэюя",
               ["a", "b", "v", "g", "g", "d", "e", "e", "e", "zh", "z", "i", "i", "i", "i", "k", "l", "m", "n", "o",
                "p", "r", "s", "t", "u", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def fold(s):
    s = s.lower().replace("ß", "ss").replace("ł", "l").replace("đ", "d")
    s = "".join(CYR.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum())


LEGAL = re.compile(r"\b(s\.?r\.?o\.?|spol\. s r\.o\.?|a\.?\s?s\.?|sp\.? ?z ?o\.?o\.?|sp\.?j\.?|s\.?a\.?|s\.?c\.?|gmbh|"
                   r"& co\.? kg|ag|e\.?\s?k\.?|e\.?\s?v\.?|ltd\.?|limited|llp|llc|inc\.?|co\.?|srl|s\.r\.l\.|kft\.?|bt\.?|"
                   r"uab|ооо|оао|ао|тов|ooo|spółka jawna|spółka akcyjna|sro)\b", re.I)


def company_key(c):
    c = re.split(r"\s[–-]\s", c)[0]
    c = LEGAL.sub(" ", c)
    return fold(c)


def companies_agree(a, b):
    ka, kb = company_key(a), company_key(b)
    if not ka or not kb:
        return False
    return ka == kb or ka.startswith(kb) or kb.startswith(ka)


def strip_marks(s):
    s = s.lower().replace("ß", "ss").replace("ł", "l")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def umlaut_e(s):
    return s.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")


def derive_tags(p):
    """Mechanical tags, read off the records (only for people with more than one record)."""
    recs, tags = p["records"], set()
    if len(recs) < 2:
        return tags
    emails = [r[3] for r in recs if r[3]]
    if any(e.strip() != e.strip().lower() for e in emails):
        tags.add("email-case")
    if any(e != e.strip() for e in emails):
        tags.add("email-space")
    by_phone = collections.defaultdict(set)
    for r in recs:
        if r[4]:
            if not re.match(r"\s*(\+|00|\(\+)", r[4]):
                tags.add("no-cc-phone")
            if EXT.search(r[4]):
                tags.add("phone-ext")
            by_phone[norm_phone(EXT.sub("", r[4]), r[6])].add(re.sub(r"\s", "", r[4]))
    if any(len(v) > 1 for v in by_phone.values()):
        tags.add("phone-notation")

    def caps(x):
        return len(x) > 2 and x == x.upper() and x != x.lower()
    if any(caps(f) for r in recs for f in (r[1], r[2], r[5], r[6])):
        tags.add("caps")
    domains = {norm_email(e).split("@")[1] for e in emails}
    if domains & FREE_MAIL and domains - FREE_MAIL:
        tags.add("work-private-email")
    if len({r[5] for r in recs if r[5]}) > 1:
        tags.add("company-variant")
    if len({r[6] for r in recs if r[6]}) > 1:
        tags.add("city-variant")
    if any(not (r[1] or r[2]) or not (r[4] or r[5] or r[6]) for r in recs):
        tags.add("sparse")
    names = {(r[1].lower(), r[2].lower()) for r in recs if r[1] and r[2]}
    folded = {(fold(a), fold(b)) for a, b in names}
    if any((b, a) in folded for a, b in folded if a != b):
        tags.add("swapped")
    for (a1, b1), (a2, b2) in itertools.combinations(names, 2):
        for f in (strip_marks, umlaut_e):
            if (f(a1), f(b1)) == (f(a2), f(b2)) and (a1, b1) != (a2, b2):
                tags.add("diacritics")
    return tags


# ---------------------------------------------------------------------------------------------
def validate(persons):
    email_owners = collections.defaultdict(set)
    phone_owners = collections.defaultdict(set)
    for pi, p in enumerate(persons):
        name = p["label"]
        for t in p["tags"]:
            if t not in TAGS:
                err(f"{name}: unknown tag {t!r}")
            if t in MECHANICAL:
                err(f"{name}: {t!r} is derived, not written by hand")
        seen = set()
        for r in p["records"]:
            source, first, last, email, phone, company, city = r
            if r in seen:
                err(f"{name}: duplicate record {r}")
            seen.add(r)
            if source not in SOURCES:
                err(f"{name}: unknown source {source!r}")
            if city and city not in CITY:
                err(f"{name}: unknown city {city!r}")
            for field in (source, first, last, phone, company, city):
                if field != field.strip() or "  " in field or "\n" in field:
                    err(f"{name}: stray whitespace in {field!r}")
            if email != email.strip() and len(p["records"]) < 2:
                err(f"{name}: e-mail {email!r} has stray spaces in a singleton (untestable)")
            if email and not re.fullmatch(r"[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}", email.strip().lower()):
                err(f"{name}: odd e-mail {email!r}")
            if not (first or last or email or phone):
                err(f"{name}: empty record")
            if phone:
                try:
                    e164 = norm_phone(phone, city)
                except ValueError as e:
                    err(f"{name}: {e}")
                    continue
                if not phone_ok(e164):
                    err(f"{name}: phone {phone!r} -> {e164} has a bad length")
                phone_owners[e164].add(pi)
            if email:
                email_owners[norm_email(email)].add(pi)

    # shared contacts must be declared
    for key, owners, allowed in [(k, o, SHARED_EMAIL_TAGS) for k, o in email_owners.items()] + \
                                [(k, o, SHARED_PHONE_TAGS) for k, o in phone_owners.items()]:
        if len(owners) > 1:
            for pi in owners:
                if not allowed & set(persons[pi]["tags"]):
                    err(f"{persons[pi]['label']}: shares {key} with "
                        f"{[persons[o]['label'] for o in owners if o != pi]} but has none of {sorted(allowed)}")

    # and the reverse: a person tagged as sharing must share
    for pi, p in enumerate(persons):
        t = set(p["tags"])
        if t & SHARED_EMAIL_TAGS and not any(len(o) > 1 and pi in o for o in email_owners.values()):
            err(f"{p['label']}: tagged {sorted(t & SHARED_EMAIL_TAGS)} but shares no e-mail with anyone")
        if t & SHARED_PHONE_TAGS and not any(len(o) > 1 and pi in o for o in phone_owners.values()):
            err(f"{p['label']}: tagged {sorted(t & SHARED_PHONE_TAGS)} but shares no phone with anyone")

    # no true pair on the name alone
    shared = {"e:" + k for k, o in email_owners.items() if len(o) > 1} | \
             {"p:" + k for k, o in phone_owners.items() if len(o) > 1}
    for p in persons:
        recs = p["records"]
        keys = collections.defaultdict(list)
        for i, r in enumerate(recs):
            if r[3]:
                keys["e:" + norm_email(r[3])].append(i)
            if r[4]:
                keys["p:" + norm_phone(r[4], r[6])].append(i)
        strict = components(len(recs), keys.values())
        loose = components(len(recs), [v for k, v in keys.items() if k not in shared])
        p["parts"], p["own_parts"] = len(strict), len(loose)
        # the rule of the README: parts not joined by a common e-mail or phone each carry a company,
        # and their companies agree
        if len(strict) > 1:
            comps = []
            for members in strict:
                cs = [recs[i][5] for i in members if recs[i][5]]
                if not cs:
                    err(f"{p['label']}: a part without e-mail/phone join carries no company: "
                        f"{[recs[i] for i in members]}")
                comps.append(cs)
            for a, b in itertools.combinations(comps, 2):
                if a and b and not any(companies_agree(x, y) for x in a for y in b) and not p["note"]:
                    err(f"{p['label']}: parts joined by company only, but companies differ {a} / {b} "
                        f"(add a note if this is meant)")
        # joined only through name + company, or name + a contact shared with others: must be tagged
        tagged = {"name+company", "name+shared"} & set(p["tags"])
        if len(loose) > 1 and not tagged:
            err(f"{p['label']}: {len(loose)} parts not joined by an own e-mail/phone, tag name+company or name+shared")
        if len(loose) == 1 and tagged:
            err(f"{p['label']}: tagged {sorted(tagged)} but all records are joined by own e-mails/phones")
        if len(loose) > 1:
            bare = [part for part in loose if not any(recs[i][5] for i in part)]
            if bare and "name+shared" not in p["tags"]:
                err(f"{p['label']}: a part joined only through a shared contact carries no company: tag name+shared")
            if len(bare) < len(loose) - 1 and "name+company" not in p["tags"]:
                err(f"{p['label']}: parts joined through name and company: tag name+company")

    for g in {p["group"] for p in persons} - {None}:
        if g not in GROUPS:
            err(f"group {g!r} has no description in groups.py")

    # same name, different people: must be declared
    by_name = collections.defaultdict(set)
    for pi, p in enumerate(persons):
        for r in p["records"]:
            first, last = r[1], r[2]
            words = [fold(w) for w in (first + " " + last).split()]
            words = [w for w in words if w]
            if len(words) >= 2:
                by_name[frozenset(words)].add(pi)
    for words, owners in by_name.items():
        if len(owners) > 1:
            groups = {persons[o]["group"] for o in owners}
            if len(groups) > 1 or None in groups:
                err(f"same name {sorted(words)} in different confusable groups: "
                    f"{[persons[o]['label'] for o in owners]}")
            for o in owners:
                t = set(persons[o]["tags"])
                if not t & {"namesake", "namesake-company", "senior-junior"}:
                    err(f"{persons[o]['label']}: same name {sorted(words)} as another person, not tagged namesake")


def components(n, groups):
    parent = list(range(n))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for idx in groups:
        for j in idx[1:]:
            parent[find(j)] = find(idx[0])
    parts = collections.defaultdict(list)
    for i in range(n):
        parts[find(i)].append(i)
    return list(parts.values())


def shuffle_records(persons, rng):
    recs = [(p["pid"], r) for p in persons for r in p["records"]]
    rng.shuffle(recs)
    for _ in range(1000):
        bad = [i for i in range(1, len(recs)) if recs[i][0] == recs[i - 1][0]]
        if not bad:
            return recs
        for i in bad:
            j = rng.randrange(len(recs))
            recs[i], recs[j] = recs[j], recs[i]
    raise SystemExit("could not separate one person's records")


def render(recs):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(HEADER)
    for n, (pid, r) in enumerate(recs, 1):
        w.writerow([n, *r, pid])
    return buf.getvalue()


def pairs(n):
    return n * (n - 1) // 2


def main():
    persons = people.PEOPLE
    for i, p in enumerate(persons):
        first = p["records"][0]
        p["label"] = f"{first[1]} {first[2]}".strip() or first[3].strip()
    validate(persons)
    if not errors:
        for p in persons:
            p["tags"] = list(dict.fromkeys(p["tags"] + sorted(derive_tags(p) - set(p["tags"]))))
    if errors:
        print("\n".join(errors))
        raise SystemExit(f"{len(errors)} error(s)")

    rng = random.Random(SEED)
    order = list(range(len(persons)))
    rng.shuffle(order)
    for n, pi in enumerate(order, 1):
        persons[pi]["pid"] = f"Q{n:03d}"
    recs = shuffle_records(persons, rng)
    text = render(recs)

    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8", newline="") as f:
            same = f.read() == text
        print("people.csv is up to date" if same else "people.csv differs from the sources")
        if not same:
            raise SystemExit(1)
    else:
        with open(OUT, "w", encoding="utf-8", newline="") as f:
            f.write(text)

    # read back: well-formed RFC 4180, no BOM, CRLF
    raw = open(OUT, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == raw.count(b"\n")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert rows[0] == HEADER and all(len(r) == 9 for r in rows)
    assert sorted(int(r[0]) for r in rows[1:]) == list(range(1, len(rows)))

    report(persons, "--markdown" in sys.argv)


def report(persons, markdown):
    n_rec = sum(len(p["records"]) for p in persons)
    sizes = collections.Counter(len(p["records"]) for p in persons)
    tp = sum(pairs(len(p["records"])) for p in persons)
    print(f"records {n_rec}, people {len(persons)}, true pairs {tp}, "
          f"singletons {sizes[1]} ({100 * sizes[1] / len(persons):.0f}% of people)")
    print("people by number of records:", ", ".join(f"{k}: {v}" for k, v in sorted(sizes.items())))
    src = collections.Counter(r[0] for p in persons for r in p["records"])
    print("records by source:", ", ".join(f"{k} {v}" for k, v in src.most_common()))
    regions = collections.Counter()
    for p in persons:
        regions[p["region"]] += 1
    print("people by file:", ", ".join(f"{k} {v}" for k, v in regions.items()))
    print("all-pairs baseline: merging everything gives precision", f"{tp}/{pairs(n_rec)}")

    # record pairs of different people that share an e-mail, a phone or a name: the traps
    flat = [(pi, r) for pi, p in enumerate(persons) for r in p["records"]]
    keyed = {"an e-mail": collections.defaultdict(list), "a phone": collections.defaultdict(list),
             "a name": collections.defaultdict(list)}
    for n, (pi, r) in enumerate(flat):
        if r[3]:
            keyed["an e-mail"][norm_email(r[3])].append(n)
        if r[4]:
            keyed["a phone"][norm_phone(r[4], r[6])].append(n)
        words = frozenset(w for w in (fold(x) for x in (r[1] + " " + r[2]).split()) if w)
        if len(words) >= 2:
            keyed["a name"][words].append(n)
    trap_any = set()
    for kind, index in keyed.items():
        traps = set()
        for members in index.values():
            for a, b in itertools.combinations(members, 2):
                if flat[a][0] != flat[b][0]:
                    traps.add((a, b))
        trap_any |= traps
        print(f"record pairs of different people sharing {kind}: {len(traps)}")
    print(f"record pairs of different people sharing any of them: {len(trap_any)}")

    rows = []
    for t in TAGS:
        ps = [p for p in persons if t in p["tags"]]
        if ps:
            rows.append((t, len(ps), sum(len(p["records"]) for p in ps), sum(pairs(len(p["records"])) for p in ps)))
    print("\ntag                  people records pairs")
    for t, a, b, c in rows:
        print(f"{t:20} {a:6} {b:7} {c:5}")
    unused = [t for t in TAGS if not any(t in p["tags"] for p in persons)]
    if unused:
        print("unused tags:", unused)

    groups = collections.defaultdict(list)
    for p in persons:
        if p["group"]:
            groups[p["group"]].append(p)
    print(f"\nconfusable groups: {len(groups)}, people in them: {sum(len(v) for v in groups.values())}")

    if markdown:
        print("\n| tag | meaning | people | records | true pairs |\n|---|---|---:|---:|---:|")
        for t, a, b, c in rows:
            print(f"| `{t}` | {TAGS[t]} | {a} | {b} | {c} |")
        print("\n| group | what makes them look alike | people (records) |\n|---|---|---|")
        for g, ps in sorted(groups.items()):
            desc = "; ".join(f"{p['pid']} {p['label']} ({len(p['records'])})" for p in ps)
            print(f"| {g} | {GROUPS[g]} | {desc} |")
        print("\nnotes:")
        for p in persons:
            if p["note"]:
                print(f"- {p['pid']} {p['label']}: {p['note']}")


if __name__ == "__main__":
    main()
