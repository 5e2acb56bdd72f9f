"""The claimcheck run flow: articles in chunks → checked, reported, recorded; a run summary out."""

from __future__ import annotations

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
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from claimcheck.batch import (
    ChunkOutcome,
    RunSettings,
    check_chunk,
    chunked,
    fresh_records,
    make_checker,
    settings_digest,
)
from claimcheck.inbox import read_inputs
from claimcheck.records import SEVERITY_ORDER, Finding
from claimcheck.report import RunReport, build_summary, update_shared_files, write_summary
from claimcheck.report_html import write_reports_index, write_run_index

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


# NO_CACHE: a chunk carries hundreds of article bodies; hashing them for a cache key is waste,
# and reruns are made incremental by the ledger's content hashes instead.
@task(name="check-chunk", cache_policy=NO_CACHE)
def check_chunk_task(
    records: list, settings: RunSettings, report_dir: str, rules_key: str
) -> ChunkOutcome:
    outcome = check_chunk(records, settings, RunReport(Path(report_dir)), rules_key)
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


@flow(name="claimcheck-run", task_runner=ThreadPoolTaskRunner(max_workers=2))
def claimcheck_run(
    paths: Sequence[str],
    reports_dir: str = "reports",
    rules_dir: str | None = None,
    ledger_path: str | None = None,
    chunk_size: int = 200,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    settle_seconds: float = 0.0,
    progress: bool = True,
) -> dict:
    """Check what is new or changed under `paths` (folders, files, feeds), write
    reports/<run-id>/ (HTML, Markdown, JSON), record the ledger, publish artifacts."""
    logger = get_run_logger()
    started = time.perf_counter()
    run_id = new_run_id()
    reports_root = Path(reports_dir)
    run_dir = reports_root / run_id
    settings = RunSettings(
        reports_dir=str(run_dir),
        ledger_path=ledger_path,
        rules_dir=rules_dir,
        select=tuple(select),
        ignore=tuple(ignore),
    )
    make_checker(settings)  # invalid rules stop the run before any article is touched
    rules_key = settings_digest(settings)
    RunReport(run_dir)

    futures = []
    chunk_sizes: dict[Any, int] = {}
    skipped = 0
    reading = time.perf_counter()
    for chunk in chunked(read_inputs(paths, settle_seconds=settle_seconds), chunk_size):
        fresh, unchanged = fresh_records(chunk, ledger_path, rules_key)
        skipped += unchanged
        if fresh:
            future = check_chunk_task.submit(fresh, settings, str(run_dir), rules_key)
            futures.append(future)
            chunk_sizes[future] = len(fresh)
    read_seconds = time.perf_counter() - reading
    to_check = sum(chunk_sizes.values())
    logger.info(
        "run %s: %d new or changed record(s) in %d chunk(s), %d unchanged (read in %.2f s)",
        run_id,
        to_check,
        len(futures),
        skipped,
        read_seconds,
    )

    outcomes, failures = _collect(futures, chunk_sizes, to_check, progress, logger)

    findings = [finding for outcome in outcomes for finding in outcome.findings]
    findings.sort(key=lambda f: (f.path, f.article_id, f.start, f.rule))
    entries = [entry for outcome in outcomes for entry in outcome.entries]
    stages = {"read_and_filter": read_seconds}
    for outcome in outcomes:
        for stage, seconds in outcome.stage_seconds.items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    counts = {
        "articles": sum(outcome.articles for outcome in outcomes),
        "skipped": skipped,
        "claims": sum(outcome.claims for outcome in outcomes),
    }
    extra = {
        "status": "partial" if failures else "completed",
        "claims_checked": sum(outcome.claims_checked for outcome in outcomes),
        "chunks": len(futures),
        "chunks_failed": len(failures),
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
        skipped,
        summary["findings"],
        summary["index_html"],
    )
    if failures:
        raise ChunksFailed(
            f"{len(failures)} of {len(futures)} chunk(s) failed; their articles were not "
            f"recorded and the next run checks them again (first error: {failures[0]!r})"
        ) from failures[0]
    return summary


def _collect(futures, chunk_sizes, to_check, progress, logger):
    """Outcomes of the chunks as they finish (a failed chunk does not stop the others)."""
    outcomes: list[ChunkOutcome] = []
    failures: list[BaseException] = []
    progress_id = None
    if futures:
        progress_id = create_progress_artifact(
            0.0, key=PROGRESS_ARTIFACT_KEY, description="articles checked in this run, %"
        )
    done = 0
    started = time.perf_counter()
    with _progress_bar(progress) as bar:
        bar_task = bar.add_task("checking", total=to_check, rate="") if bar else None
        for future in as_completed(futures):
            try:
                outcomes.append(future.result())
            except Exception as error:
                logger.error("a chunk of %d record(s) failed: %r", chunk_sizes[future], error)
                failures.append(error)
            done += chunk_sizes[future]
            elapsed = time.perf_counter() - started
            if bar is not None:
                bar.update(bar_task, completed=done, rate=f"{done / elapsed:.0f} articles/s")
            if progress_id is not None:
                update_progress_artifact(progress_id, 100.0 * done / max(to_check, 1))
    return outcomes, failures


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
    chunk_size: int = 200,
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
