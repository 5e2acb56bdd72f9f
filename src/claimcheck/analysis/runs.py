"""Every run of a reports folder as pandas DataFrames: the runs, their claims, their findings."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa

from claimcheck.analysis.tables import CLAIMS_NAME, CLAIMS_SCHEMA, FINDINGS_NAME, FINDINGS_SCHEMA
from claimcheck.report.summary import read_runs

_FILES = {"claims": (CLAIMS_NAME, CLAIMS_SCHEMA), "findings": (FINDINGS_NAME, FINDINGS_SCHEMA)}
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunData:
    """`runs`: one row per run with a folder (runs.json: run_id, status, articles, claims,
    findings, ..., plus `started`, the run's start as a UTC timestamp); `claims` and
    `findings`: every run's claims.parquet and findings.parquet, one after another, with
    `published` as a UTC timestamp (NaT when the article had no date)."""

    runs: pd.DataFrame
    claims: pd.DataFrame
    findings: pd.DataFrame


def _started(run_ids: pd.Series) -> pd.Series:
    return pd.to_datetime(run_ids.str[:16], format="%Y%m%dT%H%M%SZ", utc=True, errors="coerce")


def published_times(values: pd.Series) -> pd.Series:
    """The tables' `published` text as UTC timestamps (NaT when undated or unreadable)."""
    return pd.to_datetime(values, utc=True, errors="coerce", format="ISO8601")


def _read(path: Path) -> pd.DataFrame | None:
    try:
        return pd.read_parquet(path)
    except (OSError, pa.ArrowException) as error:  # a damaged file: the other runs still load
        logger.warning("%s cannot be read, left out: %s", path, error)
        return None


def _table(root: Path, run_ids: list[str], name: str) -> pd.DataFrame:
    file_name, schema = _FILES[name]
    read = (_read(root / run_id / file_name) for run_id in run_ids)
    frames = [frame for frame in read if frame is not None and not frame.empty]
    if not frames:
        return schema.empty_table().to_pandas()
    table = pd.concat(frames, ignore_index=True)
    table["published"] = published_times(table["published"])
    return table


def listed_run_ids(root: Path) -> list[str]:
    """The runs listed in `root`/runs.json whose folder is still there, oldest first."""
    listed = (str(run["run_id"]) for run in read_runs(root))
    return sorted(run_id for run_id in listed if (root / run_id).is_dir())


def load_runs(reports_dir: str | Path, tables: tuple[str, ...] = ("claims", "findings")) -> RunData:
    """The runs listed in `reports_dir`/runs.json whose folder is still there, oldest first,
    with the tables named in `tables` ("claims", "findings"; the others are left empty)."""
    root = Path(reports_dir)
    runs = pd.DataFrame(read_runs(root))
    if runs.empty:
        runs = pd.DataFrame(columns=["run_id", "status", "articles", "claims", "findings"])
    runs = runs[[(root / str(run_id)).is_dir() for run_id in runs["run_id"]]]
    runs = runs.sort_values("run_id", ignore_index=True)
    runs["started"] = _started(runs["run_id"].astype(str))
    run_ids = list(runs["run_id"])
    loaded = {
        name: _table(root, run_ids, name) if name in tables else _table(root, [], name)
        for name in _FILES
    }
    return RunData(runs=runs, claims=loaded["claims"], findings=loaded["findings"])
