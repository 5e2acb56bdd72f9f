"""`person` rules: a person's canonical name, known misspellings and birth date (for ages)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, ClassVar

from claimcheck.records import Finding
from claimcheck.rules.kinds import register
from claimcheck.rules.matching import ArticleView, build_finding, phrase_pattern, word_set
from claimcheck.rules.schema import Reader, Rule

# A text may be written a few weeks before it is published: an age a birthday behind is fine.
_AGE_SLACK = timedelta(days=31)
_MAX_AGE = 125
# Words allowed between "70-year-old" and the name: titles and capitalized words.
_TITLE_WORDS = word_set(
    """
    president prime minister leader general commander chief former the top army military
    armed forces defense defence foreign secretary head of state ukrainian russian belarusian
    """
)


@register
@dataclass(frozen=True, kw_only=True)
class PersonRule(Rule):
    kind_name: ClassVar[str] = "person"
    placeholders: ClassVar[tuple[str, ...]] = ("person", "expected", "found", "age", "born")
    default_age_message: ClassVar[str] = (
        "'{stated}': {person} was {expected} on the publication date (born {born})."
    )

    person: str
    aliases: tuple[str, ...] = ()
    misspellings: tuple[str, ...] = ()
    born: date | None = None
    # `message` speaks about misspellings; ages get their own template.
    age_message: str = ""

    @classmethod
    def read_fields(cls, reader: Reader) -> dict[str, Any]:
        person = reader.text("person", required=True)
        aliases = reader.words("aliases")
        misspellings = reader.words("misspellings")
        correct = {name.lower() for name in (person, *aliases)}
        for index, wrong in enumerate(misspellings):
            if wrong.lower() in correct:
                raise reader.error("misspellings", f"{wrong!r} is also the name or an alias", index)
        born = reader.day("born")
        if born is None and not misspellings:
            raise reader.error("born", "a person rule needs born, misspellings or both")
        allowed = (*Rule.common_placeholders, *cls.placeholders)
        age_message = reader.template("age_message", allowed, default=cls.default_age_message)
        return {
            "person": person,
            "aliases": aliases,
            "misspellings": misspellings,
            "born": born,
            "age_message": age_message,
        }

    def describe(self) -> list[tuple[str, str]]:
        rows = [("person", self.person)]
        if self.aliases:
            rows.append(("aliases", ", ".join(self.aliases)))
        if self.misspellings:
            rows.append(("known misspellings", ", ".join(self.misspellings)))
        if self.born:
            rows.append(("born", self.born.isoformat()))
            rows.append(("age message", f"`{self.age_message}`"))
        return rows

    def mention_phrases(self) -> tuple[str, ...]:
        return (self.person, *self.aliases, *self.misspellings)

    def check(self, view: ArticleView) -> Iterator[Finding]:
        if not self.applies_on(view.published):
            return
        if not view.may_mention(self.mention_phrases()):
            return
        yield from self._misspellings(view)
        if self.born is not None and view.published is not None:
            yield from self._ages(view, view.published)

    def _misspellings(self, view: ArticleView) -> Iterator[Finding]:
        pattern = phrase_pattern(self.misspellings)
        if pattern is None:
            return
        for match in pattern.finditer(view.body):
            found = match.group()
            message = self.format_message(
                person=self.person,
                expected=self.person,
                found=found,
                stated=found,
                age="",
                born=_born_text(self.born),
            )
            yield build_finding(
                view, self, (match.start(), match.end()), message, [found], self.person, found
            )

    def _ages(self, view: ArticleView, published: date) -> Iterator[Finding]:
        assert self.born is not None
        possible = {_age_on(self.born, published), _age_on(self.born, published - _AGE_SLACK)}
        expected = _age_on(self.born, published)
        for start, end, age, name in _stated_ages(view.body, self._name_pattern()):
            if age in possible or age > _MAX_AGE:
                continue
            stated = view.body[start:end]
            message = self.format_message(
                template=self.age_message,
                person=self.person,
                expected=str(expected),
                found=name,
                stated=stated,
                age=str(age),
                born=_born_text(self.born),
            )
            yield build_finding(
                view,
                self,
                (start, end),
                message,
                [name, stated],
                f"{expected} (born {self.born.isoformat()})",
                stated,
            )

    def _name_pattern(self) -> str:
        pattern = phrase_pattern((self.person, *self.aliases))
        assert pattern is not None
        return pattern.pattern


def _born_text(born: date | None) -> str:
    from claimcheck.checks.helpers import news_date

    return news_date(born) if born else "unknown"


def _age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@lru_cache(maxsize=256)
def _age_patterns(name_pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    after_name = re.compile(
        rf"(?P<name>{name_pattern})(?:,\s*(?:aged\s+)?|\s*\((?:aged\s+)?)(?P<age>\d{{1,3}})"
        r"(?=\s*(?:[,);—–]|\.(?!\d)|$))",
        re.IGNORECASE,
    )
    before_name = re.compile(
        rf"(?P<age>\d{{1,3}})-year-old\s+(?P<between>(?:[\w.'’-]+\s+){{0,5}}?)(?P<name>{name_pattern})",
        re.IGNORECASE,
    )
    return after_name, before_name


def _stated_ages(body: str, name_pattern: str) -> Iterator[tuple[int, int, int, str]]:
    """(start, end, age, name) for "Putin, 70," "Putin (70)" and "70-year-old ... Putin"."""
    after_name, before_name = _age_patterns(name_pattern)
    for match in after_name.finditer(body):
        yield match.start("age"), match.end("age"), int(match["age"]), match["name"]
    if "year-old" not in body:
        return
    for match in before_name.finditer(body):
        between = match["between"].split()
        if all(word[0].isupper() or word.lower() in _TITLE_WORDS for word in between):
            yield (
                match.start("age"),
                match.end("age") + len("-year-old"),
                int(match["age"]),
                match["name"],
            )
