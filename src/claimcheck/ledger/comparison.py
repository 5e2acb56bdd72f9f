"""The ordered pass: every article compared with every article published before it, then
recorded with its links and findings.

A batch (a run's articles, a check's drafts) is compared in publication order, ties broken by
article id, whatever order it came in and however it was chunked: each article's figures are
looked up by their identity keys among the ledger's figures and the batch's articles before it,
related to each earlier article's figure (`relations`), and the article is recorded with its
links and its CC201/CC202 findings in the transaction that stores it. Key lookups are cheap: the
ledger's figures under the batch's keys are read once, and the batch's own figures join the
index as they are recorded. Two runs sharing a ledger take turns (`ClaimLedger.ordered_pass`),
and an article killed mid-pass is simply not recorded: the next run compares it again.

A new version of an article already in the ledger (same id, new content) replaces the old one
and is compared only with other articles.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import nullcontext
from dataclasses import dataclass

from claimcheck.codes import level_of
from claimcheck.extract.patterns import compile_pattern
from claimcheck.ledger.events import GROUP_PREFIX, groups_of, is_broad, same_incident
from claimcheck.ledger.identity import FORECAST, UNSTATED_DOLLAR
from claimcheck.ledger.relations import (
    CODE_OF,
    CONTRADICTION,
    SAME,
    SERIOUSNESS,
    SOURCES_DIFFER,
    agrees,
    bases_differ,
    far_apart,
    relation,
    same_figure,
)
from claimcheck.ledger.sources import same_source
from claimcheck.ledger.store import (
    CANDIDATES_PER_KEY,
    ClaimLedger,
    Dismissal,
    LedgerEntry,
    Link,
    Recorded,
    StoredFigure,
    latest_per_article,
    ledger_entry,
    same_named_subject,
    subject_name,
    subject_name_keys,
)
from claimcheck.measures import measure_named
from claimcheck.records import Article, Claim, Finding

__all__ = [
    "COMMIT_EVERY",
    "FigureHistory",
    "HistoryEntry",
    "OrderedPass",
    "history_of",
    "record_articles",
]

# Articles recorded per transaction: fewer commits, and a kill loses at most these. As many
# as the run's ordered pass compares at once (`run.ordered.PART_SIZE`): each commit writes
# every page of the key index its inserts touched, most of the index late in a big pass.
COMMIT_EVERY = 2000


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One earlier article's value of a figure, for the article page's timeline."""

    article_id: str
    published: str | None
    title: str
    text: str
    value: float | None
    relation: str


@dataclass(frozen=True, slots=True)
class FigureHistory:
    """What the ledger knows of one figure of an article: its identity and the earlier
    articles' values of it, oldest first."""

    start: int
    end: int
    identity: dict[str, object]
    earlier: tuple[HistoryEntry, ...]

    @property
    def consistent(self) -> int:
        """How many earlier articles give the same figure."""
        return sum(1 for entry in self.earlier if entry.relation == SAME)


def history_of(recorded: Recorded) -> tuple[FigureHistory, ...]:
    """The timelines of an article's figures that have earlier values."""
    by_figure: dict[int, list[Link]] = defaultdict(list)
    figures = {figure.index: figure for figure in recorded.entry.figures}
    for link in recorded.links:
        if not link.dismissed:
            by_figure[link.later.index].append(link)
    out = []
    for index, links in sorted(by_figure.items(), key=lambda item: figures[item[0]].start):
        figure = figures[index]
        earlier = tuple(
            HistoryEntry(
                link.earlier.article_id,
                link.earlier.published,
                link.earlier.title,
                link.earlier.text,
                link.earlier.value,
                link.relation,
            )
            for link in sorted(links, key=lambda link: link.earlier.order)
        )
        out.append(FigureHistory(figure.start, figure.end, figure.readable(), earlier))
    return tuple(out)


# Placed before a draft's order: drafts come after everything stored, dated or not.
AFTER_STORED = "\uffff\uffff"


class _Index:
    """Figures by identity key, each list in publication order; `wanted`: the keys the batch
    looks up (no other key is kept). `drafts`: articles due after everything stored, ordered
    among themselves by their own dates. `cut`: the keys of which only the latest stored
    figures were read, each with the date from which on its list is whole; `complete` reads
    a key's stored figures in full when a lookup needs more than that."""

    def __init__(
        self,
        wanted: set[str],
        drafts: frozenset[str] = frozenset(),
        cut: dict[str, str] | None = None,
        complete: Callable[[str], list[StoredFigure]] | None = None,
    ) -> None:
        self.wanted = wanted
        self.drafts = drafts
        self.cut = cut or {}
        self.complete = complete
        # The ids the batch's figures are recorded under, by (article id, claim index).
        self.recorded: Mapping[tuple[str, int], int] = {}
        self.by_key: dict[str, list[StoredFigure]] = defaultdict(list)
        # Each list's figures' places in order (`_order`), kept beside it: bisected in C,
        # without a call of the key per step (tens of thousands of inserts and lookups).
        self.orders: dict[str, list[tuple[str, str]]] = defaultdict(list)

    def order_of(self, article_id: str, order: tuple[str, str]) -> tuple[str, str]:
        if article_id in self.drafts:
            return (AFTER_STORED + order[0], order[1])
        return order

    def _order(self, figure: StoredFigure) -> tuple[str, str]:
        if self.drafts:
            return self.order_of(figure.article_id, figure.order)
        # A run's pass has no drafts: `StoredFigure.order` written out, without its two
        # calls.
        return (figure.published or "\uffff", figure.article_id)

    def add(self, figure: StoredFigure, wanted: set[str] | None = None) -> None:
        order = self._order(figure)
        by_key, orders = self.by_key, self.orders
        for key in figure.keys or figure.index_keys():
            if wanted is None or key in wanted:
                # As `bisect.insort` keyed by `_order`: after the figures of the same place.
                listed = orders[key]
                at = bisect.bisect_right(listed, order)
                listed.insert(at, order)
                by_key[key].insert(at, figure)

    def before(self, figure: StoredFigure, order: tuple[str, str]) -> list[StoredFigure]:
        """The latest CANDIDATES_PER_KEY figures under each of the figure's keys published
        before `order`, of other articles, of the same incident for incident figures."""
        found: dict[tuple[str, int, int], StoredFigure] = {}
        if self.drafts:
            order = self.order_of(figure.article_id, order)
        for key in figure.keys or figure.index_keys():
            taken = self._latest(key, figure, order)
            if taken is None:
                self._read_whole(key)
                taken = self._latest(key, figure, order)
                assert taken is not None
            for candidate in taken:
                found[(candidate.article_id, candidate.start, candidate.end)] = candidate
        return list(found.values())

    def _latest(
        self, key: str, figure: StoredFigure, order: tuple[str, str]
    ) -> list[StoredFigure] | None:
        """The key's candidates for `before`, or None when the key's list was cut before
        enough of them were found."""
        listed = self.by_key.get(key)
        if not listed:
            return []
        whole_from = self.cut.get(key)
        stop = bisect.bisect_left(self.orders[key], order)
        article_id, event = figure.article_id, figure.event
        taken: list[StoredFigure] = []
        # The figures before `order`, latest first (walked by place, not copied).
        for at in range(stop - 1, -1, -1):
            candidate = listed[at]
            if whole_from is not None and (candidate.published or "\uffff") < whole_from:
                return None
            if candidate.article_id == article_id:
                continue
            if event is not None and (
                candidate.event is None
                or not same_incident(event, candidate.event, figure.part_of, candidate.part_of)
                or not _same_place_of_part(figure, candidate)
            ):
                continue
            taken.append(candidate)
            if len(taken) >= CANDIDATES_PER_KEY:
                return taken
        return None if whole_from is not None else taken

    def _read_whole(self, key: str) -> None:
        """Every stored figure under the key, placed as if read at once with the batch's
        figures added after them (ties in publication order keep that order)."""
        assert self.complete is not None
        listed = self.by_key[key]
        added = [figure for figure in listed if figure.claim_id is None]
        recorded = set(self.recorded.values())
        whole: list[StoredFigure] = []
        orders: list[tuple[str, str]] = []
        kept = [stored for stored in self.complete(key) if stored.claim_id not in recorded]
        for figure in kept + added:
            order = self._order(figure)
            at = bisect.bisect_right(orders, order)
            orders.insert(at, order)
            whole.insert(at, figure)
        self.by_key[key] = whole
        self.orders[key] = orders
        del self.cut[key]


def _same_place_of_part(figure: StoredFigure, candidate: StoredFigure) -> bool:
    """One village's toll of a raid on several is compared with a figure of the raid that
    is not a part only when that figure's sentence names the village ("the toll in Olsk rose
    to 70"): the whole raid's toll ("150 were killed in raids on border villages") is
    another figure, even when its report names the village elsewhere."""
    if figure.part_of == candidate.part_of:
        return True
    if figure.part_of and candidate.part_of is None:
        return _names_only(candidate, figure.part_of)
    if candidate.part_of and figure.part_of is None:
        return _names_only(figure, candidate.part_of)
    return True


def _names_only(figure: StoredFigure, place: str) -> bool:
    """Whether the figure is the place's: its sentence names the place and no other town of
    its incident, or names the place right after the figure ("killing 70 people in Olsk and
    22 in Verno"); "raided the villages of Olsk and Verno, killing 150" is the raid's."""
    sentence = " ".join(figure.sentence.lower().split())
    if place not in sentence:
        return False
    places = figure.event.places if figure.event is not None else frozenset()
    if not any(other != place and not is_broad(other) and other in sentence for other in places):
        return True
    text = " ".join(figure.text.lower().split())
    at = sentence.find(text)
    if at < 0:
        return False
    after = sentence[at + len(text) : at + len(text) + 40]
    placed = re.match(rf"(?:\s+[a-z]+){{0,3}}?\s+(?:in|at|near)\s+{re.escape(place)}\b", after)
    return placed is not None


def record_articles(
    ledger: ClaimLedger, articles: Iterable[tuple[Article, str, Iterable[Claim]]]
) -> dict[str, Recorded]:
    """Compare (article, run key, claims) with the ledger and each other in publication order
    and store them with their links and findings. An article stored before under the same id
    is replaced; one stored with the same run key (same content, same rules) is left as is."""
    entries = [ledger_entry(article, run_key, claims) for article, run_key, claims in articles]
    return OrderedPass(ledger).run(entries, record=True)


class OrderedPass:
    """Compares a batch of articles in publication order and, with `record`, stores each with
    its links and findings. `ledger` None: the batch is compared only with itself.
    `drafts`: the batch is due to be published after everything the ledger holds, whatever
    its dates, so every stored article counts as earlier (the drafts among themselves still
    go by their dates)."""

    def __init__(
        self, ledger: ClaimLedger | None, commit_every: int | None = None, drafts: bool = False
    ) -> None:
        self.ledger = ledger
        self.commit_every = commit_every or COMMIT_EVERY
        self.drafts = drafts

    def run(self, entries: Iterable[LedgerEntry], record: bool = False) -> dict[str, Recorded]:
        """Each article's links and findings, by article id (an article unchanged since the
        ledger recorded it is not compared again: its recorded findings are given)."""
        batch = sorted(latest_per_article(entries).values(), key=lambda entry: entry.order)
        ledger = self.ledger
        lock = ledger.ordered_pass() if ledger is not None and record else nullcontext()
        with lock:
            return self._run(batch, record)

    def run_in_parts(
        self, parts: Iterable[list[LedgerEntry]], replacing: set[str]
    ) -> Iterator[dict[str, Recorded]]:
        """Compare and record a batch too big to hold at once, given in publication order
        (ties by article id, one entry per article) a part at a time; yields each part's
        results as `run` gives them. `replacing`: the batch's articles of which the ledger
        holds another version (not compared with; emptied as they are recorded). Each part
        is compared with the ledger's figures under its keys, read when the part comes (the
        batch's earlier parts recorded by then), and with itself: the findings are those of
        `run` over the whole batch, and what is held is one part."""
        if self.ledger is None:
            raise ValueError("a batch compared in parts is recorded: it needs a ledger")
        with self.ledger.ordered_pass():
            for part in parts:
                results = self._run(part, True, replacing)
                replacing.difference_update(results)
                yield results

    def _run(
        self, batch: list[LedgerEntry], record: bool, replacing: set[str] | None = None
    ) -> dict[str, Recorded]:
        ledger = self.ledger
        ids = [entry.article_id for entry in batch]
        stored = ledger.stored_versions(ids) if ledger is not None else {}
        unchanged = {
            entry.article_id
            for entry in batch
            if stored.get(entry.article_id) == (entry.run_key, entry.content_hash)
        }
        todo = [entry for entry in batch if entry.article_id not in unchanged]
        replaced = set(ids) - unchanged if replacing is None else replacing
        index, dismissals = self._index(todo, replaced)
        figures = sum(len(entry.figures) for entry in todo)
        recorder = _Recorder(ledger if record else None, self.commit_every, figures)
        # A key read whole later must not take the batch's figures recorded by then twice.
        index.recorded = recorder.assigned
        results: dict[str, Recorded] = {}
        for entry in todo:
            links = self._links(entry, index, dismissals)
            results[entry.article_id] = recorder.add(
                entry, links, _findings(entry, links), entry.article_id in stored
            )
            for figure in entry.figures:
                if figure.role == "level":
                    index.add(figure, index.wanted)
        recorder.flush()
        if unchanged and ledger is not None:
            kept = ledger.stored_findings(unchanged)
            for entry in batch:
                if entry.article_id in unchanged:
                    found = kept.get(entry.article_id, [])
                    results[entry.article_id] = Recorded(entry, [], found, [])
        return results

    def _index(self, todo: list[LedgerEntry], replaced: set[str]) -> tuple[_Index, list[Dismissal]]:
        """The ledger's figures under the batch's keys (not those of articles the batch
        replaces), and the links editors dismissed. Of the figures published before the
        batch's first article only the latest CANDIDATES_PER_KEY under each key are read,
        the most any lookup takes; a key whose lookups skip some (another incident, a
        replaced article) is read whole when one needs more."""
        wanted = {key for entry in todo for figure in entry.figures for key in figure.index_keys()}
        drafts = frozenset(entry.article_id for entry in todo) if self.drafts else frozenset()
        ledger = self.ledger
        if ledger is None:
            return _Index(wanted, drafts), []

        def stored(figures: list[StoredFigure]) -> list[StoredFigure]:
            return [
                figure
                for figure in figures
                if figure.article_id not in replaced and figure.role == "level"
            ]

        if self.drafts or not todo:
            # Drafts come after everything stored: every stored figure is earlier.
            index = _Index(wanted, drafts)
            figures = ledger.figures_for(wanted)
        else:
            first, last = todo[0].published, todo[-1].published
            figures, cut = ledger.figures_near(wanted, first, last, CANDIDATES_PER_KEY)
            index = _Index(wanted, drafts, cut, lambda key: stored(ledger.figures_for([key])))
        for figure in stored(figures):
            index.add(figure, wanted)
        return index, ledger.dismissals()

    def _links(self, entry: LedgerEntry, index: _Index, dismissals: list[Dismissal]) -> list[Link]:
        links: list[Link] = []
        order = entry.order
        for figure in entry.figures:
            found_before = index.before(figure, order)
            party = _nearest_party(figure, found_before) if found_before else None
            for article_id, near in _by_article(found_before):
                candidates = [c for c in near if not far_apart(figure, c)]
                if figure.event is None:
                    candidates = _named_alike(figure, candidates, party)
                if not candidates:
                    continue
                earlier, found = _relate(figure, candidates, entry)
                if (
                    figure.event is None
                    and found != SAME
                    and earlier.of_what != figure.of_what
                    and not _party_named(figure, earlier, party)
                ):
                    continue  # a subject named otherwise may agree, never dispute
                unsourced = found == SOURCES_DIFFER and not (
                    figure.attribution or earlier.attribution
                )
                if (found == CONTRADICTION or unsourced) and not _both_stated(figure, earlier):
                    continue  # a period read from the date line is too weak to set against
                if figure.role != "level" and found != SAME:
                    continue  # a value mentioned as replaced agrees or says nothing
                if found != SAME and figure.unit.startswith(UNSTATED_DOLLAR):
                    continue  # US or Canadian dollars, the text does not say: never disputed
                dismissed = bool(dismissals) and any(
                    d.covers(figure, article_id) for d in dismissals
                )
                links.append(Link(figure, earlier, found, dismissed))
                other = _other_source(figure, earlier, found, candidates)
                if other is not None:
                    links.append(Link(figure, other, SOURCES_DIFFER, dismissed))
        return links


def _by_article(near: list[StoredFigure]) -> list[tuple[str, list[StoredFigure]]]:
    """Earlier figures grouped by article, the articles in publication order (most figures
    have none)."""
    if not near:
        return []
    by_article: dict[str, list[StoredFigure]] = {}
    for candidate in near:
        listed = by_article.get(candidate.article_id)
        if listed is None:
            by_article[candidate.article_id] = [candidate]
        else:
            listed.append(candidate)
    return sorted(by_article.items(), key=lambda item: _place(item[1][0]))


def _place(figure: StoredFigure) -> tuple[str, str]:
    """`StoredFigure.order` without the property's call."""
    return (figure.published or "\uffff", figure.article_id)


def _named_alike(
    figure: StoredFigure, candidates: list[StoredFigure], party: str | None = None
) -> list[StoredFigure]:
    """One earlier article's figures to relate a figure to: those of its subject as written,
    else those of its subject named longer or shorter (`same_named_subject`) that agree with
    it (such a figure may agree, never dispute)."""
    exact = [c for c in candidates if c.of_what == figure.of_what]
    if exact:
        return exact
    named = [c for c in candidates if _party_named(figure, c, party)]
    if named:
        return named
    return [
        c
        for c in candidates
        # The cheap test first (both are plain tests, the result is the same).
        if same_figure(figure, c)
        and (same_named_subject(figure.of_what, c.of_what) or _parties_named_alike(figure, c))
    ]


def _party_named(one: StoredFigure, other: StoredFigure, party: str | None) -> bool:
    """Whether two figures of one company that move (an offer, a stake), one keyed with its
    bidder or holder ("quenby by harlow", "tessaly held by ostmark") and the other without,
    are that party's both: the sentence of the one without names the party before the
    figure ("Harlow said it would raise its tender offer for Quenby to 92.50 dlrs", "The
    Ostmark offer for the company was valued at 725 mln dlrs"). The reader found no party in that
    clause, but the sentence gives it: such figures are compared as one, disputes included.
    `party`: the party `one`'s sentence names last (`_nearest_party`), when `one` is the
    figure without one. A sentence naming no party, or another one nearer the figure
    ("Harlow said its plan would let Merrow lift its price to 93 dlrs"), keeps the
    figures apart (they may still agree, `_named_alike`)."""
    if one.behaviour != "moves" or other.behaviour != "moves":
        return False  # a deal's price given two ways is more often two bases than a change
    first, second = subject_name(one.of_what), subject_name(other.of_what)
    if first is None or second is None or bool(first[1]) == bool(second[1]):
        return False
    (name, tail), (other_name, other_tail) = first, second
    if name != other_name and not same_named_subject(name, other_name):
        return False
    if not tail:
        return party is not None and _role_and_party(other_tail)[1] == party
    return _mention(other, _role_and_party(tail)[1], (name, other_name)) >= 0


def _nearest_party(figure: StoredFigure, earlier: list[StoredFigure]) -> str | None:
    """For a figure keyed without a party: of the parties the earlier figures of its company
    are keyed with, the one its sentence names last before it (`_mention`), if any."""
    split = subject_name(figure.of_what)
    if split is None or split[1] or figure.behaviour != "moves":
        return None
    best, best_at = None, -1
    tried: set[str] = set()
    for candidate in earlier:
        if candidate.of_what in tried:
            continue
        tried.add(candidate.of_what)
        other = subject_name(candidate.of_what)
        if other is None or not other[1]:
            continue
        if other[0] != split[0] and not same_named_subject(other[0], split[0]):
            continue
        party = _role_and_party(other[1])[1]
        at = _mention(figure, party, (split[0], other[0]))
        if at > best_at:
            best, best_at = party, at
    return best


def _parties_named_alike(one: StoredFigure, other: StoredFigure) -> bool:
    """Whether two figures of one company are keyed with one party named longer or shorter
    ("kessel mills by ostmark", "kessel mills by carl ostmark"): they may agree (a
    second bidder may share a word of the name, so a difference says nothing)."""
    first, second = subject_name(one.of_what), subject_name(other.of_what)
    if first is None or second is None:
        return False
    (name, tail), (other_name, other_tail) = first, second
    if not tail or not other_tail or name != other_name:
        return False
    (kind, party), (other_kind, other_party) = _role_and_party(tail), _role_and_party(other_tail)
    return kind == other_kind and same_named_subject(party, other_party)


def _role_and_party(tail: str) -> tuple[str, str]:
    """("held", "ostmark") of "held by ostmark", ("", "harlow") of "by harlow"."""
    role, _, party = tail.partition("by ")
    return role.strip(), party


_WORD = compile_pattern(r"[A-Za-z0-9]+")
# "Merrow's offer of 92 dlrs", "Ostmarks' 95 dlr bid": a name written as the owner of what
# follows.
_OWNER = compile_pattern(r"\b([A-Z][A-Za-z0-9]*)(?:['’]s|s['’])(?!\w)")


def _mention(figure: StoredFigure, party: str, companies: tuple[str, ...]) -> int:
    """Where the last mention of the party (its name, or a shorter form of it that names
    someone, `subject_name_keys`) ends in the figure's sentence before the figure, its words
    capitalized as a name's are ("Harlow Acquisition", not "the harlow family"); -1 for none, or
    when a name other than the party's and the company's is written as an owner between that
    mention and the figure ("Harlow's new bid beats Merrow's offer of 92 dlrs")."""
    sentence = figure.sentence
    at = sentence.find(figure.text)
    if at < 0:
        return -1
    words = [(word.group(), word.end()) for word in _WORD.finditer(sentence, 0, at)]
    lowered = [word.lower() for word, _ in words]
    known = {word for name in (party, *companies) for word in name.split()}
    last = -1
    for run in subject_name_keys(party):
        if run in companies:
            continue
        run_words = run.split()
        size = len(run_words)
        for start in range(len(words) - size + 1):
            if lowered[start : start + size] == run_words and all(
                not word[:1].islower() for word, _ in words[start : start + size]
            ):
                last = max(last, words[start + size - 1][1])
    if last < 0:
        return -1
    for owner in _OWNER.finditer(sentence, last, at):
        name = owner.group(1).lower()
        if name not in known and f"{name}s" not in known:
            return -1
    return last


class _Recorder:
    """Numbers the compared articles' figures and writes them, a transaction per
    `commit_every` articles (nothing at all without a ledger to record in)."""

    def __init__(self, ledger: ClaimLedger | None, commit_every: int, figures: int) -> None:
        self.ledger = ledger
        self.commit_every = commit_every
        self.pending: list[Recorded] = []
        # Ids for every figure of the batch, asked for at once (one round trip to a server).
        self.ids = iter(ledger.figure_ids(figures) if ledger is not None else ())
        # Claim ids of the batch's figures: a later link may point to one recorded earlier.
        self.assigned: dict[tuple[str, int], int] = {}

    def add(
        self, entry: LedgerEntry, links: list[Link], findings: list[Finding], replaces: bool
    ) -> Recorded:
        if self.ledger is None:
            return Recorded(entry, links, findings, [], replaces)
        figure_ids = [next(self.ids) for _ in entry.figures]
        for figure, figure_id in zip(entry.figures, figure_ids, strict=True):
            self.assigned[(entry.article_id, figure.index)] = figure_id
        recorded = Recorded(entry, links, findings, figure_ids, replaces)
        self.pending.append(recorded)
        if len(self.pending) >= self.commit_every:
            self.flush()
        return recorded

    def flush(self) -> None:
        if self.ledger is not None and self.pending:
            self.ledger.write_recorded(self.pending, self.assigned)
        self.pending = []


def _relate(
    figure: StoredFigure, candidates: list[StoredFigure], entry: LedgerEntry
) -> tuple[StoredFigure, str]:
    """The relation of a figure to one earlier article: `same` when any of its figures with
    this identity agrees, else that of its figure nearest in value."""
    sources_apart = None
    for candidate in candidates:
        if same_figure(figure, candidate):
            found = relation(figure, candidate)
            if found != SAME or not _ranges_of_two_sources(figure, candidate):
                return candidate, found
            sources_apart = sources_apart or candidate
    if sources_apart is not None:
        return sources_apart, SOURCES_DIFFER
    for candidate in candidates:
        if _scale_word_left_out(figure, candidate):
            return candidate, SAME

    def distance(candidate: StoredFigure) -> float:
        if figure.value is None or candidate.value is None:
            return float("inf")
        return abs(figure.value - candidate.value)

    nearest = min(candidates, key=lambda candidate: (distance(candidate), candidate.start))
    return nearest, relation(figure, nearest, _acknowledged(figure, nearest, entry))


def _ranges_of_two_sources(one: StoredFigure, other: StoredFigure) -> bool:
    """Whether two overlapping figures, one of them a range, are two sources' different
    values ("an official 6.6 mln", "private traders' 6.7 to 6.8 mln"): each source names its
    own value, the overlap of the bounds does not make them one. Written alike, they agree."""
    if one.value is not None and other.value is not None:
        return False
    if _numbers(one.text) == _numbers(other.text):
        return False  # "6.3 to 6.4 mln tonnes" twice, whatever bounds each was stored with
    if not one.attribution or not other.attribution:
        return False
    return not same_source(one.attribution, other.attribution)


# The words that scale a figure: "15.5 mln bpd" written once as "15.5 bpd" is the same figure.
_SCALE_WORD = compile_pattern(
    r"\b(?:thousands?|mln|million|millions|mn|bln|billion|billions|bn|trillion|trln)\b|\d[mbk]\b",
    re.IGNORECASE,
)


def _scale_word_left_out(one: StoredFigure, other: StoredFigure) -> bool:
    """Whether two figures are one number written once with its scale word and once without
    it ("output of 15.5 mln bpd", then "15.5 bpd" in the same report): the same digits a
    thousand, a million or a billion times apart, only one of them written with a scale. A
    range counts as its two ends ("between 15.3 and 15.5 mln bpd", then "15.5 bpd"): the
    figure without the scale word, scaled, lies within the other or holds it, and its digits
    are among the other's. A slip of "mln" for "billion" (both scaled) is not this: it stays a
    disagreement."""
    one_scaled = _SCALE_WORD.search(one.text) is not None
    if one_scaled == (_SCALE_WORD.search(other.text) is not None):
        return False
    scaled, plain = (one, other) if one_scaled else (other, one)
    plain_low, plain_high = _ends(plain)
    scaled_low, scaled_high = _ends(scaled)
    if not all(map(math.isfinite, (plain_low, plain_high, scaled_low, scaled_high))):
        return False
    if plain_high < 0 and scaled_high < 0:  # a fall of "1.2 mln" written "1.2"
        plain_low, plain_high, scaled_low, scaled_high = (
            -plain_high,
            -plain_low,
            -scaled_high,
            -scaled_low,
        )
    if plain_low <= 0 or scaled_low <= 0:
        return False
    plain_digits, scaled_digits = _numbers(plain.text), _numbers(scaled.text)
    if not plain_digits or not (plain_digits <= scaled_digits or scaled_digits <= plain_digits):
        return False  # "1,000 tonnes" and "1 mln tonnes" are two numbers
    for scale in (1e3, 1e6, 1e9):
        low, high = plain_low * scale, plain_high * scale
        if _within(low, high, scaled_low, scaled_high) or _within(
            scaled_low, scaled_high, low, high
        ):
            return True
    return False


def _ends(figure: StoredFigure) -> tuple[float, float]:
    """A single figure's value twice, or a range's two ends."""
    if figure.value is not None:
        return figure.value, figure.value
    return figure.low, figure.high


def _within(low: float, high: float, outer_low: float, outer_high: float) -> bool:
    slack = 1e-6 * outer_high
    return outer_low - slack <= low and high <= outer_high + slack


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", text.replace(",", "")))


def _other_source(
    figure: StoredFigure, agreeing: StoredFigure, found: str, candidates: list[StoredFigure]
) -> StoredFigure | None:
    """An earlier article that gives one figure from two named sources ("a survey put output
    at 16 mln bpd; a source close to the group put it at 15.3-15.5 mln") disagrees with a
    later figure through the source it does not agree with, even when it agrees through the
    other: the figure of a third named source that the later figure does not match."""
    if found != SAME or not agreeing.attribution:
        return None
    for candidate in candidates:
        if (
            candidate is not agreeing
            and candidate.attribution
            and candidate.basis not in ("estimate", "preliminary")
            and not same_source(candidate.attribution, agreeing.attribution)
            and not same_source(candidate.attribution, figure.attribution)
            and relation(figure, candidate) == SOURCES_DIFFER
        ):
            return candidate
    return None


_YEAR = compile_pattern(r"(?<!\d)(1[89]\d\d|2\d\d\d)(?!\d)")
# A fiscal period keyed by its stated end ("the nine months ended January 31", a table's "2ND
# QTR JAN 31"): only a stated end gives this key, never the article's date alone.
_ENDED_KEY = compile_pattern(
    r"(?:quarter|half|nine-months|year)-to-(?:1[89]|2\d)\d\d-(?:0[1-9]|1[0-2])"
)


def _both_stated(figure: StoredFigure, earlier: StoredFigure) -> bool:
    """Whether both figures are stated enough to call them contradictory (`_stated`). A fiscal
    period stated by its end counts unless both figures are lines of results tables: two
    tables of one release that differ ("Sales" and "Revs", a "Net" before and after preferred
    dividends, one rounded) are more often two bases the labels do not tell than an error."""
    if _stated(figure, ended=False) and _stated(earlier, ended=False):
        return True
    tables = _table_line(figure) and _table_line(earlier)
    return not tables and _stated(figure) and _stated(earlier)


def _table_line(figure: StoredFigure) -> bool:
    """Whether the figure is a line of a results table ("Revs 3.16 billion vs 2.70 billion"):
    written next to its other period's figure by "vs"."""
    if "vs" not in figure.sentence:
        return False  # both forms write "vs": no pattern to make for most sentences
    text = re.escape(figure.text)
    return re.search(rf"{text}\s+vs\b|\bvs\.?\s+{text}", figure.sentence) is not None


def _stated(figure: StoredFigure, *, ended: bool = True) -> bool:
    """Whether the figure's identity is stated where it stands, enough to call a differing
    figure a contradiction: an incident's figure by its incident, a timeless fact (a length,
    a deal's price) by its subject; a figure of a period (a year's deficit, a quarter's
    profit) by a period whose year its own sentence writes ("in 1986", not "last year", not
    a period known only from the article's date), or by a fiscal period stated by its end in
    the article, in its own sentence or before it ("the nine months ended January 31", then
    "for the nine months"), which dates it as fully as a written year."""
    if figure.event is not None:
        return True
    if not figure.period:
        return figure.behaviour == "fixed"
    if ended and _ENDED_KEY.fullmatch(figure.period):
        return True
    year = _YEAR.search(figure.period)
    return year is not None and year.group(1) in _YEAR.findall(figure.sentence)


def _acknowledged(figure: StoredFigure, earlier: StoredFigure, entry: LedgerEntry) -> bool:
    """Whether the later article itself states the earlier value, for this measure
    ("restated ... from the 2.1 billion it reported", "against the 140 deaths reported")."""
    return any(
        other is not figure
        and other.what == figure.what
        and other.unit == figure.unit
        and agrees(other, earlier)
        for other in entry.figures
    )


def _findings(entry: LedgerEntry, links: list[Link]) -> list[Finding]:
    if not links:
        return []  # most articles
    by_figure: dict[int, list[Link]] = defaultdict(list)
    for link in links:
        if (
            link.relation != SAME
            and not link.dismissed
            and link.later.role == "level"
            and not _other_forecast(link.later, link.earlier)
        ):
            by_figure[link.later.index].append(link)
    findings = []
    for disagreeing in by_figure.values():
        if not disagreeing[0].later.specific:
            # A deal read without its party is reported only against that party's figures
            # when its sentence names the party (`_party_named`).
            disagreeing = [link for link in disagreeing if _keyed_with_party(link.earlier)]
        if disagreeing:
            findings.append(_finding(disagreeing))
    findings.sort(key=lambda finding: (finding.start, finding.rule))
    return findings


def _keyed_with_party(figure: StoredFigure) -> bool:
    split = subject_name(figure.of_what)
    return split is not None and bool(split[1])


def _other_forecast(figure: StoredFigure, earlier: StoredFigure) -> bool:
    """Whether a forecast differs from an earlier one only as forecasts of other people do
    ("expects the deficit to fall 15-20 billion" against an economist's 30-40 billion): it is
    linked, never reported. A forecast that says it was revised ("revised its forecast of the
    shortage down to 400 mln"), or a new one by the same named source (a bank's prime rate it
    will set), is reported."""
    if figure.modality != FORECAST or figure.basis in _REVISED_BASES:
        return False
    named = figure.attribution and earlier.attribution
    return not (named and same_source(figure.attribution, earlier.attribution))


_REVISED_BASES = ("revised", "corrected", "final")


def _finding(links: list[Link]) -> Finding:
    links = sorted(links, key=lambda link: link.earlier.order)
    figure = links[0].later
    worst = max(links, key=lambda link: SERIOUSNESS[link.relation]).relation
    code = CODE_OF[worst]
    latest = links[-1].earlier
    earlier = [
        {
            "article_id": link.earlier.article_id,
            "start": link.earlier.start,
            "end": link.earlier.end,
            "value": link.earlier.value,
            "published": link.earlier.published,
            "relation": link.relation,
            "text": link.earlier.text,
            "source": link.earlier.attribution,
            "basis": link.earlier.basis,
        }
        for link in links
    ]
    evidence: dict[str, object] = {
        "relation": worst,
        "earlier": earlier,
        "identity": figure.readable(),
        "text": figure.text,
        "sentence": figure.sentence,
        "subject": [figure.of_what],
        "measure": figure.what,
        "period": figure.period,
        "value": figure.value,
        "precision": figure.precision,
        "source": figure.attribution,
        "basis": figure.basis,
        "prior_article_id": latest.article_id,
        "prior_published": latest.published,
        "prior_source": latest.source,
        "prior_title": latest.title,
        "prior_text": latest.text,
        "prior_sentence": latest.sentence,
        "prior_value": latest.value,
        "prior_precision": latest.precision,
        "revision_stated": figure.basis in ("revised", "final"),
    }
    return Finding(
        article_id=figure.article_id,
        rule=code,
        severity=level_of(code),
        message=_message(figure, links, worst),
        start=figure.start,
        end=figure.end,
        text=figure.text,
        evidence=evidence,
    )


_VERBS = {
    "contradiction": "contradicts",
    "update": "updates",
    "sources_differ": "differs from",
}


def _message(figure: StoredFigure, links: list[Link], worst: str) -> str:
    measure = measure_named(figure.what.split(":")[0])
    label = measure.label if measure is not None else figure.what.replace("-", " ")
    subject = figure.of_what if figure.event is None else _incident(figure)
    when = f" for {figure.period}" if figure.period and figure.event is None else ""
    cited = "; ".join(
        f"{' '.join(link.earlier.text.split())!r} in {link.earlier.article_id} "
        f"({(link.earlier.published or 'undated')[:10]}"
        + (f", {link.earlier.attribution}" if link.earlier.attribution else "")
        + (f", {link.relation.replace('_', ' ')}" if link.relation != worst else "")
        + ")"
        for link in links
    )
    said = f" ({figure.attribution})" if figure.attribution else ""
    why = {
        "contradiction": "",
        "update": " as an update",
        "sources_differ": ": the sources differ",
    }[worst]
    if worst == SOURCES_DIFFER and not _any_source(figure, links):
        why = ": neither names its source or basis"
    return (
        f"{' '.join(figure.text.split())!r}{said} {_VERBS[worst]} the {label} of {subject}"
        f"{when} given earlier{why}{_bases_named(figure, links)}: {cited}."
    )


def _any_source(figure: StoredFigure, links: list[Link]) -> bool:
    return bool(figure.attribution) or any(
        link.earlier.attribution for link in links if link.relation == SOURCES_DIFFER
    )


def _bases_named(figure: StoredFigure, links: list[Link]) -> str:
    """The two bases of measurement when the figures differ by basis ("on the balance of
    payments basis against no basis stated"): a restatement, not a disagreement."""
    own = _basis_name(figure.basis)
    named = sorted(
        {
            _basis_name(link.earlier.basis)
            for link in links
            if link.relation != SAME and bases_differ(figure.basis, link.earlier.basis)
        }
        - {own}
    )
    return f" on another basis ({own} against {', '.join(named)})" if named else ""


def _basis_name(basis: str | None) -> str:
    """A basis of measurement as a finding names it; a revision status is none."""
    return basis if basis is not None and bases_differ(basis, None) else "no basis stated"


def _incident(figure: StoredFigure) -> str:
    event = figure.event
    assert event is not None
    groups = groups_of(event.anchors)
    where = ", ".join(sorted(event.anchors - groups)[:3])
    by = "".join(f" by {group.removeprefix(GROUP_PREFIX)}" for group in sorted(groups))
    part = f" in {figure.part_of}" if figure.part_of else ""
    return f"the {event.kind}{by} at {where}{part}"
