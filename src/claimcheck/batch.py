"""Checking a chunk of articles end to end (reports, ledger): the unit of work a flow task runs."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck import __version__
from claimcheck.articles import InputProblem, content_hash
from claimcheck.ledger import open_ledger
from claimcheck.pipeline import ArticleResult, Checker, problem_finding
from claimcheck.records import Article, Finding
from claimcheck.report import RunReport
from claimcheck.selection import make_selector


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
    claims_checked: int = 0
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0
    # Seconds per stage inside the chunk: "extract_and_check", "write_reports", "ledger".
    stage_seconds: dict[str, float] = field(default_factory=dict)
    # One line per written article report, for the run index (see report.article_entry).
    entries: list[dict] = field(default_factory=list)


def rules_digest(
    rules_dir: str | None, select: Sequence[str] = (), ignore: Sequence[str] = ()
) -> str:
    """What, besides an article, decides its findings: claimcheck's version, the rule files
    and the selected checks; a change to any of them makes every article new again."""
    digest = hashlib.sha256(__version__.encode())
    # A run limited to some checks must not mark articles done for a later run with all checks.
    digest.update(("select:" + ",".join(sorted(c.upper() for c in select))).encode())
    digest.update(("ignore:" + ",".join(sorted(c.upper() for c in ignore))).encode())
    if rules_dir:
        for path in sorted(Path(rules_dir).rglob("*.y*ml")):
            digest.update(b"\0" + path.relative_to(rules_dir).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def settings_digest(settings: RunSettings) -> str:
    return rules_digest(settings.rules_dir, settings.select, settings.ignore)


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


def fresh_records(
    records: Sequence[Article | InputProblem], ledger_path: str | None, rules_key: str
) -> tuple[list[Article | InputProblem], int]:
    """The records a run must check (new or changed since the ledger stored them) and how
    many were skipped as unchanged. Unreadable records are always kept: they are reported."""
    if not ledger_path:
        return list(records), 0
    articles = [record for record in records if isinstance(record, Article)]
    with open_ledger(ledger_path) as ledger:
        stored = ledger.known_keys(article.id for article in articles)
    fresh: list[Article | InputProblem] = []
    for record in records:
        if isinstance(record, Article):
            stored_key = stored.get(record.id)
            if stored_key is not None and stored_key == run_key(content_hash(record), rules_key):
                continue
        fresh.append(record)
    return fresh, len(records) - len(fresh)


def make_checker(settings: RunSettings, ledger=None) -> Checker:
    """The checker of a run: selected checks, the rule set, and, given an open ledger, the
    comparison with prior articles stored in it."""
    extra = []
    if settings.rules_dir:
        from claimcheck.rules import load_rules

        extra.append(load_rules(Path(settings.rules_dir)).check)
    if ledger is not None:
        try:
            from claimcheck.priors import PriorCheck
        except ImportError:  # a build without prior comparison
            pass
        else:
            extra.append(PriorCheck(ledger).check)
    return Checker(make_selector(settings.select, settings.ignore), extra)


def check_chunk(
    records: Sequence[Article | InputProblem],
    settings: RunSettings,
    report: RunReport,
    rules_key: str,
    checker: Checker | None = None,
) -> ChunkOutcome:
    """Check, report and record one chunk; the ledger gets the whole chunk in one transaction.

    The ledger is written only after every report of the chunk is on disk, and a chunk that
    fails removes the reports it wrote: its articles stay new for the next run, and no
    article is ever reported by two runs.
    """
    started = time.perf_counter()
    # One connection per chunk, opened in the thread that runs it (SQLite connections are
    # not shared between threads): prior articles are read from it and the chunk recorded.
    ledger = open_ledger(settings.ledger_path) if settings.ledger_path else None
    outcome = ChunkOutcome()
    stages = dict.fromkeys(("extract_and_check", "write_reports", "ledger"), 0.0)
    to_record: list[tuple[Article, str, tuple]] = []
    try:
        checker = checker or make_checker(settings, ledger)
        for record in records:
            if isinstance(record, InputProblem):
                outcome.findings.append(problem_finding(record))
                continue
            mark = time.perf_counter()
            result: ArticleResult = checker.check_article(record)
            stages["extract_and_check"] += time.perf_counter() - mark
            mark = time.perf_counter()
            report.write_article(result)
            stages["write_reports"] += time.perf_counter() - mark
            outcome.articles += 1
            outcome.claims += len(result.claims)
            outcome.findings.extend(result.findings)
            to_record.append((record, run_key(result.content_hash, rules_key), result.claims))
        mark = time.perf_counter()
        if ledger is not None and to_record:
            ledger.record(to_record)
        stages["ledger"] = time.perf_counter() - mark
    except BaseException:
        report.discard()
        raise
    finally:
        if ledger is not None:
            ledger.close()
    outcome.entries = list(report.entries)
    outcome.claims_checked = sum(entry["claims_checked"] for entry in outcome.entries)
    outcome.stage_seconds = stages
    outcome.seconds = time.perf_counter() - started
    return outcome
