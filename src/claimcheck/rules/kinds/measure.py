"""What `fact` and `range` rules share: a subject, a measure, and matching them to a claim."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from claimcheck.records import Claim, Finding
from claimcheck.rules.matching import (
    ArticleView,
    WordMatch,
    build_finding,
    find_phrases,
    format_number,
    gap_between,
    stated_interval,
    unit_label,
)
from claimcheck.rules.schema import Reader, Rule

MEASURED_CLAIM_KINDS = frozenset({"quantity", "money", "percent"})


def known_dimensions() -> frozenset[str]:
    from claimcheck.extract.units import UNIT_DIMENSIONS

    return frozenset(UNIT_DIMENSIONS.values()) - {"count"}


@dataclass(frozen=True, slots=True)
class MeasureMatch:
    """A claim a measure rule speaks about, the words that tied them, and how specifically."""

    claim: Claim
    matched: tuple[str, ...]
    # More alias groups matched in the sentence = more specific; the most specific rule wins.
    specificity: float


@dataclass(frozen=True, kw_only=True)
class MeasureRule(Rule):
    """A rule about one measure (a dimension or counted nouns) of one subject."""

    placeholders: ClassVar[tuple[str, ...]] = ("subject", "expected", "value", "unit", "converted")

    subject: tuple[str, ...]
    context: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    unless_pattern: tuple[re.Pattern[str], ...] = ()
    dimension: str | None = None
    nouns: tuple[str, ...] = ()
    article_subject: bool = True
    # A measure of the vocabulary (claimcheck.measures) the rule names, if it names one.
    named_measure: str | None = None

    @classmethod
    def read_measure_fields(cls, reader: Reader) -> dict[str, Any]:
        from claimcheck.extract.quantities import lemmatize_noun
        from claimcheck.measures import measure_named

        measure = reader.raw("measure", required=True)
        dimensions = known_dimensions()
        # A dimension ("length") is read as one, as before the vocabulary named measures.
        named = (
            measure_named(measure)
            if isinstance(measure, str) and measure not in dimensions
            else None
        )
        fields: dict[str, Any] = {
            # A measure of the vocabulary is found by its own words: the subject may be left
            # out ("measure: turnout"), and the title then says nothing about it.
            "subject": reader.words("subject", required=named is None),
            "context": reader.words("context"),
            "unless": reader.words("unless"),
            "unless_pattern": reader.regex("unless_pattern"),
            "article_subject": reader.boolean("article_subject", default=named is None),
        }
        if isinstance(measure, str) and measure in dimensions:
            fields["dimension"] = measure
        elif named is not None:
            fields["named_measure"] = named.name
            fields["dimension"] = _named_dimension(named.figures)
            if not fields["subject"]:
                fields["subject"] = named.forms
        elif isinstance(measure, str):
            raise reader.error(
                "measure",
                f"{measure!r} is not a dimension ({', '.join(sorted(dimensions))}) nor a "
                "measure of the vocabulary (claimcheck.measures); to count a noun write a "
                "list: [troop, soldier]",
            )
        else:
            nouns = reader.words("measure")
            fields["nouns"] = tuple(dict.fromkeys(lemmatize_noun(noun) for noun in nouns))
        return fields

    def describe_measure(self) -> list[tuple[str, str]]:
        rows = [("subject", ", ".join(self.subject))]
        if self.context:
            rows.append(("context (one also required)", ", ".join(self.context)))
        if self.unless:
            rows.append(("unless (any one skips)", ", ".join(self.unless)))
        for pattern in self.unless_pattern:
            rows.append(("unless the sentence matches", f"`{pattern.pattern}`"))
        measure = self.dimension or "count of " + ", ".join(self.nouns)
        if self.named_measure:
            measure = f"{self.named_measure} (measure vocabulary), stated as {measure}"
        rows.append(("measure", measure))
        rows.append(("falls back to the title", "yes" if self.article_subject else "no"))
        return rows

    # -- matching -------------------------------------------------------------------------

    def match_claim(self, claim: Claim, view: ArticleView) -> MeasureMatch | None:
        if not self.measures(claim):
            return None
        start, sentence = view.sentence_of(claim)
        if self.unless and find_phrases(self.unless, sentence):
            return None
        if any(pattern.search(sentence) for pattern in self.unless_pattern):
            return None
        rivals = self._rival_claims(claim, view)
        subjects = view.subject_in_sentence(self.subject, claim, self.article_subject)
        if not subjects:
            return None
        matched: list[WordMatch] = list(subjects)
        if self.context:
            context = find_phrases(self.context, sentence, start)
            # A context word inside the subject's own words ("Belarusian border") does not count,
            # nor one closer to another figure ("430 km from Kyiv and 700 km from Moscow").
            context = [
                c
                for c in context
                if not any(_inside(c, s) for s in subjects) and _nearest(c, claim, rivals)
            ]
            if not context:
                return None
            matched.extend(context)
        specificity = 1.0 + (1.0 if self.context else 0.0)
        if any(match.in_title for match in subjects):
            specificity -= 0.5
        words = (*(match.text for match in matched), claim.text)
        return MeasureMatch(claim, words, specificity)

    def mention_phrases(self) -> tuple[str, ...]:
        return self.subject

    def measures(self, claim: Claim) -> bool:
        if claim.kind not in MEASURED_CLAIM_KINDS or claim.change is not None:
            return False
        if self.dimension is not None:
            return claim.dimension == self.dimension and bool(claim.unit)
        if self.named_measure and not self.nouns:
            return claim.dimension == "count"  # a count of people or things, by the words
        return claim.unit in self.nouns

    def _rival_claims(self, claim: Claim, view: ArticleView) -> list[Claim]:
        """Other figures of the same measure in the sentence, other than restatements of this
        one ("60 miles (97 km)")."""
        start, _ = view.sentence_of(claim)
        return [
            other
            for other in view.claims_by_sentence.get(start, ())
            if other is not claim and self.measures(other) and not _same_amount(claim, other)
        ]

    def claim_interval(self, claim: Claim, unit: str | None) -> tuple[float, float] | None:
        """The claim's stated interval expressed in `unit` (None when not convertible)."""
        interval = stated_interval(claim)
        if interval is None:
            return None
        if unit is None or claim.unit == unit or self.dimension is None:
            return interval
        from claimcheck.extract.units import convert

        try:
            return convert(interval[0], claim.unit, unit), convert(interval[1], claim.unit, unit)
        except (ValueError, TypeError):
            return None

    def converted_text(self, claim: Claim) -> str:
        """The stated figure in the rule's unit ("60 miles" -> "97 km"), else as stated."""
        unit = getattr(self, "unit", None)
        value = claim.value if claim.value is not None else claim.low
        if unit is None or value is None or claim.unit in (None, unit) or not self.dimension:
            return claim.text
        from claimcheck.extract.units import convert

        try:
            converted = convert(value, claim.unit, unit)
        except (ValueError, TypeError):
            return claim.text
        return f"{format_number(converted)} {unit_label(unit, converted)}"

    @classmethod
    def read_measure_unit(cls, reader: Reader, fields: dict[str, Any]) -> str | None:
        """The rule's `unit`, required when it names a dimension, and of that dimension."""
        from claimcheck.extract.units import dimension_of

        dimension = fields.get("dimension")
        unit = reader.unit("unit", required=dimension is not None)
        if unit and dimension and dimension_of(unit) != dimension:
            raise reader.error("unit", f"{unit!r} measures {dimension_of(unit)}, not {dimension}")
        return unit

    def bounds(self) -> tuple[float, float]:
        """The values this rule accepts, in its unit (infinite on an open side)."""
        raise NotImplementedError

    def message_fields(self) -> dict[str, str]:
        """Placeholders of this kind beyond the shared ones."""
        return {}

    def judge(self, match: MeasureMatch, view: ArticleView) -> Finding | None:
        """A finding when the claim's stated interval lies wholly outside the bounds."""
        claim = match.claim
        interval = self.claim_interval(claim, getattr(self, "unit", None))
        if interval is None:
            return None
        low, high = self.bounds()
        if interval[0] <= high and low <= interval[1]:
            return None
        stated_value = claim.value if claim.value is not None else claim.low or 0.0
        message = self.format_message(
            subject=match.matched[0],
            expected=self.expected_text,
            stated=claim.text,
            value=format_number(stated_value),
            unit=unit_label(claim.unit, stated_value),
            converted=self.converted_text(claim),
            **self.message_fields(),
        )
        return build_finding(
            view, self, claim, message, match.matched, self.expected_text, claim.text
        )

    @property
    def expected_text(self) -> str:
        raise NotImplementedError

    def check(self, view: ArticleView) -> Iterator[Finding]:
        if not self.applies_on(view.published):
            return
        for claim in view.claims:
            match = self.match_claim(claim, view)
            if match is not None and (finding := self.judge(match, view)) is not None:
                yield finding


# The dimension a claim has for each kind of figure of the measure vocabulary.
_DIMENSION_OF_FIGURES = {
    "money": "currency",
    "percent": "percent",
    "length": "length",
    "area": "area",
    "mass": "mass",
    "volume": "volume",
    "flow": "flow",
    "temperature": "temperature",
}


def _named_dimension(figures: frozenset[str]) -> str | None:
    """The one dimension a vocabulary measure is stated in, None when it is a count."""
    dimensions = {_DIMENSION_OF_FIGURES[kind] for kind in figures if kind in _DIMENSION_OF_FIGURES}
    return min(dimensions) if len(dimensions) == 1 else None


def _nearest(word: WordMatch, claim: Claim, rivals: list[Claim]) -> bool:
    """True when no rival figure stands closer to the word than the claim does."""
    distance = gap_between((word.start, word.end), (claim.start, claim.end))
    return all(gap_between((word.start, word.end), (r.start, r.end)) >= distance for r in rivals)


def _same_amount(first: Claim, second: Claim) -> bool:
    def amount(claim: Claim) -> float | None:
        if claim.normalized_value is not None:
            return claim.normalized_value
        return claim.value if claim.value is not None else claim.low

    a, b = amount(first), amount(second)
    if a is None or b is None:
        return False
    return abs(a - b) <= 0.1 * max(abs(a), abs(b))


def _inside(inner: WordMatch, outer: WordMatch) -> bool:
    return not outer.in_title and outer.start <= inner.start and inner.end <= outer.end
