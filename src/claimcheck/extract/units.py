"""The project's single pint registry, the unit and currency lexicon, and cached unit helpers.

Unit names used across claimcheck are of these kinds:

* pint expressions ("kilometer", "mile / hour", "barrel / day"), parsable by ``get_registry()``;
* ISO 4217 codes for money ("USD", "GBP", "JPY");
* "percent" and "percentage_point" for shares and their changes;
* prices and rates, "<money> / <unit or noun>" ("USD / barrel", "GBP / share"), dimension
  "price" (or "rate" when the numerator is not money);
* anything else is a counted noun in its singular form ("troop", "person"), dimension "count".

Money is always stated in its major unit: a figure written in a minor unit ("19 cents",
"152.3p", "50 sen") is read in the currency it belongs to (0.19 USD, 1.523 GBP, 0.5 MYR). The
scanner reads minor-unit words as `MINOR_UNIT_PREFIX` + the currency they belong to by default
and converts before it returns. Currency names, plurals and symbols come from Unicode CLDR
through the generated `currency_table`; the hand lists below add what news writes that CLDR
does not (wire abbreviations, bare "francs" or "crowns", minor units).

pint is imported lazily: the extraction hot path only reads the lexicon tables below.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimcheck.extract.currency_history import REDENOMINATIONS
from claimcheck.extract.currency_table import (
    CURRENCY_NAMES,
    CURRENCY_SYMBOLS,
    MINOR_UNIT_DIGITS,
)
from claimcheck.extract.unit_factors import SCANNER_UNIT_FACTORS, UNIT_FACTORS

# canonical unit | dimension | surface forms (lower case; "|"-free, comma separated).
# Surface forms are matched case-insensitively after a number, longest first. A unit may take
# several lines.
_UNIT_TABLE = """
percent | percent | %, pct, percent, per cent, percentage, per-cent, pc
percentage_point | percent | percentage point, percentage points, percentage pts, pct point
percentage_point | percent | pct points, pct pts, percent points, per cent points
basis_point | percent | basis point, basis points, bps, bp, basis pts
kilometer | length | km, kms, kilometre, kilometres, kilometer, kilometers, kilo-metres
meter | length | m, metre, metres, meter, meters, mtr, mtrs
centimeter | length | cm, centimetre, centimetres, centimeter, centimeters
millimeter | length | mm, millimetre, millimetres, millimeter, millimeters
micrometer | length | micron, microns, micrometre, micrometres, micrometer, micrometers, µm, μm
nanometer | length | nanometre, nanometres, nanometer, nanometers
mile | length | mile, miles, mi
nautical_mile | length | nautical mile, nautical miles
yard | length | yard, yards, yd, yds
foot | length | foot, feet, ft, ′
inch | length | inch, inches, in., ″
kilometer ** 2 | area | sq km, sq. km, square km, square kilometre, square kilometres
kilometer ** 2 | area | square kilometer, square kilometers, km2, km²
meter ** 2 | area | sq m, square metre, square metres, square meter, square meters, m2, m²
mile ** 2 | area | sq mi, sq miles, square mile, square miles
foot ** 2 | area | sq ft, square foot, square feet
acre | area | acre, acres
hectare | area | hectare, hectares, ha
kilogram | mass | kg, kgs, kilo, kilos, kilogram, kilograms, kilogramme, kilogrammes
gram | mass | g, gram, grams, gramme, grammes, gm, gms
milligram | mass | mg, milligram, milligrams
metric_ton | mass | tonne, tonnes, metric ton, metric tons, metric tonne, metric tonnes, mt
metric_ton | mass | dwt, deadweight tonnes, deadweight tons, deadweight tonne, deadweight ton
metric_ton | mass | dead weight tonnes, dead weight tons, tonnes deadweight, tons deadweight
metric_ton | mass | dwt tonnes, dwt tons
ton | mass | ton, tons, short ton, short tons
pound | mass | lb, lbs, pound, pounds
ounce | mass | oz, ounce, ounces
troy_ounce | mass | troy ounce, troy ounces, troy oz
carat | mass | carat, carats
liter | volume | l, litre, litres, liter, liters, ltr
milliliter | volume | ml, millilitre, millilitres, milliliter, milliliters
gallon | volume | gallon, gallons, gal
pint | volume | pint, pints
quart | volume | quart, quarts
fluid_ounce | volume | fluid ounce, fluid ounces, fl oz
tablespoon | volume | tablespoon, tablespoons, tbsp
teaspoon | volume | teaspoon, teaspoons, tsp
barrel | volume | barrel, barrels, bbl, bbls
bushel | volume | bushel, bushels, bu
meter ** 3 | volume | cubic metre, cubic metres, cubic meter, cubic meters, m3, m³
cubic_foot | volume | cubic foot, cubic feet, cu ft
kilometer / hour | speed | km/h, kmh, kph, km/hr, kilometres per hour, kilometers per hour
kilometer / hour | speed | kilometre per hour, kilometres an hour, kilometers an hour
mile / hour | speed | mph, miles per hour, mile per hour, miles an hour, m.p.h.
meter / second | speed | m/s, metres per second, meters per second
knot | speed | knot, knots, kt, kts
mile / gallon | fuel_economy | mpg, miles per gallon, mile per gallon, miles to the gallon
barrel / day | flow | barrel-a-day, barrels-a-day, barrel-per-day, barrels-per-day
barrel / day | flow | bpd, b/d, bbl/d, barrels per day, barrels a day, barrel per day
barrel / day | flow | barrels of oil per day, barrels of oil a day
cubic_foot / day | flow | cubic feet per day, cubic feet a day, cfd
second | time | second, seconds, sec, secs
minute | time | minute, minutes, min, mins
hour | time | hour, hours, hr, hrs
day | time | day, days
week | time | week, weeks, wk, wks
month | time | month, months, mth, mths
year | time | year, years, yr, yrs
decade | time | decade, decades
century | time | century, centuries
degree_Celsius | temperature | °c, degrees celsius, degree celsius, degrees centigrade, celsius, c
degree_Celsius | temperature | degrees c, degree c, deg c, ° c
degree_Fahrenheit | temperature | °f, degrees fahrenheit, degree fahrenheit, fahrenheit, f
degree_Fahrenheit | temperature | degrees f, degree f, deg f, ° f
degree | angle | degree, degrees, °
watt | power | w, watt, watts
kilowatt | power | kw, kilowatt, kilowatts
megawatt | power | mw, megawatt, megawatts
gigawatt | power | gw, gigawatt, gigawatts
horsepower | power | hp, horsepower, bhp, brake horsepower
metric_horsepower | power | metric horsepower
milliwatt | power | milliwatt, milliwatts
kilowatt_hour | energy | kwh, kilowatt hour, kilowatt hours, kilowatt-hour, kilowatt-hours
megawatt_hour | energy | mwh, megawatt hour, megawatt hours, megawatt-hour, megawatt-hours
gigawatt_hour | energy | gwh, gigawatt hour, gigawatt hours, gigawatt-hour, gigawatt-hours
british_thermal_unit | energy | btu, btus, british thermal units
calorie | energy | calorie, calories, kcal
foot * force_pound | torque | pound-feet, pound-foot, lb-ft, lb ft, foot-pounds, ft-lbs, ft-lb
newton * meter | torque | nm, nm of torque, newton metres, newton meters, newton-metres
newton * meter | torque | newton-meters
revolutions_per_minute | frequency | rpm, revolutions per minute
hertz | frequency | hz, hertz
kilohertz | frequency | khz, kilohertz
megahertz | frequency | mhz, megahertz
gigahertz | frequency | ghz, gigahertz
byte | information | byte, bytes
kilobyte | information | kb, kilobyte, kilobytes
megabyte | information | mb, megabyte, megabytes
gigabyte | information | gb, gigabyte, gigabytes
terabyte | information | tb, terabyte, terabytes
kilobit / second | data_rate | kbps, kbit/s, kilobits per second, kilobit per second
megabit / second | data_rate | mbps, mbit/s, megabits per second, megabit per second
megabit / second | data_rate | megabits a second
gigabit / second | data_rate | gbps, gbit/s, gigabits per second, gigabit per second
milliampere_hour | charge | mah, milliampere-hours, milliamp-hours
volt | voltage | v, volt, volts
ampere | current | amp, amps, ampere, amperes
milliampere | current | milliamp, milliamps, milliampere, milliamperes
kilovolt | voltage | kv, kilovolt, kilovolts
pascal | pressure | pa, pascal, pascals
gigapascal | pressure | gpa, gigapascal, gigapascals
decibel | level | db, decibel, decibels
parts_per_million | concentration | ppm, parts per million
parts_per_billion | concentration | ppb, parts per billion
"""

# ISO code | words that name the currency after a number (lower case); a code may take
# several lines.
_CURRENCY_WORDS = """
USD | dollar, dollars, dlr, dlrs, us dollar, us dollars, u.s. dollar, u.s. dollars, usd
USD | us dlrs, u.s. dlrs, u.s. dlr, american dollars
AUD | australian dollar, australian dollars, aud
CAD | canadian dollar, canadian dollars, cad
NZD | new zealand dollar, new zealand dollars, nzd
HKD | hong kong dollar, hong kong dollars, hkd
SGD | singapore dollar, singapore dollars, sgd
TWD | taiwan dollar, taiwan dollars, taiwanese dollar, taiwanese dollars, twd
EUR | euro, euros, eur
GBP | pound sterling, pounds sterling, sterling, stg, gbp, british pounds, stg pounds
JPY | yen, jpy
CNY | yuan, renminbi, cny, rmb
INR | rupee, rupees, inr
PKR | pakistani rupee, pakistani rupees
CHF | swiss franc, swiss francs, chf
# Francs without a country are taken as French francs (the common case in the wire corpus).
FRF | french franc, french francs, ffr, franc, francs, ff
BEF | belgian franc, belgian francs
DEM | mark, marks, deutsche mark, deutsche marks, deutschemark, deutschemarks, dm
NLG | guilder, guilders
ITL | lira, lire
ESP | peseta, pesetas
MXN | peso, pesos, mexican peso, mexican pesos
BRL | real, reais, brazilian real
ZAR | rand
KRW | won
ILS | shekel, shekels, new israeli shekel, new israeli shekels, nis
MYR | ringgit
THB | baht
IDR | rupiah
PHP | philippine peso, philippine pesos
SEK | swedish crown, swedish crowns, swedish krona, swedish kronor
NOK | norwegian crown, norwegian crowns, norwegian krone, norwegian kroner
DKK | danish krone, danish kroner, krone, kroner
RUB | rouble, roubles, ruble, rubles
SAR | riyal, riyals, saudi riyal, saudi riyals
AED | dirham, dirhams
NGN | naira
KES | kenyan shilling, kenyan shillings
TRY | turkish lira, turkish liras
XEU | ecu, ecus, european currency unit, european currency units
XDR | sdr, sdrs, special drawing right, special drawing rights
ATS | schilling, schillings, austrian schilling, austrian schillings
HUF | forint, forints
IEP | punt, punts, irish pound, irish pounds
FIM | markka, markkaa, finnish markka
ZMK | kwacha
VEB | bolivar, bolivars
DKK | danish crown, danish crowns
# Crowns and dinars without a country: Swedish crowns and Kuwaiti dinars unless the text
# nearby names another country (the scanner looks; see `REGIONAL_CURRENCIES`).
SEK | crown, crowns, krona, kronor
CZK | czech crown, czech crowns, koruna, korunas
ISK | icelandic crown, icelandic crowns
KWD | dinar, dinars, kuwaiti dinar, kuwaiti dinars
IQD | iraqi dinar, iraqi dinars
JOD | jordanian dinar, jordanian dinars
BHD | bahraini dinar, bahraini dinars
TND | tunisian dinar, tunisian dinars
DZD | algerian dinar, algerian dinars
LYD | libyan dinar, libyan dinars
YUD | yugoslav dinar, yugoslav dinars
BTC | bitcoin, bitcoins
"""

# Marks a minor unit inside the scanner ("minor:GBP" for pence); never in a returned mention.
MINOR_UNIT_PREFIX = "minor:"

# Minor units: the currency each belongs to unless the text names another one nearby
# ("A$1.20, up 5 cents": Australian cents), and its surface forms.
_MINOR_UNIT_WORDS = """
USD | cent, cents, ct, cts, c, us cents, u.s. cents, ¢
GBP | pence, penny, pennies, p
MYR | sen
RUB | kopek, kopeks, kopeck, kopecks
INR | paisa, paise
DEM | pfennig, pfennigs, pfennige
SEK | ore, öre
ILS | agora, agorot
THB | satang
SAR | halala, halalas
KWD | fils
"""

# Symbols and prefixes written before the number: "$5", "US$ 5", "A$5", "£3", "Rs 40".
CURRENCY_PREFIXES: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "us $": "USD",
    "u.s.$": "USD",
    "usd": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "cad": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "nt$": "TWD",
    "r$": "BRL",
    "£": "GBP",
    "gbp": "GBP",
    "stg": "GBP",
    "€": "EUR",
    "eur": "EUR",
    "¥": "JPY",
    "jpy": "JPY",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "inr": "INR",
    "rm": "MYR",
    "₪": "ILS",
    "nis": "ILS",
    "chf": "CHF",
    "sfr": "CHF",
    "dm": "DEM",
    "ffr": "FRF",
    "r": "ZAR",
}


for _symbol, _code in CURRENCY_SYMBOLS.items():
    CURRENCY_PREFIXES.setdefault(_symbol.lower(), _code)
# One-character symbols that may also follow the amount ("1,200€").
CURRENCY_SIGN_SYMBOLS = frozenset(symbol for symbol in CURRENCY_SYMBOLS if len(symbol) == 1)


def _table_rows(table: str, with_dimension: bool) -> list[tuple[str, str, list[str]]]:
    """(unit, dimension, surfaces) of each row of a "unit | [dimension |] surfaces" table."""
    rows = []
    for line in table.strip().splitlines():
        if line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("|")]
        dimension = parts[1] if with_dimension else "currency"
        rows.append((parts[0], dimension, [surface.strip() for surface in parts[-1].split(",")]))
    return rows


def _currency_surfaces() -> list[tuple[str, str]]:
    """(surface, code) of the CLDR names, in the order they may claim a surface: the names
    as news writes them, the bare last words, and the cents named with their currency
    ("australian cents", "euro cents")."""
    found: list[tuple[str, str]] = []
    for name, code in CURRENCY_NAMES.items():
        found.extend((surface, code) for surface in _name_variants(name))
    found.extend(_bare_currency_words().items())
    for name, code in CURRENCY_NAMES.items():
        words = name.split()
        if words[-1] in ("dollar", "euro"):
            cents = [" ".join([*words[:-1], word]) for word in ("cent", "cents", "ct", "cts")]
            found.extend((surface, MINOR_UNIT_PREFIX + code) for surface in cents if surface)
    found.extend((surface, MINOR_UNIT_PREFIX + "EUR") for surface in ("euro cent", "euro cents"))
    return found


def _parse_unit_table() -> tuple[dict[str, str], dict[str, str]]:
    surface_to_unit: dict[str, str] = {}
    unit_dimension: dict[str, str] = {}
    rows = [
        *_table_rows(_UNIT_TABLE, with_dimension=True),
        *_table_rows(_CURRENCY_WORDS, with_dimension=False),
    ]
    rows.extend((unit, dimension, [surface]) for surface, unit, dimension in _areas_and_volumes())
    rows.extend(
        (MINOR_UNIT_PREFIX + code, "currency", surfaces)
        for code, _, surfaces in _table_rows(_MINOR_UNIT_WORDS, with_dimension=False)
    )
    rows.extend((code, "currency", [surface]) for surface, code in _currency_surfaces())
    for unit, dimension, surfaces in rows:
        unit_dimension.setdefault(unit, dimension)
        for surface in surfaces:
            surface_to_unit.setdefault(surface, unit)
    for code in CURRENCY_PREFIXES.values():
        unit_dimension[code] = "currency"
    unit_dimension["cent"] = "currency"  # US cents as rules and older ledgers name them
    for history in REDENOMINATIONS.values():  # codes of the days before a redenomination
        for _, code in history:
            unit_dimension.setdefault(code, "currency")
    return surface_to_unit, unit_dimension


# Lengths that areas and volumes are written in: unit, then its forms (singular, plural,
# symbols) that "square", "sq", "cubic" and "cu" combine with.
_SQUARED_LENGTHS = {
    "kilometer": "km kilometre kilometres kilometer kilometers",
    "meter": "m metre metres meter meters",
    "centimeter": "cm centimetre centimetres centimeter centimeters",
    "millimeter": "mm millimetre millimetres millimeter millimeters",
    "mile": "mi mile miles",
    "yard": "yd yds yard yards",
    "foot": "ft foot feet",
    "inch": "in inch inches",
}


def _areas_and_volumes() -> list[tuple[str, str, str]]:
    """(surface, unit, dimension) of every area and volume a length spells: "sq km",
    "square feet", "km2", "cubic yards", "cu m", "m³"; plus "acre-feet" and "cc"."""
    found: list[tuple[str, str, str]] = []
    for unit, forms in _SQUARED_LENGTHS.items():
        for power, dimension, words, marks in (
            (2, "area", ("square", "sq", "sq."), ("2", "²")),
            (3, "volume", ("cubic", "cu", "cu."), ("3", "³")),
        ):
            canonical = f"{unit} ** {power}"
            for form in forms.split():
                found.extend((f"{word} {form}", canonical, dimension) for word in words)
                if len(form) <= 2:  # "km2", "m³": symbols only
                    found.extend((f"{form}{mark}", canonical, dimension) for mark in marks)
    found.extend(
        (surface, "acre_foot", "volume")
        for surface in ("acre-foot", "acre-feet", "acre foot", "acre feet", "af")
    )
    found.extend((surface, "centimeter ** 3", "volume") for surface in ("cc", "ccs"))
    return found


def _bare_currency_words() -> dict[str, str]:
    """The last word of a CLDR name ("hryvnias" of "Ukrainian hryvnias") when no other
    currency's name ends in it; "dollars" or "francs" name several and are left to the hand
    list above, which picks the one news means without a country."""
    owners: dict[str, set[str]] = {}
    for name, code in CURRENCY_NAMES.items():
        owners.setdefault(name.rsplit(" ", 1)[-1], set()).add(code)
    return {
        word: codes.pop()
        for word, codes in owners.items()
        if len(codes) == 1 and word not in _NOT_BARE_CURRENCY_WORDS and not codes & _FUND_CODES
    }


# Last words of CLDR names that are not a currency on their own: metals, accounting units.
_NOT_BARE_CURRENCY_WORDS = frozenset(
    {"account", "rights", "value", "unit", "units", "silver", "gold", "palladium", "platinum"}
    | {"mvdol", "uic-franc", "uic-francs"}
)
_FUND_CODES = frozenset(
    {"XAG", "XAU", "XPD", "XPT", "XDR", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA", "XTS", "XXX"}
    | {"CLF", "COU", "BOV", "UYI"}
)


def _name_variants(name: str) -> list[str]:
    """A CLDR name as news writes it: "new zealand dollars", "new zealand dlrs", "n.z. dlrs"."""
    variants = [name]
    words = name.split()
    if words[-1] in ("dollar", "dollars"):
        dlrs = "dlr" if words[-1] == "dollar" else "dlrs"
        variants.append(" ".join([*words[:-1], dlrs]))
        if len(words) == 3:  # a two-word country: "n.z. dollars", "h.k. dlrs", "nz dlrs"
            letters = [word[0] for word in words[:2]]
            for initials in ("".join(f"{letter}." for letter in letters), "".join(letters)):
                variants.extend(f"{initials} {last}" for last in (words[-1], dlrs))
    return variants


# Surface form (lower case) -> canonical unit name; canonical unit -> dimension name.
UNIT_SURFACES, UNIT_DIMENSIONS = _parse_unit_table()
# Currencies named by one CLDR word alone ("dram", "taka"): in capitals amid lower-case text
# such a word is more often an acronym ("256K DRAM chips").
BARE_CURRENCY_WORDS = frozenset(_bare_currency_words())

# Surface forms whose meaning depends on letter case; checked before the lower-case table.
CASE_SENSITIVE_SURFACES: dict[str, str] = {
    "nm": "nanometer",
    "Nm": "newton * meter",
    "mA": "milliampere",
    "A": "ampere",
    "mW": "milliwatt",
    "MW": "megawatt",
    "PS": "metric_horsepower",
}

# Surface forms that are only units when written as symbols right after a digit ("5m", "20 km")
# but are common words or initials otherwise; the scanner checks these more strictly.
AMBIGUOUS_SURFACES = frozenset(
    {"m", "g", "l", "c", "f", "w", "v", "p", "in.", "pt", "mt", "min", "mi", "ff"}
    | {"gal", "gm", "kt", "sec", "pa", "r", "rs", "rm", "dm", "nis", "mark", "marks", "real"}
    | {"won", "point", "points", "pts", "degree", "degrees", "nm", "mb", "db", "gb"}
    # "three crowns" may be headgear; "300 crowns" is money.
    | {"crown", "crowns", "dinar", "dinars"}
)

# Currency words shared by several countries: the surface, then (country cue, ISO code) pairs
# tried against the text before the figure, nearest cue winning.
REGIONAL_CURRENCIES: dict[str, tuple[tuple[str, str], ...]] = {
    "crown": (
        ("danish|denmark|copenhagen", "DKK"),
        ("norwegian|norway|oslo", "NOK"),
        ("swedish|sweden|stockholm", "SEK"),
        ("czech|prague", "CZK"),
        ("icelandic|iceland|reykjavik", "ISK"),
    ),
    # "kroner" (Danish and Norwegian alike): Danish unless Norway is named before the figure
    **dict.fromkeys(
        ("krone", "kroner"),
        (("danish|denmark|copenhagen", "DKK"), ("norwegian|norway|oslo", "NOK")),
    ),
    "dinar": (
        ("kuwaiti|kuwait", "KWD"),
        ("iraqi|iraq|baghdad", "IQD"),
        ("jordanian|jordan|amman", "JOD"),
        ("bahraini|bahrain|manama", "BHD"),
        ("tunisian|tunisia|tunis", "TND"),
        ("algerian|algeria|algiers", "DZD"),
        ("libyan|libya|tripoli", "LYD"),
        ("yugoslav|yugoslavia|belgrade", "YUD"),
    ),
}

# Currency words that CLDR names for several countries, beyond the hand list above: the
# country is read from the adjective of each CLDR name ("argentine peso"), matched as the
# start of a capitalized word before the figure ("Argentina", "Argentine").
_CUED_CURRENCY_WORDS = (
    "peso",
    "franc",
    "rupee",
    "shilling",
    "escudo",
    "rial",
    "riyal",
    "kyat",
    "lira",
)


def _cues_from_names() -> dict[str, tuple[tuple[str, str], ...]]:
    stems: dict[str, dict[str, str]] = {}
    for name, code in CURRENCY_NAMES.items():
        *adjective, last = name.split()
        if last not in _CUED_CURRENCY_WORDS or not adjective:
            continue
        country = " ".join(adjective)
        stem = country[: max(4, len(country) - 4)]
        stems.setdefault(last, {}).setdefault(stem, code)
    return {
        word: tuple(
            (rf"(?-i:{stem[0].upper()}){re.escape(stem[1:])}\w*", code)
            for stem, code in by_stem.items()
        )
        for word, by_stem in stems.items()
    }


CUED_CURRENCIES = _cues_from_names()

# Spellings of one currency word that CLDR and news write differently: "kronor", "kroner",
# "koruna" and "crowns" are all crowns; an Irish punt is the Irish pound.
_CURRENCY_WORD_FAMILIES = {
    **dict.fromkeys(
        ("crown", "krona", "kronor", "krone", "kroner", "koruna", "korunas", "króna", "kroon"),
        "crown",
    ),
    **dict.fromkeys(("rouble", "ruble"), "ruble"),
    **dict.fromkeys(("schilling", "shilling"), "shilling"),
    **dict.fromkeys(("punt", "pound"), "pound"),
    **dict.fromkeys(("lira", "lire", "liras"), "lira"),
    **dict.fromkeys(("renminbi", "yuan"), "yuan"),
    **dict.fromkeys(("rand", "rands"), "rand"),
    **dict.fromkeys(("dlr", "dlrs", "dollar"), "dollar"),
    **dict.fromkeys(("mark", "markka", "markkaa"), "mark"),
}


def currency_word_family(word: str) -> str:
    """The currency word a spelling belongs to, in the singular: "kronor" -> "crown"."""
    word = word.lower()
    family = _CURRENCY_WORD_FAMILIES.get(word)
    if family is None and word.endswith("s"):
        family = _CURRENCY_WORD_FAMILIES.get(word[:-1], word[:-1])
    return family or word


def _qualified_from_names() -> dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]:
    """Currency word -> (country words but the last, stem of the last, ISO code) of every CLDR
    name with a country before it: "kenyan shilling" gives ((), "keny", "KES"), so that
    "Kenya shillings" and "Kenyan shillings" are both read as KES."""
    found: dict[str, dict[tuple[tuple[str, ...], str], str]] = {}
    for name, code in CURRENCY_NAMES.items():
        *country, last = name.split()
        if not country:
            continue
        *head, tail = country
        stem = tail[: max(4, len(tail) - 4)]
        found.setdefault(currency_word_family(last), {}).setdefault((tuple(head), stem), code)
    return {
        word: tuple((head, stem, code) for (head, stem), code in by_country.items())
        for word, by_country in found.items()
    }


_QUALIFIED_CURRENCIES = _qualified_from_names()
# The words those names end in, as written after a country ("pesos", "kronor", "punts").
QUALIFIED_CURRENCY_WORDS = (
    frozenset(
        word
        for name in CURRENCY_NAMES
        for word in (name.rsplit(" ", 1)[-1],)
        if " " in name and currency_word_family(word) in _QUALIFIED_CURRENCIES
    )
    | frozenset(_CURRENCY_WORD_FAMILIES)
    | frozenset(f"{word}s" for word in _CURRENCY_WORD_FAMILIES)
)


def qualified_currency(qualifier: str, word: str) -> str | None:
    """ISO code of a currency word after its country's name or adjective ("Philippine pesos",
    "Kenya shillings", "Norwegian kronor", "Irish punts"), from the CLDR names: the country
    whose stem the qualifier's last word starts with, the words before it the same ("Hong
    Kong") or one of them missing ("Taiwan" for "New Taiwan", "West German" for "German");
    the same words and then the longest stem win. None when no CLDR name fits, or two
    countries fit as well ("Korean won": North or South)."""
    candidates = _QUALIFIED_CURRENCIES.get(currency_word_family(word))
    if not candidates:
        return None
    *words, tail = qualifier.lower().replace(".", "").split()
    head = tuple(words)
    scored: dict[tuple[bool, int], set[str]] = {}
    for country_head, stem, code in candidates:
        shorter, longer = sorted((head, country_head), key=len)
        if not tail.startswith(stem) or longer[len(longer) - len(shorter) :] != shorter:
            continue
        scored.setdefault((head == country_head, len(stem)), set()).add(code)
    if not scored:
        return None
    codes = scored[max(scored)]
    return codes.pop() if len(codes) == 1 else None


# "cent", the unit earlier releases gave figures in cents, as stored in older ledgers.
_SUBUNITS: dict[str, tuple[float, str]] = {"cent": (0.01, "USD")}


def minor_unit_factor(code: str) -> float:
    """What one minor unit of a currency is worth in the major one (0.01; KWD 0.001)."""
    return 10.0 ** -MINOR_UNIT_DIGITS.get(code, 2)


# pint dimensionality (as printed) -> claimcheck dimension name.
_DIMENSIONALITY_NAMES: dict[str, str] = {
    "[length]": "length",
    "[mass]": "mass",
    "[time]": "time",
    "[temperature]": "temperature",
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[length] / [time]": "speed",
    "[length] ** 3 / [time]": "flow",
    "1 / [length] ** 2": "fuel_economy",
    "[length] ** 2 * [mass] / [time] ** 3": "power",
    "[length] ** 2 * [mass] / [time] ** 2": "energy",
    "1 / [time]": "frequency",
    "[current] * [time]": "charge",
    "[mass] / [length] / [time] ** 2": "pressure",
    "dimensionless": "dimensionless",
}

logger = logging.getLogger(__name__)

_registry: Any = None


def _pint_cache_folder(pint: Any) -> Path:
    """pint's parsed-definitions cache, one folder per pint install: pint's own cache keys
    entries by file content but stores absolute paths, so a cache shared between two
    virtualenvs breaks as soon as one of them is removed."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    install = f"{pint.__version__}:{Path(pint.__file__).resolve().parent}"
    digest = hashlib.sha1(install.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return base / "claimcheck" / f"pint-{digest}"


# Optional companions pint loads when they are installed, for arrays claimcheck never gives it:
# Dask (its arrays) and NumPy (its arrays). Importing them is most of pint's import time, a
# good part of a `claimcheck check` of a draft; pint works the same on plain floats without.
_PINT_EXTRAS = ("dask", "numpy")


def _import_pint() -> Any:
    """pint, imported without its optional array libraries when they are not loaded already
    (a process that loaded them, a run's flow with pandas, keeps them and pint uses them)."""
    import sys

    if "pint" in sys.modules:
        import pint

        return pint
    hidden = [name for name in _PINT_EXTRAS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import fails: pint skips it
    try:
        import pint
    finally:
        for name in hidden:
            if sys.modules.get(name, ...) is None:
                del sys.modules[name]
    return pint


def get_registry() -> Any:
    """Return the project's one pint UnitRegistry, created on first use (disk-cached)."""
    global _registry
    if _registry is None:
        pint = _import_pint()
        folder = _pint_cache_folder(pint)
        # "pp", "bp" and "ppm" below replace pint's own meanings on purpose (percentage and
        # basis points, not pico-poises): pint would log "Redefining ..." on every run.
        quiet = {"on_redefinition": "ignore"}
        try:
            registry = pint.UnitRegistry(cache_folder=folder, **quiet)
        except Exception as error:  # whatever a stale cache raises: logged, parsed afresh
            # A cache written by another pint install (a moved or rebuilt virtualenv) can
            # point at definition files that are gone; parsing afresh costs ~0.1 s.
            logger.warning(
                "pint cache %s unusable (%r): reading the definitions afresh", folder, error
            )
            registry = pint.UnitRegistry(cache_folder=None, **quiet)
        registry.define("percentage_point = 0.01 = pp")
        registry.define("basis_point = 0.0001 = bp")
        registry.define("parts_per_million = 1e-6 = ppm")
        registry.define("parts_per_billion = 1e-9 = ppb")
        # News copy's barrel is the oil barrel of 42 US gallons, not pint's 31.5-gallon US
        # liquid barrel; its decade is ten years, not pint's logarithmic ratio.
        registry.define("barrel = 42 * gallon = bbl")
        registry.define("decade = 10 * year")
        # A registry that parsed its definitions afresh (no disk cache yet, or an unusable
        # one) has already worked out every unit's base units, and `define` does not
        # refresh them (pint issue 922): without this the first run of an install reads a
        # decade as pint's logarithmic ratio. About 0.03 s, once per process that needs pint.
        registry._caches.clear()
        registry._build_cache()
        _registry = registry
    return _registry


@lru_cache(maxsize=1)
def unit_parse_errors() -> tuple[type[Exception], ...]:
    """What pint raises on text that is not a unit it knows: its own errors (an undefined unit,
    bad syntax) and, from its tokenizer and evaluator, TokenError ("("), TypeError ("co-op"),
    AssertionError ("km/"), ValueError ("10^3") and ZeroDivisionError ("1/0"). Anything else
    is a bug, and propagates."""
    import tokenize

    pint = _import_pint()
    return (
        pint.errors.PintError,
        tokenize.TokenError,
        TypeError,
        AssertionError,
        ValueError,
        ZeroDivisionError,
    )


def lookup_surface(surface: str) -> str | None:
    """Canonical unit for a surface form ("kilometres" -> "kilometer"), or None if unknown."""
    key = re.sub(r"\s+", " ", surface.strip().lower())
    unit = UNIT_SURFACES.get(key) or CURRENCY_PREFIXES.get(key)
    if unit == MINOR_UNIT_PREFIX + "USD":
        return "cent"  # the name US cents have always had outside the scanner
    return unit


def is_currency(unit: str | None) -> bool:
    return unit is not None and UNIT_DIMENSIONS.get(unit) == "currency"


@lru_cache(maxsize=4096)
def dimension_of(unit: str | None) -> str:
    """Dimension name of a unit: "length", "currency", "percent", "count" for counted nouns..."""
    if not unit:
        return "dimensionless"
    known = UNIT_DIMENSIONS.get(unit)
    if known:
        return known
    if re.fullmatch(r"[A-Z]{3}", unit):
        return "currency"
    numerator, per, _ = unit.partition(" / ")
    if per and dimension_of(numerator) == "currency":
        return "price"
    try:
        dimensionality = str(get_registry().parse_units(unit).dimensionality)
    except unit_parse_errors():
        # Not a pint unit: a counted noun ("troop", "person") or a rate of one.
        return "rate" if per else "count"
    return _DIMENSIONALITY_NAMES.get(dimensionality, dimensionality)


@lru_cache(maxsize=4096)
def _base_factor(unit: str) -> tuple[float, float, str] | None:
    """(scale, offset, base unit) so that base = value * scale + offset, or None."""
    known = UNIT_FACTORS.get(unit) or SCANNER_UNIT_FACTORS.get(unit)
    if known is not None:
        return known  # a lexicon unit or one the scanner writes ("point"): no need for pint
    if unit in _SUBUNITS:
        factor, code = _SUBUNITS[unit]
        return factor, 0.0, code
    if unit.startswith(MINOR_UNIT_PREFIX) and " / " not in unit:
        code = unit[len(MINOR_UNIT_PREFIX) :]
        return minor_unit_factor(code), 0.0, code
    composite = _composite_factor(unit)
    if composite is not None:
        return composite
    dimension = dimension_of(unit)
    if dimension in ("currency", "count"):
        return 1.0, 0.0, unit
    if dimension == "price":
        # "cent / share" -> "USD / share"; the denominator is kept as written.
        numerator, _, denominator = unit.partition(" / ")
        factor, code = _SUBUNITS.get(numerator, (1.0, numerator))
        return factor, 0.0, f"{code} / {denominator}"
    return pint_base_factor(unit)


def _composite_factor(unit: str) -> tuple[float, float, str] | None:
    """ "metric_ton / day" from the factors of its two lexicon units, without pint."""
    numerator, per, denominator = unit.partition(" / ")
    top, bottom = UNIT_FACTORS.get(numerator), UNIT_FACTORS.get(denominator)
    if not per or top is None or bottom is None or top[1] or bottom[1]:
        return None
    if " " in top[2] or " " in bottom[2]:
        return None  # compound base units: pint's own reduction names them
    return top[0] / bottom[0], 0.0, f"{top[2]} / {bottom[2]}"


def pint_base_factor(unit: str) -> tuple[float, float, str] | None:
    """(scale, offset, base unit) of a unit as pint computes them; None if pint cannot."""
    registry = get_registry()
    try:
        zero = registry.Quantity(0.0, unit).to_base_units()
        one = registry.Quantity(1.0, unit).to_base_units()
    except unit_parse_errors():
        return None  # not a unit pint can express in base units
    return float(one.magnitude - zero.magnitude), float(zero.magnitude), str(one.units)


def to_base(value: float, unit: str) -> tuple[float, str]:
    """Express a value in the base unit of its dimension, for comparing quantities.

    Money stays in its currency (cents become dollars), counted nouns stay as they are;
    unknown units are returned unchanged.
    """
    factors = _base_factor(unit)
    if factors is None:
        return value, unit
    scale, offset, base_unit = factors
    return float(f"{value * scale + offset:.12g}"), base_unit


@lru_cache(maxsize=4096)
def _conversion(from_unit: str, to_unit: str) -> tuple[float, float]:
    """(scale, offset) so that converted = value * scale + offset."""
    if from_unit == to_unit:
        return 1.0, 0.0
    from_scale, from_offset, from_base = _base_factor(from_unit) or (None, None, None)
    to_scale, to_offset, to_base_unit = _base_factor(to_unit) or (None, None, None)
    if from_scale is None or to_scale is None or from_base != to_base_unit:
        raise ValueError(f"cannot convert {from_unit!r} to {to_unit!r}")
    scale = from_scale / to_scale
    return scale, (from_offset - to_offset) / to_scale


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert a value between units; raises ValueError for incompatible units."""
    scale, offset = _conversion(from_unit, to_unit)
    # Round away the float noise of going through base units (100 degC -> 212.00000000000003).
    return float(f"{value * scale + offset:.12g}")
