"""The claimcheck run flow: claimcheck.run's steps as a Prefect flow, tasks and artifacts.
Wiring only: what it wires is tested without Prefect (tests/run/)."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import (
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from claimcheck.report.summary import findings_table, summary_markdown
from claimcheck.run import DEFAULT_CHUNK_SIZE
from claimcheck.run.batch import ChunkOutcome, RunSettings
from claimcheck.run.progress import PercentDone
from claimcheck.run.runner import (
    PreparedRun,
    RunResult,
    check_run,
    finish_run,
    prepare_run,
)
from claimcheck.run.stopping import keep_stop_handler
from claimcheck.run.timeline import mark, span
from claimcheck.run.workers import MODE_THREADS, Placement, check_chunk_placed

FINDINGS_ARTIFACT_KEY = "claimcheck-findings"
SUMMARY_ARTIFACT_KEY = "claimcheck-summary"
PROGRESS_ARTIFACT_KEY = "claimcheck-progress"


# NO_CACHE: a chunk carries hundreds of article bodies; hashing them for a cache key is waste,
# and reruns are made incremental by the ledger's content hashes instead.
@task(name="check-chunk", cache_policy=NO_CACHE)
def check_chunk_task(
    records: list, settings: RunSettings, rules_key: str, mode: str = MODE_THREADS, workers: int = 2
) -> ChunkOutcome:
    """Check and report a chunk; the flow records its ledger entries (one writer)."""
    with span("check-chunk task"):
        outcome = check_chunk_placed(records, settings, rules_key, mode, workers)
    get_run_logger().info("chunk: %s", outcome.describe())
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


def _progress_artifact() -> PercentDone:
    """The run's progress bar in the Prefect UI, created at the first chunk."""
    created: list = []

    def report(percent: float) -> None:
        if created:
            update_progress_artifact(created[0], percent)
        else:
            description = "articles checked in this run, %"
            created.append(
                create_progress_artifact(
                    percent, key=PROGRESS_ARTIFACT_KEY, description=description
                )
            )

    return PercentDone(report)


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
    docs_url: str | None = None,
    run_id: str | None = None,
) -> dict:
    """Check what is new or changed under `paths` (folders, files, feeds), write
    reports/<run-id>/ (HTML, Markdown, JSON), record the ledger, publish artifacts.

    `workers`: processes checking chunks (0: one per core; 1: none, the flow's threads).
    `reports_for`: "all" or "findings" (article pages only for articles with findings).
    `dask_address`: set when the flow runs with a Dask task runner (see run_claimcheck): the
    chunks are checked by the cluster's workers. `docs_url`: where the rule pages are
    published (the reports link there; without it, to their own copy). `run_id`: the run id
    under which `claimcheck run` already started checking the first chunks (else a new one)."""
    logger = get_run_logger()
    mark("flow body started")
    keep_stop_handler()  # a stopped run ends its workers first, not after their chunks
    run = prepare_run(
        reports_dir,
        rules_dir,
        ledger_path,
        select,
        ignore,
        reports_for,
        workers,
        log=logger,
        docs_url=docs_url,
        run_id=run_id,
    )

    def submit(chunk: list, placement: Placement) -> Future[ChunkOutcome]:
        # quote: Prefect would otherwise walk every record of the chunk looking for futures
        # to wait on, twice per task (a fifth of the run process's CPU). Not on Dask: the Dask
        # task runner ships the annotation itself and the worker receives a plain tuple.
        records = chunk if dask_address else quote(chunk)
        return check_chunk_task.submit(
            records, run.settings, run.rules_key, placement.mode, placement.workers
        )

    checked = check_run(
        run,
        paths,
        submit,
        chunk_size=chunk_size,
        settle_seconds=settle_seconds,
        dask=bool(dask_address),
        progress_bar=progress,
        watchers=[_progress_artifact()],
        log=logger,
    )
    with span("finish run"):
        result = finish_run(run, checked, log=logger)
    with span("artifacts"):
        _publish_artifacts(run, result)
    result.raise_for_failures()
    return result.summary


def run_claimcheck(dask_address: str | None = None, **parameters: Any) -> dict:
    """The run flow, on this machine or, given a scheduler address, on a Dask cluster."""
    run_flow = claimcheck_run
    if dask_address:
        run_flow = claimcheck_run.with_options(task_runner=dask_task_runner(dask_address))
    return run_flow(dask_address=dask_address, **parameters)


def _publish_artifacts(run: PreparedRun, result: RunResult) -> None:
    summary = result.summary
    rows = (
        []
        if summary.get("nothing_new")
        else findings_table(result.findings, result.entries, run.run_dir)
    )
    if rows:
        create_table_artifact(
            rows,
            key=FINDINGS_ARTIFACT_KEY,
            description=f"Findings of run {summary['run_id']}, worst first "
            f"({len(rows)} of {len(result.findings)}; all in findings.csv)",
        )
    create_markdown_artifact(
        summary_markdown(summary, result.entries),
        key=SUMMARY_ARTIFACT_KEY,
        description=f"claimcheck run {summary['run_id']}",
    )
