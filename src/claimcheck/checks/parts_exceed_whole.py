"""CC108 parts-exceed-whole: parts of a stated whole that add up to more than the whole."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import chain, pairwise
from operator import attrgetter

from claimcheck.checks.helpers import (
    IN_ALL,
    IRREGULAR_PAST,
    make_finding,
    message_number,
    sentence_bounds,
    stated_half_step,
    where,
)
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.extract.lexicon import NUMBER_WORD_VALUES
from claimcheck.extract.numbers import parse_number_words
from claimcheck.extract.patterns import compile_pattern
from claimcheck.extract.quantities import lemmatize_noun
from claimcheck.records import Claim, Finding

# "Of the 120 workers, ..." / "Out of 120 workers, ...": the whole opens the sentence or clause.
_WHOLE_OPENING = compile_pattern(
    r"(?:^|[;:—–(])\W*(?:but\s+|and\s+|yet\s+)?(?:(?:out\s+)?of|among|amongst)\s+"
    r"(?:the|these|those|its|their|all)?\s*(?:[\w-]+['’]s\s+)?"
    r"(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over)\s+)?$",
    re.I,
)
# "Among the 80 guests were 45 adults ...": the first part after the verb.
_FIRST_PART_AFTER_VERB = compile_pattern(
    r"^[^,;:.]{0,40}?\s(?:were|are|was|is)\s+$|"
    # "Of the 53 seats, the Liberals won 31 ...": a clause's subject and verb before it.
    r"^[^,;:.]{0,40}?,\s+(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){1,2}\s+$",
    re.I,
)
# "70 of the 120 workers", "70 out of 120" (not "1,500 shares of 3.25 dlr stock").
_PART_OF_WHOLE = compile_pattern(
    r"\s+(?:out\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|all\s+)?|"
    r"of\s+(?:the|these|those|its|their|all)\s+)(?:[\w-]+['’]s\s+)?",
    re.I,
)
# After the whole, words saying that the parts which follow make it up: "comprised", "is
# split between", "were divided into", "consisted of", "broken down into".
_COMPOSED_OF = compile_pattern(
    r"^(?:,?\s+[\w'’-]+){0,4}?,?\s+(?:compris(?:e|es|ed|ing)|consist(?:s|ed|ing)?\s+of|"
    r"(?:(?:were|was|are|is|be)\s+)?(?:made\s+up|composed|formed)\s+of|"
    # "are a mix of 170 flats and 160 houses": the whole named as a blend of its parts.
    r"(?:(?:were|was|are|is|be)\s+)?an?\s+(?:mix|mixture|blend|combination)\s+of|"
    # "were split 170 for guests and 160 for staff": the parts straight after the verb.
    # (every form of the verb: "splits", "divides", "shares", "broke down into")
    r"(?:(?:is|was|are|were|be)\s+)?(?:split|splits|divided?|divides|shared?|shares)"
    r"(?:\s+(?:between|among|into))?|"
    r"(?:broken|broke|breaks?|breaking)\s+down\s+(?:into|as))\s+"
    # "shared between Labour with 35 and ...", "split between the north, with 180, and
    # ...": the first part's category before it.
    r"(?:(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?,?\s+(?:with|on|at)\s+|"
    # "shared between a nurse from Leeds, who took £170,000, and ...": the first holder
    # named, then a relative clause of what it took.
    r"(?:the\s+|an?\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3},\s+(?:who|which)\s+"
    r"(?:took|takes|got|gets|received|receives|won|wins|kept|keeps)\s+)?"
    r"(?:(?:some|about|around|nearly)\s+)?$",
    re.I,
)
# After a sum, words saying that the amounts which follow pay it: "the £300m cost will be
# met by £180m from ... and £160m from ...", "is funded by", "was paid for by".
_FUNDED_BY = compile_pattern(
    r"^(?:\s+[\w'’-]+){0,6}?\s+(?:will\s+be|would\s+be|is\s+being|are\s+being|is|was|are|"
    r"were|to\s+be|has\s+been|have\s+been|had\s+been)\s+(?:(?:partly|jointly|largely|mostly)\s+)?"
    r"(?:met|funded|financed|paid\s+for|covered|paid)\s+(?:by|with)\s+"
    r"(?:(?:some|about|around|nearly)\s+)?$|"
    # "the £300,000 budget covers £180,000 in wages and ...", "goes on", "is spent on":
    # what the sum pays for, the amounts after the verb.
    r"^(?:\s+[\w'’-]+){0,4}?\s+(?:covers|covered|will\s+cover|goes\s+on|went\s+on|"
    r"will\s+go\s+on|(?:is|was|will\s+be)\s+spent\s+on)\s+"
    r"(?:(?:some|about|around|nearly)\s+)?$",
    re.I,
)
# After the whole, a list of its parts: "W people on board – A adults and B children",
# "W bags were collected: A ...", "a total of W ballots were cast, with A in favour".
_LIST_AFTER = compile_pattern(
    r"^[^.;!?()\"“”]{0,60}?(?:\s*[–—:]|\s+-|,\s+with(?:\s+(?:the\s+)?[A-Za-z][\w'’-]*"
    r"(?:\s+[A-Za-z][\w'’-]*)?\s+[a-z]+ing)?|,\s+of\s+(?:which|whom)|,\s+including|"
    r"\s+includ(?:e|es|ed|ing)|,\s+among\s+(?:them|whom|these)(?:\s+(?:were|are))?|"
    # "30 witnesses, namely 20 officers and 15 bystanders": an apposition naming the parts.
    r",\s+(?:namely|that\s+is|i\.\s?e\.|specifically|to\s+wit|viz\.?))"
    # ", of which Labour holds 52": the first part's own subject and verb; ": Northfield
    # 160, Eastbrook 92": the first part's place or holder, named alone before it; ": the
    # first, of 300, ...": the first of the groups, sized in an aside.
    r"(?:\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+[a-z]+s|\s+[A-Z][a-z]+|"
    r"\s+the\s+(?:first|former|one),?\s+(?:of|with|numbering))?\s+$",
    re.I,
)
# "the 120 members of the club are 70 men and ...": the whole's noun phrase, then its
# parts after a plain "are"; "40 people, 25 seriously and ...", "the poll of 1,000 adults
# found 600 for ... and 500 against": after a comma or a verb, when the parts name
# categories of one partition (a comma alone often lists figures side by side).
# "The 80 injured were 50 children and 40 adults": a group named by an adjective alone,
# its parts counted in nouns.
_NAMED_BY_ADJECTIVE = compile_pattern(r"^\s+[a-z]+\s+(?:are|were|included|include)\s+$")
# (up to five words: a participle's phrase, "treated at the field hospital were")
_NOUN_PHRASE_LIST = compile_pattern(r"^(?:\s+[A-Za-z][\w'’-]*){0,5}?\s+(?:are|were)\s+$")
# Longer words between a whole and a figure list no parts of it.
_LIST_GAP_CHARS = 90
_MAX_PARTS_SENTENCES = 4
_PARALLEL_CLAUSE = compile_pattern(
    r"[^.;:,\d]{0,40}?\s+and\s+(?P<subject>[a-z]{3,})(?:\s+(?P<verb>[a-z]{3,}))?\s+", re.I
)
_ASIDE_OPENER = compile_pattern(r",|\s[-–—]\s|[–—(]")
_GROUP_HAS = compile_pattern(r"^(?:\s+[A-Za-z][\w'’-]*){1,2}\s+(?:has|have|had)\s+$")
# "30 men and 25 women": figures side by side, not a whole and its parts.
_COORDINATED = compile_pattern(r"\b(?:and|or|but|while|than|vs|versus|against)\b", re.I)
_GROUP_THEN_CLAUSE = compile_pattern(
    r"^(?:\s+[A-Za-z][\w'’-]*){1,2},(?:\s+[A-Za-z][\w'’-]*){1,4}\s+$"
)
_COMPOUND_SIZE = compile_pattern(r"^[\d,]+-[a-z]+$")
_PREPOSITION_IN_GAP = compile_pattern(r"\b(?:of|out|than|to|from|in|at|on|by|for|per)\b", re.I)
_PART_BEFORE_WHOLE = compile_pattern(r"\b(?:of|out|than|per)\b", re.I)
_SHORT_PHRASE = compile_pattern(r"^,?(?:\s+[A-Za-z][\w'’-]*){0,5},?\s+$")
_NOUN_PHRASE_COMMA = compile_pattern(r"^,?(?:\s+[A-Za-z][\w'’-]*){0,4}?,?\s+$")
# "90 voters; 52 backed ...", "300 seats were contested; the ruling party won 170 ...".
_SEMICOLON_LIST = compile_pattern(r"^[^.;!?()]{0,40};\s+(?:[A-Za-z][\w'’-]*\s+){0,4}$")
# Before the whole, the parts said to make it up: "A men and B women make up the W-member".
_MAKE_UP_BEFORE = compile_pattern(
    r"\b(?:(?:make|makes|made|making)\s+up|form|forms|formed|constitute|constitutes|"
    r"constituted|comprise|comprises|(?:(?:are|were|was|is)\s+)?among)\s+"
    r"(?:(?:the|its|their|a|an|all)\s+)?(?:[\w-]+['’]s\s+)?(?:[a-z]+\s+(?:of\s+)?)?$",
    re.I,
)
# "..., out of 120 applicants", "... out of a total of 120": a whole after its parts.
_OUT_OF_BEFORE = compile_pattern(
    r"(?:,\s*(?:out\s+)?of|\bout\s+of)\s+(?:a\s+total\s+of\s+|"
    # "..., out of a workforce of 120", "out of the club's squad of 30".
    r"(?:a|an|the|its|their)\s+(?:[\w-]+['’]s\s+)?(?:[a-z]+\s+){1,2}of\s+)?(?:the\s+|all\s+)?"
    # ("out of only 120": a word of degree leaves the whole as it is)
    r"(?:(?:only|just)\s+)?$|"
    # "..., from an electorate of 120", "from a field of 30": a whole the parts come from,
    # named by a noun and its size.
    r",\s*from\s+(?:a|an|the|its|their)\s+(?:[\w-]+['’]s\s+)?(?:[a-z]+\s+){1,2}of\s+"
    r"(?:(?:only|just)\s+)?$",
    re.I,
)
_FROM_WHOLE_BEFORE = compile_pattern(r"\b[Ff]rom\s+(?:the|its|their|a|an)\s+(?:[\w-]+['’]s\s+)?$")
_CHANGE_IN_SENTENCE = compile_pattern(
    r"\b(?:to|up|down|ro[sc]e|risen|fell|fallen|gr[eo]wn?|cut|dropp?(?:ed)?|climbed|"
    r"jumped|increased?|decreased?|declined?|compared|against|than|per|each|a\s+year)\b",
    re.I,
)
_TOTAL_BEFORE = compile_pattern(
    # ", making a total of 450": the running total named after its parts.
    r",\s*(?:making(?:\s+(?:a|the)\s+total(?:\s+of)?)?|totall?ing|for\s+a\s+total\s+of|"
    r"a\s+total\s+of|together|"
    r"(?:bringing|taking|putting|raising)\s+the\s+(?:total|number|tally)"
    r"(?:\s+[a-z]+){0,2}\s+to)\s+$",
    re.I,
)
# "stopped 70 lorries and 60 vans, or 120 vehicles, at the port": the whole restated after
# its parts as an apposition opened by "or", closed by a break (a bare "or" between counts is
# a choice: "50 or 60 people").
_OR_WHOLE_BEFORE = compile_pattern(
    r",\s*or\s+(?:(?:some|about|around|roughly|nearly|almost)\s+)?$", re.I
)
# "70 crew and 60 passengers were on the ferry, which was carrying 120 people": the parts
# on a carrier, the whole what a relative clause says it carried.
_CARRIER_WHOLE_BEFORE = compile_pattern(
    r"\b(?:on|aboard|in)\s+(?:board\s+)?(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,?"
    r"\s+which\s+(?:was|were|had\s+been)\s+(?:carrying|holding|transporting)\s+"
    r"(?:(?:some|about|around|roughly|nearly|almost|a\s+total\s+of)\s+)?$",
    re.I,
)
_APPOSITION_CLOSED = compile_pattern(r"\s*(?:[,;:.)]|[—–]|\s-\s|$)")
# "70 by sea and 60 by land took the year's total to 120": the parts as the subject of a
# finite verb that carries a running total (any owner of the total) up to the whole.
_TOTAL_VERB_BEFORE = compile_pattern(
    r"\b(?:brought|brings|bring|took|takes|pushed|pushes|put|puts|raised|raises|lifted|"
    r"lifts)\s+(?:the|its|their|this|(?:[\w-]+\s+)?[\w-]+['’]s?)\s+(?:[a-z-]+\s+)?"
    r"(?:total|number|tally|count|toll)(?:\s+[a-z]+){0,2}\s+to\s+$",
    re.I,
)
_QUOTE_SAID_OF_BEFORE = compile_pattern(
    r"[\"”],?\s+(?:[\w'’-]+\s+){1,4}?(?:said|says|added|adds|explained|wrote)\s+(?:of|about)\s+"
    r"(?:the|its|their|his|her|our)\s+(?:[\w-]+['’]s\s+)?(?:(?:some|about|around|nearly)\s+)?$"
)
_BRACKET_OPEN_BEFORE = compile_pattern(r"\(\s*(?:(?:a\s+)?total(?:\s+of)?:?\s+)?$", re.I)
_BRACKETED_TOTAL_AFTER = compile_pattern(
    r"(?:\s+[a-z]+){0,2}?\s+(?:cast|voting|counted|polled|responding|taking\s+part|"
    r"in\s+all|in\s+total|altogether|all\s+told)\s*\)",
    re.I,
)
# "put the turnout at 6,500", "the total stood at 120", "the overall tally came to 120":
# a total named by its noun, its amount after a verb or preposition of measuring.
_TOTAL_NOUN_BEFORE = compile_pattern(
    r"\b(?:the|their|its)\s+(?:[a-z]+\s+)?(?:total|tally|turnout)\s+"
    r"(?:at|to|was|is|stood\s+at|stands\s+at|came\s+to|comes\s+to|reached)\s+"
    r"(?:(?:some|about|around|nearly|almost)\s+)?$",
    re.I,
)
_SUM_CLAUSE_BEFORE = compile_pattern(
    r"(?:[;:,]|\s[-–—])\s*(?:and\s+)?(?:between\s+them|together|combined|jointly),?\s+"
    r"(?:(?:they|these|those|the\s+two|both)\s+)?(?:now\s+|still\s+)?"
    # (a verb of holding or amounting to: "together they want 60 more" sums nothing)
    r"(?:hold|holds|held|holding|have|has|had|having|own|owns|owned|owning|control|controls|"
    r"controlled|controlling|number|numbered|numbering|total|totals|totalled|totalling|"
    r"form|formed|forming|make\s+up|made\s+up|making\s+up|account\s+for|accounted\s+for|"
    r"accounting\s+for|employ|employs|employed|employing|won|win|winning)\s+"
    r"(?:all\s+|a\s+total\s+of\s+|some\s+)?$",
    re.I,
)
# "70 in favour and 65 against, with 120 members voting": those taking part, after the parts.
_WITH_BEFORE = compile_pattern(r",\s*with\s+(?:all\s+)?$", re.I)
_TAKING_PART_AFTER = compile_pattern(
    r"(?:\s+[a-z]+)?\s+(?:voting|present|taking\s+part|responding|casting|answering|"
    r"in\s+attendance)\b",
    re.I,
)
# "..., of which 251 were accepted": the part taken from the whole before it.
_OF_WHICH_BEFORE = compile_pattern(r",\s+(?:of|out\s+of)\s+(?:which|whom|these|those)\s+$", re.I)
# "Adults made up 143 of the 227": a count after the phrasal verb, not a rise ("up 143").
_MADE_UP = compile_pattern(r"\b(?:make|makes|made|making)\s+up\s+$", re.I)
_PARTS_FIRST_WORDS = ("up", "form", "constitut", "compris", "among")
_IN_ALL_WORDS = ("in all", "in total", "altogether", "all told")
# "In all, 80 people were on board": a whole after its parts, in the sentence after them.
_IN_ALL_AFTER = compile_pattern(rf"\s+(?:{IN_ALL})\b", re.I)
# "... 120 trees had been planted in all.": the whole's clause ends so.
_IN_ALL_CLAUSE_END = compile_pattern(rf"(?:\s+[a-z][\w'’-]*){{1,6}}\s+(?:{IN_ALL})\s*[.;]", re.I)
# "In all, 80 people ...", "In all, the ferry was carrying 80 ...": the sentence opens so.
_IN_ALL_BEFORE = compile_pattern(rf"^\W*(?:{IN_ALL}),?(?:\s+[A-Za-z][\w'’-]*){{0,6}}\W*$", re.I)
# A sentence whose parts refer to the whole of the sentence before: "A of them", "Of
# those, A ...".
_OF_THEM_AFTER = compile_pattern(
    r"\s+of\s+(?:them|whom|which|(?:these|those)\b(?!\s+(?!(?:were|are|was|is|had|have|has|"
    r"will|would|could|can|did|do|may|might)\b)[a-z]+\b(?<!ed)))\b",
    re.I,
)
# "The 40 of them", "all 40 of them": every one of the group, not a part of it.
_ALL_OF_THEM_BEFORE = compile_pattern(r"\b(?:the|all)\s+$", re.I)
_AMONG_THEM_AFTER = compile_pattern(r"^\s+among\s+(?:them|these|those)\b", re.I)
_OF_THEM_BEFORE = compile_pattern(
    # "Of this, ..." and "Of that sum, ..." point back at an amount as "of them" at a group.
    # ("Of those arrested, ...": the whole named by what befell or was done to it)
    r"^\W*(?:(?:of|out\s+of|among|amongst)\s+(?:(?:these|those)\s+(?:[a-z]{3,}ed|held|hurt|"
    r"caught|taken|found|sent|seen|known)|them|these|those|"
    r"(?:this|that|the)\s+(?:sum|amount|total|figure|number|group|lot)|this|that)"
    r"(?:\s+(?:were|are|was|is))?|"
    # "They included 70 adults and ...", "Those held comprised 70 men and ...".
    r"(?:they|these|those)(?:\s+[a-z]+ed)?\s+(?:included?|includes|comprised?))\W*$",
    re.I,
)
# "which leaves 60", "leaving 60": what is left of the whole after the parts before it.
_LEAVES = r"(?:(?:which|that|this)\s+(?:leaves|left)|leaving)"
# A whole that its holders share, its parts told next: "300 people between them, 170 at
# the upper mill and ...", "420 seats together: 230 ... and ...".
_SHARED_BY_HOLDERS = compile_pattern(
    r"(?:\s+[a-z]+){0,2}?\s+(?:between\s+them|among\s+them|together|combined)\s*[,:;—–]\s*",
    re.I,
)
# A subject and its verb right before a part: "the coalition holds", "its rivals hold",
# "the visitors" (the verb left out after the first part).
_HOLDER_BEFORE = compile_pattern(
    r"(?:^|[,;:]|\band|\bwhile|\bwhereas|\bbut)\s*(?:the|its|their|his|her)\s+"
    r"(?P<holder>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
    r"(?:\s+(?:now\s+|still\s+)?[a-z]+)?\s+$",
    re.I,
)
# Verbs whose subjects give their own figure for one thing, not a part of it: "the union
# says 170 and the management says 150", "police estimate 170".
_ESTIMATING = frozenset((
    "says", "said", "say", "claims", "claimed", "claim", "estimates", "estimated", "estimate",
    "puts", "put", "reports", "reported", "report", "counts", "counted", "count", "thinks",
    "believes", "expects", "expected", "forecasts", "forecast", "predicts", "predicted",
    "gives", "gave",
))  # fmt: skip
# A whole ending its sentence: only its noun and a few words after it ("300 seats.").
_ENDS_SENTENCE = compile_pattern(r"(?:\s+[A-Za-z][\w'’-]*){0,3}\s*[.!?]?\s*$")
# "of the 300 staff", "of voters": the whole a share names, its head noun only.
# ("57 per cent of them": the whole pointed back at, named so too)
# ("of the firm's 1,200 staff": an owner before the count)
_OF_SIZED_WHOLE = compile_pattern(
    r"\s+of\s+(?:(?:the\s+|its\s+|their\s+)?(?:[A-Za-z][\w-]*['’]s\s+)?[\d,]+\s+[a-z]+|"
    r"them|these|those)\b",
    re.I,
)
_OF_WHOLE_NAMED = compile_pattern(
    r"\s+of\s+(?:(?:the|its|their|all)\s+)*(?:[a-z][\w-]*['’]s\s+(?=[\d,]+\s))?(?:[\d,]+\s+)?"
    r"(?:[a-z]+['’]s\s+)?[a-z]+\b",
    re.I,
)
_ESTIMATED_BEFORE = compile_pattern(
    r"\b(?:"
    + "|".join(sorted(_ESTIMATING))
    + r")\s+(?:(?:about|around|some|only|just|nearly)\s+)?$",
    re.I,
)
_OF_AFTER_PART = compile_pattern(r"\s+of\b", re.I)
# How far before a part its holder's words are read.
_HOLDER_CHARS = 60
# Two parts of one list: a comma, a semicolon or a conjunction between them.
_LIST_LINK = compile_pattern(r"[,;]|\b(?:and|while|whereas|but)\b", re.I)
# A part opens its own clause: ", 70 were women", "and 60 were men", "while 60 ...", "and
# the other 60", "with 70 in favour".
_PART_OPENING = compile_pattern(
    r"(?:^|[,;:]|\band|\bwhile|\bwhereas|\bbut|\bwith|\bas\s+well\s+as)\s*"
    r"(?:just|only|some|about|around|nearly|almost|roughly|another|the\s+other|"
    # ("and the second, of 260": the next of the groups, sized in an aside)
    r"the\s+(?:second|third|fourth|last|latter|other),?\s+(?:of|with|numbering)|"
    rf"the\s+remaining|the\s+(?:rest|balance|remainder),?|{_LEAVES})?\s*$",
    re.I,
)
# A part stated with the verb of the part before it left out: "... won 170 and the
# opposition 150", "Adults accounted for 600 and children for 350": its own category in a
# short noun phrase, no verb.
_GAPPED_PART = compile_pattern(
    r"(?:[,;]|\band|\bwhile|\bwhereas|\bbut)\s+(?P<phrase>(?:[A-Za-z][\w'’-]*\s+){1,3}?)"
    r"(?:(?:for|to|in|at|on|with|from)\s+)?$",
    re.I,
)
# "..., 600 to Jones", "and 60 by drink-driving": a part with its verb left out, its
# category after it.
_ELLIPTIC_AFTER = compile_pattern(
    r"\s+(?:to|for|by|from|in|at|on|with|as)\s+(?:the\s+)?[A-Za-z][\w'’-]*"
    r"(?:\s+[A-Za-z][\w'’-]*){0,2}\s*(?:[.,;:]|$)",
    re.I,
)
# "The remaining 60 ...", "The rest, 60, ...", "The other 60 ...": the rest of a whole.
_REST_OPENING = compile_pattern(
    r"\W*(?:(?:the\s+)?(?:remaining|other|(?:rest|balance|remainder)(?:\s+of\s+them)?,?)|"
    r"another|a\s+further)\s*",
    re.I,
)
# Between two parts of one list: at most a few words ("were women and").
_PART_GAP_CHARS = 60
# "- three of them Grand Slams - and 13 ...": a dash closing an aside ends the list.
_ASIDE_CLOSED = compile_pattern(r"\s[-–—]\s")
# "... 70 to the ruling party and 60 to the opposition": where each part went or is, which
# one item cannot be at twice (unlike "600 for the plan and 500 for lower taxes").
# "to", "in", "from" a place, or "at" a named one: one item is at one of them. "At the
# dinner", "at the match": what people are at may be events, and one can go to both.
_EXCLUSIVE_AFTER = compile_pattern(
    r"\s+(?:(?i:to|in(?!\s+(?:all|total)\b)|from)\s+(?:(?i:the)\s+)?[A-Za-z]|(?i:at)\s+"
    r"(?:(?i:the)\s+)?[A-Z])[\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s*(?:[.,;:]|$)",
)
_WORDS_AFTER_LAST_PART = 6
# "65 failed.", "65 were turned away": a verb of its own right after a count opening a
# sentence (a past tense or a linking verb and a participle).
_VERB_AFTER_PART = compile_pattern(
    r"\s+(?:(?:were|was|are|is)\s+)?(?:[a-z]{3,}ed|"
    + "|".join(sorted(IRREGULAR_PAST))
    + r")\b(?!\s+(?:to|by|from)\s+\d)",
    re.I,
)
# "... 22 and 31 seats respectively in the 43-seat assembly": between the last part and a
# whole sized in their noun; "respectively" gives each part to its own subject.
_PARTS_INTO_SIZED = compile_pattern(
    r"(?P<each>,?\s+respectively,?)?\s+(?:in|of|on|across|among)\s+(?:the|its|their|a|an)\s+"
    r"(?:[\w-]+['’]s\s+)?",
    re.I,
)
# "191 walkers were rescued from the hills, 93 by helicopter and ...": the whole's clause,
# with a verb of its own, closed by a comma before the first part.
_PREDICATE_THEN_COMMA = compile_pattern(
    r"^(?=[^,;:.!?()\"“”\d]*\b(?:were|was|are|is|been|[a-z]{3,}ed|[a-z]{2,}en)\b)"
    r"(?:\s+(?!(?:who|which|that|whose)\b)[A-Za-z][\w'’-]*){2,10},\s+$",
    re.I,
)
# "... 93 by helicopter and 98 by lifeboat": what tells each part apart, the verb it shares
# with the whole left out: one preposition, then its object.
_ADJUNCT_AFTER = compile_pattern(
    r"\s+(?P<preposition>by|in|on|at|as|from|via|through|to|into|about|over|concerning|"
    r"regarding)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<object>(?!which\b|whom\b|them\b|those\b|these\b|all\b|total\b)[A-Za-z][\w'’-]*)",
    re.I,
)
_PARTICIPLE_AFTER = compile_pattern(r"\s+([a-z]{3,}ed)\b(?=\s*(?:[,;.]|and\b|$))")
# (", among them 20 juniors, and 75 ...": an aside of the same kind)
_INCLUDING = compile_pattern(r"^[^.;:]{0,60}?,\s+(?:including|among\s+them)\s+", re.I)
_INCLUDING_CLOSED = compile_pattern(r"(?:\s+[A-Za-z][\w'’-]*){0,3}\s*,\s+and\s+", re.I)
# "W staff (A women, B men)": the parts in brackets after the whole.
_BRACKETED_LIST = compile_pattern(r"^\s*\(\s*$")
# "passed by 70 votes to 65": a tally, the votes for and against.
_VOTES_TO = compile_pattern(r"[\d,]+\s+votes?\s+to\s+", re.I)
# Between an amount and the list of its shares: a comma, a colon or a dash, after what it
# is of ("412 tonnes of cargo, ...").
_AMOUNT_THEN_LIST = compile_pattern(r"^\s*(?::|\s[-–—]|,\s+(?:or|that\s+is|namely)\b)\s*$")
# "... 260 million on schools", "260 tonnes of grain", "260 km through France": what a
# share goes to or is made of (a noun, not "of which" or a figure).
_SHARED_OUT_AFTER = compile_pattern(
    r"\s+(?:on|for|to|in|at|from|through|of|across)\s+(?:the\s+)?"
    r"(?P<object>(?!which\b|whom\b|them\b|those\b|these\b)[A-Za-z][\w'’-]*)"
    r"(?:\s+[A-Za-z][\w'’-]*)?\s*(?:[.,;:]|$)",
    re.I,
)
# Objects that make figures a time series, not shares of one amount.
_PERIOD_WORD_LIST = """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday week weeks month months year
    years quarter quarters period half season day days previous last same first second third
"""
_PERIOD_WORDS = frozenset(_PERIOD_WORD_LIST.split())
# A sentence naming a group by its noun before its parts: "Of the patients (treated), ",
# "Among the patients were ", "The patients included ", "The delegates comprised ".
_NAMED_GROUP_OPENING = compile_pattern(
    r"^\W*(?:(?:of|out\s+of|among|amongst)\s+(?:the|those|these|all\s+the)\s+"
    r"(?P<noun>[a-z]+s)(?:\s+[a-z]+ed)?(?:\s*,\s*|\s+(?:were|are)\s+)|"
    r"(?:the|those|these)\s+(?P<noun2>[a-z]+s)(?:\s+[a-z]+ed)?\s+(?:included?|includes|"
    r"(?P<composed>comprised?|comprises|consisted\s+of|were\s+made\s+up\s+of|"
    r"were\s+split\s+between|were\s+divided\s+into))\s+)"
    r"(?:(?:some|about|around|nearly|almost)\s+)?$",
    re.I,
)
# "143 of the patients were adults": a part of a group named by its noun ("143 of its beds":
# the group of an owner named before, pointed back at).
_PART_OF_NAMED = compile_pattern(
    r"\s+of\s+(?:the|those|these|its|their)\s+(?P<noun>[a-z]+s)\b(?!['’])"
)
# Nouns that name no group whose size an earlier sentence gives.
# An age bound naming a part's category, not a count: "150 were over 65", "aged under
# 18", "65 or older", "18-year-olds" (the part is the figure before the linking verb).
_AGE_BOUND_BEFORE = compile_pattern(
    r"(?:\d[\d,]*|\b(?:those|people|anyone|aged|age[ds]?))\s+(?:(?:were|are|was|is)\s+)?"
    r"(?:(?:over|under|above|below)\s+|(?<=aged\s))$",
    re.I,
)
_AGE_BOUND_AFTER = compile_pattern(
    r"(?:\s+(?:or|and)\s+(?:over|older|above|under|younger)\b|-?\s*years?\s+old\b"
    r"|-year-olds?\b|\+)",
    re.I,
)
_OLDEST_AGE = 120
_NOT_GROUP_NOUNS = frozenset(("year", "month", "week", "day", "time", "case", "share", "point"))
_THEY_OPENING = compile_pattern(r"\W*(?:they|these|those)\b", re.I)
# How far back "of them" may reach for the group it counts from.
_REFERENT_REACH = 3000
# How far back a participle naming the whole ("Of those arrested") looks for its noun.
_PARTICIPLE_REACH = 600
# Where a part's own words begin: after the last separator before it.
_PART_LEAD = compile_pattern(r"(?:[,;:]|\band\b|\bwhile\b|\bwhereas\b|\bbut\b|\bwith\b)", re.I)
# "and the other 60", "the remaining 60": the parts split the whole between them.
# A part added to those before it: "Another 190 ...", "A further 150 ...", "The other 45".
_ADDED_PART = compile_pattern(
    # ("That left 30 for the second day": what the parts before leave of the whole.)
    rf"\b(?:another|a\s+further|the\s+other|the\s+remaining|the\s+(?:rest|balance|remainder)|{_LEAVES})\s*$",
    re.I,
)
_COMPLEMENT = compile_pattern(
    rf"\b(?:the\s+other|the\s+remaining|the\s+(?:rest|balance|remainder)|{_LEAVES}(?:\s+(?:the\s+)?other)?)\s*,?\s*$",
    re.I,
)
_FIGURE_WORDS = "|".join(NUMBER_WORD_VALUES)
# "up from 90", "down by 5", "down from" before the next figure (a change); not "brought
# down from the hills" (a place).
_FROM_A_FIGURE = rf"(?:from|by)(?=\s*$|\s+(?:(?:about|some)\s+)?(?:\d|(?:{_FIGURE_WORDS})\b))"
# Words that let parts overlap or stand outside the whole.
_OVERLAP_WORDS = compile_pattern(
    r"\b(?:also|both|each|either|including|included|among\s+(?:them|whom|those)|of\s+(?:whom|"
    r"which|them|those)|plus|additional|further|more|new|total|per|times|percent|"
    r"aged?|between(?!\s+them\b)|(?:to|from|up|down)\s+(?:\d|"
    + _FIGURE_WORDS
    + "|"
    + _FROM_A_FIGURE
    + r")|"
    r"rose|fell|increase[ds]?|compared)\b|%",
    re.I,
)
_OTHER_WORD = compile_pattern(r"\bother\b", re.I)
# "... and 160 were from other countries": "other" in what the last part is said to be,
# after its verb (not "160 other passengers", another group): it is told apart as the rest,
# those the parts before it do not cover.
_OTHER_IN_PREDICATE = compile_pattern(
    r"^\s+(?:(?:were|are|was|is|came|come|comes|live|lived)\s+(?:[a-z]+\s+){0,2}?|"
    # ("and 160 in other cities": the verb left out, a preposition before "other")
    r"(?:in|from|at|on|to|for)\s+(?:the\s+)?)other\s+(?!than\b)[a-z]+|"
    # ("50 in one office and 45 in the other": the other of two, its noun left out)
    r"^\s+(?:(?:were|are|was|is|work|worked|live|lived)\s+)?(?:in|from|at|on|to|for)\s+"
    r"the\s+other(?=\s*(?:[.,;:)]|$))",
    re.I,
)
# "50 in one and 45 in the other": two parts told as the one and the other of two things
# (offices, shifts), the noun left out after both; nothing is in both.
_IN_ONE_AFTER = compile_pattern(
    r"\s+(?:(?:were|are|was|is|work|worked|live|lived)\s+)?(?:in|at|on|from|for)\s+one\b"
    r"(?!\s+of\b)",
    re.I,
)
_IN_THE_OTHER_AFTER = compile_pattern(
    r"\s+(?:(?:were|are|was|is|work|worked|live|lived)\s+)?(?:in|at|on|from|for)\s+the\s+"
    r"other(?=\s*(?:[.,;:)]|$))",
    re.I,
)
_CLAUSE_END = compile_pattern(r"[,;:.()]|\s[-–—]\s")
# Words that, in any later clause of the sentence, say the parts may count one item twice.
_OVERLAP_LATER = compile_pattern(
    r"\b(?:also|both|either|of\s+(?:whom|which|them|those)|including|included|plus|"
    r"(?:rose|fell|increased|decreased)\s+(?:from|by)|(?:up|down)\s+" + _FROM_A_FIGURE + "|"
    r"compared)\b",
    re.I,
)
_CONJUNCTIONS = frozenset(("and", "but", "while", "whereas"))
_COLON_BEFORE = compile_pattern(r":\s*$")
_LEADING_FIGURE = compile_pattern(r"\d[\d,.]*")
# "... held sand", "... went to the cannery": a part's verb and its object, to the clause end.
_VERB_AND_OBJECT = compile_pattern(
    r"\s+(?P<verb>[a-z]{3,})\s+(?:(?:the|a|an|to|for|from|into|on|in)\s+){0,2}"
    r"(?P<object>(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)"
    r"(?=\s*[.,;:)]|\s+(?:and|but|while)\b|\s*$)"
)
# "... were at the dinner", "... at the match": parts told apart only by what they were at,
# a thing named by a common noun (an event, a gathering, a site). Unlike "in London" or
# "from Europe", one item may have been at each.
_BEING_AT = compile_pattern(
    r"\s+(?:(?:were|was|are|is|had\s+been|have\s+been)\s+)?at\s+(?:the|a|an|its|their)\s+"
    r"(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*(?=\s*[.,;:)]|\s+(?:and|but|while)\b|\s*$)"
)
# "... were students", "... are from Ireland", "... were on the farms": a part's category
# after a linking verb.
_COPULA_CATEGORY = compile_pattern(
    r"\s+(?:were|are|was|is)\s+(?P<place>(?:from|in|at|on)\s+)?(?:(?:a|an|the)\s+)?"
    r"(?P<category>[A-Za-z][\w'’-]*)"
    r"(?=\s*[.,;:]|\s+and\b|\s+while\b|\s+but\b)",
    re.I,
)
# Categories that never overlap: "70 were women and 60 were men" adds up whatever the words
# around it; other parts are added up when nothing suggests they may overlap (see below).
_PARTITIONS: tuple[tuple[frozenset[str], ...], ...] = tuple(
    tuple(frozenset(words.split()) for words in group)
    for group in (
        ("women woman female females girls", "men man male males boys"),
        # Women and men are adults, girls and boys children: "143 women and 97 children".
        (
            "adults adult grown-ups women woman men man",
            "children child kids minors girls boys",
            "infants infant babies",
        ),
        ("yes for favor favour supported backed", "no against opposed rejected", "abstained"),
        ("killed dead died", "injured wounded hurt", "missing", "rescued survived unharmed"),
        ("seriously critically badly", "slightly lightly minor"),
        ("democrats democrat democratic", "republicans republican", "independents independent"),
        ("civilians civilian", "soldiers troops combatants militants fighters police"),
        ("domestic", "foreign imported abroad overseas exported"),
        ("public", "private"),
        ("full-time", "part-time"),
        ("urban", "rural"),
        ("passengers passenger", "crew crewmen crewman crewmembers"),
        ("home", "away"),
        ("owned owner-occupied bought", "rented"),
        ("won wins victories", "lost losses defeats", "drawn draws drew"),
        ("passed", "failed"),
        ("accepted approved granted", "rejected refused declined"),
        ("guilty convicted", "acquitted cleared"),
        ("permanent", "temporary"),
        ("indoors inside", "outdoors outside"),
        ("higher better", "lower worse"),
        ("good outstanding", "poor inadequate bad"),
        ("positive", "negative"),
        ("profit profits profitable", "loss losses loss-making"),
    )
)
# Words that say nothing about which category a part is: passed over to find the word that
# does ("were accepted", "were turned down", "in favour").
_LINK_WORD_LIST = """
    were was are is be been being had have has the a an of to who which that in at for them
    those these they it its their and or but from on by with into
"""
_LINK_WORDS = frozenset(_LINK_WORD_LIST.split())
# Words that open a clause of their own rather than name a part's category.
_NOT_CATEGORY_LIST = (
    "he she we you i there this then also only just some about around nearly almost another"
    " all each every both most many several none"
)
_NOT_CATEGORIES = frozenset(_NOT_CATEGORY_LIST.split())
# Words that let a clause describing the whole use "from", "to" or "up" ("Of the 120
# volunteers who arrived from nearby towns, ..."): there they modify the whole, not a part.
_WHOLE_MODIFIER = compile_pattern(
    r"\s+(?:who|that|which|whose|[a-z]+ed|[a-z]+ing|from|in|at|on|with)\b[^,;:]*,\s*$", re.I
)
_OVERLAP_IN_MODIFIER = compile_pattern(
    r"\b(?:also|both|each|either|including|included|plus|additional|further|more|total"
    r"|per|times|percent)\b|%",
    re.I,
)
_WORDS = compile_pattern(r"[a-z]+(?:-[a-z]+)?")
# After a verb, words that lead to where or whose side a part is, or by whom or what it
# was done ("run by families", "run by chains"): one cannot be in both.
_PLACE_PREPOSITION_LIST = "in at from to for against on inside outside near within by via"
_PLACE_PREPOSITIONS = frozenset(_PLACE_PREPOSITION_LIST.split())
# Text looked at around each figure: bounded so that work per claim stays constant.
_LEAD_CHARS = 120
_GAP_CHARS = 200
# A part this many times its whole is counting something else, not miscounting.
_MAX_PART_RATIO = 3
# Unhedged counts below this keep three significant figures; larger ones may keep two.
_ROUNDED_COUNT = 10_000
# Words a sentence may open with before its first part ("Adults accounted for 600 ...").
_MAX_LEAD_WORDS = 4
# Parts read sentence by sentence after their whole: a breakdown runs a few sentences.
_MAX_PARTS_BY_SENTENCE = 8
_COUNT_DIMENSIONS = frozenset({None, "count", "dimensionless", "currency"})
# Measures that add up like counts: "412 hectares, 260 of forest and 175 of farmland".
_ADDITIVE_MEASURES = frozenset({"area", "mass", "length", "volume", "time"})
_SCALE_WORD = compile_pattern(r"\b(?:million|billion|trillion|mln|bln|bn)\b|\d(?:m|bn)\b", re.I)
# "the 120-member assembly", "a 30-man squad": a number joined to these is a group's size.
_GROUP_SIZE_COMPOUNDS = frozenset(("member", "strong", "person", "seat", "man", "woman"))
# "32-bit", "four-engine": a number (in figures or a word) joined to a word.
_NUMBER_COMPOUND = compile_pattern(r"([\d,.]+|[A-Za-z]+)-([a-z]+)")
_YEAR_LIKE = compile_pattern(r"^(?:1[89]|20)\d\d$")
# Between two shares of one whole: "60 percent backed X and 45 percent opposed it", "X won
# 60 percent, Y 45 percent".
_SHARE_GAP = compile_pattern(
    r"^[^.;:()\d%]{0,70}?(?:,|\band\b|\bwhile\b|\bwhereas\b|;)[^.;:()\d%]{0,30}$|"
    # "X took 56 percent against Y's 47 percent": two holders' shares set against each other.
    r"^[^.;:()\d%]{0,40}?\bagainst\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?[\w-]+(?:['’]s|s['’])\s+$"
)
_AGAINST_HOLDER = compile_pattern(
    r"\bagainst\s+(?:the\s+)?(?P<words>(?:[A-Za-z][\w-]*\s+){0,3}?(?P<holder>[\w-]+))(?:['’]s|(?<=s)['’])\s+$"
)
# A share of its own whole ("a 60 percent stake in X"), a change ("rose 60 percent", "up
# 60 percent from"), a comparison ("60 percent more") or a rate: not a share of one whole.
_OWN_WHOLE_AFTER = compile_pattern(
    r"\s+(?:stake|share|holding|interest|owned|more|less|fewer|higher|lower|above|below|"
    r"over|up|down|rise|increase|drop|fall|cut|discount|rate|tax|chance|probability|"
    r"likely|of\s+(?:its|their|his|her|the\s+company's)\b|"
    # "50.1 pct on a fully diluted basis": the same holding on another base.
    r"on\s+an?\s+(?:[\w-]+\s+){0,2}basis\b)",
    re.I,
)
_CHANGE_BEFORE_SHARE = compile_pattern(
    r"\b(?:rose|rise[sn]?|grew|grow[sn]?|jump(?:ed|s)?|soar(?:ed|s)?|surged?|climb(?:ed|s)?|"
    r"increased?|gain(?:ed|s)?|(?<!\bmade\s)(?<!\bmake\s)(?<!\bmakes\s)"
    # ("take up 60 percent": a verb of filling a share of the whole, not a rise)
    r"(?<!\btake\s)(?<!\btakes\s)(?<!\btook\s)(?<!\btaking\s)(?<!\btaken\s)up|fell|fall(?:en|s)?|drop(?:ped|s)?|declined?|by|than|down|"
    r"cut|lowered|raised|rate|rates|tax|taxes|interest|stake|stakes|yield|inflation|"
    r"from|between|ranged|ranging|range|"
    # "Wheat was 61 pct headed, and barley 58 pct": a share of the subject itself.
    r"is|are|was|were|be|been|at)\b"
    # ("the capital is split 50 pct to ..., 40 pct to ...": a verb of dividing after it
    # shares the subject out, each figure a part)
    r"(?!\s+(?:split|divided|shared|allocated|apportioned|distributed)\b)"
    # ... right before the share, not across a clause ("staff are women and 48 percent").
    r"[^\w,;]*(?:(?!(?:and|but|while|whereas)\b)\w+[^\w,;]+){0,2}$",
    re.I,
)
# A tally of votes: "voted 57-41", "split 57–41", "approved 57 to 41", "by 57 votes to 41",
# "a 57-41 vote" (not "17-20 people", a range, nor a score with no voting body).
_TALLY_NUMBER = (
    r"\d{1,3}(?:,\d{3})*|(?:"
    + "|".join(sorted(NUMBER_WORD_VALUES, key=len, reverse=True))
    + r")(?:-(?:"
    + "|".join(sorted(NUMBER_WORD_VALUES, key=len, reverse=True))
    + r"))?"
)
_TALLY = compile_pattern(
    r"\b(?:voted|votes?|split|passed|approved|rejected|backed|carried|defeated|adopted|"
    r"endorsed|overturned|upheld|ruled|decided|margin\s+of|by|an?)\s+"
    rf"(?P<tally>(?P<first>{_TALLY_NUMBER})(?:\s*[-–—]\s*|\s+(?:votes?\s+)?to\s+)"
    rf"(?P<second>{_TALLY_NUMBER}))\b(?![.,]?\d|\s*(?:%|percent|per\s+cent|pct))"
    r"(?=\s+(?:vote|votes|decision|ruling|majority|verdict|in\s+favou?r|for|against|"
    r"with|to\s+(?:approve|reject|back|adopt|pass)|on|in|among|at|by|,|\.|;)|[,.;]|$)",
    re.I,
)
# ... or a body's members counted on two sides ("Labour members outnumber the Tories by 70
# to 65 in the 120-member chamber").
_TALLY_HINT = compile_pattern(
    r"\b(?:vot|split|passed|approved|rejected|backed|carried|defeated|ruled|outnumber)", re.I
)
_VOTING_COMPOUND = compile_pattern(r"-(?:member|seat|strong)\b", re.I)
_VOTER_LIST = """
    member delegate senator lawmaker legislator deputy representative councillor councilor
    juror judge justice director trustee governor commissioner voter elector shareholder
"""
_VOTERS = frozenset(_VOTER_LIST.split())
# "eight pct planted vs 64 pct a year ago": figures of periods set side by side.
_COMPARED_WITH = compile_pattern(r"\b(?:vs|versus|compared\s+(?:with|to))\b", re.I)
# "60 percent of the online votes": the whole a share names, up to a conjunction or a mark.
_OF_PHRASE = compile_pattern(r"\s+of\s+([^,;:.()]{1,60}?)(?=\s+(?:and|or|but|while)\b|[,;:.()]|$)")
# "71% in Leeds, 66% in the west": shares of places or groups, each its own whole.
_NAMED_WHOLE_AFTER = compile_pattern(r"\s+(?:in|at|among|from)\s+(?:the\s|[A-Z])")


@dataclass(frozen=True, slots=True)
class _Parts:
    """Parts stated for a whole, and whether the words say they split it (no overlap)."""

    whole: Claim
    parts: list[Claim]
    split: bool
    # "Of the 120 workers, ...", "... 70 of them": the words say the parts are taken from
    # the whole, so even one part alone may be judged against it.
    partitive: bool = False


@register("CC108")
def check_parts_exceed_whole(context: ArticleContext) -> Iterator[Finding]:
    """Flags parts of a stated whole that add up to more than the whole.

    Examples: "Of the 120 workers, 70 were women and 60 were men"; "130 of the 110 seats";
    "the 120 volunteers comprised 70 students and 60 pensioners"; "the 120-strong
    workforce is split between 70 at the mill and 60 at the depot"; "the ferry had 120
    people on board – 70 adults and 60 children"; "a total of 120 ballots were cast, with
    70 in favour and 60 against"; "70 men and 60 women make up the 120-member assembly";
    across two sentences, "The clinic treated 120 patients. 70 of them ... and the other 60
    ..."; "the school's 400 pupils include ...", "among the club's 120 members, ...", "300
    seats were contested; the ruling party won 170 and the opposition 150" (a part with its
    verb left out), "70 of which ... and 60 of which ...", "among them ...", "..., out of
    120 applicants"; parts of one partition after the whole's noun phrase and a comma, a
    verb or "are" ("40 people, 25 seriously and 20 slightly"; "the poll found 600 for and
    500 against"), or opening the next sentence ("The school has 400 pupils. 230 are girls
    and 190 are boys.", "700 went to Smith, 600 to Jones"); "the 120-member board has ...",
    "break down as", "as well as", "shared between Labour with 35 and ...", and the rest
    of the whole opening the next sentence ("The remaining 60 ..."); parts of a group a
    later sentence names by its noun alone ("Of the patients, 70 ...", "The delegates
    comprised ...", "70 of the patients ..."), sized by the nearest earlier count of that
    noun; one part taken from its whole by the words ("Of the 120 applicants, 130 ...",
    "received 120 applications and accepted 130 of them", ", of which 130 ..."); areas,
    weights, lengths, volumes and durations shared out ("the 14-day tour includes 9 days
    in Italy and 7 in France"), and amounts after a colon or a dash shared out by what
    each goes to ("412 million euros: 261 million on schools and ..."); "a convoy of 120
    trucks, comprising ...", "consist of", "the firm's 120 staff work at two sites: 70
    ...; 65 ..." (the parts' own count before their list), "120 staff (70 women and 65
    men)", "... Another 65 ...", "70 in favour and 65 against, with 120 members voting",
    "passed by 70 votes to 65", a part in a clause of its own with its subject before
    the same verb or the verb left out ("Juniors bought 200 tickets and adults 300. In all,
    420 ..."), one part in each sentence before a whole opening "in all" or "all told"
    ("The club sold 300 to adults. Juniors bought 200. All told, 420 ..."), "lost 120
    tanks, 70 destroyed and 65 captured" (what befell
    each), the whole after its parts "in all" in the next sentence or further on (other
    figures between, and sentences holding a single count of another thing, which lists
    no parts), "70 of them", "Among them were", "They included" sentences after the
    whole (past amounts, scores and periods to the group counted last), "Vets treated 70
    ... and sent the other 62 ..." after the whole's sentence; a tally of votes against the
    voting body ("the 79-member board voted 57-41", "by 57 votes to 41 among the 79
    delegates"); and shares of one
    whole side by side above 100 percent together ("60 percent backed the mayor and 55
    percent her rival", "won 60 percent of the vote and the Tories 45 percent"); "went 35 to
    Labour and 30 to ...", "split between the north, with 180, and ...", "with 50 men and 45
    women among them", "The 45 dead were 30 soldiers and 20 civilians", "Fifty were in the
    valley and 25 on the hills" after the whole's sentence; parts each opening one of the
    sentences right after the whole, each of its own category by a linking verb or added to
    those before ("The kennel took in 130 animals. 90 were dogs. 55 were cats.", "... About
    260 went to Calais. A further 190 went to Rye."); "70 out of 120 pupils passed and 65
    failed" (a fraction read as a part and its whole); a colon's breakdown whose verb the
    extraction took for the counted noun ("90 mills: 50 grind wheat, while 45 grind
    barley"); "were split 70 for members and 65 for the public"; "Farmers run 70 of them
    and craftsmen the other 65"; after the whole's own clause, bare parts each told apart
    by one and the same preposition ("120 walkers were rescued from the hills, 70 by
    helicopter and 65 by lifeboat"; not "at": one guest may be at the dinner and the ball);
    parts just before a whole sized in their noun ("won 40 and 35 seats respectively in
    the 70-seat council"); after a partitive's parts, each with its verb, a bare count
    opening the next sentence with a verb of its own ("Of the 90 trainees, 50 qualified. 45
    dropped out."); after a break in the whole's sentence (a semicolon, a colon, a bracket,
    a dash) or opening the next sentence, parts of the whole's noun (or none) linked as one
    list, whatever their verbs, each with a label of its own ("120 complaints (noise: 70,
    parking: 65)") or words of its own ("The ward admitted 120 patients. 70 went home,
    and 65 remain"), also after a group sized by a verb ("whose members number 120; 70
    backed it and 65 opposed it"); not when one part is told by a date and another not
    ("230 work in Leeds and 190 started in May"). An unhedged count below 10,000 is
    taken as rounded to three figures at most ("200 seats" is no more than 200).
    Parts are added up when the words split the whole ("comprised", "split between", "make
    up", "the other"), when each names a different category of one partition (women and
    men, adults and children, for and against ...), or when each is described by a
    different word ("were accepted" / "were turned down"); parts that may overlap ("25
    failed the brake check and 22 failed the light check": the same verb) are left alone,
    unless a colon announces them as the whole's breakdown and the verb's objects are of
    different kinds ("102 crates were opened: 61 held sand and 41 held plastic"); parts
    told apart only by what they were at ("90 were at the dinner and 120 at the match":
    one may go to both) are left alone too,
    and "of them", "also", "including" and the like stop the sum, as do categories of two
    partitions side by side ("600 backed the plan and 450 were women") and a place beside
    a kind ("300 were in Europe and 250 were electric"). Shares are not added
    when each is a share of its own whole: of its subject ("wheat was 61 pct headed"), a
    place or group after it ("71% in the north"), different words after "of", a stake, a
    change or a rate; a list with a share of 100 percent (rates per category), or one
    continuing a change or a comparison ("Kent was up 57 pct, Essex 56 pct", "8 pct vs 64
    pct a year ago"). Not a whole: a cap ("up to 700 dlrs"); "the remaining N" after parts
    that already fill the whole; sums of money in the next sentence; the item after
    "including A," closed by a comma.
    Also: what the parts before it leave ("..., which leaves 150 adults", "leaving 150");
    a whole its holders share "between them", "among them", "together" or "combined",
    then each one's part; parts each held by a subject of its own, one list beside the
    whole they are held in, in its sentence or the one right after it ("The senate has 60
    seats. The Greens hold 35 and the Liberals have 30.", "hold 35 of the 60 seats, while
    the Liberals have 30", "... in the 60-seat senate"; not one holder twice, nor a part
    of another whole, "two of the side"); "Of this sum, ..." after an amount; shares told
    apart read without the whole they name ("57 percent of members backed ..., while 48
    percent opposed it"; "57 per cent of the 300 staff are women and 48 per cent are men"),
    not one verb twice ("61 percent said ... and 55 percent said ...": answers that may
    overlap). Figures each source gives for one thing are no parts ("the union says 170
    and the management says 150"). In the sentence after the whole, its parts may follow
    a fronted adverbial ("In the north 70 were damaged, and in the south 65") or a subject
    pointing back ("It sold 70 ...", "Its staff include 70 bakers and 65 drivers": then
    each in a noun of its own); parts told apart by who did it ("70 run by families and 65
    by chains"); after a partitive whole, a part in a clause with its own subject and verb
    ("Of the 90 cottages, 60 went to families, while holiday firms bought 45"); parts each
    in brackets after what holds them ("held by the growers (50) and the millers (45)"); a
    body's members counted on two sides ("Greens outnumber Liberals by 35 to 30" in the
    60-member council). Parts described on two axes that cut across each other are no
    partition: one somewhere and another something ("210 work on the docks and 140 are
    union members", "60 are in the yard and 45 are tankers"; somewhere and when, "200
    work in Leeds and 190 started in May": parts of one partition differ in one attribute,
    the same relation with values of its own), a membership beside any other description,
    or one part told by when in its own clause and another not ("60 were women, while the
    trust recruited 45 in March"). The subject opening a part's
    sentence names its category ("The aviary holds 120 birds. Finches make up 70 of them and
    parrots 65."); the rest of a whole may be set off by dashes ("; the rest — 65 — on
    farmland").
    Read whole, as a backup for the frames above: a count of a noun, then right after it
    (in its sentence, or opening the next) two bare counts joined by "and" as one list,
    whatever verb or construction carries them ("In all 300 flights were cancelled,
    domestic services accounting for 170 and international ones for 150"; "It admitted 170
    and sent home 150"; ", of which tankers made up 170 and ferries 150"), added up only
    when the words tell the two apart and nothing lets them overlap (not each with an
    object of "for": "600 for the plan and 500 for lower taxes"; not told by two different
    prepositions: "220 in Leeds and 90 by attrition"). A count of another thing in an
    aside between a whole and its parts belongs to neither ("The 300 delegates, drawn from
    12 countries, split 170 for and 150 against"); after a part taken from its whole, the
    same subject's next verb opens the next part ("passed 150 of the 300 homes and failed
    170"); in a frame that splits the whole, parts told apart by the object of one
    preposition ("broke down as 170 about noise and 150 about litter").
    Also: parts named in an apposition after the whole (", namely ...", ", that is ...");
    "That left 45" (or "which left") after the parts before it, in a sentence of its own;
    "others - 40 in all -" set off by dashes; a partitive part first ("Forty of the 70
    volunteers were Welsh.") and the other part opening the next sentence, with a verb of
    its own or a different category after a linking verb ("Thirty-five were Irish."); a
    whole dated by its own period ("built 70 hulls last year, with Norway buying 40 and
    Chile 35": only "last year's" is another period); a bare figure after a holder's name
    ending a gapped list ("and Chile 35") is read even when the extraction leaves it out.
    The group read whole, beside the frames: a count of a noun ("229 books", "the 164
    owls"), then the counts right after it, in its sentence and the next two, that count
    its members (the same noun or a bare figure, each below the whole, linked by a comma,
    a semicolon, a sentence end or "and"), with a part just before it taken from it ("147
    of the 229 books") first; added up when the words set each later part apart from those
    before ("the remaining 109", "another 60", "70 more", "Those who wanted X numbered 300;
    those who wanted Y, 250"), never after "also", "both", "including", "of whom" or a
    later "45 of them". A whole "in all" or "in total" sums parts before it joined by
    semicolons or "plus" too ("40 were boys; girls numbered 35; 70 pupils in all", "40
    diesel buses plus 35 electric ones – 70 vehicles in total"); so does a whole restated
    after them with "or" and closed by a break ("ticketed 60 cars and 45 vans, or 90
    vehicles, on the seafront"; not "60 wardens, or 90 if ...", a choice), and the whole a
    relative clause says a carrier the parts were on carried ("60 pilgrims and 45 students
    were on the coach, which was carrying 90 people"). A verb's particle "away" ("were
    turned away", "given away") is no venue of the home/away partition, and "the other" of
    two with its noun left out sets the last part apart ("60 work in one ward and 45 in the
    other"), also after a comma and the count of the two ("work at two wards, 60 in one
    and 45 in the other"). A sayer opening the parts' sentence ("Police said 60 drivers
    and 45 passengers ...") names no category of the first part, nor does the sentence
    before it; members read after their group end before a later figure no word sets
    apart (a title, a price: "..., as do another 45. ... the show 24 ..."). Counts of different
    nouns seated on a body sized by its members ("40 farmers joined 35 shopkeepers on the
    70-member panel", "the 62 farmers and the 48 traders who sit on the 101-seat board")
    are its parts, unless one is a category of a known partition and another not ("40
    farmers and 35 women": a woman may farm).
    A later part told to another period or stage than every part before it is no disjoint
    part: a future ("Another 70 will be cancelled next week", "are due to be"), a later
    time in its sentence ("A week later, 50 ...", "50 were later discharged", "since
    then"), or a verb that acts on those an earlier stage left ("45 were laid off. Forty
    were rehired"; "arrested" then "released"; "injured" then "discharged"): it may lie
    outside the whole's period or count members of an earlier part again; not "the other
    60" or "the remaining 60", the rest of the same whole whenever it is told.
    More forms of a whole and its parts: an answer after the verb read as the counted noun
    ("When 300 members were balloted, 180 voted yes and 150 voted no": the answer tells the
    parts apart); shares of a counted whole with "made up" ("Girls made up 58 per cent of
    the 240 entrants, and boys 49 per cent": no rise); "Of that number" (or "this group")
    pointing back, and "the balance" or "the remainder" as the rest of the whole; a whole
    summing up the sentence before ("Ferries landed 160 and buses 95. That made 230
    visitors"; before such a whole, or "In all", the parts of the sentence before may each
    have a subject and verb of their own: "Vans brought 140 and the council bused 85");
    parts fronted by "Including" before their whole ("Including 40 from Cork
    and 35 from Galway, 70 choirs sang"); places named before their counts after a colon
    ("150 applicants from three counties: Kerry 70, Clare 60 and Mayo 30"); a whole sized
    as a compound modifier given out by a verb of allotting ("devotes", "allots", "gives
    over", "spends", "assigns"), each part by one and the same preposition to a thing of
    its own ("The 240-page guide devotes 150 pages to hotels and 110 to walks"; not two
    prepositions); parts counted in nouns of the whole's kinds ("210 homes ... 120 houses
    and 100 flats"; dwellings, vehicles, vessels, aircraft, animals, buildings; not people,
    whose roles overlap); one verb twice about one thing, named by the first part and
    pointed back at by the later ones, each saying a different state of it in a few words
    ("50 wanted the library closed and 45 wanted it kept open", "62 per cent said the road
    was safe and 47 per cent said it was dangerous": one answer each to one question; not
    "said it was too loud ... said it was too hot", where "it" may be two things, nor
    clauses of their own); "of them" right after a share names its whole as "of the 300
    staff" does ("65 per cent of them said ... and 52 per cent said ..."); after the parts'
    own count and a colon, each part's holder and verb ("The 180 bids came from two towns:
    Leeds sent 120 and York 75"); a table written as labelled lines, bare figures each
    after a label and a colon, the one labelled a total the whole ("Riders, juniors: 140.
    Riders, seniors: 95. Riders in total: 220."; "Barley: 140. Oats: 95. Total: 220.").
    Not parts of one whole: shares answering two questions, each with its own verb of
    thinking or saying ("70 pct expected lower sales and 55 pct feared job cuts"; one verb
    twice answers one question); a share written as a modifier ("a 75 pct majority was
    required") or on another base ("47.5 pct on a fully diluted basis"); a holder's figure
    set against another period's ("2.1 billion in May, down from April's 2.6 billion");
    a bare figure with decimals (a ratio, "running at 1.40") as a whole.
    Fractions in words, each the subject of its clause, of one whole ("Of the 96 tenants,
    three-quarters approved the rules and a third rejected them"), told apart as shares
    are; two holders' shares set against each other ("won 62 per cent against the
    stayers' 45 per cent"; not another period's, "against last year's"); a counted part
    "out of" a bare whole, then holders named with the verb left out ("took 31 seats out of
    60 and the Liberals 35"; not a later part with a verb of its own, "with 35 raising
    wages"); amounts each named by a noun and "of" before them ("ticket sales of $30
    million and catering income of $25 million made up the stadium's $50 million"); parts
    drawn "from the" whole named last, each after a holder of its own ("Libraries will get
    £30m and parks £25m from the £50m fund"; not in a sentence of a change, "rose to ...
    from"); the parts' subject pointed back at, closing on their sum in the next sentence
    ("They finished with 70"). A date inside what a part is said to say or plan ("180 say
    they will vote this autumn") does not date the part; complaints of degree ("said it was
    too slow ... said it was too crowded") are no answers to one question. "Take up" before
    a share is a verb of filling part of the whole ("rent takes up 58% of costs, while wages
    take up 49%"), not a rise ("went up 58%"). A thing's owners' shares, each named after
    "by", are shares of the thing ("is 62 per cent owned by the region and 55 per cent
    (owned) by a fund"); "a 60 percent owned unit" stays a holding of its own.
    Level: an error (parts cannot add up to more than their whole).
    Also read: "and that" opening the second of two reported clauses ("said that 226 of
    the 413 schools had reopened and that 264 remained shut") only repeats the reporting
    frame; a count in words whose verb is left out ("... and thirty from the host
    country", "and three hundred and six the navy") is read though the extraction leaves it;
    a small count of those the parts are shared among in the whole's clause ("The 253
    claims were handled by two offices, 180 by ... and 133 by ...") is no part; a whole the
    parts come from named by a noun and its size after them (", from an electorate of only
    29"; "out of only 29"); parts opening the sentences right after their whole, each the
    subject of its verb and counting the whole's own noun ("The shelter took in 186 dogs.
    120 dogs were adopted. 90 dogs went to new owners.").
    Read from the claims before the frames: a number compound sizes its own noun ("the
    220-room hotel") when the article counts that noun again after it below its size ("130
    of its rooms ..."; not "a 64-bit server" with no rooms or bits counted again), and "of
    its rooms" or "of their seats" names a group sized earlier as "of the rooms" does; a
    fraction in words taken from a counted whole is a count of it ("Three-quarters of the 120
    tenants backed it, and 40 opposed it": 90 + 40); a share in brackets right after a
    count is that count's own share, read as an aside ("140 (56%) finished and 130 dropped
    out"); a count "of" a word in an adjective's or an adverb's form is a bare figure ("50
    were positive and 45 negative"); "other" in what the last part is ("30 were Canadian
    and 25 were from other countries", "50 in the stadium and 40 in other parts of the
    town") makes it the rest of the whole (not "25 other tourists", another group); a body
    sized in members is sized in seats where its sentence counts seats ("took 90 seats and
    the Liberals 80 in the 160-member senate"); a verb of splitting is read in any of its
    forms ("broke down into", "splits", "divides"); a results table written in a line
    anywhere after the one voting body the article sizes in seats ("the 90-seat council ...
    Result: Harbour Party 50, Hill Alliance 35, independents 12") shares that body out (not
    when two bodies are sized differently; a body sized in members only by a table naming
    seats); a table written in a line, names as labels before bare
    figures ("Green Party 70, Farmers' League 40 and independents 15"), is read as a list of
    parts even where the extraction leaves the figures out.
    Parts paired with categories of their own: bare counts taken from a whole ("200 and
    150 of the 300 claims", "Of the 300 claims, 200 and 150") with as many categories
    before "respectively", told apart by their words (not periods or ordinals: "attended
    the first and second days respectively" may count one member twice); "200 of the
    former and 150 of the latter" after the one count of their sentence; as many counts as
    the groups a whole is put into ("The 300 players were split into two squads of 200
    and 150"). A floor on a part ("at least 150", "no fewer than 150") is read as the bare
    part (the parts still pass the whole), and a whole that is a floor itself ("at least
    300 were hurt", "more than 300") is no whole parts can exceed. An age bound naming a
    part's category ("150 were over 65", "65 or older", "18-year-olds") counts nothing. A
    group joined by another ("200 drivers were joined on the picket line by 150
    conductors, making 300 in all") is a part beside it; "Together they number 300" sums
    the sentence before; a share opening a later sentence with "Another", "A further",
    "The other" or "The remaining", no other percentage between ("60% voted to accept.
    Another 55% rejected it.") is one more share of the same whole; a percentage of change
    between ("Turnout rose 4 per cent.") is no share and does not part them. Whether the
    parts are told apart is read from their own sentence alone: the words after the last
    part stop at its full stop (the article's next sentence describes none of them), and
    a bare last part closing its sentence is described by the words written with its
    figure ("170 part-time.") or by its own clause before it ("; cattle, 45."). The "of
    whom" aside of a whole that is itself a part of a count before it ends at a comma
    before "and" ("Of
    the 240 delegates, 130 were women, of whom 45 were teenagers, and 95 came from rural
    schools": the 95 are of the 240). A sentence opening "The" or "All" and a count of the
    noun the sentence before listed as parts ("200 runners came from abroad and 150 from
    the host country. The 300 runners set off ...") names them all: their whole.
    The verbs of parts are read as a gapped list reads them: a part's verb said again
    before the next part ("Coaches carried 2,000 of the 3,000 fans, and trains carried
    1,500"; "Women account for 200 of the 300 staff and men account for 150"; not verbs of
    saying or estimating, "The Greens say 35 and the Liberals say 30"); a present verb of
    composition or numbering ("Farmers form 200 of them", "women number 150"; not in a
    relative clause sizing the whole, "whose members number 300") as "are"; a percentage
    of change inside a part's clause ("200 saw sales rise by more than 12%") is a measure
    of that part, not a part and no break in the list.
    A whole after its parts in more shapes: the parts as the subject of a finite verb
    carrying a total ("700 by road and 450 by rail took the club's total to 1,000"); a
    clause after a break summing them by what they hold jointly ("; between them they hold
    all 80", ", together holding all 80"; a verb of holding, numbering or winning, not
    "together they want 80 more"); a total named by its noun opening a sentence right after
    the parts', across a paragraph too ("Judges put the total at 1,200", "the tally stood
    at"); in brackets after them, told by what all of it did or "in all" ("140 for and 90
    against (200 votes cast)"; parts each after a label of their own, "for 140, against
    90", are one count's categories); in the attribution after a quotation of the parts
    ('"We sent 60 by coach and 55 by train," the head said of the school's 100 pupils').
    A subject sized in an aside by a noun and "of", then a verb of having members whose
    objects are each counted in a noun of its own ("The zoo, with a staff of 80, employs 50
    keepers and 45 gardeners"; not with a noun of sex or age, which cuts across a job). A
    part gapped after a fronted phrase of source or place reads as one after its subject
    ("From the hills came 60 of the 100 walkers, and from the coast 55"; not a time, "and
    in May 55").
    A whole named as a blend of its parts ("the 300 homes are a mix of 170 flats and 160
    houses"; "a mixture", "a combination"); a gapped last part counted in one capitalized
    word ("of whom 70 were British and 60 Irish"), read though the extraction leaves it
    out; a whole's noun phrase with a participle's phrase of up to five words before
    "were" ("the 300 patients treated at the field hospital were 170 children and ..."); a
    count's change in brackets right after it ("won 35 seats (up four) and the
    Conservatives 31 (down two)", "(+4)", "(unchanged)") is no part and no break in the
    list; a shared whole's first holder named with a relative clause of what it took
    ("shared between a nurse, who took £170,000, and a syndicate, with £160,000"); parts
    told apart by "as" and an object each ("170 as inpatients and 160 as outpatients").
    Not parts of a whole: counts in a noun of another class than the whole's, what its
    members handle ("The 12 carmakers displayed 40 German and 35 Japanese cars": people or
    firms against vehicles, animals, vessels, buildings); parts each told by a period of
    its own ("170 sold this year and 160 last", "in the first half ... in the second"),
    counts in successive periods, unless the whole is stated as their total ("a total of",
    "over the two years", "in two phases", "a mix of 170 ... and 160 ...", a whole after
    them) or the parts' verb dates when each member became one ("90 joined in March and
    80 in April", "were built").
    Known limits: a part more than three times its whole is taken to count something else,
    and in a list of several figures one above the first makes it no whole of the others;
    parts described by different words may still overlap ("70 were women and 60 were over
    50").
    Also read: the count of places the parts come from, before a comma and parts each told
    by that preposition's object ("moved 300 people from two blocks, 180 from one and 160
    from the other"; "came from two countries, 180 from France and 160 from Spain"), "the
    other" of two closing the last part no longer reads as another group; a table of
    labelled lines with no full stops ("Labour: 30", a line break, "Greens: 25", "Total:
    50"); a part's change from another period in commas right after it ("180 were women,
    up from 120 a year earlier, and 160 were men") is no part and no break in the list;
    a sum paid by the amounts after it ("the £300m cost will be met by £180m from ... and
    £160m from ...", "is funded by"); one candidate's votes against a rival's and the
    votes cast ("polled 12,000 votes to Okafor's 9,500, with 20,000 cast"); things handed
    back ("160 were returned to their owners") are an outcome beside the others, not a
    later stage of those an earlier part left.
    Also read: a yes and its denial, the second part with the first's verb and the rest
    left out ("180 said they felt safe, whereas 160 said they did not"); a whole sized by
    a noun for a group's size ("a workforce of 300", "a turnout of 4,000") and one the
    words call a sum ("a combined membership of 300: 180 at ... and 160 at ..."); parts
    opening the next sentence after a word of approximation ("Some 1,800 came ..."); lines
    opening with a bullet, those labelled "of which" parts of the line before them ("*
    Flights: 300", "* of which delayed: 160"); what a sum goes on ("the £300,000 budget
    covers £180,000 in wages and £160,000 in rent", "goes on", "is spent on"); shares of a
    whole counted with its owner ("58% of the firm's 1,200 staff and men 49%"); a whole
    told as its parts' joint sum right after them ("300 and 400 pupils, or 600 between
    them"); parts fronted by "With" before a clause whose verb draws, has or numbers a
    whole of their own noun ("With 300 entries from schools and 200 from adults, the
    competition drew 420 entries"); the wire's "including" with no comma before it
    ("stocks of 2,600,000 bushels including 1,600,000 in Chicago and ..."); a total
    named after its parts by "making a total of" ("..., making a total of 450 mln dlrs").
    Also read: a part's own aside about some of it is no part of the whole ("Of the 90 on
    the list, 50 are families - 12 of them with babies - and 55 are single adults", the
    same in brackets or after ", among them" or ", including"; the list goes on after the
    aside); "The 40 of them" or "All 40 of them" opening the sentence after a group is the
    whole said again, not a part of it; a subject that "is split", "is divided" or "was
    shared" out in shares has those shares for its parts ("is split 50 pct to the parent,
    40 pct to a bank and 30 pct to the state"); "Of those arrested," points back at the
    nearest count whose noun shares the participle's stem ("made 100 arrests"), past
    figures of other things in between; a part joined to the part before as its company
    ("30 volunteers, together with 40 paid staff, make up the 60-strong team", "along
    with", "30 students worked alongside 40 archaeologists; ... 60 people in all").
    """
    context = _changes_in_commas_read_apart(_changes_in_brackets_read_apart(context))
    context = _lower_bounds_read_bare(_complementisers_read_apart(context))
    context = _parts_of_an_of_whole_as_written(_with_out_of_read_apart(context))
    context = _answers_read_bare(_adjectives_read_bare(context))
    context, counted_compounds = _compounds_counted_again(_seats_as_members(context))
    context = _own_shares_set_aside(context)
    context = _part_verbs_read_plainly(context)
    context, fractions = _fractions_of_a_counted_whole(context)
    body = context.article.body
    counts = [
        claim
        for claim in context.claims
        if (_is_count(claim) and not _age_bound(body, claim))
        or claim.start in counted_compounds
        or claim.start in fractions
        or _made_up(body, claim)
        or ("-" in claim.text and _allotted_whole(body, claim))
    ]
    gapped = _gapped_holders_counts(context, counts) + _labelled_list_counts(context)
    if gapped:
        counts = sorted([*counts, *gapped], key=lambda claim: claim.start)
    # Measures are read apart from counts: a distance between two counts is no part of a
    # list of them, nor the whole a count in the next sentence is part of.
    measures = [claim for claim in context.claims if _is_additive_measure(claim)]
    if not any(claim.dimension in _ADDITIVE_MEASURES for claim in measures):
        measures = []  # plain figures alone: no measure to share out
    flagged: set[int] = set()
    for finding in _paired_parts_over_whole(context, counts):
        flagged.add(finding.evidence["whole"]["start"])
        yield finding
    for finding in _definite_whole_after_parts(context, counts):
        flagged.add(finding.evidence["whole"]["start"])
        yield finding
    yield from _shares_over_whole(context)
    yield from _fractions_over_whole(context)
    for finding in _tallies_over_whole(context, counts):
        flagged.add(finding.evidence["whole"]["start"])  # one finding per whole
        yield finding
    # The phenomenon read whole, a backup for the frames: a count of another thing in an
    # aside between a whole and its parts ("The 300 delegates, drawn from 12 countries,
    # split 170 for and 150 against") belongs to neither, so the frames read the counts
    # again without it.
    asides = _counts_in_asides(body, counts) if len(counts) > 2 else set()
    pools = [counts, measures]
    if asides:
        pools.append([claim for claim in counts if claim.start not in asides])
    for finding in _tally_lines_against_body(context):
        flagged.add(finding.evidence["whole"]["start"])
        yield finding
    used = _frames_used(body)
    for pool in pools:
        for parts in _stated_parts(context, pool, used):
            if parts.whole.start in flagged or parts.whole.qualifier in _NOT_A_SHARED_WHOLE:
                # "offering up to 700 dlrs": a cap on each, not a whole shared out; "at
                # least 300 people were hurt": a floor, which parts may pass
                continue
            stated = _with_rest_in_next_sentence(context, pool, parts)
            finding = _judge_parts(context, stated)
            if finding is not None:
                flagged.add(stated.whole.start)
                yield finding


# "..., with Europe taking 59 and Asia 63.", "Spain sent 151 and Portugal 87": a figure
# after a holder's name whose verb is left out, joined to the list before it.
_GAPPED_HOLDER_COUNT = compile_pattern(
    r"(?:,|\band)\s+(?:the\s+)?[A-Z][a-z]+\s+(?P<number>\d{1,3}(?:,\d{3})*)(?=\s*(?:[.;,]|$))"
)

# "of whom 70 were British and 60 Irish": a bare figure before one capitalized word closing
# its clause (a nationality, a party, a faith), its verb left out; the extraction reads no
# count of a capitalized word.
_GAPPED_CAPITALIZED_COUNT = compile_pattern(
    r"(?:,|\band)\s+(?P<number>\d{1,3}(?:,\d{3})*)\s+[A-Z][a-z]+(?=\s*(?:[.;,]|$))"
)

# "... and thirty from the host country", "... and three hundred and six the navy": a count in
# words whose verb is left out, its object or preposition right after it (the words are
# checked to be numbers apart: a pattern of every number word is slow to try at each "and").
_GAPPED_WORD_COUNT = compile_pattern(
    r"(?:,|\band)\s+(?P<number>[a-z]+(?:-[a-z]+)?(?:\s+hundred(?:\s+and\s+[a-z]+(?:-[a-z]+)?)?)?)"
    r"\s+(?=(?:from|in|at|to|by|for|on|into|the|its|their)\b)"
)


def _gapped_holders_counts(context: ArticleContext, counts: list[Claim]) -> list[Claim]:
    """Bare counts the extraction leaves unread after a holder's name in a gapped list
    ("Spain sent 151 and Portugal 87"), in a sentence that holds two counts or more before
    them: read as bare figures, so that the list's last part is not lost."""
    per_sentence: dict[tuple[int, int], int] = {}
    for claim in counts:
        bounds = sentence_bounds(context, claim.start)
        per_sentence[bounds] = per_sentence.get(bounds, 0) + 1
    found: list[Claim] = []
    for (start, end), number in per_sentence.items():
        if number >= 2:
            found.extend(_gapped_in_sentence(context, counts, start, end))
    return found


# A table written in a line: "Seat count: Northern Alliance 170, Civic Union 120,
# independents 40." Each item a label (a name of up to four words, or a plural) and a
# bare figure, the items joined by commas, semicolons or "and", the list opening after a
# colon, a dash or the sentence's start.
_LABELLED_ITEM = (
    r"(?:[A-Z][\w'’.-]*\s+){0,3}(?:[A-Z][\w'’.-]*|[a-z]+s)\s+\d{1,3}(?:,\d{3})*"
    r"(?=\s*(?:[.;,]|\band\b|$))"
)
_LABELLED_LIST = compile_pattern(
    rf"(?:^|[:—–]\s*|\s-\s+)(?P<list>{_LABELLED_ITEM}(?:\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)"
    rf"{_LABELLED_ITEM})+)"
)
# A name before a bare figure and a comma or "and": where a table in a line may start.
_LABELLED_HINT = compile_pattern(r"[A-Z][\w'’.-]*\s+\d{1,3}(?:,\d{3})*\s*(?:[,;]|and\b)")
_LABELLED_FIGURE = compile_pattern(
    r"(?<=\s)(?P<number>\d{1,3}(?:,\d{3})*)(?=\s*(?:[.;,]|\band\b|$))"
)


def _labelled_list_counts(context: ArticleContext) -> list[Claim]:
    """The figures of a table written in a line ("Alliance 170, Union 120, independents
    40") that the extraction leaves unread (a figure after a name is often read as part of
    the name): bare counts, each told apart by its label, so that the list is read whole
    beside its whole (a chamber's seats, a total) as any other list of parts."""
    body = context.article.body
    label = _LABELLED_HINT.search(body)
    if label is None:
        return []  # (most articles: no name before a figure and a comma)
    found: list[Claim] = []
    for start, end in context.sentences:
        if end <= label.start():
            continue
        taken: list[tuple[int, int]] | None = None
        sentence = body[start:end]
        for listed in _LABELLED_LIST.finditer(sentence):
            names = re.findall(r"(?:^|[,;]\s*|\band\s+)([A-Z])", listed.group("list"))
            if len(names) < 2:
                continue  # labels that are names, at least two: a table, not prose
            if taken is None:
                taken = [(c.start, c.end) for c in context.claims if start <= c.start < end]
            offset = start + listed.start("list")
            for figure in _LABELLED_FIGURE.finditer(listed.group("list")):
                first, last = offset + figure.start(), offset + figure.end()
                if any(a < last and first < b for a, b in taken):
                    continue
                text = figure.group("number")
                value = float(text.replace(",", ""))
                found.append(Claim(context.article.id, "quantity", text, first, last, value=value))
    return found


# A voting body sized by its seats or members: "the 300-seat chamber", "the 120-member board".
_BODY_SIZE_WORDS = frozenset(("seat", "member"))


def _tally_lines_against_body(context: ArticleContext) -> Iterator[Finding]:
    """ "Voters elected the 300-seat chamber on Sunday. ... Seat count: Northern Alliance
    170, Civic Union 120, independents 40.": a table of holders written in a line, further
    on in the article, shares out the one voting body the article sizes in seats or members
    (one size only: two bodies sized differently leave it unsaid which one; a body sized in
    members only by a table that names seats). Its figures are parts of that body, however
    far apart the two are written."""
    body = context.article.body
    sizes = [
        claim
        for claim in context.claims
        if claim.value
        and (compound := _NUMBER_COMPOUND.match(claim.text)) is not None
        and compound.group(1)[0].isdigit()
        and lemmatize_noun(compound.group(2)) in _BODY_SIZE_WORDS
    ]
    if not sizes or len({claim.value for claim in sizes}) != 1:
        return
    whole = sizes[0]
    if _LABELLED_HINT.search(body, whole.end) is None:
        return
    for start, end in context.sentences:
        if start < whole.end or start - whole.end > _REFERENT_REACH:
            continue
        sentence = body[start:end]
        if "%" in sentence or "per" in sentence.lower():
            continue  # shares, not seats
        if "-seat" not in whole.text and "seat" not in sentence.lower():
            continue  # a body sized in members: only a table of its seats shares it out
        for listed in _LABELLED_LIST.finditer(sentence):
            names = re.findall(r"(?:^|[,;]\s*|\band\s+)([A-Z])", listed.group("list"))
            if len(names) < 2:
                continue
            offset = start + listed.start("list")
            parts = [
                Claim(
                    context.article.id,
                    "quantity",
                    figure.group("number"),
                    offset + figure.start(),
                    offset + figure.end(),
                    value=float(figure.group("number").replace(",", "")),
                )
                for figure in _LABELLED_FIGURE.finditer(listed.group("list"))
            ]
            if len(parts) < 2 or any((part.value or 0) >= (whole.value or 0) for part in parts):
                continue
            finding = _judge_parts(context, _Parts(whole, parts, True))
            if finding is not None:
                yield finding
                return


def _gapped_in_sentence(
    context: ArticleContext, counts: list[Claim], start: int, end: int
) -> Iterator[Claim]:
    """`_gapped_holders_counts` in one sentence, from `start` to `end`: counts in digits
    first, then counts in words."""
    body = context.article.body
    # The claims' spans in the sentence, gathered at its first match only (most have none).
    taken: list[tuple[int, int]] | None = None
    for pattern in (_GAPPED_HOLDER_COUNT, _GAPPED_CAPITALIZED_COUNT, _GAPPED_WORD_COUNT):
        for match in pattern.finditer(body, start, end):
            first, last = match.span("number")
            if taken is None:
                taken = [(c.start, c.end) for c in context.claims if start <= c.start < end]
            if any(a < last and first < b for a, b in taken):
                continue
            if sum(1 for claim in counts if start <= claim.start < first) < 2:
                continue
            text = match.group("number")
            value = _gapped_value(text, in_words=pattern is _GAPPED_WORD_COUNT)
            if value is not None:
                yield Claim(context.article.id, "quantity", text, first, last, value=value)


def _gapped_value(text: str, *, in_words: bool) -> float | None:
    """The value of a gapped count: digits ("1,200") or number words ("forty-two")."""
    if not in_words:
        return float(text.replace(",", ""))
    words = text.split()
    if words[0].split("-")[0] not in NUMBER_WORD_VALUES:
        return None
    parsed = parse_number_words(words)
    return None if parsed is None else parsed.value


# An aside opening before a count and closing after its noun: ", drawn from 12 countries,".
_ASIDE_OPENS = compile_pattern(r"[,(–—]\s*(?:[a-z]+\s+){0,4}$")
_ASIDE_CLOSES = compile_pattern(r"[^,.;:()–—\d]{0,30}[,)–—]")


def _counts_in_asides(body: str, counts: list[Claim]) -> set[int]:
    """The starts of counts set off in an aside between two other counts, counting a noun
    neither of them counts: what the whole is drawn from or made in, not a part of it."""
    found: set[int] = set()
    for before, claim, after in zip(counts, counts[1:], counts[2:], strict=False):
        if not claim.unit or claim.unit in (before.unit, after.unit):
            continue
        if claim.start - before.end > _ASIDE_REACH or after.start - claim.end > _ASIDE_REACH:
            continue
        if not (
            _ASIDE_OPENS.search(body[before.end : claim.start])
            # "The 300 claims went to two offices, 170 to ...": those the parts are shared
            # among, named in the whole's clause right before the parts' comma.
            or (
                claim.value is not None
                and claim.value <= _MOST_HOLDERS
                and _HOLDERS_OPEN.fullmatch(body, before.end, claim.start)
            )
        ):
            continue
        if _ASIDE_CLOSES.match(body, claim.end, after.start) is None:
            continue
        found.add(claim.start)
    return found


_ASIDE_REACH = 60
_MOST_HOLDERS = 12
_HOLDERS_OPEN = compile_pattern(
    r"[^.;:,\d]{0,40}\b(?:by|among|between|across|to|into|at|in|over)\s+", re.I
)


# "70 out of 120", read by the extraction as one fraction: a part and its whole.
_OUT_OF_FRACTION = compile_pattern(r"^(?P<part>\d[\d,]*)\s+out\s+of\s+(?P<whole>\d[\d,]*)$")
_COUNTED_NOUN_AFTER = compile_pattern(r"\s+([a-z]{3,}s)\b")
_NOT_A_COUNTED_NOUN = frozenset(("was", "has", "does", "goes", "is"))


# "Of the 40 vans, ": a whole opening its sentence with "of", its parts after the comma.
_OF_WHOLE_OPENING = compile_pattern(
    r"(?:^|[.;:!?\"“(]\s*|\n\s*)[Oo]f\s+(?:the|its|their|our|his|her|those|these|all)\s+$"
)


def _parts_of_an_of_whole_as_written(context: ArticleContext) -> ArticleContext:
    """ "Of the 40 vans, 25 passed and 12 failed": extraction gives the parts the whole's
    noun (they count vans). The frames tell parts apart by how they are written, a bare
    count or a count with its own noun, so the parts written without a noun are read bare
    here, as written."""
    body = context.article.body
    if "of " not in body and "Of " not in body:
        return context
    claims = list(context.claims)
    changed = False
    whole: Claim | None = None
    for index, claim in enumerate(claims):
        if whole is not None and claim.sentence_start != whole.sentence_start:
            whole = None
        if claim.dimension != "count" or not claim.unit:
            continue
        if whole is not None and claim.unit == whole.unit and not _noun_written(claim):
            claims[index] = replace(claim, unit=None, dimension=None)
            changed = True
        elif _OF_WHOLE_OPENING.search(body, max(0, claim.start - 60), claim.start):
            whole = claim
    return replace(context, claims=tuple(claims)) if changed else context


# "372 answered yes": a count read with its verb and the verb's object, which counts nothing.
_VERB_THEN_ANSWER = compile_pattern(
    r"^(?P<number>[\d,]+)\s+(?:[a-z]{3,}ed|said|voted|chose)\s+(?:[a-z]+\s+)?"
    r"(?:yes|no|for|against|aye|nay)$"
)


_ANSWERS = frozenset(("yes", "no", "for", "against", "aye", "nay"))
# Verbs of saying or thinking the extraction may take for a counted noun ("455 say").
_VERB_UNITS = frozenset(("say", "said", "think", "thought", "believe", "expect", "want"))
_VERB_AS_NOUN = compile_pattern(r"^(?P<number>[\d,]+)\s+[a-z]+$")
_READ_BARE = _ANSWERS | _VERB_UNITS
_UNIT_OF = attrgetter("unit")


def _answers_read_bare(context: ArticleContext) -> ArticleContext:
    """ "When 474 parents were polled, 372 answered yes and 211 answered no": the extraction
    may take the answer after a verb for the noun a count counts ("yes"). Such a count is
    a bare figure, its verb and answer the words that tell it apart."""
    if _READ_BARE.isdisjoint(map(_UNIT_OF, context.claims)):
        return context  # (most articles: one pass in C over the claims' units)
    claims = list(context.claims)
    for index, claim in enumerate(claims):
        # ("455 say they will ...": the verb itself taken for the noun)
        pattern = _VERB_AS_NOUN if claim.unit in _VERB_UNITS else _VERB_THEN_ANSWER
        answer = pattern.match(claim.text) if claim.unit in _READ_BARE else None
        if answer is None or claim.dimension != "count":
            continue
        number = answer.group("number")
        claims[index] = replace(
            claim, text=number, end=claim.start + len(number), unit=None, dimension=None
        )
    return replace(context, claims=tuple(claims))


_OPENS_BRACKET = compile_pattern(r"\s*\(\s*$")
_CLOSES_BRACKET = compile_pattern(r"\s*\)")


def _own_shares_set_aside(context: ArticleContext) -> ArticleContext:
    """ "Of the 300 applicants, 170 (57%) were offered a place and ...": a share in brackets
    right after a count is that count's own share of the whole, the same part said again;
    it is set aside, so that it neither splits the list of parts nor counts as a part (the
    bracket is read as blank, every other offset unchanged)."""
    body = context.article.body
    if "(" not in body:
        return context
    claims = context.claims
    kept: list[Claim] = []
    blanked: list[tuple[int, int]] = []
    for index, claim in enumerate(claims):
        previous = claims[index - 1] if index else None
        if (
            previous is not None
            and claim.dimension == "percent"
            and previous.dimension != "percent"
            and previous.value is not None
            and _OPENS_BRACKET.fullmatch(body, previous.end, claim.start)
            and (closing := _CLOSES_BRACKET.match(body, claim.end))
        ):
            blanked.append((previous.end, closing.end()))
            continue
        kept.append(claim)
    if not blanked:
        return context
    for start, end in blanked:
        body = body[:start] + " " * (end - start) + body[end:]
    article = replace(context.article, body=body)
    return replace(context, article=article, claims=tuple(kept))


# A verb of composition or of numbering in the present, right before a part: "Farmers form
# 200 of them", "women number 150", read as "are".
_PRESENT_PART_VERBS = tuple(
    # (one pattern per verb, each opening with its literal: a fast scan of the body)
    compile_pattern(
        rf" (?P<verb>{verb}s?)"
        r"\s+(?:(?:about|around|some|nearly|almost|roughly|just|only)\s+)?"
        r"(?P<number>\d{1,3}(?:,\d{3})*|\d+)(?![\w.,%-]*\d)(?!\s*(?:%|per\s*cent|percent|pct))"
    )
    for verb in ("form", "number", "constitute", "represent")
)
# Its subject: a plural noun right before it.
_PLURAL_BEFORE = compile_pattern(
    r"(?:\b[A-Za-z][a-z]*s|\b(?:[Mm]en|[Ww]omen|[Pp]eople|[Cc]hildren|[Ss]taff|[Cc]rew))\s+$"
)
_RELATIVE_BEFORE = compile_pattern(r"\b(?:whose|who|which|that)\s+(?:[a-z]+\s+){0,2}$", re.I)
# The words right before a part that may be its verb: one word, or a verb and a particle
# or preposition ("carried", "account for", "make up", "came to").
_LOWER_WORD = compile_pattern(r"[a-z]+")
_PARTICLES = frozenset(("for", "up", "to", "in", "out", "off", "away", "back"))
# A later part's clause opening before the repeated verb: "and special trains carried",
# ", while men account for".
_CLAUSE_THEN_SUBJECT = compile_pattern(
    r"(?:[,;]|\band|\bwhile|\bwhereas|\bbut)\s+(?:[A-Za-z][\w'’-]*\s+){1,3}?$"
)
# A percentage of change inside a part's clause ("200 saw sales rise by more than 12%"):
# a measure of the part, neither a part nor a break in the list of parts.
_CHANGE_BEFORE_PERCENT = compile_pattern(
    r"\b(?:ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|gain(?:s|ed)?|drop(?:s|ped)?|"
    r"grow(?:s|th)?|grew|(?<!\bmade\s)(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmaking\s)up|down|"
    r"increases?|decreases?|declines?)\s+"
    r"(?P<amount>(?:of\s+|by\s+)?(?:(?:more|less|fewer)\s+than\s+|up\s+to\s+|about\s+|nearly\s+|"
    r"almost\s+|some\s+|over\s+)?)$",
    re.I,
)
_PART_VERB_NOT = frozenset(
    ("the", "and", "but", "with", "from", "than", "that", "which", "who", "were", "are", "was")
)


def _part_verbs_read_plainly(context: ArticleContext) -> ArticleContext:
    """The verbs of parts read as the frames read them, offsets unchanged: a part's verb
    said again before the next part ("Coaches carried 2,000 of the 3,000 fans, and trains
    carried 1,500"; "Women account for 200 ... and men account for 150") is left out as in
    a gapped list ("and trains 1,500"); a present verb of composition or numbering before
    a part ("Farmers form 200 of them", "women number 150") reads as "are"; a percentage
    of change inside a part's clause ("rise by more than 12%") is blanked, the measure of
    one part and not a part of the whole."""
    body = context.article.body
    edits: list[tuple[int, int]] = []
    added = _present_part_verbs(context, edits)
    claims = context.claims
    if added:
        claims = tuple(sorted([*claims, *added], key=attrgetter("start")))
    kept = []
    seen: dict[int, set[str]] = {}
    # Counts (not shares) per sentence: a list of parts needs two.
    counts = Counter(
        claim.sentence_start
        for claim in claims
        if claim.value is not None and claim.dimension != "percent"
    )
    counted: set[int] = set()  # sentences with a count read so far
    for claim in claims:
        if claim.dimension == "percent" and claim.sentence_start in counted:
            before = body[max(claim.sentence_start, claim.start - 40) : claim.start]
            change = _CHANGE_BEFORE_PERCENT.search(before)
            if change is not None:
                # (with its "by more than": no word of the amount is left to read)
                edits.append((claim.start - len(before) + change.start("amount"), claim.end))
                continue
        kept.append(claim)
        if claim.value is None or claim.dimension == "percent":
            continue
        counted.add(claim.sentence_start)
        if counts[claim.sentence_start] > 1:
            repeated = _verb_said_again(body, claim, seen.setdefault(claim.sentence_start, set()))
            if repeated is not None:
                edits.append(repeated)
    if not edits and not added:
        return context
    present = {start for start, _ in edits if _PRESENT_PART_VERB_WORD.match(body, start)}
    for start, end in edits:
        text = "are" + " " * (end - start - 3) if start in present else " " * (end - start)
        body = body[:start] + text + body[end:]
    article = replace(context.article, body=body)
    return replace(context, article=article, claims=tuple(kept))


_PRESENT_PART_VERB_WORD = compile_pattern(
    r"(?:form|forms|number|numbers|constitute|constitutes|represent|represents)\b", re.I
)


def _present_part_verbs(context: ArticleContext, edits: list[tuple[int, int]]) -> list[Claim]:
    """The spans of present verbs of composition before a part (added to `edits`), and the
    counts after them the extraction left out ("form 200", "number 200" read as a label)."""
    body = context.article.body
    added: list[Claim] = []
    for match in chain.from_iterable(verb.finditer(body) for verb in _PRESENT_PART_VERBS):
        start, end = match.span("verb")
        if not _PLURAL_BEFORE.search(body, max(0, start - 20), start):
            continue
        if _RELATIVE_BEFORE.search(body, max(0, start - 30), start):
            continue  # "the union, whose members number 300,": the size of a whole
        edits.append((start, end))
        first, last = match.span("number")
        if any(claim.start < last and first < claim.end for claim in context.claims):
            continue
        text = match.group("number")
        sentence_start = sentence_bounds(context, first)[0]
        value = float(text.replace(",", ""))
        added.append(
            Claim(
                context.article.id,
                "quantity",
                text,
                first,
                last,
                sentence_start=sentence_start,
                value=value,
            )
        )
    return added


def _verb_said_again(body: str, claim: Claim, earlier: set[str]) -> tuple[int, int] | None:
    """The span of the verb right before a count when an earlier count of its sentence had
    the same verb and a clause of its own opens before this one ("..., and trains
    carried 1,500"); `earlier` collects the sentence's verbs."""
    before = body[max(claim.sentence_start, claim.start - 60) : claim.start]
    if not before.endswith(" "):
        return None
    # (the last one or two words, read without a pattern: this runs for most counts)
    last = before.rsplit(None, 2)[-2:]
    if not last or not _LOWER_WORD.fullmatch(last[-1]):
        return None
    if len(last) == 2 and last[-1] in _PARTICLES and _LOWER_WORD.fullmatch(last[0]):
        words = f"{last[0]} {last[1]}"
    elif last[-1] in _PARTICLES:
        return None
    else:
        words = last[-1]
    head = words.split()[0]
    if len(head) < 3 or head in _PART_VERB_NOT or head in _ESTIMATING:
        return None  # ("The Greens say 35 and the Liberals say 30": claims, not parts)
    said_again = words in earlier
    earlier.add(words)
    verb_at = before.rfind(words)
    if verb_at < 0 or before[verb_at:].split() != words.split():
        return None  # (words split by more than one space: not read)
    if not said_again or _CLAUSE_THEN_SUBJECT.search(before, 0, verb_at) is None:
        return None
    start = claim.start - len(before) + verb_at
    return start, start + len(words)


def _fractions_of_a_counted_whole(context: ArticleContext) -> tuple[ArticleContext, set[int]]:
    """ "Two-thirds of the union's 300 members voted to strike, and 140 voted against": a
    fraction in words taken from a counted whole ("of the 300 members") is a count of that
    whole's members, its share of the whole; it is read as that count, a part beside the
    counts told in figures (their starts are returned: `_is_count` leaves compounds out)."""
    claims = list(context.claims)
    body = context.article.body
    starts: set[int] = set()
    for index, claim in enumerate(claims[:-1]):
        share = _FRACTION_VALUES.get(claim.text.lower())
        whole = claims[index + 1]
        if share is None or whole.value is None or whole.dimension != "count":
            continue
        taken = _PART_OF_WHOLE.match(body, claim.end)
        if taken is None or taken.end() != whole.start or not _is_count(whole):
            continue
        claims[index] = replace(
            claim, value=round(share * whole.value, 1), unit=whole.unit, dimension="count"
        )
        starts.add(claim.start)
    return (replace(context, claims=tuple(claims)) if starts else context), starts


# Nouns that count the members of a voting body one for one: a body's seats are its members.
_MEMBER_COUNTS = frozenset(("seat", "member"))


def _seats_as_members(context: ArticleContext) -> ArticleContext:
    """ "The party won 170 seats and its rival 160 in the 300-member parliament": a body
    sized in members ("the 300-member parliament") is sized in seats where its sentence
    counts seats, one seat to a member; the whole is read in the parts' noun."""
    units = {claim.unit for claim in context.claims}
    if not units >= _MEMBER_COUNTS:
        return context
    claims = list(context.claims)
    changed = False
    for index, claim in enumerate(claims):
        compound = _NUMBER_COMPOUND.match(claim.text)
        if claim.unit != "member" or compound is None or compound.group(2) != "member":
            continue
        bounds = sentence_bounds(context, claim.start)
        if any(other.unit == "seat" and bounds[0] <= other.start < bounds[1] for other in claims):
            claims[index] = replace(claim, unit="seat")
            changed = True
    return replace(context, claims=tuple(claims)) if changed else context


def _compounds_counted_again(context: ArticleContext) -> tuple[ArticleContext, set[int]]:
    """ "The 300-bed hospital ... 170 of its beds ...": a number compound sizes what it
    names ("32-bit", "a two-door car": no whole) only when the article counts its noun again
    after it, in a count of its own below it. Such a compound is read as the whole it is, a
    count of that noun, whatever head the extraction gave it ("hospital"); its starts are
    returned, as `_is_count` leaves compounds of other nouns out."""
    counted: dict[str, list[Claim]] = {}
    for claim in context.claims:
        if (
            claim.dimension == "count"
            and claim.unit
            and claim.value is not None
            and _NUMBER_COMPOUND.match(claim.text) is None
        ):
            counted.setdefault(claim.unit, []).append(claim)
    if not counted:
        return context, set()
    claims = list(context.claims)
    starts: set[int] = set()
    for index, claim in enumerate(claims):
        compound = _NUMBER_COMPOUND.match(claim.text)
        if compound is None or claim.value is None or claim.dimension not in ("count", None):
            continue
        number, word = compound.groups()
        noun = lemmatize_noun(word)
        if noun in _GROUP_SIZE_COMPOUNDS or word in NUMBER_WORD_VALUES:
            continue  # read as a group's size already
        if not number[0].isdigit() and number.lower() not in NUMBER_WORD_VALUES:
            continue  # "so-called"
        if noun in _NOT_GROUP_NOUNS or word in _PERIOD_WORDS:
            continue
        if not any(
            0 < other.start - claim.start <= _REFERENT_REACH and (other.value or 0) < claim.value
            for other in counted.get(noun, ())
        ):
            continue
        claims[index] = replace(
            claim,
            text=compound.group(0),
            end=claim.start + compound.end(),
            unit=noun,
            dimension="count",
        )
        starts.add(claim.start)
    if not starts:
        return context, starts
    return replace(context, claims=tuple(claims)), starts


# "160 negative", "40 seriously": a word of an adjective's or an adverb's form after a count
# above one, not written as a plural, names no counted thing.
_NOT_A_NOUN_FORM = compile_pattern(r"^(?P<number>[\d,]+)\s+[a-z]+(?:ive|ous|ful|ible|able|ly)$")


def _adjectives_read_bare(context: ArticleContext) -> ArticleContext:
    """ "Among those tested, 170 were positive and 160 negative": after a verb left out, the
    extraction may take what a count is said to be for the noun it counts. A count "of" a
    word in the form of an adjective or an adverb ("negative", "seriously") is a bare
    figure, that word what tells it apart."""
    claims = list(context.claims)
    changed = False
    for index, claim in enumerate(claims):
        if claim.dimension != "count" or not claim.unit or (claim.value or 0) <= 1:
            continue
        bare = _NOT_A_NOUN_FORM.match(claim.text)
        if bare is None:
            continue
        number = bare.group("number")
        claims[index] = replace(
            claim, text=number, end=claim.start + len(number), unit=None, dimension=None
        )
        changed = True
    return replace(context, claims=tuple(claims)) if changed else context


def _noun_written(claim: Claim) -> bool:
    """Whether a count's own text writes its counted noun ("25 vans"), not only the number."""
    words = re.findall(r"[A-Za-z]+", claim.text)
    return bool(words) and lemmatize_noun(words[-1].lower()) == claim.unit


# "said that 70 ... and that 60 ...": a conjunction, then "that" opening a reported
# clause whose subject is a count (in figures or in words).
_COORDINATED_THAT = compile_pattern(
    r"\b(?:and|but|while)\s+(?P<that>that)\s+(?=\d|(?:"
    + "|".join(sorted(NUMBER_WORD_VALUES, key=len, reverse=True))
    + r")\b)"
)


# "at least 150", "no fewer than 150": a floor on a count, read where its bare figure would be.
_LOWER_BOUND_WORDS = compile_pattern(
    r"\b(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|"
    r"a\s+minimum\s+of)\s+$",
    re.I,
)
# Wholes that are no fixed size to share out: a cap, a floor.
_NOT_A_SHARED_WHOLE = frozenset(("at_most", "at_least", "more_than"))


def _blanked(body: str, spans: list[tuple[int, int]]) -> str:
    """The body with each span (in order, not overlapping) turned into spaces, so that every
    offset stays as it was."""
    pieces: list[str] = []
    last = 0
    for start, end in spans:
        pieces.extend((body[last:start], " " * (end - start)))
        last = end
    pieces.append(body[last:])
    return "".join(pieces)


def _lower_bounds_read_bare(context: ArticleContext) -> ArticleContext:
    """ "At least 200 of the 300 injured were children and at least 150 were over 65": a
    floor on each part is read where a bare part would be (the words blanked, offsets kept),
    so the parts' list reads as without them; the claim keeps its qualifier, so a floor on
    the whole ("at least 300 were hurt") is still no whole parts can exceed."""
    body = context.article.body
    if "least " not in body and "fewer than" not in body and "minimum of" not in body:
        return context
    spans = []
    for claim in context.claims:
        if claim.qualifier != "at_least":
            continue
        words = _LOWER_BOUND_WORDS.search(body, max(0, claim.start - 24), claim.start)
        if words is not None:
            spans.append(words.span())
    if not spans:
        return context
    return replace(context, article=replace(context.article, body=_blanked(body, sorted(spans))))


# "35 seats (up four)", "31 (-2)", "12 (unchanged)": a count's change since the last count,
# in brackets right after it (its noun between at most).
_CHANGE_IN_BRACKETS = compile_pattern(
    r"(?<=\d)(?P<noun>(?:\s+[A-Za-z][\w'’-]*){0,2})\s*(?P<change>\(\s*(?:(?:up|down)\s+"
    r"(?:by\s+)?(?:\d[\d,.]*%?|[a-z]+(?:-[a-z]+)?)(?:\s+(?:from|on)\s+[^()]{1,24})?|"
    r"[+\-−–]\s?\d[\d,.]*%?|unchanged|no\s+change|same)\s*\))",
    re.I,
)
# Its opening bracket and first word alone: searched first, a literal the engine scans for.
_CHANGE_BRACKET_HINT = compile_pattern(
    r"\(\s*(?:up\b|down\b|[+\-−–]\s?\d|unchanged|no\s+change|same\b)", re.I
)


def _changes_in_brackets_read_apart(context: ArticleContext) -> ArticleContext:
    """ "Labour won 35 seats (up four) and the Conservatives 31 (down two)": a count's
    change in brackets right after it is no part and no break in the list; the brackets
    are read as if they were not written (blanked, so that every offset stays as it was,
    and the claims inside them dropped)."""
    body = context.article.body
    if "(" not in body or _CHANGE_BRACKET_HINT.search(body) is None:
        return context
    spans = [match.span("change") for match in _CHANGE_IN_BRACKETS.finditer(body)]
    return _spans_read_apart(context, spans)


def _spans_read_apart(context: ArticleContext, spans: list[tuple[int, int]]) -> ArticleContext:
    """The article with `spans` blanked (every offset kept) and the claims inside them
    dropped: what the parts are read without."""
    if not spans:
        return context
    claims = tuple(
        claim
        for claim in context.claims
        if not any(start <= claim.start < end for start, end in spans)
    )
    article = replace(context.article, body=_blanked(context.article.body, spans))
    return replace(context, article=article, claims=claims)


# "180 were women, up from 120 a year earlier, and 160 were men": a part's change since
# another period in an aside closed by a comma, right after the part's figure and at most
# a few words of its clause.
_CHANGE_IN_COMMAS = compile_pattern(
    r"(?<=\d)(?:\s+[A-Za-z][\w'’-]*){0,3}(?P<change>,\s*(?:up|down)\s+(?:by\s+[\w.,%]+\s+)?"
    r"from\s+(?:\d[\d,.]*%?|[a-z]+(?:-[a-z]+)?)(?:\s+[\w'’-]+){0,4}?)(?=\s*,)",
    re.I,
)
_CHANGE_COMMA_HINT = compile_pattern(r",\s*(?:up|down)\s", re.I)


def _changes_in_commas_read_apart(context: ArticleContext) -> ArticleContext:
    """ "Of the 300 recruits, 180 were women, up from 120 a year earlier, and 160 were
    men": a part's change from another period, in commas right after it, is no part and no
    break in the list; the aside is read as if it were not written (blanked, offsets kept,
    the claims inside it dropped), as a change in brackets is."""
    body = context.article.body
    if _CHANGE_COMMA_HINT.search(body) is None:
        return context
    spans = [match.span("change") for match in _CHANGE_IN_COMMAS.finditer(body)]
    return _spans_read_apart(context, spans)


def _complementisers_read_apart(context: ArticleContext) -> ArticleContext:
    """ "The ministry said that 70 schools had reopened and that 60 remained shut": the
    second "that" only repeats the reporting frame; the parts are read as if it were not
    written (the word is blanked, so that every offset stays as it was)."""
    body = context.article.body
    if "and that " not in body and "but that " not in body and "while that " not in body:
        return context
    spans = [match.span("that") for match in _COORDINATED_THAT.finditer(body)]
    if not spans:
        return context
    return replace(context, article=replace(context.article, body=_blanked(body, spans)))


def _with_out_of_read_apart(context: ArticleContext) -> ArticleContext:
    """ "70 out of 120 pupils passed and 65 failed": the fraction's two counts as two
    claims, a part and its whole, so that the other parts are added to the first."""
    if "out of" not in context.article.body:
        return context  # (most articles: no claim to read apart)
    claims: list[Claim] = []
    for claim in context.claims:
        fraction = _OUT_OF_FRACTION.match(claim.text) if claim.dimension == "fraction" else None
        if fraction is None:
            claims.append(claim)
            continue
        whole_start = claim.start + fraction.start("whole")
        whole = fraction.group("whole")
        value = float(whole.replace(",", ""))
        # "out of 120 pupils": the whole's counted noun, when a noun follows.
        noun = _COUNTED_NOUN_AFTER.match(context.article.body, claim.end)
        unit, dimension, end = None, None, claim.end
        if noun is not None and noun.group(1).lower() not in _NOT_A_COUNTED_NOUN:
            unit, dimension, end = lemmatize_noun(noun.group(1).lower()), "count", noun.end()
        text = context.article.body[whole_start:end]
        part = fraction.group("part")
        # The part counts what its whole counts ("70 out of 120 pupils": 70 pupils).
        claims.append(
            replace(
                claim,
                text=part,
                end=claim.start + len(part),
                value=float(part.replace(",", "")),
                dimension=dimension,
                unit=unit,
            )
        )
        claims.append(
            replace(
                claim,
                text=text,
                start=whole_start,
                end=end,
                value=value,
                unit=unit,
                dimension=dimension,
            )
        )
    if len(claims) == len(context.claims):
        return context
    return replace(context, claims=tuple(claims))


def _tallies_over_whole(context: ArticleContext, counts: list[Claim]) -> Iterator[Finding]:
    """ "The 79-member board voted 57-41", "approved 57 to 41", "by 57 votes to 41": a
    tally of votes, which no more members can cast than the body has (a tally "57-41" is
    no range, and the extraction does not give it as two figures)."""
    body = context.article.body
    all_voters = [claim for claim in counts if _votes_in(body, claim)]
    if not all_voters or not _TALLY_HINT.search(body):
        return
    # Only the sentences holding a voting body are read for tallies.
    sentences = sorted({sentence_bounds(context, claim.start) for claim in all_voters})
    for sentence in sentences:
        for tally in _TALLY.finditer(body, sentence[0], sentence[1]):
            finding = _judge_tally(context, tally, sentence, all_voters)
            if finding is not None:
                yield finding


def _judge_tally(
    context: ArticleContext, tally: re.Match[str], sentence: tuple[int, int], voters: list[Claim]
) -> Finding | None:
    """The finding for a tally whose sentence names one voting body, if it counts more
    votes than the body has members."""
    voters = [
        claim
        for claim in voters
        if sentence[0] <= claim.start < sentence[1]
        and not (tally.start() <= claim.start < tally.end())
    ]
    if len(voters) != 1 or voters[0].value is None:
        return None  # no body, or two figures that could both be it
    whole = voters[0]
    first, second = _tally_value(tally.group("first")), _tally_value(tally.group("second"))
    if first + second <= whole.value + _rounding(whole):
        return None
    # Pointed at the whole, as when several parts disagree with it.
    message = (
        f"The tally '{tally.group('tally')}' ({message_number(first)} + "
        f"{message_number(second)} = {message_number(first + second)},"
        f" {where(context, tally.start('tally'))}) counts more votes than '{whole.text}'"
    )
    evidence = {
        "whole": {
            "text": whole.text,
            "start": whole.start,
            "end": whole.end,
            "value": whole.value,
        },
        "parts": [first, second],
        "parts_total": first + second,
    }
    evidence["tally"] = {"text": tally.group("tally"), "start": tally.start("tally")}
    return make_finding(context, "CC108", message, whole.start, whole.end, evidence)


def _votes_in(body: str, claim: Claim) -> bool:
    """A count of those who vote: "the 79-member board", "the 79 members present", "100
    senators", "12 jurors"."""
    if claim.dimension not in (None, "count") or claim.low is not None:
        return False
    if _VOTING_COMPOUND.search(claim.text):
        return True
    return (claim.unit or "").lower() in _VOTERS


def _tally_value(text: str) -> float:
    if text[0].isdigit():
        return float(text.replace(",", ""))
    return float(sum(NUMBER_WORD_VALUES[word] for word in text.lower().split("-")))


# "... 60% voted to accept. Another 55% rejected it": a share opening the next sentence
# as one more part of the same whole.
_ADDED_SHARE_OPENING = compile_pattern(
    r"\W*(?:another|a\s+further|the\s+other|the\s+remaining|the\s+rest,?)\s+"
    r"(?:(?:some|about|around|nearly|almost|just)\s+)?",
    re.I,
)


def _share_added_next(context: ArticleContext, share: Claim, following: Claim) -> bool:
    """A share opening a later sentence with "Another", "A further", "The other", "The
    remaining", no other percentage between: one more part of the whole the share before
    it was of. A percentage of change between ("imports rose 3.2 per cent") is a movement,
    no share of any whole, and does not stand between them."""
    start = sentence_bounds(context, following.start)[0]
    body = context.article.body
    if start < sentence_bounds(context, share.start)[1]:
        return False
    if _ADDED_SHARE_OPENING.fullmatch(body, start, following.start) is None:
        return False
    return not any(
        share.end <= claim.start < following.start
        and claim.unit == "percent"
        and claim.change is None
        for claim in context.claims
    )


def _shares_over_whole(context: ArticleContext) -> Iterator[Finding]:
    """ "In a poll of 800 residents, 60 percent backed the mayor and 55 percent her rival":
    shares side by side in one sentence, each of a different category and none of a whole
    of its own (a stake, a change, a rate), are shares of one whole: together at most 100
    percent."""
    body = context.article.body
    shares = [claim for claim in context.claims if _is_share(body, claim, context)]
    index = 0
    while index < len(shares):
        run = [shares[index]]
        while index + 1 < len(shares):
            following = shares[index + 1]
            if sentence_bounds(context, run[-1].start) == sentence_bounds(context, following.start):
                if not _SHARE_GAP.match(body[_after_sized_whole(body, run[-1]) : following.start]):
                    break
            elif not _share_added_next(context, run[-1], following):
                break
            index += 1
            run.append(following)
        index += 1
        if len(run) < 2 or not _one_whole(body, run):
            continue
        if any((share.value or 0.0) >= 100.0 for share in run):
            continue  # "100 pct of principal and 85 pct of interest": rates, no partition
        if _continues_a_list(context, run[0]):
            continue  # "Texas was up 57 pct, Oklahoma 56 pct, ...": each one's own change
        if any(
            _OVERLAP_LATER.search(body, _after_sized_whole(body, a), b.start)
            for a, b in pairwise(run)
        ):
            continue
        if not _shares_split(body, run):
            continue
        low = sum((share.value or 0.0) - _rounding(share) for share in run)
        if low <= 100.0:
            continue
        total = sum(share.value or 0.0 for share in run)
        listed = " + ".join(share.text for share in run)
        message = (
            f"The shares ({listed} = {message_number(total)}, from "
            f"{where(context, run[0].start)}) of one whole add up to more than 100 percent"
        )
        evidence = {
            "parts": [
                {"text": p.text, "start": p.start, "end": p.end, "value": p.value} for p in run
            ],
            "parts_total": total,
        }
        last = run[-1]
        yield make_finding(context, "CC108", message, last.start, last.end, evidence)


# Fractions in words as the subjects of clauses: "two-thirds backed it and half opposed it".
_FRACTION_VALUES = {
    "half": 1 / 2,
    "one-half": 1 / 2,
    "a third": 1 / 3,
    "one-third": 1 / 3,
    "one third": 1 / 3,
    "two-thirds": 2 / 3,
    "two thirds": 2 / 3,
    "a quarter": 1 / 4,
    "one-quarter": 1 / 4,
    "one quarter": 1 / 4,
    "three-quarters": 3 / 4,
    "three quarters": 3 / 4,
    "a fifth": 1 / 5,
    "one-fifth": 1 / 5,
    "two-fifths": 2 / 5,
    "three-fifths": 3 / 5,
    "four-fifths": 4 / 5,
}
# (one scan of the body for the fraction's last word; its lead and what follows are read
# only where one is found)
_FRACTION_CORE = compile_pattern(r"[HhTtQqFf](?:alf|hirds?|uarters?|ifths?)\b")
_FRACTION_CORE_WORDS = ("half", "third", "quarter", "fifth")
_FRACTION_FIRST_WORD = compile_pattern(r"\b(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)[- ]$")
_FRACTION_LEAD = compile_pattern(
    r"(?:[,;:]|[.!?][\"”’]?|\band|\bwhile|\bwhereas|\bbut)\s+(?:(?:about|nearly|almost|"
    r"roughly|just\s+over|more\s+than|some)\s+)?$",
    re.I,
)
_FRACTION_NEXT = compile_pattern(
    # a verb next, not a noun ("half the staff", "a third term"): a word of two or more
    # letters that is no article, preposition or "of"
    r"\s+(?!(?:of|the|a|an|its|their|his|her|this|that|those|these|time|term|century|hour|"
    r"way|point|dozen|million|billion|[a-z]+ly)\b)[a-z]{2,}\b",
    re.I,
)


def _fraction_subjects(body: str) -> Iterator[tuple[str, int, int]]:
    """Fractions in words opening a clause, a verb after them: (text, start, end)."""
    lower = body.lower()
    places = []
    for word in _FRACTION_CORE_WORDS:
        place = lower.find(word)
        while place >= 0:
            places.append(place)
            place = lower.find(word, place + len(word))
    for place in sorted(places):
        core = _FRACTION_CORE.match(body, place)
        if core is None or (place and (body[place - 1].isalnum() or body[place - 1] == "'")):
            continue  # inside a word ("behalf")
        start = core.start()
        first = _FRACTION_FIRST_WORD.search(body, max(0, start - 6), start)
        if first is not None:
            start = first.start()
        text = body[start : core.end()]
        if text.lower() not in _FRACTION_VALUES or not _FRACTION_NEXT.match(body, core.end()):
            continue
        lead = body[max(0, start - 40) : start]
        if not lead.strip() or _FRACTION_LEAD.search(lead):
            yield text, start, core.end()


def _fractions_over_whole(context: ArticleContext) -> Iterator[Finding]:
    """ "Of the 120 farmers, two-thirds backed the levy and half voted against it":
    fractions in words of one whole, each the subject of its clause, side by side in one
    sentence and told apart as shares are; together at most the whole."""
    body = context.article.body
    by_sentence: dict[tuple[int, int], list[tuple[str, int, int]]] = {}
    for found in _fraction_subjects(body):
        by_sentence.setdefault(sentence_bounds(context, found[1]), []).append(found)
    for fractions in by_sentence.values():
        if len(fractions) < 2:
            continue
        run = [
            replace(
                _FRACTION_CLAIM,
                article_id=context.article.id,
                text=text,
                start=start,
                end=end,
                value=100 * _FRACTION_VALUES[text.lower()],
            )
            for text, start, end in fractions
        ]
        if any(re.search(r"\d|%", body[a.end : b.start]) for a, b in pairwise(run)):
            continue
        if any(_OVERLAP_LATER.search(body, a.end, b.start) for a, b in pairwise(run)):
            continue
        total = sum(claim.value or 0.0 for claim in run)
        if total <= 100.0 + 1e-6 or not _shares_split(body, run):
            continue
        listed = " + ".join(claim.text for claim in run)
        message = (
            f"The fractions ({listed} = {total / 100:.3g} of the whole, from "
            f"{where(context, run[0].start)}) of one whole add up to more than the whole"
        )
        evidence = {
            "parts": [
                {"text": p.text, "start": p.start, "end": p.end, "value": p.value / 100}
                for p in run
            ],
            "parts_total": total / 100,
        }
        last = run[-1]
        yield make_finding(context, "CC108", message, last.start, last.end, evidence)


_FRACTION_CLAIM = Claim(article_id="", kind="quantity", text="", start=0, end=0, unit="percent")


def _after_sized_whole(body: str, share: Claim) -> int:
    """Where a share's words go on after the whole it names with its size ("57 percent
    of the 300 staff"): that figure is the whole, not one more share."""
    sized = _OF_SIZED_WHOLE.match(body, share.end)
    return sized.end() if sized is not None else share.end


def _shares_split(body: str, shares: list[Claim]) -> bool:
    """Whether shares of one whole are told apart as parts are ("backed the plan" /
    "opposed it"), read without the whole each names ("57 percent of voters backed ..."):
    "61 percent of traders said X and 55 percent said Y" is one verb twice, answers that
    may overlap."""
    if len(shares) == 2:
        against = _AGAINST_HOLDER.search(body, shares[0].end, shares[1].start)
        if against is not None:
            # "X took 56 percent against Y's 47 percent": each holder's share, unless the
            # holder is a period ("against last year's 47 percent").
            words = _WORDS.findall(against["words"].lower())
            return not any(word in _PERIOD_WORDS for word in words)
    descriptions = _descriptions(body, shares)
    for words, share in zip(descriptions, shares, strict=True):
        named = _OF_WHOLE_NAMED.match(body, share.end)
        if named is not None:
            del words[: len(_WORDS.findall(named.group().lower()))]
    for words in descriptions[:-1]:
        # Up to the next share's own words ("... and the Liberals 44 percent").
        links = [index for index, word in enumerate(words) if word in _CONJUNCTIONS]
        if links:
            del words[links[-1] :]
    if not all(set(words) - _LINK_WORDS for words in descriptions):
        # "won 61 percent of the vote and the Liberals 44 percent": told apart by who.
        return _splits(body, shares)
    if _cross_partitions(descriptions):
        return False
    if _one_partition(descriptions):
        return True
    if _different_words(descriptions):
        return not _answers_to_different_questions(descriptions)
    return _one_question_two_answers(body, shares)


# Verbs that report what those asked think, say or expect: each verb its own question.
_ANSWER_VERB_LIST = """
    said say says thought think thinks believed believe believes expected expect expects
    predicted predict predicts felt feel feels feared fear fears hoped hope hopes cited cite
    cites named name names reported report reports saw see sees
"""
_ANSWER_VERBS = frozenset(_ANSWER_VERB_LIST.split())


def _answers_to_different_questions(descriptions: list[list[str]]) -> bool:
    """ "80 pct thought the yen would cut output and 60 pct predicted lower profits": each
    share answers a question of its own (a different verb of thinking or saying), and one
    firm may give both answers. One such verb twice ("said it was fair ... said it was too
    high") gives the answers to one question."""
    verbs = []
    for words in descriptions:
        first = next(
            (word for word in words if word not in _LINK_WORDS and word not in _NOT_CATEGORIES),
            None,
        )
        if first not in _ANSWER_VERBS:
            return False
        verbs.append(first)
    return len(set(verbs)) == len(verbs)


def _continues_a_list(context: ArticleContext, first: Claim) -> bool:
    """Whether a share continues a list whose item before it is a percentage read as no
    share (a change, a rate, a comparison): the items after it are of the same kind."""
    body = context.article.body
    sentence_start = sentence_bounds(context, first.start)[0]
    before = [
        claim
        for claim in context.claims
        if sentence_start <= claim.start < first.start and claim.unit == "percent"
    ]
    if not before:
        return False
    return _SHARE_GAP.match(body[before[-1].end : first.start]) is not None or bool(
        _COMPARED_WITH.search(body, before[-1].end, first.start)
    )


def _is_share(body: str, claim: Claim, context: ArticleContext) -> bool:
    if claim.unit != "percent" or claim.value is None or claim.change is not None:
        return False
    if claim.low is not None or claim.qualifier not in ("exact", "approx", "approximate"):
        return False
    if not 0 < claim.value <= 100:
        return False
    sentence_start = sentence_bounds(context, claim.start)[0]
    before = body[max(sentence_start, claim.start - 30) : claim.start]
    if not _MODIFIER_BEFORE.search(before) and (
        _OWNED_BY_THEN_BY.match(body, claim.end)
        or (
            _OWNED_BY.match(body, claim.end)
            and _OWNED_BY_BEFORE.search(body, sentence_start, claim.start)
        )
    ):
        return True  # "is 60 percent owned by X and 45 percent (owned) by Y": its owners
    return not (
        _OWN_WHOLE_AFTER.match(body, claim.end)
        or _NAMED_WHOLE_AFTER.match(body, claim.end)
        or _CHANGE_BEFORE_SHARE.search(before)
        or _MODIFIER_BEFORE.search(before)
    )


# "The port is 60 percent owned by the city and 45 percent by a fund": the shares of one
# thing's owners, each named after "by" (not "a 60 percent owned unit", a holding alone).
_PERCENT_SIGN = r"\s*(?:%|per\s*cent|percent|pct)"
# The first owner, then the word that joins the next one: "owned by the city and ".
_FIRST_OWNER_THEN_JOIN = (
    r"\s+owned\s+by\s+[^.;:%\d]{1,60}?(?:,\s*|\s)(?:and|while|with)\s+(?:the\s+remaining\s+)?"
)
_OWNED_BY_THEN_BY = compile_pattern(
    _FIRST_OWNER_THEN_JOIN + r"\d[\d.]*" + _PERCENT_SIGN + r"\s+(?:owned\s+)?by\s", re.I
)
_OWNED_BY = compile_pattern(r"\s+owned\s+by\s", re.I)
_OWNED_BY_BEFORE = compile_pattern(r"\d" + _PERCENT_SIGN + _FIRST_OWNER_THEN_JOIN + "$", re.I)
# "an 80 pct vote was needed", "a 60 percent majority": a share written as a modifier of
# the noun after it, a threshold or a measure of its own, not a share of the whole.
_MODIFIER_BEFORE = compile_pattern(r"\b(?:a|an)\s+(?:(?:about|some|nearly|almost)\s+)?$", re.I)


def _one_whole(body: str, shares: list[Claim]) -> bool:
    """Each share of the same whole: "of" the same words after each one that names it, or
    after none but the first ("60 percent of the vote and ... 45 percent")."""
    wholes = []
    for share in shares:
        named = _OF_PHRASE.match(body, share.end)
        wholes.append(named.group(1).lower() if named else "")
    return all(whole in ("", wholes[0]) for whole in wholes[1:])


@dataclass(frozen=True, slots=True)
class _FramesUsed:
    """Which frames' words the article uses at all, read once for every pool of counts:
    frames whose words it does not use are not looked for at each count."""

    parts_first: bool
    in_all: bool
    # "That made 400", "Including 80 ...": a whole after its parts (see `_stated_parts`).
    after_parts: tuple[bool, bool]
    # A whole after its parts summed jointly, in brackets, in a quotation's attribution,
    # named by a total's noun (see `_whole_after_parts_shapes`).
    after_shapes: tuple[bool, bool, bool, bool] = (False, False, False, False)


_JOINTLY_WORDS = ("between them", "together", "combined", "jointly")
# "..., or 600 between them", "..., 600 combined": a whole told as its parts' joint sum.
_JOINTLY_AFTER = compile_pattern(r"\s+(?:between\s+them|combined|together|jointly)\b(?!\s+with)")
_SUM_RIGHT_BEFORE = compile_pattern(
    r"(?:,\s*(?:or\s+)?|\s+or\s+)(?:some\s+|about\s+|around\s+|nearly\s+)?$", re.I
)
_TOTAL_NOUNS = ("total", "tally", "turnout")


def _frames_used(body: str) -> _FramesUsed:
    lower = body.lower()
    return _FramesUsed(
        parts_first=any(word in lower for word in _PARTS_FIRST_WORDS),
        in_all=any(word in lower for word in _IN_ALL_WORDS),
        after_parts=(
            _SUMMARY_ANYWHERE.search(body) is not None
            or _IT_CLOSED_ANYWHERE.search(body) is not None,
            "including " in lower or "counting " in lower or "with " in lower,
        ),
        after_shapes=(
            any(word in lower for word in _JOINTLY_WORDS),
            "(" in body,
            " of " in body and ('"' in body or "”" in body),
            any(word in lower for word in _TOTAL_NOUNS),
        ),
    )


_TOTAL_WORDS = ("total", "tally", "count", "toll", "number")


def _total_verb_before(body: str, low: int, position: int) -> bool:
    """ "took the year's total to": looked for only where a total's noun is written."""
    window = body[low:position].lower()
    return any(word in window for word in _TOTAL_WORDS) and bool(
        _TOTAL_VERB_BEFORE.search(body, low, position)
    )


def _stated_parts(
    context: ArticleContext, counts: list[Claim], used: _FramesUsed
) -> Iterator[_Parts]:
    body = context.article.body
    parts_first, in_all, after_parts = used.parts_first, used.in_all, used.after_parts
    holders_seen: dict[str, re.Match[str] | None] = {}
    for index, whole in enumerate(counts):
        sentence_start, sentence_end = sentence_bounds(context, whole.start)
        # "Of the 120 workers, 70 ... and 50 ...": the parts follow, each opening a clause.
        lead_start = max(sentence_start, whole.start - _LEAD_CHARS)
        # A lead cut short of the sentence start must not match "^" (the sentence opening).
        lead = ("" if lead_start == sentence_start else "x") + body[lead_start : whole.start]
        if _may_open_with_whole(lead) and _WHOLE_OPENING.search(lead):
            # "Among the 80 guests were 45 adults and ...": the first part after the verb.
            following = counts[index + 1].start if index + 1 < len(counts) else whole.end
            opened = _FIRST_PART_AFTER_VERB.match(body[whole.end : following]) is not None
            parts = _parts_after(body, whole, counts, index + 1, sentence_end, opened=opened)
            parts += _part_opening_next_sentence(context, whole, counts, parts)
            yield _Parts(whole, parts, _splits(body, parts), partitive=True)
        # "received 227 applications and accepted 251 of them", "..., of which 251 ...".
        taken = _taken_from(body, whole, counts, index, sentence_end)
        if taken is not None:
            yield taken
        # "The 120 volunteers comprised 70 ... and 50 ...", "120 on board – 70 ... and 50".
        listed = _listed_after(body, whole, counts, index, sentence_end)
        if listed is not None:
            yield listed
        yield from chain(
            _parts_of_holders(context, whole, counts, index, holders_seen),
            # ("from the 450 fund": looked for only after "from", read in C)
            _drawn_from(body, counts, index, (sentence_start, sentence_end))
            if body.find("rom ", max(0, whole.start - 40), whole.start) >= 0
            else (),
        )
        # "70 men and 60 women make up the 120-member assembly".
        if parts_first and _MAKE_UP_BEFORE.search(
            body, max(sentence_start, whole.start - 40), whole.start
        ):
            parts = _parts_before(body, counts, index, sentence_start)
            yield _Parts(whole, parts, True)
        # "70 were accepted and 60 turned away, out of 120 applicants": the whole last.
        lead_of = max(sentence_start, whole.start - 40)
        if "of" in body[lead_of : whole.start] and _OUT_OF_BEFORE.search(
            body, lead_of, whole.start
        ):
            parts = _parts_before(body, counts, index, sentence_start)
            yield _Parts(whole, parts, _splits(body, parts))
        # "70 men and 60 women, making 120 people, ...": the whole after its parts.
        lead_total = max(sentence_start, whole.start - 45)
        if (
            _TOTAL_BEFORE.search(body, lead_total, whole.start)
            or _total_verb_before(body, lead_total, whole.start)
            or (
                _WITH_BEFORE.search(body, lead_total, whole.start)
                and _TAKING_PART_AFTER.match(body, whole.end)
            )
            or (
                _OR_WHOLE_BEFORE.search(body, lead_total, whole.start)
                and _APPOSITION_CLOSED.match(body, whole.end)
            )
            or (
                "which" in body[lead_total : whole.start]
                and _CARRIER_WHOLE_BEFORE.search(
                    body, max(sentence_start, whole.start - 80), whole.start
                )
            )
        ):
            parts = _parts_before(body, counts, index, sentence_start)
            yield _Parts(whole, parts, _splits(body, parts))
        yield from _whole_after_parts_shapes(
            context, counts, index, sentence_start, used.after_shapes
        )
        if in_all:
            yield from _parts_before_in_all(context, counts, index, sentence_start)
        yield from (
            _parts_summed_or_fronted(context, counts, index, sentence_start, after_parts)
            if True in after_parts
            else ()
        )
        # "... won 22 and 31 seats respectively in the 43-seat assembly": parts counted in
        # the noun a sized whole right after them is made of.
        counted = _counted_in_sized_whole(body, counts, index, sentence_start)
        if counted is not None:
            yield counted
        # "70 of the 120 workers": the part comes first.
        if index > 0:
            first_part = _part_before_whole(context, counts, index, (sentence_start, sentence_end))
            if first_part is not None:
                yield first_part
    yield from _parts_in_next_sentence(context, counts)
    yield from _parts_of_named_group(context, counts)
    yield from _parts_after_a_break(context, counts)
    yield from _coordinated_parts(context, counts)
    yield from _members_after_whole(context, counts)
    yield from _members_of_sized_body(context, counts)
    yield from _labelled_lines(context, counts)
    yield from _votes_against_a_rival(context, counts)


# "Halloran polled 12,000 votes to Okafor's 9,500, with 20,000 cast": one candidate's
# votes set against a rival's, then all the votes cast, in one sentence.
_TO_RIVAL = compile_pattern(
    r"\s+(?:to|against)\s+(?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’.-]*['’]s?\s+$"
)
_THEN_CAST = compile_pattern(
    r"(?:\s+votes)?\s*,?\s+(?:with|of|from|out\s+of)\s+(?:(?:the|a\s+total\s+of)\s+)?$", re.I
)
_CAST_AFTER = compile_pattern(r"\s+(?:votes\s+|ballots\s+)?(?:cast|counted)\b", re.I)
_VOTE_UNITS = frozenset(("vote", "ballot"))
_CAST_WORDS = frozenset(("cast", "counted"))


def _votes_against_a_rival(context: ArticleContext, counts: list[Claim]) -> Iterator[_Parts]:
    body = context.article.body
    for first, second, whole in zip(counts, counts[1:], counts[2:], strict=False):
        if first.unit not in _VOTE_UNITS or second.unit not in (None, *_VOTE_UNITS):
            continue
        # ("10,900 cast": the participle may be read as the whole's noun)
        cast_read = whole.unit in _CAST_WORDS
        if whole.unit is not None and whole.unit not in _VOTE_UNITS and not cast_read:
            continue
        if (
            _TO_RIVAL.fullmatch(body, first.end, second.start)
            and _THEN_CAST.fullmatch(body, second.end, whole.start)
            and (cast_read or _CAST_AFTER.match(body, whole.end))
        ):
            yield _Parts(whole, [first, second], True)


def _whole_after_parts_shapes(
    context: ArticleContext,
    counts: list[Claim],
    index: int,
    sentence_start: int,
    shapes: tuple[bool, bool, bool, bool],
) -> Iterator[_Parts]:
    """A whole after its parts in shapes of their own: a clause after a break summing them
    jointly, in brackets, in a quotation's attribution, a total named by its noun opening
    the sentence after theirs (see `check_parts_exceed_whole`)."""
    if True not in shapes:
        return
    body = context.article.body
    whole = counts[index]
    jointly, bracket, quoted, total = shapes
    # "Labour has 40 and the Greens 30; between them they hold all 60 seats": a clause
    # after a break summing the parts before it by what its subject does jointly.
    if jointly and _SUM_CLAUSE_BEFORE.search(
        body, max(sentence_start, whole.start - 60), whole.start
    ):
        parts = _parts_before(body, counts, index, sentence_start, gapped=True)
        yield _Parts(whole, parts, True)
    if (
        jointly
        and _JOINTLY_AFTER.match(body, whole.end)
        and _SUM_RIGHT_BEFORE.search(body, max(sentence_start, whole.start - 24), whole.start)
    ):
        # "The two schools have 300 and 400 pupils, or 600 between them": the whole right
        # after its parts, summing them by what their holders have jointly.
        yield _Parts(whole, _list_right_before(body, counts, index, sentence_start), True)
    if (
        bracket
        and "(" in body[max(sentence_start, whole.start - 12) : whole.start]
        and _BRACKET_OPEN_BEFORE.search(body, max(sentence_start, whole.start - 12), whole.start)
        and _BRACKETED_TOTAL_AFTER.match(body, whole.end)
    ):
        # "1,300 yes and 900 no (2,000 votes cast)": the whole in brackets after its
        # parts, told by what all of it did or by "in all"; each part after a label of
        # its own ("for 140, against 90") is one category of the count.
        parts = _parts_before(body, counts, index, sentence_start)
        labelled = bool(parts) and all(
            _LABEL_BEFORE.search(body, max(0, part.start - 30), part.start) for part in parts
        )
        yield _Parts(whole, parts, labelled or _splits(body, parts))
    if quoted and _QUOTE_SAID_OF_BEFORE.search(
        body, max(sentence_start, whole.start - 60), whole.start
    ):
        # '"We had 300 on days and 260 on nights," the manager said of the site's 500
        # workers': parts quoted, the whole they are of in the attribution after them.
        parts = _parts_before(body, counts, index, sentence_start)
        yield _Parts(whole, parts, _splits(body, parts))
    if (
        total
        and sentence_start
        and _TOTAL_NOUN_BEFORE.search(body, max(sentence_start, whole.start - 60), whole.start)
    ):
        # "Postal votes numbered 3,000 and votes cast in person 4,100. The officer put
        # the turnout at 6,500.": a total named by its noun after the parts' sentence.
        previous_start = _previous_sentence_start(context, sentence_start)
        parts = _parts_before(
            body,
            counts,
            index,
            previous_start,
            before=sentence_start,
            summed=True,
            gapped=True,
        )
        if _sentence_of_parts(body, parts, sentence_start):
            # (a total is the sum of what it totals: the parts are added)
            yield _Parts(whole, parts, True)


# A sentence opening by summing up the one before: "That made 400 ...", "This brought the
# total to 400", "Together they made up 400".
_SUMMARY_OPENING = compile_pattern(
    r"^\W*(?:(?:that|this)|together,?\s+(?:they|these|those))\s+(?:made|makes|brought|brings|"
    r"took|takes|gave|gives|meant|means|number|numbered|total|totalled|totaled|come\s+to|"
    r"came\s+to|add\s+up\s+to|added\s+up\s+to)(?:\s+up)?\s+(?:(?:the\s+)?(?:total|number|tally|"
    r"count)\s+(?:to\s+)?|a\s+total\s+of\s+|(?:some|about|around|nearly)\s+)?$|"
    # "They scored 64 before the break and 81 after it. They finished with 120": the
    # subject of the parts, pointed back at, closing on their sum.
    r"^\W*(?:they|it)\s+(?:finished|ended|closed)(?:\s+(?:the|their|its)\s+[a-z]+)?\s+"
    r"(?:with|on)\s+(?:a\s+total\s+of\s+)?$",
    re.I,
)
# (the words alone, a literal first letter: the sentence opening is read at each whole)
_SUMMARY_ANYWHERE = compile_pattern(
    r"T(?:(?:hat|his|ogether,?\s+(?:they|these|those))\s+(?:made|makes|brought|brings|took|"
    r"takes|gave|gives|meant|means|number|numbered|total|totalled|totaled|come|came|add|"
    r"added)|hey\s+(?:finished|ended|closed))\b"
)
_IT_CLOSED_ANYWHERE = compile_pattern(r"It\s+(?:finished|ended|closed)\b")
# "Including 80 from the club and 70 from abroad, 132 riders ...": the parts fronted as
# members of the whole, closed by a comma right before it.
_MEMBERS_FRONTED = compile_pattern(
    r"^\W*(?:including|counting|with)\s+[^.;:]{0,120}?,\s*"
    # ("..., the competition drew 420 entries": a subject and a verb of having or drawing
    # the whole may come between)
    r"(?:(?:the|its|their|this|this\s+year's|last\s+year's)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+"
    r"(?:drew|draws|attracted|attracts|received|receives|had|has|have|got|gets|totalled|"
    r"totals|numbered|numbers|reached|reaches|counted|counts)\s+)?"
    r"(?:(?:some|about|around|nearly|a\s+total\s+of)\s+)?$",
    re.I,
)


def _parts_summed_or_fronted(
    context: ArticleContext,
    counts: list[Claim],
    index: int,
    sentence_start: int,
    gates: tuple[bool, bool],
) -> Iterator[_Parts]:
    """A whole after its parts: opening the sentence after theirs and summing them up
    ("Coaches brought 271 and trains 234. That made 400 ..."), or after them in its own
    sentence, fronted as its members ("Including 80 from the club and 70 from abroad, 132
    riders started")."""
    summed_up, fronted = gates
    if not (summed_up or fronted):
        return
    body = context.article.body
    whole = counts[index]
    lead = body[sentence_start : whole.start]
    if summed_up and sentence_start and _SUMMARY_OPENING.match(lead):
        previous_start = _previous_sentence_start(context, sentence_start)
        parts = _parts_before(
            body, counts, index, previous_start, before=sentence_start, summed=True
        )
        if _sentence_of_parts(body, parts, sentence_start):
            yield _Parts(whole, parts, _splits(body, parts))
    if fronted and (opening := _MEMBERS_FRONTED.match(lead)):
        parts = _parts_before(body, counts, index, sentence_start)
        if opening.group().lstrip(" \t\n\"'“‘(").lower().startswith("with") and not (
            whole.unit is not None and all(part.unit == whole.unit for part in parts)
        ):
            # ("With 40 wins and 12 draws, the club has 132 points": counts of other things;
            # "With 300 entries from schools and 200 from adults, it drew 420 entries" is
            # the whole's own things)
            return
        yield _Parts(whole, parts, _splits(body, parts))


def _drawn_from(
    body: str, counts: list[Claim], index: int, sentence: tuple[int, int]
) -> Iterator[_Parts]:
    """ "Schools will get 230 and roads 269 from the 450 fund": the whole the parts before
    it are drawn from, named last (not a change "from" an earlier level, nor "from the 450
    to ..."); parts each after a holder of their own, one verb for all, are shares of it."""
    whole = counts[index]
    if not _FROM_WHOLE_BEFORE.search(body, max(sentence[0], whole.start - 40), whole.start):
        return
    if _CHANGE_IN_SENTENCE.search(body, sentence[0], sentence[1]):
        return
    parts = _parts_before(body, counts, index, sentence[0], gapped=True)
    by_holder = all(_GAPPED_HOLDER_LINK.fullmatch(body, a.end, b.start) for a, b in pairwise(parts))
    yield _Parts(whole, parts, by_holder or _splits(body, parts))


def _part_before_whole(
    context: ArticleContext, counts: list[Claim], index: int, sentence: tuple[int, int]
) -> _Parts | None:
    """ "70 of the 120 workers ...": the part first; more parts may follow in the sentence
    ("45 of the 80 members voted yes, while 40 voted no") or, when none does, open the next
    ("Forty of the 60 passengers were British. Thirty were German.")."""
    body = context.article.body
    whole, part = counts[index], counts[index - 1]
    gap = body[part.end : whole.start] if whole.start - part.end < _GAP_CHARS else ""
    same_measure = whole.dimension != "currency" and (
        part.unit in (None, whole.unit)
        # "won 43 seats out of 101": a bare whole counts the noun its part names.
        or (whole.unit is None and whole.dimension is None and part.dimension == "count")
    )
    if part.start < sentence[0] or not same_measure or not _PART_OF_WHOLE.fullmatch(gap):
        return None
    rest = _parts_after(body, whole, counts, index + 1, sentence[1], continuing=True)
    if rest and part.unit not in (None, whole.unit):
        # After "won 43 seats out of 101", only holders named with the verb left out ("and
        # the Greens 30") take the rest of the same whole; "with 29 cutting back" may be
        # some of the 43 again.
        ends = [whole.end, *(claim.end for claim in rest[:-1])]
        if not all(
            _NAMED_HOLDER_GAPPED.search(body, end, claim.start)
            for end, claim in zip(ends, rest, strict=True)
        ):
            rest = []
    parts = [part, *rest]
    if not rest:
        rest = _part_opening_next_sentence(context, whole, counts, parts)
        parts += rest
    return _Parts(whole, parts, _splits(body, parts) if rest else True)


_OF_WHICH_AFTER_WHOLE = compile_pattern(r"(?:\s+[a-z]+){0,3}\s*,\s*of\s+(?:which|whom)\b", re.I)
# Between two coordinated parts: their own words, then "and" (or a comma) and a few words.
_AND_BETWEEN_PARTS = compile_pattern(r"[^.!?;:()\d]{0,50}?(?:,\s*|\s)and\s[^.!?;:()\d]{0,30}")
# Figures set against the whole, not parts of it: "against January's", "compared with",
# "from", "a year ago", "the previous".
_COMPARED = compile_pattern(
    # ("last year's", "the previous month's": another period's figure; not "shipped 102
    # engines last year, with Europe taking 59 and Asia 63", the whole's own period)
    # ("up from 90", "from 120 a year ago": a figure changed from; not "came from two
    # countries", where the parts are from)
    r"\b(?:against|compared|versus|vs|than|from(?=\s+(?:\d|a\s+year|last|the\s+previous))|"
    r"(?:up|down)\s+from|ago|(?:previous|last)\s+[a-z]+['’]s|"
    r"earlier|before|year-ago)\b",
    re.I,
)
# Before the first part: no other figure, no sentence end beyond the next one.
_COORDINATION_REACH = 120


def _coordinated_parts(context: ArticleContext, counts: list[Claim]) -> Iterator[_Parts]:
    """The phenomenon read whole, a backup for the frames above: a count of a noun, then
    right after it (in its sentence, or opening the next) two bare counts joined by "and"
    as one list, whatever verb or construction carries them ("..., domestic services
    accounting for 170 and international ones for 150"; "Domestic routes lost 170 and
    international ones 150"). Added up only when the words tell the two apart as a split
    (one partition's categories, a different word for each, "the other")."""
    body = context.article.body
    for index in range(len(counts) - 2):
        whole = counts[index]
        if whole.unit is None or whole.dimension != "count" or whole.value is None:
            continue
        # "The 202 entries came from two countries: Spain sent 151 and Portugal 87": the
        # parts' own count may stand between the whole and them.
        # (the parts listed in the sentence of their count, not in the article after it)
        counted = counts[index + 1]
        small = counted.unit not in (None, whole.unit) and (counted.value or 11.0) <= 10
        listed_end = sentence_bounds(context, counted.start)[1] if small else 0
        skip = int(small and _counts_the_parts(body, whole, counts, index + 1, listed_end))
        if index + skip + 2 >= len(counts):
            continue
        first, second = counts[index + skip + 1], counts[index + skip + 2]
        if first.unit or second.unit or first.start - whole.end > _COORDINATION_REACH:
            continue
        first_sentence = sentence_bounds(context, first.start)
        if not _placed_after_whole(context, whole, first, second):
            continue
        if _AND_BETWEEN_PARTS.fullmatch(body, first.end, second.start) is None:
            continue
        if _COMPARED.search(body, whole.end, second.start):
            continue  # "140,417 lots, against January's 100,941 and ...": other periods
        later = counts[index + skip + 3] if index + skip + 3 < len(counts) else None
        if later is not None and later.start < first_sentence[1]:
            continue  # a longer list: the frames above read it
        parts = [first, second]
        # Words that let parts overlap, count a change, or tell them apart on two axes stop
        # it, as for every list of parts; so does a share of a part ("45 of them").
        # (", of which" right after the whole takes the parts from it: read after it)
        taken = _OF_WHICH_AFTER_WHOLE.match(body, whole.end, first.start)
        from_first = whole if taken is None else replace(whole, end=taken.end())
        if _may_overlap(body, from_first, parts, first_sentence[1]) or _told_apart_on_two_axes(
            context, parts, first_sentence[1]
        ):
            continue
        if any(_OF_THEM_AFTER.match(body, part.end) for part in parts):
            continue
        if _one_verb_two_objects(body, parts):
            continue
        yield _Parts(whole, parts, _splits(body, parts))


def _placed_after_whole(context: ArticleContext, whole: Claim, first: Claim, second: Claim) -> bool:
    """Both parts in one sentence: the whole's, or the next one right after it when the
    whole is its sentence's last figure."""
    body = context.article.body
    whole_sentence = sentence_bounds(context, whole.start)
    first_sentence = sentence_bounds(context, first.start)
    if sentence_bounds(context, second.start) != first_sentence:
        return False
    if first_sentence == whole_sentence:
        return True
    if first_sentence[0] < whole_sentence[1] - 1:
        return False
    return not (
        body[whole_sentence[1] : first_sentence[0]].strip()
        or body[whole.end : whole_sentence[1]].count(",")
    )


# "found 600 for the plan and 500 for lower taxes": one verb or preposition, each part with
# an object of its own; the same people may be for both.
_FOR_OBJECT = compile_pattern(r"\s+(?:for|against|on|with)\s+(?:the\s+|a\s+|an\s+)?[a-z]", re.I)


def _one_verb_two_objects(body: str, parts: list[Claim]) -> bool:
    """Parts that may overlap: each with an object of "for" or "against" ("600 for the plan
    and 500 for lower taxes"), or each told by a different preposition, on two axes ("220 in
    Leeds and 90 by attrition")."""
    if all(_FOR_OBJECT.match(body, part.end) for part in parts):
        return True
    adjuncts = [_ADJUNCT_AFTER.match(body, part.end) for part in parts]
    prepositions = {adjunct.group("preposition").lower() for adjunct in adjuncts if adjunct}
    return all(adjuncts) and len(prepositions) > 1


def _may_open_with_whole(lead: str) -> bool:
    """Whether a lead has the words `_WHOLE_OPENING` needs ("of", "among"): a test in C
    that spares its search, tried at every character of the lead, for most wholes."""
    lower = lead.lower()
    return "of" in lower or "among" in lower


def _may_end_sentence(body: str, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` is few enough words for `_ENDS_SENTENCE`
    (three words and a stop at most): split in C, which spares its match for most wholes."""
    return len(body[start:end].split(maxsplit=4)) <= 4


def _parts_of_holders(
    context: ArticleContext,
    whole: Claim,
    counts: list[Claim],
    index: int,
    seen: dict[str, re.Match[str] | None],
) -> Iterator[_Parts]:
    """ "The two mills employ 300 people between them, 170 at ... and 150 at ...": a whole
    its holders share, then each one's part; "the coalition holds 170 seats and the
    opposition has 150" beside the whole they are held in: each part held by a subject
    of its own."""
    body = context.article.body
    sentence_start, sentence_end = sentence_bounds(context, whole.start)
    shared = _SHARED_BY_HOLDERS.match(body, whole.end, sentence_end)
    if shared is not None:
        parts = _parts_after(
            body, whole, counts, index + 1, sentence_end, opened=True, after=shared.end()
        )
        yield _Parts(whole, parts, True)
    own = (sentence_start, sentence_end)
    held = None
    if _two_others_in_span(counts, whole, own):
        held = _parts_held_by_subjects(body, whole, counts, own, seen)
    if (
        held is None
        and _may_end_sentence(body, whole.end, sentence_end)
        and _ENDS_SENTENCE.match(body, whole.end, sentence_end)
    ):
        # "The parliament has 300 seats. The ruling party holds 170 and ...": the parts in
        # the sentence right after the whole's.
        following_start, following_end = sentence_bounds(context, sentence_end + 1)
        if following_start >= sentence_end and not body[sentence_end:following_start].strip():
            following = (following_start, following_end)
            if _two_others_in_span(counts, whole, following):
                held = _parts_held_by_subjects(body, whole, counts, following, seen)
    if held is not None:
        yield held


def _start_of(claim: Claim) -> int:
    return claim.start


def _of_another(whole: Claim, part: Claim, body: str) -> bool:
    """ "two of the side": a count taken from a whole the words name after it, unless that
    whole is the one read ("170 of the 300 seats")."""
    after = _OF_AFTER_PART.match(body, part.end)
    return after is not None and not after.end() <= whole.start <= after.end() + 25


def _parts_held_by_subjects(
    body: str,
    whole: Claim,
    counts: list[Claim],
    span: tuple[int, int],
    seen: dict[str, re.Match[str] | None],
) -> _Parts | None:
    """Counts of the whole's measure between `start` and `end`, each the object of a
    clause with a subject of its own ("the coalition holds 170 seats and the opposition
    has 150", "the home side took 170 and the visitors 150"), side by side in one list
    before or after the whole ("... 170 of the 300 seats", "in the 300-seat chamber"):
    what each holder has of the whole. Holders that differ share it out; one holder named
    twice does not. `seen`: the holder read in each window before a count, for the next
    whole."""
    start, end = span
    first = bisect_left(counts, start, key=_start_of)
    holders: list[str] = []
    parts: list[Claim] = []
    previous_end = start
    for claim in counts[first:]:
        if claim is whole:
            continue
        if claim.start >= end:
            break
        low = previous_end
        if previous_end <= whole.start and whole.end <= claim.start:
            low = whole.end  # the whole between two parts
        # The holder's words are right before the part; a window cut short of where the
        # words begin must not match "^".
        cut = max(low, claim.start - _HOLDER_CHARS)
        between = ("x" if cut > low else "") + body[cut : claim.start]
        if between not in seen:  # the same window is read again for each whole
            seen[between] = _HOLDER_BEFORE.search(between)
        opening = seen[between]
        if (
            opening is None
            or claim.unit not in (None, whole.unit)
            or _of_another(whole, claim, body)
        ):
            if parts:
                break
            previous_end = claim.end
            continue
        if parts and not _LIST_LINK.search(opening.group()):
            break
        if _OVERLAP_WORDS.search(between) or _OVERLAP_WORDS.match(body, claim.end):
            return None
        holders.append(opening.group("holder").lower())
        parts.append(claim)
        previous_end = claim.end
    if len(parts) < 2 or len(set(holders)) < len(holders):
        return None
    tail = body[previous_end : min(end, previous_end + _GAP_CHARS)]
    if _OVERLAP_LATER.search(tail) or _OVERLAP_WORDS.search(_CLAUSE_END.split(tail, 1)[0]):
        return None
    # "3.85 billion in January, down from December's 4.40 billion": figures of periods.
    compared = _COMPARED.search(
        body, min(parts[0].start, whole.start), max(previous_end, whole.end)
    )
    return _Parts(whole, parts, True) if compared is None else None


def _two_others_in_span(counts: list[Claim], whole: Claim, span: tuple[int, int]) -> bool:
    """Whether two counts other than the whole start in `span`: the fewest parts that
    `_parts_held_by_subjects` takes, counted by bisection before its reading of the words
    (most sentences hold fewer counts)."""
    start, end = span
    others = bisect_left(counts, end, key=_start_of) - bisect_left(counts, start, key=_start_of)
    return others - (start <= whole.start < end) >= 2


def _part_opening_next_sentence(
    context: ArticleContext, whole: Claim, counts: list[Claim], parts: list[Claim]
) -> list[Claim]:
    """ "Out of the 120 candidates, 70 passed. 65 failed.": after a partitive's parts that
    end its sentence, each with its verb straight after it, a bare count opening the next
    sentence, the only figure there, with a verb of its own straight after it too (whether
    it splits the whole with them is judged as for any parts)."""
    body = context.article.body
    # Where each part's verb is: right after it, or after the whole when the part opens a
    # partitive ("Forty of the 60 passengers were British. Thirty were German.").
    verbs_at = [whole.end if part.end <= whole.start else part.end for part in parts]
    if not parts or not all(_verb_or_category(body, at) for at in verbs_at):
        return []  # parallel parts only: "70 passed. 65 failed.", not "70 work ... 65 joined"
    last = parts[-1] if parts[-1].start > whole.start else whole
    position = _index_in(counts, last) + 1
    if position >= len(counts):
        return []
    following = counts[position]
    own_end = sentence_bounds(context, whole.start)[1]
    start, end = sentence_bounds(context, following.start)
    if start < own_end or body[own_end:start].strip() or body[start : following.start].strip():
        return []
    alone = position + 1 >= len(counts) or counts[position + 1].start >= end
    if not alone or following.unit not in (None, whole.unit):
        return []
    if not _verb_or_category(body, following.end):
        return []
    if (
        any(_COPULA_CATEGORY.match(body, at) for at in verbs_at)
        and not _copular_categories(body, [*parts[:-1], following])
        and not _distinct_copular(body, verbs_at[-1], following.end)
    ):
        return []  # "were British ... were German": categories of one partition only
    return [following]


# The list of counts last looked up in, its length, the first position of each count in it
# and the counts' starts (None when out of order).
_POSITIONS: list[tuple[list[Claim], int, dict[Claim, int], list[int] | None]] = []


def _counts_table(
    counts: list[Claim],
) -> tuple[list[Claim], int, dict[Claim, int], list[int] | None]:
    table = _POSITIONS[0] if _POSITIONS else None
    if table is None or table[0] is not counts or table[1] != len(counts):
        positions: dict[Claim, int] = {}
        for position, count in enumerate(counts):
            positions.setdefault(count, position)
        starts = [count.start for count in counts]
        ordered = all(a <= b for a, b in pairwise(starts))
        table = (counts, len(counts), positions, starts if ordered else None)
        _POSITIONS[:] = [table]
    return table


def _first_after(counts: list[Claim], offset: int) -> int | None:
    """The position of the first count starting after `offset`, if any."""
    starts = _counts_table(counts)[3]
    if starts is None:
        return next((i for i, claim in enumerate(counts) if claim.start > offset), None)
    position = bisect_right(starts, offset)
    return position if position < len(counts) else None


def _index_in(counts: list[Claim], claim: Claim) -> int:
    """`counts.index(claim)`, from a table made once per list of counts."""
    position = _counts_table(counts)[2].get(claim)
    if position is None or counts[position] != claim:
        return counts.index(claim)  # (not there: the same error as before)
    return position


def _verb_or_category(body: str, position: int) -> bool:
    """A verb of its own right after `position` ("passed"), or a linking verb and the one
    category it says ("were British")."""
    return bool(_VERB_AFTER_PART.match(body, position) or _COPULA_CATEGORY.match(body, position))


def _distinct_copular(body: str, first: int, second: int) -> bool:
    """Two linking verbs after two parts naming two different categories of one kind: both
    capitalized ("British", "German") or the same word's opposites are left to the
    partitions; here two different capitalized words."""
    one, two = _COPULA_CATEGORY.match(body, first), _COPULA_CATEGORY.match(body, second)
    if one is None or two is None:
        return one is None and two is None
    a, b = one.group("category"), two.group("category")
    return a[:1].isupper() and b[:1].isupper() and a.lower() != b.lower()


def _counted_in_sized_whole(
    body: str, counts: list[Claim], index: int, sentence_start: int
) -> _Parts | None:
    """ "The Liberals and the Greens won 22 and 31 seats respectively in the 43-seat
    assembly", "took 40 and 35 beds in the 70-bed ward": parts joined by "and" just before
    a whole sized in a compound of their own noun, after "in", "of" or "on"."""
    whole = counts[index]
    if index < 2 or not _COMPOUND_SIZE.match(whole.text):
        return None
    last = counts[index - 1]
    if last.unit != whole.unit or last.start < sentence_start:
        return None
    gap = _PARTS_INTO_SIZED.fullmatch(body, last.end, whole.start)
    if gap is None:
        return None
    parts = _parts_before(body, counts, index, sentence_start)
    if len(parts) < 2:
        return None
    return _Parts(whole, parts, bool(gap.group("each")) or _splits(body, parts))


def _listed_after(
    body: str, whole: Claim, counts: list[Claim], index: int, limit: int
) -> _Parts | None:
    if index + 1 >= len(counts) or counts[index + 1].start >= limit:
        return None
    first = index + 1
    if _counts_the_parts(body, whole, counts, first, limit):
        first += 1  # "120 staff work at two sites: 70 ...; 65 ...": the parts' own count
    gap = body[whole.end : counts[first].start]
    if len(gap) > _LIST_GAP_CHARS:
        return None  # every frame below is read in fewer characters
    split = _list_frame(body, whole, counts[first], gap)
    if split is None:
        return None
    parts = _parts_after(body, whole, counts, first, limit, opened=True)
    if len(parts) > 1 and _INCLUDING_CLOSED.fullmatch(body, parts[0].end, parts[1].start):
        # "six flights, including four non-stop flights, and three via ...": the comma
        # closes the aside; what follows is beside the whole, not in it.
        parts = parts[:1] if _INCLUDING.match(gap) else parts
    if split == "shares":
        shared = len(parts) > 1 and _all_gapped(body, parts, _SHARED_OUT_AFTER)
        return _Parts(whole, parts, shared and _distinct_shares(body, parts))
    if split == "categories":
        categories = _one_and_the_other(body, parts)
        return _Parts(whole, parts, categories or _one_partition(_descriptions(body, parts)))
    if split == "kinds":
        split_up = _one_partition(_descriptions(body, parts)) or _distinct_kinds(parts)
        return _Parts(whole, parts, split_up)
    if split == "adjuncts":
        adjuncts = _one_and_the_other(body, parts) or _distinct_adjuncts(body, parts)
        return _Parts(whole, parts, adjuncts)
    if split == "allotted":
        return _Parts(whole, parts, _given_to_each(body, parts))
    if split == "partition":
        exclusive = len(parts) > 1 and (
            _all_gapped(body, parts, _EXCLUSIVE_AFTER) or _distinct_participles(body, parts)
        )
        # "broke down as 170 about noise and 150 about litter": each told apart by one
        # preposition's object, in a frame that splits the whole.
        exclusive = exclusive or _distinct_adjuncts(body, parts)
        return _Parts(whole, parts, exclusive or _one_partition(_descriptions(body, parts)))
    return _Parts(whole, parts, split == "composed" or _splits(body, parts))


_FIRST_GROUP_ENDING = compile_pattern(
    r"\s+the\s+(?:first|former|one),?\s+(?:of|with|numbering)\s*$"
)
# ("two countries: Spain sent 151": the first part's holder, and its verb, before it)
_NAME_ENDING = compile_pattern(r"\s[A-Z][a-z]+(?:\s+[a-z]{3,})?\s*$")


def _one_and_the_other(body: str, parts: list[Claim]) -> bool:
    """ "50 in one and 45 in the other": two parts, the one and the other of two things."""
    return (
        len(parts) == 2
        and _IN_ONE_AFTER.match(body, parts[0].end) is not None
        and _IN_THE_OTHER_AFTER.match(body, parts[1].end) is not None
    )


def _counts_the_parts(body: str, whole: Claim, counts: list[Claim], index: int, limit: int) -> bool:
    """ "The firm's 120 staff work at two sites: 70 in the city; 65 at the airport": a
    small count of something else than the whole, just before a colon or a dash, whose
    value is the number of figures listed after it, counts the parts rather than being
    their whole."""
    counted = counts[index]
    if index + 2 >= len(counts) or counts[index + 1].start >= limit:
        return False
    if counted.unit in (None, whole.unit) or counted.value is None or counted.value > 10:
        return False
    # (": Northfield 160, ...", ": Spain sent 151": the first part's place or holder)
    gap = _NAME_ENDING.sub("", body[counted.end : counts[index + 1].start])
    # (": the first, of 300, ...": the first group's own size after its ordinal)
    gap = _FIRST_GROUP_ENDING.sub("", gap)
    listed = [claim for claim in counts[index + 1 :] if claim.start < limit]
    if not _AMOUNT_THEN_LIST.match(gap) and not (
        # "work at two offices, 50 in one and 45 in the other": after a comma, only where
        # the parts are told as the one and the other of the two, or each by the
        # preposition the count was given with ("came from two countries, 180 from France
        # and 160 from Spain")
        gap.strip() == ","
        and (
            _one_and_the_other(body, listed)
            or _adjuncts_of_counted_preposition(body, counted, listed)
        )
    ):
        return False
    return len(listed) == counted.value


_PREPOSITION_BEFORE = compile_pattern(r"\b(?P<preposition>[a-z]+)\s+$")


def _adjuncts_of_counted_preposition(body: str, counted: Claim, listed: list[Claim]) -> bool:
    """ "from two countries, 180 from France and 160 from Spain": the parts told apart by
    one preposition's different objects, the preposition the small count stood after."""
    before = _PREPOSITION_BEFORE.search(body, max(0, counted.start - 16), counted.start)
    adjunct = _ADJUNCT_AFTER.match(body, listed[0].end) if listed else None
    return (
        before is not None
        and adjunct is not None
        and before.group("preposition") == adjunct.group("preposition").lower()
        and _distinct_adjuncts(body, listed)
    )


def _parts_before_in_all(
    context: ArticleContext, counts: list[Claim], index: int, sentence_start: int
) -> Iterator[_Parts]:
    """A whole summing up parts before it: "30 men and 25 women, 50 in all"; "45 were
    adults and 40 children. In all, 80 people were on board."; "70 were women and 65 men.
    The firm has 120 staff in all."."""
    body = context.article.body
    whole = counts[index]
    previous_start = _previous_sentence_start(context, sentence_start)
    if _IN_ALL_AFTER.match(body, whole.end) or _IN_ALL_CLAUSE_END.match(body, whole.end):
        parts = _parts_before(body, counts, index, sentence_start, summed=True)
        if not parts and sentence_start:
            parts = _parts_before(
                body, counts, index, previous_start, before=sentence_start, summed=True
            )
            parts = parts if _sentence_of_parts(body, parts, sentence_start) else []
        if not parts and sentence_start:
            parts = _parts_further_back(context, counts, index, sentence_start)
        yield _Parts(whole, parts, _splits(body, parts))
    if sentence_start and _IN_ALL_BEFORE.match(body[sentence_start : whole.start]):
        parts = _parts_before(
            body, counts, index, previous_start, before=sentence_start, summed=True
        )
        if not parts:
            parts = _parts_one_per_sentence(context, counts, index, sentence_start)
        if not parts:
            parts = _parts_further_back(context, counts, index, sentence_start)
        yield _Parts(whole, parts, _splits(body, parts))


def _previous_sentence_start(context: ArticleContext, sentence_start: int) -> int:
    """Where the sentence before the one starting at `sentence_start` starts (read from its
    last character: the space between two sentences is in neither)."""
    body = context.article.body
    last = sentence_start - 1
    while last >= 0 and body[last].isspace():
        last -= 1
    return sentence_bounds(context, last)[0] if last >= 0 else 0


def _parts_one_per_sentence(
    context: ArticleContext, counts: list[Claim], index: int, sentence_start: int
) -> list[Claim]:
    """ "The club sold 300 tickets to adults. Juniors bought 200. In all, 420 ...": one
    part in each of the sentences right before a whole opening "in all", each sentence
    holding one figure of the whole's measure."""
    whole = counts[index]
    body = context.article.body
    parts: list[Claim] = []
    end = sentence_start
    while end > 0 and len(parts) < _MAX_PARTS_SENTENCES:
        last = len(body[:end].rstrip()) - 1
        if last < 0:
            break
        start = sentence_bounds(context, last)[0]
        inside = [claim for claim in counts[:index] if start <= claim.start < end]
        if len(inside) != 1 or not _same_measure(whole, inside[0]):
            break
        parts.insert(0, inside[0])
        end = start
    return parts if len(parts) > 1 else []


def _parts_further_back(
    context: ArticleContext, counts: list[Claim], index: int, sentence_start: int
) -> list[Claim]:
    """ "70 adults and 62 children were aboard. [...] In all, 120 people were on board.": the
    parts a whole "in all" sums up, in the last earlier sentence listing figures of its
    measure (other figures between are not of that measure). A sentence of the article
    between whose figure of that measure lists no parts ("Car imports rose to 143,880
    units.") is passed over: a single count is no list the whole could sum up."""
    body = context.article.body
    whole = counts[index]
    for position in range(index - 1, -1, -1):
        claim = counts[position]
        if claim.start < sentence_start - _REFERENT_REACH:
            return []
        if claim.start < sentence_start and _same_measure(whole, claim):
            start, end = sentence_bounds(context, claim.start)
            parts = _parts_before(body, counts, index, start, before=end)
            if _sentence_of_parts(body, parts, end):
                return parts
            if sum(1 for other in counts[:index] if start <= other.start < end) > 1:
                return []  # figures listed there, not as the whole's parts
    return []


def _sentence_of_parts(body: str, parts: list[Claim], following: int) -> bool:
    """The parts end the sentence before, a few words at most after the last one."""
    if not parts:
        return False
    return len(body[parts[-1].end : following].split()) <= _WORDS_AFTER_LAST_PART


def _distinct_participles(body: str, parts: list[Claim]) -> bool:
    """ "lost 120 tanks, 70 destroyed and 65 captured": each part what befell it, a
    different past participle right after each (one item is not both)."""
    words = []
    for part in parts:
        if part.unit:
            return False
        match = _PARTICIPLE_AFTER.match(body, part.end)
        if match is None:
            return False
        words.append(match.group(1).lower())
    return len(set(words)) == len(words)


def _list_frame(body: str, whole: Claim, first: Claim, gap: str) -> str | None:
    """How the words between a whole and the first figure after it list its parts:
    "composed" (they say the parts make it up), "listed" (the parts split it if their words
    do), "partition" (categories of one partition, or places one item cannot be at twice,
    are parts), "categories" (only categories of one partition are), None (no list)."""
    if _COMPOSED_OF.match(gap) or (whole.dimension == "currency" and _FUNDED_BY.match(gap)):
        return "composed"
    if _ASIDE_THEN_VERB.match(gap) and _SIZED_WITH_OF.search(
        body, max(0, whole.start - 40), whole.start
    ):
        # "The hospital, with a staff of 500, employs 300 nurses and 260 porters": the
        # subject sized in an aside, then its verb's objects, each a kind of it.
        return "kinds"
    if _COMPOUND_SIZE.match(whole.text) and _ALLOTTED.match(gap):
        # "The 293-page report devotes 150 pages to the river and 160 to the railway": a
        # sized whole given out, each part to a place or thing of its own.
        return "allotted"
    if _LIST_AFTER.match(gap) or _BRACKETED_LIST.match(gap):
        return "listed"
    # "80 people were arrested, 45 of them men and 40 women"; "the 80 runners - 45 of them
    # women and 40 men - set off": an aside after a comma, a dash or a bracket.
    if _ASIDE_OPENER.search(gap) and _OF_THEM_AFTER.match(body, first.end):
        return "listed"
    # "90 voters; 52 backed the plan and 41 opposed it": parts after a semicolon, for a
    # whole counted in a noun (a semicolon between amounts lists figures side by side).
    if whole.unit and whole.dimension == "count" and _SEMICOLON_LIST.match(gap):
        return "listed"
    if whole.dimension == "currency" or whole.dimension in _ADDITIVE_MEASURES:
        # "412 million euros, 260 million on schools and 175 million on roads", "412 tonnes
        # of cargo: 260 tonnes of grain and ...": an amount shared out by what each part is
        # spent on or made of.
        return "shares" if _AMOUNT_THEN_LIST.match(gap) else None
    if whole.unit is None and first.unit and _NAMED_BY_ADJECTIVE.match(gap):
        return "categories"
    if whole.dimension != "count" or not whole.unit:
        return None  # the frames below need a whole that names what it counts
    # "In the 120-seat chamber, the ruling party holds 70 seats and ...".
    if (
        _COMPOUND_SIZE.match(whole.text)
        and _GROUP_THEN_CLAUSE.match(gap)
        and not _OVERLAP_WORDS.search(gap)
    ):
        return "listed"
    short = _short_list_frame(whole, gap)
    if short is None and _PREDICATE_THEN_COMMA.match(gap) and not _OVERLAP_WORDS.search(gap):
        # "191 walkers were rescued from the hills, 93 by helicopter and 98 by lifeboat":
        # figures after the whole's own clause, each told apart by where, how or by whom.
        return "adjuncts"
    return short


# Nouns of sex and age cut across any other kind of person ("300 nurses and 260 women").
_CROSS_CUTTING = frozenset().union(*_PARTITIONS[0], *_PARTITIONS[1])


def _distinct_kinds(parts: list[Claim]) -> bool:
    """Each part counted in a noun of its own, none of sex or age: kinds of the one whole
    ("300 nurses and 260 porters")."""
    units = [part.unit for part in parts]
    return (
        len(parts) > 1
        and all(units)
        and len(set(units)) == len(units)
        and not any(
            unit in _CROSS_CUTTING or f"{unit}s" in _CROSS_CUTTING for unit in units if unit
        )
    )


# "with a staff of 500, employs": a subject sized in an aside by a noun and "of", closed
# by a comma before the subject's verb.
_SIZED_WITH_OF = compile_pattern(
    r"\bwith\s+(?:a|an)\s+(?:total\s+)?[a-z]+\s+of\s+"
    r"(?:(?:some|about|around|nearly|almost|more\s+than|over)\s+)?$",
    re.I,
)
# (a verb of having members: "employs", "has", "houses", "fields", "runs", "keeps")
_ASIDE_THEN_VERB = compile_pattern(
    r"^\s*,\s+(?:now\s+|still\s+)?(?:employ|ha|house|field|run|keep|operate|count|hold|"
    r"include|comprise|contain|number)(?:s|ed|d)?\s+$"
)
# After a sized whole ("the 112-minute programme"), a verb that gives it out in parts.
_ALLOTTED = compile_pattern(
    r"^(?:\s+[A-Za-z][\w'’-]*){1,3}?\s+(?:devotes?|devoted|allots?|allotted|dedicates?|"
    r"dedicated|assigns?|assigned|allocates?|allocated|(?:gives?|gave|given)\s+over|spends?|"
    r"spent|sets?\s+aside)\s+(?:(?:some|about|around|nearly|just)\s+)?$",
    re.I,
)


# What a part of a sized whole is given to: "to music", "on the election", "for talks".
_GIVEN_TO = compile_pattern(
    r"\s+(?:[a-z]+\s+)?(?P<preposition>to|on|for)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<object>(?!which\b|whom\b|them\b|those\b|these\b|all\b|total\b)[A-Za-z][\w'’-]*)",
    re.I,
)


def _given_to_each(body: str, parts: list[Claim]) -> bool:
    """ "... allots 77 minutes to music and 50 to speeches": each part given by one and
    the same preposition to a different thing (a minute or a page goes to one of them)."""
    if len(parts) < 2:
        return False
    prepositions, objects = set(), []
    for part in parts:
        match = _GIVEN_TO.match(body, part.end)
        if match is None:
            return False
        prepositions.add(match.group("preposition").lower())
        objects.append(match.group("object").lower())
    return len(prepositions) == 1 and len(set(objects)) == len(objects)


_DIGIT = compile_pattern(r"\d")


def _allotted_whole(body: str, claim: Claim) -> bool:
    """ "the 293-page report devotes ...": a size written as a compound modifier, which a
    verb right after it gives out in parts (a count, though "293-page" alone is none)."""
    if claim.value is None or not _COMPOUND_SIZE.match(claim.text):
        return False
    following = body[claim.end : claim.end + _LIST_GAP_CHARS]
    digit = _DIGIT.search(following)
    return digit is not None and _ALLOTTED.match(following[: digit.start()]) is not None


def _distinct_adjuncts(body: str, parts: list[Claim]) -> bool:
    """ "..., 93 by helicopter and 98 by lifeboat", "..., 40 in Leeds and 35 in York":
    bare parts each followed by one and the same preposition and a different object, the
    whole's verb left out: each item was rescued, sold or hurt one way, at one place.
    ("90 at the dinner and 120 at the match" may count one guest twice: left alone.)"""
    if len(parts) < 2 or any(part.unit for part in parts):
        return False
    prepositions, objects = set(), []
    for part in parts:
        match = _ADJUNCT_AFTER.match(body, part.end)
        if match is None:
            return False
        prepositions.add(match.group("preposition").lower())
        objects.append(match.group("object").lower())
    return len(prepositions) == 1 and "at" not in prepositions and len(set(objects)) == len(objects)


def _short_list_frame(whole: Claim, gap: str) -> str | None:
    """The frames of a short phrase between a whole counted in a noun and its parts."""
    # (a list after "are" may carry a longer phrase: "the 300 patients treated at the
    # field hospital were ...")
    listed = _NOUN_PHRASE_LIST.match(gap) is not None
    if not (listed or _SHORT_PHRASE.match(gap)):
        return None
    if _OVERLAP_WORDS.search(gap) or _COORDINATED.search(gap):
        return None  # (all are phrases with no overlap word, no "and")
    # "The 120 members of the club are 70 men and 60 women."
    if listed:
        return "listed"
    # "The 120-member board has 70 elected members and 60 appointed ones."
    if _COMPOUND_SIZE.match(whole.text) and _GROUP_HAS.match(gap):
        return "listed"
    if not _NOUN_PHRASE_COMMA.match(gap):
        return None
    # Not "52 of the 90": a part before its whole; "183 people on board, 170 ...": a place
    # closed by a comma; "the school, which has 412 pupils, said 230 ...".
    if not _PREPOSITION_IN_GAP.search(gap):
        return "partition"
    if "," in gap and not _PART_BEFORE_WHOLE.search(gap):
        # The whole's own place ("from Airbus, 15 ... from Boeing" lists siblings): only
        # categories of one partition are parts.
        return "categories"
    return None


def _taken_from(
    body: str, whole: Claim, counts: list[Claim], index: int, limit: int
) -> _Parts | None:
    """ "The school received 227 applications and accepted 251 of them", "..., of which
    251 were accepted", "..., 251 of which ...": the next figure of the sentence taken
    from the whole by "of them" or "of which"."""
    if index + 1 >= len(counts) or not whole.unit or whole.dimension != "count":
        return None
    part = counts[index + 1]
    if part.start >= limit or part.unit not in (None, whole.unit):
        return None
    gap = body[whole.end : part.start]
    if len(gap) > _PART_GAP_CHARS or _OVERLAP_WORDS.search(_OF_WHICH_BEFORE.sub("", gap)):
        return None
    if not (_OF_WHICH_BEFORE.search(gap) or _OF_THEM_AFTER.match(body, part.end)):
        return None
    if index + 2 < len(counts) and counts[index + 2].start < limit:
        return None  # more figures: the list frames read them
    return _Parts(whole, [part], True, partitive=True)


def _with_rest_in_next_sentence(
    context: ArticleContext, counts: list[Claim], stated: _Parts
) -> _Parts:
    """ "Of the 120 workers, 75 kept their jobs. The remaining 60 were laid off.": the rest
    of the whole, opening the sentence after the parts."""
    if not stated.parts or stated.parts[0].start < stated.whole.start:
        return stated
    last = stated.parts[-1]
    position = _first_after(counts, last.start)
    if position is None:
        return stated
    following = counts[position]
    body = context.article.body
    start, _end = sentence_bounds(context, following.start)
    if start <= last.start or sentence_bounds(context, last.start)[1] > start:
        return stated
    if body[sentence_bounds(context, last.start)[1] : start].strip():
        return stated
    if not _REST_OPENING.fullmatch(body[start : following.start]):
        return stated
    if not _same_measure(stated.whole, following):
        return stated
    stated_sum = sum(part.value or 0.0 for part in stated.parts)
    if stated.whole.value is not None and stated_sum >= stated.whole.value:
        return stated  # the parts fill the whole: "the remaining 10" is the rest of more
    split = stated.split if len(stated.parts) > 1 else True
    return _Parts(stated.whole, [*stated.parts, following], split)


def _parts_in_next_sentence(context: ArticleContext, counts: list[Claim]) -> Iterator[_Parts]:
    """ "The clinic treated 120 patients. 70 of them ... and the other 60 ...": parts of the
    last figure of a sentence, in the sentence after it."""
    body = context.article.body
    for index in range(1, len(counts)):
        part = counts[index]
        start, end = sentence_bounds(context, part.start)
        referent = _referent_before(context, counts, index, start)
        if referent is None:
            continue  # "The 40 of them say ...", "All 40 of them": the whole said again
        whole_index = referent
        whole = counts[whole_index]
        whole_start, whole_end = sentence_bounds(context, whole.start)
        if (whole_start, whole_end) == (start, end) or whole_end > start or whole.unit is None:
            continue
        if body[whole.end : whole_end].count(",") > 1:
            continue  # the figure is not the last word of its sentence
        adjacent = not body[whole_end:start].strip()
        if _THEY_OPENING.match(body, start, part.start) and not _group_count(whole):
            continue  # "They include 615 mln ..." after an amount: the subject, not the figure
        if not adjacent and not (_refers_back(body, start, part) and _group_count(whole)):
            # Further back, only words pointing back ("70 of them", "Among them were")
            # make the count before (no other count between) the whole; or bare parts
            # opening a sentence as categories of one partition, of the nearest group
            # counted before them.
            far = _far_partition(context, counts, index, (start, end))
            if far is not None:
                yield far
            continue
        if _another_of_its_measure(counts, whole_index, whole_start):
            # "rose to 1.2 million tonnes from 0.9 million": two figures of one measure
            # before, and the words do not say which one the next sentence shares out.
            continue
        anaphora = _OF_THEM_AFTER.match(body, part.end) or _OF_THEM_BEFORE.match(
            body[start : part.start]
        )
        complement = None if anaphora else _complement_after(body, whole, counts, index, end)
        if complement is not None and _short_lead(body[start : part.start]):
            # "Doctors treated 70 for burns and sent the other 62 home": "the other" says
            # the two split the whole of the sentence before.
            yield _Parts(whole, [part, complement], True)
            continue
        if anaphora is None and not (
            _opens_sentence(body, start, part) and _COMPLEMENT.search(body, part.end, end)
        ):
            # "230 are girls and 190 are boys", "Adults accounted for 600 and children for
            # 350": parts of one partition, or stated in parallel, opening the sentence.
            parts = _parts_opening_sentences(context, whole, counts, index, adjacent)
            if parts:
                yield _Parts(whole, parts, True)
            continue
        after = anaphora.end() if anaphora and anaphora.start() >= part.end else part.end
        rest = _parts_after(body, whole, counts, index + 1, end, after=after, continuing=True)
        parts = [part, *rest]
        yield _Parts(whole, parts, _splits(body, parts), partitive=anaphora is not None)


def _far_partition(
    context: ArticleContext, counts: list[Claim], index: int, sentence: tuple[int, int]
) -> _Parts | None:
    """ "The ferry was carrying 300 passengers. ... 170 were adults and 150 were children.":
    bare counts opening a sentence, told apart only as categories of one partition (adults
    and children, men and women, for and against), are parts of the nearest count of a
    group before them, sentences away (within reach, no group counted between)."""
    body = context.article.body
    part = counts[index]
    if part.unit is not None or not _opens_sentence(body, sentence[0], part):
        return None
    reach = part.start - _REFERENT_REACH
    whole = None
    for earlier in range(index - 1, -1, -1):
        claim = counts[earlier]
        if claim.start < reach:
            return None
        if _group_count(claim):
            whole = claim
            break
    if whole is None:
        return None
    parts = _parallel_parts(body, whole, counts, index, sentence)
    if len(parts) < 2 or any(other.unit is not None for other in parts):
        return None
    descriptions = _descriptions(body, parts)
    if _cross_partitions(descriptions) or not _one_partition(descriptions):
        return None
    return _Parts(whole, parts, True)


def _complement_after(
    body: str, whole: Claim, counts: list[Claim], index: int, sentence_end: int
) -> Claim | None:
    """The one count after counts[index] in its sentence, opened by "the other", "the
    remaining" or "the rest" and of the whole's measure."""
    following = index + 1
    if following >= len(counts) or counts[following].start >= sentence_end:
        return None
    if following + 1 < len(counts) and counts[following + 1].start < sentence_end:
        return None
    claim = counts[following]
    gap = body[counts[index].end : claim.start]
    if len(gap) > _PART_GAP_CHARS or not _COMPLEMENT.search(gap) or re.search(r"[.;:]", gap):
        return None
    return claim if _same_measure(whole, claim) else None


def _short_lead(lead: str) -> bool:
    """A few words opening the sentence before its first figure ("Doctors treated")."""
    return len(lead.split()) <= _MAX_LEAD_WORDS and not re.search(r"[,;:\d]", lead)


def _group_count(claim: Claim) -> bool:
    """A count of things named by a noun, not an amount, a score or a period."""
    return (
        claim.dimension == "count"
        and claim.unit is not None
        and claim.unit not in _NOT_GROUP_NOUNS
        and not _SCALE_WORD.search(claim.text)
    )


def _last_group_count(context: ArticleContext, counts: list[Claim], position: int) -> int:
    """The nearest count at or before `position` of things named by a noun, not an amount,
    a score or a period; `position` itself when there is none within reach."""
    reach = counts[position].start - _REFERENT_REACH
    nearest_sentence: tuple[int, int] | None = None
    for earlier in range(position, -1, -1):
        claim = counts[earlier]
        if claim.start < reach:
            break
        sentence = sentence_bounds(context, claim.start)
        if nearest_sentence is not None and sentence != nearest_sentence:
            break  # the referent is in the nearest sentence holding figures, or nowhere
        nearest_sentence = sentence
        if _group_count(claim):
            return earlier
    return position


def _referent_before(
    context: ArticleContext, counts: list[Claim], index: int, start: int
) -> int | None:
    """The count before counts[index] (opening the sentence at `start`) that it may be a
    part of: the one right before; the group counted last when words point back ("70 of
    them", "They included"), past figures of other things (amounts, points, years); the
    count of the noun a participle names ("Of those arrested"). None when the count is the
    whole again ("The 40 of them", "All 40 of them")."""
    body = context.article.body
    part = counts[index]
    if _ALL_OF_THEM_BEFORE.search(body, max(start, part.start - 6), part.start) and (
        _OF_THEM_AFTER.match(body, part.end)
    ):
        return None
    if counts[index - 1].start >= start or not _refers_back(body, start, part):
        return index - 1
    named = _named_by_participle(body, counts, index, body[start : part.start])
    return named if named is not None else _last_group_count(context, counts, index - 1)


# "Of those arrested, ...": the participle naming the whole by what befell it.
_OF_THOSE_PARTICIPLE = compile_pattern(
    r"\W*(?:of|out\s+of|among)\s+(?:those|these)\s+([a-z]{3,})ed\b", re.I
)
_STEM_LETTERS = 5


def _named_by_participle(body: str, counts: list[Claim], index: int, lead: str) -> int | None:
    """The count a lead "Of those arrested," points back at: the nearest one before the
    part whose noun shares the participle's stem ("100 arrests"), past figures of other
    things between ("The figure is up from 310"); None when the lead is not so or no count
    before is of that noun."""
    match = _OF_THOSE_PARTICIPLE.match(lead)
    if match is None:
        return None
    stem = match.group(1).lower()[:_STEM_LETTERS]
    reach = counts[index].start - _PARTICIPLE_REACH
    for earlier in range(index - 1, -1, -1):
        claim = counts[earlier]
        if claim.start < reach:
            break
        if claim.unit and claim.unit.lower().startswith(stem):
            return earlier
    return None


def _refers_back(body: str, sentence_start: int, part: Claim) -> bool:
    return bool(
        _OF_THEM_AFTER.match(body, part.end)
        or _OF_THEM_BEFORE.match(body[sentence_start : part.start])
    )


def _another_of_its_measure(counts: list[Claim], position: int, sentence_start: int) -> bool:
    """Another figure of the unit of counts[position] earlier in its sentence (the counts
    are in body order: only those back to the sentence start are read)."""
    unit = counts[position].unit
    for earlier in range(position - 1, -1, -1):
        if counts[earlier].start < sentence_start:
            return False
        if counts[earlier].unit == unit:
            return True
    return False


def _parts_of_named_group(context: ArticleContext, counts: list[Claim]) -> Iterator[_Parts]:
    """ "The clinic treated 227 patients ... Of the patients, 143 were adults and 97 were
    children.": parts of a group the sentence names by its noun alone ("of the patients",
    "among the patients were", "the patients included", "143 of the patients"), whose
    size an earlier sentence of the article states."""
    body = context.article.body
    index = 0
    while index < len(counts):
        first = counts[index]
        start, end = sentence_bounds(context, first.start)
        following = index + 1
        while following < len(counts) and counts[following].start < end:
            following += 1
        if following - index >= 2:
            named = _named_group_before(body[start : first.start])
            position, after, frame = index, None, named[1] if named else ""
            of_group = _PART_OF_NAMED.match(body, first.end) if named is None else None
            if of_group and first.unit not in (None, lemmatize_noun(of_group.group("noun"))):
                of_group = None  # extraction gives "143 of the delegates" the group's noun
            if named is None and (first.unit is None or of_group):
                named = (of_group.group("noun"), "part") if of_group else None
                position, after, frame = index + 1, of_group.end() if of_group else None, "part"
            whole = _earlier_size(context, counts, index, named[0]) if named else None
            if whole is not None:
                parts = _parts_after(
                    body,
                    whole,
                    counts,
                    position,
                    end,
                    opened=frame != "part",
                    after=after if after is not None else first.start,
                    continuing=frame == "part",
                )
                if frame == "part":
                    parts = [first, *parts] if parts else []
                if len(parts) >= 2:
                    yield _Parts(whole, parts, frame == "composed" or _splits(body, parts))
        index = following


def _named_group_before(lead: str) -> tuple[str, str] | None:
    """The group noun and the frame of the words opening a sentence before its first
    part: "Of the patients, " (parts), "The patients comprised " (composed)."""
    match = _NAMED_GROUP_OPENING.match(lead)
    if match is None:
        return None
    noun = match.group("noun") or match.group("noun2")
    return noun, "composed" if match.group("composed") else "listed"


def _earlier_size(
    context: ArticleContext, counts: list[Claim], index: int, noun: str
) -> Claim | None:
    """The size of the group an earlier sentence counts in that noun: the nearest count of
    it before the sentence, when every count of it there gives one figure."""
    lemma = lemmatize_noun(noun)
    if lemma in _NOT_GROUP_NOUNS:
        return None
    start = sentence_bounds(context, counts[index].start)[0]
    earlier = [c for c in counts[:index] if c.start < start and c.unit == lemma]
    if not earlier or len({c.value for c in earlier}) != 1:
        return None
    return earlier[-1]


def _parallel_parts(
    body: str, whole: Claim, counts: list[Claim], index: int, sentence: tuple[int, int]
) -> list[Claim]:
    """Parts opening the sentence after their whole with nothing but the parts' own words
    to tie them to it: only categories of one partition, or parts after the first stated
    with its verb left out ("and children for 350"), are taken for its parts."""
    part = counts[index]
    lead = body[sentence[0] : part.start]
    if len(lead.split()) > _MAX_LEAD_WORDS or re.search(r"[,;:\d]", lead):
        return []
    if index + 1 >= len(counts) or counts[index + 1].start >= sentence[1]:
        # One figure: a part only when it opens the sentence with its category ("Thirty
        # were adults."), for the rest of the whole to follow ("The remaining 27 ...").
        copular = _opens_sentence(body, sentence[0], part) and _COPULA_CATEGORY.match(
            body, part.end
        )
        return [part] if copular and _same_measure(whole, part) else []
    rest = _parts_after(
        body, whole, counts, index + 1, sentence[1], after=part.end, continuing=True
    )
    if not rest:
        return []
    parts = [part, *rest]
    if _cross_partitions(_descriptions(body, parts)):
        return []
    if _all_gapped(body, parts) or _copular_categories(body, parts):
        return parts
    return parts if _one_partition(_descriptions(body, parts)) else []


def _parts_opening_sentences(
    context: ArticleContext, whole: Claim, counts: list[Claim], index: int, adjacent: bool
) -> list[Claim]:
    """Parts opening the sentence after their whole, or each of the sentences after it.
    Not sums of money: the next sentence's amounts are most often other pots ("A total of
    14.5 mln was lent to X. Y is to receive 8.9 mln, ...")."""
    if whole.dimension == "currency":
        return []
    sentence = sentence_bounds(context, counts[index].start)
    parts = _parallel_parts(context.article.body, whole, counts, index, sentence)
    if len(parts) < 2 and adjacent:
        # "The clinic saw 90 patients. 60 were children. 45 were adults."
        parts = _parts_sentence_by_sentence(context, whole, counts, index) or parts
    return parts


def _parts_sentence_by_sentence(
    context: ArticleContext, whole: Claim, counts: list[Claim], index: int
) -> list[Claim]:
    """ "The clinic saw 90 patients. 60 were children. 45 were adults.", "... Some 250 flew
    economy. Another 190 flew business class.": parts each opening one of the sentences
    right after their whole, the only figure of its sentence, each said to be of its own
    category by a linking verb or added to those before ("another", "a further", "the
    other", "the remaining")."""
    body = context.article.body
    parts: list[Claim] = []
    added = copular = True
    # "The shelter took in 186 dogs. 120 dogs were rehomed. 90 dogs went back to their
    # owners.": each part opening its sentence counts the whole's own noun, the head the
    # sentences share.
    shared = whole.dimension == "count" and bool(whole.unit)
    previous_end = sentence_bounds(context, whole.start)[1]
    for position in range(index, min(len(counts), index + _MAX_PARTS_BY_SENTENCE)):
        part = counts[position]
        start, end = sentence_bounds(context, part.start)
        single = position + 1 >= len(counts) or counts[position + 1].start >= end
        lead = body[start : part.start]
        if (
            body[previous_end:start].strip()
            or not single
            or not _same_measure(whole, part)
            or len(lead.split()) > _MAX_LEAD_WORDS
            or re.search(r"[,;:\d]", lead)
        ):
            break
        # Each sentence must keep the chain one of its two kinds, or the walk stops here.
        still_added = added and (not parts or _ADDED_PART.search(lead) is not None)
        still_copular = copular and _COPULA_CATEGORY.match(body, part.end) is not None
        still_shared = (
            shared
            and part.unit == whole.unit
            and _opens_sentence(body, start, part)
            and _SUBJECT_VERB_AFTER.match(body, part.end) is not None
        )
        if not (still_added or still_copular or still_shared):
            break
        added, copular, shared = still_added, still_copular, still_shared
        parts.append(part)
        previous_end = end
    if len(parts) < 2:
        return []
    return parts if added or shared or _copular_categories(body, parts) else []


# A count opening its sentence as the subject of a verb right after it ("120 dogs were
# rehomed", "90 dogs went back"), not of a phrase going on ("120 dogs of the 300 ...").
_SUBJECT_VERB_AFTER = compile_pattern(
    r"\s+(?:were|was|are|is|had|have|has|will|would|(?:[a-z]{3,}ed|went|came|left|stayed|"
    r"remain(?:ed)?|got|found|took|ran|fled|won|lost|made)\b)",
    re.I,
)


def _copular_categories(body: str, parts: list[Claim]) -> bool:
    """ "140 were British; 112 were from Ireland", "Seventy were students, and 65 were
    pensioners": each part said to be of its own category by a linking verb."""
    categories = []
    placed = set()
    for part in parts:
        match = _COPULA_CATEGORY.match(body, part.end)
        if match is None:
            return False
        categories.append(match.group("category").lower())
        placed.add(match.group("place") is not None)
    # "300 were in Europe and 250 were electric": a place and a kind cut across each other.
    return len(set(categories)) == len(categories) and len(placed) == 1


def _opens_sentence(body: str, start: int, part: Claim) -> bool:
    return not body[start : part.start].strip(" \"“'(")


def _made_up(body: str, claim: Claim) -> bool:
    """ "Adults made up 143 of the 227": a count the extraction read as a rise."""
    return claim.change == "up" and bool(
        _MADE_UP.search(body, max(0, claim.start - 20), claim.start)
    )


# A figure in digits alone, "412" or "1,250" (compiled once: read for every claim).
_PLAIN_FIGURE = re.compile(r"[\d,.]+")


def _is_additive_measure(claim: Claim) -> bool:
    """ "412 hectares", "the 412-km route", or a plain figure that may be one of its parts."""
    if claim.kind not in ("quantity", "duration") or claim.value is None or claim.value < 0:
        return False
    if claim.dimension in _ADDITIVE_MEASURES:
        return claim.change is None and claim.low is None
    return claim.unit is None and _PLAIN_FIGURE.fullmatch(claim.text) is not None


def _age_bound(body: str, claim: Claim) -> bool:
    """ "150 were over 65", "200 were aged under 18 and 150 were 65 or older": a bare
    figure bounding the ages a part is of names its category; it counts nothing."""
    if claim.unit is not None or claim.value is None or not 0 < claim.value <= _OLDEST_AGE:
        return False
    if _AGE_BOUND_AFTER.match(body, claim.end):
        return True
    return bool(_AGE_BOUND_BEFORE.search(body, max(0, claim.start - 40), claim.start))


def _is_count(claim: Claim) -> bool:
    if claim.kind not in ("quantity", "money") or claim.value is None or claim.value < 0:
        return False
    if claim.dimension not in _COUNT_DIMENSIONS:
        return False
    if claim.change is not None and not (claim.dimension == "count" and claim.unit):
        # "cut 412 jobs" is a count of jobs (its parts are jobs cut too); "rose 30" is not.
        return False
    if claim.unit is None and _YEAR_LIKE.match(claim.text.strip()):
        return False
    # "32-bit", "two-door": a number inside a compound modifier is not a count, but "the
    # 120-member assembly" and "the 120-strong workforce" are a group's size.
    compound = _NUMBER_COMPOUND.match(claim.text)
    if compound is None or compound.group(2) in NUMBER_WORD_VALUES:
        return True  # no compound, or a number in words ("forty-five")
    if not compound.group(1)[0].isdigit() and compound.group(1).lower() not in NUMBER_WORD_VALUES:
        return True  # "so-called": no number
    return compound.group(2) in _GROUP_SIZE_COMPOUNDS


def _parts_after(
    body: str,
    whole: Claim,
    counts: list[Claim],
    first: int,
    limit: int,
    opened: bool = False,
    after: int | None = None,
    continuing: bool = False,
) -> list[Claim]:
    """Counts after the whole that each open a clause, in the whole's unit, up to the end.
    `opened`: the words before the first part were already read (a list or a verb);
    `after`: where to start reading (after the whole, unless given); `continuing`: the
    counts follow a part already read."""
    parts: list[Claim] = []
    previous_end = whole.end if after is None else after
    for claim, resume in _outer_counts(body, counts, first, limit):
        if claim.start >= limit:
            break
        # (after a part's aside about some of it, "- 20 of them with babies -", the list
        # goes on where the aside closes)
        previous_end = max(previous_end, resume)
        if claim.start - previous_end > _GAP_CHARS:
            return []
        between = body[previous_end : claim.start]
        anaphora = _OF_THEM_AFTER.match(between) if parts else None
        if anaphora is not None:
            between = between[anaphora.end() :]  # "45 of them men and 40 women"
        if not (opened and not parts) and not _opens_part(between, parts, continuing):
            return []
        if _OVERLAP_WORDS.match(body, claim.end) and not _OF_THEM_AFTER.match(body, claim.end):
            return []
        if not _same_measure(whole, claim):
            return []
        parts.append(claim)
        previous_end = claim.end
    tail = body[previous_end : min(limit, previous_end + _GAP_CHARS)]
    if opened and len(parts) > 1:
        # "with 70 students and 60 pensioners among them": the list placed in its whole.
        tail = _AMONG_THEM_AFTER.sub("", tail, count=1)
    anaphora = _OF_THEM_AFTER.match(tail) if parts else None
    if anaphora is not None and _OF_THEM_AFTER.match(body, parts[0].end):
        tail = tail[anaphora.end() :]  # "70 of which are flooded and 60 of which are dry"
    # The last part's own clause may not let the parts overlap ("... and 60 of them also
    # ..."); a later clause only by saying so outright ("..., and 10 failed both").
    clause = _CLAUSE_END.split(tail, maxsplit=1)[0]
    if _OVERLAP_WORDS.search(clause) or (
        _OTHER_WORD.search(clause) and not _OTHER_IN_PREDICATE.match(clause)
    ):
        return []
    if _OVERLAP_LATER.search(tail):
        return []
    return parts


def _outer_counts(
    body: str, counts: list[Claim], first: int, limit: int
) -> Iterator[tuple[Claim, int]]:
    """The counts from `first` on, each with where the list's words resume before it (0 when
    they run on), leaving out a count in an aside about some of the part before it: "60 are
    families - 20 of them with babies - and 70 ...", "80 riders, among them 20 juniors,
    and 75 ..." (a part of a part, not one of the whole's)."""
    resume = 0
    for position in range(first, len(counts)):  # no slice copy: this runs once per whole
        claim = counts[position]
        if claim.start < resume:
            continue  # another figure inside the aside
        if position > first:
            between = body[counts[position - 1].end : claim.start]
            closed = _nested_aside_end(body, claim, between, limit)
            if closed is not None:
                resume = closed
                continue
        yield claim, resume


# An aside opening right after a part, about some of that part: "- 20 of them with babies -",
# "(20 of them with babies)", ", among them 15 veterans,", ", including 15 veterans,".
_NESTED_OPENER = compile_pattern(
    r"(?:\s[-–—]|\s\(|,\s+(?:among\s+(?:them|whom)|including))\s*$", re.I
)
_NESTED_CLOSERS = {"-": " - ", "–": "–", "—": "—", "(": ")", ",": ","}
_NESTED_REACH = 60


def _nested_aside_end(body: str, claim: Claim, between: str, limit: int) -> int | None:
    """Where an aside about some of the part before ends, when `claim` opens one (a dash or
    a bracket and "N of them", or ", among them N", ", including N"); None otherwise."""
    opener = _NESTED_OPENER.search(between)
    if opener is None:
        return None
    mark = opener.group().strip()[:1]
    if mark in "-–—(" and not _OF_THEM_AFTER.match(body, claim.end):
        return None
    if between[: opener.start()].count(",") or len(between) - opener.start() > 30:
        return None
    closer = _NESTED_CLOSERS[mark]
    found = body.find(closer, claim.end, min(limit, claim.end + _NESTED_REACH))
    if found < 0:
        return None
    return found + len(closer)


def _opens_part(between: str, parts: list[Claim], continuing: bool = False) -> bool:
    # "; the rest — 65 — in the villages": the rest of the whole set off by dashes.
    if between.rstrip().endswith(_DASHES):  # a literal test before the search
        between = _REST_THEN_DASH.sub(r"\g<rest>,", between)
    if parts and len(between) <= _LIST_GAP_CHARS and _subject_and_verb(between):
        # "70 were sold to buyers, while housing associations bought 65": a part in a
        # clause of its own, its subject and verb before it.
        return True
    if (
        (parts or continuing)
        and _SHARED_SUBJECT_VERB.fullmatch(between)
        and not _OVERLAP_WORDS.search(between)
    ):
        # "Inspectors passed 150 of the 300 homes and failed 170": the subject shared, a verb
        # of its own before the part.
        return True
    if (parts or continuing) and (len(between) > _PART_GAP_CHARS or _ASIDE_CLOSED.search(between)):
        return False  # a clause of its own, or an aside closed by a dash, before the figure
    overlap = _OVERLAP_WORDS
    if not parts and not continuing and _WHOLE_MODIFIER.match(between):
        overlap = _OVERLAP_IN_MODIFIER  # "who arrived from nearby towns," describes the whole
    if overlap.search(between):
        return False
    if _OTHER_WORD.search(between) and not _COMPLEMENT.search(between):
        return False  # "60 other ...": another group, not a part of this one
    if _PART_OPENING.search(between) is not None:
        return True
    return (bool(parts) or continuing) and _gapped(between)


def _all_gapped(body: str, parts: list[Claim], after: re.Pattern[str] | None = None) -> bool:
    """Every part after the first stated without a verb of its own: "and the opposition
    150" (its category before it) or ", 600 to Jones" (after it, from a preposition)."""
    for index in range(1, len(parts)):
        previous, part = parts[index - 1], parts[index]
        between = body[previous.end : part.start]
        end = parts[index + 1].start if index + 1 < len(parts) else part.end + 40
        elliptic = (after or _ELLIPTIC_AFTER).match(body[part.end : end])
        if not ((after is None and _gapped(between)) or elliptic):
            return False
    return True


def _distinct_shares(body: str, parts: list[Claim]) -> bool:
    """Each share goes to or is made of its own thing, none of them a period of time."""
    objects = []
    for index, part in enumerate(parts):
        end = parts[index + 1].start if index + 1 < len(parts) else part.end + 40
        match = _SHARED_OUT_AFTER.match(body[part.end : end])
        if match is None:
            return False
        word = match.group("object").lower()
        if word in _PERIOD_WORDS or word.isdigit():
            return False
        objects.append(word)
    return len(set(objects)) == len(objects)


_DASHES = ("—", "–", "-")
_REST_THEN_DASH = compile_pattern(
    r"(?P<rest>\b(?:the\s+rest|the\s+remainder|(?:the\s+)?others))\s*[—–-]\s*$", re.I
)
# After the last link before a part, its clause's own subject and verb: ", while housing
# associations bought", "and the council took".
_SUBJECT_VERB_BEFORE = compile_pattern(
    r"(?:[,;]|\band|\bwhile|\bwhereas|\bbut)\s+(?P<subject>(?:[A-Za-z][\w'’-]*\s+){1,3}?)"
    r"(?P<verb>[a-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\s+$",
)


def _subject_and_verb(between: str) -> bool:
    """A clause of its own before a part: a subject (no pronoun, figure or link word, not
    a source's estimate) and a past verb."""
    match = _SUBJECT_VERB_BEFORE.search(between)
    if match is None or _OVERLAP_WORDS.search(between) or _OTHER_WORD.search(between):
        return False
    words = match.group("subject").lower().split()
    if words[0] in _CONJUNCTIONS:
        words = words[1:]
    return (
        bool(words)
        and match.group("verb").lower() not in _ESTIMATING
        and not any(word in _NOT_CATEGORIES or word in _PRONOUN_SUBJECTS for word in words)
        and not (set(words) - {"the"}) <= _LINK_WORDS
    )


# Between a part taken from its whole and the next one: the whole's words, then "and" and
# a past verb of the same subject ("150 of the 300 homes and failed 170").
_SHARED_SUBJECT_VERB = compile_pattern(
    r"[^,;.\d]{0,40}?\s(?:and|but|while)\s+(?:[a-z]{2,}ed|"
    + "|".join(sorted(IRREGULAR_PAST))
    + r")\s+",
    re.I,
)
_PRONOUN_SUBJECTS = frozenset(("it", "they", "he", "she", "we", "i", "you", "this", "that"))
_FRONTED_PREPOSITIONS = frozenset(("from", "in", "at", "for"))


def _gapped(between: str) -> bool:
    """ "and the opposition 150": a category, no verb and no pronoun, before the figure."""
    match = _GAPPED_PART.search(between)
    if match is None:
        return False
    words = match.group("phrase").lower().split()
    while words and words[0] in _CONJUNCTIONS:
        words = words[1:]  # ", and Labour won": the conjunction after the comma
    if len(words) > 1 and words[0] in _FRONTED_PREPOSITIONS:
        # "and from the south 260": the category fronted in a phrase of place or source,
        # the verb left out as after a subject (not a time: "and in May 260")
        words = words[1:]
        if any(word in _PERIOD_WORDS or word.isdigit() for word in words):
            return False
    if words and words[0] in ("the", "its", "their"):
        words = words[1:]
    if words[-2:] in (["the", "other"], ["the", "remaining"]):
        # "and craftsmen the other 160": the category, then the rest of the whole.
        words = words[:-2]
    return bool(words) and not any(
        word in _LINK_WORDS or word in _NOT_CATEGORIES or word.endswith(("ed", "ing"))
        for word in words
    )


def _same_measure(whole: Claim, part: Claim) -> bool:
    bare = part.unit is None and part.dimension in (None, "dimensionless")
    if whole.dimension in _ADDITIVE_MEASURES or part.dimension in _ADDITIVE_MEASURES:
        # "412 hectares: 260 hectares of forest and ...", "... 260 are forest".
        plain = bare and _PLAIN_FIGURE.fullmatch(part.text) is not None
        return part.unit == whole.unit or (plain and whole.dimension in _ADDITIVE_MEASURES)
    if whole.dimension == "currency" or part.dimension == "currency":
        # "412 million euros, 260 million on schools": the currency written once.
        scaled = bool(_SCALE_WORD.search(part.text)) and bool(_SCALE_WORD.search(whole.text))
        return part.unit == whole.unit or (bare and scaled and whole.dimension == "currency")
    # Parts may name their own noun ("70 women and 60 men"), but not another measure.
    return part.unit in (None, whole.unit) or part.dimension in (None, "count")


# "200 drivers were joined (on the picket line) by 150 conductors": a group added to
# another, each a part of what they make together.
_JOINED_BY = compile_pattern(
    r"(?:\s+[a-z][\w'’-]*){0,3}(?:\s+(?:were|was|are|is|have\s+been|had\s+been|will\s+be)\s+"
    r"joined\s+(?:[a-z][\w'’-]*\s+){0,4}?by|"
    # "30 volunteers, together with 40 paid staff, make up ...", "30 students worked
    # alongside 40 archaeologists": the second part joined to the first as its company.
    r",?\s+(?:together|along)\s+with|\s+alongside)\s+(?:(?:another|a\s+further|some|about)\s+)?",
    re.I,
)


def _list_right_before(
    body: str, counts: list[Claim], index: int, sentence_start: int
) -> list[Claim]:
    """The list of counts ending right before the whole, however its sentence opens ("The
    two schools have 300 and 400 pupils, or 600 ...": not "two schools")."""
    longest: list[Claim] = []
    for position in range(index - 1, -1, -1):
        if counts[position].start < sentence_start:
            break
        parts = _parts_before(body, counts, index, counts[position].start, summed=True)
        if len(parts) > len(longest):
            longest = parts
    return longest


def _parts_before(
    body: str,
    counts: list[Claim],
    index: int,
    sentence_start: int,
    before: int | None = None,
    summed: bool = False,
    gapped: bool = False,
) -> list[Claim]:
    """ "70 men and 60 women make up ...": the counts before the whole in its sentence
    (or, with `before`, in the text from `sentence_start` to it), joined by commas and
    "and"; with `summed` (a whole "in all" right after them), also by semicolons and
    "plus" ("40 were boys; girls numbered 35; 70 pupils in all", "40 diesel buses plus 35
    electric ones – 70 vehicles in total")."""
    parts: list[Claim] = []
    for position in range(index - 1, -1, -1):
        claim = counts[position]
        if before is not None and claim.start >= before:
            continue
        if claim.start < sentence_start:
            break
        following = parts[0].start if parts else None
        if following is not None:
            between = body[claim.end : following]
            tally = _VOTES_TO.fullmatch(body, claim.start, following) is not None
            listed = re.fullmatch(r"[^.;:]*?(?:,|\band)\s*", between)
            # "yes 1,300, no 900": each part after a label of its own
            listed = listed or (
                _LABEL_LINK.fullmatch(between) is not None
                and _LABEL_BEFORE.search(body, max(0, claim.start - 30), claim.start) is not None
            )
            listed = listed or _parallel_clause(body, claim, between)
            listed = listed or _JOINED_BY.fullmatch(between)
            if not listed and _NAMED_AMOUNT_LINK.fullmatch(between):
                # "sales of $40m and fees of $68m": each amount after its own noun and "of".
                listed = _NAMED_AMOUNT_BEFORE.search(body, max(0, claim.start - 40), claim.start)
            if gapped and not listed:
                # "Schools get 230 and roads 269": a holder before each, the verb left out.
                listed = _GAPPED_HOLDER_LINK.fullmatch(between)
            if summed and not listed:
                # (or a clause of its own: "Ferries landed 160 and buses carried 95")
                listed = _SUMMED_LINK.fullmatch(between) or _SUMMED_CLAUSE.fullmatch(between)
            overlap = _OVERLAP_WORDS.search(between)
            if summed and overlap and overlap.group().lower() == "plus":
                overlap = _OVERLAP_WORDS.search(between, overlap.end())
            if not (listed or tally) or overlap:
                return []
        if not _same_measure(counts[index], claim):
            return []
        parts.insert(0, claim)
    return parts if len(parts) > 1 else []


_LABEL_LINK = compile_pattern(r"\s*[,;]\s*(?:and\s+)?[A-Za-z][\w'’-]*:?\s+")
_LABEL_BEFORE = compile_pattern(r"(?:^|[:;,(]|\s[-–—])\s*[A-Za-z][\w'’-]*:?\s+$")
_NAMED_HOLDER_GAPPED = compile_pattern(
    r"(?:,|\band)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+$"
)
_GAPPED_HOLDER_LINK = compile_pattern(
    # ("Labour has 40 councillors and the Greens 30": the first part's own noun before "and")
    # ("and ballots cast in person 4,100": a holder of up to four words)
    r"(?:\s+[a-z]{3,}s)?,?\s+and\s+(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}\s+"
)
# Amounts each named by a noun and "of" before them: "sales of $40m and fees of $68m".
_NAMED_AMOUNT_LINK = compile_pattern(r"(?:,|\s+and)(?:\s+[a-z][\w'’-]*){1,3}\s+of\s+")
_NAMED_AMOUNT_BEFORE = compile_pattern(r"\b[a-z][\w'’-]*\s+of\s+$")
# Between two parts a whole "in all" sums up: a semicolon, or "plus"; or "and", a subject
# and a verb of its own (the whole says the parts are added).
_SUMMED_LINK = compile_pattern(r"[^.:;]{0,40}?(?:;|\bplus\b)[^.:;]{0,40}?", re.I)
_SUMMED_CLAUSE = compile_pattern(
    r"[^.:;,\d]{0,40}?,?\s+and\s+(?:the\s+|its\s+|their\s+)?[a-z]{3,}(?:\s+[a-z]{3,})?\s+"
    r"(?:[a-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\s+(?:(?:another|some|about)\s+)?",
    re.I,
)


def _parallel_clause(body: str, earlier: Claim, between: str) -> bool:
    """ "Juniors bought 200 tickets and adults bought 300", "... and adults 300": the next
    part in a clause of its own whose subject comes before the earlier part's verb, said
    again or left out."""
    clause = _PARALLEL_CLAUSE.fullmatch(between)
    if clause is None:
        return False
    verb_before = _WORDS.findall(body[max(0, earlier.start - 30) : earlier.start].lower())
    if not verb_before:
        return False
    verb = (clause.group("verb") or "").lower()
    return verb in ("", verb_before[-1]) and clause.group("subject").lower() != verb_before[-1]


def _splits(body: str, parts: list[Claim]) -> bool:
    """Whether the words say the parts do not overlap: "the other", one partition's
    categories, or a different word describing each part."""
    if len(parts) < 2:
        return True
    if any(_COMPLEMENT.search(body, max(0, part.start - 20), part.start) for part in parts[1:]):
        return True
    if _OTHER_IN_PREDICATE.match(body, parts[-1].end):
        return True  # "... and 160 were from other countries": the rest, whatever the others
    if all(_BEING_AT.match(body, part.end) for part in parts):
        return False  # "90 were at the dinner and 120 at the match": one may go to both
    descriptions = _descriptions(body, parts)
    if _cross_partitions(descriptions):
        return False
    return (
        _one_partition(descriptions)
        or _different_words(descriptions)
        or _breakdown_after_colon(body, parts)
        or _one_question_two_answers(body, parts)
        or _answer_and_its_denial(body, parts)
    )


# After a part, its verb and what it says ("said they felt safe"), up to the clause's end.
_PART_CLAUSE = compile_pattern(r"\s+(?P<verb>[a-z]+)\b(?P<rest>[^.;:!?]*)", re.I)
# "... said they did not": the verb of the part before, a pronoun, an auxiliary and "not",
# the rest of what the part before said left out.
_DENIAL = compile_pattern(
    r"\s+(?P<verb>[a-z]+)\s+(?:that\s+)?(?:they|it|he|she|we|you)\s+(?:did|do|does|were|was|"
    r"are|is|had|have|has|would|could|will|should|can)(?:\s+not|n['’]t)\s*(?:[.;,)]|$)",
    re.I,
)


def _answer_and_its_denial(body: str, parts: list[Claim]) -> bool:
    """ "180 said they felt safe, whereas 160 said they did not": two parts, the second
    with the first's verb and a denial of what the first said (its own words left out):
    a yes and a no to one question, which no one gives both."""
    if len(parts) != 2:  # (a yes and a no)
        return False
    first, second = parts
    said = _PART_CLAUSE.match(body, first.end, second.start)
    denial = _DENIAL.match(body, second.end)
    return (
        said is not None
        and denial is not None
        and said.group("verb").lower() == denial.group("verb").lower()
        and " not " not in f" {said.group('rest')} "
    )


# A part's own clause: up to a mark or a conjunction opening the next one.
_CLAUSE_STOP = compile_pattern(r"[.,;:()!?]|\s[-–—]\s|\b(?:and|but|while|whereas)\b", re.I)
_POINTING_BACK = frozenset(("it", "they", "them", "this", "that"))
# What is said of the thing: a state in a few words ("kept", "too high", "ran on time").
_MAX_ANSWER_WORDS = 3
_NEGATION_WORDS = frozenset(("not", "never", "no", "did", "does", "do"))


_DEGREE_WORDS = frozenset(("too", "very", "quite", "rather", "so", "fairly", "extremely"))


def _one_question_two_answers(body: str, parts: list[Claim]) -> bool:
    """ "Seventy wanted the subsidy kept, while sixty wanted it scrapped", "60 percent said
    trains ran late and 45 percent said they ran on time": one verb twice, about one and
    the same thing (named by the first part, pointed back at by the later ones), each part
    saying something else of it in a few words: answers to one question, one each. Not
    "failed the brake check ... failed the light check" (two things), nor "said it" with
    nothing said of it, nor clauses of their own ("81% said councillors did not answer
    letters, while 90% said they seldom held surgeries": two questions)."""
    if len(parts) < 2:
        return False
    verbs, things, answers = [], [], []
    for part in (parts[-1], *parts[:-1]):  # the last first: most lists have no "it" there
        clause = body[part.end : part.end + _GAP_CHARS]
        stop = _CLAUSE_STOP.search(clause)
        words = _WORDS.findall((clause[: stop.start()] if stop else clause).lower())
        words = [word for word in words if word not in ("of", "them", "those", "these")][:8]
        content = [word for word in words if word not in _LINK_WORDS or word in _POINTING_BACK]
        if len(content) < 3:
            return False
        if not things and content[1] not in _POINTING_BACK:
            return False  # the last part points back at nothing
        answer = content[2:]
        if len(answer) > _MAX_ANSWER_WORDS or _NEGATION_WORDS & set(answer):
            return False  # a clause of its own ("did not answer the letters they got")
        verbs.append(content[0])
        things.append(content[1])
        answers.append(" ".join(answer))
    # (read last first: things[1] is the first part's, the others the later parts')
    if all(answer.split(" ", 1)[0] in _DEGREE_WORDS for answer in answers):
        return False  # "too slow", "too dirty": complaints of degree, several may hold
    first_named = things[1] not in _POINTING_BACK
    later_point_back = all(thing in _POINTING_BACK for thing in things[:1] + things[2:])
    return (
        len(set(verbs)) == 1
        and verbs[0] not in _ESTIMATING - _ANSWER_VERBS
        and first_named
        and later_point_back
        and len(set(answers)) == len(answers)
    )


def _breakdown_after_colon(body: str, parts: list[Claim]) -> bool:
    """ "102 crates were opened: 61 held sand and 41 held plastic": parts after a colon,
    each with one verb and an object of its own kind (a different head noun), are the
    breakdown the colon announces. Objects of one kind ("failed the brake test", "failed
    the light test") are checks one item can fail twice."""
    if not _COLON_BEFORE.search(body, max(0, parts[0].start - 3), parts[0].start):
        return False
    verbs, heads = set(), []
    for part in parts:
        # From the figure itself: "60 grind wheat" may be read as a count of "grind".
        figure = _LEADING_FIGURE.match(part.text)
        clause = _VERB_AND_OBJECT.match(body, part.start + figure.end() if figure else part.end)
        if clause is None:
            return False
        verbs.add(clause.group("verb").lower())
        heads.append(clause.group("object").split()[-1].lower())
    return len(verbs) == 1 and len(set(heads)) == len(heads)


def _cross_partitions(descriptions: list[list[str]]) -> bool:
    """ "600 backed the plan and 450 were women": two parts, each a category of a different
    partition (a vote and a sex), cut across each other and may count one person twice."""
    groups = []
    for words in descriptions:
        present = set(words)
        hit = {index for index, group in enumerate(_PARTITIONS) if any(present & c for c in group)}
        if hit:
            groups.append(hit)
    return any(not (a & b) for a, b in pairwise(groups))


def _descriptions(body: str, parts: list[Claim]) -> list[list[str]]:
    """The words of each part: those after its last separator before it ("and the
    opposition 150"), its noun, and those after it up to the next part."""
    described = []
    for index, part in enumerate(parts):
        if index + 1 < len(parts):
            end = parts[index + 1].start
        else:
            # The last part's words end with its sentence: the next sentence of the article
            # ("... and 60 bystanders. He left.") says nothing of the part.
            end = part.end + 60
            closing = _SENTENCE_CLOSE.search(body, part.end, end)
            if closing is not None:
                end = closing.start() + 1
        lead_start = parts[index - 1].end if index else max(0, part.start - 40)
        lead = body[lead_start : part.start]
        separators = list(_PART_LEAD.finditer(lead))
        if separators:
            lead = lead[separators[-1].end() :]
            if index == 0 and (closings := list(_SENTENCE_CLOSE.finditer(lead))):
                # (a separator in the sentence before: its words say nothing of the part)
                lead = lead[closings[-1].end() :]
        elif index == 0 and (opening := _SENTENCE_OPENING.search(lead)) is not None:
            # "... 300 animals. Mammals make up 200 of them": the subject opening the part's
            # sentence names its category.
            lead = lead[opening.end() :]
        else:
            lead = ""
        if index == 0 and _SAYER_VERB.search(lead):
            # Not a sayer ("Police said 70 drivers and 60 passengers ..."): its verb opens a
            # reported clause the part stands in.
            lead = ""
        # A counted noun names the part's category ("women"); a unit of measure does not.
        # (the claim's own words too: "143 expect higher sales" read as one count). A noun
        # the extraction carried over from a count before ("52 tourists; 30 were ...") is
        # written neither with the part nor right after it ("70 of the patients"), and
        # names no category of its own: the part is read bare.
        after = _WORDS.findall(body[part.end : end].lower())
        counted = part.unit and part.dimension == "count"
        if counted and not _noun_written(part):
            counted = any(lemmatize_noun(word) == part.unit for word in after[:_NOUN_AFTER_WORDS])
        noun = f"{part.unit} {part.text}" if counted else ""
        if index and not after and not noun and not _WORDS.search(lead):
            # A last part closing its sentence with no noun read for it: the words written
            # with its figure ("160 part-time."), else those of its own clause before it
            # ("; cattle, 45.", "Juniors bought 45.") describe it.
            figure = _LAST_DIGIT.search(part.text)
            own = part.text[figure.end() :] if figure else ""
            lead = own if _WORDS.search(own) else _own_clause_before(body[lead_start : part.start])
        words = [*_WORDS.findall(f"{lead} {noun}".lower()), *after]
        described.append(_particles_set_aside(words))
    return described


# Verbs whose particle "away" ("were turned away", "sent away") is no category of the
# home/away partition (a venue: "30 at home and 20 away").
_AWAY_VERB = compile_pattern(r"[a-z]+(?:ed|en)|sent|went|gave|ran|put|kept|got|blew|fled", re.I)


def _particles_set_aside(words: list[str]) -> list[str]:
    return [
        word
        for index, word in enumerate(words)
        if not (word == "away" and index and _AWAY_VERB.fullmatch(words[index - 1]))
    ]


_LAST_DIGIT = compile_pattern(r".*\d", re.S)


def _own_clause_before(text: str) -> str:
    """The last stretch of words in `text` (what stands between a part and the one before
    it), after the sentence before if `text` crosses one: "cattle" of "counted; cattle, ",
    "juniors bought" of "to adults. Juniors bought "."""
    closings = [closing.end() for closing in _SENTENCE_CLOSE.finditer(text)]
    if closings:
        text = text[closings[-1] :]
    pieces = [piece for piece in _PART_LEAD.split(text) if _WORDS.search(piece)]
    return pieces[-1] if pieces else ""


# How far after a bare part its counted noun may be written ("70 of the patients").
_NOUN_AFTER_WORDS = 4
# Where a part's sentence ends: a full stop, question or exclamation mark (a closing quote
# or bracket may follow) before a capital, a figure or an opening quote; or a blank line.
_SENTENCE_CLOSE = compile_pattern(r"[.!?](?=[\"'”’)]*(?:\s+[\"“‘(]?[A-Z0-9]|\s*$))|\n[ \t]*\n")
_SENTENCE_OPENING = compile_pattern(r"[.!?]\s+(?=[A-Z][a-z]+\s+[a-z]+\s+(?:[a-z]+\s+)?$)")
# A verb of saying or reckoning after the subject opening a sentence: "Police said",
# "Officials later told reporters", "The council estimates that".
_SAYER_VERB = compile_pattern(
    r"\b(?:say|says|said|told|tell|tells|report|reports|reported|estimate|estimates|"
    r"estimated|believe|believes|believed|think|thinks|thought|add|adds|added|claim|claims|"
    r"claimed|confirm|confirms|confirmed|announce|announces|announced|state|states|stated)\b",
    re.I,
)


def _one_partition(descriptions: list[list[str]]) -> bool:
    for group in _PARTITIONS:
        chosen = []
        for words in descriptions:
            present = set(words)
            matches = [index for index, category in enumerate(group) if present & category]
            if len(matches) != 1:
                break
            chosen.append(matches[0])
        else:
            if len(set(chosen)) == len(chosen):
                return True
    return False


def _different_words(descriptions: list[list[str]]) -> bool:
    """Each part described by its own first word ("accepted", "turned"), or by one verb
    and different places or sides ("live in the north", "live in the south"; "came from
    Europe", "came from Asia"): categories. One verb with different objects ("failed the
    brake check", "failed the light check") may count one item twice."""
    keys = []
    for words in descriptions:
        position = next((i for i, word in enumerate(words) if word not in _LINK_WORDS), None)
        if position is None:
            return False
        key = words[position]
        if position + 1 < len(words) and words[position + 1] in _PLACE_PREPOSITIONS:
            # "live in the north": the place, not the verb, tells the parts apart.
            rest = [word for word in words[position + 1 :] if word not in _LINK_WORDS]
            key = f"{key} {rest[0]}" if rest else key
        keys.append(key)
    return len(set(keys)) == len(keys)


def _rounding(claim: Claim) -> float:
    """How far a count may be from its stated figure: none for a plain "70 workers"."""
    counted = claim.dimension in (None, "count", "dimensionless")
    # "The 200 seats", "1,000 adults surveyed": a count of a few thousand stated with no
    # hedge is rounded to three figures at most ("1,200" is 1,195 to 1,205).
    small = claim.qualifier == "exact" and counted and (claim.value or 0.0) < _ROUNDED_COUNT
    half_step = stated_half_step(claim.text, claim.value, min_significant=3 if small else 2)
    if claim.qualifier == "exact" and claim.value is not None and half_step <= 0.5:
        return 0.0  # whole people or items, counted exactly
    return half_step


def _ratio(claim: Claim) -> bool:
    """ "running at about 1.30": a bare figure with decimals and no scale word is a ratio or
    an index, not a count of things a whole could be made of."""
    return (
        claim.unit is None
        and claim.dimension in (None, "dimensionless")
        and claim.value is not None
        and claim.value != int(claim.value)
        and not _SCALE_WORD.search(claim.text)
    )


# Parts paired with categories named elsewhere in their sentence: "200 and 150 of the 300
# claims were paid and rejected respectively"; "lorries or vans, 200 of the former and 150
# of the latter".
_LIST_JOIN = compile_pattern(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_TAKEN_FROM = compile_pattern(r"\s*\b(?:of|out\s+of|among)\s+(?:(?:the|its|their|all)\s+)?$", re.I)
_RESPECTIVE_CATEGORIES = compile_pattern(
    r"(?P<categories>(?:[A-Za-z][\w'’-]*\s+){1,12}?)(?:,\s*)?respectively\b", re.I
)
_ORDINAL_WORD_LIST = "first second third fourth fifth last final opening closing earlier later next"
_ORDINAL_WORDS = frozenset(_ORDINAL_WORD_LIST.split())
_FORMER_LATTER = (
    compile_pattern(r"\s+(?:(?:of|were|are|was|is)\s+)?the\s+former\b", re.I),
    compile_pattern(r"\s+(?:(?:of|were|are|was|is)\s+)?the\s+latter\b", re.I),
)


def _paired_parts_over_whole(context: ArticleContext, counts: list[Claim]) -> Iterator[Finding]:
    """Parts each paired by the words with a category of its own: a list of bare counts
    taken from a whole ("200 and 150 of the 300 claims", "Of the 300 claims, 200 and 150")
    and as many categories listed before "respectively", told apart by their words; or
    "N of the former and M of the latter" after the whole, the one count before them in
    their sentence (the former and the latter are two things, one item is not both)."""
    body = context.article.body
    if "respectively" not in body and "the latter" not in body and " of " not in body:
        return
    starts = [c.start for c in counts]
    ordered = all(a <= b for a, b in pairwise(starts))
    for first in counts:
        start, end = sentence_bounds(context, first.start)
        if ordered:  # (the counts of the sentence by bisection: linear in the article)
            in_sentence = counts[bisect_left(starts, start) : bisect_left(starts, end)]
        else:
            in_sentence = [c for c in counts if start <= c.start < end]
        into = _INTO_GROUPS_OF.search(body, max(start, first.start - 40), first.start)
        if into is not None:
            stated = _groups_of_parts(context, in_sentence, first, into)
        elif "respectively" in body[start:end]:
            stated = _respective_parts(context, in_sentence, first)
        elif "the latter" in body[start:end]:
            stated = _former_latter_parts(body, in_sentence, first)
        else:
            stated = None
        if stated is None:
            continue
        finding = _judge_parts(context, stated)
        if finding is not None:
            yield finding
            return


_DEFINITE_OPENING = compile_pattern(r"\W*(?:The|All|All\s+the)\s+$")


def _definite_whole_after_parts(context: ArticleContext, counts: list[Claim]) -> Iterator[Finding]:
    """ "200 runners came from abroad and 150 from the host country. The 300 runners set
    off ...": a sentence opening with "The" (or "All") and a count of the noun the sentence
    before listed as parts, joined by "and" or commas, names them all again: their whole."""
    body = context.article.body
    for index, whole in enumerate(counts):
        if index < 2 or whole.unit is None or whole.dimension != "count":
            continue
        start = sentence_bounds(context, whole.start)[0]
        if _DEFINITE_OPENING.fullmatch(body, start, whole.start) is None or start < 2:
            continue
        before_start, before_end = sentence_bounds(context, start - 2)
        parts = _parts_before(body, counts, index, before_start, before=before_end)
        if len(parts) < 2 or parts[0].unit != whole.unit:
            continue
        if any(part.unit not in (None, whole.unit) for part in parts):
            continue
        finding = _judge_parts(context, _Parts(whole, parts, _splits(body, parts)))
        if finding is not None:
            yield finding
            return


_INTO_GROUPS_OF = compile_pattern(
    r"\b(?:into|in)\s+(?P<groups>two|three|four|[234])\s+(?:[a-z][\w-]*\s+){1,2}?of\s+$", re.I
)
_GROUP_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def _joined_run(body: str, in_sentence: list[Claim], position: int) -> list[Claim]:
    """The count at `position` and the counts after it joined to it as one list ("200 and
    150", "200, 150 and 90")."""
    run = [in_sentence[position]]
    for claim in in_sentence[position + 1 :]:
        if _LIST_JOIN.fullmatch(body, run[-1].end, claim.start) is None:
            break
        run.append(claim)
    return run


def _groups_of_parts(
    context: ArticleContext, in_sentence: list[Claim], first: Claim, into: re.Match[str]
) -> _Parts | None:
    """ "The 300 players were split into two squads of 200 and 150": as many bare counts
    as the groups the whole is put into, the one count before them in the sentence the
    whole (the number of groups aside)."""
    body = context.article.body
    position = in_sentence.index(first)
    parts = _joined_run(body, in_sentence, position)
    if len(parts) != _GROUP_COUNTS[into["groups"].lower()]:
        return None
    wholes = [
        claim
        for claim in in_sentence[:position]
        if claim.unit is not None and not (into.start() <= claim.start < first.start)
    ]
    if len(wholes) != 1 or len({part.unit for part in parts} - {None, wholes[0].unit}):
        return None
    return _Parts(wholes[0], parts, split=True, partitive=True)


def _respective_parts(
    context: ArticleContext, in_sentence: list[Claim], first: Claim
) -> _Parts | None:
    body = context.article.body
    position = in_sentence.index(first)
    parts = _joined_run(body, in_sentence, position)
    if len(parts) < 2 or len({part.unit for part in parts} - {None}) > 1:
        return None
    before = in_sentence[position - 1] if position > 0 else None
    if (
        before is not None
        and _LEADING_FIGURE.fullmatch(before.text.strip())
        and _LIST_JOIN.fullmatch(body, before.end, first.start)
    ):
        return None  # not the list's first figure
    end = sentence_bounds(context, first.start)[1]
    wholes = [
        claim
        for claim in in_sentence
        if claim not in parts
        and _TAKEN_FROM.search(body, max(0, claim.start - 16), claim.start)
        and (claim.end < first.start or _TAKEN_FROM.fullmatch(body, parts[-1].end, claim.start))
    ]
    if len(wholes) != 1:
        return None
    whole = wholes[0]
    if whole.unit is None or any(part.unit not in (None, whole.unit) for part in parts):
        return None
    match = _RESPECTIVE_CATEGORIES.search(body, parts[-1].end, end)
    if match is None:
        return None
    categories = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", match["categories"].strip())
    words = [frozenset(_WORDS.findall(category.lower())) - _LINK_WORDS for category in categories]
    last = words[-len(parts) :] if len(words) >= len(parts) else []
    if len(last) != len(parts) or not all(last) or len(set(last)) != len(last):
        return None
    if _OVERLAP_IN_MODIFIER.search(match["categories"]) or any(
        word in _PERIOD_WORDS or word in _ORDINAL_WORDS for group in words for word in group
    ):
        return None  # "attended the first and second days respectively": one may do both
    return _Parts(whole, parts, split=True, partitive=True)


def _former_latter_parts(body: str, in_sentence: list[Claim], first: Claim) -> _Parts | None:
    position = in_sentence.index(first)
    if position != 1 or len(in_sentence) < 3:
        return None
    whole, second = in_sentence[0], in_sentence[2]
    if whole.unit is None or any(p.unit not in (None, whole.unit) for p in (first, second)):
        return None
    former, latter = _FORMER_LATTER
    if former.match(body, first.end) is None or latter.match(body, second.end) is None:
        return None
    return _Parts(whole, [first, second], split=True, partitive=True)


_OF_WHOM_ASIDE = compile_pattern(r",\s+(?:of|out\s+of)\s+(?:which|whom)\b", re.I)
_ASIDE_THEN_AND = compile_pattern(r",\s+(?:and|while|but)\b", re.I)


def _aside_closed_before_a_part(context: ArticleContext, whole: Claim, parts: list[Claim]) -> bool:
    """ "Of the 240 delegates, 130 were women, of whom 45 were under 18, and 95 came from
    rural schools": the "of whom" aside of a whole that is itself a part of a count before
    it, closed by a comma before "and", ends its parts; the count after it goes back to
    the list the aside interrupted (not "300 staff, of whom 200 are women, and 150 ...")."""
    body = context.article.body
    if not parts or parts[0].start < whole.end:
        return False
    sentence_start = sentence_bounds(context, whole.start)[0]
    if not any(
        claim.kind == "quantity" for claim in _claims_starting(context, sentence_start, whole.start)
    ):
        return False
    if _OF_WHOM_ASIDE.search(body, whole.end, parts[0].start) is None:
        return False
    return any(
        _ASIDE_THEN_AND.search(body, before.end, after.start) is not None
        for before, after in pairwise(parts)
    )


def _judge_parts(context: ArticleContext, stated: _Parts) -> Finding | None:
    whole, parts = stated.whole, stated.parts
    if not parts or whole.value is None or _ratio(whole):
        return None
    body = context.article.body
    if len(parts) > 1 and all(
        _ESTIMATED_BEFORE.search(body, max(0, part.start - 30), part.start) for part in parts
    ):
        return None  # "the union says 170 and the management says 150": one figure, twice
    # A single part after the whole is too often a different measure, unless the words take
    # it from the whole and it counts what the whole counts ("Of the 12 stores, 150 workers
    # ..." counts workers).
    taken = stated.partitive and parts[0].unit in (None, whole.unit)
    if len(parts) == 1 and parts[0].start > whole.start and not taken:
        return None
    if len(parts) == 1 and (parts[0].value or 0.0) > _MAX_PART_RATIO * whole.value:
        # "35,000 of the two models": far beyond the whole, the part counts something else.
        return None
    if len(parts) > 1 and any((part.value or 0.0) > whole.value for part in parts):
        # "152,600 tonnes of wheat, 6,808,100 tonnes of corn and ...": a list of amounts
        # side by side, one of them larger than the first; not parts of it.
        return None
    if _aside_closed_before_a_part(context, whole, parts):
        return None  # "130 were women, of whom 45 were under 18, and 95 ...": 95 of the 240
    dates = _claims_by_start(context)[2]
    if (
        not stated.split
        or _on_crossing_axes(body, parts, dates)
        or _counts_of_something_else(context, whole, parts)
    ):
        return None
    if len(parts) > 1 and _told_apart_by_when(context, parts):
        return None  # "70 were women, while the factory hired 60 last year"
    if len(parts) > 1 and _later_period_or_stage(body, parts):
        return None  # "45 were laid off. Forty were rehired": a later stage, maybe the same 40
    whole_high = whole.value + _rounding(whole)
    parts_low = sum((part.value or 0.0) - _rounding(part) for part in parts)
    if parts_low <= whole_high:
        return None
    total = sum(part.value or 0.0 for part in parts)
    listed = " + ".join(
        f"{part.text} ({part.value:g})" if part.text.lower() in _FRACTION_VALUES else part.text
        for part in parts
    )
    # The figure to look at: the whole when several parts disagree with it, else the part.
    target, other = (whole, parts[0]) if len(parts) > 1 else (parts[0], whole)
    place = where(context, other.start)
    if len(parts) == 1:
        message = f"'{parts[0].text}' is more than the whole it is part of ('{whole.text}')"
    else:
        message = (
            f"The parts ({listed} = {message_number(total)}, from {place}) add up to more than "
            f"the whole ('{whole.text}')"
        )
    evidence = {
        "whole": {"text": whole.text, "start": whole.start, "end": whole.end, "value": whole.value},
        "parts": [
            {"text": p.text, "start": p.start, "end": p.end, "value": p.value} for p in parts
        ],
        "parts_total": total,
    }
    return make_finding(context, "CC108", message, target.start, target.end, evidence)


# "whose members number 120", "the squad numbers 40", "totalled 120": a group sized by a verb.
# Or by a noun for the size of a group, with "of": "a combined membership of 300", "a
# workforce of 120", "a turnout of 4,000".
_SIZED_BY_VERB = compile_pattern(
    r"\b(?:number(?:s|ed|ing)?|total(?:s|led|ed|ling)?|(?:membership|workforce|headcount|"
    r"population|turnout|intake|enrolment|enrollment|electorate|complement|roll)\s+of)\s+"
    r"(?:(?:some|about|around|nearly)\s+)?$",
    re.I,
)
# A break in the whole's sentence after which its parts may follow: a semicolon, a colon, an
# opening bracket or a dash; then at most a few words before the first part.
_BREAK_BEFORE_PARTS = compile_pattern(
    r"^[^.!?;:()\d]{0,60}?(?P<break>[;:(]|\s[-–—]\s)(?:\s*[A-Za-z][\w'’-]*){0,4}?[\s:]*$"
)
# What may stand between two parts: their own words up to a link (a comma, "and", "while",
# "whereas", "but", a semicolon), then at most a few words or a label before the next one.
_LINK_BETWEEN_PARTS = compile_pattern(
    r"^[^.!?()\d]{0,60}?(?:[,;]|\s(?:and|while|whereas|but)\b)(?:\s*[A-Za-z][\w'’-]*){0,4}?"
    r"[\s:]*$",
    re.I,
)
# "held by Labour (70) and the Greens (65)": each part in brackets after what holds it.
_LINK_BETWEEN_BRACKETED = compile_pattern(
    r"^\s*\)\s*(?:,|\s(?:and|while|whereas|but)\b)(?:\s*[A-Za-z][\w'’-]*){1,4}?\s*\(\s*$",
    re.I,
)
_NAME_BEFORE_BRACKETED = compile_pattern(r"(?P<label>[A-Za-z][\w'’-]*)\s*\(\s*$")
# "noise: 70", "full-time: 70": a part named by a label and a colon.
_LABEL_BEFORE_PART = compile_pattern(r"(?:^|[\s(,;])(?P<label>[A-Za-z][\w'’-]*)\s*:\s*$")


def _parts_after_a_break(context: ArticleContext, counts: list[Claim]) -> Iterator[_Parts]:
    """A whole and its parts, whatever the verbs: a count named by its noun (or a group
    sized by a verb, "whose members number 120"), then, after a break in its sentence (a
    semicolon, a colon, a bracket, a dash) or opening the next sentence, two or more counts
    of the same thing (no noun of their own, or the whole's), linked as one list (a comma,
    "and", "while", "whereas") and each told apart from the others by its own label ("noise:
    70, parking: 65") or its own words ("70 went home ... and 65 remain ..."). Words that let
    parts overlap or count a change stop it, as for every list of parts."""
    body = context.article.body
    for index in range(len(counts) - 2):
        whole, first = counts[index], counts[index + 1]
        part_end = _end_of_parts_after_break(context, whole, first)
        if part_end is None:
            continue
        parts = [first]
        for position in range(index + 2, len(counts)):
            part = counts[position]
            between = body[parts[-1].end : part.start]
            if part.start >= part_end or not (
                _LINK_BETWEEN_PARTS.match(between) or _LINK_BETWEEN_BRACKETED.match(between)
            ):
                break
            parts.append(part)
        listed = _LEAD_LISTS_WHOLE.match(
            body[sentence_bounds(context, first.start)[0] : first.start]
        )
        if len(parts) < 2 or not (listed or all(_counts_the_whole(whole, part) for part in parts)):
            continue
        last = parts[-1]
        following = counts.index(last) + 1
        if following < len(counts) and counts[following].start < part_end:
            continue  # more figures in the parts' sentence: not a list of the whole's parts
        if _may_overlap(body, whole, parts, part_end) or _told_apart_on_two_axes(
            context, parts, part_end
        ):
            continue
        labels = [
            _LABEL_BEFORE_PART.search(body, max(0, part.start - 30), part.start)
            or _NAME_BEFORE_BRACKETED.search(body, max(0, part.start - 30), part.start)
            for part in parts
        ]
        if all(labels):
            names = [label.group("label").lower() for label in labels if label is not None]
            yield _Parts(whole, parts, len(set(names)) == len(names))
        elif not any(labels):
            yield _Parts(whole, parts, _splits(body, parts) or _said_to_be_a_sum(body, whole))


# "a combined membership of 300", "a joint total of 300": a whole the words call a sum.
_COMBINED_BEFORE = compile_pattern(r"\b(?:combined|joint)\s+(?:[a-z]+\s+){0,2}$", re.I)


def _said_to_be_a_sum(body: str, whole: Claim) -> bool:
    """A whole the words call the sum of what follows ("a combined membership of 300: 180
    at the town club and 160 at the university"): its parts do not overlap."""
    return _COMBINED_BEFORE.search(body, max(0, whole.start - 40), whole.start) is not None


def _end_of_parts_after_break(context: ArticleContext, whole: Claim, first: Claim) -> int | None:
    """Where the sentence of a whole's first part ends, when `whole` is a group's size and
    `first` follows it after a break in its sentence or opens the next one; else None."""
    body = context.article.body
    if whole.dimension == "currency" or whole.value is None:
        return None
    sized_by_verb = _SIZED_BY_VERB.search(body, max(0, whole.start - 30), whole.start)
    if not (_group_count(whole) or (sized_by_verb and whole.unit is None)):
        return None
    whole_end = sentence_bounds(context, whole.start)[1]
    part_start, part_end = sentence_bounds(context, first.start)
    if part_start >= whole_end:
        # The next sentence: the parts open it, right after the whole's sentence.
        if body[whole_end:part_start].strip():
            return None
        if not (
            _opens_sentence(body, part_start, first)
            or _APPROXIMATE_OPENING.fullmatch(body, part_start, first.start)
            or _LEAD_BACK_TO_WHOLE.match(body[part_start : first.start])
        ):
            return None
    elif not _BREAK_BEFORE_PARTS.match(body[whole.end : first.start]):
        return None
    return part_end


# "Some 1,800 came ...": a word of approximation before a part opening its sentence.
_APPROXIMATE_OPENING = compile_pattern(
    r"\W*(?:some|about|around|roughly|nearly|almost|just|only|over|more\s+than|fewer\s+than)\s+",
    re.I,
)
# Before the first part, opening the sentence after the whole's: a fronted adverbial of
# place or time ("In the north of the town 70 ..."), or a subject pointing back at the
# whole or its holder ("It sold 70 ...", "They include 70 ...", "Its staff include 70").
_LEAD_BACK_TO_WHOLE = compile_pattern(
    r"^\W*(?:(?:in|at|on|across|inside|outside|within)\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){1,4}?,?|"
    r"(?:it|they|its|their)\s+(?:[a-z][\w'’-]*\s+){1,2}?)\s*$",
    re.I,
)


# "Its staff include 70 bakers and 65 drivers": the whole's holder's members listed, each
# part counted in a noun of its own.
_LEAD_LISTS_WHOLE = compile_pattern(
    r"^\W*(?:its|their)\s+[a-z][\w'’-]*\s+(?:includes?|included|comprises?|comprised|"
    r"(?:is|are|was|were)\s+made\s+up\s+of)\s+$",
    re.I,
)


def _counts_the_whole(whole: Claim, part: Claim) -> bool:
    """A part counts what its whole counts: no noun of its own or the whole's; after a
    group sized by a verb, a word the extraction took for a part's noun may be its verb
    ("25 are defenders and 22 play in attack")."""
    if part.dimension not in (None, "count", "dimensionless") or _SCALE_WORD.search(part.text):
        return False
    return (
        part.unit in (None, whole.unit)
        or whole.unit is None
        or _verb_read_as_noun(part)
        or _kind_of(part.unit, whole.unit)
    )


# Nouns that name things by what they are, and the nouns of their kinds, one thing being of
# one kind only ("335 homes. 200 houses and 180 flats ..."). People are left out: their
# roles overlap ("doctors", "women"); their partitions are read apart.
_KIND_GROUP_LIST = (
    ("home dwelling residence", "house flat apartment bungalow cottage caravan maisonette"),
    ("vehicle", "car van lorry truck bus coach tram tractor motorcycle motorbike taxi"),
    ("vessel ship boat", "trawler ferry tanker yacht tug barge freighter warship submarine"),
    ("aircraft plane", "jet helicopter airliner fighter bomber drone glider"),
    ("animal", "sheep cattle cow goat pig horse dog cat hen chicken donkey"),
    ("building", "house shop school office church factory warehouse barn"),
)
_KINDS_OF = {
    group: frozenset(kinds.split())
    for groups, kinds in _KIND_GROUP_LIST
    for group in groups.split()
}


def _kind_of(noun: str | None, group: str | None) -> bool:
    """Whether `noun` names a kind of what `group` names ("flat" of "home")."""
    return noun is not None and noun in _KINDS_OF.get(group or "", frozenset())


# Nouns for people, and for the bodies they form, named by no role ending below: counted
# in one of them, a group's members are people or bodies, never the things they handle.
_AGENT_NOUN_LIST = """
    person people man men woman women child children boy girl adult youth baby staff crew
    police personnel family household delegate guest fan pilgrim hostage athlete nurse
    monk nun cadet recruit candidate victim captive rebel patient tourist refugee migrant
    evacuee survivor pupil student resident soldier troop inmate prisoner spectator
    passenger doctor voter firm company business carmaker airline bank club team union
    party charity agency council country nation state government
"""
_AGENT_NOUNS = frozenset(_AGENT_NOUN_LIST.split())
# Endings of nouns for someone by what they do ("farmers", "exhibitors", "employees").
_AGENT_ENDINGS = ("er", "or", "ee", "ist", "ian")
# The groups of `_KIND_GROUP_LIST` each noun of things belongs to, as group or as kind.
_THING_GROUPS: dict[str, frozenset[int]] = {
    noun: frozenset(
        number
        for number, (groups, kinds) in enumerate(_KIND_GROUP_LIST)
        if noun in groups.split() or noun in kinds.split()
    )
    for groups, kinds in _KIND_GROUP_LIST
    for noun in (*groups.split(), *kinds.split())
}


def _noun_class(noun: str | None, *, by_ending: bool) -> frozenset[int] | str | None:
    """What a counted noun names, where the words tell: the groups of things it is of
    (vehicles, animals, buildings ...), "agent" for people and the bodies they form, or
    None (not known). A role ending is read (`by_ending`) for the whole's noun alone: a
    part's noun in "-er" is as often a thing ("bulk carriers", "trailers")."""
    if not noun:
        return None
    noun = lemmatize_noun(noun.lower())
    if noun in _THING_GROUPS:
        return _THING_GROUPS[noun]  # ("tanker", "bomber": vessels and aircraft first)
    if noun in _AGENT_NOUNS or (by_ending and len(noun) > 4 and noun.endswith(_AGENT_ENDINGS)):
        return "agent"
    return None


def _counts_of_something_else(context: ArticleContext, whole: Claim, parts: list[Claim]) -> bool:
    """Parts that count something other than the whole's members: what the members
    handle ("The 80 farmers brought 50 cows and 45 sheep"), or what successive periods
    hold ("The 300 cars ..., with 170 sold this year and 160 last": two years' sales)."""
    return _counted_in_another_class(whole, parts) or (
        len(parts) > 1 and _successive_periods(context, whole, parts)
    )


def _counted_in_another_class(whole: Claim, parts: list[Claim]) -> bool:
    """A part counted in a noun of another class than the whole's: people or bodies
    against things ("The 12 carmakers displayed 40 German and 35 Japanese cars", "80
    farmers brought 50 cows and 45 sheep"). The parts are then what the whole's members
    handle, not its members; one such part (often only the last carries the noun: "40
    German and 35 Japanese cars") names what the list counts. (Two groups of things are
    not set against each other: a tanker may be a lorry or a ship.)"""
    if whole.dimension != "count":
        return False
    whole_class = _noun_class(whole.unit, by_ending=True)
    if whole_class is None:
        return False
    for part in parts:
        if part.unit is None or part.dimension not in (None, "count"):
            continue
        part_class = _noun_class(part.unit, by_ending=False)
        if part_class is None:
            continue
        if (whole_class == "agent") != (part_class == "agent"):
            return True
    return False


# A period of its own told with a later part, its date left to the one before it ("170
# this year and 160 last", "170 in the first half and 160 in the second").
_ELLIPTIC_PERIOD = compile_pattern(
    r"\s+(?:(?:in|during|over)\s+)?(?:the\s+)?(?:last|previous|next|following|second|third|"
    r"fourth|latter|prior)(?:\s+(?:one|year|month|week|season|half|quarter|term|phase))?"
    r"\s*(?:[,;.!?)]|\band\b|\bwhile\b|$)",
    re.I,
)
# Words stating a whole as the sum of what its periods hold: "a total of 300", "300 in
# all", "the two years' combined 300".
_TOTAL_OF_PERIODS = compile_pattern(
    rf"\b(?:total|totals|totalled|totaled|combined|cumulative|together|between\s+them|"
    rf"{IN_ALL})\b",
    re.I,
)
# Nouns of the stretches a whole may be counted over ("built in two phases", "over three
# seasons"): a count of them in the whole's sentence says it spans them.
_SPAN_NOUN_LIST = "year month week day season half quarter term phase stage round wave period"
_SPAN_NOUNS = frozenset(_SPAN_NOUN_LIST.split())
# A part's verb saying when each of its members came to be one, once for each ("joined",
# "were born", "were built", "arrived"): its date is the member's own, and members told
# apart by it are one partition ("The depot employs 140 drivers; 90 joined in March and
# 80 in April"), not counts of what happened in each period.
_BECAME_MEMBER = compile_pattern(
    r"\b(?:joined|enrol(?:l)?ed|enlisted|signed\s+up|arrived|started|settled|moved\s+in|"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:born|built|founded|hired|recruited|taken\s+on|"
    r"admitted|enrol(?:l)?ed|installed))\b",
    re.I,
)
_PART_LINK = compile_pattern(r"[,;:.]|\b(?:and|while|whereas|but)\b", re.I)
_PERIOD_LEAD_CHARS = 40


def _successive_periods(context: ArticleContext, whole: Claim, parts: list[Claim]) -> bool:
    """Parts each told by a period of its own ("170 sold this year and 160 last", "170
    in 1986 and 160 in 1987", "170 in the first half and 160 in the second") are counts
    in successive periods, not a split of one whole: what one period counts may be
    counted again in the next, or lie outside a whole counted at one time. Not when the
    whole is stated as their total: after them ("..., 300 in all"), in a frame that
    composes it of them ("a mix of 170 ... and 160 ..."), or with words of a total or a
    span of its own before them ("a total of 300", "over the two years", "in two phases",
    "sold since 2019"); nor when the parts' verb dates when each member became one
    ("joined", "were built": once for each member, so the dates tell members apart)."""
    if whole.start > parts[0].start:
        return False  # the whole after its parts: a frame that sums them
    body = context.article.body
    if _COMPOSED_OF.match(body[whole.end : parts[0].start]):
        return False
    periods = []
    previous_end = whole.end
    for index, part in enumerate(parts):
        limit = parts[index + 1].start if index + 1 < len(parts) else part.end + _GAP_CHARS
        tail = body[part.end : limit]
        if (link := _PART_LINK.search(tail)) is not None:
            tail = tail[: link.start()]
        lead_start = max(previous_end, part.start - _PERIOD_LEAD_CHARS)
        lead = body[lead_start : part.start].rstrip(" ,")
        links = list(_PART_LINK.finditer(lead))
        lead_start += links[-1].end() if links else 0
        if _BECAME_MEMBER.search(body, lead_start, part.end + len(tail)):
            return False  # "90 joined in March and 80 in April": when each member came
        period = _period_told(context, (lead_start, part.start), (part.end, part.end + len(tail)))
        if period is None and periods and _ELLIPTIC_PERIOD.match(body, part.end):
            period = f"#{index}"  # "and 160 last": a period of its own, not the one before
        if period is None:
            return False
        periods.append(period)
        previous_end = part.end
    if len(set(periods)) < len(periods):
        return False  # one period twice: the parts are told apart by something else
    return not _whole_spans_periods(context, whole, parts)


def _period_told(
    context: ArticleContext, lead: tuple[int, int], tail: tuple[int, int]
) -> str | None:
    """The words of a date in a part's own clause, fronted or after it (not in what is
    said: "170 say they will buy this year")."""
    body = context.article.body
    for start, end in (tail, lead):
        for claim in _claims_starting(context, start, end):
            if claim.kind == "date" and claim.end <= end:
                if start == tail[0] and _SAYING.search(body, start, claim.start):
                    continue
                return claim.text.lower()
    return None


def _whole_spans_periods(context: ArticleContext, whole: Claim, parts: list[Claim]) -> bool:
    """The whole's sentence states it as the parts' total: words of a total anywhere in it
    outside the parts' list, or before the parts a span of time ("over the two years"), a
    period of its own ("the 300 cars sold since 2019"), or a count of stretches ("two
    phases")."""
    body = context.article.body
    sentence_start, sentence_end = sentence_bounds(context, whole.start)
    before = (sentence_start, parts[0].start)
    if _TOTAL_OF_PERIODS.search(body, *before) or _TOTAL_OF_PERIODS.search(
        body, parts[-1].end, max(parts[-1].end, sentence_end)
    ):
        return True
    for claim in _claims_starting(context, *before):
        if claim.end > parts[0].start or claim is whole:
            continue
        if claim.kind in ("date", "duration"):
            return True
        if claim.unit is not None and lemmatize_noun(claim.unit) in _SPAN_NOUNS:
            return True
    return False


def _verb_read_as_noun(part: Claim) -> bool:
    """ "65 board over the summer", "22 play in attack": a count above one before a word in
    the singular, which is then the part's verb, not the noun it counts."""
    word = part.text.rsplit(None, 1)[-1].lower()
    return (
        (part.value or 0.0) > 1
        and word == part.unit
        and word.isalpha()
        and not word.endswith("s")
        and lemmatize_noun(word) == word
        and word not in _COLLECTIVE_NOUNS
    )


# Nouns that count people in the singular form ("65 staff", "40 police").
_COLLECTIVE_NOUNS = frozenset(("staff", "crew", "police", "personnel", "people", "cattle", "youth"))


def _may_overlap(body: str, whole: Claim, parts: list[Claim], sentence_end: int) -> bool:
    """Words that let the parts overlap or count a change, where every list of parts is
    read for them: right after each part ("70 also ...", "70 new ..."), in the last part's
    clause, and outright anywhere after the whole ("both", "of them", "up from 90")."""
    if any(_OVERLAP_WORDS.match(body, part.end) for part in parts):
        return True
    tail = body[parts[-1].end : min(sentence_end, parts[-1].end + _GAP_CHARS)]
    clause = _CLAUSE_END.split(tail, maxsplit=1)[0]
    # ("..., 180 from one and 160 from the other, after ...": the other of two things,
    # no overlap; another "other" in the clause still is one)
    other_of_two = _IN_THE_OTHER_AFTER.match(tail)
    if other_of_two is not None:
        clause = clause[other_of_two.end() :]
    if _OVERLAP_WORDS.search(clause) or _OTHER_WORD.search(clause):
        return True
    return _OVERLAP_LATER.search(body, whole.end, parts[-1].end + len(tail)) is not None


def _told_apart_on_two_axes(context: ArticleContext, parts: list[Claim], sentence_end: int) -> bool:
    """ "230 work in Leeds and 190 started in May", "300 were in Europe and 250 were
    electric": one part told by when (a date in its clause), or said to be somewhere ("were
    in") beside another said to be something ("were electric"), cut across each other; one
    item may be in both."""
    body = context.article.body
    axes = set()
    copular = all(_COPULA.match(body, part.end) for part in parts)
    for index, part in enumerate(parts):
        end = parts[index + 1].start if index + 1 < len(parts) else sentence_end
        if any(
            claim.kind == "date"
            and not _SAYING.search(body, part.end, claim.start)  # a date in what is said
            for claim in _claims_starting(context, part.end, end)
        ):
            axes.add("when")
        elif copular and _PLACE_PREDICATE.match(body, part.end):
            axes.add("where")
        else:
            axes.add("what")
    return len(axes) > 1


_COPULA = compile_pattern(r"\s+(?:were|was|are|is)\b", re.I)
_PLACE_PREDICATE = compile_pattern(
    r"\s+(?:were|was|are|is)\s+(?:in|at|from|on|inside|outside|near)\s", re.I
)


# What a part is said to be, read right after it: somewhere (a verb, then a place: "work on
# the docks", "were in Europe"; not a passive's scene, "were killed in the blast"),
# something (a linking verb and its category: "are women", "were electric"), or a member
# of something ("are union members", "belong to the guild", "have joined the union").
_PART_PLACE = compile_pattern(
    r"\s+(?:(?:were|was|are|is)\s+|(?!(?:were|was|are|is)\b)[a-z]+\s+(?:[a-z]+\s+)?)"
    r"(?:in|at|on|inside|outside|near)\s+(?!favou?r\b|(?:all|total)\b)",
    re.I,
)
_PART_MEMBERSHIP = compile_pattern(
    r"\s+(?:(?:were|was|are|is)\s+(?:also\s+)?(?:[a-z][\w'’-]*\s+){0,2}?members?\b|"
    r"belong(?:s|ed)?\s+to\b|(?:have|has|had)\s+joined\b|(?:hold|held|have|had)\s+"
    r"(?:a\s+)?(?:union\s+|party\s+)?(?:cards?|membership))",
    re.I,
)


_COPULA_WORD = compile_pattern(
    r"\s+(?:were|was|are|is)\s+(?:(?:a|an|the)\s+)?([a-z][\w'’-]*)", re.I
)


def _on_crossing_axes(
    body: str, parts: list[Claim], dates: frozenset[int] | set[int] = frozenset()
) -> bool:
    """ "Of these, 210 work on the docks and 140 are union members", "300 were in Europe
    and 250 were electric", "200 work in Leeds and 190 started in May": one part said to be
    somewhere, another said to be something or told by when (a verb, then a preposition
    whose object is a date, at one of `dates`' offsets), or a membership beside any other
    description, are read on two axes that cut across each other (a docker may be a union
    member, a Leeds worker may have started in May); such parts are no partition of their
    whole. Parts of one partition are told apart along one attribute: the same kind of
    relation, each with its own value."""
    if len(parts) < 2:
        return False
    axes = set()
    for part in parts:
        if _PART_MEMBERSHIP.match(body, part.end):
            axes.add("member")
        elif (place := _PART_PLACE.match(body, part.end)) is not None:
            # "started in May", "joined in 2019": the preposition's object is a date.
            axes.add("when" if place.end() in dates else "where")
        elif (category := _COPULA_WORD.match(body, part.end)) is not None and not _participle(
            category.group(1).lower()
        ):
            axes.add("being")  # a category, not a passive ("were moved", "were hurt")
        else:
            axes.add("other")
    named = axes - {"other"}
    return ("member" in axes and len(axes) > 1) or len(named) > 1


# Plural nouns ending like a past participle ("-en"): categories, not passives.
_PLURALS_IN_EN = ("men", "children", "brethren", "oxen")


def _participle(word: str) -> bool:
    """ "were moved", "were hurt", "were taken": a passive's participle, not a category
    ("are women", "were children")."""
    if word.endswith(_PLURALS_IN_EN):
        return False
    return word.endswith(("ed", "en")) or word in IRREGULAR_PAST


# A part in another period than those before it: a future ("will be", "are due to be"),
# or a later time ("later", "a week later", "since then", "next month").
_FUTURE_PREDICATE = compile_pattern(
    r"\s+(?:more\s+|others?\s+|of\s+them\s+)?(?:will|would|shall|could|may|might|"
    r"(?:are|is|were|was)\s+(?:(?:due|set|expected|likely|scheduled|planned)\s+)?to\b|"
    r"(?:are|is)\s+(?:going|about)\s+to\b)",
    re.I,
)
_LATER_TIME = compile_pattern(
    r"\b(?:later|subsequently|afterwards?|eventually|since\s+then|by\s+then|tomorrow|"
    r"next\s+(?:day|week|month|year|season|spring|summer|autumn|winter)|"
    r"in\s+the\s+(?:coming|following|next)\s+\w+|the\s+following\s+(?:day|week|month|year)|"
    r"(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)"
    r"\s+(?:later|on|afterwards?))\b",
    re.I,
)
# A later part's verb that can only act on those an earlier stage left ("laid off" then
# "rehired", "arrested" then "released", "injured" then "discharged"): a second stage, whose
# members may all be among an earlier part.
_FOLLOW_ON_VERB = compile_pattern(
    r"\s+(?:(?:of\s+them|of\s+those|more)\s+)?(?:(?:were|was|have\s+been|had\s+been|"
    r"are|is|have|had)\s+)?(?:(?:later|then|since|subsequently|eventually|also)\s+)?"
    r"(?:re-?(?:hired|instated|employed|admitted|opened|housed|settled|arrested|captured|"
    r"elected|connected|called|patriated|turned|leased|covered|joined|started|built|paired)|"
    r"released|freed|discharged|acquitted|convicted|charged|sentenced|bailed|"
    r"let\s+go|allowed\s+(?:home|back|to\s+return|to\s+leave)|"
    r"returned|went\s+back|came\s+back|back\s+(?:home|at\s+work|in\s+service))\b",
    re.I,
)
# "160 were returned to their owners": things taken in handed back, one outcome beside the
# others ("180 were found new homes"), not a later stage of those an earlier part left.
_HANDED_BACK = compile_pattern(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+returned\s+to\s+(?:their|its|his|her)\b", re.I
)
_SENTENCE_BREAK = compile_pattern(r"[.!?;]\s")
# "the other 60", "the remaining 60", "the rest, 60": the rest of the whole, whenever told.
_THE_REST_BEFORE = compile_pattern(
    r"\bthe\s+(?:remaining|other|(?:rest|balance|remainder),?)\s*$", re.I
)


def _later_period_or_stage(body: str, parts: list[Claim]) -> bool:
    """A later part told to another period or stage than every part before it: a future
    ("Another 30 will be cut next week"), a later time ("a week later, 50", "50 were later
    discharged"), or a verb that acts on those an earlier stage left ("45 were laid off.
    Forty were rehired", "detained ... released"). Such a count is no part disjoint from
    the others: it may lie outside the whole's period or among an earlier part."""
    frames = []
    previous_end = 0
    for index, part in enumerate(parts):
        limit = parts[index + 1].start if index + 1 < len(parts) else part.end + _GAP_CHARS
        predicate = body[part.end : min(limit, part.end + _GAP_CHARS)]
        if (stop := _SENTENCE_BREAK.search(predicate)) is not None:
            predicate = predicate[: stop.start()]
        lead_start = max(previous_end, part.start - _LIST_GAP_CHARS)
        lead = body[lead_start : part.start]
        if (stop := list(_SENTENCE_BREAK.finditer(lead))) and index > 0:
            lead = lead[stop[-1].end() :]
        frames.append((lead, predicate))
        previous_end = part.end
    for index in range(1, len(frames)):
        lead, predicate = frames[index]
        if _THE_REST_BEFORE.search(lead):
            continue  # "... and the other 60 were sent home": the rest of the same whole
        before = frames[:index]
        if _FUTURE_PREDICATE.match(predicate) and not any(
            _FUTURE_PREDICATE.match(p) for _, p in before
        ):
            return True
        later = _LATER_TIME.search(lead) or _LATER_TIME.search(predicate)
        if later and not any(_LATER_TIME.search(p) for _, p in before):
            return True
        if (
            _FOLLOW_ON_VERB.match(predicate)
            and not _HANDED_BACK.match(predicate)
            and not any(_FOLLOW_ON_VERB.match(p) for _, p in before)
        ):
            return True
    return False


def _told_apart_by_when(context: ArticleContext, parts: list[Claim]) -> bool:
    """A part in a clause with its own subject and verb, and one part told by when (a date
    in its own clause, "hired 60 last year") and another not: the parts cut across each
    other ("70 were women, while the factory hired 60 last year": some of the 60 may be
    women)."""
    body = context.article.body
    own_clause = any(
        _subject_and_verb(body[max(0, part.start - _LIST_GAP_CHARS) : part.start])
        for part in parts[1:]
    )
    if not own_clause:
        return False  # parts of one list, whatever their dates ("70 in March and 65")
    dated = []
    for part in parts:
        tail = body[part.end : part.end + _GAP_CHARS]
        clause_end = part.end + len(_CLAUSE_END.split(tail, maxsplit=1)[0])
        dated.append(
            any(
                c.kind == "date"
                and part.end <= c.start < clause_end
                # ("455 say they will plant more this spring": the date is in what is said)
                and not _SAYING.search(body, part.end, c.start)
                for c in context.claims
            )
        )
    return any(dated) and not all(dated)


_SAYING = compile_pattern(
    r"\b(?:say|says|said|think|thinks|thought|expect|expects|expected|plan|plans|planned|"
    r"hope|hopes|hoped|intend|intends|intended)\b",
    re.I,
)


# The group read whole: a count of a noun, then the counts right after it (in its sentence
# and the next two) that count its members: the same noun, or a bare figure.
_MEMBER_SENTENCES = 2
_MIN_GROUP = 10
# "the remaining 60", "the other 60", "the rest, 60", "another 60", "a further
# 60": a member count that says it is not one of those before it.
_NOT_THOSE_BEFORE = compile_pattern(
    r"\b(?:the\s+(?:remaining|other|(?:rest|balance|remainder),?)|another|a\s+further)\s*$", re.I
)
# "60 more": added to those before.
_MORE_AFTER = compile_pattern(r"\s+more\b", re.I)
# "Those who wanted X numbered 60; those who wanted Y, 50": each part named by a relative
# clause of its own.
_THOSE_WHO = compile_pattern(r"\bthose\s+who\b", re.I)
# Between two members: a link (a comma, a semicolon, a sentence end, "and", "while" ...).
_MEMBER_LINK = compile_pattern(r"[,;.]|\b(?:and|while|whereas|but)\b", re.I)
# Words that make a later count a subset or another group: "45 of them", "including".
_SUBSET_WORDS = compile_pattern(r"\b(?:includ\w*|among\s+them|such\s+as|of\s+whom)\b", re.I)
_SUBSET_AFTER = compile_pattern(r"\s+(?:of|out\s+of)\b", re.I)


def _members_after_whole(context: ArticleContext, counts: list[Claim]) -> Iterator[_Parts]:
    """A whole read as a group rather than as a frame: a count of a noun ("229 books", "the
    293-page report"), then the counts that follow it in its sentence and the next two, as
    long as each counts the same noun or nothing (a bare figure), is below the whole and is
    linked to the one before by a comma, a semicolon, a sentence end or "and"/"while". A
    part just before the whole that is taken from it ("147 of the 229 books") comes first.
    The parts are added up only when the words set each apart from those before ("the
    remaining 109", "another 60", "70 more", "those who ... numbered 300; those who ...,
    250"), the list ending before a later figure no word sets apart; "including", "also",
    "of whom" and a later "45 of them" stop the reading (a subset, not a share)."""
    body = context.article.body
    for index, whole in enumerate(counts):
        if not _group_whole(whole):
            continue
        taken = index > 0 and _PART_OF_WHOLE.fullmatch(body, counts[index - 1].end, whole.start)
        parts = (
            [counts[index - 1]] if taken and counts[index - 1].unit in (None, whole.unit) else []
        )
        parts += _members_read(context, whole, counts[index + 1 :], bool(parts))
        while len(parts) > 2 and not _set_apart(body, parts):
            # "... as do another 31 on a rota. ... and 24 were among ...": a later figure no
            # word sets apart (a title, a shirt number, a price) ends the list before it;
            # the parts set apart before it are still disjoint.
            parts = parts[:-1]
        if len(parts) < 2:
            continue
        first = next(part for part in parts if part.start > whole.start)
        if _OVERLAP_IN_MODIFIER.search(body, whole.end, first.start):
            continue  # "Of the 85 riders who also brought friends, ...": more than the group
        last_end = sentence_bounds(context, parts[-1].start)[1]
        if _OVERLAP_LATER.search(body, whole.end, last_end):
            continue  # "also", "both", "of whom", "including": the parts may overlap
        if _set_apart(body, parts) and not _added_to_whole(context, whole, parts):
            yield _Parts(whole, parts, True, partitive=bool(taken))


def _group_whole(whole: Claim) -> bool:
    """A count of a noun, large enough to be shared out: a group with members."""
    return (
        whole.unit is not None
        and whole.kind == "quantity"
        and whole.dimension == "count"  # a group counted, not an amount of a measure
        and whole.value is not None
        and whole.value >= _MIN_GROUP
        and whole.qualifier != "at_most"
    )


def _members_read(
    context: ArticleContext, whole: Claim, following: list[Claim], taken: bool
) -> list[Claim]:
    """The counts right after a group's whole that count its members (see
    `_members_after_whole`), in its sentence and the next two."""
    body = context.article.body
    unit = lemmatize_noun(whole.unit or "")
    _start, limit = sentence_bounds(context, whole.start)
    for _ in range(_MEMBER_SENTENCES):
        if limit >= len(body):
            break
        limit = sentence_bounds(context, min(len(body) - 1, limit + 1))[1]
    members: list[Claim] = []
    previous_end = whole.end
    for member in following:
        if member.start > limit or member.value is None or member.value >= (whole.value or 0.0):
            break
        if member.unit is not None and lemmatize_noun(member.unit) != unit:
            break
        between = body[previous_end : member.start]
        if _SUBSET_WORDS.search(between) or _other_claim_between(context, previous_end, member):
            break
        if (members or taken) and not _MEMBER_LINK.search(between):
            break
        if members and _SUBSET_AFTER.match(body, member.end):
            break  # "52 were women, and 45 of them worked nights"
        members.append(member)
        previous_end = member.end
    return members


def _other_claim_between(context: ArticleContext, start: int, member: Claim) -> bool:
    """A figure other than a date between two members: another measure, not the list."""
    # (a claim ending by the member's start starts by it too)
    return any(
        claim.end <= member.start and claim.kind not in ("date", "time")
        for claim in _claims_starting(context, start, member.start + 1)
    )


# The claims of the article last indexed, sorted by start (ties in article order), their
# starts and the starts of its dates: checks ask for the claims between two offsets once per
# candidate, and a scan of all of them each time made long articles quadratic.
_CLAIM_INDEX: list[tuple[tuple[Claim, ...], list[Claim], list[int], frozenset[int]]] = []


def _claims_by_start(
    context: ArticleContext,
) -> tuple[list[Claim], list[int], frozenset[int]]:
    claims = context.claims
    index = _CLAIM_INDEX[0] if _CLAIM_INDEX else None
    if index is None or index[0] is not claims:
        ordered = sorted(claims, key=attrgetter("start"))
        dates = frozenset(claim.start for claim in claims if claim.kind == "date")
        index = (claims, ordered, [claim.start for claim in ordered], dates)
        _CLAIM_INDEX[:] = [index]
    return index[1], index[2], index[3]


def _claims_starting(context: ArticleContext, start: int, end: int) -> list[Claim]:
    """The article's claims starting at or after `start` and before `end`."""
    ordered, starts, _dates = _claims_by_start(context)
    return ordered[bisect_left(starts, start) : bisect_left(starts, end)]


# After a part: words of another time ("will", "later", "next week", "on Sunday").
_ANOTHER_TIME = compile_pattern(
    r"\b(?:will|would|shall|later|next|since|again|afterwards|tomorrow|yesterday|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.I,
)
_VERB_WORD = compile_pattern(r"\b([a-z]{3,}?)(?:ed|d)\b")


def _added_to_whole(context: ArticleContext, whole: Claim, parts: list[Claim]) -> bool:
    """ "Police arrested 50. 30 were released. 25 more were arrested on Sunday.": a later
    part whose clause says it came at another time, or repeats the verb that counted the
    whole, is added to the whole, not a share of it."""
    body = context.article.body
    sentence_start = sentence_bounds(context, whole.start)[0]
    whole_verbs = {
        match.group(1) for match in _VERB_WORD.finditer(body[sentence_start : whole.start].lower())
    }
    for part in parts[1:]:
        clause = _CLAUSE_END.split(body[part.end : part.end + 80], 1)[0]
        if _ANOTHER_TIME.search(clause):
            return True
        if whole_verbs & {match.group(1) for match in _VERB_WORD.finditer(clause.lower())}:
            return True
    return False


def _set_apart(body: str, parts: list[Claim]) -> bool:
    """Whether the words set each part apart from those before it."""
    later = parts[1:]
    if all(
        _NOT_THOSE_BEFORE.search(body, max(0, part.start - 20), part.start)
        or _MORE_AFTER.match(body, part.end)
        for part in later
    ):
        return True
    clauses = [body[max(0, part.start - 60) : part.start] for part in parts]
    return all(_THOSE_WHO.search(re.split(r"[;.]", clause)[-1]) for clause in clauses)


# "... on the 70-member panel", "who sit on the 101-seat board", "in the 40-strong squad":
# a body sized by its members, the counts before it being the members seated on it.
_ON_SIZED_BODY = compile_pattern(
    r"(?:\b(?:sit|sits|sat|serve|serves|served|seated|who|that|are|were)\s+)?"
    r"\b(?:on|in)\s+(?:the|its|their)\s+$",
    re.I,
)
# Between two member counts: "and", a comma, "joined", "alongside", each with "the" after.
_MEMBERS_LINK = compile_pattern(
    r"\s*(?:,|\band|\bjoined|\bjoin|\balongside|\bwith)\s+(?:the\s+)?", re.I
)


def _members_of_sized_body(context: ArticleContext, counts: list[Claim]) -> Iterator[_Parts]:
    """Counts of two or more kinds of people seated on a body sized by its members, in one
    sentence before it: "40 farmers joined 35 shopkeepers on the 70-member panel", "The
    62 farmers and the 48 traders who sit on the 101-seat board". Each part counts a
    different noun (two partitions' categories, "farmers" and "women", may overlap and
    are left alone)."""
    body = context.article.body
    for index, whole in enumerate(counts):
        compound = _NUMBER_COMPOUND.match(whole.text)
        if index < 2 or compound is None or compound.group(2) not in _GROUP_SIZE_COMPOUNDS:
            continue
        sentence_start = sentence_bounds(context, whole.start)[0]
        lead_start = max(sentence_start, whole.start - 40)
        gap_start = counts[index - 1].end
        if gap_start < lead_start or not _ON_SIZED_BODY.search(body, gap_start, whole.start):
            continue
        gap = body[gap_start : whole.start]
        if len(gap.split()) > 6 or re.search(r"[,;:.()]", gap):
            continue
        parts = [counts[index - 1]]
        for earlier in reversed(counts[: index - 1]):
            if earlier.start < sentence_start or not _MEMBERS_LINK.fullmatch(
                body, earlier.end, parts[0].start
            ):
                break
            parts.insert(0, earlier)
        units = [part.unit for part in parts]
        if len(parts) < 2 or None in units or len(set(units)) < len(units):
            continue
        if whole.value is None or any((part.value or 0.0) >= whole.value for part in parts):
            continue
        if _some_in_a_partition(_descriptions(body, parts)):
            continue
        yield _Parts(whole, parts, True)


def _some_in_a_partition(descriptions: list[list[str]]) -> bool:
    """ "40 farmers and 35 women": one part a category of a known partition (sex, age, a
    vote ...) and another not, or of another: they may count one person twice. Parts all of
    one partition ("40 men and 35 women") or of none ("farmers", "traders") are apart."""
    hits = []
    for words in descriptions:
        present = set(words)
        hits.append(
            {index for index, group in enumerate(_PARTITIONS) if any(present & c for c in group)}
        )
    if not any(hits):
        return False
    return not all(hits) or any(not (a & b) for a, b in pairwise(hits))


# "Entrants, men: 367. Entrants, women: 280. Entrants in total: 600.": figures each alone
# after a label and a colon, in sentences (or semicolon segments) one after another.
# A line may open with a bullet ("* Flights: 300"), and a part's label with "of which"
# ("* of which delayed: 160"), the part of the line before it.
_BULLET = r"(?:[*•·–-]\s+)?"
_LABEL_LINE = compile_pattern(
    rf"(?:^{_BULLET}|[.;]\s+{_BULLET}|\n\s*{_BULLET})"
    r"(?P<label>[A-Z][\w'’ ,-]{0,40}?|of\s+which\s[\w'’ ,-]{0,40}?)\s*:\s*$"
)
_OF_WHICH_LABEL = compile_pattern(r"of\s+which\b")
_TOTAL_LABEL = compile_pattern(r"\b(?:total|in\s+all|overall|altogether|all\s+told)\b", re.I)
# (a line break alone ends a line too: "Labour: 30\nGreens: 25\nTotal: 50", a factbox)
_LABELLED_GAP = compile_pattern(rf"\s*[.;]\s*(?:\n\s*{_BULLET})?|[ \t]*\n\s*{_BULLET}")


def _labelled_lines(context: ArticleContext, counts: list[Claim]) -> Iterator[_Parts]:
    """A table written as lines: bare figures each after a label and a colon, one line (a
    sentence or a semicolon's segment) after another, nothing else between; the one
    labelled a total ("in total", "overall") is the whole, the others, each labelled apart
    and sharing the total's first label word ("Entrants, men: 367. Entrants, women: 280.
    Entrants in total: 600."), or any when the total's label is that word alone ("Wheat:
    367. Corn: 280. Total: 600."), are its parts."""
    body = context.article.body
    if ":" not in body:
        return
    run: list[tuple[Claim, str]] = []
    for claim in counts:
        label = None
        if claim.unit is None and claim.value is not None and _after_colon(body, claim.start):
            match = _LABEL_LINE.search(body, max(0, claim.start - 50), claim.start)
            label = match.group("label").lower() if match else None
        if (
            label is not None
            and run
            and _LABELLED_GAP.fullmatch(body, run[-1][0].end, match.start("label"))
        ):
            run.append((claim, label))
            continue
        yield from _labelled_run(run)
        run = [(claim, label)] if label is not None else []
    yield from _labelled_run(run)


def _after_colon(body: str, position: int) -> bool:
    """Whether a colon (and spaces at most) comes right before `position`: a test of a
    few characters that spares the label's search for most figures."""
    before = position - 1
    while before >= 0 and body[before] == " ":
        before -= 1
    return before >= 0 and body[before] == ":"


def _labelled_run(run: list[tuple[Claim, str]]) -> Iterator[_Parts]:
    if len(run) < 3:
        return
    totals = [item for item in run if _TOTAL_LABEL.search(item[1])]
    if not totals and not _OF_WHICH_LABEL.match(run[0][1]):
        # "Flights: 300", then "of which on time: 180", "of which delayed: 160": the lines
        # "of which" opens are parts of the line before them.
        rest = run[1:]
        labels = [label for claim, label in rest]
        if all(_OF_WHICH_LABEL.match(label) for label in labels) and len(set(labels)) == len(
            labels
        ):
            yield _Parts(run[0][0], [claim for claim, label in rest], True)
        return
    if len(totals) != 1:
        return
    whole, whole_label = totals[0]
    parts = [claim for claim, label in run if claim is not whole]
    labels = [label for claim, label in run if claim is not whole]
    if len(set(labels)) < len(labels):
        return
    # "Total: 600" alone totals the lines before it; "Entrants in total" those of entrants.
    head = _WORDS.findall(_TOTAL_LABEL.sub("", whole_label))[:1]
    if not head or all(_WORDS.findall(label)[:1] == head for label in labels):
        yield _Parts(whole, parts, True)
