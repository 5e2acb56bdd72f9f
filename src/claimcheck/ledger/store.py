"""The claim ledger's schema and rows, shared by its two backends (`sqlite`, `postgres`).

The ledger holds every recorded article with its claims (one JSON document per article, for
reading them back), and each figure with an identity (`claimcheck.ledger.identity`) as a row
of `figures` with one row per index key in `figure_keys`, indexed by (match_key, published):
the earlier figures with the same identity are an index lookup away, whatever the size of the
ledger, and a run records a row per figure, not per claim. The ordered comparison
(`claimcheck.ledger.comparison`) stores with each article its links to earlier articles'
figures (`links`: same, update, contradiction, sources differ) and its CC201/CC202 findings,
in the transaction that stores the article. `dismissals` remembers links an editor marked
wrong.

Schema versions: 3 holds identities, links and findings. 4 adds the places of an incident
figure's event (which of its anchors are places, as the comparison tells two incidents
apart) and makes the key index cover the figure id (a key lookup reads the index alone); a
ledger of version 3 is upgraded in place when opened (its incidents' places unknown, as
before). A ledger of version 1 or 2 lacks the identities every comparison needs and cannot
be given them (the article bodies are not stored): it is refused with a one-line reason,
never read as if it had them.
"""

from __future__ import annotations

import json
import marshal
import operator
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import repeat
from typing import Any, ClassVar, Protocol, Self, runtime_checkable

from claimcheck.errors import ClaimcheckError
from claimcheck.input.articles import content_hash
from claimcheck.ledger.events import Event
from claimcheck.ledger.identity import Figure, identify
from claimcheck.ledger.names import TRADE_WORDS, is_place, is_specific
from claimcheck.records import Article, Claim, Finding

SCHEMA_VERSION = 4
# The oldest schema a ledger can be upgraded from in place (`UPGRADES`).
UPGRADABLE_FROM = 3
# The latest earlier figures per key a new figure is compared with: a subject reported
# every month keeps its comparisons short however long the ledger grows.
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
    recorded_at TEXT NOT NULL,
    claim_count INTEGER NOT NULL DEFAULT 0,
    claims TEXT NOT NULL DEFAULT '[]'
)
"""

FIGURES_TABLE = """
CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    claim_index INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence TEXT NOT NULL DEFAULT '',
    what TEXT NOT NULL,
    of_what TEXT NOT NULL,
    subject_role TEXT,
    period TEXT,
    part_of TEXT,
    identity_unit TEXT,
    modality TEXT,
    basis TEXT,
    attribution TEXT,
    behaviour TEXT,
    specific INTEGER,
    event_kind TEXT,
    event_anchors TEXT,
    event_first TEXT,
    event_last TEXT,
    event_dated INTEGER,
    figure_role TEXT,
    key_value REAL,
    key_low REAL,
    key_high REAL,
    precision REAL,
    period_last TEXT,
    event_places TEXT
)
"""

LINKS_TABLE = """
CREATE TABLE IF NOT EXISTS links (
    figure_id INTEGER NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
    earlier_figure_id INTEGER NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
    relation TEXT NOT NULL,
    dismissed INTEGER NOT NULL DEFAULT 0
)
"""

FINDINGS_TABLE = """
CREATE TABLE IF NOT EXISTS ledger_findings (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    finding TEXT NOT NULL
)
"""

DISMISSALS_TABLE = """
CREATE TABLE IF NOT EXISTS dismissals (
    article_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    earlier_article_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    dismissed_at TEXT NOT NULL
)
"""

INDEXES = """
CREATE TABLE IF NOT EXISTS figure_keys (
    match_key TEXT NOT NULL,
    published TEXT,
    figure_id INTEGER NOT NULL REFERENCES figures(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS figure_keys_by_key ON figure_keys(match_key, published, figure_id);
CREATE INDEX IF NOT EXISTS figure_keys_by_figure ON figure_keys(figure_id);
CREATE INDEX IF NOT EXISTS figures_by_article ON figures(article_id);
CREATE INDEX IF NOT EXISTS links_by_figure ON links(figure_id);
CREATE INDEX IF NOT EXISTS links_by_earlier ON links(earlier_figure_id);
CREATE INDEX IF NOT EXISTS findings_by_article ON ledger_findings(article_id);
CREATE INDEX IF NOT EXISTS dismissals_by_article ON dismissals(article_id)
"""

# From version 3 to 4: the events' places, and the key index covering the figure id.
UPGRADES = {
    3: (
        "ALTER TABLE figures ADD COLUMN event_places TEXT",
        "DROP INDEX IF EXISTS figure_keys_by_key",
        "CREATE INDEX figure_keys_by_key ON figure_keys(match_key, published, figure_id)",
    ),
}

IDENTITY_COLUMNS = (
    "what",
    "of_what",
    "subject_role",
    "period",
    "part_of",
    "identity_unit",
    "modality",
    "basis",
    "attribution",
    "behaviour",
    "specific",
    "event_kind",
    "event_anchors",
    "event_first",
    "event_last",
    "event_dated",
    "figure_role",
    "key_value",
    "key_low",
    "key_high",
    "precision",
    "period_last",
    "event_places",
)
FIGURE_COLUMNS = (
    "id",
    "article_id",
    "claim_index",
    "start",
    "end",
    "text",
    "sentence",
    *IDENTITY_COLUMNS,
)
QUOTED_COLUMNS = ", ".join('"' + column + '"' for column in FIGURE_COLUMNS)
ARTICLE_COLUMNS = (
    "id",
    "source",
    "title",
    "published",
    "content_hash",
    "run_key",
    "path",
    "recorded_at",
    "claim_count",
    "claims",
)
# What a stored figure is read back with (`StoredFigure.from_row`).
FIGURE_SELECT = (
    "SELECT f.id, f.article_id, a.source, a.title, a.published, f.text, f.sentence, "
    'f.start, f."end", f.claim_index, '
    + ", ".join(f"f.{column}" for column in IDENTITY_COLUMNS)
    + " FROM figures f JOIN articles a ON a.id = f.article_id"
)


class LedgerError(ClaimcheckError):
    """The ledger cannot be opened, is of another schema, or was asked something it cannot do."""


def refuse_old_schema(where: str, version: int) -> LedgerError:
    """The one-line reason a ledger of a schema too old to upgrade is not used."""
    return LedgerError(
        f"{where}: ledger schema version {version} predates claim identities (version "
        f"{UPGRADABLE_FROM}) and cannot be upgraded in place: record the archive again into a "
        "new ledger"
    )


def refuse_newer_schema(where: str, version: int) -> LedgerError:
    return LedgerError(
        f"{where}: ledger schema version {version} is newer than this claimcheck understands "
        f"({SCHEMA_VERSION}); upgrade claimcheck"
    )


# -- figures -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredFigure:
    """A figure with an identity as the comparison sees it: one of an earlier article read from
    the ledger, or one of the batch being compared (its claim id given when it is recorded)."""

    claim_id: int | None
    article_id: str
    # The publication's name, not the figure's attribution (that is `attribution`).
    source: str
    title: str
    published: str | None
    text: str
    sentence: str
    start: int
    end: int
    what: str
    of_what: str
    subject_role: str
    period: str | None
    part_of: str | None
    unit: str
    modality: str
    basis: str | None
    attribution: str | None
    behaviour: str
    specific: bool
    event: Event | None
    role: str
    value: float | None
    low: float
    high: float
    precision: float
    period_last: date | None
    # Where its claim sits in its article's entry (batch figures only).
    index: int = -1
    # Its index keys, computed once (see `index_keys`).
    keys: tuple[str, ...] = ()

    @property
    def order(self) -> tuple[str, str]:
        """Where it stands in publication order (undated articles last, ties by article id)."""
        return (self.published or "\uffff", self.article_id)

    def index_keys(self) -> tuple[str, ...]:
        """The keys figures of other articles with this identity are found under."""
        if self.keys:
            return self.keys
        return _figure_keys(
            self.what, self.unit, self.modality, self.part_of, self.event, self.of_what, self.period
        )

    def with_keys(self) -> StoredFigure:
        return replace(self, keys=self.index_keys())

    def identity_row(self) -> tuple[object, ...]:
        """The identity's columns (IDENTITY_COLUMNS) as the ledger stores them."""
        event = self.event
        low, high, period_last = self.low, self.high, self.period_last
        # Every figure of a run is written once: its plain fields in one call, the rest only
        # where they are set (most figures have no incident and no last day).
        if event is None:
            return (
                *_PLAIN_IDENTITY(self),
                int(self.specific),
                None,
                None,
                None,
                None,
                None,
                self.role,
                self.value,
                None if low == _INFINITY or low == -_INFINITY else low,
                None if high == _INFINITY or high == -_INFINITY else high,
                self.precision,
                period_last.isoformat() if period_last else None,
                None,
            )
        return (
            *_PLAIN_IDENTITY(self),
            int(self.specific),
            event.kind,
            "|".join(sorted(event.anchors)),
            _iso(event.first),
            _iso(event.last),
            int(event.dated),
            self.role,
            self.value,
            _finite(low),
            _finite(high),
            self.precision,
            _iso(period_last),
            "|".join(sorted(event.places)),
        )

    def readable(self) -> dict[str, object]:
        out: dict[str, object] = {
            "what": self.what,
            "of_what": self.of_what,
            "when": self.period,
            "basis": self.basis,
            "source": self.attribution,
        }
        if self.event is not None:
            # The incident's date when an article states it; else it is known only to be
            # on or before the report.
            out["when"] = _iso(_middle(self.event)) if self.event.dated else None
            out["incident"] = {
                "kind": self.event.kind,
                "where": sorted(self.event.anchors),
                "dated": self.event.dated,
            }
        if self.part_of:
            out["part_of"] = self.part_of
        if self.modality != "fact":
            out["modality"] = self.modality
        return out

    @classmethod
    def from_row(cls, row: Sequence[object]) -> StoredFigure:
        (claim_id, article_id, source, title, published, text, sentence, start, end, index) = row[
            :10
        ]
        values = dict(zip(IDENTITY_COLUMNS, row[10:], strict=True))
        event = None
        if values["event_kind"]:
            anchors = str(values["event_anchors"] or "")
            places = str(values["event_places"] or "")
            event = Event(
                str(values["event_kind"]),
                frozenset(anchors.split("|")) if anchors else frozenset(),
                _day(values["event_first"]),  # type: ignore[arg-type]
                _day(values["event_last"]),  # type: ignore[arg-type]
                bool(values["event_dated"]),
                frozenset(places.split("|")) if places else frozenset(),
            )
        low, high = values["key_low"], values["key_high"]
        what, unit, modality = (
            str(values["what"]),
            str(values["identity_unit"]),
            str(values["modality"]),
        )
        part_of, of_what, period = values["part_of"], str(values["of_what"]), values["period"]
        # The keys given at once: a figure read back is made once, not copied to add them.
        keys = _figure_keys(what, unit, modality, part_of, event, of_what, period)  # type: ignore[arg-type]
        return cls(
            claim_id=int(claim_id),  # type: ignore[arg-type]
            article_id=str(article_id),
            source=str(source or ""),
            title=str(title or ""),
            published=published,  # type: ignore[arg-type]
            text=str(text),
            sentence=str(sentence),
            start=int(start),  # type: ignore[arg-type]
            end=int(end),  # type: ignore[arg-type]
            what=what,
            of_what=of_what,
            subject_role=str(values["subject_role"]),
            period=period,  # type: ignore[arg-type]
            part_of=part_of,  # type: ignore[arg-type]
            unit=unit,
            modality=modality,
            basis=values["basis"],  # type: ignore[arg-type]
            attribution=values["attribution"],  # type: ignore[arg-type]
            behaviour=str(values["behaviour"]),
            specific=bool(values["specific"]),
            event=event,
            role=str(values["figure_role"]),
            value=values["key_value"],  # type: ignore[arg-type]
            low=float("-inf") if low is None else float(low),  # type: ignore[arg-type]
            high=float("inf") if high is None else float(high),  # type: ignore[arg-type]
            precision=float(values["precision"] or 0.0),  # type: ignore[arg-type]
            period_last=_day(values["period_last"]),  # type: ignore[arg-type]
            index=int(index),  # type: ignore[arg-type]
            keys=keys,
        )


# The identity's columns that are a field as it is, in IDENTITY_COLUMNS' order.
_PLAIN_IDENTITY = operator.attrgetter(
    "what",
    "of_what",
    "subject_role",
    "period",
    "part_of",
    "unit",
    "modality",
    "basis",
    "attribution",
    "behaviour",
)
_INFINITY = float("inf")


def _figure_keys(
    what: str,
    unit: str,
    modality: str,
    part_of: str | None,
    event: Event | None,
    of_what: str,
    period: str | None,
) -> tuple[str, ...]:
    base = f"{what}|{unit}|{modality}|{part_of or '-'}"
    if event is not None:
        keys = [f"{base}|event:{event.kind}:{anchor}" for anchor in sorted(event.anchors)]
        if part_of:
            # One village's toll of a raid on several is the toll of the raid on that village,
            # as an article that reports only that village gives it (Identity.index_keys).
            keys.append(f"{what}|{unit}|{modality}|-|event:{event.kind}:{part_of}")
        return tuple(keys)
    exact = f"{base}|{of_what}|{period or '-'}"
    # The name's forms share the subject's own key space: a name with no buyer or holder is
    # its own exact key ("labatt"), so it costs no second row, and a shorter form of a longer
    # name ("labatt" of "john labatt") is the exact key of a figure written so. Candidates
    # found under a key are still those of its subject as written or named longer or
    # shorter (`same_named_subject`), compared as such.
    keys = dict.fromkeys(
        [exact, *(f"{base}|{name}|{period or '-'}" for name in subject_name_keys(of_what))]
    )
    return tuple(keys)


# A subject's name with what it is of split off: "lisk foods by norhaven" (a deal and its
# buyer), "tessaly energy held by ostmark" (a stake and its holder). "pipeline@ecuador" (an
# object of the article's topic) has no name of its own and is matched only as written.
_NAME_TAIL = (" held by ", " by ")
# The longest name whose shorter forms are indexed (a name longer than this is matched exactly).
_LONGEST_NAME = 8


def subject_name(of_what: str) -> tuple[str, str] | None:
    """The subject's name and what follows it ("held by ostmark", "by norhaven", ""), or None
    for an object of a topic ("pipeline@ecuador")."""
    if "@" in of_what:
        return None
    for tail in _NAME_TAIL:
        name, found, rest = of_what.partition(tail)
        if found:
            return name, f"{tail.strip()} {rest}"
    return of_what, ""


def _names_someone(name: str) -> bool:
    """Whether a name (or a part of one) says who, not only what trade or where: "orwin",
    "halden marine" do; "oil", "savings and loan association of ohio" (every word a
    trade, a form, a connector or a place) do not."""
    if len(name) < 3 or not is_specific(name):
        return False
    return not all(word in TRADE_WORDS or is_place(word) for word in name.split())


# A run's figures share a few thousand subjects: each one's name forms are worked out once (the
# figures of every article as they are made, each stored figure as it is read back).
@lru_cache(maxsize=16_384)
def subject_name_keys(of_what: str) -> tuple[str, ...]:
    """The forms of a subject's name under which a longer or shorter form of it is found: the
    name, and the runs of its words one or two shorter that open or close it ("john labatt":
    "john labatt", "john", "labatt"), each naming someone (not a place, not an institution
    every country has). Whether two names found so are one is `same_named_subject`'s to say."""
    split = subject_name(of_what)
    if split is None:
        return ()
    words = split[0].split()
    if not words or len(words) > _LONGEST_NAME:
        return ()
    names: dict[str, None] = {}
    # One or two words more or fewer: "labatt" in "john labatt", "association" and
    # "association of woodward".
    for size in range(len(words), max(len(words) - 3, 0), -1):
        for name in (" ".join(words[:size]), " ".join(words[-size:])):
            if _names_someone(name):
                names[name] = None
    return tuple(names)


def same_named_subject(one: str, other: str) -> bool:
    """Whether two subjects may be one named once longer: the words of one name open or close
    the other's ("labatt" and "john labatt", "piedmont" and "piedmont aviation"), the words
    added naming no place ("halden marine france" is the company's arm in France), and what
    follows the names agrees (one buyer, one holder, or one side naming none). Such figures
    may agree, never dispute each other: a unit, another company or a second bidder may share
    the words ("department stores", "health care"), so a difference says nothing."""
    if one == other:
        return True
    first, second = subject_name(one), subject_name(other)
    if first is None or second is None:
        return False
    (name, tail), (other_name, other_tail) = first, second
    if tail and other_tail and tail != other_tail:
        return False
    short, long = sorted((name.split(), other_name.split()), key=len)
    size = len(short)
    if not short or not _names_someone(" ".join(short)):
        return False
    if long[len(long) - size :] == short:
        added = long[: len(long) - size]
    elif long[:size] == short:
        added = long[size:]
    else:
        return False
    return not (added and (is_place(" ".join(added)) or any(is_place(word) for word in added)))


def stored_figure(
    article: Article, figure: Figure, index: int, published: str | None
) -> StoredFigure:
    identity = figure.identity
    claim = figure.claim
    # Its keys computed here: no second figure made by `with_keys`.
    keys = _figure_keys(
        identity.what,
        identity.unit,
        identity.modality,
        identity.part_of,
        identity.event,
        identity.of_what,
        identity.when,
    )
    return StoredFigure(
        claim_id=None,
        article_id=article.id,
        source=article.source,
        title=article.title,
        published=published,
        text=claim.text,
        sentence=claim.sentence,
        start=claim.start,
        end=claim.end,
        what=identity.what,
        of_what=identity.of_what,
        subject_role=identity.subject_role,
        period=identity.when,
        part_of=identity.part_of,
        unit=identity.unit,
        modality=identity.modality,
        basis=identity.basis,
        attribution=identity.source,
        behaviour=identity.behaviour,
        specific=identity.specific,
        event=identity.event,
        role=figure.role,
        value=figure.value,
        low=figure.low,
        high=figure.high,
        precision=figure.precision,
        period_last=figure.period_last,
        index=index,
        keys=keys,
    )


# -- entries -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One article as the ledger stores it, in plain values: prepared where the article was
    checked (its figures' identities computed there), compared and written by whoever owns
    the ledger connection, in publication order."""

    article_id: str
    source: str
    title: str
    published: str | None
    content_hash: str
    run_key: str
    path: str
    # Every claim as JSON, as `ledger show` lists them, and how many there are.
    claims: str
    claim_count: int
    # The claims with an identity, `index` their place among the claims.
    figures: tuple[StoredFigure, ...]

    @property
    def order(self) -> tuple[str, str]:
        return (self.published or "\uffff", self.article_id)

    def article_row(self, now: str) -> tuple[object, ...]:
        return (
            self.article_id,
            self.source,
            self.title,
            self.published,
            self.content_hash,
            self.run_key,
            self.path,
            now,
            self.claim_count,
            self.claims,
        )

    def figure_rows(self, ids: Sequence[int]) -> list[tuple[object, ...]]:
        """A row per figure, `ids` in the order of `figures`."""
        return [
            (
                figure_id,
                self.article_id,
                figure.index,
                figure.start,
                figure.end,
                figure.text,
                figure.sentence,
                *figure.identity_row(),
            )
            for figure_id, figure in zip(ids, self.figures, strict=True)
        ]

    def key_rows(self, ids: Sequence[int]) -> list[tuple[object, ...]]:
        return [
            (key, self.published, figure_id)
            for figure_id, figure in zip(ids, self.figures, strict=True)
            for key in figure.index_keys()
        ]


def ledger_entry(
    article: Article,
    run_key: str,
    claims: Iterable[Claim],
    figures: Iterable[Figure] | None = None,
    sentences: Sequence[tuple[int, int]] | None = None,
    digest: str | None = None,
    claims_json: str | None = None,
) -> LedgerEntry:
    """An article and its claims as ledger rows; `figures` reuses identities already computed
    for these very claims, `digest` the article's content hash already computed,
    `claims_json` the claims already written as `_claims_json` writes them."""
    claims = list(claims)
    if figures is None:
        figures = identify(article, claims, sentences)
    published = article.published.isoformat() if article.published else None
    index_of = {id(claim): index for index, claim in enumerate(claims)}
    stored = tuple(
        stored_figure(article, figure, index_of[id(figure.claim)], published)
        for figure in figures
        if id(figure.claim) in index_of
    )
    return LedgerEntry(
        article_id=article.id,
        source=article.source,
        title=article.title,
        published=published,
        content_hash=digest or content_hash(article),
        run_key=run_key,
        path=article.path,
        claims=_claims_json(claims) if claims_json is None else claims_json,
        claim_count=len(claims),
        figures=stored,
    )


def entry_staged(entry: LedgerEntry) -> tuple[str, bytes]:
    """An entry as two values, its claims (already JSON) and the rest in `marshal`'s format,
    for a run that keeps its entries on disk until its ordered pass (`entry_from_staged` gives
    it back equal). The rest is plain values (texts, numbers, None, lists, tuples), written by
    a worker and read back by the run's process, one interpreter: `marshal` reads it in half
    the time JSON takes, and the pass reads every staged entry."""
    rest = [
        entry.article_id,
        entry.source,
        entry.title,
        entry.published,
        entry.content_hash,
        entry.run_key,
        entry.path,
        entry.claim_count,
        [_figure_values(figure) for figure in entry.figures],
    ]
    return entry.claims, marshal.dumps(rest)


def staged_row(entry: LedgerEntry) -> tuple[str | bytes, ...]:
    """An entry as a run's staging table holds it (`run.staging`): its id, its place in
    publication order, run key and content hash, then `entry_staged`'s two values. Made where
    the entry is made (a worker), the run's process only inserts it."""
    return (
        entry.article_id,
        entry.order[0],
        entry.run_key,
        entry.content_hash,
        *entry_staged(entry),
    )


def entry_from_staged(claims: str, rest: bytes) -> LedgerEntry:
    values = marshal.loads(rest)
    figures = tuple(_figure_from_values(item) for item in values[8])
    return LedgerEntry(*values[:7], claims, values[7], figures)


def _figure_values(figure: StoredFigure) -> list[object]:
    """A figure's fields in their order, its event and dates as plain values (lists, ISO
    days)."""
    values: list[object] = [getattr(figure, name) for name in _FIGURE_FIELDS]
    event = figure.event
    if event is not None:
        values[_EVENT_AT] = [
            event.kind,
            sorted(event.anchors),
            _iso(event.first),
            _iso(event.last),
            event.dated,
            sorted(event.places),
        ]
    values[_PERIOD_LAST_AT] = _iso(figure.period_last)
    return values


def _figure_from_values(values: list) -> StoredFigure:
    event = values[_EVENT_AT]
    if event is not None:
        kind, anchors, first, last, dated, places = event
        values[_EVENT_AT] = Event(
            kind, frozenset(anchors), _day(first), _day(last), dated, frozenset(places)
        )
    values[_PERIOD_LAST_AT] = _day(values[_PERIOD_LAST_AT])
    values[_KEYS_AT] = tuple(values[_KEYS_AT])
    # Each slot set through its own descriptor, in one C loop: what the dataclass's
    # `__init__` does with `object.__setattr__` field by field, at a third of the cost (the
    # ordered pass reads back every staged figure, tens of thousands per corpus).
    if len(values) != len(_FIGURE_SLOT_SETTERS):
        raise ValueError(f"a staged figure has {len(values)} fields, not {len(_FIGURE_FIELDS)}")
    figure = _new_object(StoredFigure)
    any(map(operator.call, _FIGURE_SLOT_SETTERS, repeat(figure), values))
    return figure


_FIGURE_FIELDS = tuple(StoredFigure.__dataclass_fields__)
# The setter of each StoredFigure slot, in field order; only for a class whose `__init__`
# does nothing but set every field (no `__post_init__`, every field an argument).
_FIGURE_SLOT_SETTERS = tuple(StoredFigure.__dict__[name].__set__ for name in _FIGURE_FIELDS)
if hasattr(StoredFigure, "__post_init__") or not all(
    spec.init for spec in StoredFigure.__dataclass_fields__.values()
):
    raise TypeError("StoredFigure's __init__ does more than set its fields: read it back by it")
_new_object = object.__new__
_EVENT_AT = _FIGURE_FIELDS.index("event")
_PERIOD_LAST_AT = _FIGURE_FIELDS.index("period_last")
_KEYS_AT = _FIGURE_FIELDS.index("keys")


def latest_per_article(entries: Iterable[LedgerEntry]) -> dict[str, LedgerEntry]:
    """One entry per article id, the last given (a batch that names one twice keeps the last,
    as storing them one after another would)."""
    return {entry.article_id: entry for entry in entries}


# -- links and dismissals ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Link:
    """A figure of a later article linked to a figure of an earlier one with one identity."""

    later: StoredFigure
    earlier: StoredFigure
    relation: str
    dismissed: bool = False


@dataclass(frozen=True, slots=True)
class Dismissal:
    """An editor's word that a link is wrong: not reported again."""

    article_id: str
    start: int
    end: int
    earlier_article_id: str
    reason: str

    def covers(self, later: StoredFigure, earlier_article_id: str) -> bool:
        return (
            self.article_id == later.article_id
            and self.earlier_article_id == earlier_article_id
            and self.start < later.end
            and later.start < self.end
        )


@dataclass(slots=True)
class Recorded:
    """What the comparison recorded for one article: its links and findings."""

    entry: LedgerEntry
    links: list[Link]
    findings: list[Finding]
    # The ids its figures are stored under, in the order of the entry's figures.
    figure_ids: list[int]
    # An earlier version of the article is stored (and is replaced).
    replaces: bool = False


# -- the protocol ------------------------------------------------------------------------------


@runtime_checkable
class ClaimLedger(Protocol):
    """What claimcheck needs from a ledger; SQLite on one machine, PostgreSQL shared."""

    def ordered_pass(self) -> AbstractContextManager[None]: ...

    def stored_versions(self, article_ids: Iterable[str]) -> dict[str, tuple[str, str]]: ...

    def figures_for(self, keys: Iterable[str]) -> list[StoredFigure]: ...

    def figures_near(
        self, keys: Iterable[str], first: str | None, last: str | None, per_key: int
    ) -> tuple[list[StoredFigure], dict[str, str]]: ...

    def stored_findings(self, article_ids: Iterable[str]) -> dict[str, list[Finding]]: ...

    def dismissals(self) -> list[Dismissal]: ...

    def dismiss(self, dismissal: Dismissal) -> int: ...

    def figure_ids(self, count: int) -> list[int]: ...

    def write_recorded(
        self, recorded: Sequence[Recorded], assigned: dict[tuple[str, int], int]
    ) -> None: ...

    def input_stamp(self, name: str) -> str | None: ...

    def set_input_stamps(self, stamps: dict[str, str]) -> None: ...

    def known_keys(self, article_ids: Iterable[str]) -> dict[str, str]: ...

    def stats(self) -> dict[str, int]: ...

    def article(self, article_id: str) -> dict[str, object] | None: ...

    def article_claims(self, article_id: str) -> list[dict[str, object]]: ...

    def article_figures(self, article_id: str) -> list[StoredFigure]: ...

    def article_links(self, article_id: str) -> list[dict[str, object]]: ...

    def close(self) -> None: ...


class SQLLedger:
    """What the SQLite and PostgreSQL ledgers share: the statements that differ only in how
    a parameter is marked ("?" or "%s")."""

    _mark: ClassVar[str] = "?"
    # A table of keys from one parameter (`_keys_parameter`), and newest first in the key
    # index's order.
    _keys_table: ClassVar[str] = "SELECT value FROM json_each(?)"
    _newest_first: ClassVar[str] = "DESC"
    _connection: Any

    def _keys_parameter(self, keys: list[str]) -> object:
        return json.dumps(keys)

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def input_stamp(self, name: str) -> str | None:
        """What a run noted about an input file whose every record it recorded (see the
        flow's whole-file skip), or None."""
        row = self._connection.execute(
            f"SELECT value FROM meta WHERE key = {self._mark}", (INPUT_PREFIX + name,)
        ).fetchone()
        return row[0] if row else None

    def stats(self) -> dict[str, int]:
        row = self._connection.execute(
            "SELECT (SELECT COUNT(*) FROM articles), "
            "(SELECT COALESCE(SUM(claim_count), 0) FROM articles), "
            "(SELECT COUNT(*) FROM figures), (SELECT COUNT(*) FROM links), "
            "(SELECT COUNT(*) FROM ledger_findings), (SELECT COUNT(*) FROM dismissals)"
        ).fetchone()
        return {
            "articles": row[0],
            "claims": row[1],
            "matchable_claims": row[2],
            "links": row[3],
            "findings": row[4],
            "dismissals": row[5],
            "schema_version": SCHEMA_VERSION,
        }

    def known_keys(self, article_ids: Iterable[str]) -> dict[str, str]:
        """run_key (content hash of article + rules + version) of the given stored articles."""
        return {key: run_key for key, (run_key, _) in self.stored_versions(article_ids).items()}

    def stored_versions(self, article_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """(run_key, content_hash) of the given stored articles."""
        ids = list(dict.fromkeys(article_ids))
        found: dict[str, tuple[str, str]] = {}
        for offset in range(0, len(ids), 500):
            batch = ids[offset : offset + 500]
            marks = ",".join([self._mark] * len(batch))
            rows = self._connection.execute(
                f"SELECT id, run_key, content_hash FROM articles WHERE id IN ({marks})", batch
            ).fetchall()
            found.update((row[0], (row[1], row[2])) for row in rows)
        return found

    def figures_for(self, keys: Iterable[str]) -> list[StoredFigure]:
        """Every stored figure indexed under any of the keys (the comparison keeps the latest
        CANDIDATES_PER_KEY before each article)."""
        wanted = list(dict.fromkeys(keys))
        if len(wanted) <= 500:
            # One statement: the key index (covering the figure id) gives the ids, the
            # figures and their articles are read by primary key, in id order.
            marks = ",".join([self._mark] * len(wanted))
            rows = self._connection.execute(
                f"{FIGURE_SELECT} WHERE f.id IN "
                f"(SELECT figure_id FROM figure_keys WHERE match_key IN ({marks})) ORDER BY f.id",
                wanted,
            ).fetchall()
            return [StoredFigure.from_row(row) for row in rows]
        ids: set[int] = set()
        for offset in range(0, len(wanted), 500):
            batch = wanted[offset : offset + 500]
            marks = ",".join([self._mark] * len(batch))
            rows = self._connection.execute(
                f"SELECT figure_id FROM figure_keys WHERE match_key IN ({marks})", batch
            ).fetchall()
            ids.update(row[0] for row in rows)
        return self._figures_by_id(sorted(ids))

    def figures_near(
        self, keys: Iterable[str], first: str | None, last: str | None, per_key: int
    ) -> tuple[list[StoredFigure], dict[str, str]]:
        """The stored figures a batch published from `first` to `last` (None: undated, after
        every date) can be compared with under the keys: under each key the latest `per_key`
        level figures published before `first`, with every other figure published on the
        last of their dates or later, up to `last`. Also, for each key whose earlier figures
        were cut short, the date from which on its figures are all there (those published
        earlier: `figures_for`). In figure id order, as `figures_for`."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return [], {}
        mark = self._mark
        before = f"k.published < {mark}" if first is not None else "k.published IS NOT NULL"
        upto = f" AND k.published <= {mark}" if last is not None else ""
        bounds = (
            f"WITH w(key) AS ({self._keys_table}), b AS (SELECT w.key AS key, "
            "(SELECT k.published FROM figure_keys k JOIN figures f ON f.id = k.figure_id "
            f"WHERE k.match_key = w.key AND {before} AND f.figure_role = 'level' "
            f"ORDER BY k.published {self._newest_first} LIMIT 1 OFFSET {mark}) AS since FROM w) "
        )
        params: list[object] = [self._keys_parameter(wanted)]
        if first is not None:
            params.append(first)
        params.append(max(per_key - 1, 0))
        statement = (
            f"{bounds}SELECT b.key, b.since, k.figure_id FROM b JOIN figure_keys k "
            f"ON k.match_key = b.key WHERE k.published >= COALESCE(b.since, ''){upto}"
        )
        if last is not None:
            params.append(last)
        else:
            statement += (
                " UNION ALL SELECT b.key, b.since, k.figure_id FROM b JOIN figure_keys k "
                "ON k.match_key = b.key WHERE k.published IS NULL"
            )
        ids: set[int] = set()
        cut: dict[str, str] = {}
        for key, since, figure_id in self._connection.execute(statement, params).fetchall():
            ids.add(figure_id)
            if since is not None:
                cut[key] = since
        return self._figures_by_id(sorted(ids)), cut

    def _figures_by_id(self, ordered: list[int]) -> list[StoredFigure]:
        figures: list[StoredFigure] = []
        for offset in range(0, len(ordered), 500):
            batch = ordered[offset : offset + 500]
            marks = ",".join([self._mark] * len(batch))
            rows = self._connection.execute(
                f"{FIGURE_SELECT} WHERE f.id IN ({marks}) ORDER BY f.id", batch
            ).fetchall()
            figures.extend(StoredFigure.from_row(row) for row in rows)
        return figures

    def stored_findings(self, article_ids: Iterable[str]) -> dict[str, list[Finding]]:
        """The CC201/CC202 findings recorded with the given articles."""
        ids = list(dict.fromkeys(article_ids))
        found: dict[str, list[Finding]] = {}
        for offset in range(0, len(ids), 500):
            batch = ids[offset : offset + 500]
            marks = ",".join([self._mark] * len(batch))
            rows = self._connection.execute(
                f"SELECT article_id, finding FROM ledger_findings WHERE article_id IN ({marks}) "
                "ORDER BY article_id, position",
                batch,
            ).fetchall()
            for article_id, payload in rows:
                found.setdefault(article_id, []).append(finding_from_json(payload))
        return found

    def dismissals(self) -> list[Dismissal]:
        rows = self._connection.execute(
            'SELECT article_id, start, "end", earlier_article_id, reason FROM dismissals'
        ).fetchall()
        return [Dismissal(*row) for row in rows]

    def article_claims(self, article_id: str) -> list[dict[str, object]]:
        """The article's claims as recorded, each with its place among them (`index`)."""
        row = self._connection.execute(
            f"SELECT claims FROM articles WHERE id = {self._mark}", (article_id,)
        ).fetchone()
        claims = json.loads(row[0]) if row else []
        return [{"index": index, **claim} for index, claim in enumerate(claims)]

    def article_figures(self, article_id: str) -> list[StoredFigure]:
        rows = self._connection.execute(
            f"{FIGURE_SELECT} WHERE f.article_id = {self._mark} ORDER BY f.start, f.id",
            (article_id,),
        ).fetchall()
        return [StoredFigure.from_row(row) for row in rows]

    def article_links(self, article_id: str) -> list[dict[str, object]]:
        """The links of an article's figures to earlier articles' figures, oldest first."""
        rows = self._connection.execute(
            'SELECT f.claim_index, e.article_id, e.start, e."end", e.key_value, e.text, '
            "a.published, l.relation, l.dismissed FROM links l "
            "JOIN figures f ON f.id = l.figure_id JOIN figures e ON e.id = l.earlier_figure_id "
            f"JOIN articles a ON a.id = e.article_id WHERE f.article_id = {self._mark} "
            "ORDER BY f.claim_index, a.published, e.article_id, e.start",
            (article_id,),
        ).fetchall()
        names = (
            "claim_index",
            "article_id",
            "start",
            "end",
            "value",
            "text",
            "published",
            "relation",
            "dismissed",
        )
        return [dict(zip(names, row, strict=True)) for row in rows]

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


def finding_json(finding: Finding) -> str:
    return json.dumps(finding.to_dict(), sort_keys=True, default=str)


def finding_from_json(payload: str) -> Finding:
    data = json.loads(payload)
    return Finding(
        article_id=data["article_id"],
        rule=data["rule"],
        severity=data["severity"],
        message=data["message"],
        start=data["start"],
        end=data["end"],
        text=data["text"],
        line=data["line"],
        column=data["column"],
        path=data["path"],
        evidence=data["evidence"],
    )


def recorded_rows(
    recorded: Sequence[Recorded], assigned: dict[tuple[str, int], int], now: str
) -> tuple[
    list[tuple[object, ...]],
    list[tuple[object, ...]],
    list[tuple[object, ...]],
    list[tuple[object, ...]],
    list[tuple[object, ...]],
]:
    """(article rows, figure rows, key rows, link rows, finding rows) of recorded articles.
    `assigned` gives the figure id of every batch figure by (article id, claim index): the
    comparison numbers the figures as it goes, so a link may point to a figure recorded in an
    earlier transaction of the same pass."""
    article_rows: list[tuple[object, ...]] = []
    figure_rows: list[tuple[object, ...]] = []
    key_rows: list[tuple[object, ...]] = []
    link_rows: list[tuple[object, ...]] = []
    finding_rows: list[tuple[object, ...]] = []
    for item in recorded:
        entry = item.entry
        article_rows.append(entry.article_row(now))
        figure_rows.extend(entry.figure_rows(item.figure_ids))
        key_rows.extend(entry.key_rows(item.figure_ids))
        finding_rows.extend(
            (entry.article_id, position, finding_json(finding))
            for position, finding in enumerate(item.findings)
        )
        for link in item.links:
            later = assigned[(entry.article_id, link.later.index)]
            earlier = link.earlier.claim_id
            if earlier is None:
                earlier = assigned[(link.earlier.article_id, link.earlier.index)]
            link_rows.append((later, earlier, link.relation, int(link.dismissed)))
    return article_rows, figure_rows, key_rows, link_rows, finding_rows


def _claims_json(claims: Iterable[Claim]) -> str:
    """The claims as the ledger keeps them for reading back, each with its fields that say
    something (its sentence is the article's, its article the row's), days as ISO dates: the
    text `json.dumps` writes of those dicts (compact separators, ASCII escapes), written
    piece by piece into one list joined once (tens of thousands of claims in a run)."""
    texts: dict[str, str] = {}
    pieces: list[str] = []
    add = pieces.append
    for claim in claims:
        before = "{"
        for name, value in zip(_KEPT_CLAIM_NAMES, _kept_claim_values(claim), strict=True):
            if value is None or value is False:
                continue
            add(before)
            add(name)
            before = ","
            kind = type(value)
            if kind is str:
                text = texts.get(value)
                if text is None:
                    text = texts[value] = _ascii_text(value)
                add(text)
            elif kind is float and value - value == 0.0:  # finite: json writes its repr
                add(float.__repr__(value))
            elif kind is int:
                add(int.__repr__(value))
            elif kind is bool:  # True: False is left out
                add("true")
            elif isinstance(value, date):  # a day (or a datetime) as its ISO text
                add(_ascii_text(value.isoformat()))
            else:  # infinities and anything else: as json writes them
                add(_LEDGER_ENCODER.encode(value))
        add("{}," if before == "{" else "},")
    if not pieces:
        return "[]"
    pieces[-1] = pieces[-1][:-1] + "]"  # the last claim's closing brace ends the list
    return "[" + "".join(pieces)


_KEPT_CLAIM_FIELDS = tuple(
    name for name in Claim.__dataclass_fields__ if name not in ("sentence", "article_id")
)
# All of a claim's kept values in one call: tens of thousands of claims in a run.
_kept_claim_values = operator.attrgetter(*_KEPT_CLAIM_FIELDS)
_KEPT_CLAIM_NAMES = tuple(json.dumps(name) + ":" for name in _KEPT_CLAIM_FIELDS)
_LEDGER_ENCODER = json.JSONEncoder(separators=(",", ":"))
# A text as json writes it with ensure_ascii (the C encoder's own escaping).
_ascii_text = _LEDGER_ENCODER.encode


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _middle(event: Event) -> date | None:
    if event.first is None or event.last is None:
        return None
    return event.first + (event.last - event.first) / 2


def _finite(value: float) -> float | None:
    return None if value in (float("inf"), float("-inf")) else value
