"""The claim ledger: every processed article and its claims, in SQLite (WAL, a batch a commit)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from claimcheck.articles import content_hash
from claimcheck.errors import ClaimcheckError
from claimcheck.records import Article, Claim

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    published TEXT,
    content_hash TEXT NOT NULL,
    run_key TEXT NOT NULL DEFAULT '',
    path TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    value REAL,
    low REAL,
    high REAL,
    unit TEXT,
    dimension TEXT,
    qualifier TEXT NOT NULL,
    date TEXT,
    first_day TEXT,
    last_day TEXT,
    normalized_value REAL,
    normalized_unit TEXT,
    sentence TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS claims_by_article ON claims(article_id);
CREATE INDEX IF NOT EXISTS claims_by_measure ON claims(unit, dimension);
"""

_CLAIM_COLUMNS = (
    "article_id",
    "kind",
    "text",
    "start",
    "end",
    "value",
    "low",
    "high",
    "unit",
    "dimension",
    "qualifier",
    "date",
    "first_day",
    "last_day",
    "normalized_value",
    "normalized_unit",
    "sentence",
)


class LedgerError(ClaimcheckError):
    """The ledger file cannot be opened or is of an unknown schema."""


class SQLiteLedger:
    """A single-file ledger; safe for several processes (WAL, busy timeout)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._connection = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            self._connection.execute("PRAGMA journal_mode=WAL")
            self._connection.execute("PRAGMA synchronous=NORMAL")
            self._connection.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise LedgerError(f"{self.path}: cannot open ledger: {error}") from error

    def _migrate(self) -> None:
        connection = self._connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    connection.execute(statement)
            row = connection.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).fetchone()
            if row is None:
                connection.execute(
                    "INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
            elif int(row[0]) > SCHEMA_VERSION:
                raise LedgerError(
                    f"{self.path}: ledger schema version {row[0]} is newer than this "
                    f"claimcheck understands ({SCHEMA_VERSION}); upgrade claimcheck"
                )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> SQLiteLedger:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def known_keys(self, article_ids: Iterable[str]) -> dict[str, str]:
        """run_key (content hash of article + rules + version) of the given stored articles."""
        ids = list(article_ids)
        found: dict[str, str] = {}
        for offset in range(0, len(ids), 500):
            batch = ids[offset : offset + 500]
            marks = ",".join("?" * len(batch))
            rows = self._connection.execute(
                f"SELECT id, run_key FROM articles WHERE id IN ({marks})", batch
            )
            found.update(rows)
        return found

    def record(self, entries: Iterable[tuple[Article, str, Iterable[Claim]]]) -> int:
        """Store (article, run_key, claims) entries in one transaction; returns how many."""
        connection = self._connection
        now = datetime.now(UTC).isoformat(timespec="seconds")
        count = 0
        connection.execute("BEGIN IMMEDIATE")
        try:
            for article, run_key, claims in entries:
                connection.execute("DELETE FROM claims WHERE article_id = ?", (article.id,))
                connection.execute(
                    "INSERT OR REPLACE INTO articles "
                    "(id, source, title, published, content_hash, run_key, path, recorded_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        article.id,
                        article.source,
                        article.title,
                        article.published.isoformat() if article.published else None,
                        content_hash(article),
                        run_key,
                        article.path,
                        now,
                    ),
                )
                connection.executemany(
                    f"INSERT INTO claims ({', '.join(map(_quote, _CLAIM_COLUMNS))}) "
                    f"VALUES ({', '.join('?' * len(_CLAIM_COLUMNS))})",
                    [_claim_row(claim) for claim in claims],
                )
                count += 1
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        return count

    def stats(self) -> dict[str, int]:
        articles = self._connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        claims = self._connection.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
        return {"articles": articles, "claims": claims, "schema_version": SCHEMA_VERSION}

    def article_claims(self, article_id: str) -> list[dict[str, object]]:
        cursor = self._connection.execute(
            f"SELECT {', '.join(map(_quote, _CLAIM_COLUMNS))} FROM claims "
            "WHERE article_id = ? ORDER BY start",
            (article_id,),
        )
        return [dict(zip(_CLAIM_COLUMNS, row, strict=True)) for row in cursor]

    def article(self, article_id: str) -> dict[str, object] | None:
        cursor = self._connection.execute(
            "SELECT id, source, title, published, content_hash, run_key, path, recorded_at "
            "FROM articles WHERE id = ?",
            (article_id,),
        )
        row = cursor.fetchone()
        if row is None:
            return None
        names = ("id", "source", "title", "published", "content_hash", "run_key", "path")
        return dict(zip((*names, "recorded_at"), row, strict=True))


def _quote(column: str) -> str:
    return f'"{column}"'


def _claim_row(claim: Claim) -> tuple[object, ...]:
    return (
        claim.article_id,
        claim.kind,
        claim.text,
        claim.start,
        claim.end,
        claim.value,
        claim.low,
        claim.high,
        claim.unit,
        claim.dimension,
        claim.qualifier,
        claim.date or claim.period,
        claim.first_day.isoformat() if claim.first_day else None,
        claim.last_day.isoformat() if claim.last_day else None,
        claim.normalized_value,
        claim.normalized_unit,
        claim.sentence,
    )


def open_ledger(location: str | Path) -> SQLiteLedger:
    """A ledger from a path (SQLite file); other backends plug in here by URL scheme."""
    text = str(location)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    elif "://" in text:
        raise LedgerError(f"{text}: unsupported ledger URL (only SQLite files are supported)")
    return SQLiteLedger(text)
