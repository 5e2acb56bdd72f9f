"""The one place the extraction benchmarks import claimcheck: change it when the package moves."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Claim kinds that carry a figure of their own (dates and durations belong to the date extractor).
FIGURE_KINDS = frozenset({"quantity", "money", "percent"})


def is_figure(claim: Any) -> bool:
    """A claim that states a figure: a quantity, money or percentage, or a frequency's count of
    times ("four times in six years", "three times a year"; "every six months" is a period)."""
    if claim.kind in FIGURE_KINDS:
        return True
    return claim.kind == "frequency" and (claim.unit or "").startswith("time")


@dataclass(frozen=True)
class Extractor:
    """claimcheck's public reading and extraction functions, plus the unit vocabulary the
    NewsQuant scorer compares units with."""

    read_jsonl: Callable[[Path], Iterator[Any]]
    split_sentences: Callable[[str], list[tuple[int, int]]]
    extract_claims: Callable[..., list[Any]]
    make_article: Callable[..., Any]
    lookup_surface: Callable[[str], str | None]
    unit_dimensions: dict[str, str]
    lemmatize_noun: Callable[[str], str]

    def claims_of_text(self, text: str, article_id: str = "sentence") -> list[Any]:
        """Claims in a stand-alone text, read as an article with no publication date."""
        return self.extract_claims(self.make_article(id=article_id, body=text))

    def read_bodies(self, path: Path) -> dict[str, Any]:
        """Articles of a JSON Lines corpus by id, as claimcheck reads them: offsets agree, and
        the dateline is kept, so a bare currency word reads as the pipeline reads it."""
        articles: dict[str, Any] = {}
        for record in self.read_jsonl(path):
            if hasattr(record, "body"):
                articles[record.id] = record
        return articles


def load_extractor() -> Extractor:
    from claimcheck.extract import claims
    from claimcheck.extract.quantities import lemmatize_noun
    from claimcheck.extract.units import UNIT_DIMENSIONS, lookup_surface
    from claimcheck.input import articles, text

    return Extractor(
        read_jsonl=articles.read_jsonl,
        split_sentences=text.split_sentences,
        extract_claims=claims.extract_claims,
        make_article=articles.Article,
        lookup_surface=lookup_surface,
        unit_dimensions=UNIT_DIMENSIONS,
        lemmatize_noun=lemmatize_noun,
    )
