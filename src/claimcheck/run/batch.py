"""One chunk of articles checked and reported wherever it runs (a thread of the flow, a worker
process, a Dask worker), then recorded in the ledger by the run's single writer."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.input.articles import InputProblem
from claimcheck.ledger import ClaimLedger, LedgerEntry, ledger_entry, open_ledger
from claimcheck.pipeline.checker import ArticleResult, Checker, build_checker, problem_finding
from claimcheck.records import Article, Finding
from claimcheck.report.articles import RunReport
from claimcheck.report.tables import claim_rows
from claimcheck.run.incremental import rules_digest, run_key

REPORTS_FOR = ("all", "findings")


@dataclass(frozen=True, slots=True)
class RunSettings:
    """What every chunk of one run shares; plain values so it travels to any worker."""

    reports_dir: str
    ledger_path: str | None
    rules_dir: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    # "all": JSON, Markdown and HTML for every article; "findings": only for articles with a
    # finding (the run index, summary and CSV still count every article): big archives.
    reports_for: str = "all"
    # Where the rule pages are published (the reports link there; None: their own copy).
    docs_url: str | None = None


@dataclass(slots=True)
class ChunkOutcome:
    articles: int = 0
    claims: int = 0
    claims_checked: int = 0
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0
    # Seconds per stage inside the chunk: "extract_and_check", "write_reports", "ledger"
    # (and "ledger_write" once the run's writer recorded it, see record_outcome).
    stage_seconds: dict[str, float] = field(default_factory=dict)
    # One line per written article report, for the run index (see report.articles).
    entries: list[dict] = field(default_factory=list)
    # What the ledger must store for this chunk: the run's single writer records it.
    ledger_entries: list[LedgerEntry] = field(default_factory=list)
    # The chunk's claims as rows of the run's claims.parquet (report.tables.claim_rows),
    # written by the run as the chunk is recorded, then dropped.
    claim_rows: list[tuple] = field(default_factory=list)

    def describe(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        return (
            f"{self.articles} articles, {self.claims} claims, {len(self.findings)} findings in "
            f"{self.seconds:.2f} s ({rate:.0f} articles/s)"
        )


def settings_digest(settings: RunSettings) -> str:
    """The run key's part that is not the article: version, rules and selected codes."""
    return rules_digest(settings.rules_dir, settings.select, settings.ignore)


def make_checker(settings: RunSettings, ledger: ClaimLedger | None = None) -> Checker:
    """The checker of a run: selected checks, the rule set, and, given an open ledger, the
    comparison with prior articles stored in it."""
    rules = None
    if settings.rules_dir:
        from claimcheck.rules import load_rules

        rules = load_rules(Path(settings.rules_dir))
    return build_checker(settings.select, settings.ignore, rules, ledger)


def _check_and_report(
    records: Sequence[Article | InputProblem],
    checker: Checker,
    report: RunReport,
    rules_key: str,
    reports_for: str,
    keep_ledger_entries: bool,
) -> ChunkOutcome:
    """Check and write the reports of one chunk; the ledger entries are prepared, not stored."""
    outcome = ChunkOutcome()
    report.checks = len(checker.checks)
    stages = dict.fromkeys(("extract_and_check", "write_reports", "ledger"), 0.0)
    clock = time.perf_counter
    for record in records:
        if isinstance(record, InputProblem):
            outcome.findings.append(problem_finding(record))
            continue
        mark = clock()
        result: ArticleResult = checker.check_article(record)
        stages["extract_and_check"] += clock() - mark
        mark = clock()
        if reports_for == "all" or result.findings:
            report.write_article(result)
        stages["write_reports"] += clock() - mark
        outcome.articles += 1
        outcome.claims += len(result.claims)
        outcome.findings.extend(result.findings)
        outcome.claim_rows.extend(claim_rows(record, result.claims))
        if keep_ledger_entries:
            mark = clock()
            # The prior comparison computed the matching keys already: reused, not redone.
            keyed = checker.priors.keyed_for(result.claims) if checker.priors else None
            outcome.ledger_entries.append(
                ledger_entry(record, run_key(result.content_hash, rules_key), result.claims, keyed)
            )
            stages["ledger"] += clock() - mark
    outcome.entries = list(report.entries)
    outcome.claims_checked = sum(entry["claims_checked"] for entry in outcome.entries)
    outcome.stage_seconds = stages
    return outcome


# Per worker process: the checker of each configuration met so far (rules parsed once, an
# open ledger connection for the prior comparison), keyed by what decides the findings.
_WORKER_CHECKERS: dict[tuple, Checker] = {}


def _worker_checker(settings: RunSettings, rules_key: str) -> Checker:
    # Per thread too: a Dask worker may run tasks in threads, and a SQLite connection stays
    # in the thread that opened it.
    key = (
        threading.get_ident(),
        settings.ledger_path,
        settings.rules_dir,
        settings.select,
        settings.ignore,
        rules_key,
    )
    checker = _WORKER_CHECKERS.get(key)
    if checker is None:
        # The connection lives as long as the worker: it only reads (prior articles); the
        # run's writer does every write, so readers and the writer never wait on each other.
        ledger = open_ledger(settings.ledger_path) if settings.ledger_path else None
        checker = make_checker(settings, ledger)
        _WORKER_CHECKERS[key] = checker
    return checker


def check_chunk(
    records: Sequence[Article | InputProblem],
    settings: RunSettings,
    rules_key: str,
    keep_checker: bool = True,
) -> ChunkOutcome:
    """Check and report one chunk wherever it runs and return the ledger entries for the run's
    writer to record (record_outcome): the chunk travels as plain records, and with
    `keep_checker` the worker keeps its checker and ledger connection for the next chunk
    (without, both are made for this chunk and closed: a thread of the flow's process).

    A chunk that fails removes the reports it wrote: its articles stay new for the next run,
    and no article is ever reported by two runs."""
    started = time.perf_counter()
    report = RunReport(Path(settings.reports_dir), docs_url=settings.docs_url)
    ledger = None
    try:
        if keep_checker:
            checker = _worker_checker(settings, rules_key)
        else:
            ledger = open_ledger(settings.ledger_path) if settings.ledger_path else None
            checker = make_checker(settings, ledger)
        outcome = _check_and_report(
            records, checker, report, rules_key, settings.reports_for, bool(settings.ledger_path)
        )
    except BaseException:
        report.discard()
        raise
    finally:
        if ledger is not None:
            ledger.close()
    outcome.seconds = time.perf_counter() - started
    return outcome


def record_outcome(ledger: ClaimLedger | None, outcome: ChunkOutcome, reports_dir: str) -> float:
    """Store a checked chunk's ledger entries in one transaction; seconds taken. If that
    fails the chunk's reports are removed, as for a chunk that failed while checking."""
    started = time.perf_counter()
    try:
        if ledger is not None and outcome.ledger_entries:
            ledger.record_entries(outcome.ledger_entries)
    except BaseException:
        discard_reports(reports_dir, outcome.entries)
        raise
    outcome.ledger_entries = []
    seconds = time.perf_counter() - started
    # Apart from "ledger" (preparing the rows, where the chunk was checked): this part is
    # the single writer's, the one that cannot be spread over workers.
    outcome.stage_seconds["ledger_write"] = seconds
    return seconds


def discard_reports(reports_dir: str, entries: Sequence[dict]) -> None:
    articles = Path(reports_dir) / "articles"
    for entry in entries:
        for suffix in (".json", ".md", ".html"):
            (articles / f"{entry['stem']}{suffix}").unlink(missing_ok=True)
