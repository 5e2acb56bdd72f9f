"""The ledger in one SQLite file: WAL, a transaction a chunk, safe for several processes."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from claimcheck.ledger.identity import ClaimKeys, keyed_claims
from claimcheck.ledger.store import (
    ALL_COLUMNS,
    ARTICLES_TABLE,
    CANDIDATES_PER_KEY,
    CLAIMS_TABLE,
    INDEXES,
    INPUT_PREFIX,
    INSERT_CLAIM,
    KEY_COLUMNS,
    SCHEMA_VERSION,
    V1_COLUMNS,
    LedgerEntry,
    LedgerError,
    PriorClaim,
    SQLLedger,
    claim_from_row,
    key_values,
    latest_per_article,
    prior_from_row,
    quote_column,
)

# Writers wait this long for each other (two runs on one ledger) before giving up.
BUSY_TIMEOUT_SECONDS = 60
# Every SQLite database file starts with these bytes.
SQLITE_HEADER = b"SQLite format 3\x00"
# An empty file may be a ledger another process is creating this very moment (SQLite makes
# the file first and writes its header a moment later): wait this long before refusing it.
EMPTY_FILE_WAIT_SECONDS = 2.0


def check_database_file(path: Path) -> None:
    """Refuse an existing file that is not a SQLite database: SQLite would turn an empty file
    (a `touch`, an interrupted copy) into a new, empty ledger, and comparing with that finds
    nothing without a word."""
    try:
        with open(path, "rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
            waited = 0.0
            while not header and waited < EMPTY_FILE_WAIT_SECONDS:
                time.sleep(0.05)
                waited += 0.05
                stream.seek(0)
                header = stream.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return  # a new ledger
    except OSError as error:
        raise LedgerError(f"{path}: cannot read ledger: {error.strerror or error}") from error
    if not header:
        raise LedgerError(
            f"{path}: cannot open ledger: empty file (0 bytes), not a claimcheck ledger; "
            "remove it to start a new one"
        )
    if header != SQLITE_HEADER:
        raise LedgerError(
            f"{path}: cannot open ledger: not a SQLite database, so not a claimcheck ledger"
        )


# How long a disk I/O error while switching to WAL is taken for the creation race.
WAL_RACE_SECONDS = 1.0


def _enter_wal(connection: sqlite3.Connection) -> None:
    """Switch to write-ahead logging. The switch needs the file to itself for a moment and
    SQLite can report it locked without waiting: a process opening the ledger while another
    creates it (two runs started at once) retries until the other is done. While the other
    process creates the shared-memory index beside the file, SQLite may report a disk I/O
    error instead; that race lasts milliseconds, so it is retried for a second only and a
    real disk error still surfaces quickly."""
    started = time.monotonic()
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            waited = time.monotonic() - started
            locked = "locked" in str(error) and waited < BUSY_TIMEOUT_SECONDS
            racing = "disk I/O error" in str(error) and waited < WAL_RACE_SECONDS
            if not (locked or racing):
                raise
            time.sleep(0.05)


class SQLiteLedger(SQLLedger):
    """A single-file ledger; safe for several processes (WAL, busy timeout)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        check_database_file(self.path)
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._connection = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None
            )
            _enter_wal(self._connection)
            self._connection.execute("PRAGMA synchronous=NORMAL")
            self._connection.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise LedgerError(f"{self.path}: cannot open ledger: {error}") from error

    # -- schema ---------------------------------------------------------------------------

    def _migrate(self) -> None:
        connection = self._connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute(
                "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
            )
            row = connection.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).fetchone()
            version = int(row[0]) if row is not None else None
            if version is not None and version > SCHEMA_VERSION:
                raise LedgerError(
                    f"{self.path}: ledger schema version {version} is newer than this "
                    f"claimcheck understands ({SCHEMA_VERSION}); upgrade claimcheck"
                )
            if version == 1:
                self._upgrade_from_1()
            connection.execute(ARTICLES_TABLE)
            connection.execute(CLAIMS_TABLE)
            for statement in INDEXES.split(";"):
                connection.execute(statement)
            if version == 1:
                self._rebuild_keys()
            connection.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    def _upgrade_from_1(self) -> None:
        """Version 1 had no claim ids, no keys: copy its claims into the new table."""
        connection = self._connection
        connection.execute("DROP INDEX IF EXISTS claims_by_article")
        connection.execute("DROP INDEX IF EXISTS claims_by_measure")
        connection.execute("ALTER TABLE claims RENAME TO claims_v1")
        connection.execute(CLAIMS_TABLE)
        columns = ", ".join(map(quote_column, V1_COLUMNS))
        connection.execute(
            f"INSERT INTO claims ({columns}) SELECT {columns} FROM claims_v1 "
            "ORDER BY article_id, start"
        )
        connection.execute("DROP TABLE claims_v1")
        # A version-1 claim lacks its sentence offset: find its text in its sentence.
        connection.execute(
            "UPDATE claims SET sentence_start = start - MAX(instr(sentence, text) - 1, 0)"
        )

    def _rebuild_keys(self) -> None:
        """Compute the matching keys of every stored claim (after an upgrade)."""
        connection = self._connection
        articles = connection.execute("SELECT id, published FROM articles").fetchall()
        for article_id, published in articles:
            rows = connection.execute(
                f"SELECT {', '.join(map(quote_column, ALL_COLUMNS))} FROM claims "
                "WHERE article_id = ?",
                (article_id,),
            ).fetchall()
            claims = {row[0]: claim_from_row(row) for row in rows}
            ids_by_claim = {id(claim): claim_id for claim_id, claim in claims.items()}
            for claim, keys in keyed_claims(claims.values()):
                self._store_keys(ids_by_claim[id(claim)], keys, published)

    def _store_keys(self, claim_id: int, keys: ClaimKeys, published: str | None) -> None:
        connection = self._connection
        connection.execute(
            f"UPDATE claims SET {', '.join(f'{c} = ?' for c in KEY_COLUMNS)} WHERE id = ?",
            (*key_values(keys), claim_id),
        )
        connection.executemany(
            "INSERT INTO claim_keys (match_key, published, claim_id) VALUES (?, ?, ?)",
            [(key, published, claim_id) for key in keys.match_keys()],
        )

    # -- life cycle -----------------------------------------------------------------------

    # -- writing --------------------------------------------------------------------------

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

    def record_entries(self, entries: Iterable[LedgerEntry]) -> int:
        """Store entries prepared by `ledger_entry` (in a worker process, say) in one
        transaction; the same rules as `record`. A batch costs a handful of statements,
        not a handful per article."""
        connection = self._connection
        now = datetime.now(UTC).isoformat(timespec="seconds")
        connection.execute("BEGIN IMMEDIATE")
        try:
            batch = list(entries)
            latest = latest_per_article(batch)
            stored: dict[str, tuple[str, str]] = {}
            ids = list(latest)
            for offset in range(0, len(ids), 500):
                part = ids[offset : offset + 500]
                rows = connection.execute(
                    "SELECT id, run_key, content_hash FROM articles "
                    f"WHERE id IN ({','.join('?' * len(part))})",
                    part,
                )
                stored.update((row[0], (row[1], row[2])) for row in rows)
            changed = [
                entry
                for entry in latest.values()
                if stored.get(entry.article_id) != (entry.run_key, entry.content_hash)
            ]
            replaced = [(entry.article_id,) for entry in changed if entry.article_id in stored]
            if replaced:
                connection.executemany(
                    "DELETE FROM claim_keys WHERE claim_id IN "
                    "(SELECT id FROM claims WHERE article_id = ?)",
                    replaced,
                )
                connection.executemany("DELETE FROM claims WHERE article_id = ?", replaced)
            connection.executemany(
                "INSERT OR REPLACE INTO articles "
                "(id, source, title, published, content_hash, run_key, path, recorded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(*entry.article_row(), now) for entry in changed],
            )
            next_id = connection.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM claims").fetchone()[
                0
            ]
            claim_rows: list[tuple[object, ...]] = []
            key_rows: list[tuple[object, ...]] = []
            for entry in changed:
                claim_ids = range(next_id, next_id + len(entry.claims))
                next_id += len(entry.claims)
                claim_rows.extend(entry.claim_rows(claim_ids))
                key_rows.extend(entry.key_rows(claim_ids))
            connection.executemany(INSERT_CLAIM, claim_rows)
            connection.executemany(
                "INSERT INTO claim_keys (match_key, published, claim_id) VALUES (?, ?, ?)",
                key_rows,
            )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        return len(batch)

    def set_input_stamps(self, stamps: dict[str, str]) -> None:
        with self._connection:
            self._connection.executemany(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                [(INPUT_PREFIX + name, value) for name, value in stamps.items()],
            )

    # -- reading --------------------------------------------------------------------------

    def candidates(
        self,
        match_keys: Sequence[str],
        before: str | None,
        exclude_article: str,
        limit: int = CANDIDATES_PER_KEY,
    ) -> list[PriorClaim]:
        """Stored figures under any of the match keys, from other articles published before
        `before` (an ISO timestamp; None: every article), the latest `limit` per key."""
        ids: set[int] = set()
        connection = self._connection
        for key in match_keys:
            if before is None:
                rows = connection.execute(
                    "SELECT claim_id FROM claim_keys WHERE match_key = ? "
                    "ORDER BY published DESC LIMIT ?",
                    (key, limit),
                )
            else:
                rows = connection.execute(
                    "SELECT claim_id FROM claim_keys WHERE match_key = ? AND published < ? "
                    "ORDER BY published DESC LIMIT ?",
                    (key, before, limit),
                )
            ids.update(row[0] for row in rows)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self._connection.execute(
            "SELECT c.id, c.article_id, a.source, a.title, a.published, c.text, c.sentence, "
            'c.start, c."end", c.subjects, c.measure, c.metric, c.noun, c.period, '
            "c.period_first, c.period_last, c.role, c.key_value, c.key_low, c.key_high, "
            "c.precision, c.estimate, c.revision "
            f"FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN ({marks}) "
            "AND c.article_id != ?",
            (*ids, exclude_article),
        )
        return [prior_from_row(row) for row in rows]
