"""Removing old runs from a reports folder: `claimcheck reports prune --keep N --older-than 30d`.

A run folder goes when it is outside the newest `keep` runs and, if an age is given too, older
than it; the newest run always stays. runs.json, catalog.json (links to an article's latest
page) and the index of runs are updated in the same locked step as a run writes them.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from claimcheck.errors import ClaimcheckError
from claimcheck.report.files import write_atomic
from claimcheck.report.summary import CATALOG_NAME, RUNS_NAME, ReportsLock, load_catalog, read_runs

RUN_ID = re.compile(r"(\d{8}T\d{6}Z)-[0-9a-f]+")
_AGE = re.compile(r"(\d+)\s*([dhw])")
_AGE_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}


class PruneError(ClaimcheckError):
    """A prune that cannot be done as asked."""


def parse_age(text: str) -> timedelta:
    """ "30d", "12h", "2w" as a timedelta."""
    match = _AGE.fullmatch(text.strip().lower())
    if match is None:
        raise PruneError(f"--older-than {text!r}: expected a number and d, h or w, e.g. 30d")
    return int(match[1]) * _AGE_UNITS[match[2]]


def run_started(run_id: str) -> datetime | None:
    match = RUN_ID.fullmatch(run_id)
    if match is None:
        return None
    return datetime.strptime(match[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def run_folders(reports_root: Path) -> list[str]:
    """Run ids with a folder, newest first."""
    if not reports_root.is_dir():
        return []
    ids = [p.name for p in reports_root.iterdir() if p.is_dir() and RUN_ID.fullmatch(p.name)]
    return sorted(ids, reverse=True)


@dataclass(frozen=True, slots=True)
class PruneResult:
    removed: tuple[str, ...]
    kept: tuple[str, ...]


def runs_to_remove(
    runs: list[str], keep: int | None, older_than: timedelta | None, now: datetime
) -> list[str]:
    if keep is None and older_than is None:
        raise PruneError("say what to prune: --keep N, --older-than AGE, or both")
    if keep is not None and keep < 1:
        raise PruneError("--keep must be at least 1 (the newest run always stays)")
    removed = []
    for position, run_id in enumerate(runs):
        if position == 0:
            continue  # the newest run always stays
        beyond = keep is None or position >= keep
        started = run_started(run_id)
        old = older_than is None or (started is not None and started < now - older_than)
        if beyond and old:
            removed.append(run_id)
    return removed


def prune_runs(
    reports_root: Path,
    keep: int | None = None,
    older_than: timedelta | None = None,
    now: datetime | None = None,
    dry_run: bool = False,
) -> PruneResult:
    """Remove old run folders and every mention of them in the shared files."""
    now = now or datetime.now(UTC)
    with ReportsLock(reports_root):
        runs = run_folders(reports_root)
        removed = runs_to_remove(runs, keep, older_than, now)
        if removed and not dry_run:
            gone = set(removed)
            for run_id in removed:
                shutil.rmtree(reports_root / run_id)
            listed = [run for run in read_runs(reports_root) if run.get("run_id") not in gone]
            write_atomic(reports_root / RUNS_NAME, json.dumps(listed, indent=1))
            catalog = {
                article: where
                for article, where in load_catalog(reports_root).items()
                if where.split("/", 1)[0] not in gone
            }
            write_atomic(reports_root / CATALOG_NAME, json.dumps(catalog, ensure_ascii=False))
    if removed and not dry_run:
        from claimcheck.report.html import write_reports_index

        write_reports_index(reports_root)
    kept = tuple(run_id for run_id in runs if run_id not in set(removed))
    return PruneResult(tuple(removed), kept)
