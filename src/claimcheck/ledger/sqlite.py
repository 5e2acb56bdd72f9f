"""The ledger in one SQLite file: WAL, safe for several processes; one ordered pass at a time."""

from __future__ import annotations

import errno
import operator
import os
import secrets
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path

from claimcheck.ledger.store import (
    ARTICLE_COLUMNS,
    ARTICLES_TABLE,
    DISMISSALS_TABLE,
    FIGURE_COLUMNS,
    FIGURES_TABLE,
    FINDINGS_TABLE,
    INDEXES,
    INPUT_PREFIX,
    LINKS_TABLE,
    SCHEMA_VERSION,
    UPGRADABLE_FROM,
    UPGRADES,
    Dismissal,
    LedgerError,
    Recorded,
    SQLLedger,
    recorded_rows,
    refuse_newer_schema,
    refuse_old_schema,
)

# Writers wait this long for each other (two runs on one ledger) before giving up.
BUSY_TIMEOUT_SECONDS = 60
# An ordered pass waits this long for another run's pass on the same ledger.
PASS_TIMEOUT_SECONDS = 3600
# Bytes of write-ahead log between automatic checkpoints (SQLite counts them in pages).
WAL_CHECKPOINT_BYTES = 40_960_000
# The page size of a new ledger: the key index's entries (about 50 bytes of key each) fill
# fewer, larger pages, so each of the ordered pass's commits writes fewer pages to the log.
# A ledger made with SQLite's 4 KB pages keeps them.
NEW_LEDGER_PAGE_SIZE = 8192
# The most page cache a ledger connection holds, in KiB (SQLite's default is 2 MB; the
# cache grows only as pages are read or written): during an ordered pass the key index's
# pages stay in memory between inserts instead of being spilled and read back.
CACHE_KIB = 32_768
# Every SQLite database file starts with these bytes.
SQLITE_HEADER = b"SQLite format 3\x00"
# An empty file may be a ledger another process is creating this very moment (SQLite makes
# the file first and writes its header a moment later): wait this long before refusing it.
EMPTY_FILE_WAIT_SECONDS = 2.0
# The figure columns most figures leave empty (an incident's, the part of a whole, a basis):
# a figure with all of them empty is inserted without them, the columns taking their NULL
# default. The row stored is the same, and SQLite binds a quarter fewer values for it.
_RARELY_SET = (
    "part_of",
    "basis",
    "event_kind",
    "event_anchors",
    "event_first",
    "event_last",
    "event_dated",
    "event_places",
)
_RARE_AT = [FIGURE_COLUMNS.index(column) for column in _RARELY_SET]
_COMMON_AT = [at for at in range(len(FIGURE_COLUMNS)) if at not in _RARE_AT]
_rarely_set = operator.itemgetter(*_RARE_AT)
_commonly_set = operator.itemgetter(*_COMMON_AT)
_NONE_SET = (None,) * len(_RARE_AT)
_COMMON_COLUMNS = tuple(FIGURE_COLUMNS[at] for at in _COMMON_AT)
# The most rows one INSERT statement of the ordered pass's article and figure writes carries:
# SQLite's per-statement work (a step and a reset, the call from Python) is paid once per so
# many rows instead of once per row (tens of thousands of figures per corpus). Also kept
# under SQLite's oldest limit of 999 values bound in one statement.
ROWS_PER_INSERT = 50
_MOST_VALUES_PER_STATEMENT = 999


# Ledgers this process has open, by path. Their files must not be opened and closed outside
# SQLite: closing any descriptor of a file drops every POSIX lock the process holds on it,
# those of its open connections included, and another process then checkpoints under a
# reader's feet (SQLite's short-read I/O errors). A file open here is a ledger already.
_OPEN_HERE: Counter[Path] = Counter()


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


def _enter_wal(connection: sqlite3.Connection) -> None:
    """Switch to write-ahead logging. The switch needs the file to itself for a moment and
    SQLite can report it locked without waiting: a process opening the ledger while another
    creates it (two runs started at once) retries until the other is done."""
    started = time.monotonic()
    while True:
        try:
            # A ledger in WAL stays in WAL: only a new file needs the switch, which wants the
            # file to itself for a moment.
            (mode,) = connection.execute("PRAGMA journal_mode").fetchone()
            if mode != "wal":
                connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            waited = time.monotonic() - started
            if "locked" not in str(error) or waited > BUSY_TIMEOUT_SECONDS:
                raise
            time.sleep(0.05)


class SQLiteLedger(SQLLedger):
    """A single-file ledger; safe for several processes (WAL, busy timeout)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._key = self.path.absolute()
        if not _OPEN_HERE[self._key]:
            check_database_file(self.path)
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._next_id: int | None = None
        try:
            if not self.path.exists():
                self._create_whole()
            self._open(self.path)
        except sqlite3.DatabaseError as error:
            reason = getattr(error, "sqlite_errorname", None)
            detail = f" ({reason})" if reason else ""
            raise LedgerError(f"{self.path}: cannot open ledger: {error}{detail}") from error
        _OPEN_HERE[self._key] += 1
        self._counted = True

    def _open(self, path: Path, new: bool = False) -> None:
        self._connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        if new:
            # Only before the file's first page is written (the switch to WAL writes it).
            self._connection.execute(f"PRAGMA page_size={NEW_LEDGER_PAGE_SIZE}")
        _enter_wal(self._connection)
        self._connection.execute("PRAGMA synchronous=NORMAL")
        # A checkpoint every 40 MB of log instead of SQLite's 4 MB: the ordered pass
        # writes the whole corpus's figures, and each checkpoint syncs the file (a sixth
        # of the pass's wall time on the Reuters corpus at 4 MB).
        (page_size,) = self._connection.execute("PRAGMA page_size").fetchone()
        pages = WAL_CHECKPOINT_BYTES // page_size
        self._connection.execute(f"PRAGMA wal_autocheckpoint={pages}")
        self._connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        self._connection.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def _create_whole(self) -> None:
        """Make a new ledger under a hidden temporary name, its tables committed, then link
        it in place. SQLite makes the file empty and writes its header and tables a moment
        later: a run killed in between left an empty file, which every later run refuses,
        or a ledger without tables. A ledger another process put there meanwhile is kept (a
        link never replaces a file); where the file system has no links, the file is made
        in place as before."""
        temporary = self.path.with_name(f".{self.path.name}.{secrets.token_hex(6)}.tmp")
        try:
            self._open(temporary, new=True)
            self._connection.close()
            try:
                os.link(temporary, self.path)
            except FileExistsError:
                pass
            except OSError as error:
                if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP):
                    raise LedgerError(f"{self.path}: cannot create ledger: {error}") from error
        finally:
            temporary.unlink(missing_ok=True)

    def close(self) -> None:
        if self._counted:
            _OPEN_HERE[self._key] -= 1
            self._counted = False
        super().close()

    # -- schema ---------------------------------------------------------------------------

    def _migrate(self) -> None:
        connection = self._connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            version = None
            if "meta" in tables:
                row = connection.execute(
                    "SELECT value FROM meta WHERE key = 'schema_version'"
                ).fetchone()
                version = int(row[0]) if row is not None else None
            if version is None and tables - {"meta"}:
                raise LedgerError(f"{self.path}: not a claimcheck ledger (no schema version)")
            if version is not None and version > SCHEMA_VERSION:
                raise refuse_newer_schema(str(self.path), version)
            if version is not None and version < UPGRADABLE_FROM:
                raise refuse_old_schema(str(self.path), version)
            while version is not None and version < SCHEMA_VERSION:
                for statement in UPGRADES[version]:
                    connection.execute(statement)
                version += 1
                connection.execute(
                    "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),)
                )
            if version is None:
                connection.execute(
                    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
                )
                for statement in (
                    ARTICLES_TABLE,
                    FIGURES_TABLE,
                    LINKS_TABLE,
                    FINDINGS_TABLE,
                    DISMISSALS_TABLE,
                    *INDEXES.split(";"),
                ):
                    connection.execute(statement)
                connection.execute(
                    "INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    # -- the ordered pass -----------------------------------------------------------------

    @contextmanager
    def ordered_pass(self) -> Iterator[None]:
        """Hold the ledger's pass lock: two runs on one ledger compare and record one after
        the other, each seeing all the other recorded. The lock is an advisory lock on a file
        beside the ledger, released by the system if the process dies."""
        import fcntl

        lock_path = self.path.with_name(self.path.name + ".pass-lock")
        with open(lock_path, "a+b") as handle:
            deadline = time.monotonic() + PASS_TIMEOUT_SECONDS
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise LedgerError(
                            f"{self.path}: another run's ordered pass held the ledger for "
                            f"{PASS_TIMEOUT_SECONDS} s"
                        ) from None
                    time.sleep(0.05)
            self._next_id = None
            try:
                yield
            finally:
                self._next_id = None
                fcntl.flock(handle, fcntl.LOCK_UN)

    def figure_ids(self, count: int) -> list[int]:
        """Ids for `count` new figures (inside an ordered pass, the only writer of figures)."""
        if self._next_id is None:
            row = self._connection.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM figures")
            self._next_id = int(row.fetchone()[0])
        first = self._next_id
        self._next_id += count
        return list(range(first, first + count))

    def write_recorded(
        self, recorded: Sequence[Recorded], assigned: dict[tuple[str, int], int]
    ) -> None:
        """Store compared articles with their links and findings in one transaction; an
        article stored before under the same id loses its earlier version."""
        if not recorded:
            return
        connection = self._connection
        now = datetime.now(UTC).isoformat(timespec="seconds")
        articles, figures, keys, links, findings = recorded_rows(recorded, assigned, now)
        replaced = [(item.entry.article_id,) for item in recorded if item.replaces]
        connection.execute("BEGIN IMMEDIATE")
        try:
            if replaced:
                _delete_articles(connection, replaced)
            _insert_rows(connection, "INSERT OR REPLACE INTO articles", ARTICLE_COLUMNS, articles)
            common, whole = _figure_rows_by_kind(figures)
            _insert_rows(connection, "INSERT INTO figures", _COMMON_COLUMNS, common)
            _insert_rows(connection, "INSERT INTO figures", FIGURE_COLUMNS, whole)
            # One row a statement: the key index's inserts dominate, and several rows a
            # statement measured no cheaper.
            connection.executemany(
                "INSERT INTO figure_keys (match_key, published, figure_id) VALUES (?, ?, ?)", keys
            )
            connection.executemany(
                "INSERT INTO links (figure_id, earlier_figure_id, relation, dismissed) "
                "VALUES (?, ?, ?, ?)",
                links,
            )
            connection.executemany(
                "INSERT INTO ledger_findings (article_id, position, finding) VALUES (?, ?, ?)",
                findings,
            )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    def set_input_stamps(self, stamps: dict[str, str]) -> None:
        with self._connection:
            self._connection.executemany(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                [(INPUT_PREFIX + name, value) for name, value in stamps.items()],
            )

    def dismiss(self, dismissal: Dismissal) -> int:
        """Remember that a link is wrong; returns how many stored links it marks."""
        connection = self._connection
        now = datetime.now(UTC).isoformat(timespec="seconds")
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute(
                'INSERT INTO dismissals (article_id, start, "end", earlier_article_id, reason, '
                "dismissed_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    dismissal.article_id,
                    dismissal.start,
                    dismissal.end,
                    dismissal.earlier_article_id,
                    dismissal.reason,
                    now,
                ),
            )
            marked = connection.execute(
                "UPDATE links SET dismissed = 1 WHERE figure_id IN (SELECT id FROM figures "
                'WHERE article_id = ? AND start < ? AND ? < "end") AND earlier_figure_id IN '
                "(SELECT id FROM figures WHERE article_id = ?)",
                (
                    dismissal.article_id,
                    dismissal.end,
                    dismissal.start,
                    dismissal.earlier_article_id,
                ),
            ).rowcount
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        return marked


def _insert_rows(
    connection: sqlite3.Connection,
    insert: str,
    columns: Sequence[str],
    rows: Sequence[tuple[object, ...]],
) -> None:
    """`insert` ("INSERT INTO table") of the rows, in their order, several rows a statement
    (ROWS_PER_INSERT): the rows stored are those of one statement per row."""
    quoted = ", ".join('"' + column + '"' for column in columns)
    one = "(" + ", ".join("?" * len(columns)) + ")"
    per = max(1, min(ROWS_PER_INSERT, _MOST_VALUES_PER_STATEMENT // len(columns)))
    whole = len(rows) - len(rows) % per
    if whole:
        connection.executemany(
            f"{insert} ({quoted}) VALUES {', '.join([one] * per)}",
            (tuple(chain.from_iterable(rows[at : at + per])) for at in range(0, whole, per)),
        )
    if whole < len(rows):
        connection.executemany(f"{insert} ({quoted}) VALUES {one}", rows[whole:])


def _figure_rows_by_kind(
    rows: list[tuple[object, ...]],
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The figure rows (FIGURE_COLUMNS) with every rarely set column empty, cut to the other
    columns, and the rest whole (FIGURE_COLUMNS)."""
    common: list[tuple[object, ...]] = []
    whole: list[tuple[object, ...]] = []
    for row in rows:
        if _rarely_set(row) == _NONE_SET:
            common.append(_commonly_set(row))
        else:
            whole.append(row)
    return common, whole


def _delete_articles(connection: sqlite3.Connection, ids: list[tuple[str]]) -> None:
    """Remove earlier versions of these articles: their figures, keys, links and findings."""
    figures = "SELECT id FROM figures WHERE article_id = ?"
    connection.executemany(f"DELETE FROM links WHERE figure_id IN ({figures})", ids)
    connection.executemany(f"DELETE FROM links WHERE earlier_figure_id IN ({figures})", ids)
    connection.executemany(f"DELETE FROM figure_keys WHERE figure_id IN ({figures})", ids)
    connection.executemany("DELETE FROM figures WHERE article_id = ?", ids)
    connection.executemany("DELETE FROM ledger_findings WHERE article_id = ?", ids)
