"""A run's scratch table on disk: what the ordered pass needs from every chunk, kept out of
memory so that a run's memory does not grow with its input.

Chunks' ledger entries are staged as the chunks come in and read back in publication order
(ties by article id), a bounded batch at a time; what the pass found for each article (its
CC201/CC202 findings and figure histories) is staged for the chunks' reports. The table is a
SQLite file of the run folder (`.staged-*.tmp`: a run killed mid-way leaves a temporary file
the next run's clean-up removes), written by the run's process only.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.ledger import LedgerEntry
from claimcheck.ledger.comparison import FigureHistory, HistoryEntry
from claimcheck.ledger.store import entry_from_staged, finding_from_json, staged_row
from claimcheck.pipeline.checker import INPUT_PROBLEM_CODE
from claimcheck.records import SEVERITY_ORDER, Finding

if TYPE_CHECKING:
    from claimcheck.run.batch import ChunkOutcome

# What the ordered pass adds to one article: its CC201/CC202 findings and figure histories.
Addition = tuple[list[Finding], tuple[FigureHistory, ...]]

# Ids per query: SQLite's limit on parameters is far above, a statement's cost is not.
_IDS_PER_QUERY = 500
# `json.dumps(value, separators=(",", ":"))` without a new encoder made at each call (one
# per article of a run).
_compact_json = json.JSONEncoder(separators=(",", ":")).encode

_SCHEMA = (
    # `published` is the entry's place in publication order (undated last), as in
    # LedgerEntry.order; SQLite compares text bytewise, which for UTF-8 is Python's order.
    "CREATE TABLE entries (article_id TEXT PRIMARY KEY, published TEXT NOT NULL, "
    "run_key TEXT NOT NULL, content_hash TEXT NOT NULL, claims TEXT NOT NULL, entry BLOB NOT NULL)",
    "CREATE INDEX entries_in_order ON entries (published, article_id)",
    "CREATE TABLE additions (article_id TEXT PRIMARY KEY, with_findings INTEGER NOT NULL, "
    "addition TEXT NOT NULL)",
)


@contextlib.contextmanager
def _one_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """The writes of one call in one transaction. The scratch tables' connections commit
    every statement on its own (no implicit transactions), and so each row of an
    `executemany`: its pages, the indexes' included, written out row after row. Without a
    journal there is no rolling back: on an error the rows written before it are committed,
    as they were one by one."""
    connection.execute("BEGIN")
    try:
        yield connection
    finally:
        if connection.in_transaction:  # an error SQLite ended the transaction on has none
            connection.execute("COMMIT")


class Staging:
    """The staged entries and additions of one run, in a SQLite file in `folder`."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f".staged-{secrets.token_hex(6)}.tmp"
        # Scratch data: no journal, no syncs; a crash loses a file nobody reads again.
        self._connection = sqlite3.connect(self.path, isolation_level=None)
        self._connection.execute("PRAGMA journal_mode=OFF")
        self._connection.execute("PRAGMA synchronous=OFF")
        for statement in _SCHEMA:
            self._connection.execute(statement)

    # -- ledger entries --------------------------------------------------------------------

    def add_entries(self, entries: Iterable[LedgerEntry]) -> None:
        """Stage entries; an article staged before is replaced (the last given counts, as
        when a batch names one article twice)."""
        self.add_rows([staged_row(entry) for entry in entries])

    def add_rows(self, rows: Sequence[tuple[str | bytes, ...]]) -> None:
        """Stage entries already made into rows (`ledger.store.staged_row`, where they were
        checked)."""
        if rows:
            with _one_transaction(self._connection):
                self._connection.executemany(
                    "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?)", rows
                )

    def versions(self, batch: int = _IDS_PER_QUERY) -> Iterator[dict[str, tuple[str, str]]]:
        """(run_key, content_hash) of every staged article, a batch at a time."""
        cursor = self._connection.execute("SELECT article_id, run_key, content_hash FROM entries")
        while rows := cursor.fetchmany(batch):
            yield {article_id: (run_key, digest) for article_id, run_key, digest in rows}

    def in_order(self, batch: int) -> Iterator[list[LedgerEntry]]:
        """The staged entries in publication order (ties by article id), `batch` at a time;
        each batch is read when the one before it has been used."""
        after: tuple[str, str] | None = None
        while True:
            if after is None:
                rows = self._connection.execute(
                    "SELECT published, article_id, claims, entry FROM entries "
                    "ORDER BY published, article_id LIMIT ?",
                    (batch,),
                ).fetchall()
            else:
                rows = self._connection.execute(
                    "SELECT published, article_id, claims, entry FROM entries "
                    "WHERE (published, article_id) > (?, ?) "
                    "ORDER BY published, article_id LIMIT ?",
                    (*after, batch),
                ).fetchall()
            if not rows:
                return
            after = (rows[-1][0], rows[-1][1])
            entries = [entry_from_staged(row[2], row[3]) for row in rows]
            # The rows' texts are not held while the batch is compared.
            del rows
            yield entries

    def staged_among(self, article_ids: Iterable[str]) -> set[str]:
        """Those of the ids that are staged (articles of this run)."""
        ids = list(article_ids)
        found: set[str] = set()
        for offset in range(0, len(ids), _IDS_PER_QUERY):
            part = ids[offset : offset + _IDS_PER_QUERY]
            marks = ",".join("?" * len(part))
            rows = self._connection.execute(
                f"SELECT article_id FROM entries WHERE article_id IN ({marks})", part
            )
            found.update(row[0] for row in rows)
        return found

    # -- what the pass found ---------------------------------------------------------------

    def add_additions(self, additions: Mapping[str, Addition]) -> None:
        rows = [
            (article_id, int(bool(found)), _addition_json(found, history))
            for article_id, (found, history) in additions.items()
        ]
        if rows:
            with _one_transaction(self._connection):
                self._connection.executemany(
                    "INSERT OR REPLACE INTO additions VALUES (?, ?, ?)", rows
                )

    def additions_for(self, article_ids: Iterable[str]) -> dict[str, Addition]:
        ids = list(dict.fromkeys(article_ids))
        found: dict[str, Addition] = {}
        for offset in range(0, len(ids), _IDS_PER_QUERY):
            part = ids[offset : offset + _IDS_PER_QUERY]
            marks = ",".join("?" * len(part))
            rows = self._connection.execute(
                f"SELECT article_id, addition FROM additions WHERE article_id IN ({marks})", part
            ).fetchall()
            found.update((article_id, _addition_from_json(payload)) for article_id, payload in rows)
        return found

    def with_additions(self) -> list[str]:
        return [row[0] for row in self._connection.execute("SELECT article_id FROM additions")]

    def with_findings(self) -> set[str]:
        """The articles the pass gave a finding."""
        rows = self._connection.execute("SELECT article_id FROM additions WHERE with_findings")
        return {row[0] for row in rows}

    def additions(self) -> StagedAdditions:
        return StagedAdditions(self)

    def close(self) -> None:
        """Close and remove the file."""
        self._connection.close()
        self.path.unlink(missing_ok=True)


class StagedAdditions(Mapping[str, Addition]):
    """What the pass found, by article id, read from the staging table as asked for."""

    def __init__(self, staging: Staging) -> None:
        self.staging = staging

    def __getitem__(self, article_id: str) -> Addition:
        found = self.staging.additions_for([article_id])
        if article_id not in found:
            raise KeyError(article_id)
        return found[article_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.staging.with_additions())

    def __len__(self) -> int:
        return len(self.staging.with_additions())

    def for_articles(self, article_ids: Iterable[str]) -> dict[str, Addition]:
        return self.staging.additions_for(article_ids)

    def with_findings(self) -> set[str]:
        return self.staging.with_findings()


def _addition_json(found: list[Finding], history: tuple[FigureHistory, ...]) -> str:
    return json.dumps(
        [
            # The evidence's keys in their order: the reports show them so.
            [json.dumps(finding.to_dict(), default=str) for finding in found],
            [
                [
                    figure.start,
                    figure.end,
                    figure.identity,
                    [_history_values(e) for e in figure.earlier],
                ]
                for figure in history
            ],
        ],
        separators=(",", ":"),
        default=str,
    )


def _addition_from_json(text: str) -> Addition:
    found, history = json.loads(text)
    return (
        [finding_from_json(item) for item in found],
        tuple(
            FigureHistory(start, end, identity, tuple(HistoryEntry(*e) for e in earlier))
            for start, end, identity, earlier in history
        ),
    )


def _history_values(entry: HistoryEntry) -> list[object]:
    return [entry.article_id, entry.published, entry.title, entry.text, entry.value, entry.relation]


_LINES_SCHEMA = (
    # One line per article page of the run, in the order the chunks were reported (`seq`),
    # with the run index's sort key: worst severity, counts, then the title (as UTF-8 bytes,
    # whose order is Python's string order).
    "CREATE TABLE lines (seq INTEGER PRIMARY KEY, article_id TEXT NOT NULL, stem TEXT NOT NULL, "
    "worst INTEGER NOT NULL, errors INTEGER NOT NULL, warnings INTEGER NOT NULL, "
    "infos INTEGER NOT NULL, title BLOB NOT NULL, checks INTEGER NOT NULL, "
    "claims_checked INTEGER NOT NULL, entry TEXT NOT NULL)",
    "CREATE INDEX lines_by_article ON lines (article_id, seq)",
    # Each collected chunk's findings (`chunk`: its number among the run's chunks; `seq`: the
    # finding's place among the chunk's), with the run's sort key (path, article id, start,
    # rule; texts as UTF-8 bytes, whose order is Python's string order).
    "CREATE TABLE findings (chunk INTEGER NOT NULL, seq INTEGER NOT NULL, path BLOB NOT NULL, "
    "article_id BLOB NOT NULL, start INTEGER NOT NULL, rule BLOB NOT NULL, "
    "problem INTEGER NOT NULL, finding TEXT NOT NULL, PRIMARY KEY (chunk, seq))",
    # Each collected chunk's articles, in the chunk's order.
    "CREATE TABLE articles (chunk INTEGER NOT NULL, seq INTEGER NOT NULL, "
    "article_id TEXT NOT NULL, PRIMARY KEY (chunk, seq))",
)

# The numbers under which the findings of chunks never placed (`RunLines.take`) are staged:
# after those of every placed chunk, in the order taken.
_UNPLACED_CHUNKS = 1 << 40


def finding_order(finding: Finding) -> tuple[str, str, int, str]:
    """The order of a run's findings (that of `RunLines.findings`)."""
    return (finding.path, finding.article_id, finding.start, finding.rule)


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


# A line's place in the run (`RunLines.place`): its chunk's number, then its place in the
# chunk, in one integer (a chunk holds far fewer articles).
_CHUNK_STRIDE = 1 << 32


def place_of(chunk: int, position: int) -> int:
    return chunk * _CHUNK_STRIDE + position


# Lines read back per query: the run index and the catalog are written this many at a time.
LINES_PER_READ = 2000


class RunLines:
    """The run's index lines (one per article page: see report.articles.article_entry), moved
    to a SQLite file in `folder` as each chunk is reported, and read back in the orders the
    run index, the catalog and the tables want, so that the run's end never holds a line per
    article. Made with the first chunk that has lines; `close` removes it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._connection: sqlite3.Connection | None = None
        self._unplaced = 0

    def _open(self) -> sqlite3.Connection:
        if self._connection is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.path = self.folder / f".staged-{secrets.token_hex(6)}.tmp"
            self._connection = sqlite3.connect(self.path, isolation_level=None)
            self._connection.execute("PRAGMA journal_mode=OFF")
            self._connection.execute("PRAGMA synchronous=OFF")
            for statement in _LINES_SCHEMA:
                self._connection.execute(statement)
        return self._connection

    def add(self, entries: Iterable[dict], places: Iterable[int] | None = None) -> None:
        """Stage lines after those staged before; with `places`, each line under its own
        place in the run's order (`place_of`), replacing the line staged there before."""
        rows = [
            (
                entry["id"],
                entry["stem"],
                SEVERITY_ORDER.get(entry.get("worst") or "", -1),
                entry["findings_by_severity"]["error"],
                entry["findings_by_severity"]["warning"],
                entry["findings_by_severity"]["info"],
                (entry["title"] or "").encode("utf-8", "surrogatepass"),
                entry.get("checks", 0),
                entry.get("claims_checked", 0),
                _compact_json(entry),
            )
            for entry in entries
        ]
        if not rows:
            return
        connection = self._open()
        columns = "article_id, stem, worst, errors, warnings, infos, title, checks, claims_checked"
        with _one_transaction(connection):
            if places is None:
                connection.executemany(
                    f"INSERT INTO lines ({columns}, entry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
            else:
                connection.executemany(
                    f"INSERT OR REPLACE INTO lines (seq, {columns}, entry) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(place, *row) for place, row in zip(places, rows, strict=True)],
                )

    def place(self, outcome: ChunkOutcome, chunk: int) -> None:
        """Move a collected chunk's lines, findings and article ids here as soon as it is
        checked, the lines each under its place in the run (the chunk's number among the
        run's chunks, the article's place in it): the run holds none of them per article
        while the ordered pass goes on. The lines of the pages written again once the chunk
        is reported replace them, and their findings the findings of the articles read back
        (`take`)."""
        outcome.lines_chunk = chunk
        self.add(outcome.entries, (place_of(chunk, p) for p in outcome.entry_positions))
        outcome.entries = []
        outcome.entry_positions = []
        if outcome.articles:
            # A chunk of unreadable inputs only keeps its few findings: a run with nothing
            # new makes no run folder for this file.
            self._add_findings(chunk, outcome.findings)
            outcome.findings = []
        if outcome.article_ids:
            with _one_transaction(self._open()) as connection:
                connection.executemany(
                    "INSERT INTO articles VALUES (?, ?, ?)",
                    [(chunk, seq, aid) for seq, aid in enumerate(outcome.article_ids)],
                )
        outcome.article_ids = []

    def take(self, outcome: ChunkOutcome) -> None:
        """Move a reported chunk's lines and findings here: those of a chunk placed when
        collected under their places (replacing the lines of pages written again, and the
        findings of the articles read back), else after those staged."""
        if outcome.lines_chunk is None:
            self.add(outcome.entries)
            if outcome.articles and outcome.findings:
                self._add_findings(_UNPLACED_CHUNKS + self._unplaced, outcome.findings)
                self._unplaced += 1
                outcome.findings = []
        else:
            chunk = outcome.lines_chunk
            self.add(outcome.entries, (place_of(chunk, p) for p in outcome.entry_positions))
            outcome.entry_positions = []
            if outcome.articles:
                self._drop_findings(chunk, outcome.reread)
                self._add_findings(chunk, outcome.findings)
                outcome.findings = []
            outcome.reread = []
        outcome.entries = []

    def _add_findings(self, chunk: int, findings: Sequence[Finding]) -> None:
        """Stage findings after those of the chunk staged before."""
        if not findings:
            return
        connection = self._open()
        (last,) = connection.execute(
            "SELECT MAX(seq) FROM findings WHERE chunk = ?", (chunk,)
        ).fetchone()
        first = 0 if last is None else last + 1
        rows = [
            (
                chunk,
                first + offset,
                _utf8(finding.path),
                _utf8(finding.article_id),
                finding.start,
                _utf8(finding.rule),
                int(finding.rule == INPUT_PROBLEM_CODE),
                json.dumps(finding.to_dict(), default=str),
            )
            for offset, finding in enumerate(findings)
        ]
        with _one_transaction(connection):
            connection.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def _drop_findings(self, chunk: int, article_ids: Sequence[str]) -> None:
        """Drop the chunk's findings of these articles (read back and reported again: the
        report brings all their findings); an unreadable input's stay."""
        ids = list(dict.fromkeys(article_ids))
        if not ids or self._connection is None:
            return
        with _one_transaction(self._connection) as connection:
            for offset in range(0, len(ids), _IDS_PER_QUERY):
                part = [_utf8(aid) for aid in ids[offset : offset + _IDS_PER_QUERY]]
                marks = ",".join("?" * len(part))
                connection.execute(
                    f"DELETE FROM findings WHERE chunk = ? AND NOT problem "
                    f"AND article_id IN ({marks})",
                    (chunk, *part),
                )

    def findings(self) -> list[Finding]:
        """Every staged finding, sorted by path, article id, start and rule (ties in the
        chunks' order), as the run's end writes them (`finding_order`)."""
        return [
            finding_from_json(payload)
            for (payload,) in self._rows(
                "SELECT finding FROM findings ORDER BY path, article_id, start, rule, chunk, seq"
            )
        ]

    def articles_with_findings(self) -> set[str]:
        """The articles with a staged finding (an unreadable input's id included, as the
        findings name it)."""
        return {
            row[0].decode("utf-8", "surrogatepass")
            for row in self._rows("SELECT DISTINCT article_id FROM findings")
        }

    def article_ids(self, outcome: ChunkOutcome) -> list[str]:
        """The ids of a chunk's articles, in its order: read back once the chunk is placed."""
        if outcome.lines_chunk is None or self._connection is None:
            return list(outcome.article_ids)
        return [
            row[0]
            for row in self._connection.execute(
                "SELECT article_id FROM articles WHERE chunk = ? ORDER BY seq",
                (outcome.lines_chunk,),
            )
        ]

    def sorted_article_ids(self) -> Iterator[str]:
        """The ids of every placed chunk's articles, each once, in Python's string order
        (SQLite compares texts as UTF-8 bytes, whose order is the code points')."""
        for (article_id,) in self._rows("SELECT DISTINCT article_id FROM articles ORDER BY 1"):
            yield article_id

    def every_article_id(self) -> Iterator[str]:
        """The ids of every placed chunk's articles, in the chunks' order."""
        for (article_id,) in self._rows("SELECT article_id FROM articles ORDER BY chunk, seq"):
            yield article_id

    def claims_checked(self) -> int:
        """The claims examined by a check, over every page's line."""
        rows = list(self._rows("SELECT SUM(claims_checked) FROM lines"))
        return (rows[0][0] or 0) if rows else 0

    def _rows(self, statement: str, parameters: Sequence[object] = ()) -> Iterator[tuple]:
        if self._connection is None:
            return
        cursor = self._connection.execute(statement, parameters)
        while rows := cursor.fetchmany(LINES_PER_READ):
            yield from rows

    def in_index_order(self) -> Iterator[dict]:
        """The lines as the run index lists them: worst first, then by their counts, then
        by title; ties in the order staged."""
        for (entry,) in self._rows(
            "SELECT entry FROM lines ORDER BY worst DESC, errors DESC, warnings DESC, "
            "infos DESC, title, seq"
        ):
            yield json.loads(entry)

    def with_findings(self) -> list[dict]:
        """The lines of the articles with findings, in the order staged."""
        return [
            json.loads(row[0])
            for row in self._rows("SELECT entry FROM lines WHERE worst >= 0 ORDER BY seq")
        ]

    def most_checks(self) -> int:
        rows = list(self._rows("SELECT MAX(checks) FROM lines"))
        return (rows[0][0] or 0) if rows else 0

    def catalog_stems(self) -> Iterator[tuple[str, str]]:
        """(article id, stem) of each article, in the order first staged, with its last
        stem (as a dict updated line by line has them)."""
        yield from self._rows(
            "SELECT article_id, (SELECT stem FROM lines later WHERE later.article_id = "
            "lines.article_id ORDER BY seq DESC LIMIT 1) FROM lines GROUP BY article_id "
            "ORDER BY MIN(seq)"
        )

    def _last_lines(self, article_ids: Iterable[str]) -> dict[str, dict]:
        ids = list(dict.fromkeys(article_ids))
        found: dict[str, dict] = {}
        if self._connection is None:
            return found
        for offset in range(0, len(ids), _IDS_PER_QUERY):
            part = ids[offset : offset + _IDS_PER_QUERY]
            marks = ",".join("?" * len(part))
            rows = self._connection.execute(
                f"SELECT article_id, entry FROM lines WHERE article_id IN ({marks}) ORDER BY seq",
                part,
            )
            found.update((article_id, json.loads(entry)) for article_id, entry in rows)
        return found

    def stems_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The last stem of each of the articles that has a line."""
        return {aid: entry["stem"] for aid, entry in self._last_lines(article_ids).items()}

    def articles_of(self, article_ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """(source, published) of each of the articles that has a line (its last)."""
        return {
            aid: (entry["source"], entry["published"])
            for aid, entry in self._last_lines(article_ids).items()
        }

    def sources_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The run index's source name of each of the articles that has a line."""
        return {
            aid: entry["source"] or "(no source)"
            for aid, entry in self._last_lines(article_ids).items()
        }

    def close(self) -> None:
        """Close and remove the file."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None
            self.path.unlink(missing_ok=True)
