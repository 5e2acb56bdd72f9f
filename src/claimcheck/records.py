"""Typed, frozen records passed between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from operator import attrgetter
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "error": 2}

Qualifier = Literal["exact", "approx", "at_least", "at_most", "more_than", "less_than"]


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from disk: metadata plus the body that offsets refer to."""

    id: str
    body: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: datetime | None = None
    path: str = ""
    # Line in `path` where the body starts (1-based), so findings can point into the file.
    body_line: int = 1
    # Line of the record inside a JSON Lines file (0 when the file holds a single article).
    record_line: int = 0
    published_problem: str = ""
    # Where the story was filed, as a wire writes it before the body ("TOKYO, March 3"); ""
    # when the record has none. The place's country is the weakest evidence of what a bare
    # currency word ("crowns", "dlrs") means (`claimcheck.extract.datelines`).
    dateline: str = ""

    @property
    def published_date(self) -> date | None:
        return self.published.date() if self.published else None


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """A number found in text, with its unit or counted noun; offsets into the scanned text."""

    start: int
    end: int
    text: str
    # The figure as stated, scale words applied ("$3bn" -> 3e9); None for a range.
    value: float | None
    # A range ("15,000-18,000", "between 5 and 6 pct") fills both, low <= high.
    low: float | None = None
    high: float | None = None
    # pint unit name ("mile"), ISO 4217 code ("USD"), "cent", "percent", a price
    # ("USD / barrel"), or a singular counted noun ("troop").
    unit: str | None = None
    # "length", "mass", "currency", "percent", "count", "time", "price", "fraction", ...
    dimension: str | None = None
    qualifier: Qualifier = "exact"
    # "up" / "down" when the figure is a change ("rose 5%"), else None.
    change: str | None = None
    # Decimal places / significant rounding as stated, for precision-aware comparisons.
    precision: float | None = None
    # A range written as a movement: "up" ("from 5 to 7", "to 7 from 5") or "down".
    direction: str | None = None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression resolved against a base date; offsets into the scanned text."""

    start: int
    end: int
    text: str
    # "date", "time", "duration", "set" (TIMEX3 types).
    type: str
    # TIMEX3-style value at its granularity: "2022-12-19", "2022-12", "2022-W51", "2022-Q4",
    # "P10M", "PAST_REF"; None when it could not be resolved (e.g. no base date).
    value: str | None
    granularity: str | None = None
    # First and last day the expression covers, when resolved to calendar days.
    first_day: date | None = None
    last_day: date | None = None
    # Weekday named in the expression (0 = Monday), if any.
    weekday: int | None = None
    # True when the value depends on the base date ("yesterday", "Monday", "last week").
    relative: bool = False
    # For anchored durations ("over the last 10 months"): the period start and end.
    period_start: date | None = None
    period_end: date | None = None
    # TIMEX3-style modifier: "START" (early 2019), "MID", "END" (late March),
    # "ON_OR_AFTER" (since April); None when the expression has none.
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A checkable statement of a figure or date inside an article."""

    article_id: str
    kind: str
    text: str
    start: int
    end: int
    sentence: str = ""
    sentence_start: int = 0
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    dimension: str | None = None
    qualifier: str = "exact"
    change: str | None = None
    date: str | None = None
    granularity: str | None = None
    first_day: date | None = None
    last_day: date | None = None
    weekday: int | None = None
    relative: bool = False
    period_start: date | None = None
    period_end: date | None = None
    # Normalized magnitude in the base unit of its dimension (e.g. metres), when pint knows it.
    normalized_value: float | None = None
    normalized_unit: str | None = None
    # Frequency claims: the count and the period it is spread over.
    count: float | None = None
    period: str | None = None
    # A range written as a movement "from X to Y" or "to Y from X": "up" or "down" (low and
    # high are always in ascending order).
    direction: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = dict(zip(_CLAIM_FIELDS, _claim_values(self), strict=True))
        for name in _CLAIM_DATE_FIELDS:
            value = out[name]
            if value is not None:
                out[name] = value.isoformat()
        return out


# Read once: every claim is turned into a dict on output, tens of thousands in a run.
_CLAIM_FIELDS = tuple(claim_field.name for claim_field in fields(Claim))
_CLAIM_DATE_FIELDS = tuple(
    claim_field.name
    for claim_field in fields(Claim)
    if "date" in str(claim_field.type).split(" | ")
)
_claim_values = attrgetter(*_CLAIM_FIELDS)


@dataclass(frozen=True, slots=True)
class UnreadPassage:
    """A stretch of an article body that could not be read for claims: its claims are missing.

    `whole_article`: the body could not be read in one pass, though each sentence could on
    its own (claims that depend on another sentence may be missing or unresolved)."""

    start: int
    end: int
    error: str
    whole_article: bool = False


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction read from one article: its claims and what it could not read."""

    claims: tuple[Claim, ...]
    unread: tuple[UnreadPassage, ...] = ()


@dataclass(frozen=True, slots=True)
class KnownStart:
    """When something a newsroom knows about began (a rule set's event), handed to the
    in-article checks as data so that a duration counted from it can be checked ("just over
    six months after the invasion") though the article never states the start.

    `names`: phrases that name it; `subjects`: when given, one must stand before the name in
    the sentence (whose rule began); `unless`: phrases that mean another event is meant."""

    source: str
    day: date
    names: tuple[str, ...]
    subjects: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """A discrepancy (or note) about an article, with the span an editor should look at."""

    article_id: str
    rule: str
    severity: Severity
    message: str
    start: int = 0
    end: int = 0
    text: str = ""
    line: int = 0
    column: int = 0
    path: str = ""
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "path": self.path,
            "evidence": self.evidence,
        }
