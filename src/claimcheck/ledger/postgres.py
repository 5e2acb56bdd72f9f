"""The ledger in a PostgreSQL database (psycopg 3), which several machines can share."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import ClassVar

from claimcheck.ledger.store import (
    ARTICLE_COLUMNS,
    ARTICLES_TABLE,
    DISMISSALS_TABLE,
    FIGURE_SELECT,
    FIGURES_TABLE,
    FINDINGS_TABLE,
    INDEXES,
    INPUT_PREFIX,
    LINKS_TABLE,
    QUOTED_COLUMNS,
    SCHEMA_VERSION,
    UPGRADABLE_FROM,
    UPGRADES,
    Dismissal,
    LedgerError,
    Recorded,
    SQLLedger,
    StoredFigure,
    recorded_rows,
    refuse_newer_schema,
    refuse_old_schema,
)

# Advisory lock keys: creating the schema, and the ordered pass (one run at a time).
_SCHEMA_LOCK = 7203114
_PASS_LOCK = 7203115


def _pg(statement: str) -> str:
    """A table of the SQLite schema with PostgreSQL types: REAL is single precision there, and
    ids are handed out by a sequence so that several writers never collide."""
    return (
        statement.replace("id INTEGER PRIMARY KEY", "id BIGINT PRIMARY KEY")
        .replace(" REAL", " DOUBLE PRECISION")
        .replace("INTEGER", "BIGINT")
    )


def _pg_index(statement: str) -> str:
    """The key index as PostgreSQL reads it best: newest first, undated last (NULLS LAST as
    SQLite orders them)."""
    return _pg(statement).replace(
        "(match_key, published, figure_id)", "(match_key, published DESC NULLS LAST, figure_id)"
    )


_PG_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ARTICLES_TABLE,
    _pg(FIGURES_TABLE),
    _pg(LINKS_TABLE),
    _pg(FINDINGS_TABLE),
    _pg(DISMISSALS_TABLE),
    "CREATE SEQUENCE IF NOT EXISTS figure_ids",
    # NULLS LAST as SQLite orders them.
    *_pg_index(INDEXES).split(";"),
)


class PostgresLedger(SQLLedger):
    """The ledger in a PostgreSQL database (psycopg 3), shared by every machine of a cluster.

    Same tables, keys and answers as `SQLiteLedger`; selected by a postgresql:// URL."""

    _mark: ClassVar[str] = "%s"
    _keys_table: ClassVar[str] = "SELECT unnest(%s::text[])"
    _newest_first: ClassVar[str] = "DESC NULLS LAST"

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
            # The ledger's statements look rows up by key or id, where one plan suits every
            # parameter. By default PostgreSQL plans a prepared statement anew on each call
            # when it guesses the generic plan dearer, as it does for an array of keys: at 2
            # million claims that planning took 0.15-0.5 ms, more than the lookup itself.
            self._connection.execute("SET plan_cache_mode = force_generic_plan")
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

    def _check_version(self, version: int | None) -> None:
        where = _without_password(self.url)
        if version is not None and version > SCHEMA_VERSION:
            raise refuse_newer_schema(where, version)
        if version is not None and version < UPGRADABLE_FROM:
            raise refuse_old_schema(where, version)

    def _migrate(self) -> None:
        # An up-to-date database is left alone: CREATE INDEX IF NOT EXISTS still locks its
        # table, and would deadlock with another process writing the ledger.
        version = self._current_version()
        self._check_version(version)
        if version == SCHEMA_VERSION:
            return
        with self._connection.transaction():
            # Two processes opening a fresh database at once must not both create the tables.
            self._connection.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            version = self._current_version()
            self._check_version(version)
            if version == SCHEMA_VERSION:
                return  # made or upgraded meanwhile by whoever held the lock
            if version is None:
                statements: Sequence[str] = _PG_SCHEMA
            else:
                steps = range(version, SCHEMA_VERSION)
                statements = [_pg_index(step) for v in steps for step in UPGRADES[v]]
            for statement in statements:
                if statement.strip():
                    self._connection.execute(statement)
            self._connection.execute(
                "INSERT INTO meta VALUES ('schema_version', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (str(SCHEMA_VERSION),),
            )

    # -- the ordered pass -----------------------------------------------------------------

    @contextmanager
    def ordered_pass(self) -> Iterator[None]:
        """Hold the ledger's pass lock (a session advisory lock): two runs sharing the
        database compare and record one after the other. PostgreSQL releases it if the
        connection dies."""
        self._connection.execute("SELECT pg_advisory_lock(%s)", (_PASS_LOCK,))
        try:
            yield
        finally:
            self._connection.execute("SELECT pg_advisory_unlock(%s)", (_PASS_LOCK,))

    def figure_ids(self, count: int) -> list[int]:
        if count <= 0:
            return []
        rows = self._connection.execute(
            "SELECT nextval('figure_ids') FROM generate_series(1, %s)", (count,)
        ).fetchall()
        return [row[0] for row in rows]

    def stored_versions(self, article_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return {}
        rows = self._connection.execute(
            "SELECT id, run_key, content_hash FROM articles WHERE id = ANY(%s)", (ids,)
        ).fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    def figures_for(self, keys: Iterable[str]) -> list[StoredFigure]:
        """Every stored figure indexed under any of the keys, in one statement however many
        keys (an array parameter), in id order."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return []
        rows = self._connection.execute(
            f"{FIGURE_SELECT} WHERE f.id IN "
            "(SELECT figure_id FROM figure_keys WHERE match_key = ANY(%s)) ORDER BY f.id",
            (wanted,),
        ).fetchall()
        return [StoredFigure.from_row(row) for row in rows]

    def _keys_parameter(self, keys: list[str]) -> object:
        return keys

    def figures_near(
        self, keys: Iterable[str], first: str | None, last: str | None, per_key: int
    ) -> tuple[list[StoredFigure], dict[str, str]]:
        """As `SQLLedger.figures_near`, in one prepared statement and one round trip: the
        figures with their articles, each row also carrying the keys cut short. Each key's
        bound is worked out once (a materialized table of keys), and only for a key with at
        least `per_key` index entries before the batch: the index alone counts them, where
        the bound itself reads each candidate's figure row for its role."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return [], {}
        before = "k.published < %(first)s" if first is not None else "k.published IS NOT NULL"
        if last is not None:
            within = "k.published >= COALESCE(b.since, '') AND k.published <= %(last)s"
        else:
            within = "(k.published >= COALESCE(b.since, '') OR k.published IS NULL)"
        statement = (
            "WITH b AS MATERIALIZED (SELECT w.key, CASE WHEN (SELECT count(*) FROM (SELECT 1 "
            f"FROM figure_keys k WHERE k.match_key = w.key AND {before} LIMIT %(per_key)s) n) "
            ">= %(per_key)s THEN (SELECT k.published FROM figure_keys k JOIN figures f "
            f"ON f.id = k.figure_id WHERE k.match_key = w.key AND {before} "
            "AND f.figure_role = 'level' ORDER BY k.published DESC NULLS LAST "
            "LIMIT 1 OFFSET %(offset)s) END AS since FROM unnest(%(keys)s::text[]) AS w(key)) "
            "SELECT (SELECT array_agg(ARRAY[b.key, b.since]) FROM b WHERE b.since IS NOT NULL), "
            + FIGURE_SELECT.removeprefix("SELECT ")
            + " WHERE f.id IN (SELECT k.figure_id FROM b JOIN figure_keys k "
            f"ON k.match_key = b.key WHERE {within}) ORDER BY f.id"
        )
        parameters = {
            "keys": wanted,
            "first": first,
            "last": last,
            "per_key": per_key,
            "offset": max(per_key - 1, 0),
        }
        rows = self._connection.execute(statement, parameters, prepare=True).fetchall()
        # A key is cut only where its bound's figure is among those read: no rows, no cut.
        cut = {key: since for key, since in rows[0][0] or ()} if rows else {}
        return [StoredFigure.from_row(row[1:]) for row in rows], cut

    def write_recorded(
        self, recorded: Sequence[Recorded], assigned: dict[tuple[str, int], int]
    ) -> None:
        if not recorded:
            return
        now = datetime.now(UTC).isoformat(timespec="seconds")
        articles, figures, keys, links, findings = recorded_rows(recorded, assigned, now)
        replaced = [item.entry.article_id for item in recorded if item.replaces]
        with self._connection.transaction(), self._connection.cursor() as cursor:
            if replaced:
                old = "SELECT id FROM figures WHERE article_id = ANY(%s)"
                cursor.execute(f"DELETE FROM links WHERE figure_id IN ({old})", (replaced,))
                cursor.execute(f"DELETE FROM links WHERE earlier_figure_id IN ({old})", (replaced,))
                cursor.execute(f"DELETE FROM figure_keys WHERE figure_id IN ({old})", (replaced,))
                cursor.execute("DELETE FROM figures WHERE article_id = ANY(%s)", (replaced,))
                cursor.execute(
                    "DELETE FROM ledger_findings WHERE article_id = ANY(%s)", (replaced,)
                )
            updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in ARTICLE_COLUMNS[1:])
            cursor.executemany(
                f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
                f"VALUES ({', '.join(['%s'] * len(ARTICLE_COLUMNS))}) "
                f"ON CONFLICT (id) DO UPDATE SET {updates}",
                articles,
            )
            # COPY: several times faster than row-by-row inserts.
            tables = (
                (f"figures ({QUOTED_COLUMNS})", figures),
                ("figure_keys (match_key, published, figure_id)", keys),
                ("links (figure_id, earlier_figure_id, relation, dismissed)", links),
                ("ledger_findings (article_id, position, finding)", findings),
            )
            for table, rows in tables:
                if rows:
                    with cursor.copy(f"COPY {table} FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)

    def set_input_stamps(self, stamps: dict[str, str]) -> None:
        with self._connection.transaction(), self._connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO meta VALUES (%s, %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                [(INPUT_PREFIX + name, value) for name, value in stamps.items()],
            )

    def dismiss(self, dismissal: Dismissal) -> int:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._connection.transaction(), self._connection.cursor() as cursor:
            cursor.execute(
                'INSERT INTO dismissals (article_id, start, "end", earlier_article_id, reason, '
                "dismissed_at) VALUES (%s, %s, %s, %s, %s, %s)",
                (
                    dismissal.article_id,
                    dismissal.start,
                    dismissal.end,
                    dismissal.earlier_article_id,
                    dismissal.reason,
                    now,
                ),
            )
            cursor.execute(
                "UPDATE links SET dismissed = 1 WHERE figure_id IN (SELECT id FROM figures "
                'WHERE article_id = %s AND start < %s AND %s < "end") AND earlier_figure_id IN '
                "(SELECT id FROM figures WHERE article_id = %s)",
                (
                    dismissal.article_id,
                    dismissal.end,
                    dismissal.start,
                    dismissal.earlier_article_id,
                ),
            )
            return cursor.rowcount


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
