"""A whole run, in three steps the flow wires together: prepared (its folder, settings and
rules checked before any article is read), checked (the inputs read in chunks, only what is
new, each chunk submitted wherever it is checked; then every article compared with every
article published before it and recorded, in one ordered pass; then each chunk's pages
written with what the pass found) and finished (summary.json, findings.csv, the run index and
the index of runs)."""

from __future__ import annotations

import heapq
import logging
import os
import secrets
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from claimcheck.input.inbox import read_inputs
from claimcheck.ledger import ClaimLedger, open_ledger
from claimcheck.pipeline.checker import INPUT_PROBLEM_CODE
from claimcheck.records import Finding
from claimcheck.report.files import remove_stale_temporaries
from claimcheck.report.html import StreamedRunIndex, write_reports_index
from claimcheck.report.rule_pages import write_rule_pages
from claimcheck.report.summary import (
    build_summary,
    note_check,
    problem_keys,
    read_checks,
    update_shared_files,
    write_summary,
)
from claimcheck.run import DEFAULT_CHUNK_SIZE
from claimcheck.run.batch import (
    REPORTS_FOR,
    ChunkOutcome,
    RunSettings,
    discard_pending,
    make_checker,
    settings_digest,
)
from claimcheck.run.chunks import ChunkQueue
from claimcheck.run.incremental import InputFiles, Record
from claimcheck.run.memory import give_back_freed_memory
from claimcheck.run.ordered import compare_in_order, stage_entries
from claimcheck.run.progress import AllOf, Progress, terminal_progress
from claimcheck.run.staging import RunLines, StagedAdditions, Staging, finding_order
from claimcheck.run.timeline import span
from claimcheck.run.unfinished import RunLock
from claimcheck.run.workers import (
    MODE_DASK,
    MODE_POOL,
    ChunkReporter,
    Placement,
    discard_head_starts,
    head_start,
    place_chunks,
    report_chunks,
)

Log = logging.Logger | logging.LoggerAdapter
# Submits a chunk to be checked where the placement says; the future gives its outcome.
SubmitChunk = Callable[[list[Record], Placement], "Future[ChunkOutcome]"]


class ChunksFailed(RuntimeError):
    """Some chunks of a run failed; the rest were reported and recorded."""


def new_run_id() -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{secrets.token_hex(3)}"


@dataclass(frozen=True, slots=True)
class PreparedRun:
    run_id: str
    reports_root: Path
    run_dir: Path
    settings: RunSettings
    rules_key: str
    workers: int
    started: float


def prepare_run(
    reports_dir: str,
    rules_dir: str | None = None,
    ledger_path: str | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    reports_for: str = "all",
    workers: int = 0,
    log: Log | None = None,
    docs_url: str | None = None,
    check_rules: bool = True,
    run_id: str | None = None,
) -> PreparedRun:
    """The run's id and settings; invalid rules stop the run before any article is read
    (`check_rules` False: the caller has checked them). `workers` 0 means one per core. The
    run's folder is made by the first chunk that writes into it: a run with nothing new leaves
    none. `run_id`: the id the quiet check gave the chunks it started (`HeadStart`)."""
    started = time.perf_counter()
    log = log or logging.getLogger(__name__)
    run_id = run_id or new_run_id()
    reports_root = Path(reports_dir)
    run_dir = reports_root / run_id
    if reports_for not in REPORTS_FOR:
        raise ValueError(f"reports_for must be one of {', '.join(REPORTS_FOR)}")
    settings = RunSettings(
        reports_dir=str(run_dir),
        ledger_path=ledger_path,
        rules_dir=rules_dir,
        select=tuple(select),
        ignore=tuple(ignore),
        reports_for=reports_for,
        docs_url=docs_url,
    )
    if check_rules:
        make_checker(settings)  # loads the rules: a bad rule set raises here
    removed = remove_stale_temporaries(reports_root)
    if removed:
        log.info("removed %d temporary file(s) left by interrupted runs", removed)
    return PreparedRun(
        run_id,
        reports_root,
        run_dir,
        settings,
        settings_digest(settings),
        workers or os.cpu_count() or 1,
        started,
    )


class RunTables:
    """The run's claims.parquet, written chunk by chunk as the chunks are recorded (a run
    never holds all its claims); pyarrow loads with the first chunk that brings claims."""

    def __init__(self, run: PreparedRun) -> None:
        self.run = run
        self.writer: Any = None

    def recorded(self, outcome: ChunkOutcome) -> None:
        if outcome.claim_columns and outcome.claim_columns[0]:
            if self.writer is None:
                from claimcheck.analysis.tables import CLAIMS_NAME, ClaimsWriter

                self.writer = ClaimsWriter(self.run.run_dir / CLAIMS_NAME, self.run.run_id)
            self.writer.add(outcome.claim_columns)
        outcome.claim_columns = []

    def discard(self) -> None:
        if self.writer is not None:
            self.writer.discard()
            self.writer = None


class _StagedChunks:
    """Each collected chunk's claims written to the run's tables, its ledger entries moved
    to the run's staging table on disk (made with the first chunk that has some) and its
    index lines to the run's lines (those of pages written again replace them once it is
    reported)."""

    def __init__(self, run_dir: Path, tables: RunTables, lines: RunLines) -> None:
        self.run_dir = run_dir
        self.tables = tables
        self.lines = lines
        self.staging: Staging | None = None
        self.chunks = 0

    def collected(self, outcome: ChunkOutcome) -> None:
        self.tables.recorded(outcome)
        if outcome.ledger_entries or outcome.ledger_rows:
            if self.staging is None:
                self.staging = Staging(self.run_dir)
            stage_entries(self.staging, outcome)
        self.lines.place(outcome, self.chunks)
        self.chunks += 1

    def close(self) -> None:
        if self.staging is not None:
            self.staging.close()


@dataclass(slots=True)
class CheckedRun:
    """What checking a run's inputs gave: the chunks' outcomes, where they ran, and the
    claims table written as they were recorded."""

    queue: ChunkQueue
    placement: Placement
    tables: RunTables | None = None
    # The run's lock in the reports folder, let go once its index is written.
    lock: RunLock | None = None
    # Seconds of the ordered pass (comparing and recording) and of writing the pages.
    ordered_seconds: float = 0.0
    reporting_seconds: float = 0.0
    # The run's index lines, moved to disk as the chunks were reported.
    lines: RunLines | None = None


def check_run(
    run: PreparedRun,
    paths: Sequence[str],
    submit: SubmitChunk,
    *,
    chunk_size: int,
    settle_seconds: float = 0.0,
    dask: bool = False,
    progress_bar: bool = False,
    watchers: Sequence[Progress] = (),
    log: Log | None = None,
) -> CheckedRun:
    """Read what is new or changed under `paths` in chunks and submit each chunk; once all
    are checked, compare and record their articles in publication order (this process is the
    ledger's only writer), then write the chunks' pages with what the comparison found."""
    log = log or logging.getLogger(__name__)
    settings = run.settings
    ledger = open_ledger(settings.ledger_path) if settings.ledger_path else None
    tables = RunTables(run)
    lock = RunLock(run.reports_root, run.run_id, log) if ledger is not None else None
    lines = RunLines(run.run_dir)
    try:
        files = InputFiles(ledger, run.rules_key, log)
        queue = ChunkQueue(
            ledger, settings.ledger_path, run.rules_key, settings.reports_dir, log=log
        )
        staged = _StagedChunks(run.run_dir, tables, lines)
        queue.recorded = staged.collected
        if lock is not None:
            lock.acquire()
            queue.redo = lock.take_over()
        records = read_inputs(files.to_read(paths), settle_seconds=settle_seconds)
        chunks = queue.fresh_chunks(records, chunk_size, files)
        placement, chunks = place_chunks(chunks, run.workers, dask)
        with terminal_progress(progress_bar) as bar:
            queue.progress = AllOf(bar, *watchers)
            queue.run(chunks, lambda chunk: submit(chunk, placement), placement.window)
        # The chunks' outcomes, received as large pickles, are on disk now: the pass starts
        # from what the run holds, not from the checking's high-water mark.
        give_back_freed_memory()
        discarded = discard_head_starts(settings.reports_dir)
        if discarded:
            log.info("%d chunk(s) checked ahead were not asked for (input changed)", discarded)
        if lock is not None:
            lock.recording(_sorted_article_ids(queue.outcomes, lines))
        ordered_seconds, reporting_seconds = _compare_and_report(
            ledger, queue.outcomes, staged.staging, settings, placement, lines
        )
        if not queue.failures:
            files.note_done()
        give_back_freed_memory()  # the pass's comparisons and the pages' hand-over
    except BaseException:
        tables.discard()
        lines.close()
        if lock is not None:
            lock.release()
        raise
    finally:
        staged.close()
        if ledger is not None:
            ledger.close()
    queue.skipped += files.skipped_records
    log.info(
        "run %s: %d new or changed record(s) in %d chunk(s) (%s, %d worker(s)), %d unchanged "
        "(read in %.2f s)",
        run.run_id,
        queue.to_check,
        queue.chunks,
        placement.mode,
        placement.workers,
        queue.skipped,
        queue.read_seconds,
    )
    return CheckedRun(queue, placement, tables, lock, ordered_seconds, reporting_seconds, lines)


def _sorted_article_ids(outcomes: Sequence[ChunkOutcome], lines: RunLines) -> Iterator[str]:
    """The ids of the chunks' articles in sorted order, for the lock file: those placed on
    disk sorted there, merged with those still held (never all of them in a set)."""
    held = sorted(aid for outcome in outcomes for aid in outcome.article_ids)
    return heapq.merge(lines.sorted_article_ids(), held)


def _compare_and_report(
    ledger: ClaimLedger | None,
    outcomes: Sequence[ChunkOutcome],
    staging: Staging | None,
    settings: RunSettings,
    placement: Placement,
    lines: RunLines,
) -> tuple[float, float]:
    """The ordered pass, then the chunks' pages it added to (some of them handed over while
    it goes on); the seconds of each."""
    reporter = _reporter_during_pass(outcomes, staging, settings, placement, lines)
    try:
        with span("ordered pass"):
            additions, ordered_seconds = compare_in_order(
                ledger, outcomes, staging, reporter.ready_through if reporter else None
            )
    except BaseException:
        discard_pending(outcomes)
        raise
    reporting = time.perf_counter()
    with span("report chunks"):
        report_chunks(
            outcomes, additions, settings, placement, lines.take, reporter=reporter, lines=lines
        )
    return ordered_seconds, time.perf_counter() - reporting


def _reporter_during_pass(
    outcomes: Sequence[ChunkOutcome],
    staging: Staging | None,
    settings: RunSettings,
    placement: Placement,
    lines: RunLines,
) -> ChunkReporter | None:
    """Where the workers can write chunks' pages while the ordered pass goes on: a pooled
    run that writes every article's page (which pages a page may link to does not wait for
    the pass) and stages the pass's findings (read as each part is recorded)."""
    if staging is None or placement.mode != MODE_POOL or settings.reports_for != "all":
        return None
    return ChunkReporter(outcomes, StagedAdditions(staging), settings, placement, lines.take, lines)


@dataclass(slots=True)
class RunResult:
    summary: dict[str, Any]
    findings: list[Finding]
    # The index lines of the articles with findings (the run index lists every article).
    entries: list[dict[str, Any]]
    failures: list[BaseException] = field(default_factory=list)
    chunks: int = 0

    def raise_for_failures(self) -> None:
        """ChunksFailed when some chunks failed (their articles stay new for the next run)."""
        if self.failures:
            raise ChunksFailed(
                f"{len(self.failures)} of {self.chunks} chunk(s) failed; their articles were "
                f"not recorded and the next run checks them again "
                f"(first error: {self.failures[0]!r})"
            ) from self.failures[0]


def _stage_seconds(checked: CheckedRun) -> dict[str, float]:
    """Seconds per stage. Worker seconds are summed over the chunks (with N workers they add
    up to N times the wall time they took); "ordered_pass" (also "ledger_write", its earlier
    name) is the run's own comparing and recording."""
    queue = checked.queue
    stages = {"read_and_filter": queue.read_seconds}
    for outcome in queue.outcomes:
        for stage, seconds in outcome.stage_seconds.items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    stages["checking_wall"] = queue.checking_wall()
    # The single process's part, which cannot be spread over workers.
    stages["ordered_pass"] = checked.ordered_seconds
    stages["ledger_write"] = checked.ordered_seconds
    stages["reporting_wall"] = checked.reporting_seconds
    return stages


def write_tables(
    run: PreparedRun, checked: CheckedRun, findings: list[Finding], lines: RunLines
) -> float:
    """claims.parquet (its rows written as chunks were recorded) and findings.parquet for
    analysts; seconds taken. pyarrow loads in a run that has new articles, never on the
    check path."""
    started = time.perf_counter()
    from claimcheck.analysis.tables import write_run_tables

    articles = lines.articles_of(finding.article_id for finding in findings)
    writer = checked.tables.writer if checked.tables is not None else None
    write_run_tables(run.run_dir, run.run_id, writer, findings, articles)
    return time.perf_counter() - started


def update_trends(run: PreparedRun, log: Log) -> float:
    """The index's trends over every run, recomputed with pandas; seconds taken."""
    started = time.perf_counter()
    from claimcheck.analysis.trends import update_trends as recompute

    trends = recompute(run.reports_root)
    log.info("trends: %d finding(s) over %d week(s)", trends["findings"], len(trends["weeks"]))
    return time.perf_counter() - started


def nothing_new(run: PreparedRun, checked: CheckedRun, findings: list[Finding]) -> bool:
    """Whether a run found nothing to report: no article new or changed, no chunk failed, and
    no unreadable input that the last check did not already report."""
    queue = checked.queue
    if queue.failures or any(outcome.articles for outcome in queue.outcomes):
        return False
    known = {tuple(key) for key in read_checks(run.reports_root).get("problems", [])}
    return all(tuple(key) in known for key in problem_keys(findings, INPUT_PROBLEM_CODE))


def finish_quiet_check(
    run: PreparedRun, checked: CheckedRun, findings: list[Finding], log: Log
) -> RunResult:
    """A run with nothing new: no run folder, only "checked at HH:MM, nothing new" in the
    index of runs (a schedule every 15 minutes would otherwise leave 96 empty folders a day)."""
    queue = checked.queue
    checked_at = datetime.now(UTC).isoformat(timespec="seconds")
    summary = build_summary(
        run.run_id,
        articles=0,
        skipped=queue.skipped,
        claims=0,
        findings=findings,
        timings={"total": time.perf_counter() - run.started, **_stage_seconds(checked)},
        status="completed",
        nothing_new=True,
        checked_at=checked_at,
        finished_at=checked_at,
        chunks=queue.chunks,
        chunks_failed=0,
    )
    note_check(run.reports_root, summary, problem_keys(findings, INPUT_PROBLEM_CODE))
    index = write_reports_index(run.reports_root, docs_url=run.settings.docs_url)
    if checked.lock is not None:
        checked.lock.finished()
    summary["reports_dir"] = None
    summary["index_html"] = str(index)
    log.info(
        "run %s: nothing new (%d unchanged); no run folder written; open %s",
        run.run_id,
        queue.skipped,
        index,
    )
    return RunResult(summary, findings, [], [], queue.chunks)


def finish_run(run: PreparedRun, checked: CheckedRun, log: Log | None = None) -> RunResult:
    """Write the run's summary, findings table and indexes; the summary as written. The
    result's entries are the index lines of the articles with findings."""
    lines = checked.lines if checked.lines is not None else RunLines(run.run_dir)
    try:
        for outcome in checked.queue.outcomes:
            lines.take(outcome)
        return _finish_run(run, checked, lines, log or logging.getLogger(__name__))
    finally:
        lines.close()


def _finish_run(run: PreparedRun, checked: CheckedRun, lines: RunLines, log: Log) -> RunResult:
    queue, placement = checked.queue, checked.placement
    outcomes = queue.outcomes
    # Read back sorted from where the chunks' findings waited (`RunLines.take` moved those
    # still held there), with the few of chunks of unreadable inputs only.
    findings = lines.findings()
    held = [finding for outcome in outcomes for finding in outcome.findings]
    if held:
        findings += held
        findings.sort(key=finding_order)
    if nothing_new(run, checked, findings):
        return finish_quiet_check(run, checked, findings, log)
    stages = _stage_seconds(checked)
    counts = {
        "articles": sum(outcome.articles for outcome in outcomes),
        "skipped": queue.skipped,
        "claims": sum(outcome.claims for outcome in outcomes),
    }
    extra = {
        "status": "partial" if queue.failures else "completed",
        "claims_checked": lines.claims_checked(),
        "chunks": queue.chunks,
        "chunks_failed": len(queue.failures),
        "workers": placement.workers if placement.mode != MODE_DASK else 0,
        "mode": placement.mode,
        "reports_for": run.settings.reports_for,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "nothing_new": False,
    }
    extra["checks"] = lines.most_checks()
    run.run_dir.mkdir(parents=True, exist_ok=True)
    indexing = time.perf_counter()
    with span("tables"):
        stages["tables"] = write_tables(run, checked, findings, lines)
        give_back_freed_memory()  # the findings' rows, before the run index's pages
    docs_url = run.settings.docs_url
    names = write_rule_pages(run.reports_root, run.settings.rules_dir)
    sources = lines.sources_of(finding.article_id for finding in findings)
    timings = {"total": time.perf_counter() - run.started, **stages}
    draft = build_summary(run.run_id, findings=findings, timings=timings, **counts, **extra)
    index = StreamedRunIndex(run.run_dir, lines.in_index_order, sources, findings, docs_url, names)
    with span("run index"):
        index.write(draft)
    runs = update_shared_files(run.reports_root, draft, _catalog_lines(lines), lines.stems_of)
    note_check(run.reports_root, draft, problem_keys(findings, INPUT_PROBLEM_CODE))
    stages["trends"] = update_trends(run, log)
    write_reports_index(run.reports_root, runs, docs_url)
    stages["summary_and_index"] = time.perf_counter() - indexing
    timings = {"total": time.perf_counter() - run.started, **stages}
    summary = write_summary(
        run.run_dir, run.run_id, findings=findings, timings=timings, **counts, **extra
    )
    # The index shows the final timings too (the page again, its rows copied from the first).
    index.write(summary)
    if checked.lock is not None:
        checked.lock.finished()
    summary["reports_dir"] = str(run.run_dir)
    summary["index_html"] = str(run.run_dir / "index.html")
    log.info(
        "run %s: %d articles checked, %d unchanged, %d findings; open %s",
        run.run_id,
        summary["articles"],
        queue.skipped,
        summary["findings"],
        summary["index_html"],
    )
    return RunResult(summary, findings, lines.with_findings(), list(queue.failures), queue.chunks)


def _catalog_lines(lines: RunLines) -> Iterator[dict[str, str]]:
    for article_id, stem in lines.catalog_stems():
        yield {"id": article_id, "stem": stem}


class SomethingNew(BaseException):
    """A run has records to check (raised where the quiet check would have submitted them,
    or waited for a chunk it started ahead). A BaseException: it passes through the chunk
    queue, which counts any Exception from a chunk as that chunk's failure."""


@dataclass(slots=True)
class HeadStart:
    """What the quiet check does when it finds something new, so that the workers check
    while Prefect loads and starts the flow run: the first chunks (as many as the run keeps
    in flight) are handed to the worker pool under a run id of their own, which the flow then
    continues (`prepare_run(run_id=...)`); it takes their outcomes as it reaches the same
    chunks. Only where the run would use the pool; `run_id` stays None when nothing was
    started."""

    workers: int = 0
    reports_for: str = "all"
    run_id: str | None = None
    chunks: int = 0


def quiet_check(
    paths: Sequence[str],
    reports_dir: str,
    rules_dir: str | None = None,
    ledger_path: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    docs_url: str | None = None,
    log: Log | None = None,
    head: HeadStart | None = None,
) -> RunResult | None:
    """A run answered without a flow when nothing is new: the same reading and filtering as
    `check_run` (the ledger's content hashes, the unchanged JSON Lines files skipped whole),
    finished as the flow finishes a run with nothing new ("checked at HH:MM, nothing new" in
    the index of runs). None, with nothing noted, as soon as one record would have to be
    checked: the run must then go through the flow (given `head`, with its first chunks
    already being checked, see `HeadStart`). Rules are checked beforehand (preflight)."""
    log = log or logging.getLogger(__name__)
    run = prepare_run(
        reports_dir,
        rules_dir,
        ledger_path,
        select,
        ignore,
        reports_for=head.reports_for if head else "all",
        workers=head.workers if head else 1,
        log=log,
        docs_url=docs_url,
        check_rules=False,
    )

    def submit(chunk: list[Record], placement: Placement) -> Future[ChunkOutcome]:
        if head is None or placement.mode != MODE_POOL or head.chunks >= placement.window:
            raise SomethingNew(f"{len(chunk)} record(s) to check")
        head_start(chunk, run.settings, run.rules_key, placement.workers)
        head.run_id = run.run_id
        head.chunks += 1
        # Waited for only when the input ends before the window is full: the flow takes it.
        ahead: Future[ChunkOutcome] = Future()
        ahead.set_exception(SomethingNew(f"{head.chunks} chunk(s) started ahead"))
        return ahead

    try:
        checked = check_run(run, paths, submit, chunk_size=chunk_size, log=log)
    except SomethingNew:
        return None
    return finish_run(run, checked, log=log)
