"""The trends section of the index of runs: findings per source per week and the most frequent
rules per week, by the week the article was published (findings of undated articles and
unreadable inputs are counted apart), computed with pandas from every run's findings.parquet
and kept in
reports/trends.json, which the index renders as small inline SVG charts (a run with nothing
new re-renders the index from it without loading pandas)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from claimcheck.analysis.runs import RunData, load_runs
from claimcheck.report.files import write_atomic
from claimcheck.report.summary import TRENDS_NAME

WEEKS = 12
TOP_SOURCES = 6
TOP_RULES = 5
NO_SOURCE = "(no source)"


def _weeks(published: pd.Series) -> pd.Series:
    """The Monday of the week each finding's article was published (NaT when undated)."""
    when = pd.to_datetime(published, utc=True).dt.tz_convert(None)
    return (when - pd.to_timedelta(when.dt.day_of_week, unit="D")).dt.normalize()


def _rows(counts: pd.DataFrame, top: int) -> list[dict[str, Any]]:
    totals = counts.sum(axis=1).sort_values(ascending=False, kind="stable")
    return [
        {"label": str(label), "counts": [int(n) for n in counts.loc[label]], "total": int(total)}
        for label, total in totals.head(top).items()
    ]


def compute_trends(data: RunData, weeks: int = WEEKS) -> dict[str, Any]:
    """{"weeks": [Monday, ...], "by_source": [{"label", "counts", "total"}], "by_rule": [...]}
    over the last `weeks` weeks that have findings (weeks between them count as 0)."""
    findings = data.findings
    frame = pd.DataFrame(
        {
            "week": _weeks(findings["published"]),
            "source": findings["source"].replace("", NO_SOURCE).fillna(NO_SOURCE),
            "rule": findings["rule"],
        }
    )
    undated = int(frame["week"].isna().sum())
    frame = frame.dropna(subset=["week"])
    if frame.empty:
        return {"weeks": [], "by_source": [], "by_rule": [], "findings": 0, "undated": undated}
    last = frame["week"].max()
    span = pd.date_range(end=last, periods=weeks, freq="7D")
    frame = frame[frame["week"] >= span[0]]

    def pivot(column: str) -> pd.DataFrame:
        table = frame.groupby([column, "week"]).size().unstack(fill_value=0)
        return table.reindex(columns=span, fill_value=0)

    return {
        "weeks": [week.date().isoformat() for week in span],
        "by_source": _rows(pivot("source"), TOP_SOURCES),
        "by_rule": _rows(pivot("rule"), TOP_RULES),
        "findings": len(frame),
        "undated": undated,
        "computed_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def update_trends(reports_root: Path) -> dict[str, Any]:
    """Recompute reports/trends.json from every run's findings."""
    trends = compute_trends(load_runs(reports_root, tables=("findings",)))
    write_atomic(reports_root / TRENDS_NAME, json.dumps(trends, indent=1))
    return trends
