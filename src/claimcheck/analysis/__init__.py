"""Data for analysts: the run's tables as parquet, every run loaded as pandas DataFrames, and
the trends on the index of runs.

    from claimcheck.analysis import load_runs
    data = load_runs("reports")          # data.runs, data.claims, data.findings: DataFrames
    data.findings.groupby("source").size()

`tables` writes a run's claims.parquet and findings.parquet (pyarrow), `runs` loads every run
of a reports folder (pandas), `trends` counts the index's trends section from the
findings tables a batch at a time.

The only package that imports pandas or pyarrow (an import contract in pyproject.toml keeps
it so): the check path never loads them, and a run loads them only when it has new articles.

May import: `claimcheck.report` and every stage below; never run, ci or cli.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.analysis.runs import RunData

__all__ = ["RunData", "load_runs"]


def load_runs(reports_dir: Any, tables: tuple[str, ...] = ("claims", "findings")) -> RunData:
    """Every run in a reports folder as DataFrames (see `claimcheck.analysis.runs`)."""
    from claimcheck.analysis.runs import load_runs as load

    return load(reports_dir, tables)
