"""Checking a chunk of articles end to end (reports, ledger): the unit of work a flow task runs."""

from __future__ import annotations

import atexit
import hashlib
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck import __version__
from claimcheck.input.articles import InputProblem, content_hash
from claimcheck.ledger import LedgerEntry, ledger_entry, open_ledger
from claimcheck.pipeline.checker import ArticleResult, Checker, problem_finding
from claimcheck.records import Article, Finding
from claimcheck.report.articles import RunReport
from claimcheck.selection import make_selector


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


REPORTS_FOR = ("all", "findings")


@dataclass(slots=True)
class ChunkOutcome:
    articles: int = 0
    claims: int = 0
    claims_checked: int = 0
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0
    # Seconds per stage inside the chunk: "extract_and_check", "write_reports", "ledger"
    # (and "ledger_write" when the flow recorded it, see record_outcome).
    stage_seconds: dict[str, float] = field(default_factory=dict)
    # One line per written article report, for the run index (see report.article_entry).
    entries: list[dict] = field(default_factory=list)
    # What the ledger must store for this chunk, when the chunk was checked somewhere else
    # (a worker process, a Dask worker) and is recorded by the flow: see record_outcome.
    ledger_entries: list[LedgerEntry] = field(default_factory=list)


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
    records: Sequence[Article | InputProblem],
    ledger_path: str | None,
    rules_key: str,
    ledger=None,
) -> tuple[list[Article | InputProblem], int]:
    """The records a run must check (new or changed since the ledger stored them) and how
    many were skipped as unchanged. Unreadable records are always kept: they are reported.
    `ledger`, an open ledger, saves opening one per call."""
    if not ledger_path and ledger is None:
        return list(records), 0
    articles = [record for record in records if isinstance(record, Article)]
    if ledger is not None:
        stored = ledger.known_keys(article.id for article in articles)
    else:
        with open_ledger(ledger_path) as opened:
            stored = opened.known_keys(article.id for article in articles)
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
            from claimcheck.ledger.priors import PriorCheck
        except ImportError:  # a build without prior comparison
            pass
        else:
            extra.append(PriorCheck(ledger).check)
    return Checker(make_selector(settings.select, settings.ignore), extra)


def _prior_check(checker: Checker):
    """The PriorCheck among a checker's stages, if any (its matching keys are reused)."""
    for extra in checker.extra_checks:
        owner = getattr(extra, "__self__", None)
        if owner is not None and type(owner).__name__ == "PriorCheck":
            return owner
    return None


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
    stages = dict.fromkeys(("extract_and_check", "write_reports", "ledger"), 0.0)
    prior_check = _prior_check(checker)
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
        if keep_ledger_entries:
            mark = clock()
            keyed = prior_check.keyed_for(result.claims) if prior_check is not None else None
            outcome.ledger_entries.append(
                ledger_entry(record, run_key(result.content_hash, rules_key), result.claims, keyed)
            )
            stages["ledger"] += clock() - mark
    outcome.entries = list(report.entries)
    outcome.claims_checked = sum(entry["claims_checked"] for entry in outcome.entries)
    outcome.stage_seconds = stages
    return outcome


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
    try:
        checker = checker or make_checker(settings, ledger)
        outcome = _check_and_report(
            records, checker, report, rules_key, settings.reports_for, ledger is not None
        )
        mark = time.perf_counter()
        if ledger is not None and outcome.ledger_entries:
            ledger.record_entries(outcome.ledger_entries)
        outcome.stage_seconds["ledger"] += time.perf_counter() - mark
        outcome.ledger_entries = []
    except BaseException:
        report.discard()
        raise
    finally:
        if ledger is not None:
            ledger.close()
    outcome.seconds = time.perf_counter() - started
    return outcome


# Checking in worker processes ------------------------------------------------------------------

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
        # flow's process does every write, so readers and the writer never wait on each other.
        ledger = open_ledger(settings.ledger_path) if settings.ledger_path else None
        checker = make_checker(settings, ledger)
        _WORKER_CHECKERS[key] = checker
    return checker


def check_chunk_remote(
    records: Sequence[Article | InputProblem],
    settings: RunSettings,
    rules_key: str,
    keep_checker: bool = True,
) -> ChunkOutcome:
    """Check and report one chunk wherever it runs (worker process, Dask worker) and return
    the ledger entries for the flow to record: the chunk travels as plain records, and with
    `keep_checker` the worker keeps its checker and ledger connection for the next chunk
    (without, both are made for this chunk and closed: a thread of the flow's process)."""
    started = time.perf_counter()
    report = RunReport(Path(settings.reports_dir))
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


def record_outcome(ledger, outcome: ChunkOutcome, reports_dir: str) -> float:
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


_POOLS: dict[int, object] = {}


def _warm_worker() -> None:
    """Import the heavy parts once per worker (pint, the date lexicon, templates)."""
    from claimcheck.records import Article as _Article

    make_checker(RunSettings(reports_dir="", ledger_path=None)).check_article(
        _Article(id="warm-up", body="It rose 5 pct to 12 mln dlrs on Monday, March 2, 1987.")
    )


def process_pool(workers: int):
    """A pool of `workers` processes for the CPU-bound checking, started once per process
    (`claimcheck serve` keeps it between runs). Workers are started with forkserver (spawn
    where that is missing), never fork: the flow's process runs threads (Prefect's event
    loop) that a forked child would inherit in an unknown state."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = _POOLS.get(workers)
    if pool is None:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if context.get_start_method() == "forkserver":
            context.set_forkserver_preload(["claimcheck.run.batch", "claimcheck.report.html"])
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_warm_worker)
        if not _POOLS:
            # Stopped while the interpreter is whole: at teardown the pool's own clean-up
            # finds its modules gone and complains.
            atexit.register(shutdown_pools)
        _POOLS[workers] = pool
    return pool


def shutdown_pools() -> None:
    for pool in _POOLS.values():
        pool.shutdown(cancel_futures=True)  # type: ignore[attr-defined]
    _POOLS.clear()
