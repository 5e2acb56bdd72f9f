"""Reading rule files: YAML with line numbers, typed field readers, the common rule fields."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from string import Formatter
from typing import TYPE_CHECKING, Any, ClassVar

import yaml

from claimcheck.errors import ClaimcheckError
from claimcheck.records import Finding, KnownStart

if TYPE_CHECKING:
    from claimcheck.rules.matching import ArticleView

LEVELS = ("error", "warning", "info")
_CODE = re.compile(r"[A-Z]{2,8}\d{3}")
_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
# A tolerance or duration written with its unit: "15 km", "10%", "1 month".
_AMOUNT = re.compile(r"\s*(?P<value>-?\d+(?:\.\d+)?)\s*(?P<unit>%|[A-Za-z][A-Za-z_ /*]*)?\s*")

# Where a value sits in a rule file: ("cases", "fail", 0, "text").
KeyPath = tuple[str | int, ...]


class _RuleLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loader (libyaml when present) that leaves dates as text, so a bad date is
    reported with its key and line."""


_RuleLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


class RuleError(ClaimcheckError, ValueError):
    """A rule file cannot be used; str() is "FILE:LINE: key 'x': what is wrong"."""

    def __init__(self, path: Path | str, line: int, key: str | None, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.key = key
        # One line, so editors and CI logs can jump to FILE:LINE (YAML errors span lines).
        problem = " ".join(problem.split())
        self.problem = problem
        where = f"{self.path}:{line}: " if line else f"{self.path}: "
        super().__init__(where + (f"key '{key}': {problem}" if key else problem))


@dataclass(frozen=True, slots=True)
class LoadedYaml:
    """A parsed rule file: its data and the line (1-based) of every key and list item."""

    path: Path
    data: Any
    lines: dict[KeyPath, int]


def load_yaml(path: Path) -> LoadedYaml:
    """Parse one YAML document safely, remembering where each key and item starts."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RuleError(path, 1, None, f"cannot read the file: {error}") from None
    try:
        loader = _RuleLoader(text)
    except yaml.YAMLError as error:  # a character YAML does not allow, before any parsing
        line = text.count("\n", 0, getattr(error, "position", 0)) + 1
        raise RuleError(path, line, None, f"broken YAML: {error}") from None
    try:
        node = loader.get_single_node()
        if node is None:
            raise RuleError(path, 1, None, "the file is empty; a rule file holds one mapping")
        lines: dict[KeyPath, int] = {}
        _collect_lines(path, node, (), lines, set())
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        problem = " ".join(str(part) for part in (error.context, error.problem) if part)
        raise RuleError(path, line, None, f"broken YAML: {problem}") from None
    except yaml.YAMLError as error:
        # A character YAML does not allow, found while reading: its position gives the line.
        line = text.count("\n", 0, getattr(error, "position", 0) or 0) + 1
        problem = getattr(error, "problem", None) or str(error)
        character = getattr(error, "character", None)
        if character is not None and hasattr(error, "reason"):
            # libyaml gives the code point, the pure-Python reader the character.
            code = character if isinstance(character, int) else ord(character)
            problem = f"character #x{code:04x} is not allowed ({error.reason})"
        raise RuleError(path, line, None, f"broken YAML: {problem}") from None
    except RecursionError:
        raise RuleError(path, 1, None, "broken YAML: nested too deeply") from None
    finally:
        loader.dispose()
    return LoadedYaml(path, data, lines)


def _collect_lines(
    path: Path, node: yaml.Node, at: KeyPath, lines: dict[KeyPath, int], seen_nodes: set[int]
) -> None:
    lines[at] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                raise RuleError(path, line, key, f"given twice (first on line {seen[key]})")
            seen[key] = line
            _refuse_alias(path, value_node, line, seen_nodes)
            _collect_lines(path, value_node, (*at, key), lines, seen_nodes)
            lines[(*at, key)] = line
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _refuse_alias(path, item, node.start_mark.line + 1, seen_nodes)
            _collect_lines(path, item, (*at, index), lines, seen_nodes)


def _refuse_alias(path: Path, node: yaml.Node, line: int, seen_nodes: set[int]) -> None:
    """A list or mapping met twice is an alias (*name): walking nested ones grows
    exponentially ("billion laughs"), and a rule file has no use for them."""
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode):
        if id(node) in seen_nodes:
            raise RuleError(path, line, None, "aliases (*name) of lists or mappings not allowed")
        seen_nodes.add(id(node))


class Reader:
    """Typed access to one mapping of a rule file; every problem names file, line and key.

    Every key a parser asks for is remembered, so `finish()` can reject the keys nobody asked
    for (with a "did you mean" hint) instead of silently ignoring a typo.
    """

    def __init__(self, loaded: LoadedYaml, at: KeyPath = ()) -> None:
        self.loaded = loaded
        self.at = at
        self.path = loaded.path
        data = loaded.data
        for step in at:
            data = data[step]
        if not isinstance(data, dict):
            raise self.error(None, f"expected a mapping of keys, got {_type_name(data)}")
        self.data: dict[str, Any] = data
        self.asked: set[str] = set()

    # -- locating problems ------------------------------------------------------------------

    def line(self, key: str | int | None = None, *more: str | int) -> int:
        at: KeyPath = (*self.at, key, *more) if key is not None else self.at
        while at not in self.loaded.lines and at:
            at = at[:-1]
        return self.loaded.lines.get(at, 1)

    def label(self, key: str) -> str:
        return ".".join(str(step) for step in (*self.at, key))

    def error(self, key: str | None, problem: str, *more: str | int) -> RuleError:
        label = self.label(key) if key is not None else None
        return RuleError(self.path, self.line(key, *more), label, problem)

    # -- typed readers ----------------------------------------------------------------------

    def has(self, key: str) -> bool:
        self.asked.add(key)
        return key in self.data and self.data[key] is not None

    def raw(self, key: str, required: bool = False) -> Any:
        self.asked.add(key)
        if key not in self.data or self.data[key] is None:
            if required:
                unknown = [str(k) for k in self.data if k not in self.asked and k != key]
                typo = difflib.get_close_matches(key, unknown, n=1, cutoff=0.75)
                if typo:
                    # A misspelled required key: point at the misspelling, not the mapping.
                    problem = f"unknown key; did you mean '{key}' (required)?"
                    raise self.error(typo[0], problem)
                raise RuleError(self.path, self.line(), self.label(key), "missing (required)")
            return None
        return self.data[key]

    def text(self, key: str, required: bool = False, default: str = "") -> str:
        value = self.raw(key, required)
        if value is None:
            return default
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, f"expected non-empty text, got {_type_name(value)}")
        return value.strip()

    def choice(self, key: str, choices: Iterable[str], default: str | None = None) -> str:
        options = tuple(choices)
        value = self.text(key, required=default is None, default=default or "")
        if value not in options:
            raise self.error(key, f"{value!r} is not one of: {', '.join(options)}")
        return value

    def words(self, key: str, required: bool = False) -> tuple[str, ...]:
        """A list of phrases (a single phrase is accepted as a list of one)."""
        value = self.raw(key, required)
        if value is None:
            return ()
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items:
            raise self.error(key, f"expected a list of phrases, got {_type_name(value)}")
        phrases = []
        for index, item in enumerate(items):
            if isinstance(item, bool) or not isinstance(item, str | int | float):
                raise self.error(
                    key, f"item {index + 1}: expected text, got {_type_name(item)}", index
                )
            phrase = " ".join(str(item).split())
            if not phrase:
                raise self.error(key, f"item {index + 1}: empty phrase", index)
            phrases.append(phrase)
        return tuple(phrases)

    def number(
        self, key: str, required: bool = False, minimum: float | None = None
    ) -> float | None:
        value = self.raw(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(key, f"expected a number, got {_type_name(value)}")
        if minimum is not None and value < minimum:
            raise self.error(key, f"must be at least {minimum:g}, got {value:g}")
        return float(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self.raw(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.error(key, f"expected true or false, got {_type_name(value)}")
        return value

    def day(self, key: str, required: bool = False) -> date | None:
        value = self.raw(key, required)
        if value is None:
            return None
        return parse_day(value, lambda problem: self.error(key, problem))

    def unit(self, key: str, required: bool = False) -> str | None:
        """A unit name the units module understands ("km", "mile", "kilometer", "percent")."""
        value = self.text(key, required)
        if not value:
            return None
        return parse_unit(value, lambda problem: self.error(key, problem))

    def regex(self, key: str, required: bool = False) -> tuple[re.Pattern[str], ...]:
        patterns = []
        for index, pattern in enumerate(self.words(key, required)):
            try:
                patterns.append(re.compile(pattern, re.IGNORECASE))
            except re.error as error:
                raise self.error(
                    key, f"regex {pattern!r} does not compile: {error}", index
                ) from None
        return tuple(patterns)

    def template(self, key: str, allowed: Iterable[str], default: str = "") -> str:
        """A message template whose {placeholders} are all among `allowed`."""
        template = self.text(key, required=not default, default=default)
        names = tuple(allowed)
        try:
            used = template_fields(template)
        except ValueError as error:
            raise self.error(key, f"malformed template: {error}") from None
        for placeholder in used:
            if placeholder not in names:
                raise self.error(
                    key,
                    f"unknown placeholder {{{placeholder}}}; offered: "
                    + ", ".join("{" + name + "}" for name in names),
                )
        return template

    def sub(self, key: str, required: bool = False) -> Reader | None:
        if self.raw(key, required) is None:
            return None
        return Reader(self.loaded, (*self.at, key))

    def finish(self) -> None:
        """Reject keys that no parser asked for."""
        for key in self.data:
            if key not in self.asked:
                hint = difflib.get_close_matches(str(key), sorted(self.asked), n=1)
                known = (
                    f"did you mean '{hint[0]}'?"
                    if hint
                    else "known keys: " + ", ".join(sorted(self.asked))
                )
                raise self.error(str(key), f"unknown key; {known}")


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    names = {dict: "a mapping", list: "a list", str: "text", int: "a number", float: "a number"}
    name = names.get(type(value), type(value).__name__)
    return f"{name} {value!r}" if isinstance(value, str | int | float) else name


def parse_day(value: Any, error: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise error(f"expected a date written YYYY-MM-DD, got {_type_name(value)}")


def parse_unit(value: str, error: Any) -> str:
    """Canonical unit for a name or surface form; raises error(...) when units cannot parse it."""
    from claimcheck.extract.units import (
        UNIT_DIMENSIONS,
        dimension_of,
        get_registry,
        lookup_surface,
        unit_parse_errors,
    )

    canonical = lookup_surface(value) or value
    if canonical in UNIT_DIMENSIONS:
        return canonical
    try:
        get_registry().parse_units(canonical)
    except unit_parse_errors():
        raise error(f"unit {value!r} is not a unit claimcheck.extract.units knows") from None
    if dimension_of(canonical) == "count":
        raise error(f"unit {value!r} is not a unit claimcheck.extract.units knows")
    return canonical


def parse_amount(text: Any, error: Any) -> tuple[float, str | None]:
    """("15 km" | "10%" | 15) -> (15.0, "kilometer" | "%" | None); negative amounts rejected."""
    if isinstance(text, bool):
        raise error(f"expected an amount such as 15, '15 km' or '10%', got {_type_name(text)}")
    if isinstance(text, int | float):
        value, unit = float(text), None
    elif isinstance(text, str) and (match := _AMOUNT.fullmatch(text)):
        value = float(match["value"])
        unit = match["unit"].strip() if match["unit"] else None
        if unit and unit != "%":
            unit = parse_unit(unit, error)
    else:
        raise error(f"expected an amount such as 15, '15 km' or '10%', got {_type_name(text)}")
    if value < 0:
        raise error(f"must not be below zero, got {value:g}")
    return value, unit


@dataclass(frozen=True, slots=True)
class RuleDoc:
    what: str
    why: str
    example: str = ""


@dataclass(frozen=True, slots=True)
class Case:
    """A test text that must (fail) or must not (pass) trigger the rule."""

    text: str
    published: date | None
    expect_finding: bool
    line: int


@dataclass(frozen=True, kw_only=True)
class Rule:
    """The fields every rule has; each kind adds its own and implements `check`."""

    # Set by each kind class: the names a message template may use, beyond the common ones.
    kind_name: ClassVar[str] = ""
    placeholders: ClassVar[tuple[str, ...]] = ()
    common_placeholders: ClassVar[tuple[str, ...]] = ("code", "name", "stated", "source")

    code: str
    name: str
    kind: str
    level: str
    message: str
    source: str
    path: Path
    line: int
    doc: RuleDoc
    valid_from: date | None = None
    valid_to: date | None = None
    cases: tuple[Case, ...] = field(default_factory=tuple)

    @classmethod
    def read_fields(cls, reader: Reader) -> dict[str, Any]:
        """The kind's own fields, read from the rule mapping (overridden by each kind)."""
        return {}

    def check(self, view: ArticleView) -> Iterator[Finding]:
        """Findings for one article (overridden by each kind)."""
        return iter(())

    def mention_phrases(self) -> tuple[str, ...] | None:
        """Phrases of which the article must name one for this rule to find anything (a
        person's names, an event's, a measure's subject); None when it may speak about any
        article. The rule set indexes rules by these, so that an article only meets the
        rules whose words it contains."""
        return None

    def applies_on(self, published: date | None) -> bool:
        """False when the fact was not yet, or no longer, true on the publication date."""
        if self.valid_from is None and self.valid_to is None:
            return True
        if published is None:
            return False
        if self.valid_from is not None and published < self.valid_from:
            return False
        return self.valid_to is None or published <= self.valid_to

    def describe(self) -> list[tuple[str, str]]:
        """(parameter, value) rows for the documentation page (overridden by each kind)."""
        return []

    def known_starts(self) -> tuple[KnownStart, ...]:
        """When what the rule knows about began, for durations counted from it (an event
        rule gives its date; other kinds none)."""
        return ()

    def format_message(self, template: str = "", **values: Any) -> str:
        """Fill the rule's message (or another of its templates) with a finding's values."""
        values = {"code": self.code, "name": self.name, "source": self.source, **values}
        # A figure broken across lines in the article reads as one phrase in a message.
        values = {k: " ".join(v.split()) if isinstance(v, str) else v for k, v in values.items()}
        return (template or self.message).format_map(_Defaulting(values))


class _Defaulting(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def template_fields(template: str) -> list[str]:
    """Placeholder names used in a message template; raises ValueError when it is malformed."""
    names = []
    for _, field_name, format_spec, conversion in Formatter().parse(template):
        if field_name is not None:
            if not field_name.isidentifier():
                raise ValueError(f"placeholder {{{field_name}}} is not a plain name")
            if format_spec or conversion:
                # Values arrive already formatted; a spec such as ":d" would fail mid-run.
                raise ValueError(f"placeholder {{{field_name}}} takes no format or conversion")
            names.append(field_name)
    return names


def read_rule(loaded: LoadedYaml, kinds: dict[str, type[Rule]]) -> Rule:
    """Validate one rule file strictly and build the rule object of its kind."""
    reader = Reader(loaded)
    code = reader.text("code", required=True)
    if not _CODE.fullmatch(code):
        raise reader.error("code", f"{code!r} is not a code like GEO001 (letters, three digits)")
    kind_name = reader.text("kind", required=True)
    if kind_name not in kinds:
        hint = difflib.get_close_matches(kind_name, kinds, n=1)
        known = f"did you mean '{hint[0]}'?" if hint else "known kinds: " + ", ".join(sorted(kinds))
        raise reader.error("kind", f"unknown kind {kind_name!r}; {known}")
    kind = kinds[kind_name]
    name = reader.text("name", default=loaded.path.stem.replace("_", "-").lower())
    if not _NAME.fullmatch(name):
        raise reader.error("name", f"{name!r} is not a lower-case-hyphenated name")
    message = reader.template("message", (*Rule.common_placeholders, *kind.placeholders))
    valid_from, valid_to = reader.day("valid_from"), reader.day("valid_to")
    if valid_from and valid_to and valid_to < valid_from:
        raise reader.error("valid_to", f"{valid_to} is before valid_from {valid_from}")
    fields = dict(
        code=code,
        name=name,
        kind=kind_name,
        level=reader.choice("level", LEVELS),
        message=message,
        source=reader.text("source", required=True),
        path=loaded.path,
        line=reader.line("code"),
        doc=_read_doc(reader),
        valid_from=valid_from,
        valid_to=valid_to,
        cases=_read_cases(reader),
    )
    fields.update(kind.read_fields(reader))
    reader.finish()
    return kind(**fields)


def _read_doc(reader: Reader) -> RuleDoc:
    doc = reader.sub("doc", required=True)
    assert doc is not None
    result = RuleDoc(
        what=doc.text("what", required=True),
        why=doc.text("why", required=True),
        example=doc.text("example"),
    )
    doc.finish()
    return result


def _read_cases(reader: Reader) -> tuple[Case, ...]:
    cases_reader = reader.sub("cases", required=True)
    assert cases_reader is not None
    cases: list[Case] = []
    for outcome, expect in (("fail", True), ("pass", False)):
        items = cases_reader.raw(outcome, required=True)
        if not isinstance(items, list) or not items:
            raise cases_reader.error(outcome, "expected a list of at least one case")
        for index, item in enumerate(items):
            line = cases_reader.line(outcome, index)
            if isinstance(item, str):
                cases.append(Case(item, None, expect, line))
                continue
            if not isinstance(item, dict):
                raise cases_reader.error(
                    outcome, f"case {index + 1}: expected text or a mapping with 'text'", index
                )
            case = Reader(reader.loaded, (*cases_reader.at, outcome, index))
            cases.append(
                Case(case.text("text", required=True), case.day("published"), expect, line)
            )
            case.finish()
    cases_reader.finish()
    return tuple(cases)
