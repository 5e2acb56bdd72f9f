"""`event` rules: an event's known date, to check dates, "since" and elapsed times stated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from claimcheck.checks.helpers import news_date
from claimcheck.records import Claim, Finding, KnownStart
from claimcheck.rules.kinds import register
from claimcheck.rules.matching import (
    ArticleView,
    WordMatch,
    build_finding,
    find_each_phrase,
    find_phrases,
    format_number,
    gap_is_only,
    names_someone,
    word_set,
)
from claimcheck.rules.schema import Reader, Rule, parse_amount

_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[0-9]|20|21)\d\d(?!\d)")
_DAYS_PER = {"day": 1.0, "week": 7.0, "month": 30.436875, "year": 365.2425, "decade": 3652.425}

# Words that may sit between an event's name and its date: "the invasion, which began on Feb. 24".
_BEFORE_DATE = word_set(
    """
    on in of since from at the late early mid which that began begun begin started start starting
    launched was were is happened came took place created formed established signed founded held
    back way all ever first
    """
)
# ... and between a date and the event's name: "the Feb. 24 invasion", "2014's annexation".
_AFTER_DATE = frozenset({"the", "'s", "’s", "s"})
# Between an event's name and an elapsed time: "Russia has waged war for the last 14 months".
_BEFORE_DURATION = word_set(
    """
    for over during in the last past since now nearly almost about some more than has have had
    been lasted raged gone going on continued dragged a an its their
    """
)
# Between an elapsed time and the event's name: "in the 14 months since the invasion".
_AFTER_DURATION = frozenset({"since", "into", "of", "the", "ever"})
_AFTER_DURATION_NEEDS = frozenset({"since", "into", "of"})
# "after the invasion", "before the war": the event is a landmark for another one.
_OTHER_EVENT_BEFORE = re.compile(r"\b(?:after|before|until|till|following)\s+(?:the\s+)?\Z", re.I)
# How far the subject may stand before the event's words: "Lukashenko, who has ruled Belarus".
_SUBJECT_REACH = 60


@register
@dataclass(frozen=True, kw_only=True)
class EventRule(Rule):
    kind_name: ClassVar[str] = "event"
    placeholders: ClassVar[tuple[str, ...]] = ("event", "date", "expected", "elapsed")

    event: tuple[str, ...]
    date: date
    subject: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    unless_pattern: tuple[re.Pattern[str], ...] = ()
    # Extra slack for elapsed times, in days; None = one unit of the stated figure.
    tolerance_days: float | None = None

    @classmethod
    def read_fields(cls, reader: Reader) -> dict[str, Any]:
        from claimcheck.extract.units import convert

        tolerance_days = None
        if reader.has("tolerance"):
            amount, unit = parse_amount(
                reader.raw("tolerance"), lambda problem: reader.error("tolerance", problem)
            )
            if unit is None or unit == "%":
                raise reader.error("tolerance", "write a time span such as '1 month' or '15 days'")
            try:
                # The calendar units need no pint: loading rules stays fast.
                if unit in _DAYS_PER:
                    tolerance_days = amount * _DAYS_PER[unit]
                else:
                    tolerance_days = convert(amount, unit, "day")
            except ValueError:
                raise reader.error("tolerance", f"{unit!r} is not a unit of time") from None
        return {
            "event": reader.words("event", required=True),
            "date": reader.day("date", required=True),
            "subject": reader.words("subject"),
            "unless": reader.words("unless"),
            "unless_pattern": reader.regex("unless_pattern"),
            "tolerance_days": tolerance_days,
        }

    def describe(self) -> list[tuple[str, str]]:
        rows = [("event", ", ".join(self.event)), ("date", self.date.isoformat())]
        if self.subject:
            rows.append(("subject (one also required)", ", ".join(self.subject)))
        if self.unless:
            rows.append(("unless (any one skips)", ", ".join(self.unless)))
        for pattern in self.unless_pattern:
            rows.append(("unless the sentence matches", f"`{pattern.pattern}`"))
        if self.tolerance_days is not None:
            rows.append(("elapsed-time tolerance", f"{format_number(self.tolerance_days)} days"))
        return rows

    def mention_phrases(self) -> tuple[str, ...]:
        return self.event

    def known_starts(self) -> tuple[KnownStart, ...]:
        return (KnownStart(self.code, self.date, self.event, self.subject, self.unless),)

    def check(self, view: ArticleView) -> Iterator[Finding]:
        if not self.applies_on(view.published) or not view.may_mention(self.event):
            return
        for claim in view.claims:
            if claim.kind not in ("date", "duration"):
                continue
            start, sentence = view.sentence_of(claim)
            if self.unless and find_phrases(self.unless, sentence):
                continue
            if any(pattern.search(sentence) for pattern in self.unless_pattern):
                continue
            if not find_phrases(self.event, sentence):  # one quick search before the overlaps
                continue
            names = find_each_phrase(self.event, sentence, start)
            subjects: list[WordMatch] = []
            if self.subject:
                mentions = find_phrases(self.subject, sentence, start)
                names = [n for n in names if (s := _subject_of(view.body, n, mentions))]
                subjects = [s for n in names if (s := _subject_of(view.body, n, mentions))]
            # "two days after the invasion on Feb. 26": the date belongs to something else.
            names = [n for n in names if not _OTHER_EVENT_BEFORE.search(view.body, 0, n.start)]
            if not names:
                continue
            finding = (
                self._check_date(view, claim, names, subjects)
                if claim.kind == "date"
                else self._check_elapsed(view, claim, names, subjects)
            )
            if finding is not None:
                yield finding

    # -- a date stated for the event ------------------------------------------------------

    def _check_date(
        self, view: ArticleView, claim: Claim, names: list[WordMatch], subjects: list[WordMatch]
    ) -> Finding | None:
        if claim.first_day is None or claim.last_day is None or claim.granularity == "ref":
            return None
        name = _connected(view.body, claim, names, _BEFORE_DATE, _AFTER_DATE)
        if name is None or self._date_fits(claim):
            return None
        expected = news_date(self.date)
        message = self.format_message(
            event=name.text, date=expected, expected=expected, stated=claim.text, elapsed=""
        )
        matched = [s.text for s in subjects] + [name.text, claim.text]
        return build_finding(view, self, claim, message, matched, self.date.isoformat(), claim.text)

    def _date_fits(self, claim: Claim) -> bool:
        assert claim.first_day is not None and claim.last_day is not None
        if claim.first_day <= self.date <= claim.last_day:
            return True
        if claim.relative and _YEAR_WRITTEN.search(claim.text) is None and not claim.value:
            # "Feb. 24" with no year: the resolver guessed the year; compare day and month.
            for year in range(claim.first_day.year - 1, claim.last_day.year + 2):
                try:
                    moved = self.date.replace(year=year)
                except ValueError:
                    continue
                if claim.first_day <= moved <= claim.last_day:
                    return True
        return False

    # -- time elapsed since the event -----------------------------------------------------

    def _check_elapsed(
        self, view: ArticleView, claim: Claim, names: list[WordMatch], subjects: list[WordMatch]
    ) -> Finding | None:
        if view.published is None or claim.value is None or claim.unit not in _DAYS_PER:
            return None
        body = view.body
        since = _after_duration(body, claim, names)
        over = None if since else _connected(body, claim, names, _BEFORE_DURATION, frozenset())
        name = since or over
        if name is None:
            return None
        unit_days = _DAYS_PER[claim.unit]
        tolerance = self.tolerance_days if self.tolerance_days is not None else unit_days
        elapsed = (view.published - self.date).days
        low = (claim.low if claim.low is not None else claim.value) * unit_days
        high = (claim.high if claim.high is not None else claim.value) * unit_days
        if claim.qualifier in ("at_least", "more_than"):
            high = float("inf")
        elif claim.qualifier in ("at_most", "less_than"):
            low = 0.0
        elif claim.qualifier == "approx":
            # "nearly three decades", "about 10 months": a tenth either way.
            low, high = low * 0.9, high * 1.1
        if since is None:
            # "The war has raged for the last three months" may name only its latest part:
            # only a span longer than the event itself is a contradiction.
            high = float("inf")
        if low - tolerance <= elapsed <= high + tolerance:
            return None
        elapsed_text = f"{format_number(elapsed / unit_days)} {claim.unit}s"
        expected = f"about {elapsed_text} since {news_date(self.date)}"
        message = self.format_message(
            event=name.text,
            date=news_date(self.date),
            expected=expected,
            stated=claim.text,
            elapsed=elapsed_text,
        )
        matched = [s.text for s in subjects] + [name.text, claim.text]
        return build_finding(view, self, claim, message, matched, expected, claim.text)


def _subject_of(body: str, name: WordMatch, mentions: list[WordMatch]) -> WordMatch | None:
    """The subject mention the event words belong to: shortly before them, with no other
    name in between ("Putin, in power since 2000, met Lukashenko" is not about Lukashenko)."""
    for mention in reversed(mentions):
        if mention.end > name.start:
            continue
        between = body[mention.end : name.start]
        if len(between) <= _SUBJECT_REACH and not names_someone(between):
            return mention
        return None
    return None


def _connected(
    body: str,
    claim: Claim,
    names: list[WordMatch],
    before_claim: frozenset[str],
    after_claim: frozenset[str],
) -> WordMatch | None:
    """The event name tied to the claim by connector words only, on either side."""
    for name in names:
        if name.end <= claim.start and gap_is_only(body[name.end : claim.start], before_claim):
            return name
        if (
            after_claim
            and claim.end <= name.start
            and gap_is_only(body[claim.end : name.start], after_claim, max_words=2)
        ):
            return name
    return None


def _after_duration(body: str, claim: Claim, names: list[WordMatch]) -> WordMatch | None:
    """ "14 months since the invasion": an elapsed time counted from the event."""
    for name in names:
        if claim.end <= name.start:
            gap = body[claim.end : name.start]
            words = {word.lower() for word in re.findall(r"[\w'’]+", gap)}
            if words & _AFTER_DURATION_NEEDS and gap_is_only(gap, _AFTER_DURATION, max_words=3):
                return name
    return None
