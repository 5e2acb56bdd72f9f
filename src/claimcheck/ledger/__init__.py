"""Stage 5, the claim ledger: what earlier articles said, and the comparison with them.

`store` is the ledger itself (the schema and the rows shared by both backends, SQLite and
PostgreSQL, behind `open_ledger`); `identity` gives a figure the keys it is matched on (whose
figure, what measure, for which period); `priors` compares an article's figures with earlier
articles' (CC201, CC202).

May import: the vocabulary, `claimcheck.input`, `claimcheck.extract`, `claimcheck.checks`.
"""

from __future__ import annotations

from pathlib import Path

from claimcheck.ledger.postgres import PostgresLedger
from claimcheck.ledger.sqlite import SQLiteLedger
from claimcheck.ledger.store import ClaimLedger, LedgerEntry, LedgerError, PriorClaim, ledger_entry

__all__ = [
    "ClaimLedger",
    "LedgerEntry",
    "LedgerError",
    "PostgresLedger",
    "PriorClaim",
    "SQLiteLedger",
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
