"""Helpers shared by the check modules: building findings, dates in news style, precision."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from claimcheck.checks.registry import ArticleContext
from claimcheck.codes import level_of
from claimcheck.extract.lexicon import MONTH_NAMES
from claimcheck.extract.patterns import compile_pattern
from claimcheck.records import Claim, Finding, Severity

# AP style: five-letter-or-shorter months are spelled out, the others abbreviated.
_AP_MONTHS = (
    "Jan.", "Feb.", "March", "April", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip

# Irregular past tenses common in news copy: a word in this list after a noun phrase is its
# verb, not part of it ("the 11-member council met"), and a clause with one speaks of the past.
_IRREGULAR_PAST_WORDS = """
    began became broke brought came chose drew drove fell felt fled flew fought forgot froze
    gave got grew held hit hung kept knew laid led left lost made meant met paid put quit ran
    retook rose said sank sat saw sent set shot shut slid sold spent split spoke stood struck
    swept swore took told threw thought understood went withdrew won wrote heard sang
    bought built caught dug found hid rang rode sought shook slept sped stole stuck taught
    tore wore woke fed bit
"""
# "in all", "in total", "altogether": words that give the size of a whole after its parts
# or as a group's size. A regular-expression alternation, for the checks' own patterns.
IN_ALL = r"in\s+all|in\s+total|altogether|all\s+told"

IRREGULAR_PAST = frozenset(_IRREGULAR_PAST_WORDS.split())
_ABBREVIATED_WEEKDAYS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}  # fmt: skip
# Without a look-behind, which makes the scan of every body several times slower: the
# character before a match is checked in Python.
_WEEKDAY_ABBREVIATION = compile_pattern(r"(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.")
_PARAGRAPH_BREAK = compile_pattern(r"\n[ \t]*\n")
_NUMBER_LITERAL = compile_pattern(r"\d[\d,]*(?:\.\d+)?|\.\d+")


def make_finding(
    context: ArticleContext,
    rule: str,
    message: str,
    start: int,
    end: int,
    evidence: dict[str, Any] | None = None,
    severity: Severity | None = None,
) -> Finding:
    """A finding whose text is exactly the body span an editor should look at, at the level
    the code catalog gives its code unless `severity` says otherwise."""
    body = context.article.body
    start = max(0, min(start, len(body)))
    end = max(start, min(end, len(body)))
    return Finding(
        article_id=context.article.id,
        rule=rule,
        severity=severity or level_of(rule),
        message=message,
        start=start,
        end=end,
        text=body[start:end],
        evidence=evidence or {},
    )


def news_date(day: date, with_year: bool = True) -> str:
    """A date written the way news copy writes it: "Dec. 19, 2022"."""
    text = f"{_AP_MONTHS[day.month - 1]} {day.day}"
    return f"{text}, {day.year}" if with_year else text


def news_period(first: date, last: date) -> str:
    """A span of days in news style: "May 6–12, 2024", "April 2024", "2022"."""
    if first == last:
        return news_date(first)
    month_end = (last + timedelta(days=1)).day == 1
    if first.day == 1 and month_end and first.year == last.year:
        if first.month == 1 and last.month == 12:
            return str(first.year)
        if first.month == last.month:
            return f"{MONTH_NAMES[first.month - 1]} {first.year}"
    if first.year == last.year and first.month == last.month:
        return f"{news_date(first, with_year=False)}–{last.day}, {last.year}"
    if first.year == last.year:
        return f"{news_date(first, with_year=False)} to {news_date(last)}"
    return f"{news_date(first)} to {news_date(last)}"


def bare_weekdays(context: ArticleContext) -> list[Claim]:
    """Weekdays written as abbreviations ("Tues.", "Thurs.") that no date claim holds,
    as date claims of their own (the day unresolved: only the weekday is known)."""
    body = context.article.body
    covered = [(claim.start, claim.end) for claim in context.claims if claim.kind == "date"]
    found = []
    for match in _WEEKDAY_ABBREVIATION.finditer(body):
        before = body[match.start() - 1 : match.start()]
        if before and (before.isalnum() or before in "._"):
            continue
        if any(start <= match.start() < end for start, end in covered):
            continue
        weekday = _ABBREVIATED_WEEKDAYS[match.group(1).lower()]
        found.append(
            Claim(
                article_id=context.article.id,
                kind="date",
                text=match.group(),
                start=match.start(),
                end=match.end(),
                weekday=weekday,
                relative=True,
            )
        )
    return found


def where(context: ArticleContext, offset: int) -> str:
    """Where an offset is, for a message naming another mention: "line 12" in the file the
    article came from, or "paragraph 3" of a record that is one line of a JSON Lines file."""
    article = context.article
    body = article.body
    if article.record_line:
        return f"paragraph {len(_PARAGRAPH_BREAK.findall(body, 0, max(0, offset))) + 1}"
    return f"line {article.body_line + body.count(chr(10), 0, max(0, offset))}"


def sentence_bounds(context: ArticleContext, offset: int) -> tuple[int, int]:
    """The sentence holding an offset, falling back to the paragraph when none were given."""
    if context.sentences:
        return context.sentence_at(offset)
    body = context.article.body
    start = body.rfind("\n\n", 0, offset)
    end = body.find("\n\n", offset)
    return (0 if start < 0 else start + 2), (len(body) if end < 0 else end)


def message_number(value: float) -> str:
    """A figure as a message prints it: as short as ``:g`` ("12", "100.6", "2500"), but
    whole numbers from 10,000 up with thousands separators, and never in exponent form,
    which ``:g`` gives from a million up ("3.4e+08" reads as noise to an editor)."""
    if value == int(value) and abs(value) >= 10_000:
        return f"{int(value):,}"
    short = f"{value:g}"
    if "e" not in short:
        return short
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def stated_half_step(text: str, value: float | None, min_significant: int | None = None) -> float:
    """Half the step of the last digit as written, scaled like the value ("1.5 million").

    With ``min_significant`` set, a figure such as "120" or "1,500" may itself be rounded to
    tens or hundreds, keeping at least that many significant digits (with 2, "30" stays
    exact to the unit and "300" may be rounded to tens); without it, trailing zeros count
    as stated digits.
    """
    if value is None:
        return 0.0
    match = _NUMBER_LITERAL.search(text or "")
    if match is None:
        # A number in words ("three meters", "half a mile") is as precise as a whole unit.
        return 0.5 if abs(value) >= 1 else abs(value) / 4
    literal = match.group().replace(",", "")
    try:
        literal_value = float(literal)
    except ValueError:
        return 0.0
    scale = value / literal_value if literal_value else 1.0
    if "." in literal:
        step = 10.0 ** -len(literal.split(".", 1)[1])
    else:
        step = 1.0
        digits = literal.lstrip("0")
        if min_significant is not None and digits:
            zeros = len(digits) - len(digits.rstrip("0"))
            zeros = min(zeros, max(0, len(digits) - min_significant))
            step = 10.0**zeros
    return abs(step * scale) / 2
