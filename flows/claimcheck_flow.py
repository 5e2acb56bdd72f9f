"""The claimcheck run flow: articles in chunks → checked, reported, recorded; a run summary out."""

from __future__ import annotations

import collections
import itertools
import os
import secrets
import sys
import time
from collections.abc import Sequence
from contextlib import nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import (
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.task_runners import ThreadPoolTaskRunner

from claimcheck.cli.common import DEFAULT_CHUNK_SIZE
from claimcheck.input.articles import JSONL_SUFFIXES
from claimcheck.input.inbox import read_inputs
from claimcheck.ledger import open_ledger
from claimcheck.records import SEVERITY_ORDER, Article, Finding
from claimcheck.report.articles import RunReport
from claimcheck.report.files import remove_stale_temporaries
from claimcheck.report.html import write_reports_index, write_run_index
from claimcheck.report.summary import build_summary, update_shared_files, write_summary
from claimcheck.run.batch import (
    REPORTS_FOR,
    ChunkOutcome,
    RunSettings,
    check_chunk_remote,
    chunked,
    fresh_records,
    make_checker,
    process_pool,
    record_outcome,
    settings_digest,
)

FINDINGS_ARTIFACT_KEY = "claimcheck-findings"
SUMMARY_ARTIFACT_KEY = "claimcheck-summary"
PROGRESS_ARTIFACT_KEY = "claimcheck-progress"
# Rows in the findings table artifact: the full list is in findings.csv; the UI needs the top.
MAX_ARTIFACT_ROWS = 500
DEFAULT_DEPLOYMENT_NAME = "claimcheck-inbox"


def new_run_id() -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{secrets.token_hex(3)}"


class ChunksFailed(RuntimeError):
    """Some chunks of a run failed; the rest were reported and recorded."""


# Where the chunks are checked: a process pool of this machine ("pool"), the flow's own task
# threads ("threads": small runs, where starting processes costs more than it saves), or the
# task runner's workers themselves ("dask": a Dask cluster, each worker one process).
MODE_POOL, MODE_THREADS, MODE_DASK = "pool", "threads", "dask"
# Below this many new articles a run stays in the flow's process (a worker costs ~1-2 s).
POOL_MIN_ARTICLES = 400
# Chunks in flight at once per worker: enough to keep every worker busy while the flow
# records finished chunks, few enough that a big input is never all in memory.
CHUNKS_IN_FLIGHT_PER_WORKER = 2


# NO_CACHE: a chunk carries hundreds of article bodies; hashing them for a cache key is waste,
# and reruns are made incremental by the ledger's content hashes instead.
@task(name="check-chunk", cache_policy=NO_CACHE)
def check_chunk_task(
    records: list, settings: RunSettings, rules_key: str, mode: str = MODE_THREADS, workers: int = 2
) -> ChunkOutcome:
    """Check and report a chunk; the flow records its ledger entries (one writer)."""
    if mode == MODE_POOL:
        future = process_pool(workers).submit(check_chunk_remote, records, settings, rules_key)
        outcome = future.result()
    else:
        outcome = check_chunk_remote(records, settings, rules_key, keep_checker=mode == MODE_DASK)
    rate = outcome.articles / outcome.seconds if outcome.seconds else 0.0
    get_run_logger().info(
        "chunk: %d articles, %d claims, %d findings in %.2f s (%.0f articles/s)",
        outcome.articles,
        outcome.claims,
        len(outcome.findings),
        outcome.seconds,
        rate,
    )
    return outcome


def dask_task_runner(address: str):
    """prefect-dask's runner on an existing Dask cluster (scheduler address tcp://host:8786)."""
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as error:
        raise RuntimeError(
            "running on a Dask cluster needs prefect-dask: pip install prefect-dask"
        ) from error
    return DaskTaskRunner(address=address)


def _progress_bar(enabled: bool):
    """A terminal progress bar (rich, shipped with Prefect) when a person is watching."""
    if not (enabled and sys.stderr.isatty()):
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("[bold]claimcheck[/] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
    )


@flow(name="claimcheck-run", task_runner=ThreadPoolTaskRunner(max_workers=4))
def claimcheck_run(
    paths: Sequence[str],
    reports_dir: str = "reports",
    rules_dir: str | None = None,
    ledger_path: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    settle_seconds: float = 0.0,
    progress: bool = True,
    workers: int = 0,
    reports_for: str = "all",
    dask_address: str | None = None,
) -> dict:
    """Check what is new or changed under `paths` (folders, files, feeds), write
    reports/<run-id>/ (HTML, Markdown, JSON), record the ledger, publish artifacts.

    `workers`: processes checking chunks (0: one per core; 1: none, the flow's threads).
    `reports_for`: "all" or "findings" (article pages only for articles with findings).
    `dask_address`: set when the flow runs with a Dask task runner (see run_on_dask): the
    chunks are checked by the cluster's workers."""
    logger = get_run_logger()
    started = time.perf_counter()
    run_id = new_run_id()
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
    )
    make_checker(settings)  # invalid rules stop the run before any article is touched
    rules_key = settings_digest(settings)
    RunReport(run_dir)
    removed = remove_stale_temporaries(reports_root)
    if removed:
        logger.info("removed %d temporary file(s) left by interrupted runs", removed)
    workers = workers or os.cpu_count() or 1

    # The flow's process is the only ledger writer: chunks come back with their entries.
    ledger = open_ledger(ledger_path) if ledger_path else None
    try:
        run = _Run(settings, rules_key, ledger, progress, logger)
        to_read = run.skip_unchanged_files(paths)
        stream = _fresh_chunks(read_inputs(to_read, settle_seconds=settle_seconds), run, chunk_size)
        if dask_address:
            mode, window = MODE_DASK, 64
        elif workers == 1:
            mode, window = MODE_THREADS, 2
        else:
            # Peek: a run with few new articles does not pay for starting processes.
            ahead: list[list] = []
            for chunk in stream:
                ahead.append(chunk)
                if sum(map(len, ahead)) >= POOL_MIN_ARTICLES:
                    break
            else:
                workers = 1
            mode = MODE_POOL if workers > 1 else MODE_THREADS
            window = CHUNKS_IN_FLIGHT_PER_WORKER * workers if mode == MODE_POOL else 2
            stream = itertools.chain(ahead, stream)
        with _progress_bar(progress) as bar:
            run.bar = bar
            for chunk in stream:
                run.submit(chunk, mode, workers)
                while len(run.pending) > window:
                    run.collect_oldest()
            run.reading_done = True
            while run.pending:
                run.collect_oldest()
        run.stamp_read_files()
    finally:
        if ledger is not None:
            ledger.close()
    outcomes, failures = run.outcomes, run.failures
    logger.info(
        "run %s: %d new or changed record(s) in %d chunk(s) (%s, %d worker(s)), %d unchanged "
        "(read in %.2f s)",
        run_id,
        run.to_check,
        run.chunks,
        mode,
        workers,
        run.skipped,
        run.read_seconds,
    )

    findings = [finding for outcome in outcomes for finding in outcome.findings]
    findings.sort(key=lambda f: (f.path, f.article_id, f.start, f.rule))
    entries = [entry for outcome in outcomes for entry in outcome.entries]
    # Worker seconds, summed over the chunks (with N workers they add up to N times the
    # wall time they took); "ledger_write" is the flow's own recording.
    stages = {"read_and_filter": run.read_seconds}
    for outcome in outcomes:
        for stage, seconds in outcome.stage_seconds.items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    stages["checking_wall"] = run.checking_wall()
    counts = {
        "articles": sum(outcome.articles for outcome in outcomes),
        "skipped": run.skipped,
        "claims": sum(outcome.claims for outcome in outcomes),
    }
    extra = {
        "status": "partial" if failures else "completed",
        "claims_checked": sum(outcome.claims_checked for outcome in outcomes),
        "chunks": run.chunks,
        "chunks_failed": len(failures),
        "workers": workers if mode != MODE_DASK else 0,
        "mode": mode,
        "reports_for": reports_for,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }

    indexing = time.perf_counter()
    timings = {"total": time.perf_counter() - started, **stages}
    draft = build_summary(run_id, findings=findings, timings=timings, **counts, **extra)
    write_run_index(run_dir, draft, entries, findings)
    runs = update_shared_files(reports_root, draft, entries)
    write_reports_index(reports_root, runs)
    stages["summary_and_index"] = time.perf_counter() - indexing
    timings = {"total": time.perf_counter() - started, **stages}
    summary = write_summary(run_dir, run_id, findings=findings, timings=timings, **counts, **extra)
    # The index shows the final timings too (a re-render of one small page).
    write_run_index(run_dir, summary, entries, findings)

    summary["reports_dir"] = str(run_dir)
    summary["index_html"] = str(run_dir / "index.html")
    _publish_artifacts(summary, findings, entries, run_dir)
    logger.info(
        "run %s: %d articles checked, %d unchanged, %d findings; open %s",
        run_id,
        summary["articles"],
        run.skipped,
        summary["findings"],
        summary["index_html"],
    )
    if failures:
        raise ChunksFailed(
            f"{len(failures)} of {run.chunks} chunk(s) failed; their articles were not "
            f"recorded and the next run checks them again (first error: {failures[0]!r})"
        ) from failures[0]
    return summary


def run_claimcheck(dask_address: str | None = None, **parameters: Any) -> dict:
    """The run flow, on this machine or, given a scheduler address, on a Dask cluster."""
    run_flow = claimcheck_run
    if dask_address:
        run_flow = claimcheck_run.with_options(task_runner=dask_task_runner(dask_address))
    return run_flow(dask_address=dask_address, **parameters)


def _fresh_chunks(records, run: _Run, chunk_size: int):
    """Chunks of the records still to check (read lazily; time spent counted as reading)."""
    iterator = iter(chunked(records, chunk_size))
    while True:
        mark = time.perf_counter()
        try:
            chunk = next(iterator)
        except StopIteration:
            run.read_seconds += time.perf_counter() - mark
            return
        run.count_read(chunk)
        fresh, unchanged = fresh_records(chunk, run.settings.ledger_path, run.rules_key, run.ledger)
        run.read_seconds += time.perf_counter() - mark
        run.skipped += unchanged
        if fresh:
            yield fresh


def _ends_with_newline(path: Path) -> bool:
    """Whether a (possibly gzipped) JSON Lines file ends with a complete line."""
    if path.name.lower().endswith(".gz"):
        return True  # a gzip file is written whole (a growing one would not decompress)
    with open(path, "rb") as stream:
        stream.seek(0, os.SEEK_END)
        if stream.tell() == 0:
            return True
        stream.seek(-1, os.SEEK_END)
        return stream.read(1) == b"\n"


class _Run:
    """The chunks of one run in flight, collected in order and recorded by the flow."""

    def __init__(self, settings: RunSettings, rules_key: str, ledger, progress: bool, logger):
        self.settings = settings
        self.rules_key = rules_key
        self.ledger = ledger
        self.logger = logger
        self.progress = progress
        self.bar = None
        self.bar_task = None
        self.progress_id = None
        self.pending: collections.deque = collections.deque()
        self.outcomes: list[ChunkOutcome] = []
        self.failures: list[BaseException] = []
        self.chunks = 0
        self.to_check = 0
        self.done = 0
        self.skipped = 0
        self.read_seconds = 0.0
        self.reading_done = False
        self.first_submit: float | None = None
        self.last_done: float | None = None

    # Whole-file skip: a JSON Lines file named on the command line, unchanged (size, mtime)
    # since a run with the same rules recorded every record of it, is not read again; a
    # rerun over an archive then costs a stat instead of parsing it.

    def skip_unchanged_files(self, paths: Sequence[str]) -> list[str]:
        """The inputs to read: `paths` less the JSON Lines files known to be done."""
        self.stamps: dict[str, tuple[str, Any]] = {}
        self.read_counts: collections.Counter = collections.Counter()
        self.problem_files: set[str] = set()
        if self.ledger is None:
            return list(paths)
        to_read = []
        for spec in paths:
            path = Path(spec)
            if not (path.name.lower().endswith(JSONL_SUFFIXES) and path.is_file()):
                to_read.append(spec)
                continue
            name = os.path.abspath(path)
            stamp = self._file_stamp(path)
            stored = self.ledger.input_stamp(name)
            if stored and stored.rsplit(":", 1)[0] == stamp:
                self.skipped += int(stored.rsplit(":", 1)[1])
                self.logger.info("%s: unchanged since it was last recorded, not read", spec)
                continue
            self.stamps[name] = (stamp, path)
            to_read.append(spec)
        return to_read

    def _file_stamp(self, path: Path) -> str:
        info = path.stat()
        return f"{info.st_size}:{info.st_mtime_ns}:{self.rules_key}"

    def count_read(self, chunk: Sequence) -> None:
        if not self.stamps:
            return
        for record in chunk:
            name = os.path.abspath(record.path) if record.path else ""
            self.read_counts[name] += 1
            if not isinstance(record, Article):
                self.problem_files.add(name)  # reported again by every run: never skipped

    def stamp_read_files(self) -> None:
        """After a run without failures: note the files all of whose records are recorded."""
        if self.failures or not self.stamps or self.ledger is None:
            return
        done = {}
        for name, (stamp, path) in self.stamps.items():
            count = self.read_counts.get(name, 0)
            if not count or name in self.problem_files or not _ends_with_newline(path):
                continue  # unread (still settling), unreadable lines, or a line being written
            if self._file_stamp(path) == stamp:  # not changed while it was read
                done[name] = f"{stamp}:{count}"
        if done:
            self.ledger.set_input_stamps(done)

    def submit(self, chunk: list, mode: str, workers: int) -> None:
        if self.first_submit is None:
            self.first_submit = time.perf_counter()
            self.progress_id = create_progress_artifact(
                0.0, key=PROGRESS_ARTIFACT_KEY, description="articles checked in this run, %"
            )
        future = check_chunk_task.submit(chunk, self.settings, self.rules_key, mode, workers)
        self.pending.append((future, len(chunk)))
        self.chunks += 1
        self.to_check += len(chunk)
        if self.bar is not None:
            if self.bar_task is None:
                self.bar_task = self.bar.add_task("checking", total=None, rate="")
            self.bar.update(self.bar_task, total=self.to_check if self.reading_done else None)

    def collect_oldest(self) -> None:
        """Wait for the oldest chunk, record it (a failed chunk does not stop the others)."""
        future, size = self.pending.popleft()
        try:
            outcome = future.result()
            record_outcome(self.ledger, outcome, self.settings.reports_dir)
            self.outcomes.append(outcome)
        except Exception as error:
            self.logger.error("a chunk of %d record(s) failed: %r", size, error)
            self.failures.append(error)
        self.done += size
        self.last_done = time.perf_counter()
        elapsed = self.last_done - (self.first_submit or self.last_done)
        if self.bar is not None and self.bar_task is not None:
            total = self.to_check if self.reading_done else None
            rate = f"{self.done / elapsed:.0f} articles/s" if elapsed else ""
            self.bar.update(self.bar_task, completed=self.done, total=total, rate=rate)
        # The UI's progress bar: a share of what has been read so far (input is streamed).
        if self.progress_id is not None and (self.reading_done or self.done % 2000 < size):
            update_progress_artifact(self.progress_id, 100.0 * self.done / max(self.to_check, 1))

    def checking_wall(self) -> float:
        if self.first_submit is None or self.last_done is None:
            return 0.0
        return self.last_done - self.first_submit


def findings_table(
    findings: Sequence[Finding], entries: Sequence[dict], run_dir: Path
) -> list[dict[str, Any]]:
    """The findings artifact: worst first, each with the article report it belongs to."""
    stems = {entry["id"]: entry["stem"] for entry in entries}
    ranked = sorted(findings, key=lambda f: (-SEVERITY_ORDER[f.severity], f.article_id, f.start))
    rows = []
    for finding in ranked[:MAX_ARTIFACT_ROWS]:
        stem = stems.get(finding.article_id)
        rows.append(
            {
                "severity": finding.severity,
                "rule": finding.rule,
                "article": finding.article_id,
                "line": finding.line,
                "text": finding.text,
                "message": finding.message,
                "report": str(run_dir / "articles" / f"{stem}.html") if stem else "",
            }
        )
    return rows


def summary_markdown(summary: dict, entries: Sequence[dict]) -> str:
    counts = summary["findings_by_severity"]
    lines = [
        f"# claimcheck run {summary['run_id']}",
        "",
        f"**{summary['articles']}** article(s) checked, {summary['articles_unchanged']} "
        f"unchanged; {summary['claims']} claims ({summary.get('claims_checked', 0)} checked); "
        f"**{counts['error']}** error(s), {counts['warning']} warning(s), {counts['info']} "
        f"note(s). Status: {summary.get('status', 'completed')}.",
        "",
        f"Report: `{summary.get('index_html', '')}`",
        "",
    ]
    worst = [e for e in entries if e.get("worst") in ("error", "warning")]
    worst.sort(key=lambda e: (-SEVERITY_ORDER[e["worst"]], -e["findings_by_severity"]["error"]))
    if worst:
        lines += ["## Articles to look at", "", "| article | errors | warnings |", "|---|---|---|"]
        for entry in worst[:15]:
            title = (entry["title"] or entry["id"]).replace("|", "\\|")
            by = entry["findings_by_severity"]
            lines.append(f"| {title} | {by['error']} | {by['warning']} |")
        lines.append("")
    if summary.get("findings_by_rule"):
        lines += ["## Findings by rule", "", "| rule | findings |", "|---|---|"]
        lines += [f"| {rule} | {n} |" for rule, n in summary["findings_by_rule"].items()]
        lines.append("")
    lines += ["## Timings (s)", "", "| stage | seconds |", "|---|---|"]
    lines += [f"| {stage} | {s:.3f} |" for stage, s in summary["timings_seconds"].items()]
    return "\n".join(lines) + "\n"


def _publish_artifacts(
    summary: dict, findings: Sequence[Finding], entries: Sequence[dict], run_dir: Path
) -> None:
    rows = findings_table(findings, entries, run_dir)
    if rows:
        create_table_artifact(
            rows,
            key=FINDINGS_ARTIFACT_KEY,
            description=f"Findings of run {summary['run_id']}, worst first "
            f"({len(rows)} of {len(findings)}; all in findings.csv)",
        )
    create_markdown_artifact(
        summary_markdown(summary, entries),
        key=SUMMARY_ARTIFACT_KEY,
        description=f"claimcheck run {summary['run_id']}",
    )


# Scheduled runs -------------------------------------------------------------------------------

# A run still going when the next one is due must not overlap it: the newcomer is cancelled
# (not queued), since the next scheduled run picks up whatever arrived meanwhile anyway, and a
# queue of late runs behind a slow one would only pile up.
OVERLAP_POLICY = ConcurrencyLimitConfig(
    limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW
)


def scheduled_deployment(
    paths: Sequence[str],
    *,
    cron: str | None = None,
    interval: float | None = None,
    name: str = DEFAULT_DEPLOYMENT_NAME,
    reports_dir: str = "reports",
    rules_dir: str | None = None,
    ledger_path: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    settle_seconds: float = 5.0,
):
    """The deployment `claimcheck serve` serves: the run flow on a schedule, one run at a time."""
    from prefect.deployments.runner import EntrypointType

    if (cron is None) == (interval is None):
        raise ValueError("give exactly one of cron or interval")
    return claimcheck_run.to_deployment(
        name=name,
        cron=cron,
        interval=interval,
        parameters={
            "paths": list(paths),
            "reports_dir": reports_dir,
            "rules_dir": rules_dir,
            "ledger_path": ledger_path,
            "chunk_size": chunk_size,
            "select": list(select),
            "ignore": list(ignore),
            "settle_seconds": settle_seconds,
            "progress": False,
        },
        concurrency_limit=OVERLAP_POLICY,
        # Stopping the server pauses the schedule; starting it again must resume it.
        paused=False,
        description="claimcheck over whatever arrived since the last run",
        tags=["claimcheck"],
        # The flow is imported as a module in the run's process: it works from any folder.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )


def serve_deployment(deployment) -> None:
    """Serve until stopped (Ctrl-C, SIGTERM); the local runner also starts one run at a time."""
    from prefect import serve

    serve(deployment, limit=1)


def configured_api_url() -> str | None:
    """The Prefect API this process talks to (env or profile); None means a temporary server."""
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None
