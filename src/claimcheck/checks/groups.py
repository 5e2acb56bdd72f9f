"""What group a counted figure is the size of, read from the claim and the words around it.

A group is its counted noun ("climber"), the group word it is counted in ("team", "crew",
"delegation"), whose group it is (the yacht's, the expedition's) and the words that set it
apart ("survey team", miners "injured in" the blast). Two figures describe one group when
these agree: the figure-stated-two-ways check (CC106) compares two sizes of one group, the
parts check (CC108) a whole with parts of it. Kept to what those checks need: the words of
one sentence, no knowledge of the world.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from claimcheck.checks.helpers import IRREGULAR_PAST, sentence_bounds
from claimcheck.checks.registry import ArticleContext
from claimcheck.extract.lexicon import NUMBER_WORD_VALUES
from claimcheck.extract.quantities import lemmatize_noun
from claimcheck.records import Claim


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Counted nouns that only say "people of the group": the group word names the group.
GENERIC_NOUNS = _words("member strong person man woman seat")
# Nouns too general to tie two figures together without a group word or an owner.
_VAGUE_NOUNS = _words("person man woman child adult worker official resident year day time")
# Words that end a noun phrase: what follows is no longer its modifier or head.
_STOP_WORDS = _words(
    """
    a an the and or but nor of in on at to for from by with without about into onto over
    under after before since during until than as is are was were be been being has have
    had do does did will would shall should can could may might must who whom whose which
    that this these those there here it its their his her our your they them he she we you
    all each every both some any no not only also still now then just later said says say
    more less most least other another such per up down out off while when where
    """
)
_DETERMINERS = _words("the its their his her our your this that these those")
_INDEFINITE = _words("a an")
# Compounds that count something other than members: "a two-time champion", "a 10-year
# term", "a 32-page report".
_NOT_MEMBERS = _words(
    """
    time year day week month hour minute second point goal set game match round lap stage
    storey story page bit door lane way mile metre meter foot inch yard kilometre
    """
)
# "at the age of 27", "a height of 40": a measure of something, not a group of members.
_MEASURES_OF = _words(
    """
    age height length depth width distance speed weight score margin rate cost price value
    sum record average maximum minimum capacity temperature range term period total
    """
)
_WORD = re.compile(r"[A-Za-z][\w’'-]*|[,;:()\"“”—–.!?]")
# "12 in all", "12 in total", "12 altogether": the size of the whole group.
_IN_ALL = re.compile(r"\s*(?:in\s+all|in\s+total|altogether)\b", re.I)
# "make up the tribunal", "form the jury", "comprise the board", "sit on the panel".
_MAKE_UP = re.compile(
    r"\s+(?:make|makes|made|making)\s+up|\s+(?:form|forms|formed|comprise|comprised|"
    r"constitute|constituted|sit|sat)\s+(?:on\s+)?",
    re.I,
)
# "on the yacht", "aboard the ferry", "in the delegation", "of the survey team".
_OWNER_PREPOSITION = re.compile(
    r"\s+(?:on|aboard|in|at|of|from|for|with)\s+(?:board\s+)?(?:the|its|their|his|her)\s+", re.I
)
# "the 12 people killed in the blast" / "the 30 people injured by it": two groups.
_PARTICIPLE = re.compile(r"\s+([a-z]+ed)\s+(?:in|by|at|during|on|when|after|while)\b")
_MEMBERS_OF = re.compile(r"\s+of\s+([a-z]+)\b")
_COMPOUND = re.compile(r"^(?P<number>[\w,.]+)-(?P<word>[a-z]+)\b", re.I)
# "the council of nine": a number in words no claim holds, since no counted noun follows.
_GROUP_OF_WORDS = re.compile(
    r"\b(?P<article>a|an|the|its|their)\s+(?P<group>[a-z]+)\s+of\s+(?P<number>"
    + "|".join(sorted(NUMBER_WORD_VALUES, key=len, reverse=True))
    + r")\b(?!\s*(?:-|of\b|percent|per\b|%))",
    re.I,
)
_WINDOW = 90
_MAX_PHRASE_WORDS = 4


@dataclass(frozen=True, slots=True)
class Group:
    """What a figure counts. Empty strings when the words do not say."""

    noun: str
    collective: str = ""
    owner: str = ""
    modifiers: frozenset[str] = frozenset()

    @property
    def anchored(self) -> bool:
        """Whether a group word or an owner ties the figure to one group."""
        return bool(self.collective or self.owner)


@dataclass(frozen=True, slots=True)
class Size:
    """A figure read as the size of a group, and whether it is the whole group's size."""

    value: float
    group: Group
    # "all 12 sailors", "the 12-member team", "a crew of 12", "the yacht's 12 sailors": the
    # size of the whole group, not a count of some of its members.
    total: bool
    start: int
    end: int
    # Opened with "a"/"an": a group introduced here ("a fleet of 154"), which may be another
    # one than a group of that kind named before.
    introduced: bool = False


def same_group(first: Group, second: Group) -> bool:
    """Whether two figures may describe one group: the same counted noun (or members of
    the same group word), no different owners or group words, no different modifiers."""
    if first.owner and second.owner and first.owner != second.owner:
        return False
    if first.collective and second.collective and first.collective != second.collective:
        return False
    if first.modifiers and second.modifiers and not first.modifiers & second.modifiers:
        return False
    if not _nouns_agree(first, second):
        return False
    shared_owner = bool(first.owner) and first.owner == second.owner
    shared_collective = bool(first.collective) and first.collective == second.collective
    if shared_owner or shared_collective:
        return True
    # Nothing ties them but the noun: enough for a specific one ("inspectors") named with
    # a group word or an owner once, not for "people" or "officials" in general.
    return first.noun not in _VAGUE_NOUNS and (first.anchored or second.anchored)


def _nouns_agree(first: Group, second: Group) -> bool:
    if first.noun and first.noun == second.noun:
        return True
    generic = first.noun in GENERIC_NOUNS or second.noun in GENERIC_NOUNS
    if generic and first.collective and first.collective == second.collective:
        return True  # "the 12-member team" and "all 15 members of the team"
    # "the 15 farmers in the delegation" and "a 12-strong delegation": the farmers' owner
    # is the other figure's group word.
    return _owned_by(first, second) or _owned_by(second, first)


def _owned_by(members: Group, group: Group) -> bool:
    return bool(members.owner) and members.owner in (group.collective, group.noun)


def group_sizes(context: ArticleContext) -> list[Size]:
    """Each counted figure of the article read as a group size, in body order."""
    sizes = []
    claimed: set[int] = set()
    for claim in context.claims:
        claimed.add(claim.start)
        if _is_count(claim):
            size = _read(context, claim)
            if size is not None:
                sizes.append(size)
    sizes.extend(_sizes_in_words(context.article.body, claimed))
    return sorted(sizes, key=lambda size: size.start)


def _is_count(claim: Claim) -> bool:
    return (
        claim.kind == "quantity"
        and claim.value is not None
        and claim.low is None
        and claim.dimension in (None, "count")
        and claim.value >= 1
        and float(claim.value).is_integer()
    )


def _sizes_in_words(body: str, claimed: set[int]) -> Iterator[Size]:
    for match in _GROUP_OF_WORDS.finditer(body):
        if match.start("number") in claimed:
            continue
        collective = lemmatize_noun(match.group("group"))
        if collective in _STOP_WORDS or collective in _MEASURES_OF:
            continue
        value = float(NUMBER_WORD_VALUES[match.group("number").lower()])
        introduced = match.group("article").lower() in _INDEFINITE
        group = Group("member", collective)
        yield Size(value, group, True, match.start("number"), match.end("number"), introduced)


@dataclass(slots=True)
class _Reading:
    """A group size being read from the words around a figure."""

    noun: str = ""
    collective: str = ""
    owner: str = ""
    modifiers: set[str] = field(default_factory=set)
    total: bool = False
    introduced: bool = False


def _read(context: ArticleContext, claim: Claim) -> Size | None:
    body = context.article.body
    sentence_start, sentence_end = sentence_bounds(context, claim.start)
    opening = _WORD.findall(body[max(sentence_start, claim.start - _WINDOW) : claim.start])
    right_end = min(sentence_end, claim.end + _WINDOW)
    compound = _COMPOUND.match(claim.text)
    if compound is not None:
        return _compound(body, claim, compound, opening, right_end)
    if any(word[:1].isupper() for word in re.findall(r"[A-Za-z]+", claim.text)[1:]):
        return None  # "the Six Nations", "the Big Four": a name, not a count
    reading = _counted(claim)
    _read_opening(reading, opening)
    if _IN_ALL.match(body, claim.end):
        reading.total = True
        if not reading.noun:
            _read_apposition(reading, opening)
    if not reading.noun and reading.collective:
        reading.noun = "member"  # "a crew of 14"
    if not reading.noun:
        return None
    _read_trailing(reading, body, claim.end, right_end)
    group = Group(reading.noun, reading.collective, reading.owner, frozenset(reading.modifiers))
    return Size(
        claim.value or 0.0, group, reading.total, claim.start, claim.end, reading.introduced
    )


def _counted(claim: Claim) -> _Reading:
    """The counted noun and its modifiers in the claim ("21 crew members": members of the
    crew), or the noun extraction read."""
    words = [
        word.lower()
        for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", claim.text)
        if word.lower() not in NUMBER_WORD_VALUES
    ]
    if not words and claim.unit and claim.dimension == "count":
        words = [claim.unit]
    if words and (words[-1] in IRREGULAR_PAST or words[-1].endswith("ed")):
        words = []  # "a jury of twelve sat": a verb read as the counted noun
    if not words:
        return _Reading()
    noun = lemmatize_noun(words[-1])
    modifiers = set(words[:-1])
    if noun in GENERIC_NOUNS and modifiers:
        return _Reading(noun, collective=lemmatize_noun(words[-2]))
    return _Reading(noun, modifiers=modifiers)


def _read_opening(reading: _Reading, opening: list[str]) -> None:
    """ "all 12", "the 12", "the yacht's 12", "a team of 12", "the abbey, which has 20"."""
    if not opening:
        return
    last = opening[-1].lower()
    if last == "all" or last in _DETERMINERS:
        reading.total = True
    elif _is_possessive(opening[-1]):
        reading.owner, reading.total = _possessor(opening[-1]), True
    elif last == "of" and len(opening) > 2 and opening[-3].lower() in _INDEFINITE | {"the"}:
        candidate = lemmatize_noun(opening[-2])
        reading.total = candidate == "total"  # "a total of 120 ballots"
        if candidate not in _STOP_WORDS and candidate not in _MEASURES_OF:
            reading.collective, reading.total = candidate, True
            reading.introduced = opening[-3].lower() in _INDEFINITE
    elif last in ("has", "had", "have") and opening[-3:-1] in ([",", "which"], [",", "that"]):
        # "The abbey, which has 20 nuns": the size of the abbey's nuns.
        phrase = _phrase_before(opening[:-3])
        reading.owner = lemmatize_noun(phrase[-1]) if phrase else ""
        reading.total = bool(reading.owner)


def _read_apposition(reading: _Reading, opening: list[str]) -> None:
    """ "The expedition's climbers, 12 in all": the group is named before the comma."""
    if not opening or opening[-1] != ",":
        return
    words = _phrase_before(opening[:-1])
    if words:
        reading.noun = lemmatize_noun(words[-1])
        owners = [_possessor(word) for word in words if _is_possessive(word)]
        reading.owner = reading.owner or (owners[0] if owners else "")


def _read_trailing(reading: _Reading, body: str, position: int, limit: int) -> None:
    """What follows a counted noun: "on the expedition", "of the survey team", "make up
    the tribunal", "injured in the blast"."""
    participle = _PARTICIPLE.match(body, position, limit)
    if participle is not None:
        reading.modifiers.add(participle.group(1).lower())
    make_up = _MAKE_UP.match(body, position, limit)
    if make_up is not None:
        words = _phrase_after(body, make_up.end(), limit)
        if words:
            reading.collective = reading.collective or lemmatize_noun(words[-1])
            reading.total = True
        return
    owner = _OWNER_PREPOSITION.match(body, position, limit)
    if owner is None:
        return
    words = _phrase_after(body, owner.end(), limit)
    if not words:
        return
    head = lemmatize_noun(words[-1])
    reading.modifiers.update(lemmatize_noun(word) for word in words[:-1])
    if reading.noun in GENERIC_NOUNS and not reading.collective:
        reading.collective = head  # "15 members of the survey team"
    elif not reading.owner:
        reading.owner = head


def _compound(
    body: str, claim: Claim, compound: re.Match[str], opening: list[str], right_end: int
) -> Size | None:
    """ "the 12-member survey team", "a 12-strong delegation of farmers", "the 7-judge
    tribunal": the whole group's size, its members named in the compound."""
    word = compound.group("word").lower()
    if lemmatize_noun(word) in _NOT_MEMBERS or not opening:
        return None
    before = opening[-1].lower()
    if before not in _DETERMINERS | _INDEFINITE and not _is_possessive(opening[-1]):
        return None  # "even an eight-horse race": a figure of speech, not a group's size
    head_start = claim.start + compound.end()
    words = _phrase_after(body, head_start, right_end)
    if not words:
        return None
    end = body.find(words[-1], head_start, right_end) + len(words[-1])
    noun = "member" if word in GENERIC_NOUNS else lemmatize_noun(word)
    members = _MEMBERS_OF.match(body, end, right_end)
    if noun == "member" and members and members.group(1) not in _STOP_WORDS:
        noun = lemmatize_noun(members.group(1))  # "a 12-strong delegation of farmers"
    owner = _possessor(opening[-1]) if _is_possessive(opening[-1]) else ""
    modifiers = frozenset(lemmatize_noun(item) for item in words[:-1])
    group = Group(noun, lemmatize_noun(words[-1]), owner, modifiers)
    return Size(claim.value or 0.0, group, True, claim.start, end, before in _INDEFINITE)


def _is_possessive(word: str) -> bool:
    return (len(word) > 2 and word[-2:] in ("'s", "’s")) or word.endswith(("s'", "s’"))


def _possessor(word: str) -> str:
    return lemmatize_noun(word.removesuffix("'s").removesuffix("’s").rstrip("'’"))


def _phrase_before(words: list[str]) -> list[str]:
    """The noun phrase ending the word list: its words after the last stop word."""
    phrase: list[str] = []
    for word in reversed(words):
        if not word[0].isalpha() or word.lower() in _STOP_WORDS:
            break
        phrase.insert(0, word)
        if len(phrase) >= _MAX_PHRASE_WORDS:
            break
    return phrase


def _phrase_after(body: str, position: int, limit: int) -> list[str]:
    """The noun phrase starting at `position`: its words up to a stop word, a verb or a
    punctuation mark (determiners at its start are skipped)."""
    words: list[str] = []
    for match in _WORD.finditer(body, position, limit):
        word = match.group()
        lower = word.lower()
        if not word[0].isalpha():
            break
        if lower in _DETERMINERS and not words:
            continue
        if lower in _STOP_WORDS or lower in NUMBER_WORD_VALUES or _is_possessive(word):
            break
        if words and _ends_phrase(lower, words[-1]):
            break
        words.append(lower)
        if len(words) >= _MAX_PHRASE_WORDS:
            break
    return words


def _ends_phrase(word: str, previous: str) -> bool:
    """A verb after the phrase's head: "the council met", "the tribunal rules"."""
    if word.endswith(("ed", "ly", "ing")) or word in IRREGULAR_PAST:
        return True
    return _is_plural(word) and not _is_plural(previous)


def _is_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
