"""The claim ledger: every processed article and its claims, in SQLite (WAL, a transaction a batch).

Besides the claims as extracted, each matchable figure is stored with its matching keys
(`claimcheck.ledger.identity`) and one row per subject in `claim_keys`, indexed by
(match_key, published): finding the earlier claims about the same subject, measure and period
is an index lookup, whatever the size of the ledger. Storage sits behind `ClaimLedger`, so a
shared server database can replace the SQLite file later.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, ClassVar, Protocol, Self, runtime_checkable

from claimcheck.errors import ClaimcheckError
from claimcheck.input.articles import content_hash
from claimcheck.ledger.identity import ClaimKeys, keyed_claims
from claimcheck.records import Article, Claim

SCHEMA_VERSION = 2
# The latest stored figures per key that a new figure is compared with: a subject reported
# every month keeps its lookups short however long the ledger grows.
CANDIDATES_PER_KEY = 50
# Keys of the meta table that hold input-file stamps (size, mtime, rules key, records).
_INPUT_PREFIX = "input:"

_ARTICLES_TABLE = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    published TEXT,
    content_hash TEXT NOT NULL,
    run_key TEXT NOT NULL DEFAULT '',
    path TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
)
"""

_CLAIMS_TABLE = """
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
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
    sentence TEXT NOT NULL DEFAULT '',
    change TEXT,
    granularity TEXT,
    sentence_start INTEGER NOT NULL DEFAULT 0,
    subjects TEXT,
    measure TEXT,
    metric TEXT,
    noun TEXT,
    period TEXT,
    period_first TEXT,
    period_last TEXT,
    role TEXT,
    key_value REAL,
    key_low REAL,
    key_high REAL,
    precision REAL,
    estimate INTEGER,
    revision INTEGER
)
"""

_INDEXES = """
CREATE TABLE IF NOT EXISTS claim_keys (
    match_key TEXT NOT NULL,
    published TEXT,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS claim_keys_by_key ON claim_keys(match_key, published);
CREATE INDEX IF NOT EXISTS claim_keys_by_claim ON claim_keys(claim_id);
CREATE INDEX IF NOT EXISTS claims_by_article ON claims(article_id);
CREATE INDEX IF NOT EXISTS claims_by_measure ON claims(unit, dimension)
"""

# Columns of version 1, which every version keeps.
_V1_COLUMNS = (
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
_CLAIM_COLUMNS = (*_V1_COLUMNS, "change", "granularity", "sentence_start")
_KEY_COLUMNS = (
    "subjects",
    "measure",
    "metric",
    "noun",
    "period",
    "period_first",
    "period_last",
    "role",
    "key_value",
    "key_low",
    "key_high",
    "precision",
    "estimate",
    "revision",
)
_ALL_COLUMNS = ("id", *_CLAIM_COLUMNS, *_KEY_COLUMNS)


_QUOTED_COLUMNS = ", ".join('"' + column + '"' for column in _ALL_COLUMNS)
_INSERT_CLAIM = (
    f"INSERT INTO claims ({_QUOTED_COLUMNS}) VALUES ({', '.join('?' * len(_ALL_COLUMNS))})"
)


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One article as the ledger stores it, in plain values: prepared where the article was
    checked (its matching keys already computed), written in a batch by whoever owns the
    ledger connection."""

    article_id: str
    source: str
    title: str
    published: str | None
    content_hash: str
    run_key: str
    path: str
    # One row per claim: the claim's columns, then its key columns (None when unkeyed).
    claims: tuple[tuple[object, ...], ...]
    # (index into `claims`, match key) for every key of every keyed claim.
    keys: tuple[tuple[int, str], ...]

    def article_row(self) -> tuple[object, ...]:
        return (
            self.article_id,
            self.source,
            self.title,
            self.published,
            self.content_hash,
            self.run_key,
            self.path,
        )

    def claim_rows(self, ids: Sequence[int]) -> list[tuple[object, ...]]:
        return [(claim_id, *row) for claim_id, row in zip(ids, self.claims, strict=True)]

    def key_rows(self, ids: Sequence[int]) -> list[tuple[object, ...]]:
        return [(key, self.published, ids[index]) for index, key in self.keys]


def _latest_per_article(entries: Sequence[LedgerEntry]) -> dict[str, LedgerEntry]:
    """One entry per article id, the last given (a batch that names one twice keeps the last,
    as storing them one after another would)."""
    return {entry.article_id: entry for entry in entries}


def ledger_entry(
    article: Article,
    run_key: str,
    claims: Iterable[Claim],
    keyed: Iterable[tuple[Claim, ClaimKeys]] | None = None,
) -> LedgerEntry:
    """An article and its claims as ledger rows; `keyed` reuses the matching keys the prior
    comparison already computed for these very claims (they cost more than the rows)."""
    claims = list(claims)
    if keyed is None:
        keyed = keyed_claims(claims, article.body)
    keys_by_claim = {id(claim): keys for claim, keys in keyed}
    rows = []
    key_rows: list[tuple[int, str]] = []
    unkeyed = (None,) * len(_KEY_COLUMNS)
    for index, claim in enumerate(claims):
        keys = keys_by_claim.get(id(claim))
        rows.append((*_claim_row(claim), *(_key_values(keys) if keys else unkeyed)))
        if keys is not None:
            key_rows.extend((index, key) for key in keys.match_keys())
    return LedgerEntry(
        article_id=article.id,
        source=article.source,
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        content_hash=content_hash(article),
        run_key=run_key,
        path=article.path,
        claims=tuple(rows),
        keys=tuple(key_rows),
    )


class LedgerError(ClaimcheckError):
    """The ledger file cannot be opened or is of an unknown schema."""


@dataclass(frozen=True, slots=True)
class PriorClaim:
    """A stored figure of another article, with its keys and where it was published."""

    claim_id: int
    article_id: str
    source: str
    title: str
    published: str | None
    text: str
    sentence: str
    start: int
    end: int
    subjects: frozenset[str]
    measure: str
    metric: str
    noun: str | None
    period: str | None
    period_first: date | None
    period_last: date | None
    role: str
    value: float | None
    low: float
    high: float
    precision: float
    estimate: bool
    revision: bool


@runtime_checkable
class ClaimLedger(Protocol):
    """What the pipeline needs from a ledger; SQLite now, a shared server database later."""

    def record(self, entries: Iterable[tuple[Article, str, Iterable[Claim]]]) -> int: ...

    def record_entries(self, entries: Iterable[LedgerEntry]) -> int: ...

    def input_stamp(self, name: str) -> str | None: ...

    def set_input_stamps(self, stamps: dict[str, str]) -> None: ...

    def known_keys(self, article_ids: Iterable[str]) -> dict[str, str]: ...

    def candidates(
        self,
        match_keys: Sequence[str],
        before: str | None,
        exclude_article: str,
        limit: int = CANDIDATES_PER_KEY,
    ) -> list[PriorClaim]: ...

    def stats(self) -> dict[str, int]: ...

    def article(self, article_id: str) -> dict[str, object] | None: ...

    def article_claims(self, article_id: str) -> list[dict[str, object]]: ...

    def close(self) -> None: ...


class _SQLLedger:
    """What the SQLite and PostgreSQL ledgers share: the statements that differ only in how
    a parameter is marked ("?" or "%s")."""

    _mark: ClassVar[str] = "?"
    _connection: Any

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def record(self, entries: Iterable[tuple[Article, str, Iterable[Claim]]]) -> int:
        """Store (article, run_key, claims) entries in one transaction; returns how many.

        An article stored before under the same id loses its earlier claims; one stored with
        the same run key (same content, same rules) is left as it is."""
        return self.record_entries(
            ledger_entry(article, run_key, claims) for article, run_key, claims in entries
        )

    def record_entries(self, entries: Iterable[LedgerEntry]) -> int:
        raise NotImplementedError

    def input_stamp(self, name: str) -> str | None:
        """What a run noted about an input file whose every record it recorded (see the
        flow's whole-file skip), or None."""
        row = self._connection.execute(
            f"SELECT value FROM meta WHERE key = {self._mark}", (_INPUT_PREFIX + name,)
        ).fetchone()
        return row[0] if row else None

    def stats(self) -> dict[str, int]:
        row = self._connection.execute(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM claims), "
            "(SELECT COUNT(*) FROM claims WHERE measure IS NOT NULL)"
        ).fetchone()
        return {
            "articles": row[0],
            "claims": row[1],
            "matchable_claims": row[2],
            "schema_version": SCHEMA_VERSION,
        }

    def article_claims(self, article_id: str) -> list[dict[str, object]]:
        columns = (*_CLAIM_COLUMNS, *_KEY_COLUMNS)
        rows = self._connection.execute(
            f"SELECT {', '.join(map(_quote, columns))} FROM claims "
            f"WHERE article_id = {self._mark} ORDER BY start, id",
            (article_id,),
        ).fetchall()
        return [dict(zip(columns, row, strict=True)) for row in rows]

    def article(self, article_id: str) -> dict[str, object] | None:
        row = self._connection.execute(
            "SELECT id, source, title, published, content_hash, run_key, path, recorded_at "
            f"FROM articles WHERE id = {self._mark}",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        names = ("id", "source", "title", "published", "content_hash", "run_key", "path")
        return dict(zip((*names, "recorded_at"), row, strict=True))


class SQLiteLedger(_SQLLedger):
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
            connection.execute(_ARTICLES_TABLE)
            connection.execute(_CLAIMS_TABLE)
            for statement in _INDEXES.split(";"):
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
        connection.execute(_CLAIMS_TABLE)
        columns = ", ".join(map(_quote, _V1_COLUMNS))
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
                f"SELECT {', '.join(map(_quote, _ALL_COLUMNS))} FROM claims WHERE article_id = ?",
                (article_id,),
            ).fetchall()
            claims = {row[0]: _claim_from_row(row) for row in rows}
            ids_by_claim = {id(claim): claim_id for claim_id, claim in claims.items()}
            for claim, keys in keyed_claims(claims.values()):
                self._store_keys(ids_by_claim[id(claim)], keys, published)

    def _store_keys(self, claim_id: int, keys: ClaimKeys, published: str | None) -> None:
        connection = self._connection
        connection.execute(
            f"UPDATE claims SET {', '.join(f'{c} = ?' for c in _KEY_COLUMNS)} WHERE id = ?",
            (*_key_values(keys), claim_id),
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
            latest = _latest_per_article(batch)
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
            connection.executemany(_INSERT_CLAIM, claim_rows)
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
                [(_INPUT_PREFIX + name, value) for name, value in stamps.items()],
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
        return [_prior_from_row(row) for row in rows]


def _quote(column: str) -> str:
    return f'"{column}"'


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


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
        _iso(claim.first_day),
        _iso(claim.last_day),
        claim.normalized_value,
        claim.normalized_unit,
        claim.sentence,
        claim.change,
        claim.granularity,
        claim.sentence_start,
    )


def _key_values(keys: ClaimKeys) -> tuple[object, ...]:
    return (
        "|".join(sorted(keys.subjects)),
        keys.measure,
        keys.metric,
        keys.noun,
        keys.period,
        _iso(keys.period_first),
        _iso(keys.period_last),
        keys.role,
        keys.value,
        keys.low,
        keys.high,
        keys.precision,
        int(keys.estimate),
        int(keys.revision),
    )


def _granularity_of(value: str | None) -> str | None:
    """The granularity of a TIMEX value as version 1 stored it ("1987-Q1" -> quarter)."""
    if not value or not value[:4].isdigit():
        return None
    rest = value[4:]
    if not rest:
        return "year"
    if rest[1:2] == "Q":
        return "quarter"
    if rest[1:2] == "H":
        return "half"
    if rest[1:2] == "W":
        return "week"
    return "month" if len(rest) == 3 else "day"


def _claim_from_row(row: Sequence[object]) -> Claim:
    values = dict(zip(_ALL_COLUMNS, row, strict=True))
    kind = str(values["kind"])
    stored_date = values["date"]
    return Claim(
        article_id=str(values["article_id"]),
        kind=kind,
        text=str(values["text"]),
        start=int(values["start"]),  # type: ignore[arg-type]
        end=int(values["end"]),  # type: ignore[arg-type]
        sentence=str(values["sentence"]),
        sentence_start=int(values["sentence_start"] or 0),  # type: ignore[arg-type]
        value=values["value"],  # type: ignore[arg-type]
        low=values["low"],  # type: ignore[arg-type]
        high=values["high"],  # type: ignore[arg-type]
        unit=values["unit"],  # type: ignore[arg-type]
        dimension=values["dimension"],  # type: ignore[arg-type]
        qualifier=str(values["qualifier"]),
        change=values["change"],  # type: ignore[arg-type]
        date=stored_date if kind == "date" else None,  # type: ignore[arg-type]
        granularity=values["granularity"] or _granularity_of(stored_date),  # type: ignore[arg-type]
        first_day=_day(values["first_day"]),  # type: ignore[arg-type]
        last_day=_day(values["last_day"]),  # type: ignore[arg-type]
        normalized_value=values["normalized_value"],  # type: ignore[arg-type]
        normalized_unit=values["normalized_unit"],  # type: ignore[arg-type]
    )


def _prior_from_row(row: Sequence[object]) -> PriorClaim:
    (
        claim_id,
        article_id,
        source,
        title,
        published,
        text,
        sentence,
        start,
        end,
        subjects,
        measure,
        metric,
        noun,
        period,
        period_first,
        period_last,
        role,
        value,
        low,
        high,
        precision,
        estimate,
        revision,
    ) = row
    return PriorClaim(
        claim_id=claim_id,  # type: ignore[arg-type]
        article_id=article_id,  # type: ignore[arg-type]
        source=source or "",  # type: ignore[arg-type]
        title=title or "",  # type: ignore[arg-type]
        published=published,  # type: ignore[arg-type]
        text=text,  # type: ignore[arg-type]
        sentence=sentence,  # type: ignore[arg-type]
        start=start,  # type: ignore[arg-type]
        end=end,  # type: ignore[arg-type]
        subjects=frozenset(str(subjects).split("|")) if subjects else frozenset(),
        measure=measure,  # type: ignore[arg-type]
        metric=metric,  # type: ignore[arg-type]
        noun=noun,  # type: ignore[arg-type]
        period=period,  # type: ignore[arg-type]
        period_first=_day(period_first),  # type: ignore[arg-type]
        period_last=_day(period_last),  # type: ignore[arg-type]
        role=role,  # type: ignore[arg-type]
        value=value,  # type: ignore[arg-type]
        low=float("-inf") if low is None else low,  # type: ignore[arg-type]
        high=float("inf") if high is None else high,  # type: ignore[arg-type]
        precision=precision or 0.0,  # type: ignore[arg-type]
        estimate=bool(estimate),
        revision=bool(revision),
    )


# PostgreSQL -----------------------------------------------------------------------------------

_PG_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    _ARTICLES_TABLE,
    # The SQLite columns with PostgreSQL types: REAL is single precision there, and ids are
    # handed out by a sequence so that several writers never collide.
    _CLAIMS_TABLE.replace("id INTEGER PRIMARY KEY", "id BIGINT PRIMARY KEY")
    .replace(" REAL", " DOUBLE PRECISION")
    .replace("INTEGER", "BIGINT"),
    "CREATE SEQUENCE IF NOT EXISTS claim_ids",
    # NULLS LAST as SQLite orders them, so "the latest 50" is read straight off the index.
    *_INDEXES.replace("claim_id INTEGER", "claim_id BIGINT")
    .replace("(match_key, published)", "(match_key, published DESC NULLS LAST)")
    .split(";"),
)


class PostgresLedger(_SQLLedger):
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
        self._errors = psycopg.Error
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
            latest = _latest_per_article(batch)
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
            with cursor.copy(f"COPY claims ({_QUOTED_COLUMNS}) FROM STDIN") as copy:
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
                [(_INPUT_PREFIX + name, value) for name, value in stamps.items()],
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
        return [_prior_from_row(row) for row in rows]


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
