"""Claims in words for editors: "60 miles ≈ 96.6 km", "yesterday = Sun 17 Nov 2024"."""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.records import Claim


def claim_summary(claim: Claim) -> str:
    """The normalized reading of a claim in a few words, for editors ("60 miles ≈ 96.6 km")."""
    if claim.kind == "date":
        return _date_reading(claim)
    if claim.kind == "time":
        return f"{claim.date[1:]} (time of day)" if claim.date else claim.text.strip()
    if claim.kind == "frequency":
        count = "once" if claim.count in (None, 1) else f"{format_number(claim.count)} times"
        bound = _bound(claim.qualifier)
        return f"{bound}{count} every {_duration_words(claim.period, singular=True) or 'period'}"
    if claim.kind == "duration":
        span = _duration_words(claim.period) or "a duration"
        if claim.period_start and claim.period_end:
            span += f" ({_day(claim.period_start)} to {_day(claim.period_end)})"
        return span
    if claim.low is not None and claim.high is not None and claim.direction in ("up", "down"):
        # A movement reads in the order it happened: "from 208 to 193".
        ends = (claim.low, claim.high) if claim.direction == "up" else (claim.high, claim.low)
        figure = f"from {format_number(ends[0])} to {format_number(ends[1])}"
    elif claim.low is not None and claim.high is not None:
        figure = f"{format_number(claim.low)}–{format_number(claim.high)}"
    else:
        figure = format_number(claim.value)
    bound = _bound(claim.qualifier)
    text = f"{bound}{figure}{_unit_words(claim)}".strip()
    converted = _converted_reading(claim)
    if converted:
        text += f" ≈ {converted}"
    if claim.change in _CHANGE_WORDS:
        text = f"{_CHANGE_WORDS[claim.change]} {text}"
    return text


# A figure stated as a change ("rose 5%") reads as one.
_CHANGE_WORDS = {"up": "a rise of", "down": "a fall of"}


# pint unit names in words, singular and plural, as a British newsroom writes them.
_UNIT_NAMES = {
    "meter": ("metre", "metres"), "kilometer": ("kilometre", "kilometres"),
    "centimeter": ("centimetre", "centimetres"), "millimeter": ("millimetre", "millimetres"),
    "mile": ("mile", "miles"), "nautical_mile": ("nautical mile", "nautical miles"),
    "foot": ("foot", "feet"), "yard": ("yard", "yards"), "inch": ("inch", "inches"),
    "kilogram": ("kilogram", "kilograms"), "gram": ("gram", "grams"),
    "metric_ton": ("tonne", "tonnes"), "pound": ("pound", "pounds"),
    "ounce": ("ounce", "ounces"), "short_ton": ("short ton", "short tons"),
    "long_ton": ("long ton", "long tons"), "liter": ("litre", "litres"),
    "milliliter": ("millilitre", "millilitres"), "gallon": ("gallon", "gallons"),
    "barrel": ("barrel", "barrels"), "hectare": ("hectare", "hectares"),
    "acre": ("acre", "acres"), "meter ** 2": ("square metre", "square metres"),
    "kilometer ** 2": ("square kilometre", "square kilometres"),
    "mile ** 2": ("square mile", "square miles"), "meter ** 3": ("cubic metre", "cubic metres"),
    "mile / hour": ("mile an hour", "miles an hour"),
    "kilometer / hour": ("kilometre an hour", "kilometres an hour"),
    "meter / second": ("metre a second", "metres a second"), "knot": ("knot", "knots"),
    "degree_Celsius": ("degree Celsius", "degrees Celsius"),
    "degree_Fahrenheit": ("degree Fahrenheit", "degrees Fahrenheit"),
    "kelvin": ("kelvin", "kelvins"), "percent": ("percent", "percent"),
    "day": ("day", "days"), "week": ("week", "weeks"), "month": ("month", "months"),
    "year": ("year", "years"), "hour": ("hour", "hours"), "minute": ("minute", "minutes"),
}  # fmt: skip


def unit_name(unit: str, value: float | None = None) -> str:
    """A unit in words for a figure: "55 kilometres", "1 mile"; a currency code or a counted
    noun as written; other pint names with spaces for underscores."""
    names = _UNIT_NAMES.get(unit)
    if names is None:
        return unit.replace("_", " ")
    return names[0] if value is not None and abs(value) == 1 else names[1]


def quantity_words(value: float | None, unit: str | None) -> str:
    """A figure and its unit in words: "48.3 kilometres", "12,000,000 USD"."""
    figure = format_number(None if value is None else _rounded(value))
    if not unit:
        return figure
    if unit == "percent":
        return f"{figure} percent"
    return f"{figure} {unit_name(unit, value)}"


def _rounded(value: float) -> float:
    """Enough digits to compare by eye, no more: 48.28032 as 48.3, 1,234.5 as 1,234.5."""
    if value == 0 or float(value).is_integer():
        return value
    return float(f"{value:.3g}") if abs(value) < 1000 else round(value, 1)


def claim_reading(claim: Claim, summary: str | None = None) -> str:
    """What a highlighted claim means, as its hover text: "yesterday = Sun 17 Nov 2024".
    `summary`: its `claim_summary`, when the caller has it already."""
    if summary is None:
        summary = claim_summary(claim)
    if claim.kind == "date":
        if summary == claim.text.strip():
            return f"{summary} ({claim.granularity or 'date'})"
        return f"{claim.text} = {summary}"
    return summary


@lru_cache(maxsize=4096)
def _day(day) -> str:
    # Cached: an archive's claims name the same few hundred days over and over.
    return f"{day:%a} {day.day} {day:%b %Y}"


_QUALIFIER_WORDS = {
    "exact": "",
    "approx": "about ",
    "at_least": "at least ",
    "at_most": "at most ",
    "more_than": "more than ",
    "less_than": "less than ",
}


def _bound(qualifier: str) -> str:
    return _QUALIFIER_WORDS.get(qualifier, f"{qualifier.replace('_', ' ')} ")


def _date_reading(claim: Claim) -> str:
    if claim.date is None:
        return "unresolved (no publication date)" if claim.relative else "unresolved"
    if claim.date == "PRESENT_REF":
        return "the present (publication time)"
    if claim.date.endswith("_REF"):
        return claim.date.removesuffix("_REF").lower() + " (unspecified)"
    first, last = claim.first_day, claim.last_day
    if first is not None and claim.granularity == "day":
        text = _day(first)
    elif first is not None and claim.granularity == "month":
        text = first.strftime("%B %Y")
    elif first is not None and claim.granularity == "year":
        text = str(first.year)
    elif first is not None and last is not None and last != first:
        text = f"{_day(first)} to {_day(last)}"
    elif first is not None:
        text = _day(first)
    else:
        text = claim.date
    if claim.relative:
        text += " (from the publication date)"
    return text


_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}


_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}


_ISO_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?)([YMWD]))?(?:T(\d+(?:\.\d+)?)([HMS]))?$")


def _duration_words(period: str | None, singular: bool = False) -> str:
    """ "P14M" as "14 months" ("month" with singular=True and a count of 1)."""
    if not period:
        return ""
    match = _ISO_DURATION.match(period)
    if match is None or not (match.group(1) or match.group(3)):
        return period
    amount, unit = (
        (match.group(1), _DURATION_UNITS[match.group(2)])
        if match.group(1)
        else (
            match.group(3),
            _TIME_UNITS[match.group(4)],
        )
    )
    number = float(amount)
    if number == 1:
        return unit if singular else f"1 {unit}"
    return f"{format_number(number)} {unit}s"


# Short labels for pint unit names an editor reads every day; others are shown as pint names.
_UNIT_LABELS = {
    "meter": "m", "kilometer": "km", "centimeter": "cm", "millimeter": "mm",
    "mile": "miles", "foot": "ft", "yard": "yd", "inch": "in", "nautical_mile": "nmi",
    "kilogram": "kg", "gram": "g", "metric_ton": "tonnes", "pound": "lb", "ounce": "oz",
    "short_ton": "short tons", "long_ton": "long tons",
    "liter": "L", "milliliter": "mL", "gallon": "gal", "barrel": "barrels",
    "meter ** 2": "m²", "kilometer ** 2": "km²", "mile ** 2": "sq mi", "hectare": "ha",
    "acre": "acres", "meter ** 3": "m³",
    "mile / hour": "mph", "kilometer / hour": "km/h", "meter / second": "m/s", "knot": "knots",
    "degree_Celsius": "°C", "degree_Fahrenheit": "°F", "kelvin": "K",
    "percent": "%",
}  # fmt: skip


_METRIC_HINTS = ("meter", "gram", "liter", "metric_ton", "hectare", "Celsius", "kelvin")


def _unit_words(claim: Claim) -> str:
    unit = claim.unit or ""
    if not unit:
        return ""
    if claim.dimension == "currency" or unit.isupper():
        return f" {unit}"
    if claim.dimension == "count":
        return f" × {unit}"
    label = _UNIT_LABELS.get(unit, unit.replace("_", " "))
    if label == "%":
        return "%"
    if label == "miles" and claim.value == 1 and claim.high is None:
        label = "mile"
    return f" {label}"


def _converted_reading(claim: Claim) -> str:
    """The normalized value in the unit an editor would check it against (metric ↔ imperial)."""
    value, base = claim.normalized_value, claim.normalized_unit
    if value is None or not base:
        return ""
    unit = claim.unit or ""
    reading = _READINGS_BY_BASE.get(base)
    if reading is not None:
        return reading(value, any(hint in unit for hint in _METRIC_HINTS), unit)
    if base == claim.unit and value == claim.value:
        return ""  # already in the base unit: nothing to add
    return f"{format_number(value)} {_UNIT_LABELS.get(base, base)}"


# (value in the base unit, stated in a metric unit, the unit as stated) -> the other system.
def _length(value: float, metric: bool, unit: str) -> str:
    if metric:
        return (
            f"{_round(value / 1609.344)} miles" if value >= 1000 else f"{_round(value / 0.3048)} ft"
        )
    return f"{_round(value / 1000)} km" if value >= 1000 else f"{_round(value)} m"


def _mass(value: float, metric: bool, unit: str) -> str:
    if metric:
        pounds = value / 0.45359237
        return f"{_round(pounds / 2000)} short tons" if pounds >= 2000 else f"{_round(pounds)} lb"
    return f"{_round(value / 1000)} tonnes" if value >= 1000 else f"{_round(value)} kg"


def _speed(value: float, metric: bool, unit: str) -> str:
    if "mile" in unit:
        return f"{_round(value * 3.6)} km/h"
    return f"{_round(value / 0.44704)} mph"


def _volume(value: float, metric: bool, unit: str) -> str:
    if metric:
        return f"{_round(value / 0.003785411784)} US gal"
    return f"{_round(value * 1000)} L" if value < 1000 else f"{_round(value)} m³"


def _area(value: float, metric: bool, unit: str) -> str:
    if metric:
        return f"{_round(value / 2589988.110336)} sq mi"
    return f"{_round(value / 1e6)} km²" if value >= 1e6 else f"{_round(value)} m²"


def _temperature(value: float, metric: bool, unit: str) -> str:
    celsius = value - 273.15
    if "Fahrenheit" in unit:
        return f"{_round(celsius)} °C"
    return f"{_round(celsius * 9 / 5 + 32)} °F"


_READINGS_BY_BASE = {
    "meter": _length,
    "kilogram": _mass,
    "meter / second": _speed,
    "meter ** 3": _volume,
    "meter ** 2": _area,
    "kelvin": _temperature,
}


def _round(value: float) -> str:
    """Three significant figures: enough to see whether a stated conversion is right."""
    if value == 0:
        return "0"
    rounded = float(f"{value:.3g}")
    return format_number(rounded)


def format_number(value: float | None) -> str:
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}"
