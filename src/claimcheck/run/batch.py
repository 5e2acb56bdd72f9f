"""One chunk of articles checked wherever it runs (a thread of the flow, a worker process, a
Dask worker), and later reported there: between the two, the run compares and records every
article in publication order (`run.ordered`).

Checking a chunk gives its in-article findings, the ledger entries of its articles (their
figures' identities computed where they were checked) and the checked results, kept in a
temporary file of the run folder; reporting a chunk adds the ordered pass's findings and
figure histories to those results and writes the article pages."""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.input.articles import InputProblem
from claimcheck.ledger import LedgerEntry
from claimcheck.pipeline.checker import (
    ArticleResult,
    Checker,
    build_checker,
    claims_from_json,
    claims_to_json,
    ledger_entry_for,
    problem_finding,
    result_from_json,
    result_to_json,
    with_ledger,
)
from claimcheck.records import Article, Finding
from claimcheck.report.articles import RunReport
from claimcheck.report.tables import add_claim_columns
from claimcheck.run.incremental import rules_digest, run_key
from claimcheck.run.timeline import span

if TYPE_CHECKING:
    from claimcheck.ledger.comparison import FigureHistory

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
    # Seconds per stage: "extract_and_check" and "ledger" (identities, where the chunk was
    # checked), "write_reports" (once the chunk is reported).
    stage_seconds: dict[str, float] = field(default_factory=dict)
    # One line per written article report, for the run index (see report.articles).
    entries: list[dict] = field(default_factory=list)
    # What the ledger must compare and store for this chunk: the ordered pass does it.
    ledger_entries: list[LedgerEntry] = field(default_factory=list)
    # The checked results, kept in the run folder until the chunk is reported.
    pending: str | None = None
    article_ids: list[str] = field(default_factory=list)
    # The chunk's claims as columns of the run's claims.parquet (report.tables
    # .add_claim_columns), written by the run as the chunk is collected, then dropped.
    claim_columns: list[list] = field(default_factory=list)
    # How many checks examine each of its articles ("examined by N checks" on its pages).
    checks: int = 0
    # The pages written where the chunk was checked (articles the ordered pass cannot add
    # to), while some wait in `pending`: merged with the rest once those are reported.
    early: ChunkReport | None = None
    # Its last article in publication order (LedgerEntry.order): once the ordered pass is
    # past it, the chunk's pages can be written.
    last_in_order: tuple[str, str] | None = None

    def describe(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        return (
            f"{self.articles} articles, {self.claims} claims, {len(self.findings)} findings in "
            f"{self.seconds:.2f} s ({rate:.0f} articles/s)"
        )


# What the ordered pass adds to one article: its CC201/CC202 findings and figure histories.
LedgerAdditions = dict[str, tuple[list[Finding], "tuple[FigureHistory, ...]"]]


@dataclass(slots=True)
class ChunkReport:
    """A reported chunk, or the part of it reported where it was checked: its article pages'
    index lines, each with its article's place in the chunk, and its findings, all of them."""

    entries: list[dict]
    findings: list[Finding]
    claims_checked: int
    seconds: float
    positions: list[int] = field(default_factory=list)


def settings_digest(settings: RunSettings) -> str:
    """The run key's part that is not the article: version, rules and selected codes."""
    return rules_digest(settings.rules_dir, settings.select, settings.ignore)


def make_checker(settings: RunSettings) -> Checker:
    """The checker of a run: selected checks and the rule set (every run compares its
    articles in order, with the ledger's and with each other)."""
    rules = None
    if settings.rules_dir:
        from claimcheck.rules import load_rules

        rules = load_rules(Path(settings.rules_dir))
    return build_checker(settings.select, settings.ignore, rules, compares=True)


def _check_articles(
    records: Sequence[Article | InputProblem], checker: Checker, rules_key: str
) -> tuple[ChunkOutcome, list[ArticleResult]]:
    """Check one chunk: results, in-article findings and ledger entries; nothing written."""
    outcome = ChunkOutcome()
    outcome.checks = len(checker.checks)
    stages = dict.fromkeys(("extract_and_check", "ledger"), 0.0)
    clock = time.perf_counter
    results: list[ArticleResult] = []
    for record in records:
        if isinstance(record, InputProblem):
            outcome.findings.append(problem_finding(record))
            continue
        mark = clock()
        result: ArticleResult = checker.check_article(record)
        stages["extract_and_check"] += clock() - mark
        outcome.articles += 1
        outcome.claims += len(result.claims)
        outcome.findings.extend(result.findings)
        outcome.article_ids.append(record.id)
        add_claim_columns(outcome.claim_columns, record, result.claims)
        results.append(result)
        mark = clock()
        outcome.ledger_entries.append(
            ledger_entry_for(result, run_key(result.content_hash, rules_key))
        )
        stages["ledger"] += clock() - mark
    outcome.stage_seconds = stages
    outcome.last_in_order = max((entry.order for entry in outcome.ledger_entries), default=None)
    return outcome, results


# Per worker process: the checker of each configuration met so far (rules parsed once),
# keyed by what decides the findings.
_WORKER_CHECKERS: dict[tuple, Checker] = {}


def _worker_checker(settings: RunSettings, rules_key: str) -> Checker:
    # Per thread too: a Dask worker may run tasks in threads.
    key = (threading.get_ident(), settings.rules_dir, settings.select, settings.ignore, rules_key)
    checker = _WORKER_CHECKERS.get(key)
    if checker is None:
        checker = make_checker(settings)
        _WORKER_CHECKERS[key] = checker
    return checker


def check_chunk(
    records: Sequence[Article | InputProblem],
    settings: RunSettings,
    rules_key: str,
    keep_checker: bool = True,
) -> ChunkOutcome:
    """Check one chunk wherever it runs and return its ledger entries for the ordered pass;
    the results wait in a temporary file of the run folder for `report_chunk`. With
    `keep_checker` the worker keeps its checker (rules parsed once) for the next chunk."""
    started = time.perf_counter()
    checker = _worker_checker(settings, rules_key) if keep_checker else make_checker(settings)
    with span("check chunk", records=len(records)):
        outcome, results = _check_articles(records, checker, rules_key)
    now, later = _report_now_or_later(outcome, results, settings)
    report = RunReport(
        Path(settings.reports_dir),
        frozenset(outcome.article_ids),
        settings.docs_url,
        outcome.checks,
    )
    try:
        if now:
            with span("early pages", records=len(now)):
                outcome.early = _write_pages(report, now, time.perf_counter())
            outcome.entries = outcome.early.entries
            outcome.claims_checked = outcome.early.claims_checked
            outcome.stage_seconds["write_reports"] = outcome.early.seconds
        if later:
            with span("keep results", records=len(later)):
                outcome.pending = _keep_results(settings.reports_dir, later)
        else:
            outcome.early = None  # nothing to merge with: the chunk is reported
    except BaseException:
        report.discard()
        raise
    outcome.seconds = time.perf_counter() - started
    return outcome


def _report_now_or_later(
    outcome: ChunkOutcome, results: list[ArticleResult], settings: RunSettings
) -> tuple[list[tuple[int, ArticleResult]], list[tuple[int, ArticleResult]]]:
    """The chunk's articles whose pages are written now, and those whose results wait for
    the ordered pass, each with its place in the chunk. The pass compares figures only: an
    article without one gets nothing from it, and its pages are final as soon as it is
    checked (unless another article of the chunk has its id: their pages' names depend on
    the order they are written in). With pages only for articles with findings, an article
    with neither findings nor figures is not reported at all."""
    ids = Counter(result.article.id for result in results)
    now, later = [], []
    for position, (result, entry) in enumerate(zip(results, outcome.ledger_entries, strict=True)):
        if entry.figures or ids[result.article.id] > 1:
            later.append((position, result))
        elif settings.reports_for == "all" or result.findings:
            now.append((position, result))
    return now, later


def _write_pages(
    report: RunReport, results: list[tuple[int, ArticleResult]], started: float
) -> ChunkReport:
    """Pages of articles the ordered pass has nothing to add to."""
    findings: list[Finding] = []
    for _position, result in results:
        findings.extend(result.findings)
        report.write_article(result)
    entries = list(report.entries)
    return ChunkReport(
        entries,
        findings,
        sum(entry["claims_checked"] for entry in entries),
        time.perf_counter() - started,
        [position for position, _result in results],
    )


def _keep_results(reports_dir: str, results: list[tuple[int, ArticleResult]]) -> str:
    """The chunk's results in a temporary file of the run folder: a reporting worker anywhere
    reads them back; a run killed before reporting leaves a temporary file the next run's
    clean-up removes."""
    path = Path(reports_dir) / f".pending-{secrets.token_hex(6)}.tmp"
    path.parent.mkdir(parents=True, exist_ok=True)
    # One line per article, its id, whether it has a finding and its place in the chunk
    # first: the reporter reads only the articles it writes a page for. Then its claims as
    # its JSON page holds them (the page takes them as they are), then the rest of the result.
    lines = [
        json.dumps([result.article.id, bool(result.findings), position])
        + "\t"
        + claims_to_json(result.claims)
        + "\t"
        + json.dumps(result_to_json(result, claims=False), separators=(",", ":"), default=str)
        for position, result in results
    ]
    # Text the article held is written as it was read, lone surrogates included.
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    return str(path)


def _kept_results(path: Path, wanted: set[str] | None) -> Iterator[tuple[ArticleResult, str, int]]:
    """The kept results, each with its claims in the JSON page's form and its place in the
    chunk: all when `wanted` is None, else those with a finding of their own or named in
    `wanted`."""
    with path.open(encoding="utf-8", errors="surrogatepass") as handle:
        for line in handle:
            head, claims, payload = line.split("\t", 2)
            article_id, found, position = json.loads(head)
            if wanted is None or found or article_id in wanted:
                result = result_from_json(json.loads(payload), claims_from_json(claims))
                yield result, claims, position


def report_chunk(
    pending: str,
    additions: LedgerAdditions,
    settings: RunSettings,
    pages: frozenset[str] = frozenset(),
    checks: int = 0,
) -> ChunkReport:
    """Write the pages of a checked chunk with what the ordered pass found: its findings
    added to the article's and the figures' histories. `pages` names the articles of this
    run that have pages (links between them need not wait for the other chunks); `checks`:
    how many checks examined each article."""
    started = time.perf_counter()
    path = Path(pending)
    # With pages only for articles with findings, the others are not even read back.
    wanted = None if settings.reports_for == "all" else {a for a, (f, _) in additions.items() if f}
    report = RunReport(Path(settings.reports_dir), pages, settings.docs_url, checks)
    selected = build_checker(settings.select, settings.ignore).selected
    findings: list[Finding] = []
    positions: list[int] = []
    try:
        with span("report chunk"):
            for result, claims, position in _kept_results(path, wanted):
                found, history = additions.get(result.article.id, ([], ()))
                result = with_ledger(result, found, history, selected)
                findings.extend(result.findings)
                if settings.reports_for == "all" or result.findings:
                    report.write_article(result, claims_json=claims)
                    positions.append(position)
    except BaseException:
        report.discard()  # no chunk is left half reported
        raise
    path.unlink(missing_ok=True)
    entries = list(report.entries)
    return ChunkReport(
        entries,
        findings,
        sum(entry["claims_checked"] for entry in entries),
        time.perf_counter() - started,
        positions,
    )


def discard_pending(outcomes: Sequence[ChunkOutcome]) -> None:
    """Remove the kept results of chunks that will not be reported."""
    for outcome in outcomes:
        if outcome.pending:
            Path(outcome.pending).unlink(missing_ok=True)
            outcome.pending = None
