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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.input.articles import InputProblem
from claimcheck.ledger import LedgerEntry
from claimcheck.ledger.store import staged_row
from claimcheck.pipeline.checker import (
    ArticleResult,
    Checker,
    build_checker,
    claims_from_json,
    claims_texts,
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
    # The same entries as the run's staging table holds them (`ledger.store.staged_row`),
    # once the outcome has travelled from a worker: made into rows there, where they were
    # checked, instead of pickled as records that the run's process turned into rows.
    ledger_rows: list[tuple[str | bytes, ...]] = field(default_factory=list)
    # The checked results, kept in the run folder until the chunk is reported.
    pending: str | None = None
    article_ids: list[str] = field(default_factory=list)
    # The chunk's claims as columns of the run's claims.parquet (report.tables
    # .add_claim_columns), written by the run as the chunk is collected, then dropped.
    claim_columns: list[list] = field(default_factory=list)
    # How many checks examine each of its articles ("examined by N checks" on its pages).
    checks: int = 0
    # The place in the chunk of the article of each of `entries` (pages written where the
    # chunk was checked): merged with the pages written once the chunk is reported.
    entry_positions: list[int] = field(default_factory=list)
    # Its last article in publication order (LedgerEntry.order): once the ordered pass is
    # past it, the chunk's pages can be written.
    last_in_order: tuple[str, str] | None = None
    # Its number among the run's chunks once its index lines wait on disk (run.staging
    # .RunLines.place); None while `entries` holds them.
    lines_chunk: int | None = None
    # Once such a chunk is reported: the articles read back, whose staged findings the
    # report's `findings` replace (run.staging.RunLines.take).
    reread: list[str] = field(default_factory=list)

    def __getstate__(self) -> dict[str, object]:
        state = {name: getattr(self, name) for name in self.__dataclass_fields__}
        if self.ledger_entries:
            state["ledger_rows"] = [*self.ledger_rows, *map(staged_row, self.ledger_entries)]
            state["ledger_entries"] = []
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            setattr(self, name, value)

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
    """A reported chunk: the index lines of the pages written (each with its article's place
    in the chunk) and the findings, all of them, of the articles read back."""

    entries: list[dict]
    findings: list[Finding]
    claims_checked: int
    seconds: float
    positions: list[int] = field(default_factory=list)
    reread: list[str] = field(default_factory=list)


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
    records: Sequence[Article | InputProblem],
    checker: Checker,
    rules_key: str,
    reports_for: str = "all",
) -> tuple[ChunkOutcome, list[ArticleResult], list[str | None]]:
    """Check one chunk: results, in-article findings and ledger entries; nothing written.
    Also each result's claims as its JSON page holds them, written in the same pass as the
    ledger's text of them (`claims_texts`) for an article that gets a page whatever the
    ordered pass finds (`reports_for`); None for the others (written if they are kept)."""
    outcome = ChunkOutcome()
    outcome.checks = len(checker.checks)
    stages = dict.fromkeys(("extract_and_check", "ledger"), 0.0)
    clock = time.perf_counter
    results: list[ArticleResult] = []
    page_claims: list[str | None] = []
    every = reports_for == "all"
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
        key = run_key(result.content_hash, rules_key)
        if every or result.findings:
            page, kept = claims_texts(result.claims)
            outcome.ledger_entries.append(ledger_entry_for(result, key, claims_json=kept))
        else:
            page = None
            outcome.ledger_entries.append(ledger_entry_for(result, key))
        page_claims.append(page)
        stages["ledger"] += clock() - mark
    outcome.stage_seconds = stages
    outcome.last_in_order = max((entry.order for entry in outcome.ledger_entries), default=None)
    return outcome, results, page_claims


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
    """Check one chunk wherever it runs and return its ledger entries for the ordered pass.
    Each article's pages are written at once as if the pass added nothing to it, which for
    most articles it does not; the results of those it may add to (articles with a figure)
    wait in a temporary file of the run folder for `report_chunk`, which writes again the
    pages of those it did add to. With `keep_checker` the worker keeps its checker (rules
    parsed once) for the next chunk."""
    started = time.perf_counter()
    checker = _worker_checker(settings, rules_key) if keep_checker else make_checker(settings)
    with span("check chunk", records=len(records)):
        outcome, results, page_claims = _check_articles(
            records, checker, rules_key, settings.reports_for
        )
    own = frozenset(outcome.article_ids)
    report = RunReport(Path(settings.reports_dir), own, settings.docs_url, outcome.checks)
    try:
        with span("pages"):
            stems, kept = _pages_now(outcome, results, settings, report, page_claims)
        if kept:
            with span("keep results", records=len(kept)):
                outcome.pending = _keep_results(settings.reports_dir, kept, stems)
    except BaseException:
        report.discard()
        raise
    outcome.seconds = time.perf_counter() - started
    return outcome


def _pages_now(
    outcome: ChunkOutcome,
    results: list[ArticleResult],
    settings: RunSettings,
    report: RunReport,
    page_claims: Sequence[str | None] = (),
) -> tuple[dict[int, str], list[tuple[int, ArticleResult, str]]]:
    """Write the chunk's pages as they stand before the ordered pass; the file stem of each
    page written and the results to keep, both by place in the chunk. The pass compares
    figures only: an article without one gets nothing from it and needs no keeping. Two
    articles of the chunk with one id wait both, unwritten: their pages' names depend on the
    order they are written in. With pages only for articles with findings, an article with
    none gets its page only if the pass gives it one. `page_claims`: each result's claims as
    its page holds them, where the checking wrote them already (None: not yet)."""
    started = time.perf_counter()
    ids = Counter(result.article.id for result in results)
    stems: dict[int, str] = {}
    kept: list[tuple[int, ArticleResult, str]] = []
    for position, (result, entry) in enumerate(zip(results, outcome.ledger_entries, strict=True)):
        alone = ids[result.article.id] == 1
        paged = alone and (settings.reports_for == "all" or bool(result.findings))
        keep = bool(entry.figures) or not alone
        if not (paged or keep):
            continue
        # The claims written once, as the page holds them, for the page and the kept result.
        claims = page_claims[position] if position < len(page_claims) else None
        if claims is None:
            claims = claims_to_json(result.claims)
        if paged:
            stems[position] = report.write_article(result, claims_json=claims)
            outcome.entry_positions.append(position)
        if keep:
            kept.append((position, result, claims))
    outcome.entries = list(report.entries)
    outcome.claims_checked = sum(entry["claims_checked"] for entry in outcome.entries)
    outcome.stage_seconds["write_reports"] = time.perf_counter() - started
    return stems, kept


# `json.dumps(..., separators=(",", ":"), default=str)` without an encoder made per article.
_KEPT_ENCODER = json.JSONEncoder(separators=(",", ":"), default=str)


def _keep_results(
    reports_dir: str, results: list[tuple[int, ArticleResult, str]], stems: dict[int, str]
) -> str:
    """The chunk's results (each with its claims as `claims_to_json` wrote them) in a temporary
    file of the run folder: a reporting worker anywhere reads them back; a run killed before
    reporting leaves a temporary file the next run's clean-up removes."""
    path = Path(reports_dir) / f".pending-{secrets.token_hex(6)}.tmp"
    path.parent.mkdir(parents=True, exist_ok=True)
    # One line per article: first its id, whether it has a finding, its place in the chunk
    # and the stem of the page written for it (if any), so that the reporter reads only the
    # articles it writes a page for. Then its claims as its JSON page holds them (the page
    # takes them as they are), then the rest of the result.
    lines = [
        json.dumps([result.article.id, bool(result.findings), position, stems.get(position)])
        + "\t"
        + claims
        + "\t"
        + _KEPT_ENCODER.encode(result_to_json(result, claims=False))
        for position, result, claims in results
    ]
    # Text the article held is written as it was read, lone surrogates included.
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    return str(path)


@dataclass(frozen=True, slots=True)
class _Kept:
    """One kept result: its claims in the JSON page's form, its place in the chunk, and the
    stem of the page written before the ordered pass (None: none was)."""

    result: ArticleResult
    claims: str
    position: int
    stem: str | None


def _kept_results(path: Path, wanted: Callable[[str, bool, str | None], bool]) -> Iterator[_Kept]:
    """The kept results `wanted` (given its id, whether it has a finding of its own and the
    stem of its page) asks for: the others are not parsed."""
    with path.open(encoding="utf-8", errors="surrogatepass") as handle:
        for line in handle:
            head, claims, payload = line.split("\t", 2)
            article_id, found, position, stem = json.loads(head)
            if wanted(article_id, found, stem):
                result = result_from_json(json.loads(payload), claims_from_json(claims))
                yield _Kept(result, claims, position, stem)


def report_chunk(
    pending: str,
    additions: LedgerAdditions,
    settings: RunSettings,
    pages: frozenset[str] = frozenset(),
    checks: int = 0,
) -> ChunkReport:
    """Write the pages of a checked chunk's kept articles that the ordered pass added to
    (its findings added to the article's, the figures' histories), or that got no page
    before it. `pages` names the articles of this run that have pages (links between them
    need not wait for the other chunks); `checks`: how many checks examined each article.
    Returns the pages written (their places in the chunk) and the findings of every
    article read back."""
    started = time.perf_counter()
    path = Path(pending)
    every = settings.reports_for == "all"

    def wanted(article_id: str, found: bool, stem: str | None) -> bool:
        added = additions.get(article_id)
        if stem is not None:
            return bool(added and (added[0] or added[1]))
        return every or found or bool(added and added[0])

    report = RunReport(Path(settings.reports_dir), pages, settings.docs_url, checks)
    selected = build_checker(settings.select, settings.ignore).selected
    findings: list[Finding] = []
    positions: list[int] = []
    reread: list[str] = []
    try:
        with span("report chunk"):
            for kept in _kept_results(path, wanted):
                found, history = additions.get(kept.result.article.id, ([], ()))
                result = with_ledger(kept.result, found, history, selected)
                findings.extend(result.findings)
                reread.append(result.article.id)
                if every or result.findings:
                    # The Markdown page shows no figure histories: with no finding added, the
                    # one written as the chunk was checked still holds.
                    markdown = result.findings != kept.result.findings
                    report.write_article(
                        result, claims_json=kept.claims, stem=kept.stem, markdown=markdown
                    )
                    positions.append(kept.position)
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
        reread,
    )


def discard_pending(outcomes: Sequence[ChunkOutcome]) -> None:
    """Remove the kept results of chunks that will not be reported."""
    for outcome in outcomes:
        if outcome.pending:
            Path(outcome.pending).unlink(missing_ok=True)
            outcome.pending = None
