"""Stage 5, the claim ledger: what earlier articles said, and the comparison with them.

`identity` gives each figure its claim identity (what it measures, of what, for when, part of
what; its basis, modality and source beside), helped by `names`, `subjects`, `events` (the
incident a toll belongs to), `sources` (who says it) and `figures` (its value in the identity's
unit). `comparison` is the ordered pass: every article compared with every article published
before it, in the ledger or in the same batch, by `relations` (same, update, contradiction,
sources differ: CC201, CC202), and recorded with its links and findings. `store` is the ledger
itself (the schema and the rows shared by both backends, SQLite and PostgreSQL, behind
`open_ledger`). docs/ledger.md explains the model.

May import: the vocabulary, `claimcheck.input`, `claimcheck.extract`, `claimcheck.checks`.
"""

from __future__ import annotations

from pathlib import Path

from claimcheck.ledger.postgres import PostgresLedger
from claimcheck.ledger.sqlite import SQLiteLedger
from claimcheck.ledger.store import (
    ClaimLedger,
    Dismissal,
    LedgerEntry,
    LedgerError,
    StoredFigure,
    ledger_entry,
)

__all__ = [
    "ClaimLedger",
    "Dismissal",
    "LedgerEntry",
    "LedgerError",
    "PostgresLedger",
    "SQLiteLedger",
    "StoredFigure",
    "ledger_entry",
    "open_ledger",
]

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_ledger(location: str | Path) -> SQLiteLedger | PostgresLedger:
    """A ledger from a path or URL: a SQLite file (path or sqlite:///path, the default) or a
    PostgreSQL database (postgresql://user@host/db)."""
    text = str(location)
    if text.startswith(POSTGRES_SCHEMES):
        return PostgresLedger(text)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    elif "://" in text:
        raise LedgerError(f"{text}: unsupported ledger URL (a SQLite file or a postgresql:// URL)")
    return SQLiteLedger(text)
