"""The output contract: a JSON Schema for each JSON output, and the version each output carries.

| output | schema |
|---|---|
| `claimcheck check --format json` | `check.schema.json` |
| `claimcheck extract` (each claim; jsonl: each line) | `extract.schema.json` |
| `reports/<run-id>/summary.json` | `summary.schema.json` |
| `reports/<run-id>/articles/<id>.json` | `article.schema.json` |

Every output carries `"schema_version": SCHEMA_VERSION`. Within a version fields are only ever
added, never renamed or removed, so a reader written for version 1 reads every version-1
output; a change that breaks that makes version 2. The CSV and parquet columns are documented
in docs/output.md.

Vocabulary level: imports nothing of claimcheck.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

SCHEMA_VERSION = 1
SCHEMAS = ("check", "extract", "summary", "article")


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of output `name` (one of SCHEMAS), as shipped with claimcheck."""
    if name not in SCHEMAS:
        raise KeyError(name)
    # Imported here: importlib.resources brings tempfile and random, which the `json` output
    # of `check` (it needs only SCHEMA_VERSION) would load for nothing.
    from importlib import resources

    text = resources.files(__package__).joinpath(f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)
