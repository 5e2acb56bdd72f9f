"""Checking a chunk of articles end to end (reports, ledger): the unit of work a flow task runs."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck import __version__
from claimcheck.articles import InputProblem
from claimcheck.selection import make_selector
from claimcheck.ledger import open_ledger
from claimcheck.pipeline import ArticleResult, Checker, problem_finding
from claimcheck.records import Article, Finding
from claimcheck.report import RunReport


@dataclass(frozen=True, slots=True)
class RunSettings:
    """What every chunk of one run shares; plain values so it travels to any worker."""

    reports_dir: str
    ledger_path: str | None
    rules_dir: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


@dataclass(slots=True)
class ChunkOutcome:
    articles: int = 0
    claims: int = 0
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0


def rules_digest(rules_dir: str | None) -> str:
    """A digest of the rule files, so that a rule change makes every article new again."""
    digest = hashlib.sha256(__version__.encode())
    if rules_dir:
        for path in sorted(Path(rules_dir).rglob("*.y*ml")):
            digest.update(str(path.relative_to(rules_dir)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def run_key(content_hash: str, rules_key: str) -> str:
    return hashlib.sha256(f"{content_hash}:{rules_key}".encode()).hexdigest()


def chunked(
    records: Iterable[Article | InputProblem], size: int
) -> Iterator[list[Article | InputProblem]]:
    chunk: list[Article | InputProblem] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def make_checker(settings: RunSettings) -> Checker:
    extra = []
    if settings.rules_dir:
        from claimcheck.rules import load_rules

        extra.append(load_rules(Path(settings.rules_dir)).check)
    return Checker(make_selector(settings.select, settings.ignore), extra)


def check_chunk(
    records: Sequence[Article | InputProblem],
    settings: RunSettings,
    report: RunReport,
    rules_key: str,
    checker: Checker | None = None,
) -> ChunkOutcome:
    """Check, report and record one chunk; the ledger gets the whole chunk in one transaction."""
    started = time.perf_counter()
    checker = checker or make_checker(settings)
    outcome = ChunkOutcome()
    to_record: list[tuple[Article, str, tuple]] = []
    for record in records:
        if isinstance(record, InputProblem):
            outcome.findings.append(problem_finding(record))
            continue
        result: ArticleResult = checker.check_article(record)
        report.write_article(result)
        outcome.articles += 1
        outcome.claims += len(result.claims)
        outcome.findings.extend(result.findings)
        to_record.append((record, run_key(result.content_hash, rules_key), result.claims))
    if settings.ledger_path and to_record:
        with open_ledger(settings.ledger_path) as ledger:
            ledger.record(to_record)
    outcome.seconds = time.perf_counter() - started
    return outcome
