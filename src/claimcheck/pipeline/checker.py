"""One article through the stages: extract → normalize → check, findings located in the file."""

from __future__ import annotations

import dataclasses
import functools
import json
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from claimcheck.checks import ArticleContext, run_checks
from claimcheck.codes import level_of
from claimcheck.extract.claims import read_claims
from claimcheck.input.articles import InputProblem, content_hash
from claimcheck.input.text import LineIndex, split_sentences
from claimcheck.records import (
    SEVERITY_ORDER,
    Article,
    Claim,
    Finding,
    KnownStart,
    UnreadPassage,
)
from claimcheck.selection import make_selector

if TYPE_CHECKING:  # the rule set and the ledger load only when a run uses them
    from claimcheck.ledger.comparison import FigureHistory
    from claimcheck.ledger.store import LedgerEntry
    from claimcheck.rules import RuleSet

INPUT_PROBLEM_CODE = "CC002"
FUTURE_PUBLISHED_CODE = "CC004"
UNREAD_CODE = "CC005"
# Characters of an unread sentence quoted in the finding's message (the span holds it all).
UNREAD_QUOTE_CHARS = 80
# Clock skew between a CMS and this machine is not worth a finding; a day is.
FUTURE_TOLERANCE = timedelta(days=1)

# Built-in checks that give way to a rule-set finding on exactly the same words: a people
# rule names the right spelling from the newsroom's own list, where the built-in check can
# only say the article spells the name two ways.
DEFERS_TO_RULES = frozenset({"CC107"})

# Extra stages after the in-article checks (rule sets, the ledger): claims in, findings out.
ExtraCheck = Callable[[ArticleContext], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class ArticleResult:
    article: Article
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    content_hash: str
    # The sentence spans the claims were read in (the ledger's identities read them too).
    sentences: tuple[tuple[int, int], ...] = ()
    # What the ledger knows of the article's figures: earlier articles' values of each.
    history: tuple[FigureHistory, ...] = ()

    @property
    def worst_severity(self) -> str | None:
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=SEVERITY_ORDER.__getitem__)


def problem_finding(problem: InputProblem) -> Finding:
    return Finding(
        article_id=problem.article_id or f"{problem.path}:{problem.line}",
        rule=INPUT_PROBLEM_CODE,
        severity=level_of(INPUT_PROBLEM_CODE),
        message=f"Article could not be read: {problem.message}.",
        line=problem.line,
        column=1 if problem.line else 0,
        path=problem.path,
        evidence={"file": problem.path, "line": problem.line},
    )


def future_published_finding(article: Article, now: datetime) -> Finding | None:
    """Input validation only: resolving dates always uses `published`, never the clock."""
    if article.published is None or article.published <= now + FUTURE_TOLERANCE:
        return None
    return Finding(
        article_id=article.id,
        rule=FUTURE_PUBLISHED_CODE,
        severity=level_of(FUTURE_PUBLISHED_CODE),
        message=(
            f"The publication date {article.published.date().isoformat()} lies in the future; "
            "relative dates were resolved against it as given."
        ),
        evidence={"published": article.published.isoformat(), "checked_at": now.isoformat()},
    )


def unread_finding(article: Article, passage: UnreadPassage) -> Finding:
    """A passage extraction could not read, as a finding on its words: nothing it states was
    checked, which the editor must know."""
    evidence = {"error": passage.error, "whole_article": passage.whole_article}
    if passage.whole_article:
        return Finding(
            article_id=article.id,
            rule=UNREAD_CODE,
            severity=level_of(UNREAD_CODE),
            message=(
                f"Part of this article could not be read for claims: reading it whole failed "
                f"({passage.error}), so each sentence was read on its own; dates that refer "
                "to another sentence may be missing or unresolved."
            ),
            evidence=evidence,
        )
    sentence = " ".join(article.body[passage.start : passage.end].split())
    if len(sentence) > UNREAD_QUOTE_CHARS:
        sentence = sentence[: UNREAD_QUOTE_CHARS - 1] + "…"
    return Finding(
        article_id=article.id,
        rule=UNREAD_CODE,
        severity=level_of(UNREAD_CODE),
        message=(
            f"Part of this article could not be read for claims: the sentence {sentence!r} "
            f"({passage.error}); its figures and dates were not checked."
        ),
        start=passage.start,
        end=passage.end,
        evidence=evidence,
    )


def merge_same_span(findings: list[Finding]) -> list[Finding]:
    """Drops a built-in finding in DEFERS_TO_RULES when a rule-set finding covers the same
    span, and notes the dropped code in the kept finding's evidence (`also_flagged_by`)."""
    rule_spans: dict[tuple[int, int], list[int]] = {}
    for index, finding in enumerate(findings):
        if "rule_file" in finding.evidence:
            rule_spans.setdefault((finding.start, finding.end), []).append(index)
    if not rule_spans:
        return findings
    merged = list(findings)
    dropped: set[int] = set()
    for index, finding in enumerate(findings):
        covering = rule_spans.get((finding.start, finding.end))
        if finding.rule in DEFERS_TO_RULES and covering:
            dropped.add(index)
            kept = covering[0]
            evidence = dict(merged[kept].evidence)
            evidence["also_flagged_by"] = [*evidence.get("also_flagged_by", []), finding.rule]
            merged[kept] = dataclasses.replace(merged[kept], evidence=evidence)
    return [finding for index, finding in enumerate(merged) if index not in dropped]


def locate_findings(article: Article, findings: Iterable[Finding]) -> list[Finding]:
    """Fill line, column, path and text of each finding from its offsets."""
    index: LineIndex | None = None
    located = []
    for finding in findings:
        if index is None:
            index = LineIndex(article)
        line, column = index.locate(finding.start)
        located.append(
            dataclasses.replace(
                finding,
                line=line,
                column=column,
                path=article.path,
                text=finding.text or article.body[finding.start : finding.end],
            )
        )
    return located


class Checker:
    """Runs every stage over articles with one configuration (selection, rules).

    `extra_checks` run after the built-in checks (a rule set's check, for one). The comparison
    with earlier articles is not per article: it is the ordered pass over a batch
    (`claimcheck.ledger.comparison`), whose findings `with_ledger` adds to a result.
    `known_starts` (a rule set's events) reach the built-in checks through the article
    context: durations counted from an event the article does not date are checked against
    the rule set's date (CC104)."""

    def __init__(
        self,
        selected: Callable[[str], bool] | None = None,
        extra_checks: Iterable[ExtraCheck] = (),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        checks: Sequence[str] = (),
        known_starts: Iterable[KnownStart] = (),
    ) -> None:
        self.selected = selected
        self.known_starts = tuple(known_starts)
        # What examines each article, by code: the built-in checks, the rule set's rules and
        # the comparison with the ledger (for "examined by N checks" on the reports).
        self.checks = tuple(checks)
        self.extra_checks = tuple(extra_checks)
        self.clock = clock

    def check_article(self, article: Article) -> ArticleResult:
        sentences = split_sentences(article.body)
        extraction = read_claims(article, sentences)
        claims = extraction.claims
        context = ArticleContext(article, claims, tuple(sentences), self.known_starts)
        findings = run_checks(context, self.selected)
        if self.selected is None or self.selected(UNREAD_CODE):
            findings.extend(unread_finding(article, passage) for passage in extraction.unread)
        for extra in self.extra_checks:
            findings.extend(
                f for f in extra(context) if self.selected is None or self.selected(f.rule)
            )
        if self.extra_checks:
            findings = merge_same_span(findings)
        future = future_published_finding(article, self.clock())
        if future is not None and (self.selected is None or self.selected(future.rule)):
            findings.append(future)
        findings.sort(key=lambda f: (f.start, f.rule))
        return ArticleResult(
            article,
            claims,
            tuple(locate_findings(article, findings)),
            content_hash(article),
            tuple(sentences),
        )

    def check_all(
        self, records: Iterable[Article | InputProblem]
    ) -> Iterator[ArticleResult | Finding]:
        for record in records:
            if isinstance(record, InputProblem):
                yield problem_finding(record)
            else:
                yield self.check_article(record)


def result_to_json(result: ArticleResult, claims: bool = True) -> dict[str, Any]:
    """A checked result in plain JSON values, to be read back by `result_from_json` (where a
    chunk is reported after the run compared its articles). Without `claims`, the claims are
    left for `claims_to_json`, which writes them as the article's JSON page does."""
    article = result.article
    data = {
        "article": {
            **{name: getattr(article, name) for name in article.__dataclass_fields__},
            "published": article.published.isoformat() if article.published else None,
        },
        "claims": [claim.to_dict() for claim in result.claims] if claims else None,
        "findings": [finding.to_dict() for finding in result.findings],
        "content_hash": result.content_hash,
        "sentences": [list(span) for span in result.sentences],
    }
    if not claims:
        del data["claims"]
    return data


def result_from_json(
    data: dict[str, Any], claims: tuple[Claim, ...] | None = None
) -> ArticleResult:
    """The result `result_to_json` wrote; `claims` when they were written apart."""
    fields = dict(data["article"])
    if fields.get("published"):
        fields["published"] = datetime.fromisoformat(fields["published"])
    if claims is None:
        claims = tuple(_claim_from_dict(claim) for claim in data["claims"])
    return ArticleResult(
        article=Article(**fields),
        claims=claims,
        findings=tuple(Finding(**finding) for finding in data["findings"]),
        content_hash=data["content_hash"],
        sentences=tuple((start, end) for start, end in data["sentences"]),
    )


def claims_to_json(claims: Iterable[Claim]) -> str:
    """Claims as the article's JSON page holds them (its "claims" member, byte for byte: the
    members of `Claim.to_dict` in its order, days as ISO dates, as `json.dumps` with
    `ensure_ascii=False` and compact separators writes them), so that a chunk's results carry
    them to the reporter in the form the page writes. Written piece by piece into one list
    joined once, each member's name made once with the comma (or brace) before it: a claim
    has 28 members, most of them empty, and each claim repeats its sentence (escaped once
    per article here)."""
    texts: dict[str, str] = {}
    pieces: list[str] = []
    add = pieces.append
    for claim in claims:
        for (name, null), value in zip(_CLAIM_MEMBERS, _claim_values(claim), strict=True):
            if value is None:  # most members: written once per process
                add(null)
                continue
            add(name)
            kind = type(value)
            if kind is str:
                text = texts.get(value)
                if text is None:
                    text = texts[value] = _json_text(value)
                add(text)
            elif kind is float and value - value == 0.0:  # finite: json writes its repr
                add(float.__repr__(value))
            elif kind is int:
                add(int.__repr__(value))
            elif kind is bool:
                add("true" if value else "false")
            elif kind is date:  # a day (not a datetime): its ISO text, nothing to escape
                add('"' + value.isoformat() + '"')
            else:  # infinities and anything else: as json writes them
                add(_CLAIMS_ENCODER.encode(value))
        add("},")
    if not pieces:
        return "[]"
    pieces[-1] = "}]"  # the last claim's closing brace ends the list
    return "[" + "".join(pieces)


def _json_value(value: object) -> str:
    # As Claim.to_dict writes a day, and json's default=str anything else.
    return value.isoformat() if isinstance(value, date) else str(value)


_CLAIMS_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_json_value)
# A text as json writes it with ensure_ascii=False (the C encoder's own escaping).
_json_text = _CLAIMS_ENCODER.encode
_CLAIM_FIELDS = tuple(Claim.__dataclass_fields__)
_CLAIM_NAMES = tuple(json.dumps(name) + ":" for name in _CLAIM_FIELDS)
_CLAIM_NULLS = tuple(name + "null" for name in _CLAIM_NAMES)
# Each member's name (and its null) with what comes before it: "{" for the first, "," after.
_CLAIM_MEMBERS = tuple(
    (before + name, before + null)
    for before, name, null in zip(
        ("{", *[","] * (len(_CLAIM_NAMES) - 1)), _CLAIM_NAMES, _CLAIM_NULLS, strict=True
    )
)
_claim_values = operator.attrgetter(*_CLAIM_FIELDS)
# The positions of the Claim fields holding a calendar day.
_CLAIM_DAYS = tuple(
    index
    for index, (name, spec) in enumerate(Claim.__dataclass_fields__.items())
    if "date" in str(spec.type) and name != "date"
)


def claims_texts(claims: Iterable[Claim]) -> tuple[str, str]:
    """The claims' two texts in one pass: as the article's JSON page holds them
    (`claims_to_json`) and as the ledger keeps them (`ledger.store`'s kept claims: the
    non-empty fields but the sentence and the article id, ASCII escapes). A worker writes
    both for every article; one pass reads each claim's fields once, and a text that is
    ASCII (most) is escaped once for both."""
    kept_names, ascii_text, ledger_encode = _ledger_claim_writer()
    texts: dict[str, tuple[str, str]] = {}
    pieces: list[str] = []
    add = pieces.append
    kept: list[str] = []
    keep = kept.append
    for claim in claims:
        before = "{"
        for (name, null), kept_name, value in zip(
            _CLAIM_MEMBERS, kept_names, _claim_values(claim), strict=True
        ):
            if value is None:
                add(null)
                continue
            kind = type(value)
            if kind is str:
                pair = texts.get(value)
                if pair is None:
                    page = _json_text(value)
                    pair = texts[value] = (page, page if value.isascii() else ascii_text(value))
                page, stored = pair
            elif kind is int:
                page = stored = int.__repr__(value)
            else:
                page, stored = _value_texts(value, kind, ascii_text, ledger_encode)
            add(name)
            add(page)
            if stored is not None and kept_name is not None:
                keep(before)
                keep(kept_name)
                keep(stored)
                before = ","
        add("},")
        keep("{}," if before == "{" else "},")
    if not pieces:
        return "[]", "[]"
    pieces[-1] = "}]"  # the last claim's closing brace ends the list
    kept[-1] = kept[-1][:-1] + "]"
    return "[" + "".join(pieces), "[" + "".join(kept)


def _value_texts(
    value: Any,
    kind: type,
    ascii_text: Callable[[str], str],
    ledger_encode: Callable[[Any], str],
) -> tuple[str, str | None]:
    """A value that is not a text, None or an int: (the page's text, the ledger's; None where
    the ledger leaves it out, as it does False)."""
    if kind is float and value - value == 0.0:  # finite: its repr
        text = float.__repr__(value)
        return text, text
    if kind is bool:
        return ("true", "true") if value else ("false", None)
    if kind is date:  # a day (not a datetime): its ISO text, nothing to escape
        text = '"' + value.isoformat() + '"'
        return text, text
    # Infinities, NaN, a datetime, anything else: as each writer's encoder writes it.
    stored = ascii_text(value.isoformat()) if isinstance(value, date) else ledger_encode(value)
    return _CLAIMS_ENCODER.encode(value), stored


@functools.cache
def _ledger_claim_writer() -> tuple[tuple[str | None, ...], Callable, Callable]:
    """The ledger's kept claims as `ledger.store` writes them: each Claim field's name as it
    writes it (None: a field it leaves out), its encoder of a text, its encoder of the rest.
    Read at the first call: the ledger is not loaded by a checker that never stores."""
    from claimcheck.ledger import store

    kept = dict(zip(store._KEPT_CLAIM_FIELDS, store._KEPT_CLAIM_NAMES, strict=True))
    names = tuple(kept.get(name) for name in _CLAIM_FIELDS)
    return names, store._ascii_text, store._LEDGER_ENCODER.encode


def claims_from_json(text: str) -> tuple[Claim, ...]:
    """The claims `claims_to_json` wrote (by this version: every field, in field order)."""
    claims = []
    for members in json.loads(text):
        values = list(members.values())
        for index in _CLAIM_DAYS:
            if values[index] is not None:
                values[index] = date.fromisoformat(values[index])
        claims.append(Claim(*values))
    return tuple(claims)


def _claim_from_dict(values: dict[str, Any]) -> Claim:
    known = Claim.__dataclass_fields__
    kept = {name: value for name, value in values.items() if name in known}
    for name, value in kept.items():
        if isinstance(value, str) and "date" in str(known[name].type) and name != "date":
            kept[name] = date.fromisoformat(value)
    return Claim(**kept)


def build_checker(
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    rules: RuleSet | None = None,
    compares: bool = False,
) -> Checker:
    """The checker of one configuration: the codes selected (ruff-style prefixes) and a
    loaded rule set (its check, and its events as known starts). `compares`: the results
    go through the ordered comparison with a ledger (counted among the checks)."""
    selected = make_selector(select, ignore)
    return Checker(
        selected,
        [rules.check] if rules is not None else [],
        checks=check_codes(selected, rules, compares),
        known_starts=rules.known_starts() if rules is not None else (),
    )


def ledger_entry_for(
    result: ArticleResult, run_key: str, claims_json: str | None = None
) -> LedgerEntry:
    """The article as the ledger stores it, its figures' identities computed; `claims_json`:
    its claims as the ledger keeps them, already written (`claims_texts`)."""
    from claimcheck.ledger.store import ledger_entry

    return ledger_entry(
        result.article,
        run_key,
        result.claims,
        sentences=result.sentences or None,
        digest=result.content_hash,
        claims_json=claims_json,
    )


def with_ledger(
    result: ArticleResult,
    findings: Sequence[Finding],
    history: tuple[FigureHistory, ...],
    selected: Callable[[str], bool] | None = None,
) -> ArticleResult:
    """The result with the ordered pass's findings (those selected) and the figures'
    histories added."""
    added = [f for f in findings if selected is None or selected(f.rule)]
    if not added and not history:
        return result
    merged = list(result.findings) + locate_findings(result.article, added)
    merged.sort(key=lambda f: (f.start, f.rule))
    return dataclasses.replace(result, findings=tuple(merged), history=history)


def check_codes(
    selected: Callable[[str], bool] | None, rules: RuleSet | None, ledger: bool
) -> tuple[str, ...]:
    """The codes of the checks a configuration runs over each article: the selected built-in
    checks, the selected rules of the rule set, and the ledger comparison (CC201/CC202)."""
    from claimcheck.checks import registered_checks

    def keep(code: str) -> bool:
        return selected is None or selected(code)

    codes = [code for code in sorted(registered_checks()) if keep(code)]
    codes += [rule.code for rule in rules or () if keep(rule.code)]
    if ledger and (keep("CC201") or keep("CC202")):
        codes.append("CC201/CC202")
    return tuple(codes)
