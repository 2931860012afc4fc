"""Plausibility parsing of the phone numbers in the holdout set (an authoring aid, not a matcher).

A number with + or 00 carries its country code; a number without one is read in the country of
the record's city (with that country's trunk prefix: 0, or 8 in Russia). Returns E.164 or raises.
"""
import re

# calling code -> (country, allowed lengths of the national significant number)
CODES = {
    "420": ("CZ", {9}), "421": ("SK", {9}), "48": ("PL", {9}), "49": ("DE", set(range(7, 12))),
    "43": ("AT", set(range(7, 13))), "41": ("CH", {9}), "7": ("RU", {10}), "380": ("UA", {9}),
    "44": ("GB", {10}), "1": ("US", {10}), "353": ("IE", {8, 9}),
}
BY_COUNTRY = {c: (code, lens) for code, (c, lens) in CODES.items()}
TRUNK = {"SK": "0", "DE": "0", "AT": "0", "CH": "0", "UA": "0", "GB": "0", "IE": "0", "RU": "8", "US": "1"}

CITY_COUNTRY = {}
for country, cities in {
    "CZ": "Praha|Praha 4|Prague|Прага|Brno|Kolín|Olomouc|Tábor|Liberec|Benešov|Ostrava|Plzeň|Plzen|Písek|"
          "Kladno|Břeclav|Karlovy Vary|Hradec Králové|Ústí nad Labem|Pardubice|Opava|Jihlava|Zlín|"
          "České Budějovice",
    "SK": "Trenčín|Poprad|Bratislava|Považská Bystrica|Žilina|Trnava|Košice|Nitra",
    "PL": "Kraków|Krakow|Gdańsk|Gdansk|Poznań|Wrocław|Warszawa|Katowice|Lublin|Łódź|Lodz|Rzeszów|Rzeszow|"
          "Szczecin|Białystok",
    "DE": "Stuttgart|Hamburg|Гамбург|München|Berlin|Paderborn|Regensburg|Bremen|Köln|Koeln|Düsseldorf|"
          "Würzburg|Halle (Saale)|Leipzig|Dresden",
    "AT": "Graz|Innsbruck|Wien|Linz|Salzburg",
    "CH": "Zürich|Bern",
    "GB": "Birmingham|London|Bristol|Leeds|Manchester|Sheffield|Cheltenham|Glasgow",
    "US": "Boston|New York|Chicago",
    "IE": "Dublin",
    "RU": "Москва|Moscow|Moskau|Moskva|Санкт-Петербург|Saint Petersburg|St. Petersburg|St Petersburg|"
          "Sankt Petersburg|Самара|Samara|Екатеринбург|Yekaterinburg|Jekaterinburg|Казань|Kazan|Kasan|Kazaň|"
          "Новосибирск|Тверь",
    "UA": "Дніпро|Dnipro|Днепр|Київ|Kyiv|Kyjev|Kharkiv|Харків|Харьков|Charkiw|Львів|Lviv|Lwów|Одеса",
}.items():
    for c in cities.split("|"):
        CITY_COUNTRY[c] = country


def country_of(number):
    """The country of an E.164 number returned by e164()."""
    digits = number.lstrip("+")
    for n in (3, 2, 1):
        if digits[:n] in CODES:
            return CODES[digits[:n]][0]
    raise ValueError(number)


def e164(raw, city):
    s = raw.strip()
    if not s:
        return None
    if re.search(r"[^\d +()\-./]", s):
        raise ValueError(f"unexpected characters in {raw!r}")
    intl = None
    if s.startswith("+") or s.startswith("00"):
        s = s.replace("(0)", "")
        d = re.sub(r"\D", "", s)
        intl = d[2:] if s.startswith("00") else d
        for n in (3, 2, 1):
            if intl[:n] in CODES:
                code = intl[:n]
                break
        else:
            raise ValueError(f"unknown country code in {raw!r}")
        nsn = intl[len(code):]
    else:
        country = CITY_COUNTRY.get(city)
        if country is None:
            raise ValueError(f"national number {raw!r} without a known city ({city!r})")
        code, _ = BY_COUNTRY[country]
        d = re.sub(r"\D", "", s)
        t = TRUNK.get(country)
        if t and d.startswith(t):
            d = d[1:]
        elif t and country not in ("RU", "US"):
            raise ValueError(f"national number {raw!r} in {country} without trunk prefix {t}")
        nsn = d
    country, lens = CODES[code]
    if len(nsn) not in lens:
        raise ValueError(f"{raw!r}: {country} number with {len(nsn)} digits")
    if country in ("CZ",) and nsn[0] not in "234567":
        raise ValueError(f"{raw!r}: implausible Czech number")
    if country == "RU" and nsn[0] not in "3489":
        raise ValueError(f"{raw!r}: implausible Russian number")
    if country == "US" and (nsn[0] in "01" or nsn[3] in "01"):
        raise ValueError(f"{raw!r}: implausible NANP number")
    if country in ("SK", "DE", "AT", "CH", "UA", "GB", "IE", "PL") and nsn[0] == "0":
        raise ValueError(f"{raw!r}: trunk 0 left in the number")
    return "+" + code + nsn
