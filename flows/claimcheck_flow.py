"""The claimcheck run flow: articles in chunks → checked, reported, recorded; a run summary out."""

from __future__ import annotations

import secrets
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from claimcheck.articles import InputProblem, content_hash, read_articles
from claimcheck.batch import (
    ChunkOutcome,
    RunSettings,
    check_chunk,
    chunked,
    make_checker,
    rules_digest,
    run_key,
)
from claimcheck.ledger import open_ledger
from claimcheck.report import RunReport, write_summary


def new_run_id() -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{secrets.token_hex(3)}"


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


def _unchanged(records: list, ledger_path: str | None, rules_key: str) -> set[int]:
    """Positions of articles whose content and rules are as when the ledger last stored them."""
    if not ledger_path:
        return set()
    articles = [(i, r) for i, r in enumerate(records) if not isinstance(r, InputProblem)]
    with open_ledger(ledger_path) as ledger:
        stored = ledger.known_keys(article.id for _, article in articles)
    return {
        index
        for index, article in articles
        if stored.get(article.id) == run_key(content_hash(article), rules_key)
    }


@flow(name="claimcheck-run", task_runner=ThreadPoolTaskRunner(max_workers=2))
def claimcheck_run(
    paths: Sequence[str],
    reports_dir: str = "reports",
    rules_dir: str | None = None,
    ledger_path: str | None = None,
    chunk_size: int = 200,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> dict:
    """Check every article under `paths`, write reports/<run-id>/, record the ledger."""
    logger = get_run_logger()
    started = time.perf_counter()
    run_id = new_run_id()
    run_dir = Path(reports_dir) / run_id
    settings = RunSettings(
        reports_dir=str(run_dir),
        ledger_path=ledger_path,
        rules_dir=rules_dir,
        select=tuple(select),
        ignore=tuple(ignore),
    )
    make_checker(settings)  # invalid rules stop the run before any article is touched
    rules_key = rules_digest(rules_dir)
    RunReport(run_dir)

    futures = []
    skipped = 0
    for chunk in chunked(read_articles(paths), chunk_size):
        unchanged = _unchanged(chunk, ledger_path, rules_key)
        skipped += len(unchanged)
        fresh = [record for index, record in enumerate(chunk) if index not in unchanged]
        if fresh:
            futures.append(check_chunk_task.submit(fresh, settings, str(run_dir), rules_key))
    outcomes = [future.result() for future in futures]

    findings = [finding for outcome in outcomes for finding in outcome.findings]
    findings.sort(key=lambda f: (f.path, f.article_id, f.start, f.rule))
    checking_seconds = sum(outcome.seconds for outcome in outcomes)
    summary = write_summary(
        run_dir,
        run_id,
        articles=sum(outcome.articles for outcome in outcomes),
        skipped=skipped,
        claims=sum(outcome.claims for outcome in outcomes),
        findings=findings,
        timings={
            "total": time.perf_counter() - started,
            "checking_in_tasks": checking_seconds,
        },
    )
    summary["reports_dir"] = str(run_dir)
    logger.info(
        "run %s: %d articles checked, %d unchanged, %d findings",
        run_id,
        summary["articles"],
        skipped,
        summary["findings"],
    )
    return summary
