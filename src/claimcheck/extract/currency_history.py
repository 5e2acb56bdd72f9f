"""The ISO 4217 code a currency had on an article's publication date.

The currency table gives each currency's code today. Where a country redenominated (struck
zeros off its money and took a new code), a figure in an article published before the change
is in the old unit: "50 billion lira" in a 1987 story is TRL, not the TRY of 2005 on (one TRY
was 1,000,000 TRL). A figure is never converted; only its code is the one of its day, so that
two figures are compared only when they are in one unit.

Each entry is the code read today and its earlier codes with the first day each was in use
(ISO 4217 amendments and the central banks' announcements). A date before every listed day
keeps the earliest code listed; an article without a publication date keeps today's code.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from claimcheck.records import QuantityMention

# today's code -> (first day in use, code) from the newest back; today's code is the first.
REDENOMINATIONS: dict[str, tuple[tuple[date, str], ...]] = {
    "TRY": ((date(2005, 1, 1), "TRY"), (date(1, 1, 1), "TRL")),  # Turkish lira: 6 zeros
    "MXN": ((date(1993, 1, 1), "MXN"), (date(1, 1, 1), "MXP")),  # Mexican peso: 3 zeros
    "PLN": ((date(1995, 1, 1), "PLN"), (date(1, 1, 1), "PLZ")),  # Polish zloty: 4 zeros
    "RUB": (  # Russian rouble: 3 zeros in 1998; the Soviet rouble before 1992
        (date(1998, 1, 1), "RUB"),
        (date(1992, 1, 1), "RUR"),
        (date(1, 1, 1), "SUR"),
    ),
    "RON": ((date(2005, 7, 1), "RON"), (date(1, 1, 1), "ROL")),  # Romanian leu: 4 zeros
    "BGN": ((date(1999, 7, 5), "BGN"), (date(1, 1, 1), "BGL")),  # Bulgarian lev: 3 zeros
    "AZN": ((date(2006, 1, 1), "AZN"), (date(1, 1, 1), "AZM")),  # Azerbaijani manat
    "GHS": ((date(2007, 7, 1), "GHS"), (date(1, 1, 1), "GHC")),  # Ghanaian cedi: 4 zeros
    "MZN": ((date(2006, 7, 1), "MZN"), (date(1, 1, 1), "MZM")),  # Mozambican metical
    "ZMW": ((date(2013, 1, 1), "ZMW"), (date(1, 1, 1), "ZMK")),  # Zambian kwacha
    "TMT": ((date(2009, 1, 1), "TMT"), (date(1, 1, 1), "TMM")),  # Turkmen manat
    "SDG": ((date(2007, 1, 10), "SDG"), (date(1992, 6, 8), "SDD")),  # Sudanese pound, dinar
    "BYN": ((date(2016, 7, 1), "BYN"), (date(2000, 1, 1), "BYR"), (date(1, 1, 1), "BYB")),
    "VES": ((date(2018, 8, 20), "VES"), (date(2008, 1, 1), "VEF"), (date(1, 1, 1), "VEB")),
    "UAH": ((date(1996, 9, 2), "UAH"), (date(1992, 11, 12), "UAK")),  # hryvnia, karbovanets
    "ILS": ((date(1985, 9, 4), "ILS"), (date(1980, 2, 24), "ILR")),  # new and old shekel
    "PEN": ((date(1991, 7, 1), "PEN"), (date(1985, 2, 1), "PEI")),  # sol, inti
}


def code_on(code: str, day: date) -> str:
    """The code of the currency whose code today is `code`, on `day`."""
    history = REDENOMINATIONS.get(code)
    if history is None:
        return code
    for first_day, earlier in history:
        if day >= first_day:
            return earlier
    return history[-1][1]


def _unit_on(unit: str, day: date) -> str:
    if " / " not in unit:
        return code_on(unit, day)
    return " / ".join(code_on(part, day) for part in unit.split(" / "))


# Whether a unit holds a redenominated code, by unit: units recur across articles ("USD",
# "percent"), so each is tested against every code once (bounded against hostile text).
_HOLDS_REDENOMINATED: dict[str, bool] = {}
_HOLDS_REDENOMINATED_MAX = 10_000


def _holds_redenominated(unit: str) -> bool:
    held = _HOLDS_REDENOMINATED.get(unit)
    if held is None:
        held = any(code in unit for code in REDENOMINATIONS)
        if len(_HOLDS_REDENOMINATED) < _HOLDS_REDENOMINATED_MAX:
            _HOLDS_REDENOMINATED[unit] = held
    return held


def dated_currencies(
    mentions: list[QuantityMention], published: date | None
) -> list[QuantityMention]:
    """The mentions with each currency code the one in use on the publication date."""
    if published is None:
        return mentions
    out = mentions
    for index, mention in enumerate(mentions):
        unit = mention.unit
        if unit is None or not _holds_redenominated(unit):
            continue
        dated = _unit_on(unit, published)
        if dated != unit:
            if out is mentions:
                out = list(mentions)
            out[index] = replace(mention, unit=dated)
    return out
