"""A run's tables for analysts, written as parquet: claims.parquet and findings.parquet.

The column types are fixed here, so that a run with no findings still writes a table with
every column, and a reader sees the same types in every run."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from claimcheck.records import Finding
from claimcheck.report.files import temporary_name, write_atomic_with
from claimcheck.report.tables import CLAIM_COLUMNS, FINDING_COLUMNS, finding_rows

CLAIMS_NAME = "claims.parquet"
FINDINGS_NAME = "findings.parquet"

_TEXT, _NUMBER, _INT, _BOOL = pa.string(), pa.float64(), pa.int64(), pa.bool_()
_TYPES: dict[str, pa.DataType] = {
    "start": _INT, "end": _INT, "sentence_start": _INT, "line": _INT, "column": _INT,
    "weekday": _INT, "relative": _BOOL,
    "value": _NUMBER, "low": _NUMBER, "high": _NUMBER, "normalized_value": _NUMBER,
    "count": _NUMBER,
}  # fmt: skip
CLAIMS_SCHEMA = pa.schema([(name, _TYPES.get(name, _TEXT)) for name in CLAIM_COLUMNS])
FINDINGS_SCHEMA = pa.schema([(name, _TYPES.get(name, _TEXT)) for name in FINDING_COLUMNS])


def _table(rows: Sequence[Sequence[Any]], schema: pa.Schema) -> pa.Table:
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(schema)
    return pa.Table.from_arrays(
        [
            pa.array(list(values), type=field.type)
            for values, field in zip(columns, schema, strict=True)
        ],
        schema=schema,
    )


def _write_parquet(table: pa.Table, path: Path) -> None:
    write_atomic_with(path, lambda temporary: pq.write_table(table, temporary, compression="zstd"))


class ClaimsWriter:
    """claims.parquet written chunk by chunk as a run records them (one row group each), into
    a temporary file that takes its name when the run finishes: a run never holds all its
    claims at once (187,000 of them for 21,000 articles, some 300 MB as Python rows)."""

    def __init__(self, path: Path, run_id: str) -> None:
        self.path = path
        self.run_id = run_id
        self.temporary = temporary_name(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._writer = pq.ParquetWriter(self.temporary, CLAIMS_SCHEMA, compression="zstd")

    def add(self, columns: Sequence[list[Any]]) -> None:
        """A chunk's claims as report.tables.add_claim_columns builds them (no run id)."""
        count = len(columns[0]) if columns else 0
        if count:
            arrays = [pa.array([self.run_id] * count, type=CLAIMS_SCHEMA.field(0).type)]
            arrays += [
                pa.array(values, type=field.type)
                for values, field in zip(columns, list(CLAIMS_SCHEMA)[1:], strict=True)
            ]
            self._writer.write_table(pa.Table.from_arrays(arrays, schema=CLAIMS_SCHEMA))

    def close(self) -> Path:
        self._writer.close()
        os.replace(self.temporary, self.path)
        return self.path

    def discard(self) -> None:
        self._writer.close()
        self.temporary.unlink(missing_ok=True)


def write_run_tables(
    run_dir: Path,
    run_id: str,
    claims: ClaimsWriter | None,
    findings: Sequence[Finding],
    articles: Mapping[str, tuple[str, str | None]],
) -> tuple[Path, Path]:
    """claims.parquet (from the run's writer, or empty when the run had no claims) and
    findings.parquet; `articles`: article id -> (source, published)."""
    paths = (run_dir / CLAIMS_NAME, run_dir / FINDINGS_NAME)
    if claims is not None:
        claims.close()
    else:
        _write_parquet(_table([], CLAIMS_SCHEMA), paths[0])
    _write_findings(paths[1], run_id, findings, articles)
    return paths


# Findings made into rows and a row group at a time: a finding's evidence (the earlier
# figures it was compared with, their sentences and titles) is kilobytes of JSON, and the
# rows of every finding and their arrays at once grew faster than the corpus.
FINDINGS_PER_ROW_GROUP = 500


def _write_findings(
    path: Path,
    run_id: str,
    findings: Sequence[Finding],
    articles: Mapping[str, tuple[str, str | None]],
) -> None:
    if not findings:
        _write_parquet(_table([], FINDINGS_SCHEMA), path)
        return

    def write(temporary: Path) -> None:
        with pq.ParquetWriter(temporary, FINDINGS_SCHEMA, compression="zstd") as writer:
            for start in range(0, len(findings), FINDINGS_PER_ROW_GROUP):
                part = findings[start : start + FINDINGS_PER_ROW_GROUP]
                writer.write_table(_table(finding_rows(run_id, part, articles), FINDINGS_SCHEMA))

    write_atomic_with(path, write)
