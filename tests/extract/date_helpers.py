"""The date mentions the real date finder reads in a text, keyed by their words, and a
mention's value with its first and last day: shared by the date tests of reporting
stretches."""

from datetime import date

from claimcheck.extract.dates import find_dates
from claimcheck.records import DateMention

BASE = date(1995, 5, 10)  # a Wednesday


def found(text: str, base: date = BASE) -> dict[str, DateMention]:
    return {m.text.replace("\n", " "): m for m in find_dates(text, base)}


def days(mention: DateMention) -> tuple[str, date | None, date | None]:
    return (mention.value, mention.first_day, mention.last_day)
