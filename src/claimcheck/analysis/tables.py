"""A run's tables for analysts, written as parquet: claims.parquet and findings.parquet.

The column types are fixed here, so that a run with no findings still writes a table with
every column, and a reader sees the same types in every run."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from claimcheck.records import Finding
from claimcheck.report.files import write_atomic_bytes
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


def _parquet_bytes(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue().to_pybytes()


def write_run_tables(
    run_dir: Path,
    run_id: str,
    claim_rows: Sequence[Sequence[Any]],
    findings: Sequence[Finding],
    articles: Mapping[str, tuple[str, str | None]],
) -> tuple[Path, Path]:
    """claims.parquet and findings.parquet of one run; `claim_rows` as report.tables builds
    them (without the run id), `articles`: article id -> (source, published)."""
    claims = _table([(run_id, *row) for row in claim_rows], CLAIMS_SCHEMA)
    found = _table(finding_rows(run_id, findings, articles), FINDINGS_SCHEMA)
    paths = (run_dir / CLAIMS_NAME, run_dir / FINDINGS_NAME)
    write_atomic_bytes(paths[0], _parquet_bytes(claims))
    write_atomic_bytes(paths[1], _parquet_bytes(found))
    return paths
