"""Results tables of wire copy: a company's figures for a period, one line each.

    Shr loss 89 cts vs loss 82 cts
    Net loss 5,187,000 vs loss 5,362,000
    Revs 128.4 mln vs 50.3 mln
    Six mths
    Shr loss 1.27 dlrs vs loss 1.04 dlrs

Each line's first figure is the company's figure for the period the table names (a line such
as "Six mths" or "Year" starts a new period; before it, the period is the headline's: "2ND
QTR", "YEAR"); the figure after "vs" is the year-ago one and is not compared. The company is
the one the headline names before its ticker ("GREAT AMERICAN MANAGEMENT <GAMI> 2ND QTR
LOSS"), or the one the brackets hold when it has no ticker ("<ONYX PETROLEUM CO LTD> YEAR
LOSS"); a bank's assets, deposits and loans, and a backlog, are its balances at the end of the
table's period. A restated or corrected table of the same company and period is then compared with
the first: a wire correction re-sends the table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from claimcheck.extract.patterns import compile_pattern
from claimcheck.ledger.figures import claim_interval, figure_unit
from claimcheck.ledger.names import normalize_name
from claimcheck.ledger.periods import body_end, end_year, ended_period_key, title_end
from claimcheck.records import Article, Claim

__all__ = ["TableFigure", "price_list_figures", "table_figures"]

_LINE = compile_pattern(
    r"(?im)^[ \t]*(?P<label>oper(?:ating)?\s+shr|shr(?:\s+primary|\s+diluted)?|"
    r"oper(?:ating)?\s+net|net|revs?|sales|turnover|pre-?tax|assets|deposits|loans|backlog|"
    r"(?:qtly|qtrly|mthly|final|"
    r"interim|semi-annual)?\s*div(?:idend)?)\s+(?P<rest>[^\n]*?\bvs\b[^\n]*)$"
)
# A dividend line is declared, not reported for a period: its month says which one.
_DIVIDENDS = {
    "qtly div": "quarterly",
    "qtrly div": "quarterly",
    "qtly dividend": "quarterly",
    "qtrly dividend": "quarterly",
    "mthly div": "monthly",
    "mthly dividend": "monthly",
    "final div": "final",
    "final dividend": "final",
    "interim div": "interim",
    "interim dividend": "interim",
    "semi-annual div": "semi-annual",
    "div": "dividend",
    "dividend": "dividend",
}
_SECTION = compile_pattern(
    r"(?im)^[ \t]*(?P<head>year|full\s+year|nine\s+(?:mths|months)|six\s+(?:mths|months)|"
    r"12\s+(?:mths|months)|(?:1st|first)\s+half|(?:2nd|second)\s+half|qtr|quarter|"
    r"(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+(?:qtr|quarter))[ \t]*$"
)
_TITLE_PERIOD = compile_pattern(
    r"\b(?:(?P<ordinal>1ST|2ND|3RD|4TH|FIRST|SECOND|THIRD|FOURTH)\s+(?:QTR|QUARTER)|"
    r"(?P<other>YEAR|NINE\s+MTHS|SIX\s+MTHS|(?:1ST|FIRST)\s+HALF|(?:2ND|SECOND)\s+HALF))\b",
    re.IGNORECASE,
)
# The company before its ticker ("GREAT AMERICAN MANAGEMENT <GAMI> 2ND QTR"), or a company
# with no ticker, named in the brackets itself ("<ONYX PETROLEUM CO LTD> YEAR LOSS"). A mark
# of a correction or of a copy sent again ("RPT") opening the headline is no part of the name.
_TITLE_COMPANY = compile_pattern(
    r"^\s*(?:(?:\(?CORRECTED\)?|RPT\b|REPEAT\b)\s*-?\s*)?"
    r"(?:(?P<name>[^<]+?)\s*<|<(?P<bracketed>[^<>]+)>)"
)
_LOSS = compile_pattern(r"^\s*loss\b", re.IGNORECASE)
_MEASURES = {
    "shr": "net-profit-per-share",
    "shr primary": "net-profit-per-share",
    "shr diluted": "net-profit-per-share:diluted",
    "oper shr": "operating-profit-per-share",
    "operating shr": "operating-profit-per-share",
    "oper net": "operating-net-profit",
    "operating net": "operating-net-profit",
    "net": "net-profit",
    "rev": "revenue",
    "revs": "revenue",
    "sales": "revenue",
    "turnover": "revenue",
    "pretax": "pretax-profit",
    "pre-tax": "pretax-profit",
    # A bank's or a contractor's balances at the end of the table's period.
    "assets": "assets",
    "deposits": "deposits",
    "loans": "loans",
    "backlog": "backlog",
}
_PERIODS = {
    "1st": "q1",
    "first": "q1",
    "2nd": "q2",
    "second": "q2",
    "3rd": "q3",
    "third": "q3",
    "4th": "q4",
    "fourth": "q4",
    "year": "year",
    "full year": "year",
    "12 mths": "12-months",
    "12 months": "12-months",
    "nine mths": "nine-months",
    "nine months": "nine-months",
    "six mths": "half",
    "six months": "half",
    "1st half": "half",
    "first half": "half",
    "2nd half": "second-half",
    "second half": "second-half",
}


@dataclass(frozen=True, slots=True)
class TableFigure:
    """A figure of a results table: the claim, its measure, the company and the period."""

    claim: Claim
    what: str
    company: str
    # "1986-Q4", "year@1987": the headline's or the section's period (see `_table_period`).
    when: str
    unit: str
    value: float
    low: float
    high: float
    precision: float
    # "level": the period's figure; "previous": the year-ago figure after "vs".
    role: str = "level"
    # A results line is a period's figure; a listed price stands until the list is set anew.
    behaviour: str = "period"


def table_figures(article: Article, claims: Sequence[Claim]) -> list[TableFigure]:
    """The first figure of each results line of the article, with its identity's parts."""
    body = article.body
    if " vs " not in body or article.published is None:
        return []
    company = _company(article.title or "")
    title_period = _title_period(article.title or "")
    # "2ND QTR JAN 31", or a first line "Qtr ends Jan 31": every period of the table ends in
    # that month (see `periods`).
    ended = title_end(article.title or "") or body_end(body) if title_period is not None else None
    # "1ST QTR SEPT 30": a company whose first quarter ends in September keys its quarters by
    # their end even where a calendar quarter ends (`quarter-to-1987-09`), so that they never
    # meet another story's "third quarter" of a year it does not know.
    off_calendar = ended is not None and _CALENDAR_END.get(title_period or "", ended[0]) != ended[0]
    if company is None:
        return []
    sections = [(m.start(), _period(m.group("head"))) for m in _SECTION.finditer(body)]
    by_start = {claim.start: claim for claim in claims if claim.kind in _FIGURES}
    found = []
    for line in _LINE.finditer(body):
        label = " ".join(line.group("label").lower().split())
        period = title_period
        for start, head in sections:
            if start < line.start():
                period = head or period
        if period == "12-months":
            # Under a "3RD QTR" headline, the twelve months to that quarter's end: not the
            # fiscal year another item calls "Year". To the fourth quarter's, that year.
            trailing = title_period in ("q1", "q2", "q3")
            period = f"12-months-to-{title_period}" if trailing else "year"
        if label in _DIVIDENDS:
            period = f"{_DIVIDENDS[label]}-{article.published.month:02d}"
        if period is None:
            continue
        what = "dividend-per-share" if label in _DIVIDENDS else _MEASURES[label]
        for role, (claim, loss) in _line_figures(line, by_start):
            if role == "previous" and label in _DIVIDENDS:
                continue  # the dividend before: its month is not known
            when = _line_period(
                period,
                role != "level",
                ended,
                article.published.date(),
                (title_period, off_calendar),
            )
            made = _table_figure(claim, loss, what, company, when)
            if made is not None:
                # A new copy only for another role: `replace` costs more than the test.
                found.append(made if made.role == role else replace(made, role=role))
    return _in_stated_currency(found)


def _in_stated_currency(found: list[TableFigure]) -> list[TableFigure]:
    """A table writes its currency once, on the per-share line ("Shr 1.10 dlrs vs 90 cts"):
    its amounts without one ("Net 48.5 mln vs 40.1 mln") are in that currency, so that they
    match the same amounts written in a sentence. With no currency or more than one, they
    stay `implied` (compared only with other tables' amounts)."""
    currencies = {figure.unit.split("/")[0].strip() for figure in found if figure.unit != IMPLIED}
    if len(currencies) != 1 or not any(figure.unit == IMPLIED for figure in found):
        return found
    [currency] = currencies
    if not _CURRENCY_CODE.fullmatch(currency):
        return found
    return [
        replace(figure, unit=currency) if figure.unit == IMPLIED else figure for figure in found
    ]


IMPLIED = "implied"
_CURRENCY_CODE = compile_pattern(r"[A-Z]{3}")


def _line_period(
    period: str,
    year_ago: bool,
    ended: tuple[int, int | None] | None,
    published: date,
    headline: tuple[str | None, bool] = (None, False),
) -> str:
    """The key of a line's period: by the end the headline states ("2ND QTR JAN 31"), else as
    `_table_period` reads it; the year-ago column's a year earlier. A year printed in the
    first three months of a year, under any headline but a first, second or third quarter's,
    is the calendar year just closed: "Year" or "12 mths" of a "4TH QTR" or "YEAR" table
    printed in March 1987 is 1986, as the story's "net profit in 1986" is. Printed later, a
    year closes at a month the table does not tell (`year@1987`). `headline`: the headline's
    period and whether its end shows the company's quarters off the calendar's."""
    title_period, off_calendar = headline
    if ended is not None and period in _LENGTH_OF:
        month, day = ended
        end = end_year(month, published, day) - year_ago
        return ended_period_key(_LENGTH_OF[period], month, end, off_calendar)
    if (
        period == "year"
        and title_period not in _PART_YEAR_HEADLINES
        and published.month <= _YEAR_JUST_CLOSED_MONTHS
    ):
        return str(published.year - 1 - year_ago)
    return _table_period(period, published.year - year_ago, published)


# How many months into a year a table's year is still the calendar year just closed: the
# season of results for years ending in December.
_YEAR_JUST_CLOSED_MONTHS = 3
# Headlines under which a twelve months' figure runs to a quarter's end, not a year's.
_PART_YEAR_HEADLINES = frozenset({"q1", "q2", "q3"})


def _table_period(period: str, year: int, published: date) -> str:
    """The key of a table's period. A quarter is keyed as the text's "fourth-quarter profit"
    is, so that a table and a sentence of one company's quarter match: the quarter of the
    year it came out in, or of the year before when that quarter had not begun ("Qtr 4" in
    February 1987 is 1986-Q4). Other periods keep the year the table came out in
    ("year@1987"): a fiscal year's number cannot be told from it."""
    quarter = _QUARTER_PERIOD.fullmatch(period)
    if quarter is None:
        return f"{period}@{year}"
    number = int(quarter.group(1))
    not_begun = date(published.year, 3 * number - 2, 1) > published
    return f"{year - int(not_begun)}-Q{number}"


_QUARTER_PERIOD = compile_pattern(r"q([1-4])")
# The month a headline's period ends in on the calendar: "1ST QTR" in March, "1ST HALF" in June.
_CALENDAR_END = {"q1": 3, "q2": 6, "q3": 9, "q4": 12, "half": 6, "second-half": 12, "year": 12}
# A table's period of a stated end, by its length (see `periods.ended_period_key`).
_LENGTH_OF = {
    "q1": "quarter",
    "q2": "quarter",
    "q3": "quarter",
    "q4": "quarter",
    "half": "half",
    "second-half": "half",
    "nine-months": "nine-months",
    "year": "year",
    "12-months-to-q1": "year",
    "12-months-to-q2": "year",
    "12-months-to-q3": "year",
}


def _table_figure(
    claim: Claim, loss: bool, what: str, company: str, when: str
) -> TableFigure | None:
    unit = figure_unit(claim)
    if unit is None:
        return None
    low, high, precision, point = claim_interval(claim, unit.factor)
    if point is None:
        return None
    if loss:
        point, low, high = -point, -high, -low
    return TableFigure(
        claim=claim,
        what=what,
        company=company,
        when=when,
        # "Net 2.1 mln vs 1.9 mln" above a "Deposits" line: the extractor may take the next
        # line's label for the noun the number counts ("1.9 mln Deposits"); a table's line
        # counts nothing, its number is the line's amount.
        unit=unit.unit if unit.kind not in ("bare", "things", "people") else IMPLIED,
        value=point,
        low=low,
        high=high,
        precision=precision,
    )


_FIGURES = ("money", "quantity", "percent")


def _line_figures(
    line: re.Match[str], by_start: dict[int, Claim]
) -> list[tuple[str, tuple[Claim, bool]]]:
    """The line's figure for the period ("level") and the year-ago one after "vs"
    ("previous"), each with whether the line calls it a loss."""
    rest = line.group("rest")
    rest_start = line.start("rest")
    versus = rest.find(" vs ")
    if versus < 0:
        return []
    out = []
    for role, start, stop, words in (
        ("level", rest_start, rest_start + versus, rest),
        ("previous", rest_start + versus + 4, line.end(), rest[versus + 4 :]),
    ):
        for position in range(start, stop):
            claim = by_start.get(position)
            if claim is not None:
                out.append((role, (claim, bool(_LOSS.match(words)))))
                break
    return out


def _company(title: str) -> str | None:
    match = _TITLE_COMPANY.match(title)
    if match is None:
        return None
    keys = normalize_name((match.group("name") or match.group("bracketed")).split())
    return keys[-1] if keys else None


def _title_period(title: str) -> str | None:
    match = _TITLE_PERIOD.search(title)
    if match is None:
        return None
    if match.group("ordinal"):
        return _PERIODS.get(match.group("ordinal").lower())
    return _period(match.group("other"))


def _period(head: str) -> str | None:
    words = " ".join(head.lower().split())
    if words in ("qtr", "quarter"):
        return None  # "Qtr": the headline's quarter
    return _PERIODS.get(words) or _PERIODS.get(words.split()[0])


# Price and rate lists set anew with the old figure beside the new one: a heading that says
# who set what ("The cotton board set its floor prices for cotton goods, in dlrs a tonne,
# previous in brackets, as follows:"), then items written "Label 137 (136)".
_LIST_HEADING = compile_pattern(
    r"(?P<setter>\b[A-Z][^.:;]{2,80}?)\s+(?:(?:yesterday|today)\s+)?(?:adjusted|set|fixed|"
    r"raised|lowered|cut|changed)\s+(?:its\s+|the\s+)?(?P<what>[^.:;]{0,100}?\bprices?\b"
    r"[^:;]{0,120}?),\s*(?:the\s+)?(?:previous|old)\s+(?:ones?\s+|prices?\s+)?in\s+"
    r"(?:brackets|parentheses),?\s+(?:are\s+|were\s+)?as\s+follows\s*:",
    re.IGNORECASE,
)
# One item: its label (words, no figure), the new figure, the old one in brackets.
_LIST_ITEM = compile_pattern(
    r"(?P<label>[A-Za-z][A-Za-z /-]{0,60}?)\s+(?P<new>\d[\d,.]*)\s+\((?P<old>\d[\d,.]*)\)"
)
# The rest of an item's sentence after its last item qualifies every item ("all for
# shipments through June"); the sentences end at a full stop or the story's sign-off.
_LIST_SENTENCE = compile_pattern(r"[^.]+?(?:\.(?=\s|$)|$)")
_LIST_JOINERS = compile_pattern(r"^(?:,|\s|and\b|or\b)+|[,.\s]+$", re.IGNORECASE)
_SIGN_OFF = compile_pattern(r"\bREUTERS?\b")


def price_list_figures(article: Article, claims: Sequence[Claim]) -> list[TableFigure]:
    """The items of a price list set anew with the old prices in brackets: each item's new
    price, keyed by who set the list, what it prices and
    the item's label with the words its sentence adds. A sentence's later items are labelled
    under its first ("Linseed cake 137 (136), pellets 115 (114)": linseed cake's pellets),
    so an item named otherwise in another list is not matched with it. A list stands until
    it is set anew: its prices move, they are not a period's figures."""
    body = article.body
    if "follows" not in body:
        return []
    heading = _LIST_HEADING.search(body) if "(" in body else None
    if heading is None:
        return _rate_columns(body, claims)
    setter = _list_words(heading.group("setter"))
    what = _list_words(heading.group("what"))
    by_start = {claim.start: claim for claim in claims if claim.kind in _FIGURES}
    stop = _SIGN_OFF.search(body, heading.end())
    end = stop.start() if stop is not None else len(body)
    found: list[TableFigure] = []
    for sentence in _LIST_SENTENCE.finditer(body, heading.end(), end):
        items = list(_LIST_ITEM.finditer(body, sentence.start(), sentence.end()))
        if not items:
            continue
        qualifier = _list_words(body[items[-1].end() : sentence.end()])
        first = _list_words(items[0].group("label"))
        for index, item in enumerate(items):
            label = _list_words(item.group("label"))
            key = label if index == 0 else f"{first} / {label}"
            row = f"{key} ({qualifier})" if qualifier else key
            # Only the new price: the old one beside it is the list before, which an earlier
            # story gave as its new price (matched with it, it would be taken for the same).
            claim = by_start.get(item.start("new"))
            made = _table_figure(claim, False, f"{what}: {row}", setter, "") if claim else None
            if made is not None:
                # a list's price is set to the unit, not rounded: 136 is not 137 written loosely
                found.append(replace(made, unit=IMPLIED, behaviour="moves", precision=0.0))
    return found


def _list_words(text: str) -> str:
    """Words of a list's heading or label as a key: lower case, single spaces, no joining
    words or commas at the ends, no article opening it."""
    words = _LIST_JOINERS.sub("", " ".join(text.split())).lower()
    return words[4:] if words.startswith("the ") else words


# A rate table in columns, new rate before old: "<Setter> said its rates on its bills are as
# follows:", a heading line MATURITY / NEW RATE / OLD RATE / MATURITY, then rows such as
# "7-30 days 6.20 pct 6.05 pct 7-30 days". A row is a term, its new rate, then the old
# rate and the old term when they differ: a line opening with a term and a rate. A line
# that opens with a rate is the old column's alone (its term after it is an old one).
_RATE_HEADING = compile_pattern(
    r"(?P<setter>\b[A-Z][^.:;]{2,80}?)\s+said\s+(?:its|the)\s+(?P<what>[^.:;]{0,80}?\brates?\b"
    r"[^.:;]{0,60}?)\s+(?:were|are|will\s+be)\s+(?:set\s+)?as\s+follows\s*:\s*MATURITY\s+"
    r"NEW\s+RATE\s+OLD\s+RATE\b"
)
_TERM_THEN_RATE = compile_pattern(
    r"(?im)^[ \t]*(?P<term>\d+\s*-\s*\d+[ \t]+(?:days|weeks|months|years))[ \t]+"
    r"(?P<rate>\d[\d.]*\s*(?:pct|%))"
)


def _rate_columns(body: str, claims: Sequence[Claim]) -> list[TableFigure]:
    """Each row's new rate of a rate table in columns (see `_RATE_HEADING`), keyed by who set
    it, what it rates and the row's term."""
    if "NEW RATE" not in body:
        return []
    heading = _RATE_HEADING.search(body)
    if heading is None:
        return []
    setter = _list_words(heading.group("setter"))
    what = _list_words(heading.group("what"))
    by_start = {claim.start: claim for claim in claims if claim.kind in _FIGURES}
    stop = _SIGN_OFF.search(body, heading.end())
    found = []
    for row in _TERM_THEN_RATE.finditer(body, heading.end(), stop.start() if stop else len(body)):
        claim = by_start.get(row.start("rate"))
        span, _, unit = row.group("term").lower().rpartition(" ")
        term = f"{''.join(span.split())} {unit}"  # "5 - 14 days" and "5-14 days": one term
        made = _table_figure(claim, False, f"{what}: {term}", setter, "") if claim else None
        if made is not None:
            found.append(replace(made, behaviour="moves", precision=0.0))
    return found
