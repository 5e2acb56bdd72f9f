"""Attribution: who gives a figure ("the ministry said", "according to Reuters", "a Reuter
survey shows", "reported by the health ministry"). A source is kept beside a figure's identity,
never taken for its subject, and tells two sources' figures from a paper contradicting itself.
"""

from __future__ import annotations

import re

from claimcheck.extract.patterns import compile_pattern
from claimcheck.measures import word_set

__all__ = ["SourceReader", "generic_reference", "same_source"]

_FORECAST_VERBS = r"(?:forecast|projected|predicted)"
_VERBS = (
    r"said|says|say|told|tells|reported|reports|announced|announces|estimated|estimates|"
    r"indicated|added|stated|quoted|put|puts|gave|gives|counted|has\s+counted|had\s+counted|"
    r"measured|recorded|showed|shows|"
    # a forecaster is a source: "the department forecast the crop at"; not the noun ("the
    # forecast for", "its forecast of", "the forecast was") nor a participle ("down four pct
    # from previously forecast and ...")
    rf"{_FORECAST_VERBS}(?!\s*(?:[,;.]|(?:for|of|is|was|were|has|had|by|in|to|and|or)\b))"
)
# "The civil protection agency said", "Pakistani officials said", "a Reuter survey shows": the
# words before the verb back to the clause's start, at most eight.
_SPEAKER_VERB = compile_pattern(
    rf"\s+(?:also\s+|has\s+|had\s+|have\s+)?(?P<verb>{_VERBS})\b", re.IGNORECASE
)
_CLAUSE_START = compile_pattern(r"[,;:(]\s*|\b(?:that|and|but)\s+", re.IGNORECASE)
# Between a speaker and the verb, a relative clause or an apposition set off by commas: "the
# trader, who would not give his name, told", "the fund, which owns 7 pct, said", "the
# office, an arm of the ministry, said". The speaker is the clause before it ("a spokesman for
# the board, the largest buyer, said" is the spokesman for the board).
_ASIDE_BEFORE_VERB = compile_pattern(
    r",\s+(?:who|whose|which|a|an|the)\s[^,;:()]{3,100},\s*(?:also\s+|has\s+|had\s+|have\s+)?$",
    re.IGNORECASE,
)
_WORD = compile_pattern(r"[\w'’.&-]+")
_SPEAKER_WORDS = 8
# The words one of which a sentence must hold to name a speaker at all.
_TRIGGERS = word_set(
    """
    said says say told tells reported reports announced announces estimated estimates
    indicated added stated quoted put puts gave gives counted measured recorded showed shows
    according forecast projected predicted
    """
)
_ACCORDING_TO = compile_pattern(
    r"\baccording\s+to\s+(?P<who>(?:[\w'’.&-]+\s+){0,6}?[\w'’.&-]+?)(?=\s*(?:[,.;:]|$|\bsaid\b))",
    re.IGNORECASE,
)
# "Townsend Thorensen, owners of the ferry, said": the name before an apposition.
_SPEAKER_APPOSITION = compile_pattern(
    rf"(?:^|[,;:(]\s*|\bthat\s+)(?P<who>(?:[A-Z][\w'’.&-]*\s+){{0,4}}[A-Z][\w'’.&-]*),"
    # the description may hold a town and its state's abbreviation: "a Tampa, Fla., maker"
    rf"\s+(?:[^,;]|,(?=\d)|,\s(?:[A-Z][a-z]{{1,4}}|[A-Z]\.\s?[A-Z])\.,){{3,80}},\s+(?P<verb>{_VERBS})\b"
)
# "..., said Jacques Thas": the name after the verb at the clause's end.
_SAID_NAME = compile_pattern(
    r",\s*(?:said|says)\s+(?P<who>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})\s*[.,]?\s*$",
)
# After a figure: "the 140 deaths reported by the health ministry".
_BY_AFTER = compile_pattern(
    r"^\W{0,3}(?:\w+\s+){0,3}?(?:reported|given|counted|put|announced|published|estimated|"
    r"issued|released|cited)\s+by\s+(?P<who>(?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+)",
    re.IGNORECASE,
)
# After a figure, a relative clause whose subject gives it: "the 12 mln tonnes at which
# independent growers put last season's crop", "the 40 pct at which the agency had estimated it".
_AT_WHICH_AFTER = compile_pattern(
    r"^\W{0,3}(?:[\w.]+\s+){0,3}?at\s+which\s+(?P<who>(?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+?)"
    r"\s+(?:had\s+|has\s+|have\s+)?(?:put|puts|estimated|estimates|forecast|forecasts|placed|"
    r"places|projected|projects|reckoned|reckons)\b",
    re.IGNORECASE,
)
# Right before a figure, the word that says it is the authorities' own: "the official 4.5
# mln tonnes", "the official figure of 4.5 mln" (the other side of a growers' own estimate).
_OFFICIAL_BEFORE = compile_pattern(
    r"\bthe\s+official\s+(?:(?:figure|estimate|total)\s+(?:of\s+)?)?$", re.IGNORECASE
)
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "one"])
# Words of time before a pronoun that speaks: "Today it reported", "Previously it said".
_TIME_WORDS = frozenset(["today", "yesterday", "previously", "now", "then", "recently"])
_DROP = word_set(
    """
    the a an its their his her own our regional national local senior unnamed some one two
    other several who that also which said both chief top new but and so however meanwhile
    earlier later
    """
)
_ANALYSTS = frozenset(
    ["analyst", "analysts", "economist", "economists", "broker", "brokers", "forecaster"]
)
# Speakers that are only a noun for somebody unnamed ("officials", "a spokesman"), kept when
# nothing else names them.
_UNNAMED = frozenset(
    ["officials", "official", "sources", "source", "spokesman", "spokeswoman", "people"]
)
# Words that name what was published or when, not who published it ("the report said", "a
# weekly survey shows", "estimates put"): alone they name nobody, so they match any source
# (as an unattributed figure does), and beside a name ("the department's weekly report") they
# do not make it another source. The words are kept as read: the figure is still given as
# a publication's, not as the paper's own.
_REPORT_WORDS = word_set(
    """
    report reports survey surveys study studies statement statements estimate estimates
    figure figures data release releases bulletin review weekly monthly quarterly annual
    yearly daily latest preliminary provisional final revised
    """
)
# Unnamed private speakers ("trade sources", "private estimates", "industry sources",
# "traders"): who they are is not told, so two of them are not known to be two sources. The
# authorities' own figure ("official", "officials") is another source.
_UNNAMED_PRIVATE = word_set(
    """
    sources source private trade industry market grain traders dealers informed
    """
)
# A generic reference to the company the story is about ("the company said", "company
# officials", "the bank's spokesman", "the group said today", "Foster and Co said" read as
# "co"): the noun standing for the company, and the words that may stand beside it.
_GENERIC_HEADS = {
    "company": "company",
    "firm": "company",
    "corporation": "company",
    "concern": "company",
    "co": "company",
    "corp": "company",
    "inc": "company",
    "group": "company",
    "bank": "bank",
}
_GENERIC_COMPANIONS = word_set(
    """
    spokesman spokeswoman spokesmen official officials executive executives management
    chairman president director directors sources source today yesterday statement
    """
)
# Words no speaker's name holds: "30 people were reported missing" names no speaker.
_NOT_SPEAKER_WORDS = word_set(
    """
    were was are is been being be had have has would will could may might not
    """
)
# A clause opening with a preposition opens with an adjunct, not its subject: "Under the
# agreement announced in May", "On Monday the group said", "In late March its chairman told".
_PREPOSITIONS = word_set(
    """
    in on at under with without for from by of to into through during following despite
    against among amid between within upon over about across until via per
    """
)
_MONTHS_AND_DAYS = word_set(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """
)
# "made an estimated 160 ships idle": a determiner before the verb makes it an adjective.
_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "his", "her"])
# Words that open a clause rather than name a speaker.
_NOT_SPEAKER_START = word_set(
    """
    it this that there which what when while if as because since after before
    """
)


def _normalize(who: str) -> str | None:
    words = [
        word.lower().rstrip(".").removesuffix("'s").removesuffix("’s")
        for word in who.replace(",", " ").split()
    ]
    if not words or (words[0] in _NOT_SPEAKER_START and len(words) > 1):
        return None
    kept = [word for word in words if word not in _DROP]
    if not kept:
        kept = [word for word in words if word in _UNNAMED]
    return " ".join(kept) or None


def same_source(one: str | None, other: str | None) -> bool:
    """Whether two attributions name one source: equal, or one's words inside the other's
    ("the agency" and "the civil protection agency", "officials" and "Pakistani officials");
    an unattributed figure is the paper's own and matches any, and so does one given only
    as a publication's ("the report said")."""
    if not one or not other:
        return True
    if one == other:
        return True
    first, second = _stems(one), _stems(other)
    if first <= _UNNAMED_PRIVATE_STEMS and second <= _UNNAMED_PRIVATE_STEMS:
        return True  # "trade sources" and "private estimates": nobody told apart
    return first <= second or second <= first


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _stems(source: str) -> set[str]:
    """The words that say who a source is: a publication's kind or period beside a name
    ("the department's weekly report", "a Reuter survey") is the name's."""
    return {_stem(word) for word in source.split() if word not in _REPORT_WORDS}


_UNNAMED_PRIVATE_STEMS = frozenset(_stem(word) for word in _UNNAMED_PRIVATE)


def generic_reference(source: str | None) -> str | None:
    """The kind of company a source stands for when it only refers to the story's own
    company ("company", "bank officials", "the group said today"): "company" or "bank";
    None when it names somebody."""
    if not source:
        return None
    words = source.split()
    heads = [_GENERIC_HEADS[word] for word in words if word in _GENERIC_HEADS]
    if len(heads) != 1 or not all(
        word in _GENERIC_HEADS or word in _GENERIC_COMPANIONS for word in words
    ):
        return None
    return heads[0]


def _may_accord(text: str) -> bool:
    """Whether `_ACCORDING_TO` may match: ASCII text that does not say "accord" cannot."""
    return not text.isascii() or "accord" in text.lower()


def _speaker_before_verb(text: str) -> tuple[int, int] | None:
    """The span of the words naming who speaks before the first verb of saying they can be
    the subject of (no digits, no auxiliary verb, not "an estimated"); in "the agency ended
    the search and said", the subject of the clause before "and"."""
    for verb in _SPEAKER_VERB.finditer(text):
        position = verb.start("verb")
        aside = _ASIDE_BEFORE_VERB.search(text, 0, position)
        if aside is not None:
            position = aside.start()  # the speaker is named before the aside
        start, joined = 0, False
        for boundary in _CLAUSE_START.finditer(text, 0, position):
            start, joined = boundary.end(), boundary.group(0).strip().lower() in ("and", "but")
        window = max(start, position - 90)
        words = list(_WORD.finditer(text, window, position))
        at_clause_start = window == start and len(words) <= _SPEAKER_WORDS
        words = words[-_SPEAKER_WORDS:]
        if words and words[0].group(0).lower() in _PREPOSITIONS:
            # a fronted phrase: the subject, if any, follows it; in a window cut short the
            # phrase is the middle of a longer one, and names nobody
            words = _after_fronted_phrase(words) if at_clause_start else []
        if not words and joined:
            words = _clause_subject_words(text, window)
        if not words or (aside is not None and not _described(words[0].group(0))):
            continue
        who = [word.group(0) for word in words]
        lowered = [word.lower() for word in who]
        if len(who) > 1 and lowered[-1] in _PRONOUNS:
            if any(word not in _DROP and word not in _TIME_WORDS for word in lowered[:-1]):
                # "to offset a shortage it estimated at": the words before the pronoun name
                # nobody, and whom "it" stands for is not known here
                continue
            # "Earlier it said", "Today it reported": the pronoun alone, as "It said" is
            words, who, lowered = words[-1:], who[-1:], lowered[-1:]
        if (
            _NOT_SPEAKER_WORDS.isdisjoint(lowered)
            and not any(char.isdigit() for word in who for char in word)
            and lowered[-1] not in _DETERMINERS
            and not _forecast_participle(who[-1], verb.group("verb"))
        ):
            return words[0].start(), words[-1].end()
    return None


def _described(first: str) -> bool:
    """Whether a speaker found before an aside is one the story describes ("the official",
    "a spokesman for the board", "traders"), not a name: a name with an apposition is read
    by `_SPEAKER_APPOSITION`, and one it leaves (written with a parenthesis, "Harlow (Asia)
    Ltd") is the stake or bid reader's to name, not a clause cut short."""
    return first.islower() or first.lower() in _DETERMINERS or first.lower() in ("one", "two")


def _after_fronted_phrase(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words after a fronted prepositional phrase: after a month or a day ending it ("On
    Friday Velmora"), or from a determiner or a name after the phrase's own noun ("In a
    statement the agency", "In the current quarter Velmora"); none when nothing marks its end
    ("Under a previously", "Under the agreement")."""
    lowered = [word.group(0).lower() for word in words]
    for index in range(1, len(words)):
        if lowered[index] in _MONTHS_AND_DAYS:
            return words[index + 1 :]
        if index < 2 or lowered[index - 1] in _DETERMINERS:
            continue
        if lowered[index] in _DETERMINERS:
            return words[index:]
        if words[index].group(0)[0].isupper() and words[index - 1].group(0).islower():
            return words[index:]  # "In the current quarter Velmora": a name after a noun
    return []


def _forecast_participle(last: str, verb: str) -> bool:
    """ "a tentatively forecast 3.3 mln", "than previously projected": an adverb in -ly
    before a verb of forecasting makes it a participle, not a forecaster's verb."""
    adverb = last.islower() and last.endswith("ly")
    return adverb and re.fullmatch(_FORECAST_VERBS, verb.lower()) is not None


def _clause_subject_words(text: str, before: int) -> list[re.Match[str]]:
    """The opening words of the clause before `before`, up to its verb (a word in -ed)."""
    start = 0
    for boundary in _CLAUSE_START.finditer(text, 0, max(0, before - 5)):
        start = boundary.end()
    words = []
    for word in _WORD.finditer(text, start, before):
        if word.group(0).lower().endswith("ed") or len(words) >= 5:
            break
        words.append(word)
    return words


class SourceReader:
    """Who speaks in each sentence of an article, read in text order; "he said" and "the
    agency said" stand for the speaker named before."""

    def __init__(self) -> None:
        self.last: str | None = None
        # Sentences with a verb of saying read since `last` was known, read only when a
        # pronoun needs them ("he said"): most never are.
        self.unread: list[str] = []

    def remember(self, text: str, tokens: set[str]) -> None:
        """A sentence whose speaker matters only if a later sentence says "he said"."""
        if not _TRIGGERS.isdisjoint(tokens):
            self.unread.append(text)

    def _latest_speaker(self) -> str | None:
        while self.unread:
            text = self.unread.pop()
            found, _ = self._speaker(text)
            if found is not None and found not in _PRONOUNS:
                self.last = found
                self.unread.clear()
                break
        return self.last

    def read(self, text: str, tokens: set[str]) -> tuple[str | None, tuple[int, int] | None]:
        """(source, its span in the sentence) of a sentence, or (None, None)."""
        if _TRIGGERS.isdisjoint(tokens):
            return None, None
        source, span = self._speaker(text)
        if source is None:
            return None, None
        if source in _PRONOUNS:
            return self._latest_speaker(), span
        self.last = source
        self.unread.clear()
        return source, span

    def _speaker(self, text: str) -> tuple[str | None, tuple[int, int] | None]:
        found = (
            # Each pattern tried only when the text may hold it: "according", two commas
            # (the apposition's name and its verb each follow one).
            (_ACCORDING_TO.search(text) if _may_accord(text) else None)
            or _SAID_NAME.search(text)
            or (_SPEAKER_APPOSITION.search(text) if text.count(",") >= 2 else None)
        )
        span = found.span("who") if found is not None else _speaker_before_verb(text)
        if span is None:
            return None, None
        return _normalize(text[span[0] : span[1]]), span

    def figure_source(self, before: str, after: str) -> str | None:
        """A source written right around a figure ("... reported by the health ministry",
        "... at which independent growers put the crop", "the official ...")."""
        if _OFFICIAL_BEFORE.search(before):
            return "official"
        found = _BY_AFTER.match(after) or _AT_WHICH_AFTER.match(after)
        if found is None or found.group("who").lower() in _PRONOUNS:
            return None  # "at which it put": whom the pronoun stands for is not read here
        return _normalize(found.group("who"))

    def is_analyst(self, source: str | None) -> bool:
        return bool(source) and not _ANALYSTS.isdisjoint((source or "").split())
