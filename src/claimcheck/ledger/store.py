"""The claim ledger's schema and rows, shared by its two backends (`sqlite`, `postgres`).

Besides the claims as extracted, each matchable figure is stored with its matching keys
(`claimcheck.ledger.identity`) and one row per subject in `claim_keys`, indexed by
(match_key, published): finding the earlier claims about the same subject, measure and period
is an index lookup, whatever the size of the ledger. `ClaimLedger` is what the rest of
claimcheck sees of a ledger; `SQLLedger` the statements both backends run alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
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
INPUT_PREFIX = "input:"

ARTICLES_TABLE = """
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

CLAIMS_TABLE = """
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

INDEXES = """
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
V1_COLUMNS = (
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
CLAIM_COLUMNS = (*V1_COLUMNS, "change", "granularity", "sentence_start")
KEY_COLUMNS = (
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
ALL_COLUMNS = ("id", *CLAIM_COLUMNS, *KEY_COLUMNS)


QUOTED_COLUMNS = ", ".join('"' + column + '"' for column in ALL_COLUMNS)
INSERT_CLAIM = f"INSERT INTO claims ({QUOTED_COLUMNS}) VALUES ({', '.join('?' * len(ALL_COLUMNS))})"


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


def latest_per_article(entries: Sequence[LedgerEntry]) -> dict[str, LedgerEntry]:
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
    unkeyed = (None,) * len(KEY_COLUMNS)
    for index, claim in enumerate(claims):
        keys = keys_by_claim.get(id(claim))
        rows.append((*_claim_row(claim), *(key_values(keys) if keys else unkeyed)))
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


class SQLLedger:
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
            f"SELECT value FROM meta WHERE key = {self._mark}", (INPUT_PREFIX + name,)
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
        columns = (*CLAIM_COLUMNS, *KEY_COLUMNS)
        rows = self._connection.execute(
            f"SELECT {', '.join(map(quote_column, columns))} FROM claims "
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


def quote_column(column: str) -> str:
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


def key_values(keys: ClaimKeys) -> tuple[object, ...]:
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


def claim_from_row(row: Sequence[object]) -> Claim:
    values = dict(zip(ALL_COLUMNS, row, strict=True))
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


def prior_from_row(row: Sequence[object]) -> PriorClaim:
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
