"""The ledger in a PostgreSQL database (psycopg 3), which several machines can share."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import ClassVar

from claimcheck.ledger.store import (
    ARTICLES_TABLE,
    CANDIDATES_PER_KEY,
    CLAIMS_TABLE,
    INDEXES,
    INPUT_PREFIX,
    QUOTED_COLUMNS,
    SCHEMA_VERSION,
    LedgerEntry,
    LedgerError,
    PriorClaim,
    SQLLedger,
    latest_per_article,
    prior_from_row,
)

_PG_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ARTICLES_TABLE,
    # The SQLite columns with PostgreSQL types: REAL is single precision there, and ids are
    # handed out by a sequence so that several writers never collide.
    CLAIMS_TABLE.replace("id INTEGER PRIMARY KEY", "id BIGINT PRIMARY KEY")
    .replace(" REAL", " DOUBLE PRECISION")
    .replace("INTEGER", "BIGINT"),
    "CREATE SEQUENCE IF NOT EXISTS claim_ids",
    # NULLS LAST as SQLite orders them, so "the latest 50" is read straight off the index.
    *INDEXES.replace("claim_id INTEGER", "claim_id BIGINT")
    .replace("(match_key, published)", "(match_key, published DESC NULLS LAST)")
    .split(";"),
)


class PostgresLedger(SQLLedger):
    """The ledger in a PostgreSQL database (psycopg 3), shared by every machine of a cluster.

    Same tables, keys and answers as `SQLiteLedger`; selected by a postgresql:// URL."""

    _mark: ClassVar[str] = "%s"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as error:
            raise LedgerError(
                "a postgresql:// ledger needs psycopg 3: pip install 'psycopg[binary]'"
            ) from error
        self.url = url
        try:
            self._connection = psycopg.connect(url, autocommit=True)
            self._migrate()
        except psycopg.Error as error:
            raise LedgerError(f"{_without_password(url)}: cannot open ledger: {error}") from error

    def _current_version(self) -> int | None:
        # A catalog query, not to_regclass: that reads a cache which may not have seen a
        # table another connection just committed.
        exists = self._connection.execute(
            "SELECT 1 FROM pg_catalog.pg_tables "
            "WHERE schemaname = current_schema() AND tablename = 'meta'"
        ).fetchone()
        if exists is None:
            return None
        row = self._connection.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchone()
        return int(row[0]) if row is not None else None

    def _migrate(self) -> None:
        # An up-to-date database is left alone: CREATE INDEX IF NOT EXISTS still locks its
        # table, and would deadlock with another process writing the ledger.
        if self._current_version() == SCHEMA_VERSION:
            return
        with self._connection.transaction():
            # Two processes opening a fresh database at once must not both create the tables.
            self._connection.execute("SELECT pg_advisory_xact_lock(7203114)")
            if self._current_version() == SCHEMA_VERSION:
                return  # made meanwhile by whoever held the lock
            for statement in _PG_SCHEMA:
                if statement.strip():
                    self._connection.execute(statement)
            row = self._connection.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).fetchone()
            if row is not None and int(row[0]) > SCHEMA_VERSION:
                raise LedgerError(
                    f"{_without_password(self.url)}: ledger schema version {row[0]} is newer "
                    f"than this claimcheck understands ({SCHEMA_VERSION}); upgrade claimcheck"
                )
            self._connection.execute(
                "INSERT INTO meta VALUES ('schema_version', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (str(SCHEMA_VERSION),),
            )

    def known_keys(self, article_ids: Iterable[str]) -> dict[str, str]:
        ids = list(article_ids)
        if not ids:
            return {}
        rows = self._connection.execute(
            "SELECT id, run_key FROM articles WHERE id = ANY(%s)", (ids,)
        ).fetchall()
        return dict(rows)

    def record_entries(self, entries: Iterable[LedgerEntry]) -> int:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._connection.transaction(), self._connection.cursor() as cursor:
            batch = list(entries)
            latest = latest_per_article(batch)
            # Locks the articles' rows (those that exist) until the commit: two writers of
            # one article wait for each other instead of interleaving its claims.
            stored = {
                row[0]: (row[1], row[2])
                for row in cursor.execute(
                    "SELECT id, run_key, content_hash FROM articles WHERE id = ANY(%s) "
                    "ORDER BY id FOR UPDATE",
                    (list(latest),),
                )
            }
            # In id order: two writers inserting the same new articles take their locks in
            # one order, and so never deadlock.
            changed = sorted(
                (
                    entry
                    for entry in latest.values()
                    if stored.get(entry.article_id) != (entry.run_key, entry.content_hash)
                ),
                key=lambda entry: entry.article_id,
            )
            replaced = [entry.article_id for entry in changed if entry.article_id in stored]
            if replaced:
                cursor.execute(
                    "DELETE FROM claim_keys WHERE claim_id IN "
                    "(SELECT id FROM claims WHERE article_id = ANY(%s))",
                    (replaced,),
                )
                cursor.execute("DELETE FROM claims WHERE article_id = ANY(%s)", (replaced,))
            if changed:
                cursor.executemany(
                    "INSERT INTO articles "
                    "(id, source, title, published, content_hash, run_key, path, recorded_at) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET "
                    "source = EXCLUDED.source, title = EXCLUDED.title, "
                    "published = EXCLUDED.published, content_hash = EXCLUDED.content_hash, "
                    "run_key = EXCLUDED.run_key, path = EXCLUDED.path, "
                    "recorded_at = EXCLUDED.recorded_at",
                    [(*entry.article_row(), now) for entry in changed],
                )
            total = sum(len(entry.claims) for entry in changed)
            if not total:
                return len(batch)
            free_ids = [
                row[0]
                for row in cursor.execute(
                    "SELECT nextval('claim_ids') FROM generate_series(1, %s)", (total,)
                )
            ]
            claim_rows: list[tuple[object, ...]] = []
            key_rows: list[tuple[object, ...]] = []
            offset = 0
            for entry in changed:
                claim_ids = free_ids[offset : offset + len(entry.claims)]
                offset += len(entry.claims)
                claim_rows.extend(entry.claim_rows(claim_ids))
                key_rows.extend(entry.key_rows(claim_ids))
            # COPY: several times faster than row-by-row inserts for a chunk's claims.
            with cursor.copy(f"COPY claims ({QUOTED_COLUMNS}) FROM STDIN") as copy:
                for row in claim_rows:
                    copy.write_row(row)
            if key_rows:
                with cursor.copy(
                    "COPY claim_keys (match_key, published, claim_id) FROM STDIN"
                ) as copy:
                    for row in key_rows:
                        copy.write_row(row)
        return len(batch)

    def set_input_stamps(self, stamps: dict[str, str]) -> None:
        with self._connection.transaction(), self._connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO meta VALUES (%s, %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                [(INPUT_PREFIX + name, value) for name, value in stamps.items()],
            )

    def candidates(
        self,
        match_keys: Sequence[str],
        before: str | None,
        exclude_article: str,
        limit: int = CANDIDATES_PER_KEY,
    ) -> list[PriorClaim]:
        """As `SQLiteLedger.candidates`: the latest `limit` figures per key, in one query."""
        if not match_keys:
            return []
        # One index range scan per key (LATERAL), all keys in one round trip.
        bound = "" if before is None else "AND published < %s "
        rows = self._connection.execute(
            "SELECT c.id, c.article_id, a.source, a.title, a.published, c.text, c.sentence, "
            'c.start, c."end", c.subjects, c.measure, c.metric, c.noun, c.period, '
            "c.period_first, c.period_last, c.role, c.key_value, c.key_low, c.key_high, "
            "c.precision, c.estimate, c.revision FROM claims c JOIN articles a "
            "ON a.id = c.article_id WHERE c.id IN (SELECT k.claim_id FROM unnest(%s::text[]) "
            "AS wanted(key) CROSS JOIN LATERAL (SELECT claim_id FROM claim_keys "
            f"WHERE match_key = wanted.key {bound}"
            "ORDER BY published DESC NULLS LAST LIMIT %s) AS k) AND c.article_id <> %s",
            (list(match_keys), *(() if before is None else (before,)), limit, exclude_article),
        ).fetchall()
        return [prior_from_row(row) for row in rows]


def _without_password(url: str) -> str:
    """A database URL fit for an error message."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    user = f"{parts.username}:***@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(parts._replace(netloc=f"{user}{host}{port}"))
