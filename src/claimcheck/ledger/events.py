"""Incidents: what happened, where and when, for the figures that belong to one (the dead, the
missing, the homes destroyed, the people aboard).

A sentence that names an incident ("a landslide buried 14 homes in Castelmoro late on Sunday")
starts one: its kind, the places and names it happened at (its anchors), and its date when the
sentence gives one. The sentences after it speak of it until another incident is named. Two
reports are of one incident when the kind is the same, they share an anchor, and their dates
fit: a stated date give or take a day, else up to ten days before the report. Reports of
another incident in the same town, or of the same kind of incident elsewhere, are not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from claimcheck.extract.patterns import compile_pattern
from claimcheck.ledger.names import is_country, is_place
from claimcheck.measures import word_set
from claimcheck.records import Claim


class ArticleNames(Protocol):
    """What the article has named so far (see `subjects.ArticleNames`)."""

    title_places: list[str]

    def is_place_like(self, key: str, text: str, start: int, end: int) -> bool: ...


__all__ = ["GROUP_PREFIX", "Event", "EventReader", "groups_of", "is_broad", "same_incident"]

# Kinds of incident, in the order a sentence naming two is read (the specific one first:
# "a fire after an explosion" is one incident, read as its first-listed kind).
_KINDS: tuple[tuple[str, str], ...] = (
    ("landslide", r"landslides?|mudslides?|landslips?|rockslides?|avalanches?"),
    ("earthquake", r"earthquakes?|quakes?|tremors?"),
    ("flood", r"floods?|flooding|flash\s+floods?"),
    ("storm", r"storms?|hurricanes?|typhoons?|cyclones?|tornado(?:es|s)?"),
    ("fire", r"explosions?|blasts?|exploded|(?<!cease-)(?<!cease\s)fires?|blazes?"),
    ("crash", r"crash(?:ed|es)?|collisions?|collided|derail\w*"),
    ("collapse", r"collapsed?|collapses|cave-?ins?|rock\s*falls?"),
    ("shipwreck", r"capsiz\w*|sank|sinking|sunk|shipwrecks?|ferry\s+disaster"),
    (
        "attack",
        r"air\s+raids?|raids?|raided|bombings?|bombed|air\s*strikes?|shelling|shelled|attacks?"
        r"|attacked|ambush\w*|shootings?",
    ),
    ("unrest", r"clash(?:es|ed)?|fighting|riots?|rioting"),
    ("heatwave", r"heat\s*waves?|heatwaves?|heat-related|extreme\s+heat"),
    ("outbreak", r"outbreaks?|epidemics?"),
    ("strike", r"(?<!air\s)(?<!air-)strikes?|walkouts?|stoppages?"),
    ("shipwreck", r"ferry|ferries|liner|freighter|tanker|trawler"),
)
_EVENT_WORD = compile_pattern(
    "|".join(f"(?P<k{index}>\\b(?:{words})\\b)" for index, (_, words) in enumerate(_KINDS)),
    re.IGNORECASE,
)
_KIND_OF_GROUP = {f"k{index}": kind for index, (kind, _) in enumerate(_KINDS)}
# The words one of which a sentence must hold before the incident pattern is tried: a set
# lookup per word costs far less than the pattern on every sentence.
_TRIGGERS = word_set(
    """
    landslide landslides mudslide mudslides landslip landslips rockslide rockslides
    avalanche avalanches earthquake earthquakes quake quakes tremor tremors flood floods
    flooding storm storms hurricane hurricanes typhoon typhoons cyclone cyclones tornado
    tornadoes tornados explosion explosions blast blasts exploded fire fires blaze blazes
    crash crashed crashes collision collisions collided derailed derailment derailments
    collapse collapsed collapses cave caves rock rockfall capsized capsize capsizes
    capsizing sank sinking sunk shipwreck shipwrecks ferry ferries liner freighter tanker
    trawler raid raids raided bombing bombings bombed airstrike airstrikes air strikes
    shelling shelled attack attacks attacked ambush ambushed shooting shootings clash
    clashes clashed fighting riot riots rioting heat heatwave heatwaves outbreak outbreaks
    epidemic epidemics strike walkout walkouts stoppage stoppages
    """
)
# Who strikes: a strike is one group's ("the seamen's strike", "a strike by bank workers"),
# and two groups on strike in one country at once are two strikes, however many cities the
# reports share. The group is kept as an anchor of its own kind (`GROUP_PREFIX`).
GROUP_PREFIX = "by:"
_STRIKING_GROUPS: tuple[tuple[str, str], ...] = (
    ("seamen", r"(?:merchant\s+)?seamen|seafarers|sailors|mariners"),
    ("bank workers", r"bank\s*workers|bank\s+employees|bank\s+clerks"),
    ("dockers", r"dockers|dock\s*workers|longshoremen|stevedores|port\s+workers"),
    ("miners", r"(?:coal\s+|gold\s+)?miners|mine\s*workers"),
    ("rail workers", r"railwaymen|rail(?:way)?\s*workers|train\s+drivers"),
    ("truckers", r"truckers|truck\s+drivers|lorry\s+drivers|hauliers"),
    ("bus drivers", r"bus\s+drivers|busmen|transit\s+workers"),
    ("postal workers", r"postal\s+workers|postmen|post\s+office\s+workers"),
    ("steelworkers", r"steel\s*workers"),
    ("autoworkers", r"auto\s*workers|car\s+workers|car\s+plant\s+workers"),
    (
        "oil workers",
        r"oil\s*workers|oil\s+industry\s+workers|petroleum\s+workers|refinery\s+workers",
    ),
    (
        "public employees",
        r"civil\s+servants|public\s+(?:sector\s+)?(?:employees|workers)|"
        r"government\s+(?:employees|workers)|state\s+employees",
    ),
    ("air traffic controllers", r"air\s+traffic\s+controllers"),
    ("pilots", r"pilots"),
    ("teachers", r"teachers"),
    ("doctors", r"doctors|physicians"),
    ("nurses", r"nurses"),
    ("farmers", r"farmers"),
    ("students", r"students"),
    ("firefighters", r"firefighters|firemen"),
    ("journalists", r"journalists|printers"),
)
_STRIKING_GROUP = compile_pattern(
    "|".join(
        f"(?P<g{index}>\\b(?:{words})\\b)" for index, (_, words) in enumerate(_STRIKING_GROUPS)
    ),
    re.IGNORECASE,
)
_GROUP_OF = {f"g{index}": group for index, (group, _) in enumerate(_STRIKING_GROUPS)}
_GROUP_REACH = 100


def _striking_group(text: str, match: re.Match[str]) -> str | None:
    """The group nearest the strike word, within its reach: "the seamen's strike", "a
    national strike launched yesterday by bank workers"."""
    best: tuple[int, str] | None = None
    low = max(0, match.start() - _GROUP_REACH)
    for found in _STRIKING_GROUP.finditer(text, low, match.end() + _GROUP_REACH):
        distance = (
            match.start() - found.end()
            if found.end() <= match.start()
            else found.start() - match.end()
        )
        if best is None or distance < best[0]:
            best = (max(distance, 0), _GROUP_OF[found.lastgroup or ""])
    return best[1] if best is not None else None


def groups_of(anchors: frozenset[str] | set[str]) -> frozenset[str]:
    """The anchors that name who strikes, not where."""
    return frozenset(anchor for anchor in anchors if anchor.startswith(GROUP_PREFIX))


# A date this close to the incident word names the incident's day ("Sunday's landslide").
_DATE_REACH = 80
_SAID_BEFORE = compile_pattern(
    r"\b(?:said|says|announced|reported|told|added|rose|risen|climbed|reached|was|were)\s+"
    r"(?:\w+\s+){0,3}(?:on|by|late\s+on|early\s+on)?\s*$",
    re.IGNORECASE,
)
# Stated dates wider than this (a year, "last September") still place an incident, loosely.
_UNDATED_REACH = timedelta(days=10)
# A strike lasts: a report that gives no date may speak of one that began weeks before
# ("the strike, which began on February 27", then "the strike went on" three weeks later).
_LASTING_REACH = {"strike": timedelta(days=45)}
_SLACK = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Event:
    """An incident as one article reports it."""

    kind: str
    # Places and names it happened at or to: a town, a mine, a ferry's name, a country.
    anchors: frozenset[str]
    # The days it may have happened on: a stated date (give or take a day), else the ten
    # days before the report.
    first: date | None
    last: date | None
    dated: bool = False
    # The anchors that are places: a town, a port, a country (the others name things).
    places: frozenset[str] = frozenset()


def is_place_set(keys: set[str]) -> bool:
    return any(is_place(key) for key in keys)


# Kinds of incident a country has many of at a time: its name alone never ties two reports.
_MANY_PER_COUNTRY = frozenset({"strike", "attack", "unrest"})


# Vessels sunk by forces, warships, aircraft or missiles are an act of war: like raids, many at
# a time in one war, and two reports naming only the warring countries are two engagements.
# A ferry that capsized or a ship that sank in a storm names no such agent.
_COMBAT_AGENT_BEFORE = compile_pattern(
    r"\b(?:forces|troops|units|navy|naval|warships?|gunboats?|frigates?|planes|warplanes|"
    r"aircraft|jets|helicopters|gunships|missiles?|torpedo(?:es)?|artillery)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:had\s+|have\s+)?$",
    re.IGNORECASE,
)
_COMBAT_AGENT_AFTER = compile_pattern(
    r"\s+(?:[\w-]+\s+){0,3}?by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:forces|troops|"
    r"navy|naval|warships?|gunboats?|planes|warplanes|aircraft|jets|helicopters|missiles?|"
    r"torpedo(?:es)?)\b",
    re.IGNORECASE,
)


def _kind_of(text: str, match: re.Match[str]) -> str:
    kind = _KIND_OF_GROUP[match.lastgroup or ""]
    if kind == "shipwreck" and _sunk_in_combat(text, match):
        return "attack"  # "its forces sank three boats": an engagement, not an accident
    return kind


def _sunk_in_combat(text: str, match: re.Match[str]) -> bool:
    word = match.group(0).lower()
    if word not in ("sank", "sunk", "sinking"):
        return False
    before = text[max(0, match.start() - 60) : match.start()]
    return bool(_COMBAT_AGENT_BEFORE.search(before) or _COMBAT_AGENT_AFTER.match(text, match.end()))


def is_broad(anchor: str) -> bool:
    """A country, a region or a people's adjective (see `_broad`)."""
    return _broad(anchor)


def _broad(anchor: str) -> bool:
    """A country or region, or a people's adjective ("Kurdish", "Afghan"): too broad to tell
    two incidents of one war apart."""
    if is_country(anchor):
        return True
    adjective = " " not in anchor and anchor.endswith(("ish", "an", "ese", "i"))
    return adjective and is_place(anchor)


def same_incident(
    one: Event, other: Event, one_part: str | None = None, other_part: str | None = None
) -> bool:
    """Whether two reports are of one incident: same kind, dates that fit, and a shared
    anchor; when the only anchors shared are countries or regions, the two must not each
    name a different town (two attacks in one country, a week apart, are two incidents).
    `one_part`, `other_part`: the place a figure is a part of (one village of a raid on
    several) is where that figure's share of the incident happened, an anchor for it."""
    if one.kind != other.kind:
        return False
    if not (one.first and one.last and other.first and other.last):
        return False
    if one.last < other.first or other.last < one.first:
        return False
    one_groups, other_groups = groups_of(one.anchors), groups_of(other.anchors)
    if one_groups and other_groups and not one_groups & other_groups:
        return False  # the seamen's strike and the bank workers' are two strikes
    one_anchors = one.anchors - one_groups | {one_part} if one_part else one.anchors - one_groups
    other_anchors = (
        other.anchors - other_groups | {other_part} if other_part else other.anchors - other_groups
    )
    shared = one_anchors & other_anchors
    if not shared:
        return False
    if any(not _broad(anchor) for anchor in shared):
        return True
    if one.kind in _MANY_PER_COUNTRY:
        # Strikes, raids and clashes in one country are many at a time: a country, a region
        # or a people's adjective never ties two reports of them, unless both name the one
        # group on strike there.
        return bool(one_groups & other_groups)
    towns_one = {a for a in one.places if not _broad(a)}
    towns_other = {a for a in other.places if not _broad(a)}
    return not (towns_one and towns_other and not towns_one & towns_other)


def _places_named(
    text: str,
    names: Sequence[tuple[str, int, int]],
    article: ArticleNames,
    excluded: tuple[int, int] | None,
    elsewhere: list[tuple[int, int]],
) -> tuple[set[str], set[str], set[str]]:
    """The anchors, places and speakers a sentence names for its incident. Who says it is no
    anchor ("said on Telegram", "AFP reported"), but the place the speakers are at is
    ("rescue workers in Castelmoro said"); a name in a clause of an older event is neither."""
    anchors: set[str] = set()
    places: set[str] = set()
    speakers: set[str] = set()
    for key, start, end in names:
        if elsewhere and any(low <= start and end <= high for low, high in elsewhere):
            continue  # where something else happened, at another time
        place = article.is_place_like(key, text, start, end)
        if excluded is None or not (excluded[0] <= start and end <= excluded[1]) or place:
            anchors.add(key)
            if place:
                places.add(key)
        else:
            speakers.add(key)
    return anchors, places, speakers


# Where a sentence's clauses meet: a comma, a semicolon, a colon, a bracket, a dash.
_CLAUSE_EDGE = compile_pattern(r"[,;:()]|\s-+\s")


def _earlier_clauses(
    text: str, match: re.Match[str], claims: Sequence[Claim], since: date | None
) -> list[tuple[int, int]]:
    """The clauses of a sentence dated before the incident could have happened, other than
    the one naming it ("police closed the road to the site, close to where rebels attacked a
    convoy last May"): the places they name are where something else happened."""
    if since is None:
        return []
    spans: list[tuple[int, int]] = []
    for claim in claims:
        if claim.kind != "date" or claim.last_day is None or claim.last_day >= since:
            continue
        position = claim.start - claim.sentence_start
        start = 0
        for edge in _CLAUSE_EDGE.finditer(text, 0, position):
            start = edge.end()
        after = _CLAUSE_EDGE.search(text, position + len(claim.text))
        end = after.start() if after is not None else len(text)
        if not start <= match.start() < end:
            spans.append((start, end))
    return spans


def _other_group(anchors: set[str], group: str | None) -> bool:
    known = groups_of(anchors)
    return group is not None and bool(known) and GROUP_PREFIX + group not in known


@dataclass(slots=True)
class _Incident:
    """An incident while the article is read: later sentences add where it happened."""

    kind: str
    anchors: set[str]
    places: set[str]
    first: date | None
    last: date | None
    dated: bool

    def event(self) -> Event:
        return Event(
            self.kind,
            frozenset(self.anchors),
            self.first,
            self.last,
            self.dated,
            frozenset(self.places),
        )

    def fits(self, first: date | None, last: date | None) -> bool:
        if not (first and last and self.first and self.last):
            return True
        return not (last < self.first or self.last < first)


class EventReader:
    """The incident each sentence of an article speaks of, read in text order."""

    def __init__(self, published: date | None) -> None:
        self.published = published
        self.current: _Incident | None = None
        self.lead: _Incident | None = None
        # Where the lead sentence puts the incident, as it says it: a place named later for
        # one figure is a part of the incident, not where all of it happened.
        self._lead_anchors: frozenset[str] = frozenset()
        self._incidents: dict[int, _Incident] = {}

    def mentions(self, text: str, tokens: set[str]) -> re.Match[str] | None:
        """Where a sentence names an incident, if it does (`tokens`: its words, lower case)."""
        if _TRIGGERS.isdisjoint(tokens):
            return None
        return _EVENT_WORD.search(text)

    def read(
        self,
        text: str,
        names: Sequence[tuple[str, int, int]],
        claims: Sequence[Claim],
        article: ArticleNames,
        lead: bool,
        excluded: tuple[int, int] | None = None,
        match: re.Match[str] | None = None,
    ) -> Event | None:
        """The incident of a sentence (`match`: where it names one, see `mentions`): one it
        names, else the one the article spoke of last (as the article has described it so
        far; `final` gives it as the whole article does)."""
        if match is None:
            return self._snapshot(self.current)
        kind = _kind_of(text, match)
        first, last, dated = self._days(text, match, claims, _LASTING_REACH.get(kind))
        current = self.current
        elsewhere = _earlier_clauses(text, match, claims, self._since(kind, first))
        anchors, places, speakers = _places_named(text, names, article, excluded, elsewhere)
        if not anchors and not is_place_set(speakers):
            # "Noranda said 57 miners were trapped by a fire": with nothing else named, the
            # company that speaks is where it happened.
            anchors = speakers
        if self.lead is None or lead:
            anchors.update(article.title_places)
            places.update(article.title_places)
        group = _striking_group(text, match) if kind == "strike" else None
        if group is not None:
            anchors.add(GROUP_PREFIX + group)
            if not any(is_country(anchor) for anchor in anchors):
                # "the seamen in Rio de Janeiro" under a headline on Brazil: the strike is
                # Brazil's seamen's, as a report naming only the country gives it.
                countries = [place for place in article.title_places if is_country(place)]
                anchors.update(countries)
                places.update(countries)
        if (
            current is not None
            and current.kind == kind
            and current.fits(first, last)
            and not _other_group(current.anchors, group)
        ):
            # Another sentence about the incident already named: it says more of where and
            # when, not what.
            current.anchors |= anchors
            current.places |= places
            if dated and not current.dated:
                current.first, current.last, current.dated = first, last, True
        else:
            current = _Incident(kind, anchors, places, first, last, dated)
            self.current = current
        if self.lead is None:
            self.lead = current
            self._lead_anchors = frozenset(current.anchors)
        return self._snapshot(current)

    def _since(self, kind: str, first: date | None) -> date | None:
        """The first day the incident a sentence names may have happened on: the one the
        article spoke of so far, when the sentence goes on about it."""
        current = self.current
        if current is None or current.kind != kind or not (current.first and first):
            return first
        return min(first, current.first)

    def lead_anchors(self) -> frozenset[str]:
        return self._lead_anchors

    def _snapshot(self, incident: _Incident | None) -> Event | None:
        if incident is None:
            return None
        event = incident.event()
        self._incidents[id(event)] = incident
        return event

    def final(self, event: Event) -> Event:
        """The incident as the whole article describes it."""
        incident = self._incidents.get(id(event))
        return incident.event() if incident is not None else event

    def _days(
        self,
        text: str,
        match: re.Match[str],
        claims: Sequence[Claim],
        reach: timedelta | None = None,
    ) -> tuple[date | None, date | None, bool]:
        best: tuple[int, Claim] | None = None
        for claim in claims:
            if claim.kind != "date" or claim.first_day is None or claim.last_day is None:
                continue
            position = claim.start - claim.sentence_start
            if _SAID_BEFORE.search(text, max(0, position - 40), max(0, position)):
                continue
            if self.published is not None and claim.first_day > self.published + _SLACK:
                continue  # an incident is reported after it happened: a later date is misread
            distance = (
                match.start() - position - len(claim.text)
                if position < match.start()
                else position - match.end()
            )
            if abs(distance) > _DATE_REACH:
                continue
            if best is None or abs(distance) < best[0]:
                best = (abs(distance), claim)
        if best is not None:
            claim = best[1]
            assert claim.first_day is not None and claim.last_day is not None
            return claim.first_day - _SLACK, claim.last_day + _SLACK, True
        if self.published is None:
            return None, None, False
        return self.published - (reach or _UNDATED_REACH), self.published, False
