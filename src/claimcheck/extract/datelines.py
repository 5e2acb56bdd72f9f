"""A wire story's dateline ("STOCKHOLM, March 3") read as a country, and what that country says
of a currency word the text leaves bare.

A wire names its home currency bare: "300 mln crowns" in a story filed from Oslo are Norwegian
crowns, "1.25 dlrs a share" from Toronto are Canadian dollars; a foreign currency it writes
in full ("U.S. Dlrs", "Swiss francs"). The dateline is the weakest evidence of the currency:
the quantity scanner asks `dateline_currency` only when the text names no country for the
word at all (a currency written in full, a country named near the figure or anywhere before
it always wins), and `local_dollars` turns only dollars written bare into the dateline's
dollars. docs/extraction.md ("The dateline's country") gives the counts on Reuters-21578 that
this convention rests on.

Places come from Unicode CLDR (the generated `dateline_table`: every time zone's exemplar city
and every territory's English name); `_HAND_PLACES` below is a hand table of capitals and news
cities that are no time zone's exemplar city, and a place's state or province after it
("PORTLAND, Ore.", "LONDON, Ontario") is read before the place itself.

The dateline is set for one article's reading with `reading_dateline` (a context variable, so
that threads and the scanner's signature are left alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from claimcheck.extract.currency_table import CURRENCY_NAMES
from claimcheck.extract.dateline_table import PLACE_TERRITORIES, TERRITORY_CURRENCIES
from claimcheck.extract.lexicon import NUMBER_WORD_VALUES, SCALE_WORDS
from claimcheck.extract.patterns import compile_pattern
from claimcheck.extract.units import currency_word_family
from claimcheck.records import QuantityMention

# Capitals and news cities that CLDR names as no time zone's city, and the older or other
# names a wire uses for some it does ("PEKING", "BOMBAY"); written by hand. A name shared by
# cities of two countries ("PORTLAND", "BIRMINGHAM", "KINGSTON") is left out: the wire writes
# its state or country after it when it is not the obvious one, and that is read instead.
_HAND_PLACES = {
    "US": "WASHINGTON|NEW YORK CITY|HOUSTON|DALLAS|BOSTON|MINNEAPOLIS|ST. PAUL|ST PAUL|MIAMI"
    "|ATLANTA|SAN FRANCISCO|PHILADELPHIA|PITTSBURGH|CLEVELAND|ST. LOUIS|ST LOUIS|KANSAS CITY"
    "|CINCINNATI|SEATTLE|OKLAHOMA CITY|SAN DIEGO|SALT LAKE CITY|NEW ORLEANS|MILWAUKEE|BALTIMORE"
    "|LAS VEGAS|OMAHA|TULSA|SIOUX CITY|SIOUX FALLS|DES MOINES|MEMPHIS|SAN ANTONIO|PROVIDENCE"
    "|FORT WORTH|AUSTIN|SACRAMENTO|OAKLAND|ORLANDO|TAMPA|NASHVILLE|CHARLOTTE|COLUMBUS|DAYTON"
    "|AKRON|TOLEDO|BUFFALO|HARTFORD|STAMFORD|GREENWICH|NEW HAVEN|PRINCETON|WHITE PLAINS|IRVINE"
    "|SAN MATEO|SANTA CLARA|PALO ALTO|MOUNTAIN VIEW|BEVERLY HILLS|SANTA BARBARA|SAN JOSE|BOCA RATON"
    "|WILMINGTON|RICHMOND|ANNAPOLIS|HARRISBURG|ALBANY|SPRINGFIELD|PEORIA|JOLIET|SKOKIE|OAK BROOK"
    "|AMARILLO|JEFFERSON CITY|MADISON|BETHESDA|TROY|WALTHAM|HAUPPAUGE|JACKSONVILLE|NEWARK"
    "|LITTLE ROCK|CAPE CANAVERAL|UNITED STATES OF AMERICA|U.S",
    "CA": "OTTAWA|MONTREAL|CALGARY|QUEBEC|QUEBEC CITY|KITCHENER|SASKATOON",
    "AU": "CANBERRA",
    "NZ": "WELLINGTON|CHRISTCHURCH",
    "GB": "MANCHESTER|EDINBURGH|GLASGOW|CARDIFF|LIVERPOOL|LEEDS|ABERDEEN",
    "DE": "FRANKFURT|BONN|HAMBURG|MUNICH|DUESSELDORF|DUSSELDORF|COLOGNE|STUTTGART|HANOVER"
    "|WIESBADEN|BREMEN|NUREMBERG|MANNHEIM|WOLFSBURG|KIEL|WEST BERLIN|WEST GERMANY",
    "DD": "EAST BERLIN|EAST GERMANY",
    "CH": "GENEVA|BERNE|BERN|BASLE|BASEL|LAUSANNE",
    "FR": "LYON|LYONS|MARSEILLE|MARSEILLES|STRASBOURG|BORDEAUX|TOULOUSE",
    "NL": "ROTTERDAM|THE HAGUE|EINDHOVEN|UTRECHT|HEERLEN|DEN BOSCH",
    "BE": "ANTWERP|ZEEBRUGGE|GHENT|LIEGE",
    "IT": "MILAN|TURIN|NAPLES|GENOA|FLORENCE|VENICE|SANREMO",
    "ES": "BARCELONA|SEVILLE|VALENCIA|BILBAO|SARAGOSSA|ZARAGOZA",
    "SE": "GOTHENBURG|MALMO",
    "NO": "BERGEN|STAVANGER",
    "AT": "SALZBURG|LINZ",
    "CN": "PEKING|BEIJING|CANTON|GUANGZHOU|SHENZHEN",
    "IN": "NEW DELHI|BOMBAY|MUMBAI|CALCUTTA|MADRAS|CHENNAI|BANGALORE",
    "PK": "ISLAMABAD|LAHORE",
    "BD": "CHITTAGONG",
    "MM": "RANGOON|YANGON",
    "JP": "OSAKA|KOBE|YOKOHAMA|NAGOYA",
    "KR": "PUSAN|BUSAN",
    "PH": "BAGUIO|CEBU",
    "BR": "RIO DE JANEIRO|BRASILIA|SALVADOR",
    "EC": "QUITO",
    "AE": "ABU DHABI|SHARJAH",
    "SA": "JEDDAH|DHAHRAN",
    "QA": "DOHA",
    "TR": "ANKARA|IZMIR",
    "IL": "TEL AVIV",
    "ZA": "PRETORIA|CAPE TOWN|DURBAN",
    "MA": "RABAT",
    "CM": "YAOUNDE",
    "MU": "PORT LOUIS",
    "MW": "ZOMBA|LILONGWE",
    "FJ": "SUVA",
    "NG": "ABUJA",
    "MX": "GUADALAJARA",
    "PA": "PANAMA CITY",
    "SV": "SAN SALVADOR",
    "KW": "KUWAIT CITY",
    "SU": "SOVIET UNION|USSR",
    "YU": "YUGOSLAVIA",
}

# What a wire writes after a city for its state or province ("Va.", "N.Y.", "Alberta").
_US_STATES = (
    "ALA|ALABAMA|ALASKA|ARIZ|ARIZONA|ARK|ARKANSAS|CALIF|CALIFORNIA|COLO|COLORADO|CONN"
    "|CONNECTICUT|DEL|DELAWARE|D.C|FLA|FLORIDA|GA|GEORGIA|HAWAII|IDAHO|ILL|ILLINOIS|IND|INDIANA"
    "|IOWA|KAN|KANS|KANSAS|KY|KENTUCKY|LA|LOUISIANA|MAINE|MD|MARYLAND|MASS|MASSACHUSETTS|MICH"
    "|MICHIGAN|MINN|MINNESOTA|MISS|MISSISSIPPI|MO|MISSOURI|MONT|MONTANA|NEB|NEBRASKA|NEV|NEVADA"
    "|N.H|NEW HAMPSHIRE|N.J|NEW JERSEY|N.M|NEW MEXICO|N.Y|N.C|NORTH CAROLINA|N.D|NORTH DAKOTA|OHIO"
    "|OKLA|OKLAHOMA|ORE|OREGON|PA|PENN|PENNSYLVANIA|R.I|RHODE ISLAND|S.C|SOUTH CAROLINA|S.D"
    "|SOUTH DAKOTA|TENN|TENNESSEE|TEX|TEXAS|UTAH|VT|VERMONT|VA|VIRGINIA|WASH|W.VA|W. VA"
    "|WEST VIRGINIA|WIS|WISC|WISCONSIN|WYO|WYOMING"
)
_CANADIAN_PROVINCES = (
    "ALBERTA|ALTA|BRITISH COLUMBIA|B.C|MANITOBA|MAN|NEW BRUNSWICK|N.B|NEWFOUNDLAND|NFLD"
    "|NOVA SCOTIA|N.S|ONTARIO|ONT|PRINCE EDWARD ISLAND|P.E.I|QUEBEC|QUE|SASKATCHEWAN|SASK"
)
_AUSTRALIAN_STATES = "NEW SOUTH WALES|N.S.W|VICTORIA|QUEENSLAND|TASMANIA|WESTERN AUSTRALIA"
_REGIONS = {
    **dict.fromkeys(_US_STATES.split("|"), "US"),
    **dict.fromkeys(_CANADIAN_PROVINCES.split("|"), "CA"),
    **dict.fromkeys(_AUSTRALIAN_STATES.split("|"), "AU"),
}
_PLACES = {
    **PLACE_TERRITORIES,
    **{place: territory for territory, names in _HAND_PLACES.items() for place in names.split("|")},
}

# Where bare "dlrs" are the dateline's own dollars: Reuters-21578 stories filed from these
# countries write a U.S. dollar "U.S. Dlrs" and their own dollar bare (docs/extraction.md);
# from Taipei the bare word is either, and from every other country it is the U.S. dollar.
_LOCAL_DOLLAR_TERRITORIES = frozenset({"AU", "CA", "NZ", "HK", "SG"})

# A dollar or cent word, and a U.S. dollar written as one ("U.S. Dlrs", "US$", "$5").
_DOLLAR_WORD_RE = re.compile(r"\b(?:dlrs?|dollars?|cents?|cts?)\b", re.I)
_US_MARK_RE = re.compile(r"\$|\bU\.?S\b|\bamerican\b|\busd\b", re.I)
# The word right before a dollar word: an amount's ("mln", "two") leaves the dollar bare; any
# other ("NZ dlrs", "Aust dlrs") names whose dollar it is.
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.']*)[\s-]*$")
_AMOUNT_WORDS = frozenset(SCALE_WORDS) | frozenset(NUMBER_WORD_VALUES)
# A two-way dealing quote ("409.40/90 dlrs", bid and offer): gold and currencies, quoted in
# U.S. dollars wherever the dealing room is.
_TWO_WAY_QUOTE_RE = re.compile(r"\d\.\d+/\d")
# "U.S." written after the amount: "3 billion dlrs U.S.", "5 mln dlrs (U.S.)".
_US_AFTER_RE = re.compile(r"[ \t]*\(?U\.?S\.?(?![A-Za-z])")
# A note that the story's figures are U.S. dollars, as results tables close: "U.S. dlrs.",
# "NOTE: U.S. funds.", "Results in U.S. dlrs", "All figures in U.S. Dollars".
_US_FIGURES_RE = re.compile(
    r"\bin\s+U\.?S\.?\s+(?:funds|dlrs|dollars|currency)\b"
    r"|(?:^|[\n.:]\s*)U\.?S\.?\s+(?:dlrs|dollars|funds)\s*(?:\.|$)",
    re.I | re.M,
)
# What every match of `_US_FIGURES_RE` holds ("U.S." or "US" and a blank, any case; a
# case-blind "s" also matches "ſ"): searched first, since most texts hold none and this
# search, with no look-behind and no case folding, is several times cheaper.
_US_FIGURES_HINT_RE = re.compile(r"[Uu]\.?[Ssſ]\.?\s")
_US_DOLLAR_RE = re.compile(
    r"\$|\bU\.?S\.?\s*(?:dlrs?|dollars?|cents?|cts?)\b|\bamerican\s+dollars?\b|\busd\b", re.I
)

# Another country as the owner or subject of the figure's sentence: "Taiwan's reserves rose
# to 53 billion dlrs", "South Korea had a surplus of 7 billion dlrs". A regional bureau files
# on its neighbours, and their figures are in U.S. dollars unless the text names a currency.
_PLACE_NAMES = "|".join(
    re.escape(place) for place in sorted(_PLACES, key=len, reverse=True) if len(place) > 2
)
_OWNER_RE = compile_pattern(
    rf"(?<![A-Za-z.])(?P<place>{_PLACE_NAMES})(?:'s\b|\s+(?:had|has|have|was|is|were)\b)",
    re.I,
)
# What follows every owner above: a sentence without it names no owner, and the long list of
# places is not tried at each of its letters.
_OWNER_AFTER_RE = compile_pattern(r"'s\b|\s(?:had|has|have|was|is|were)\b", re.I)
# The last letters of every owner (the whole name when shorter), by their count: the letters
# before each "'s" or verb of a sentence are looked up here before `_OWNER_RE` is tried at
# each of its characters.
_OWNER_TAIL = 6


def _owner_tails() -> dict[int, frozenset[str]] | None:
    tails: dict[int, set[str]] = {length: set() for length in range(3, _OWNER_TAIL + 1)}
    for place in _PLACES:
        if len(place) < 3:
            continue
        if not place.isascii() or place != place.upper() or place[-1].isspace():
            return None  # compared in upper case below: only the pattern can tell
        tails[min(len(place), _OWNER_TAIL)].add(place[-_OWNER_TAIL:])
    return {length: frozenset(names) for length, names in tails.items()}


_OWNER_TAILS = _owner_tails()
# Where a sentence of wire copy ends: a full stop after a lower-case word or a number (not
# "U.S." nor an initial), a semicolon, or a blank line.
_SENTENCE_END_RE = re.compile(r"(?:(?<=[a-z0-9)])\.\s|;|\n\s*\n)")
# How far back the sentence of a figure is looked for.
_SENTENCE_REACH = 400


@lru_cache(maxsize=8)
def _own_adjective(code: str) -> str | None:
    """The adjective of a dollar's country when it is no place name ("canadian", "australian";
    "hong kong" is both)."""
    for name, named in CURRENCY_NAMES.items():
        if named == code and name.endswith(" dollar"):
            adjective = name[: -len(" dollar")]
            return None if adjective.upper() in _PLACES else adjective
    return None


def _other_country_owns(text: str, start: int, territory: str, code: str) -> bool:
    """The sentence of the figure at `start` opens its account with another country as owner
    or subject ("Taiwan's exports", "Malaysia had") before the figure. A company tag between
    ("Japan's <Sumitomo ...>") or an adjective of the dateline's own country ("Brazil's
    payments to Canadian banks") leaves the figure the dateline's."""
    low = max(0, start - _SENTENCE_REACH)
    ends = list(_SENTENCE_END_RE.finditer(text, low, start))
    opening = ends[-1].end() if ends else low
    if not _owner_may_end(text, opening, start):
        return False
    adjective = _own_adjective(code)
    for owner in _OWNER_RE.finditer(text, opening, start):
        place = owner["place"]
        if not place[0].isupper() or _PLACES.get(_key(place)) in (None, territory):
            continue
        between = text[owner.end() : start]
        if "<" in between or (adjective and adjective in between.lower()):
            continue
        return True
    return False


def _owner_may_end(text: str, opening: int, start: int) -> bool:
    """Whether an owner of `_OWNER_RE` can end before one of the "'s" or verbs between
    `opening` and `start`: the letters right before one (before the blanks ahead of a verb)
    are the last letters of a place name."""
    if _OWNER_TAILS is None:
        return _OWNER_AFTER_RE.search(text, opening, start) is not None
    for after in _OWNER_AFTER_RE.finditer(text, opening, start):
        end = after.start()
        if text[end] != "'":  # the blanks before a verb all follow the name
            while end > opening and text[end - 1].isspace():
                end -= 1
        for length, tails in _OWNER_TAILS.items():
            if end - length < opening:
                break
            tail = text[end - length : end]
            if not tail.isascii() or tail.upper() in tails:
                return True
    return False


@dataclass(frozen=True, slots=True)
class Dateline:
    """The country a story was filed from (ISO 3166) and the year it was published in."""

    territory: str
    year: int | None = None


_READING: ContextVar[Dateline | None] = ContextVar("claimcheck_dateline", default=None)


def _key(text: str) -> str:
    return " ".join(text.strip(" *.").upper().split())


def dateline_territory(dateline: str) -> str | None:
    """ISO 3166 code of the place a dateline opens with ("SALVADOR, Feb 26" -> "BR"), its state
    or country after it first ("PORTLAND, Ore., March 3" -> "US"); None when it is unknown."""
    parts = [_key(part) for part in dateline.split(",")]
    if not parts or not parts[0]:
        return None
    if len(parts) > 2:  # "CITY, Region, Mon DD": the region decides
        region = parts[1]
        territory = _REGIONS.get(region) or _PLACES.get(region)
        if territory:
            return territory
    return _PLACES.get(parts[0])


@lru_cache(maxsize=4096)
def read_dateline(dateline: str, year: int | None = None) -> Dateline | None:
    """The dateline's country, with the year the story was published (None: today)."""
    territory = dateline_territory(dateline) if dateline else None
    return Dateline(territory, year) if territory else None


@contextmanager
def reading_dateline(dateline: str, published: date | None = None) -> Iterator[Dateline | None]:
    """Within the block, the quantity scanner reads bare currency words against `dateline`."""
    place = read_dateline(dateline, published.year if published else None) if dateline else None
    token = _READING.set(place)
    try:
        yield place
    finally:
        _READING.reset(token)


def dateline_currency(word: str) -> str | None:
    """ISO 4217 code of the dateline country's currency that `word` names ("crown" in an Oslo
    story -> "NOK"), in the year of the story; None with no dateline or no such currency."""
    place = _READING.get()
    return (
        _territory_currency(place.territory, currency_word_family(word), place.year)
        if place
        else None
    )


@lru_cache(maxsize=1024)
def _territory_currency(territory: str, family: str, year: int | None) -> str | None:
    """The territory's legal tender of that family in use in `year` (today when None)."""
    for code, first, last, word in TERRITORY_CURRENCIES.get(territory, ()):
        if currency_word_family(word) != family:
            continue
        if year is None and last == 0:
            return code
        if year is not None and first <= year and (last == 0 or year < last):
            return code
    return None


def local_dollars(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """The mentions with dollars (and cents) written bare read as the dateline's dollars, in a
    story filed from a country whose wire copy writes its own dollar bare; a figure whose
    dollar unit was taken from a neighbour ("costs to 900 mln" after "1.2 billion dlrs") too,
    unless the text writes a U.S. dollar as one somewhere. A story that notes its figures
    are U.S. dollars ("Results in U.S. funds") is left as it is, and so is a figure whose
    sentence is about another country ("Taiwan's reserves rose to 53 billion dlrs"); a
    figure whose sentence gives another figure in a dollar named by its country takes that
    dollar (`_dollars_named_beside`)."""
    place = _READING.get()
    if place is None or place.territory not in _LOCAL_DOLLAR_TERRITORIES:
        return mentions
    code = _territory_currency(place.territory, "dollar", place.year)
    if code is None or (_US_FIGURES_HINT_RE.search(text) and _US_FIGURES_RE.search(text)):
        return mentions
    names_us_dollars: bool | None = None
    out: list[QuantityMention] = []
    for mention in mentions:
        unit = mention.unit
        if unit is None or not (unit == "USD" or unit.startswith("USD / ")):
            out.append(mention)
            continue
        words = list(_DOLLAR_WORD_RE.finditer(mention.text))
        if (
            _US_AFTER_RE.match(text, mention.end)
            or _TWO_WAY_QUOTE_RE.search(mention.text)
            or _other_country_owns(text, mention.start, place.territory, code)
        ):
            bare = False
        elif words:
            bare = _written_bare(mention.text[: words[-1].start()])
        else:  # the unit came from a neighbour
            if names_us_dollars is None:
                names_us_dollars = bool(_US_DOLLAR_RE.search(text))
            bare = not _US_MARK_RE.search(mention.text) and not names_us_dollars
        if bare:
            named = _dollars_named_beside(text, mention, mentions, place.territory)
            if named and code not in named:
                # "a 75 mln Australian dlr issue in two tranches of 50 mln dlrs and 25 mln
                # dlrs", "a loss of 2 mln U.S. dlrs against a profit of 3 mln dlrs": the
                # sentence gives another figure in a dollar it names, and not the dateline's;
                # the bare ones are that dollar (the U.S. one, left as it is, when several)
                others = named - {"USD"}
                if len(named) == 1 and others:
                    out.append(replace(mention, unit=_in_dollar(unit, next(iter(others)))))
                else:
                    out.append(mention)
                continue
        out.append(replace(mention, unit=_in_dollar(unit, code)) if bare else mention)
    return out


def _in_dollar(unit: str, code: str) -> str:
    """A U.S. dollar unit read in another dollar: the amount's, and a basis in dollars too
    ("46 cts per 100 dlrs" of a Toronto bank is cents per 100 Canadian dollars, the basis
    written bare like the amount: a U.S. basis would have been named, and then the amount
    is left as it is)."""
    amount, per, basis = unit.partition(" / ")
    if per and basis.split(" ")[-1] == "USD":
        basis = basis[: -len("USD")] + code
    return code + amount[3:] + per + basis


# A dollar named by its country, as the wire writes it ("Australian dlr", "Aust dlrs", "N.Z.
# Dlrs", "H.K. dollars", "U.S. Dlrs"): the owner word before a dollar word, and its dollar.
_NAMED_DOLLAR_OWNERS: dict[str, str] = {
    "u.s": "USD",
    "us": "USD",
    "american": "USD",
    "canadian": "CAD",
    "can": "CAD",
    "australian": "AUD",
    "aust": "AUD",
    "n.z": "NZD",
    "nz": "NZD",
    "zealand": "NZD",
    "h.k": "HKD",
    "hk": "HKD",
    "kong": "HKD",
    "singapore": "SGD",
    "taiwan": "TWD",
    "brunei": "BND",
    "malaysian": "MYR",
    "zimbabwean": "ZWD",
}
_NAMED_DOLLAR_RE = re.compile(
    r"(?<![A-Za-z.])(?P<owner>[A-Z]\.[A-Z]\.?|[A-Za-z]+\.?)[ \t\n-]+(?:dlrs?|dollars?)\b", re.I
)
# What a price of a commodity is quoted per: such prices are U.S. dollars wherever the story
# is filed ("an oil price of 18 U.S. dlrs a barrel"), and say nothing of the story's other
# figures. A price per share is the company's own currency, and does.
_COMMODITY_PER_UNITS = frozenset(
    {"barrel", "ton", "tonne", "metric ton", "ounce", "troy ounce", "pound", "bushel", "kg"}
)


def _dollars_named_beside(
    text: str, mention: QuantityMention, mentions: list[QuantityMention], territory: str
) -> frozenset[str]:
    """The dollars that other figures of the sentence of `mention` are written in by their
    country's name ("100 mln Australian dlrs", "3.9 mln U.S. dlrs"), commodity prices aside,
    and the `local` dollar when the sentence names it at all."""
    low = max(0, mention.start - _SENTENCE_REACH)
    ends = list(_SENTENCE_END_RE.finditer(text, low, mention.start))
    opening = ends[-1].end() if ends else low
    closing = _SENTENCE_END_RE.search(text, mention.end, mention.end + _SENTENCE_REACH)
    sentence_end = closing.start() if closing else mention.end + _SENTENCE_REACH
    local = _territory_currency(territory, "dollar", None)
    named: set[str] = set()
    for match in _NAMED_DOLLAR_RE.finditer(text, opening, sentence_end):
        if _NAMED_DOLLAR_OWNERS.get(match["owner"].lower().rstrip(".")) == local:
            # "the Canadian dollar rose to 0.7550 U.S. dlrs": a rate of the dateline's
            # dollar, whose bare figures stay its own
            named.add(local)
    for other in mentions:
        if other is mention or other.start < opening or other.start > sentence_end:
            continue
        per = other.unit.split(" / ", 1)[1] if other.unit and " / " in other.unit else None
        if per in _COMMODITY_PER_UNITS:
            continue
        for match in _NAMED_DOLLAR_RE.finditer(other.text):
            found = _NAMED_DOLLAR_OWNERS.get(match["owner"].lower().rstrip("."))
            if not found:
                continue
            between = text[min(other.end, mention.end) : max(other.start, mention.start)]
            if found != "USD" and _names_territory(between, territory):
                # "its Auckland arm is at 2.10 N.Z. Dlrs, while the Australian parent ended at
                # 3.40 dlrs": the dateline's country, named between, takes the figure back
                continue
            named.add(found)
    return frozenset(named)


_CAPITALISED_RUN_RE = re.compile(r"[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*){0,2}")


def _names_territory(words: str, territory: str) -> bool:
    """Whether `words` name the territory, by a place in it or its dollar's adjective."""
    for run in _CAPITALISED_RUN_RE.finditer(words):
        parts = run.group().split()
        for first in range(len(parts)):
            for last in range(first + 1, len(parts) + 1):
                if _PLACES.get(_key(" ".join(parts[first:last]))) == territory:
                    return True
    adjective = _own_adjective(_territory_currency(territory, "dollar", None) or "")
    return bool(adjective and adjective in words.lower())


def _written_bare(before: str) -> bool:
    """Nothing but the amount before the dollar word: no "U.S.", no other country's mark."""
    if _US_MARK_RE.search(before):
        return False
    word = _WORD_BEFORE_RE.search(before)
    return word is None or word[1].lower() in _AMOUNT_WORDS
