"""The rows of a run's tables for analysts (claims.parquet, findings.parquet): column names and
plain-Python rows, built where each chunk is checked and written once by the run
(`claimcheck.analysis.tables`). Columns are documented in docs/output.md and only ever added."""

from __future__ import annotations

import json
import operator
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from claimcheck.records import Article, Claim, Finding

# Every claim of every article checked by the run, with its article's source and date.
CLAIM_FIELDS = (
    "kind", "text", "start", "end", "sentence", "sentence_start", "value", "low", "high",
    "unit", "dimension", "qualifier", "change", "date", "granularity", "first_day", "last_day",
    "weekday", "relative", "period_start", "period_end", "normalized_value", "normalized_unit",
    "count", "period",
)  # fmt: skip
CLAIM_COLUMNS = ("run_id", "article_id", "source", "published", *CLAIM_FIELDS)
# Every finding of the run, with its article's source and date (empty for unreadable input).
FINDING_COLUMNS = (
    "run_id", "article_id", "source", "published", "rule", "severity", "message", "start",
    "end", "line", "column", "text", "path", "evidence",
)  # fmt: skip


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


_claim_values = operator.attrgetter(*CLAIM_FIELDS)
# The claims table's day columns (ISO dates): the only fields of a Claim that hold a date.
_DAY_COLUMNS = frozenset(
    index
    for index, name in enumerate(CLAIM_FIELDS)
    if "date" in str(Claim.__dataclass_fields__[name].type) and name != "date"
)


def add_claim_columns(
    columns: list[list[Any]], article: Article, claims: Sequence[Claim]
) -> list[list[Any]]:
    """Adds one row per claim to `columns`, one list per CLAIM_COLUMNS name but run_id (the
    run adds it when it writes); `columns` starts as []. Column by column: the run hands
    each list to the parquet writer as it is, with no rows to take apart again."""
    if not columns:
        columns.extend([] for _ in CLAIM_COLUMNS[1:])
    if not claims:
        return columns
    published = article.published.isoformat() if article.published else None
    count = len(claims)
    columns[0].extend([article.id] * count)
    columns[1].extend([article.source] * count)
    columns[2].extend([published] * count)
    by_field = zip(*map(_claim_values, claims), strict=True)
    for index, (column, values) in enumerate(zip(columns[3:], by_field, strict=True)):
        column.extend(map(_plain, values) if index in _DAY_COLUMNS else values)
    return columns


def finding_rows(
    run_id: str, findings: Iterable[Finding], articles: Mapping[str, tuple[str, str | None]]
) -> list[tuple[Any, ...]]:
    """One row per finding (FINDING_COLUMNS); `articles`: article id -> (source, published)."""
    rows = []
    for finding in findings:
        source, published = articles.get(finding.article_id, ("", None))
        rows.append(
            (
                run_id,
                finding.article_id,
                source,
                published,
                finding.rule,
                finding.severity,
                finding.message,
                finding.start,
                finding.end,
                finding.line,
                finding.column,
                finding.text,
                finding.path,
                json.dumps(finding.evidence, ensure_ascii=False, default=str),
            )
        )
    return rows
