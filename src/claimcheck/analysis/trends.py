"""The trends section of the index of runs: findings per source per week and the most frequent
rules per week, by the week the article was published (findings of undated articles and
unreadable inputs are counted apart), counted with pandas from every run's findings.parquet
and kept in
reports/trends.json, which the index renders as small inline SVG charts (a run with nothing
new re-renders the index from it without loading pandas).

A run's end reads the tables a batch at a time and only the three columns counted
(`update_trends`): what it holds is the counts per label and week, whatever the number of
findings."""

from __future__ import annotations

import json
import logging
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from claimcheck.analysis.runs import listed_run_ids, published_times
from claimcheck.analysis.tables import FINDINGS_NAME
from claimcheck.report.files import write_atomic
from claimcheck.report.summary import TRENDS_NAME

WEEKS = 12
TOP_SOURCES = 6
TOP_RULES = 5
NO_SOURCE = "(no source)"
# The columns the trends count, and the findings read at once from a run's table.
COLUMNS = ("published", "source", "rule")
BATCH_ROWS = 20_000
logger = logging.getLogger(__name__)


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


class WeekCounts:
    """Findings counted per source and week and per rule and week, batch by batch: what the
    trends are made from, held as counts (a few per label and week) instead of rows."""

    def __init__(self) -> None:
        self.by_source: Counter[tuple[str, pd.Timestamp]] = Counter()
        self.by_rule: Counter[tuple[str, pd.Timestamp]] = Counter()
        self.undated = 0

    def add(self, published: pd.Series, source: pd.Series, rule: pd.Series) -> None:
        """One batch of findings: `published` as UTC timestamps (NaT when undated)."""
        frame = pd.DataFrame(
            {
                "week": _weeks(published).to_numpy(),
                "source": source.replace("", NO_SOURCE).fillna(NO_SOURCE).to_numpy(),
                "rule": rule.to_numpy(),
            }
        )
        self.undated += int(frame["week"].isna().sum())
        frame = frame.dropna(subset=["week"])
        for column, counts in (("source", self.by_source), ("rule", self.by_rule)):
            for key, size in frame.groupby([column, "week"]).size().items():
                counts[key] += int(size)

    def merge(self, other: WeekCounts) -> None:
        self.by_source.update(other.by_source)
        self.by_rule.update(other.by_rule)
        self.undated += other.undated

    def trends(self, weeks: int = WEEKS) -> dict[str, Any]:
        if not self.by_source:
            empty: dict[str, Any] = {"weeks": [], "by_source": [], "by_rule": []}
            return {**empty, "findings": 0, "undated": self.undated}
        last = max(week for _, week in self.by_source)
        span = pd.date_range(end=last, periods=weeks, freq="7D")

        def pivot(counts: Counter[tuple[str, pd.Timestamp]]) -> pd.DataFrame:
            kept = {key: n for key, n in counts.items() if key[1] >= span[0]}
            if not kept:
                return pd.DataFrame(columns=span, dtype="int64")
            table = pd.Series(kept).sort_index().unstack(fill_value=0)
            return table.reindex(columns=span, fill_value=0)

        by_source = pivot(self.by_source)
        return {
            "weeks": [week.date().isoformat() for week in span],
            "by_source": _rows(by_source, TOP_SOURCES),
            "by_rule": _rows(pivot(self.by_rule), TOP_RULES),
            "findings": int(by_source.to_numpy().sum()),
            "undated": self.undated,
            "computed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }


def count_run(path: Path, batch_rows: int = BATCH_ROWS) -> WeekCounts | None:
    """One run's findings.parquet counted a batch at a time, reading only the columns
    counted; None (and a warning) when the file cannot be read, as `load_runs` leaves it out."""
    counts = WeekCounts()
    try:
        table = pq.ParquetFile(path)
        for batch in table.iter_batches(batch_size=batch_rows, columns=list(COLUMNS)):
            frame = batch.to_pandas()
            counts.add(published_times(frame["published"]), frame["source"], frame["rule"])
    except (OSError, pa.ArrowException) as error:
        logger.warning("%s cannot be read, left out: %s", path, error)
        return None
    return counts


def stream_trends(reports_root: Path, weeks: int = WEEKS, batch_rows: int = BATCH_ROWS) -> dict:
    """{"weeks": [Monday, ...], "by_source": [{"label", "counts", "total"}], "by_rule": [...],
    "findings", "undated"} over the last `weeks` weeks that have findings (weeks between them
    count as 0), of every run that `load_runs` loads, read run by run and batch by batch."""
    counts = WeekCounts()
    for run_id in listed_run_ids(reports_root):
        counted = count_run(reports_root / run_id / FINDINGS_NAME, batch_rows)
        if counted is not None:
            counts.merge(counted)
    return counts.trends(weeks)


def update_trends(reports_root: Path) -> dict[str, Any]:
    """Recompute reports/trends.json from every run's findings."""
    trends = stream_trends(reports_root)
    write_atomic(reports_root / TRENDS_NAME, json.dumps(trends, indent=1))
    return trends
