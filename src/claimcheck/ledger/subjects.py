"""Of what a figure is: the subject of its measure, found by rules over the sentence's names.

Whose a measure is depends on the measure: an incident's toll, a country's trade deficit, a
company's profit, the thing a deal buys, an object's length, a party's seats, a place's
temperature. The subject is the name that owns the measure ("Ostera's unemployment rate",
"the deficit of the United States", "the 2.4-kilometre Harwick Estuary Bridge"), the name the
clause is about ("Tessaly Energy made a net profit"), the thing bought ("agreed to buy Pellier
Foods for ..."), else what the article is about: the place and the company its lead names, the
object it named with that noun ("the bridge"). Speakers and sources are never subjects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from claimcheck.extract.patterns import compile_pattern
from claimcheck.ledger.names import (
    country_of_city,
    is_place,
    is_specific,
    place_key,
    title_places,
)
from claimcheck.measures import (
    COMPANY,
    DEAL,
    ECONOMY,
    ELECTION,
    EVENT,
    OBJECT,
    PLACE,
    Measure,
    word_set,
)

__all__ = ["OBJECT_NOUNS", "ArticleNames", "SubjectFinder"]

Names = Sequence[tuple[str, int, int]]
# (of_what, subject role, specific, part_of)
Subject = tuple[str, str, bool, str | None]

_TICKER = compile_pattern(r"<[A-Z][A-Z0-9.]{0,11}>")
_PLACE_NOUNS = compile_pattern(
    r"\s+(?:city|town|village|province|region|district|county|state|airport|port|harbour|"
    r"council|capital|valley|coast|river|island|area|municipality|prefecture)\b",
    re.IGNORECASE,
)
_PLACE_BEFORE = compile_pattern(
    r"\b(?:in|at|near|off|outside|from|to|(?:town|village|city|port|province|region|island)"
    r"\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
OBJECT_NOUNS = word_set(
    """
    bridge tunnel dam pipeline refinery mine plant factory airport port reservoir road
    railway canal tower building stadium ship ferry vessel well field reactor station
    smelter terminal complex hospital line highway motorway shaft
    """
)
_OBJECT_ALTERNATIVES = "|".join(sorted(OBJECT_NOUNS, key=lambda noun: (-len(noun), noun)))
_OBJECT_NOUN_RE = compile_pattern(rf"\b({_OBJECT_ALTERNATIVES})s?\b", re.IGNORECASE)
# A name right before an object noun: "Noranda Inc copper mine", "Brenna reservoir".
_NAME_THEN_OBJECT = compile_pattern(rf"\s+(?:[a-z]+\s+){{0,2}}?({_OBJECT_ALTERNATIVES})\b")
_OBJECT_THEN_PLACE = compile_pattern(r"\s+(?:at|in|near|of)\s+$", re.IGNORECASE)

# Between an owner's name and its measure: "U.S. 1986 farm trade deficit", "Japan's
# January trade surplus", "Ruritania's total foreign debt".
_OWNER_GAP = compile_pattern(
    r"^\.?\)?(?:['’]s?)?(?:[\s-]+(?:[a-z][a-z-]*|\d{4}(?:/\d{2,4})?|[A-Z][a-z]+))*[\s-]*$"
)
# Between a stake and the company it is in: "stake in", "holding of", "interest in the",
# "interest in its" (a unit of the company that sells or holds it).
_STAKE_IN = compile_pattern(
    r"\s+(?:(?:in|of)\s+(?:the\s+)?|[^\s.,;]*\s+)?(?:in|of)\s+(?:the\s+|its\s+)?<?"
)
_SAYING = compile_pattern(
    r"\b(?:said|says|say|told|tell|reported|reports|announced|estimated|expects?|expected|"
    r"predicted|forecast|put|puts|believes?|thinks?|according)\b",
    re.IGNORECASE,
)
# A gap that opens a clause of its own: "the SEC it holds a stake" is not the SEC's stake.
_CLAUSE_OF_ITS_OWN = compile_pattern(r"\b(?:it|they|he|she|we|which|who|that)\b", re.IGNORECASE)
_PREPOSITION = compile_pattern(r"\b(?:for|of|in|on|at|by|with|from|to|than|as|into|over)\b", re.I)
_OWNER_AFTER = compile_pattern(r"\s+(?:of|by|for)\s+(?:the\s+)?")
_PARTNER_BEFORE = compile_pattern(
    r"\b(?:with|to|from|against|between|and|into)\s+(?:the\s+)?$", re.I
)
_PARTNER_REACH = 30
# Trading blocs are partners as countries are ("Ostera's deficit with the bloc's Community
# members"); wire copy shortens the European Community to "the Community".
_BLOCS = {
    "community": "european community",
    "european community": "european community",
    "comecon": "comecon",
    "efta": "efta",
    "asean": "asean",
}
PARTNER_PREFIX = "with:"
# "its", "their" before a measure: the speaker's or the clause's subject's.
_PRONOUN_BEFORE = compile_pattern(
    # an investor who is a person holds "his" or "her" stake
    r"\b(?:its|their|his|her)\s+(?:[\w-]+\s+){0,4}$|\b(?:it|they|he|she)\s+"
    r"(?:now\s+|currently\s+)?"
    r"(?:holds?|has|have|had|owns?|owned|controls?)\s+(?:(?:a|an|about|some|nearly|almost|"
    r"roughly|around)\s+)*$",
    re.IGNORECASE,
)
# "it agreed to sell a", "it will buy an": a stake the company that speaks buys or sells is
# read as one its name opening the clause buys or sells ("Tessaly sold a 13 pct stake").
_PRONOUN_DEALS_BEFORE = compile_pattern(
    # an investor who is a person buys "he has acquired" as a firm does "it has acquired"
    r"\b(?:it|they|he|she)\s+(?:(?:has|have|had)\s+)?(?:(?:agreed|agrees|plans?|planned|intends?|"
    r"intended)\s+to\s+|will\s+|would\s+)?(?:sell|sold|buy|bought|acquire|acquired|purchase|"
    r"purchased)\s+(?:(?:a|an|about|some|nearly|almost|roughly)\s+)*$",
    re.IGNORECASE,
)
# "Tessaly agreed to sell a", "Tessaly Corp has agreed to buy an": the same deal said by the
# company's name right before it, with no "said it".
_NAME_DEALS_GAP = compile_pattern(
    r"(?:\s+(?:Inc|Corp|Co|Ltd|Plc|AG|SA|NV|Bhd)\.?)?\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:agreed|agrees|plans?|planned|intends?|intended)\s+to\s+|will\s+|would\s+)?"
    r"(?:sell|sold|buy|bought|acquire|acquired|purchase|purchased)\s+"
    r"(?:(?:a|an|about|some|nearly|almost|roughly)\s+)*"
)
# "the utility's", "the company's": the company the article is about.
_ARTICLE_COMPANY_BEFORE = compile_pattern(
    r"\bthe\s+(?:company|group|utility|firm|bank|carrier|airline|insurer|maker|concern|"
    r"conglomerate|operator|producer|retailer|lender|unit)(?:['’]s\b|\s+(?:had|made|posted|"
    r"reported|earned|said|expects?|employs))",
    re.IGNORECASE,
)
# A single works, or the company itself, as what produced: "the mine produced", "the
# smelter's output", "the company's production" (not "the country's mines produced").
_WORKS_SUBJECT = compile_pattern(
    r"\b(?:the|its)\s+(?:[a-z-]+\s+){0,2}?(mine|smelter|refinery|plant|mill|field|company|"
    r"firm|group|producer)(?:['’]s)?\s+(?:[a-z]+\s+){0,2}?(?:produced|produces|pumped|mined|"
    r"refined|output|production)\b",
    re.IGNORECASE,
)
_ARTICLE_PLACE_BEFORE = compile_pattern(
    r"\bthe\s+(?:country|nation|island|kingdom|republic|city|state|government)['’]s\b",
    re.IGNORECASE,
)
# A name opening a clause followed by what it did: "Tessaly Energy made a net profit of".
_SUBJECT_VERB_AFTER = compile_pattern(
    r"\W{0,3}(?:\w+\s+){0,2}?(?:made|posted|reported|recorded|booked|had|has|have|earned|"
    r"produced|produces|pumped|employs|employed|won|wins|took|gained|lost|paid|pays|raised|"
    r"restated|cut|kept|spent|sold|exported|imported|ran|owes|owed|holds|held|said\s+its|"
    r"expects|reported\s+a|was|is)\b",
    re.IGNORECASE,
)
# What a deal buys: the name after the verb ("agreed to buy Pellier Foods for ...").
_DEAL_VERB = compile_pattern(
    # A preposition is a whole word: "takeover offer by X" holds no "takeover of", and
    # "stake increase" no "stake in".
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|acquisition\s+of\b|"
    r"purchase\s+of\b|purchased|purchase|sell|sells|sold|selling|sale\s+of\b|divest\w*|"
    r"take\s+over|takeover\s+of\b|merger\s+with\b|bid\s+for\b|offer\s+for\b|stake\s+in\b|"
    # "made a merger proposal to Tessaly at 46 dlrs a share": the offer's addressee is bought.
    r"(?:offer|bid|proposal)\s+to(?=\s+(?:the\s+)?[A-Z<])|"
    r"shareholders\s+of\b|(?:offer|bid|tender\w*)\s+(?:[^,;]{0,60}?\s)?for\s+(?:all\s+)?(?:of\s+)?"
    r"(?:the\s+)?(?:outstanding\s+)?)\s*",
    re.IGNORECASE,
)
# "every Tessaly's common share": the company whose stock is bought, not an owner.
_STOCK_AFTER_POSSESSIVE = compile_pattern(
    r"['’]s\s+(?:(?:outstanding|common|ordinary|voting|remaining)\s+)*(?:stock|shares)\b"
)
# "OPEC produced", "the group pumped": an organisation that produces.
_PRODUCING_AFTER = compile_pattern(
    r"\W{0,3}(?:\w+\s+){0,1}?(?:produced|produces|producing|pumped|pumps|output|production|"
    r"exported|exports|imported|imports|mined|refined)\b",
    re.IGNORECASE,
)
_DEAL_REACH = 70
_FOR_AFTER = compile_pattern(r"\s+for\s+(?:the\s+)?", re.IGNORECASE)
_COUNTERPARTY_BEFORE = compile_pattern(r"\b(?:to|from|with|by)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE_AFTER = compile_pattern(r"['’]s\b")
# An owner before an offer, in the singular or the plural: "Harlan's", "Brightwater Partners'".
_OWNER_OF_OFFER_AFTER = compile_pattern(r"['’]s\b|(?<=s)['’](?![\w'’])")
# The offer's own words right after its price: "27 dlr-per-share tender offer", "40 dlr bid".
_OFFER_OF_AFTER = compile_pattern(r"\s+(?:of|to\s+sell)\b", re.IGNORECASE)
_TAKEOVER_OFFER = compile_pattern(r"\b(?:tender|bid|takeover|buyout|merger)\b", re.IGNORECASE)
_OFFER_NAMED_AFTER = compile_pattern(
    r"[\s-]*(?:(?:a|per)[\s-]+share[\s-]+|cash[\s-]+|hostile[\s-]+)*"
    r"(?:(?:tender|takeover|buyout|merger)[\s-]+)?(?:offer|bid|proposal)\b",
    re.IGNORECASE,
)
_ACT_OF_BUYER = compile_pattern(
    r"\W{0,3}(?:(?:[a-z-]+|to|has|had|will|would)\s+){0,3}?(?:paid|pays|pay|paying|bought|"
    r"buys|offered|offers|bid|bids|agreed|acquired|acquire|acquires|purchased|completed|"
    r"raised|sweetened)\b[^,;]{0,50}$"
)
# Words that end the phrase a figure heads: what follows is another clause's.
_NOT_SAME_PHRASE = compile_pattern(
    r"[,;]|\b(?:but|was|were|is|are|had|has|been|after|when|which|who|while|outbid)\b",
    re.IGNORECASE,
)
_OFFER_BY_BEFORE = compile_pattern(
    r"\b(?:offer|bid|tender\s+offer|proposal)\s+by\s+(?:the\s+)?$", re.IGNORECASE
)
_BID_FROM_BETWEEN = compile_pattern(
    r"\W*(?:[a-z]+\s+){0,2}?(?:bid|offer|approach|proposal)\s+from\s+(?:the\s+)?<?",
    re.IGNORECASE,
)
# The price itself said to be offered by its bidder: "the 27 dlrs a share offered by Harlan
# Corp", "than the 31 dlrs per share in cash offered by Harlan" ("bid by" is left out: "an
# earlier 34 dlrs a share bid by Harlan" is a noun, another bid).
_OFFERED_BY_BETWEEN = compile_pattern(
    r"(?:\s+(?:a|per)\s+share)?(?:\s+in\s+cash)?\s+(?:being\s+)?(?:offered|proposed)\s+by\s+"
    r"(?:the\s+)?<?",
    re.IGNORECASE,
)
_PASSIVE_DEAL_BEFORE = compile_pattern(
    r"\b(?:be|been|being|is|was|were)\s+(?:acquired|bought|purchased|taken\s+over)\s+by\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# A bidder's own offer named by "its": "raised its offer to", "sweetened its cash bid to".
_OWN_OFFER = compile_pattern(
    r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:offer|bid|proposal)\s+(?:to\s+|of\s+)?$",
    re.IGNORECASE,
)
_OF_BEFORE = compile_pattern(r"\bof\s+$", re.IGNORECASE)
_WORLD_BEFORE = compile_pattern(
    r"\b(?:world|global|worldwide)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE
)
_INCIDENT_PART = compile_pattern(
    r"\b(?:in|at)\s+(?:the\s+)?(?:(?:province|region|state|district|county|department|"
    r"prefecture|village|town|city|area|port|island)\s+of\s+)?$",
    re.IGNORECASE,
)
# Whom a statement is made to: "told the market regulator", "in a filing
# with the SEC". The addressee of a statement is never the subject of its figures.
# "refined output outside the U.S.": everywhere but the place named, never its figure.
_EXCLUDED_BEFORE = compile_pattern(
    r"\b(?:outside|excluding|except|beyond)\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE
)
_EXCLUDING_WORD = compile_pattern(r"outside|exclud|except|beyond", re.IGNORECASE)
_EXCLUDING_STEMS = ("outside", "exclud", "except", "beyond")


def _excluding(text: str) -> bool:
    """Whether `_EXCLUDING_WORD` is in the text: its words looked for in lower case, which is
    the same for ASCII text (case folding matches more than lower case beyond it)."""
    if text.isascii():
        lowered = text.lower()
        return any(stem in lowered for stem in _EXCLUDING_STEMS)
    return _EXCLUDING_WORD.search(text) is not None


_EXCLUDED_IN_TITLE = compile_pattern(
    r"\b(?:outside|excluding|except|ex)\s+(?:the\s+)?[\w.]+(?:\s+[A-Z][\w.]*)?", re.IGNORECASE
)
_ADDRESSEE_BEFORE = compile_pattern(
    r"\b(?:told|tells|telling|informed|informs|notified|notifies|advised|"
    r"(?:filing|filings|filed|letter|statement|report|submission|submitted)\s+(?:with|to))"
    r"\s+(?:the\s+)?(?:U\.?S\.?\s+)?$",
    re.IGNORECASE,
)
# A stem of each verb and noun `_ADDRESSEE_BEFORE` needs.
_ADDRESSEE_STEMS = (
    "told", "tell", "inform", "notif", "advised", "filing", "filed", "letter", "statement",
    "report", "submi",
)  # fmt: skip


def _addressed(sentence: str, start: int) -> bool:
    """Whether the name at `start` is whom something is told or filed with
    (`_ADDRESSEE_BEFORE` in the 30 characters before it). The pattern is tried only when
    those characters hold one of its words (`_ADDRESSEE_STEMS`): most do not."""
    window = max(0, start - 30)
    before = sentence[window:start]
    lowered = before.lower()
    for stem in _ADDRESSEE_STEMS:
        if stem in lowered:
            break
    else:
        if before.isascii():
            return False  # beyond ASCII, case folding matches more: left to the pattern
    return _ADDRESSEE_BEFORE.search(sentence, window, start) is not None


# A part of the company named by its kind, not by a name: "sales at its chemicals division",
# "its insurance unit's profit". Its figures are the part's, not the whole company's.
_PART_AFTER_MEASURE = compile_pattern(
    r"\s+(?:at|of|from|for|in|by)\s+(?:its|their|the\s+company['’]s|the\s+group['’]s|the)\s+"
    r"((?:[a-z][\w-]*\s+){0,3}?)(?:unit|division|subsidiary|arm|operations|business|segment|"
    r"affiliate|branch|plant|mine|refinery|mill)s?\b"
    # "sales at stores open a year": the stores of a kind, not all of the company's.
    r"|\s+(?:at|in|of)\s+((?:[a-z][\w-]*\s+){0,2}?)(?:stores|outlets|restaurants|shops)\b"
    # "earnings from overseas operations": a part named without "its" (not "from continuing
    # operations", the whole company's result before what it gave up).
    r"|\s+from\s+(?!(?:continuing|discontinued|ongoing|normal|ordinary|total|all)\b)"
    r"((?:[a-z][\w-]*\s+){1,2}?)(?:operations|businesses|divisions|units|subsidiaries)\b",
)
_PART_BEFORE_MEASURE = compile_pattern(
    r"\b(?:its|their)\s+((?:[a-z][\w-]*\s+){0,3}?)(?:unit|division|subsidiary|arm|operations|"
    r"business|segment|affiliate|branch|plant|mine|refinery|mill)s?(?:['’]s?)?\s+"
    r"(?:[a-z][\w-]*\s+){0,2}$",
)


class ArticleNames:
    """What an article has named so far: the places and company its lead is about, the longer
    names its short names stand for, the objects it named by their noun, the thing its deal
    buys."""

    def __init__(self) -> None:
        self.title_places: list[str] = []
        self.lead_places: list[str] = []
        self.lead_entities: list[str] = []
        self.long_names: list[str] = []
        self.objects: dict[str, str] = {}
        self.deal_target: str | None = None
        self.places_seen: set[str] = set()
        self.first_place: str | None = None
        # A company's story: its headline or lead gives a stock ticker ("NORVANE <NRV> ...").
        self.company_story = False
        # The country of the story's dateline, given apart from its body ("OSLO, March 4").
        self.dateline_country: str | None = None
        # Names of the lead's speakers ("the Oster Group said ..."), not its topic's.
        self.lead_speakers: list[str] = []

    def read_title(self, title: str) -> None:
        # "COPPER STOCKS OUTSIDE U.S. RISE": a place the headline excludes is not its topic
        self.title_places = title_places(_EXCLUDED_IN_TITLE.sub(" ", title))
        self.company_story = _TICKER.search(title) is not None

    def read_sentence(
        self, names: Names, text: str, lead: bool, excluded: tuple[int, int] | None = None
    ) -> None:
        excluding = _excluding(text)
        if lead and not self.company_story and "<" in text:
            self.company_story = _TICKER.search(text) is not None
        for key, start, end in names:
            if " " in key and key not in self.long_names:
                self.long_names.append(key)
            place = self.is_place_like(key, text, start, end)
            if place and excluding and _EXCLUDED_BEFORE.search(text, max(0, start - 20), start):
                continue  # "refineries outside the U.S.": not where the story is
            if place:
                self.places_seen.add(key)
                if self.first_place is None and not _inside(start, end, excluded):
                    self.first_place = key
            if lead and self.deal_target is None and _deal_object(text, start, end, place):
                self.deal_target = key
            if lead and excluded is not None and _inside(start, end, excluded):
                self.lead_speakers.append(key)  # "the Oster Group said ..."
            if lead and not _inside(start, end, excluded):
                # "The U.S. Agriculture Department estimated China's crop": the country of
                # an institution's name is not what the story is about.
                institution = any(
                    other != key and other_start == start for other, other_start, _ in names
                )
                if place and not institution and key not in self.lead_places:
                    self.lead_places.append(key)
                elif not place and is_specific(key) and key not in self.lead_entities:
                    self.lead_entities.append(key)
            self._read_object(key, text, start, end)

    def _read_object(self, key: str, text: str, start: int, end: int) -> None:
        """Objects the article names: "the Varnholt Estuary Bridge", "the refinery at
        Grangemouth", "the Brenna reservoir"; a country's pipeline is not named by it."""
        last = key.rsplit(" ", 1)[-1]
        if last in OBJECT_NOUNS and " " in key:
            self.objects.setdefault(last, key)
            return
        object_before = _OBJECT_NOUN_RE.search(text, max(0, start - 20), start)
        if object_before is not None and _OBJECT_THEN_PLACE.match(
            text[object_before.end() : start] + " "
        ):
            self.objects.setdefault(object_before.group(1).lower(), key)
            return
        following = _NAME_THEN_OBJECT.match(text, end)
        if following is not None and not is_place(key):
            noun = following.group(1).lower()
            self.objects.setdefault(noun, f"{self.canonical(key)} {noun}")

    def is_place_like(self, key: str, text: str, start: int, end: int) -> bool:
        """A known place, or a name written as one ("Ostera city council", "in Castelmoro")."""
        if is_place(key) or key in self.places_seen:
            return True
        return bool(_PLACE_NOUNS.match(text, end)) or bool(
            _PLACE_BEFORE.search(text, max(0, start - 25), start)
        )

    def canonical(self, key: str) -> str:
        """The longer name a short one stands for in this article ("tessaly" -> "tessaly
        energy"): the first the article gave, else the name itself. A longer name that adds a
        place ("Tessaly Canada") is the company's subsidiary there, never the company. A name
        the article gave before any longer one that starts with it ("Harlan Pacific Ltd", then
        "Harlan Pacific Airlines Ltd", its unit) is that company itself."""
        given = self.long_names.index(key) if key in self.long_names else len(self.long_names)
        prefix = key + " "
        return next(
            (
                name
                for name in self.long_names[:given]
                if name.startswith(prefix) and not is_place(name[len(prefix) :])
            ),
            key,
        )

    def topic_place(self) -> str | None:
        """The place the article is about: its lead's, its headline's, else the first it named."""
        if self.lead_places:
            return self.lead_places[0]
        if self.title_places:
            return self.title_places[0]
        return self.first_place

    def national_place(self, topic: str | None, source: str | None = None) -> str | None:
        """The country a national statistic is of when the article names none but the city it
        is filed from ("OSLO - ... the trade deficit widened": Norway's): the city's country,
        unless the lead or the headline names a place of another country; with no place
        named at all, the country of the story's dateline."""
        if topic is None:
            # Not when the lead or the speaker names a company, a person or a body that
            # speaks for many countries ("the OECD said inflation ...", filed from its
            # seat): the figure may be theirs.
            speakers = (*self.lead_entities, *self.lead_speakers, source or "")
            specific = any(key and is_specific(key) for key in speakers)
            return None if specific else self.dateline_country
        country = country_of_city(topic)
        if country is None:
            return topic
        for key in (*self.lead_places, *self.title_places):
            if key not in (topic, country) and (country_of_city(key) or key) != country:
                return topic
        return country

    def topic_entity(self) -> str | None:
        """The company the article is about: the lead's first name, passing over a regulator
        or an agency that speaks of another (a deposit insurer saying a small bank was shut,
        then "It had assets of ...": the bank's)."""
        if not self.lead_entities:
            return None
        chosen = next(
            (key for key in self.lead_entities if not _is_agency(key)), self.lead_entities[0]
        )
        return self.canonical(chosen)


# Words that make a name a public body's, a regulator's or an agency's, not a company's.
_AGENCY_WORDS = word_set(
    """
    commission agency authority administration department ministry bureau board office
    regulators regulator fdic fslic sec ftc icc fcc
    """
)
_AGENCY_PHRASES = ("deposit insurance", "loan insurance")


# Statistics a country's government releases: an article filed from a city that names no
# country gives the city's country's figure ("TOKYO - The current account surplus rose ...").
NATIONAL_RELEASES = word_set(
    """
    trade-deficit trade-surplus current-account-deficit current-account-surplus gdp gnp
    retail-sales industrial-production productivity consumer-prices producer-prices
    personal-income payrolls new-home-sales existing-home-sales home-sales housing-starts
    private-sector-credit consumer-credit money-supply unemployment inflation
    """
)

_PRONOUN_SPEAKERS = frozenset({"it", "they", "he", "she", "we"})


def _speaker_carried(view: _View) -> bool:
    """Whether the sentence's speaker is a pronoun standing for one named before."""
    span = view.source_span
    return span is not None and view.text[span[0] : span[1]].strip().lower() in _PRONOUN_SPEAKERS


def _is_agency(key: str) -> bool:
    return not _AGENCY_WORDS.isdisjoint(key.split()) or any(
        phrase in key for phrase in _AGENCY_PHRASES
    )


class _Spot(Protocol):
    sentence: str
    offset: int
    end: int
    clause: tuple[int, int]
    before: str
    after: str


class _Incident(Protocol):
    kind: str
    anchors: set[str]


class _Events(Protocol):
    current: _Incident | None

    def lead_anchors(self) -> frozenset[str]: ...


class _View(Protocol):
    text: str
    names: list[tuple[str, int, int]]
    source: str | None
    source_span: tuple[int, int] | None


class SubjectFinder:
    """Finds the subject of a figure's measure in its sentence, else in what the article is
    about."""

    def __init__(self, names: ArticleNames, published: date | None) -> None:
        self.article = names
        self.published = published

    def find(
        self,
        measure: Measure,
        span: tuple[int, int] | None,
        spot: _Spot,
        view: _View,
        events: _Events,
    ) -> Subject | None:
        found = self._find(measure, span, spot, view, events)
        if found is None or found[3] is not None:
            return found
        part = narrower_part(measure, span, spot)
        return found if part is None else (found[0], found[1], found[2], part)

    def _find(
        self,
        measure: Measure,
        span: tuple[int, int] | None,
        spot: _Spot,
        view: _View,
        events: _Events,
    ) -> Subject | None:
        sentence = spot.sentence
        excluding = _excluding(sentence)
        names = [
            (key, start, end)
            for key, start, end in view.names
            if not _inside(start, end, view.source_span)
            and not _addressed(sentence, start)
            and not (excluding and _EXCLUDED_BEFORE.search(sentence, max(0, start - 20), start))
        ]
        kind = measure.subject
        if kind == EVENT or (measure.name == "count" and events.current is not None):
            return self._incident(span, spot, names, events)
        if kind == ECONOMY:
            return self._economy(measure, span, spot, names, view)
        if kind == COMPANY and measure.name == "stake":
            return self._stake(span, spot, names, view)
        if kind == COMPANY and measure.name == "contract":
            return self._contract(spot, names, view)
        if kind == COMPANY:
            return self._company(span, spot, names, view)
        if kind == DEAL:
            return self._deal(spot, names, view.names)
        if kind == OBJECT:
            return self._object(span, spot, names)
        if kind == ELECTION:
            return self._election(measure, span, spot, names)
        if kind == PLACE:
            return self._place(spot, names)
        return None

    # -- by kind of subject ---------------------------------------------------------------

    def _incident(
        self, span: tuple[int, int] | None, spot: _Spot, names: Names, events: _Events
    ) -> Subject | None:
        """The incident the figure belongs to, and the part of it the figure counts: a place
        named right after its words ("killed in Lwarai Mandi", "the toll in Teri Mangal") that
        is not where the article's incident as a whole happened."""
        event = events.current
        if event is None:
            return None
        lead = events.lead_anchors()
        sentence = spot.sentence
        anchors = [(spot.end, spot.end + 30)]
        if span is not None:
            anchors.append((span[1], span[1] + 45))
        part = None
        for key, start, end in names:
            if key in lead or not any(low <= start <= high for low, high in anchors):
                continue
            if not _INCIDENT_PART.search(sentence, max(0, start - 40), start):
                continue
            if self.article.is_place_like(key, sentence, start, end):
                part = key
                break
        return event.kind, "event", True, part

    def _economy(
        self,
        measure: Measure,
        span: tuple[int, int] | None,
        spot: _Spot,
        names: Names,
        view: _View,
    ) -> Subject | None:
        sentence = spot.sentence
        partners, part = _economy_part(measure, names, span, spot)
        if span and _WORLD_BEFORE.search(sentence, max(0, span[0] - 30), span[0]):
            return "world", "place", True, part  # "world cereal output", "global demand"
        given_for = _place_given_for(names, sentence, spot, self.article.is_place_like)
        if given_for is not None and PARTNER_PREFIX + given_for not in partners:
            # "2.1 pct for Ostera against 3.0 pct for Brenland": each figure's own place.
            return given_for, "place", True, part
        owner = _owner(names, sentence, span, spot) if span else []
        owner = [key for key in owner if PARTNER_PREFIX + key not in partners]
        if owner:
            return self._pick(owner), "place", True, part
        if span and _REGION_BEFORE.search(sentence, max(0, span[0] - 40), span[0]):
            # "the region's total foreign debt": a region the sentence does not name is not
            # the country the article is about.
            return None
        if span and _ARTICLE_PLACE_BEFORE.search(sentence, max(0, span[0] - 30), span[0]):
            topic = self.article.topic_place()
            return (topic, "place", True, part) if topic else None
        named = self._named_producer(span, spot, names, view, partners)
        if named is not None:
            return (*named, part)
        producer = self._company_producer(measure, span, spot)
        if producer is not None:
            return producer, "organisation", True, part
        topic = self.article.topic_place()
        if measure.name in NATIONAL_RELEASES and (topic is not None or not names):
            topic = self.article.national_place(topic, view.source)
        if topic is not None:
            return topic, "place", True, part
        if view.source and not names and not _speaker_carried(view):
            # "a source close to OPEC said output": OPEC's output, not the source's. A speaker
            # carried over by a pronoun ("It said M-3 rose ...") is attribution only: the
            # central bank that spoke before is no subject of the economy's money supply.
            named = [
                key
                for key, start, end in view.names
                if _inside(start, end, view.source_span) and is_specific(key)
            ]
            if len(named) == 1:
                return named[0], "organisation", True, part
            return view.source, "organisation", True, part
        return None

    def _named_producer(
        self,
        span: tuple[int, int] | None,
        spot: _Spot,
        names: Names,
        view: _View,
        partners: frozenset[str],
    ) -> tuple[str, str, bool] | None:
        """A place named in the clause; the country of the institution that speaks ("the
        central bank of Ostera said ... unemployment"); an organisation that produces ("OPEC
        crude oil output")."""
        sentence = spot.sentence
        left, right = spot.clause
        for key, start, end in names:
            inside = left <= start < right and PARTNER_PREFIX + key not in partners
            if inside and self.article.is_place_like(key, sentence, start, end):
                return key, "place", True
        titled = self.article.title_places
        if view.source_span is not None:
            for key, start, end in view.names:
                if _inside(start, end, view.source_span) and (
                    is_place(key)
                    or place_key(key.split()[0]) is not None
                    or _OF_BEFORE.search(sentence, max(0, start - 4), start)
                ):
                    speaker_place = place_key(key.split()[0]) or key
                    if titled and speaker_place not in titled:
                        # "USDA ESTIMATES CHINA WHEAT": the crop of the country the headline
                        # names, not of the country of the department that estimates it.
                        return None
                    return speaker_place, "place", True
        for key, start, end in names:
            producing = _PRODUCING_AFTER.match(sentence, end)
            if left <= start < right and end <= spot.offset and is_specific(key) and producing:
                return self.article.canonical(key), "organisation", True
        return None

    def _company_producer(
        self, measure: Measure, span: tuple[int, int] | None, spot: _Spot
    ) -> str | None:
        """Output that names no place is a company's, not the country's its story is set in,
        when a single works produced it ("the mine produced 1.8 mln tonnes of ore", the mine
        the article named) or the story is a company's (a ticker in its headline or lead:
        "ore production totalled 650,000 tons last year, it said")."""
        if measure.name != "output":
            return None
        left, _ = spot.clause
        anchor = max(span[1], spot.offset) if span else spot.offset
        works = _WORKS_SUBJECT.search(spot.sentence, left, anchor)
        if works is not None:
            # The works the article named with that noun, else the company it belongs to.
            return self.article.objects.get(works.group(1).lower()) or self.article.topic_entity()
        if self.article.company_story:
            return self.article.topic_entity()
        return None

    def _company(
        self, span: tuple[int, int] | None, spot: _Spot, names: Names, view: _View
    ) -> Subject | None:
        found = self._whole_company(span, spot, names, view)
        part = _company_part(spot.sentence, span) if span else None
        if found is None or part is None:
            return found
        return found[0], found[1], found[2], part

    def _whole_company(
        self, span: tuple[int, int] | None, spot: _Spot, names: Names, view: _View
    ) -> Subject | None:
        sentence = spot.sentence
        anchor = span[0] if span else spot.offset
        if span:
            # "the Australian prime rate" is a bank's, not Australia's: a place owns no
            # company's figure.
            owner = [key for key in _owner(names, sentence, span, spot) if not is_place(key)]
            if owner:
                return self.article.canonical(self._pick(owner)), "organisation", True, None
        if _ARTICLE_COMPANY_BEFORE.search(sentence, max(0, anchor - 40), anchor):
            topic = self.article.topic_entity()
            return (topic, "organisation", True, None) if topic else None
        left, _ = spot.clause
        opener = _clause_subject(names, sentence, left, anchor)
        if opener is not None:
            return self.article.canonical(opener), "organisation", True, None
        if _PRONOUN_BEFORE.search(sentence, max(0, anchor - 40), anchor):
            # "X said it cut its prime rate": "its" is the speaker's.
            speaker = _clause_subject(names, sentence, 0, anchor) or self._speaker_company(view)
            if speaker is not None:
                return self.article.canonical(speaker), "organisation", True, None
            topic = self.article.topic_entity()
            return (topic, "organisation", True, None) if topic else None
        speaker = self._speaker_company(view)
        if speaker is not None:  # "Noland Co said February sales were off 2.3 pct"
            return speaker, "organisation", True, None
        specific = [key for key, _, _ in names if is_specific(key)]
        if not specific:
            topic = self.article.topic_entity()
            return (topic, "organisation", True, None) if topic else None
        if len(set(specific)) == 1:
            return self.article.canonical(specific[0]), "organisation", True, None
        return None

    def _stake(
        self, span: tuple[int, int] | None, spot: _Spot, names: Names, view: _View
    ) -> Subject | None:
        """A stake is one holder's in one company: the company named after the measure word
        ("a 22 pct stake in Norvane", "its holding of Tessaly"), else the article's topic;
        the holder found as any company figure's owner is. Without both it is no identity
        (two holders' stakes in one company, or one holder's in two, are not one figure)."""
        if span is None:
            return None
        sentence = spot.sentence
        if sentence[span[0] : span[1]] == "owned":
            return self._owned(span, spot, names, view)
        if span == (spot.offset, spot.end) and (owned := self._held_of(spot, names, view)):
            return owned
        held = None
        for key, start, _ in names:
            if _STAKE_IN.fullmatch(sentence, span[1], start) or _STAKE_IN.fullmatch(
                sentence, spot.end, start
            ):
                held = self.article.canonical(key)
                break
        prenominal = _held_before(names, sentence, span[0], spot.end)
        if held is None and prenominal is not None and not is_place(prenominal):
            # "will sell its remaining 31.7 pct Lisk holding", "raised its Lisk holding to 12
            # pct": a name right before the measure word, not possessive, is the company
            # held; the holder is the clause's subject.
            held = self.article.canonical(prenominal)
            opener = _clause_subject(names, sentence, spot.clause[0], spot.offset)
            holder = self.article.canonical(opener) if opener is not None else None
            if holder is None or holder == held:
                return None
            return f"{held} held by {holder}", "organisation", True, None
        if held is None and span == (spot.offset, spot.end):
            # "owns two mln Pelmar Corp shares, or 12 pct": the company whose shares they
            # are, held by whoever the verb of holding is said of
            held = _shares_of(names, sentence, spot.offset)
            held = self.article.canonical(held) if held is not None else None
            verb = None
            for verb in _HOLDING_VERB.finditer(sentence, max(0, spot.offset - 160), spot.offset):  # noqa: B007
                pass
            if held is None or verb is None:
                return None
            after = verb.end() + 1  # "it owns ": the stake's word stands after the verb
            span = (after, after)
        held = held or self.article.topic_entity()
        holder = self._holder(span, spot, names, view, held)
        if held is None or holder is None or _one_name(held, holder):
            return None
        return f"{held} held by {holder}", "organisation", True, None

    def _held_of(self, spot: _Spot, names: Names, view: _View) -> Subject | None:
        """A holding told as "Orlec, which owns 58 pct of <Pelmar Corp>": the company after
        the figure is held, by whoever the verb of holding right before it is said of; else
        None."""
        after_of = _held_after_of(names, spot.sentence, spot.end)
        holder = self._verb_holder(spot, names, view) if after_of is not None else None
        if after_of is None or holder is None:
            return None
        held = self.article.canonical(after_of)
        if _one_name(held, holder):
            return None
        return f"{held} held by {holder}", "organisation", True, None

    def _contract(self, spot: _Spot, names: Names, view: _View) -> Subject | None:
        """Whose contract it is: the company that won it or was awarded it, named as the
        clause's subject before the verb ("Brenmoor Telecom, the French unit of Halvard, has
        won a ... contract"), or "it" for the company that speaks ("Orlec said it received").
        A name after the amount ("a 474.5 mln dlr Air Force contract") is the customer, never
        the contractor. One company wins many contracts the ledger cannot tell apart, so the
        value is kept to agree with, never to dispute (not specific)."""
        sentence = spot.sentence
        verb = _WON_BEFORE.search(sentence, max(0, spot.offset - 60), spot.offset)
        if verb is None:
            return None
        winner = None
        if _PRONOUN_RIGHT_BEFORE.search(sentence, max(0, verb.start() - 20), verb.start()):
            winner = self._speaker_company(view) or _described_speaker(
                view.names, sentence, verb.start()
            )
        else:
            winner = _clause_subject(names, sentence, 0, verb.start()) or _described_winner(
                names, sentence, verb.start()
            )
        if winner is None or not is_specific(winner):
            return None
        return self.article.canonical(winner), "organisation", False, None

    def _owned(
        self, span: tuple[int, int], spot: _Spot, names: Names, view: _View
    ) -> Subject | None:
        """A stake written "owned": the company owned and its holder, both named.

        - "Brenlow is 49 pct owned by Harlow", "Brenlow, 49 pct owned by Harlow,": the name
          right before the figure is held, the one after "owned by" holds;
        - "Brenlow, a 49 pct owned unit of Harlow": the holder is named after "unit of";
        - "Harlow's 49 pct-owned Brenlow unit", "its 49 pct owned unit, Brenlow": the name
          after "owned" is held, the possessive before the figure (or, for "its", the company
          that speaks) holds.
        Anything else ("a 49 pct owned subsidiary") names no stake: no identity."""
        sentence = spot.sentence
        names = view.names  # the company that speaks may be the one owned
        starting = {start: key for key, start, _ in names}
        after = _OWNED_BY.match(sentence, span[1]) or _OWNED_UNIT_OF.match(sentence, span[1])
        if after is not None:
            holder = starting.get(after.end())
            held = next(
                (
                    key
                    for key, _, end in names
                    if end <= spot.offset and _OWNED_HELD_GAP.fullmatch(sentence, end, spot.offset)
                ),
                None,
            )
        else:
            named = _OWNED_NAME_AFTER.match(sentence, span[1])
            held = starting.get(named.end()) if named is not None else None
            holder = next(
                (
                    key
                    for key, _, end in names
                    if end <= spot.offset
                    and _OWNED_POSSESSIVE.fullmatch(
                        sentence, end - 2 * (sentence[end - 1] == "s"), spot.offset
                    )
                ),
                None,
            )
            if holder is None and _OWNED_ITS.search(
                sentence, max(0, spot.offset - 20), spot.offset
            ):
                holder = self._speaker_company(view)
        if held is None or holder is None or is_place(held) or is_place(holder):
            return None  # "the London-based, 100 pct-owned unit of ...": no company named
        held, holder = self.article.canonical(held), self.article.canonical(holder)
        if _one_name(held, holder) or is_place(held) or is_place(holder):
            return None
        return f"{held} held by {holder}", "organisation", True, None

    def _holder(
        self, span: tuple[int, int], spot: _Spot, names: Names, view: _View, held: str | None
    ) -> str | None:
        """Whose a stake is: its owner ("Ostmark Bank's stake"), the clause's subject
        ("Ostmark Bank has a stake"), or for "its stake" the one who speaks. The company
        written after the figure ("owns 9 pct of Tessaly's stock") is the one held, never
        the holder: the holder is then looked for as if no owner were written."""
        sentence = spot.sentence
        anchor = min(span[0], spot.offset)
        owner = _owner(names, sentence, span, spot)
        if owner and held is not None and self.article.canonical(self._pick(owner)) == held:
            # "controls 16 pct of the French market": a market's share, not a company's stock
            return None if is_place(held) else self._verb_holder(spot, names, view)
        if owner:
            return self.article.canonical(self._pick(owner))
        opener = _clause_subject(names, sentence, spot.clause[0], anchor)
        if opener is not None:
            return self.article.canonical(opener)
        if _PRONOUN_BEFORE.search(sentence, max(0, anchor - 40), anchor):
            speaker = self._speaker_company(view)
            opener = speaker or _clause_subject(names, sentence, 0, anchor)
            return opener or _described_speaker(names, sentence, anchor)
        if _PRONOUN_DEALS_BEFORE.search(sentence, max(0, anchor - 60), anchor):
            speaker = self._speaker_company(view)
            opener = speaker or _clause_subject(names, sentence, 0, anchor)
            opener = opener or _described_speaker(names, sentence, anchor)
            # A stake bought or sold is a company's deal, said by the company the sentence
            # opens with: a place read where the buyer or the company bought should be ("a
            # Belfast, Northern Ireland, oil company", "in the U.S. insurance broker ...")
            # or a name inside a description ("A subsidiary of Ostmark said it") names neither.
            if opener is None or is_place(opener) or (held is not None and is_place(held)):
                return None
            return opener if _opens_sentence(view.names, sentence, opener) else None
        for key, start, end in names:
            if end > anchor or not _NAME_DEALS_GAP.fullmatch(sentence, end, anchor):
                continue
            # Only the name the sentence opens with: not a place, not one inside a description.
            if is_place(key) or (held is not None and is_place(held)):
                return None
            if sentence[:start].strip(" \"'“(").lower() not in ("", "the"):
                return None
            return self.article.canonical(key)
        # "Carl Ostmark, who holds a 16 pct stake in Tessaly, told ...": said of the name
        # right before the verb of holding, in a clause of its own.
        return self._verb_holder(spot, names, view)

    def _verb_holder(self, spot: _Spot, names: Names, view: _View) -> str | None:
        """The holder of "owns 9 pct of Tessaly('s stock)", whose company after the figure is
        the one held: a verb of holding right before the figure, said of the name right
        before it ("Marlow Capital currently owns", "Orlec Holdings, which owns") or of "it"
        (the company that speaks). A purchase, an intent or a tender ("its purchase of up to
        51 pct of", "plans to buy 20 pct of") holds nothing yet: no holder."""
        sentence = spot.sentence
        verb = _HELD_RIGHT_BEFORE.search(sentence, max(0, spot.offset - 60), spot.offset)
        if verb is None:
            return None
        # Every name, the one that speaks included: "Orlec Holdings, which owns 58 pct of
        # Pelmar, said ..." tells Orlec's holding.
        for key, _, end in view.names:
            if end <= verb.start() and _HOLDER_GAP.fullmatch(sentence, end, verb.start()):
                return None if is_place(key) else self.article.canonical(key)
        if _PRONOUN_RIGHT_BEFORE.search(sentence, max(0, verb.start() - 20), verb.start()):
            return self._speaker_company(view)
        return None

    def _speaker_company(self, view: _View) -> str | None:
        """The company that speaks, when the sentence names no other owner: a company
        reports its own results."""
        if view.source_span is None:
            return None
        inside = [
            key
            for key, start, end in view.names
            if _inside(start, end, view.source_span) and is_specific(key) and not is_place(key)
        ]
        return self.article.canonical(inside[0]) if len(inside) == 1 else None

    def _deal(self, spot: _Spot, names: Names, every_name: Names) -> Subject | None:
        """The thing a deal buys, with the buyer or bidder when the sentence names one: two
        bidders' offers for one company are two figures. A deal whose buyer is not named is
        kept to agree with, never to dispute."""
        passive = self._passive_deal(spot, names, every_name)
        if passive is not None:
            return passive
        found = _deal_target(spot, names)
        if found is not None:
            target = self.article.canonical(found.key)
            if self.article.deal_target is None:
                self.article.deal_target = target
            # The company that speaks of its own offer is its bidder; one that speaks of what
            # it sells is not: its buyer is the name it sells to, if any.
            buyer = (
                self._sold_to(spot, every_name, target, found.verb_end)
                if found.selling
                else self._buyer(spot, every_name, target)
            )
            if buyer is not None:
                return f"{target} by {buyer}", "deal", True, None
            return target, "deal", False, None
        if self.article.deal_target is not None:
            # The article's deal, though this clause names none: kept to agree with, not to
            # dispute (an article on one deal also gives the prices of others); but a bidder
            # the clause names raising or making its own offer ("Harlan raised its offer to
            # 16 euros a share") bids for the article's company.
            target = self.article.deal_target
            own = _OWN_OFFER.search(spot.before)
            buyer = self._buyer(spot, every_name, target) if own else None
            if buyer is not None:
                return f"{target} by {buyer}", "deal", True, None
            return target, "deal", False, None
        return self._offer_received(spot, every_name) or self._offer_from_before(spot, every_name)

    def _offer_from_before(self, spot: _Spot, names: Names) -> Subject | None:
        """An offer received, its bidder named after "offer from" before the figure: "Tessaly
        received an offer from Harlan Corp to buy the company at 52 dlrs a share" is an offer
        for the company the clause opens with (`tessaly by harlan corp`)."""
        sentence = spot.sentence
        left = spot.clause[0]
        for key, start, end in names:
            if not left <= start < end <= spot.offset or spot.offset - end > 60:
                continue
            if not _OFFER_FROM_BEFORE.search(sentence, max(left, start - 30), start):
                continue
            if not _OFFER_FROM_TO_FIGURE.fullmatch(sentence, end, spot.offset):
                return None
            # "Tessaly said it received an offer from ...": the company that speaks.
            target = (
                _clause_subject(names, sentence, left, start)
                or _clause_subject(names, sentence, 0, start)
                or _saying_it(names, sentence, start)
                or self.article.topic_entity()
            )
            if target is None or is_place(target) or is_place(key):
                return None
            return self._bid_between(target, key)
        return None

    def _offer_received(self, spot: _Spot, names: Names) -> Subject | None:
        """An offer owned by its bidder with no company named for it: "Tessaly said its board
        rejected Harlan Corp's 27 dlr a share offer" is an offer for the company the sentence
        opens with, else the one the article is about (`tessaly by harlan corp`)."""
        sentence = spot.sentence
        named = _OFFER_NAMED_AFTER.match(spot.after)
        if named is None or _OFFER_OF_AFTER.match(spot.after, named.end()):
            return None  # "the Treasury's 3,000 billion lire offer of bills" sells something
        per_share = "share" in spot.claim.text.lower() or "share" in named.group(0).lower()
        if not (per_share or _TAKEOVER_OFFER.search(named.group(0))):
            return None  # "Lloyd's 103 mln stg offer, including ...": no bid for a company
        bidder = None
        for key, _, end in names:
            near = end <= spot.offset and len(sentence[end : spot.offset].strip()) <= 6
            owned = sentence[end - 2 : end] in ("'s", "’s") or _OWNER_OF_OFFER_AFTER.match(
                sentence, end
            )
            if near and owned and not is_place(key):
                bidder = key
        if bidder is None:
            bidder = _bidder_after(names, sentence, spot.end + named.end())
        if bidder is None:
            return None
        target = _clause_subject(names, sentence, 0, spot.offset) or self.article.topic_entity()
        if target is None or is_place(target) or _owns_an_offer(names, sentence, target):
            return None
        return self._bid_between(target, bidder)

    def _bid_between(self, target: str, bidder: str) -> Subject | None:
        """The deal of a bidder for a company, keyed by both; none when the two names are one
        company (a company's own buy-back is no bid)."""
        target, bidder = self.article.canonical(target), self.article.canonical(bidder)
        if target == bidder:
            return None
        return f"{target} by {bidder}", "deal", True, None

    def _passive_deal(self, spot: _Spot, names: Names, every_name: Names) -> Subject | None:
        """A deal written in the passive: in "Tessaly said it would be bought by Harlan for
        14 euros a share" the name after "bought by" is the buyer and the company the clause
        opens with is what is bought."""
        sentence = spot.sentence
        left = spot.clause[0]
        for key, start, _ in names:
            passive = left <= start < spot.offset and _PASSIVE_DEAL_BEFORE.search(
                sentence, max(left, start - 40), start
            )
            # "Tessaly turned down the 600 million euro approach from Harlan"
            bid_from = spot.end <= start <= spot.end + 30 and _BID_FROM_BETWEEN.fullmatch(
                sentence, spot.end, start
            )
            offered_by = spot.end <= start <= spot.end + 30 and _OFFERED_BY_BETWEEN.fullmatch(
                sentence, spot.end, start
            )
            if offered_by:
                # Only the company the sentence opens with is bid for: a sentence about
                # another company ("reports said its bid would top the 35 dlrs a share
                # offered by Harlan") leaves the company bid for unnamed.
                return self._offered_by(every_name, sentence, key)
            if not (passive or bid_from):
                continue
            # The company that speaks of the offer it received is what is bought, unless the
            # sentence names what is bid for ("raised its offer for Brenlow, topping a bid
            # from Marlow": Marlow's rival bid is for Brenlow, not for the raiser).
            target = (
                (_bid_for_named(every_name, sentence, spot.offset) if bid_from else None)
                or _clause_subject(every_name, sentence, left, start)
                or _dealer(every_name, sentence, left, start)
                or self.article.topic_entity()
            )
            if target is None or is_place(target) or is_place(key):
                return None
            target, buyer = self.article.canonical(target), self.article.canonical(key)
            if target == buyer:
                return None
            if self.article.deal_target is None:
                self.article.deal_target = target
            return f"{target} by {buyer}", "deal", True, None
        return None

    def _offered_by(self, names: Names, sentence: str, bidder: str) -> Subject | None:
        opener = min(names, key=lambda name: name[1], default=None)
        if opener is None or not _opens_sentence(names, sentence, opener[0]):
            return None
        target = opener[0]
        if is_place(target) or is_place(bidder):
            return None
        return self._bid_between(target, bidder)

    def _sold_to(self, spot: _Spot, names: Names, target: str, verb_end: int) -> str | None:
        """Whom a deal written as a sale sells to: the first name after "to" that follows the
        verb of selling in the clause ("agreed to sell its Brookfield unit to Tamura Bank for
        530 mln dlrs" is bought by Tamura Bank, not by the seller the clause opens with)."""
        sentence = spot.sentence
        right = spot.clause[1]
        for key, start, _ in sorted(names, key=lambda name: name[1]):
            if start < verb_end or start >= right or is_place(key):
                continue
            if not _SOLD_TO_BEFORE.search(sentence, max(verb_end, start - 40), start):
                continue
            found = self.article.canonical(key)
            if found != target:
                return found
        return None

    def _buyer(self, spot: _Spot, names: Names, target: str) -> str | None:
        """Who buys or bids: named by "by" after the figure or its offer ("a tender offer for
        Norvane by Ostmark"), as the owner before the figure ("Ostmark's 40 dlr offer"), or as
        the clause's subject ("Ostmark agreed to buy ...")."""
        sentence = spot.sentence
        left, right = spot.clause
        candidates = [self._name_before_deal_verb(spot, names)]
        for key, start, _ in names:
            # "a hostile offer by Harlan for Tessaly, at 14 euros a share"
            if left <= start < spot.offset and _OFFER_BY_BEFORE.search(
                sentence, max(left, start - 30), start
            ):
                candidates.append(key)
        for key, start, _ in names:
            # "a tender offer for Norvane by Ostmark", not "but was outbid by Ostmark".
            gap = sentence[spot.end : start]
            if (
                spot.end <= start < min(right, spot.end + 80)
                and _BY_DESCRIBED_BEFORE.search(sentence, max(0, start - 40), start)
                and not _NOT_SAME_PHRASE.search(gap)
            ):
                candidates.append(key)
                break
        for key, _, end in names:
            near = end <= spot.offset and len(sentence[end : spot.offset]) <= 12
            # A name of two words or more is read with its "'s" ("Brightwater Capital's").
            owned = sentence[end - 2 : end] in ("'s", "’s")
            if near and (owned or _OWNER_OF_OFFER_AFTER.match(sentence, end)):
                candidates.append(key)
        for key in candidates:
            if key is not None and not is_place(key):
                found = self.article.canonical(key)
                if found != target:
                    return found
        for start in dict.fromkeys((left, 0)):
            opener = _clause_subject(names, sentence, start, spot.offset) or _dealer(
                names, sentence, start, spot.offset
            )
            if opener is not None and not is_place(opener):
                found = self.article.canonical(opener)
                return found if found != target else None
        return None

    @staticmethod
    def _name_before_deal_verb(spot: _Spot, names: Names) -> str | None:
        """The name right before the verb of paying or buying that governs the figure: "since
        Norvane paid 1.5 billion euros", "after Ostmark agreed to buy"."""
        sentence = spot.sentence
        best = None
        for key, _, end in names:
            if end > spot.offset or spot.offset - end > 70:
                continue
            if _ACT_OF_BUYER.match(sentence[end : spot.offset]):
                best = key
        return best

    def _object(self, span: tuple[int, int] | None, spot: _Spot, names: Names) -> Subject | None:
        sentence = spot.sentence
        # "the 2.4-kilometre Harwick Estuary Bridge": the name right after the figure.
        for key, start, end in names:
            if 0 <= start - spot.end <= 25 and "," not in sentence[spot.end : start]:
                return self._named_object(key, sentence, end), "object", True, None
        if span is not None:
            after = _OWNER_AFTER.match(sentence, span[1])
            if after is not None:
                for key, start, _ in names:
                    if start == after.end():
                        return self.article.canonical(key), "object", True, None
        noun = self._object_noun(spot)
        if noun is not None:
            named = self.article.objects.get(noun)
            if named is not None:
                return named, "object", True, None
            topic = self.article.topic_entity() or self.article.topic_place()
            if topic is not None:
                return f"{noun}@{topic}", "object", True, None
        if span is not None:
            # A country is not an object: "sanctions have cost its economy" is no object's cost.
            owner = [key for key in _owner(names, sentence, span, spot) if not is_place(key)]
            if owner:
                return self.article.canonical(owner[0]), "object", True, None
        return None

    def _named_object(self, key: str, sentence: str, end: int) -> str:
        """A name with the object noun written after it ("the Harwick bridge")."""
        following = _NAME_THEN_OBJECT.match(sentence, end)
        if following is not None and not key.endswith(following.group(1).lower()):
            return f"{self.article.canonical(key)} {following.group(1).lower()}"
        return self.article.canonical(key)

    def _object_noun(self, spot: _Spot) -> str | None:
        sentence = spot.sentence
        left, right = spot.clause
        after = _OBJECT_NOUN_RE.search(sentence, spot.end, min(right, spot.end + 30))
        if after is not None and "," not in sentence[spot.end : after.start()]:
            return after.group(1).lower()
        found = None
        for match in _OBJECT_NOUN_RE.finditer(sentence, max(0, left - 60), spot.offset):
            found = match.group(1).lower()
        return found

    def _election(
        self, measure: Measure, span: tuple[int, int] | None, spot: _Spot, names: Names
    ) -> Subject | None:
        left, _ = spot.clause
        if measure.name in ("seats", "vote-share"):
            party = _party_after(names, spot)
            if party is None:
                for key, start, end in names:
                    if (
                        left <= start
                        and end <= spot.offset
                        and not is_place(key)
                        and not _OTHER_FIGURE_FOR.search(
                            spot.sentence, max(left, start - 40), start
                        )
                    ):
                        party = key
            if party is not None:
                return self.article.canonical(party), "party", True, None
            return None
        return self._place(spot, names)

    def _place(self, spot: _Spot, names: Names) -> Subject | None:
        left, right = spot.clause
        sentence = spot.sentence
        for key, start, end in names:
            if left <= start < right and self.article.is_place_like(key, sentence, start, end):
                return key, "place", True, None
        topic = self.article.topic_place()
        return (topic, "place", True, None) if topic else None

    def _pick(self, keys: Sequence[str]) -> str:
        """One key of an owner named two ways ("U.S. Agriculture Department" gives "us" and
        "agriculture department"): the place, else the first."""
        for key in keys:
            if is_place(key):
                return key
        return keys[0]


# A list of shares, each followed by whose it is: "32 pct for the Greens and 27 pct for the
# Liberals". The name after "for" right after a figure is that figure's party, and a name
# that follows another figure's "for" is that figure's, not the next one's.
_FOR_PARTY_GAP = compile_pattern(
    r"\s*(?:(?:pct|per\s*cent|percent|%|seats?)\s+)?(?:of\s+the\s+(?:vote|seats)\s+)?"
    r"(?:went\s+)?(?:to|for)\s+(?:the\s+)?(?:[a-z][\w/-]*\s+){0,2}$",
)
_OTHER_FIGURE_FOR = compile_pattern(
    r"\d[\d.,]*\s*(?:pct|per\s*cent|percent|%|seats?)?\s+(?:of\s+the\s+(?:vote|seats)\s+)?"
    r"(?:went\s+)?(?:to|for)\s+(?:the\s+)?(?:[a-z][\w/-]*\s+){0,2}$",
    re.IGNORECASE,
)


def _party_after(names: Names, spot: _Spot) -> str | None:
    """The party a share is given for right after it ("27 pct for the Liberals")."""
    _, right = spot.clause
    for key, start, _end in names:
        if (
            spot.end <= start < min(right, spot.end + 50)
            and not is_place(key)
            and _FOR_PARTY_GAP.fullmatch(spot.sentence, spot.end, start)
        ):
            return key
    return None


# A measure owned by a region, a continent or a group of countries named only by that word.
_REGION_BEFORE = compile_pattern(
    r"\b(?:region|continent|area|bloc|zone|hemisphere|world)(?:'s|s'|’s)\s+"
    r"(?:[\w-]+\s+){0,3}$|\b(?:regional|continental|the\s+group's)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# Stocks some holders keep, named right after the measure: "copper stocks held by refiners".
_HELD_BY = compile_pattern(
    r"\s+(?:\([^)]{0,40}\)\s+)?(?:held|owned|kept)\s+(?:by|at)\s+(?:the\s+)?"
    r"((?:[\w.-]+\s+){0,4}?[a-z][\w-]*)"
    r"(?=\s*(?:[,;(]|\b(?:fell|rose|dropped|declined|climbed|eased|increased|decreased|"
    r"were|was|stood|totalled|totaled|amounted|at|in|on|to|from|of)\b))",
)
_HOLDER_NOISE = compile_pattern(r"\b(?:u\.?s\.?|the|all|total)\s+|\s*\([^)]*\)", re.IGNORECASE)


def _holders(sentence: str, measure_end: int) -> str | None:
    """The holders a stock is held by, when the sentence names them right after the measure:
    the stocks of refiners are a part of all stocks, not the whole."""
    held = _HELD_BY.match(sentence, measure_end)
    if held is None:
        return None
    words = _HOLDER_NOISE.sub(" ", held.group(1).lower()).split()
    return "held-by:" + " ".join(words) if words else None


_BID_FOR_BEFORE = compile_pattern(
    r"\b(?:offer|offers|bid|bids|proposal|tender|approach)\s+for\s+(?:the\s+)?$", re.IGNORECASE
)


def _bid_for_named(names: Names, sentence: str, figure_start: int) -> str | None:
    """The company an offer is said to be for, earlier in the figure's sentence."""
    for key, start, _ in names:
        if start < figure_start and _BID_FOR_BEFORE.search(sentence, max(0, start - 30), start):
            return key
    return None


# A figure followed by the place it is given for: "3.0 pct for Brenland", "3.0 pct in Brenland".
_GIVEN_FOR_GAP = compile_pattern(
    r"\s*(?:(?:pct|per\s*cent|percent|%)\s+)?(?:for|in)\s+(?:the\s+)?$", re.IGNORECASE
)


def _place_given_for(names: Names, sentence: str, spot: _Spot, place_like: PlaceTest) -> str | None:
    """The place named right after a figure with "for" ("3.0 pct for Brenland"), or with
    "in" when another figure of the sentence is given for another place the same way."""
    end = spot.end
    for key, start, stop in names:
        if not (end <= start <= end + 16 and place_like(key, sentence, start, stop)):
            continue
        gap = _GIVEN_FOR_GAP.fullmatch(sentence, end, start)
        if gap is None:
            continue
        if "for" in gap.group(0).lower().split():
            return key
        for other, other_start, other_stop in names:
            if (
                other != key
                and place_like(other, sentence, other_start, other_stop)
                and _GIVEN_FOR_GAP.search(sentence, max(0, other_start - 16), other_start)
                and _DIGIT.search(sentence, max(0, other_start - 24), other_start)
            ):
                return key
    return None


_DIGIT = compile_pattern(r"\d")


class PlaceTest(Protocol):
    def __call__(self, key: str, text: str, start: int, end: int) -> bool: ...


def _economy_part(
    measure: Measure, names: Names, span: tuple[int, int] | None, spot: _Spot
) -> tuple[frozenset[str], str | None]:
    """The partners of an economy's figure and the part it is: a partner country, the
    creditors a debt is owed to, the holders of stocks."""
    sentence = spot.sentence
    partners = _partners(names, sentence, span[1] if span else spot.end, spot.end)
    part = ",".join(sorted(partners)) if partners else None
    if measure.name in _OWED:
        part = _creditors(sentence, span[1] if span else spot.end, spot.end) or part
    elif span and measure.name.endswith("stocks"):
        part = _holders(sentence, span[1]) or part
    return partners, part


# "received an offer from Harlan Corp to buy the company at 52 dlrs a share": the bidder
# after "offer from", then the offer's terms with no other name's deal between.
_OFFER_FROM_BEFORE = compile_pattern(
    r"\b(?:offer|bid|proposal|approach|buyout)\s+from\s+(?:the\s+)?<?$", re.IGNORECASE
)
_OFFER_FROM_TO_FIGURE = compile_pattern(
    r"[^,;()]{0,12}?\s+(?:to\s+(?:buy|acquire|purchase)\s+(?:the|its|all)\s+"
    r"(?:[a-z]+\s+){0,3}?)?(?:at|for)\s+(?:about\s+)?"
)
# "rejected a 28 dlr a share offer by New York investor Tamsen Holm": the offer's bidder
# named after "by", with at most a few words describing it ("investor", "the group").
_BIDDER_BY = compile_pattern(
    r"\s+(?:by|from)\s+(?:the\s+|an?\s+)?(?:[A-Za-z][\w.-]*\s+){0,4}?<?$", re.IGNORECASE
)
# "a tender offer for Norvane by investor Carl Ostmark": a few lower-case words describing
# the buyer between "by" and the name.
_BY_DESCRIBED_BEFORE = compile_pattern(r"\bby\s+(?:the\s+|an?\s+)?(?:[a-z][a-z-]*\s+){0,3}$")


# "Harlan's bid was preceded by an earlier 34 dlr a share bid by Quill": the clause opens
# with a bidder, not with the company both bid for.
_OFFER_WORD_AFTER = compile_pattern(r"\s+(?:[\w-]+\s+){0,2}?(?:offer|bid|proposal)\b")


def _owns_an_offer(names: Names, sentence: str, key: str) -> bool:
    """Whether the sentence writes `key` as the owner of an offer ("Harlan's bid")."""
    for name, _, end in names:
        if name != key:
            continue
        owner = _OWNER_OF_OFFER_AFTER.match(sentence, end)
        if owner is not None:
            end = owner.end()
        elif sentence[end - 2 : end] not in ("'s", "’s"):
            continue
        if _OFFER_WORD_AFTER.match(sentence, end):
            return True
    return False


def _bidder_after(names: Names, sentence: str, offer_end: int) -> str | None:
    """The first name that is no place after "by" or "from" right after an offer's words:
    its bidder."""
    for key, start, _ in sorted(names, key=lambda name: name[1]):
        if start < offer_end or start > offer_end + 50:
            continue
        if not _BIDDER_BY.fullmatch(sentence, offer_end, start):
            return None
        if not is_place(key):
            return key
    return None


@dataclass(frozen=True)
class _DealTarget:
    """What a deal buys, where the verb naming it ends, and whether that verb sells."""

    key: str
    verb_end: int
    selling: bool


# The verbs of a deal that its seller speaks: "agreed to sell", "completed the sale of".
_SELLING_VERB = compile_pattern(r"(?:sell|sells|sold|selling|sale\s+of|divest\w*)\b", re.IGNORECASE)
# The party a sale goes to: "to Tamura Bank", "to the Japanese bank Tamura".
_SOLD_TO_BEFORE = compile_pattern(r"\bto\s+(?:the\s+|an?\s+)?(?:[a-z][a-z-]*\s+){0,3}$")


def _deal_target(spot: _Spot, names: Names) -> _DealTarget | None:
    """What the deal buys: the first name after a verb of buying or selling near the figure,
    or after "for" right after it; not an owner ("Rexnord Inc's unit"), not the other party
    ("sell the station to MCA")."""
    sentence = spot.sentence
    left, right = spot.clause
    starts = sorted((start, key, end) for key, start, end in names)
    verbs = list(_DEAL_VERB.finditer(sentence, left, right))
    paid_for = _FOR_AFTER.match(sentence, spot.end)
    if paid_for is not None:  # "paid 1.53 billion euros for Pellier Foods"
        verbs.insert(0, paid_for)
    for verb in verbs:
        if verb.end() > spot.offset + 80 or verb.start() < spot.offset - 120:
            continue
        for position, key, end in starts:
            if position < verb.end() or position > verb.end() + _DEAL_REACH:
                continue
            owner = _POSSESSIVE_AFTER.match(sentence, end)
            if (owner and not _STOCK_AFTER_POSSESSIVE.match(sentence, end)) or is_place(key):
                continue
            addressed = verb.group(0).rstrip().lower().endswith(" to")
            if not addressed and _COUNTERPARTY_BEFORE.search(
                sentence, max(0, position - 8), position
            ):
                continue
            if "," in sentence[verb.end() : position] and position - verb.end() > 40:
                continue
            selling = _SELLING_VERB.match(sentence, verb.start()) is not None
            return _DealTarget(key, verb.end(), selling)
    return None


def _deal_object(text: str, start: int, end: int, place: bool = False) -> bool:
    """Whether a name is what a deal buys: right after a verb of buying or selling, not an
    owner of what follows ("bought Rexnord Inc's Fairfield unit"); or the company whose
    shares an offer to buy counts before it ("began a tender offer to purchase up to 2.1 mln
    shares, or about 30 pct, of Tessaly's stock"). Shares a holder bought ("acquired 400,000
    shares of Tessaly, or 7 pct") are a stake, no deal for the company: what it paid for them
    is not the price of Tessaly."""
    counted = _SHARES_OFFERED_FOR_BEFORE.search(text, max(0, start - 160), start)
    if counted is not None:
        return not place and (
            not _POSSESSIVE_AFTER.match(text, end) or bool(_STOCK_AFTER_POSSESSIVE.match(text, end))
        )
    verb = _DEAL_VERB_ONLY.search(text, max(0, start - 40), start)
    if verb is None or (
        verb.end() != start and text[verb.end() : start].strip(" ,").count(" ") > 4
    ):
        return False
    return not _POSSESSIVE_AFTER.match(text, end)


# A count of shares an offer to buy takes, written before the company whose shares they are,
# its share of the stock set off by commas or not: "a tender offer to purchase up to 2.1 mln
# shares, or about 30 pct, of", "offering to buy 400,000 common shares of the".
_SHARES_OFFERED_FOR_BEFORE = compile_pattern(
    r"\b(?:offer|offers|offered|offering|bid|bids|tender\w*)\s+(?:\w+\s+){0,2}?to\s+"
    r"(?:buy|acquire|purchase)\s+"
    r"(?:up\s+to\s+|about\s+|approximately\s+|some\s+|nearly\s+|all\s+)?[\d.,]*\d\s+"
    r"(?:mln\s+|million\s+)?(?:(?:common|outstanding|ordinary|voting)\s+)*shares?"
    r"(?:,?\s+or\s+(?:about\s+|approximately\s+|some\s+|nearly\s+)?[\d.]+\s+pct,?)?"
    r"\s+of\s+(?:the\s+)?(?:outstanding\s+)?<?\s*$",
    re.IGNORECASE,
)


_DEAL_VERB_ONLY = compile_pattern(
    r"\b(?:buy|bought|acquire|acquired|acquisition\s+of|purchase\s+of|sell|sold|sale\s+of|"
    r"take\s+over|takeover\s+of|bid\s+for|offer\s+for|attempt\s+to\s+buy)\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)


_OWED = frozenset({"debt", "arrears", "interest-payments"})
# Whom a debt is owed to, right after the measure or the figure: "debt to commercial banks",
# "68 billion owed to private banks", "its debt with official creditors". A country's debt to
# some of its creditors is a part of its debt.
_CREDITORS_AFTER = compile_pattern(
    r"\s+(?:(?:dlrs?|dollars|billion|mln|million|of\s+debt|in\s+debt|is|was|are|were|"
    r"outstanding|it|they|still)\s+)*(?:owed\s+to|owing\s+to|due\s+to|to|with|from)\s+"
    r"(?:the\s+|its\s+|their\s+|foreign\s+)?((?:[A-Za-z][\w-]*\s+){0,2}?"
    r"(?:banks?|creditors?|lenders?|governments?|agencies|institutions|IMF|"
    r"International\s+Monetary\s+Fund|World\s+Bank|Paris\s+Club|bondholders))\b",
    re.IGNORECASE,
)


def _creditors(sentence: str, measure_end: int, figure_end: int) -> str | None:
    """Whom the debt a figure states is owed to, when the words name them: "to:commercial
    banks"."""
    for anchor in (measure_end, figure_end):
        found = _CREDITORS_AFTER.match(sentence, anchor)
        if found is not None:
            words = found.group(1).lower().split()
            stems = [word[:-1] if word.endswith("s") and len(word) > 3 else word for word in words]
            return "to:" + " ".join(stems)
    return None


def _company_part(sentence: str, span: tuple[int, int]) -> str | None:
    """The part of a company a figure is of when words name it by its kind ("sales at its
    chemicals division", "its insurance unit's profit"): "division:chemicals"."""
    after = _PART_AFTER_MEASURE.match(sentence, span[1])
    found = after or _PART_BEFORE_MEASURE.search(sentence, max(0, span[0] - 50), span[0])
    if found is None:
        return None
    words = " ".join(next((group for group in found.groups() if group), "").split())
    kind = ""
    for noun in _PART_NOUNS:
        if noun in found.group(0):
            kind = noun
            break
    return f"{kind}:{words}" if words else kind


_PART_NOUNS = (
    "unit", "division", "subsidiary", "arm", "operations", "business", "segment", "affiliate",
    "branch", "plant", "mine", "refinery", "mill", "stores", "outlets", "restaurants", "shops",
)  # fmt: skip


_HELD_NAME_BEFORE = compile_pattern(
    r"(?:\b(?:its|their|his|her|the|a|an|remaining|entire)|pct|%)\s+$"
)


# The words of a stake written "owned" (see `SubjectReader._owned`).
_OWNED_BY = compile_pattern(r"\s+by\s+(?:the\s+)?<?")
_OWNED_UNIT_OF = compile_pattern(
    r"\s+(?:[a-z]+\s+){0,2}?(?:unit|subsidiary|affiliate|associate)\s+of\s+(?:the\s+)?<?"
)
_OWNED_HELD_GAP = compile_pattern(
    r"\)?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|has\s+been|had\s+been|became)\s+)?"
    r"(?:(?:now|currently|still)\s+)?(?:an?\s+)?"
    r"(?:(?:about|some|nearly|almost|roughly|approximately)\s+)?"
)
_OWNED_NAME_AFTER = compile_pattern(
    r"\s*,?\s+(?:(?:unit|subsidiary|affiliate|associate)\s*,?\s+)?(?:the\s+)?<?"
)
_OWNED_POSSESSIVE = compile_pattern(r"\)?['’]s?\s+(?:(?:about|some|nearly|almost)\s+)?")
_OWNED_ITS = compile_pattern(r"\b(?:its|their)\s+(?:(?:about|some|nearly|almost)\s+)?$")


# "has acquired" as a holder's disclosure states its holding (see `identity._ACQUIRED_HOLDING`).
_HOLDING_VERB = compile_pattern(
    r"\b(?:owns|holds|controls|(?:has|have)\s+(?:now\s+)?acquired)\b", re.IGNORECASE
)
# A verb of holding right before a holding's figure: "owns at least 9 pct of", "had about".
_HELD_RIGHT_BEFORE = compile_pattern(
    r"\b(?:owns|owned|holds|held|has|had|controls|controlled)\s+(?:(?:about|some|nearly|"
    r"almost|roughly|approximately|over|at\s+least|more\s+than|less\s+than|just|under|an?)\s+)*$",
    re.IGNORECASE,
)
# Between the holder's name and that verb: "Marlow Capital currently", "<Orlec Inc>, which".
_HOLDER_GAP = compile_pattern(
    r">?(?:,?\s+(?:which|that|who))?(?:\s+(?:in\s+turn|now|currently|still|already|also))?\s+"
)
_PRONOUN_RIGHT_BEFORE = compile_pattern(
    r"\b(?:it|they)\s+(?:now\s+|currently\s+|still\s+|already\s+|also\s+)?$", re.IGNORECASE
)
_NAMED_SHARES_AFTER = compile_pattern(
    r"(?:['’]s?)?\s+(?:[\d.,]+\s+(?:mln\s+|million\s+|billion\s+)?)?"
    r"(?:(?:common|ordinary|outstanding)\s+)?shares\b",
    re.IGNORECASE,
)


_OF_NAME_GAP = compile_pattern(r"\s+of\s+(?:the\s+)?<?")


def _shares_of(names: Names, sentence: str, figure_start: int) -> str | None:
    """The name written right before "shares" ("Pelmar Corp shares", "Pelmar's 30.3 mln
    shares") up to 160 characters before a percentage those shares make, or the name right
    after "shares of" that the percentage follows ("60,840 shares of Pelmar Corp, or 5.5
    pct"); else None."""
    for key, start, end in names:
        if end > figure_start or figure_start - end > 160 or is_place(key):
            continue
        if _NAMED_SHARES_AFTER.match(sentence, end):
            return key
        if _SHARES_OF_BEFORE_NAME.search(
            sentence, max(0, start - 40), start
        ) and _NAME_TO_PERCENT.fullmatch(sentence, end, figure_start):
            return key
    return None


# "shares of <Pelmar Corp>, or 5.5 pct", "shares of common stock of Pelmar, or": the company
# whose shares they are, named right after them and right before the percentage they make.
_SHARES_OF_BEFORE_NAME = compile_pattern(
    r"\bshares\s+of\s+(?:(?:its\s+)?(?:common|preferred)\s+stock\s+(?:of|in)\s+)?(?:the\s+)?<?$"
)
_NAME_TO_PERCENT = compile_pattern(
    r"(?:\s+(?:Inc|Corp|Co|Ltd|Plc|Cos|Corporation|Company)\.?)*>?,?\s+or\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|approximately\s+)?"
)


def _held_after_of(names: Names, sentence: str, figure_end: int) -> str | None:
    """The company written right after a percentage and "of" ("owns 58 pct of <Pelmar Corp>",
    "holds 12 pct of Pelmar's stock"), or None."""
    gap = _OF_NAME_GAP.match(sentence, figure_end)
    if gap is None:
        return None
    for key, start, _ in names:
        if start == gap.end() and not is_place(key):
            return key
    return None


def _held_before(names: Names, sentence: str, measure_start: int, figure_end: int) -> str | None:
    """The name written right before the measure word as an attribute ("its Lisk holding",
    "31.7 pct Lisk holding"), not as its owner ("Lisk's holding")."""
    for key, start, end in names:
        if end <= measure_start and not sentence[end:measure_start].strip():
            before = sentence[max(0, start - 12) : start]
            if _HELD_NAME_BEFORE.search(before) or start == figure_end + 1:
                return key
    return None


def _inside(start: int, end: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= start and end <= span[1]


def _clause_subject(names: Names, sentence: str, left: int, anchor: int) -> str | None:
    """The name a clause opens with, when what follows it is something it did ("Tessaly
    Energy made a net profit", "Norvane employs")."""
    for key, start, end in names:
        if start < left or end > anchor:
            continue
        if sentence[left:start].strip(" ,\"'“(").lower() not in ("", "the", "but", "and"):
            continue
        if _POSSESSIVE_AFTER.match(sentence, end):
            return key
        if _SUBJECT_VERB_AFTER.match(sentence, end):
            return key
    return None


# A name described before it speaks of itself: "Tessaly (Pacific) Ltd, a Hong Kong investment
# firm, said it raised its stake", "Tessaly Corp, a Tampa, Fla., boat maker, said it" (a town
# and its state's abbreviation in the description).
# Or by a clause of its own: "Marlow Capital, which first disclosed its stake on March 10, has
# reported it holds".
_DESCRIBED_SAYING = compile_pattern(
    r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:Ltd|Inc|Corp|Co|Plc|AG|SA|NV|Bhd)\.?)?\s*,\s+"
    r"(?:(?:an?|the)\s+[^,;.()]{1,60}"
    r"(?:,\s+(?:[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.),\s+[^,;.()]{1,40})?,\s+(?:said|says)|which\s+[^,;.()]{1,80},\s+"
    r"(?:has\s+|had\s+)?(?:said|says|reported|told\s+[^,;.()]{1,60}?))\s+(?:that\s+)?(?:it|they)\b"
)


# The verb of winning a contract, right before its amount: "has won a", "was awarded a",
# "received an", "gets a".
_WON_BEFORE = compile_pattern(
    r"\b(?:won|wins|win|received|receives|receive|gets|got|get|(?:was|been|is|were)\s+awarded|"
    r"secured|secures|landed|signed|signs|obtained)\s+(?:(?:an?|the|its|two|new)\s+)?"
    r"(?:(?:contract|contracts)\s+(?:\w+\s+){0,3}?)?"
    r"(?:(?:worth|valued\s+at|totall?ing)\s+)?(?:(?:about|some|nearly|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
# "Brenmoor Telecom, the French unit of Halvard Group, has won": the name the sentence opens
# with, its description set off by commas.
_DESCRIBED_THEN_VERB = compile_pattern(
    r"\s*,\s+(?:an?|the)\s+[^;()]{1,80}?,\s+(?:has\s+|have\s+|had\s+|was\s+|also\s+)?$"
)


def _described_winner(names: Names, sentence: str, verb_start: int) -> str | None:
    """The name a sentence opens with when a description set off by commas stands between
    it and the verb."""
    for key, start, end in names:
        if end > verb_start or sentence[:start].strip(" \"'(").lower() not in ("", "the"):
            return None
        return key if _DESCRIBED_THEN_VERB.fullmatch(sentence, end, verb_start) else None
    return None


# A name that speaks of itself: "Tessaly Inc said it", "Tessaly today said that it".
_SAYS_IT_AFTER = compile_pattern(
    r"(?:\s+(?:Ltd|Inc|Corp|Co|Plc|AG|SA|NV)\.?)?(?:\s+(?:today|yesterday|also|separately))?"
    r"\s+(?:said|says)\s+(?:that\s+)?it\b"
)


def _saying_it(names: Names, sentence: str, anchor: int) -> str | None:
    """The name a sentence opens with when it says "it" did what follows, before `anchor`:
    "Tessaly said it received an offer from Harlan" receives the offer. The first name
    decides: a sentence opening with another name names no speaker."""
    for key, start, end in names:
        if end > anchor or sentence[:start].strip(" \"'(").lower() not in ("", "the"):
            return None
        said = _SAYS_IT_AFTER.match(sentence, end)
        return key if said is not None and said.end() <= anchor else None
    return None


def _opens_sentence(names: Names, sentence: str, key: str) -> bool:
    """Whether the sentence opens with the name `key` (quotes, brackets, "the" before it)."""
    first = min(names, key=lambda name: name[1], default=None)
    if first is None or first[0] != key:
        return False
    return sentence[: first[1]].strip(" \"'(<“").lower() in ("", "the")


def _one_name(one: str, other: str) -> bool:
    """Whether two keys name one holder: equal, or ending in the same word ("martin t sosnoff"
    and "sosnoff"): nobody holds a stake in himself. "shell canada" held by "shell", or
    "wurlitzer" by the "farny r wurlitzer foundation", are two names."""
    return one == other or one.split()[-1] == other.split()[-1]


def _described_speaker(names: Names, sentence: str, anchor: int) -> str | None:
    """The name a sentence opens with when its description follows and it says "it" did
    something: the "it" of "its stake" is that name."""
    for key, start, end in names:
        if end > anchor:
            return None
        if sentence[:start].strip(" \"'(").lower() not in ("", "the"):
            return None
        return key if _DESCRIBED_SAYING.match(sentence, end) else None
    return None


# What the party of a deal does, after its name: "Ostmark said it agreed to buy", "Ostmark
# offered", "Ostmark Inc, which bid".
_DEALER_VERB_AFTER = compile_pattern(
    r"\W{0,3}(?:\w+\s+){0,3}?(?:said|says|agreed|agrees|offered|offers|bid|bids|plans|"
    r"proposed|proposes|launched|started|began|made|completed|completes|will|would|"
    r"has|had|raised|raises|sweetened|extended)\b",
    re.IGNORECASE,
)


def _dealer(names: Names, sentence: str, left: int, anchor: int) -> str | None:
    """The name a clause opens with when what follows it is an act of a party to a deal."""
    for key, start, end in names:
        if start < left or end > anchor:
            continue
        if sentence[left:start].strip(" ,\"'“(").lower() not in ("", "the", "but", "and"):
            continue
        return key if _DEALER_VERB_AFTER.match(sentence, end) else None
    return None


def _owner(names: Names, sentence: str, span: tuple[int, int], spot: _Spot) -> list[str]:
    """Keys of the name that owns the measure: right before it ("Japan's trade surplus", "the
    U.S. 1986 trade deficit"), before a figure standing in front of it ("Japan's 60 billion
    dlr surplus") or right after it ("the deficit of the United States")."""
    metric_start, metric_end = span
    # A figure written before its measure is part of the phrase the owner heads.
    prenominal = spot.offset < metric_start and spot.end <= metric_start
    best_end = -1
    for _key, start, end in names:
        if end > metric_start or end <= best_end:
            continue
        if sentence[end : end + 1] not in ("'", "’") and _JOINED_OWNER_BEFORE.search(
            sentence, max(0, start - 30), start
        ):
            continue  # "combined refinery and Comex stocks": both together, not Comex's
        if prenominal and end <= spot.offset:
            gap = sentence[end : spot.offset] + sentence[spot.end : metric_start]
        else:
            gap = sentence[end:metric_start]
        short = len(gap) <= 40 and len(gap.split()) <= 4
        linked = (
            not _SAYING.search(gap)
            and not _PREPOSITION.search(gap)
            and not _CLAUSE_OF_ITS_OWN.search(gap)
        )
        if short and linked and _OWNER_GAP.match(gap):
            best_end = end
    if best_end < 0:
        after = _OWNER_AFTER.match(sentence, metric_end)
        if after:
            return [key for key, start, _ in names if start == after.end()]
        return []
    return [key for key, _, end in names if end == best_end]


# A name joined to a common noun before it: "refinery and Comex stocks" are both's together.
_JOINED_OWNER_BEFORE = compile_pattern(r"\b[a-z][a-z-]+\s+(?:and|plus)\s+$")


def _partners(names: Names, sentence: str, metric_end: int, figure_end: int) -> frozenset[str]:
    """Places a figure is between, written right after the measure or the figure ("surplus
    with the U.S.", "exports to Nigeria"): a deficit with Japan is not the deficit."""
    return frozenset(
        PARTNER_PREFIX + _BLOCS.get(key, key)
        for key, start, _ in names
        if (is_place(key) or key in _BLOCS)
        and any(
            anchor <= start <= anchor + _PARTNER_REACH and "," not in sentence[anchor:start]
            for anchor in (metric_end, figure_end)
        )
        and _PARTNER_BEFORE.search(sentence, max(0, start - 15), start)
    )


# A part of a figure's subject that names no company, place or partner the other readers
# know, but is narrower all the same. Each keys the figure apart from its whole, so a part
# never links to the whole (one class of a company's staff against all its staff, one good's
# exports against a country's, the ships of one owner or in one harbour against all a strike
# idled, those trapped in one room against all trapped).
_PEOPLE_MEASURES = frozenset({"employees", "strikers", "trapped", "missing", "rescued", "injured"})
# A class of staff named right before the people noun: "41,000 salaried workers".
_STAFF_CLASS = compile_pattern(
    r"\b(salaried|hourly|part-time|full-time|temporary|seasonal|white-collar|"
    r"blue-collar|unionized|unionised|non-union|contract|management|managerial)\s+"
    r"(?:workers|employees|staff|personnel|people|members)\b",
    re.IGNORECASE,
)
# The good a trade figure is of, right after the figure: "two billion dlrs worth of steel".
_GOODS_AFTER = compile_pattern(
    r"\s+(?:[a-z]+\s+){0,2}?worth\s+of\s+(?:its\s+)?([a-z][a-z-]+)",
    re.IGNORECASE,
)
# A buyer of trade that is no country: "export sales to its parent company".
_RELATED_BUYER_AFTER = compile_pattern(
    r"\s+(?:[a-z]+\s+){0,2}?to\s+(?:its|their|the)\s+(?:u\.s\.\s+|foreign\s+)?"
    r"(parent|affiliates?|subsidiar(?:y|ies)|units?|shareholders?)\b",
    re.IGNORECASE,
)
_TRADE_MEASURES = frozenset({"exports", "imports"})
# The owner of a counted fleet or stock right after it: "the 52 ships belonging to Ostline";
# a share of that fleet is the owner's too ("30 of the 52 ships belonging to Ostline").
_BELONGING_TO = compile_pattern(
    r"(?:\s+of\s+(?:the|its|their)\s+[\d.,]+)?\s+(?:[a-z]+\s+){0,2}?(?:belonging\s+to|owned\s+by|operated\s+by)\s+(?:the\s+)?"
    r"((?:[A-Za-z][\w-]*\s+){0,4}?[A-Z][\w-]*)",
)
# A room or place narrower than an incident, a few words after the figure: "12 of them
# sheltering unhurt in a refuge chamber", "40 vessels idle in the port".
_NARROW_PLACE_AFTER = compile_pattern(
    r"[^,;.]{0,60}?\b(?:in|at|inside)\s+(?:an?|the|its|one)\s+(?:[a-z-]+\s+){0,2}?"
    r"(room|chamber|shelter|refuge|tunnel|shaft|gallery|harbour|harbor|anchorage|dock|docks|"
    r"building|ward|cabin)\b",
    re.IGNORECASE,
)


def narrower_part(measure: Measure, span: tuple[int, int] | None, spot: _Spot) -> str | None:
    """The part of its subject a figure counts when the words name a part by a modifier, an
    owner or a place narrower than the subject, not by a name: "group:salaried",
    "goods:steel", "to:parent", "of:petrobras", "in:room"."""
    sentence = spot.sentence
    ends = (spot.end, span[1]) if span else (spot.end,)
    if measure.name in _PEOPLE_MEASURES:
        # The figure's own text may end with the people noun ("41,000 salaried workers").
        found = _STAFF_CLASS.search(sentence, spot.offset, min(len(sentence), spot.end + 40))
        if found is not None:
            return "group:" + found.group(1).lower()
    if measure.name in _TRADE_MEASURES:
        for anchor in ends:
            if goods := _GOODS_AFTER.match(sentence, anchor):
                return "goods:" + goods.group(1).lower()
            if buyer := _RELATED_BUYER_AFTER.match(sentence, anchor):
                buyer_kind = buyer.group(1).lower()
                return "to:" + (
                    "subsidiary" if buyer_kind.startswith("subsidiar") else buyer_kind.rstrip("s")
                )
    if measure.subject == EVENT or measure.name.startswith("count"):
        for anchor in ends:
            if owner := _BELONGING_TO.match(sentence, anchor):
                return "of:" + " ".join(owner.group(1).lower().split())
        for anchor in ends:
            if place := _NARROW_PLACE_AFTER.match(sentence, anchor):
                return "in:" + place.group(1).lower()
    return None
