"""What group a counted figure is the size of, read from the claim and the words around it.

A group is its counted noun ("climber"), the group word it is counted in ("team", "crew",
"delegation"), whose group it is (the yacht's, the expedition's) and the words that set it
apart ("survey team", miners "injured in" the blast). Two figures describe one group when
these agree: the figure-stated-two-ways check (CC106) compares two sizes of one group, the
parts check (CC108) a whole with parts of it. Kept to what those checks need: the words of
one sentence, and a small hand-written lexicon of kinds of person (`same_kind`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from claimcheck.checks.helpers import IN_ALL, IRREGULAR_PAST, sentence_bounds
from claimcheck.checks.registry import ArticleContext
from claimcheck.extract.lexicon import NUMBER_WORD_VALUES
from claimcheck.extract.patterns import compile_pattern
from claimcheck.extract.quantities import in_title_case_line, lemmatize_noun
from claimcheck.records import Claim


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Counted nouns that only say "people of the group": the group word names the group.
GENERIC_NOUNS = _words("member strong person man woman seat piece voice")
# ... of which these only count a group's members, whatever they are ("the 12-member team",
# "all 15 members of the team", "a 12-piece band", "a 40-voice choir"; "people" are not
# "premises").
_MEMBER_NOUNS = _words("member strong seat piece voice")
# Words of a compound that name a member by no kind of its own ("the 12-man crew", "a
# 12-piece band"): the group word names what the members are. Other words name the things
# counted ("the 120-seat hall", "a 40-bed ward"), which "all 140 seats" counts again.
_ANY_MEMBER = _words("member strong person man woman piece voice")
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
    around across through throughout near behind beyond along against among amongst
    between within beside despite toward towards via
    what why how whether
    """
)
_DETERMINERS = _words("the its their his her our your this that these those")
# Verbs of saying: a pronoun subject after them is the sayer ("the firm said it had").
_PLURAL_AUXILIARIES = _words("are were have")
_SAYING_VERBS = _words("said says told added reported confirmed announced stated")
# "each of the 14 sailors", "none of the 14 sailors": every member of the group.
_EVERY_QUANTIFIERS = _words("each all none")
_POSSESSIVE_PRONOUNS = _words("its their")
# Words of size cues ending in "of" ("consists of", "made up of"): a verb, no group word.
_CUE_WORDS_BEFORE_OF = _words("consists consisted consisting composed comprised up")
_INDEFINITE = _words("a an")
_INTRODUCING = _words("a an another")
# Words that make an owner or a group word another one of its kind: "the rival port", "the
# other crew", "a sister ship".
_ANOTHER_ONE = _words("other another rival second neighbouring neighboring nearby sister opposing")
# After "With 40 voices": the subject the comma leads to, whose members they are.
_FRONTED_WITH_SUBJECT = compile_pattern(
    r"(?:\s+[a-z]+){0,3}\s*,\s*(?:the|its|their)\s+(?:[a-z]+\s+){0,2}(?P<head>[a-z]+)\s+"
    r"(?:is|was|are|were|has|had|remains|became|becomes|ranks)\b"
)
# Words that open a verb's object or follow a verb as an adverb: the word before them ends
# no noun phrase ("... elect a new chair", "... train together").
_OBJECT_OPENERS = _words("a an the their its his her our")
_ADVERBS_AFTER_VERB = _words("together again regularly often daily weekly nightly hard")
# Figures, words and punctuation of a sentence, a compound with its figure as one token
# ("12-member"), for reading the words in front of an owner.
_TOKEN = compile_pattern(r"[\w’'-]+|[^\w\s]")
_MAX_ANCHOR_WORDS = 2
# Compounds that count something other than members: "a two-time champion", "a 10-year
# term", "a 32-page report"; and amounts of securities or plant ("976,352 shares", "the
# 1,449,550 units", "eight 550-megawatt units"), which change hands rather than make up a
# group.
_NOT_MEMBERS = _words(
    """
    time year day week month hour minute second point goal set game match round lap stage
    storey story page bit door lane way mile metre meter foot inch yard kilometre
    share unit note bond warrant option contract debenture
    """
)
# Words that pick the first members of a larger group: "the seven leading nations", "the
# nation's 22 busiest airports".
_SELECTING = _words(
    "leading main major top biggest largest busiest key principal chief foremost richest"
)
# "747-SR", "F-16", "A-320": a model's name, its letters in capitals.
_MODEL_NAME = compile_pattern(r"^[\d,.]+-[A-Z]{1,4}\d*\b(?![a-z])")
# "at the age of 27", "a height of 40": a measure of something, not a group of members.
_MEASURES_OF = _words(
    """
    age height length depth width distance speed weight score margin rate cost price value
    sum record average maximum minimum capacity temperature range term period total
    majority minority number handful half third quarter remainder rest bulk fraction
    """
)
# (a hyphen or two with spaces round them is a dash: "the crew - 24 strong - trained")
_WORD = compile_pattern(r"[A-Za-z][\w’'-]*|[,;:()\"“”—–.!?]|(?<=\s)--?(?=\s)")
# "12 in all", "12 in total", "12 altogether": the size of the whole group.
_IN_ALL = compile_pattern(rf"\s*(?:{IN_ALL}|in\s+number)\b", re.I)
# "make up the tribunal", "form the jury", "comprise the board", "sit on the panel".
_MAKE_UP = compile_pattern(
    r"\s+(?:(?:who|that|which)\s+)?(?:make|makes|made|making)\s+up|\s+(?:form|forms|formed|comprise|comprised|"
    r"constitute|constituted|sit|sat|staff|staffed|crew|crewed|man|manned|"
    # "60 volunteers run the museum": those who run or keep a place are its own.
    r"run|ran|operate|operated|manage|managed)\s+(?:on\s+)?",
    re.I,
)
# "on the yacht", "aboard the ferry", "in the delegation", "of the survey team".
_OWNER_PREPOSITION = compile_pattern(
    r"\s+(?:on|aboard|in|at|of|from|for|with)\s+(?:board\s+)?(?:the|its|their|his|her)\s+", re.I
)
# The preposition before a body named after a holder's members: "(304 seats) in the".
_HELD_IN = compile_pattern(r".*\s(?:in|on)\s+the\s+$", re.I)
# "in Leeds", "at Ashford": a named place that sets a group apart from one elsewhere.
_IN_PLACE = compile_pattern(r"\s+(?:in|at|from)\s+([A-Z][a-z]+)\b(?!['’])")
_DETERMINED_POSSESSOR = compile_pattern(r"\s*(?:the\s+)?([A-Za-z-]+['’]s?)\s+(?=[a-z])", re.I)
_POSSESSOR_AFTER = compile_pattern(r"([A-Za-z-]+['’]s?)\s+(?=[a-z])")
# "14 sailors were aboard the yacht", "300 people live in the village".
_LOCATED = compile_pattern(
    r"\s+(?:were|are|was|is|(?:had|have|has)\s+been|live|lived|work|worked|serve|served|sit|sat)"
    r"\s+(?:all\s+)?"
    r"(?:aboard|on\s+board|in|at|on|for)\s+(?:the|its|their)\s+",
    re.I,
)
# "12 wardens are employed by the park", "40 pupils are enrolled at the school": the passive
# of a verb that sizes a group puts its owner after the preposition (all of them).
# The same participle in an aside right after the members: "40 nurses, all employed by the
# hospice, ..." (what the aside says of every one of them).
_SIZED_BY_AGENT = compile_pattern(
    r"(?:\s+(?:were|are|was|is|(?:had|have|has)\s+been)|\s*,(?=\s+(?:all\s+)?(?:of\s+them\s+)?"
    r"[a-z]+ed\s+[a-z]+\s+(?:the|its|their)\s+[^,.;:]*,))\s+(?:(?:now|still|all|currently)\s+)?"
    r"(?:of\s+them\s+)?"
    r"(?:employed|housed|kept|owned|operated|run|staffed|enrolled|registered|stationed|based|"
    r"berthed|moored|stabled|taught|educated|cared\s+for|looked\s+after)\s+"
    r"(?:by|at|in|on|with)\s+(?:the|its|their)\s+",
    re.I,
)
# "the 400 people employed at the glassworks", "all 80 personnel stationed at the base": a
# participle of a verb that places or employs people, right after a definite count, names
# whose they are (all of them: "the" or "all" before the count says the phrase does not
# pick some out). After a bare count ("400 people employed at the plant lost their jobs")
# the phrase may pick some of them out, and is left to the participle reading.
_PLACED_AFTER_DEFINITE = compile_pattern(
    r"\s+(?:employed|stationed|based|housed|enrolled|registered|working|serving|living)\s+"
    r"(?:at|by|in|on|with|for)\s+(?:the|its|their)\s+",
    re.I,
)
# "30 firefighters, the station's entire complement, ...": an aside after the members
# naming them as all of an owner's (its possessor the owner, read like "the station's 30").
_WHOLE_OF_OWNER = compile_pattern(
    r"\s*,\s+(?:the|its|their)\s+(?:(?:[\w-]+\s+){0,2}?(?P<owner>[\w-]+)['’]s\s+)?"
    r"(?:entire|whole|full)\s+"
    r"(?:complement|staff|crew|membership|workforce|team|strength|roll)\b",
    re.I,
)
# The phenomenon read whole, a backup for the verbs above: a plain count opening its clause
# as the subject of a verb in the present simple, whose object (or the object of one
# preposition after it) is a definite place or body ("270 pupils attend the academy", "40
# wardens patrol the reserve"): a standing state, so all of the place's members of that
# noun. A past verb tells an event some of them took part in, and is left alone.
_PRESENT_TIE = compile_pattern(
    r"\s+(?:(?:now|still|currently|all|also|together)\s+)?(?P<verb>[a-z]{3,})\s+"
    r"(?:(?:out|up|over|down|back|together)\s+)?"
    r"(?:(?:at|in|on|for|with|inside|within|aboard|under|across|to)\s+)?(?:the|its|their)\s+",
    re.I,
)
# "30 wardens look after the reserve", "60 volunteers help run the shelter": those who keep
# a place or help to run it, in a verb of two words, are its own.
_KEEPING_TIE = compile_pattern(
    r"\s+(?:(?:now|still|currently|all|also|together)\s+)?(?:helps?\s+(?:to\s+)?)?"
    r"(?P<verb>look\s+after|care\s+for|watch\s+over|keep|run|staff|manage|maintain|tend)\s+"
    r"(?:the|its|their)\s+",
    re.I,
)
# "the laboratory, where 15 researchers work": the place the clause is about.
_WHERE_CLAUSE_VERB = compile_pattern(
    r"\s+(?:(?:now|still|currently|all|also|together)\s+)?(?P<verb>[a-z]{3,})\b(?!\s+(?:the|a|an)\b)",
    re.I,
)
# Words opening a clause before its subject, or words in front of the subject's count.
_PIED_PREPOSITIONS = _words("to in at on for with within inside")
_CLAUSE_OPENERS = frozenset((",", ";", ":", "(", "–", "—", "and", "but", "while", "where"))
_BEFORE_SUBJECT_COUNT = _words("the its their all some about nearly almost only just")
# Words of degree that leave a figure exact ("has only 30", "counts exactly 12").
_EXACT_DEGREE = _words("only just exactly precisely fully")
# Hedges that make a figure approximate without making it a bound ("the hospital's roughly
# 1,500 nurses", "employs about 800 people"); "over", "under" and "more than" are bounds,
# which both sides of a gap may satisfy, and are not read through.
_APPROXIMATING = _words("about around roughly approximately nearly almost some")
# Present verbs that say what people think, want or do once, not where they belong.
_NOT_BELONGING = _words(
    "want need hope plan face expect fear say tell ask agree refuse think believe know see"
    " meet get go come take make find leave give try call share spend wait look show use"
    " feel oppose support back visit join quit hire fire sack recruit cut lose add shed"
    " expect seek urge warn lay train send"
)
_NUMBERING_VERBS = _words("number numbered total totalled totaled")
_VERB_PARTICLES = _words("on upon with out up")
_STAFFING_PARTICIPLES = _words(
    "manned staffed crewed run operated served kept maintained employed housed"
)
_FRONTED_PARTICIPLE_SUBJECT = compile_pattern(r"\s*,\s*(?:the|its|their)\s+", re.I)
_MODALS = _words("will would can could may might must shall should did does do")
# "Volunteers kept the kitchen open; there were 12 of them": the subject opening the
# sentence, sized after the break, and the definite place its clause names.
_OBJECT_COMPLEMENTS = _words("open shut closed running going busy alive clean safe ready afloat")
_THERE_WERE = (("there", "were"), ("there", "are"), ("there", "was"))
_SUBJECT_THEN_PLACE = compile_pattern(
    r"[\s\"“]*(?:(?:the|all)\s+)?(?P<noun>[A-Za-z]{3,}s)\s+(?P<verb>[a-z]{3,})\s+"
    r"(?:(?:[a-z]+\s+){0,2}?(?:at|in|on|for|with|inside|aboard)\s+)?the\s+",
    re.I,
)
# A group word made of its members' noun and "-ship": "membership", "readership".
# "120 families call the estate home": where they live, all of them.
_CALL_HOME = compile_pattern(
    r"\s+(?:call|calls|called)\s+(?:the|its|their)\s+"
    r"(?P<place>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+home\b",
    re.I,
)
_MEMBERSHIP = compile_pattern(r"[a-z]{4,}(?:er|or)ship")
# Adverbs between a group and the verb sizing it: "the orchestra now counts 40 players".
_ADVERBS_BEFORE_VERB = _words("now still currently already also today presently")
# "the jurors, of whom there were 12": the group named before the comma, all of it.
_OF_WHOM_THERE = (("of", "whom", "there"), ("of", "which", "there"))
# "the 12 people killed in the blast" / "the 30 people injured by it": two groups.
_PARTICIPLE = compile_pattern(r"\s+([a-z]+ed)\s+(?:in|by|at|during|on|when|after|while)\b")
# Who leads a group named by its group word ("a team of 12 engineers led by ...").
_LED_BY = compile_pattern(
    r"\s+(?:led|chaired|headed|captained|coached|managed|run|conducted|fronted)\s+by\b"
)
_VERB_LATER = compile_pattern(
    r"[^.;!?]*?\b(?:were|was|are|is|have|has|had|will|would|could|can|may|must|[a-z]{3,}ed)\b",
    re.I,
)
_RESTRICTING_PHRASE = compile_pattern(
    r"\s+(?:(?:who|that|which)\s+(?:were|are|was|is|had|have)\s+)?[a-z]+(?:ed|ing)\s+"
    r"(?:in|by|at|during|on|from|for|with|to|into|under)\b"
    # "all 200 seats it contested", "the 30 cars they sold": a relative clause with its
    # pronoun left out picks out some of them.
    r"|\s+(?:it|they|he|she|we|you)\s+(?:had\s+|have\s+|has\s+)?(?:[a-z]+ed|"
    + "|".join(sorted(IRREGULAR_PAST, key=lambda word: (-len(word), word)))
    + r")\b"
)
# "40 members present", "60 delegates voting": those taking part, some of the members.
_TAKING_PART = compile_pattern(
    r"\s+(?:present|voting|attending|taking\s+part|in\s+attendance|responding)\b", re.I
)
# "taking part in the relay", "competing in the regatta", "attending the congress": those
# in an event it names, all of the event's.
_TAKES_PART_IN = compile_pattern(
    r"\s+(?:taking\s+part\s+in|competing\s+in|participating\s+in|attending)\s+(?:the|its|their)\s+",
    re.I,
)
_MEMBERS_OF = compile_pattern(r"\s+of\s+([a-z]+)\b")
# A proper name and its initials in brackets right after a compound ("the 12-nation
# Northern Rivers Compact (NRC)").
_NAME_WITH_INITIALS = compile_pattern(
    r"\s+[A-Z][\w'’-]*(?:\s+(?:of|and|for|the|[A-Z][\w'’-]*)){0,6}?\s+\((?P<initials>[A-Z]{2,6})\)"
)
# "15 NRC member states", "all 12 member countries": members of a body of nations.
_MEMBER_NATIONS = _words("state country nation")
# A common noun's possessive right after a compound's words ("12-member alliance's").
_POSSESSOR_AFTER_COMPOUND = compile_pattern(r"\s+([a-z]+)['’]s\b")
_OF_MEMBERS = compile_pattern(
    # ("all 140 of the angling club's anglers": the owner's modifiers before it)
    r"\s+of\s+(?:the|its|their|his|her)\s+(?:(?:[a-z-]+\s+){0,2}?(?P<owner>[A-Za-z-]+)['’]s\s+)?"
    r"(?P<noun>[a-z]+)\b(?!['’])"
)
# "12-member", "thirty-five-member", "12-strong": a number joined to a word by a hyphen (the
# number itself may be written in hyphenated words).
_COMPOUND = compile_pattern(
    r"^(?P<number>[\d,.]+|(?:(?:"
    + "|".join(sorted(NUMBER_WORD_VALUES, key=len, reverse=True))
    + r")-?)+)-(?P<word>[a-z]+)\b",
    re.I,
)
# "the council of nine": a number in words no claim holds, since no counted noun follows.
# Scanned for " of nine" first (a cheap literal scan), the group word read before it.
_NUMBER_WORD_ALTERNATIVES = "|".join(sorted(NUMBER_WORD_VALUES, key=len, reverse=True))
_OF_NUMBER_WORD = compile_pattern(
    rf" of (?P<number>(?:{_NUMBER_WORD_ALTERNATIVES})(?:-(?:{_NUMBER_WORD_ALTERNATIVES}))?)"
    r"\b(?!\s*(?:-|of\b|percent|per\b|%))"
)
_GROUP_BEFORE = compile_pattern(r"\b(?P<article>a|an|the|its|their)\s+(?P<group>[a-z]+)$", re.I)
# "The abbey's monks, who number eighty-nine,": a size verb of a relative clause before a
# number in words (which the extraction leaves unread).
_RELATIVE_NUMBER_WORD = compile_pattern(
    r",\s+(?:who|which|that)\s+(?:number|numbered|total|totalled|totaled)\s+"
    rf"(?P<number>(?:{_NUMBER_WORD_ALTERNATIVES})(?:-(?:{_NUMBER_WORD_ALTERNATIVES}))?)"
    r"\b(?!\s*(?:-|of\b|percent|per\b|%))",
    re.I,
)
# Words between a group and its size: "the committee has 12", "the abbey, which has 20".
_SIZE_VERBS = (
    "has", "have", "had", "numbers", "numbered", "numbering", "totals", "totalled", "totaled",
    "counts", "counted", "employs", "employed", "comprises", "comprised", "carries", "carried",
    "carrying", "houses", "housed", "holds", "seats", "represents", "represented", "number",
    "total", "operates", "operated", "owns", "owned",
    # what a place offers or boasts is all it has: "the inn offers 12 rooms".
    "offers", "offered", "boasts", "boasted", "contains", "contained",
    # a side puts all it has into a contest: "the team fields 12 riders".
    "fields", "fielded",
)  # fmt: skip
# The same verbs as participles in an aside after the group: "the string section,
# totalling 40 players", "the abbey, housing 20 monks".
_SIZE_PARTICIPLES = (
    "having", "numbering", "totalling", "totaling", "counting", "employing", "comprising",
    "carrying", "housing", "holding", "seating", "representing", "operating", "owning",
    "offering", "boasting", "containing",
)  # fmt: skip
_SIZE_CUES: tuple[tuple[str, ...], ...] = (
    *((verb,) for verb in _SIZE_VERBS),
    *((",", pronoun, verb) for pronoun in ("which", "that", "who") for verb in _SIZE_VERBS),
    *((",", participle) for participle in _SIZE_PARTICIPLES),
    # "the union, with 2,000 members", and the wire's dashes: "the union -- with 2,000".
    *((mark, "with") for mark in (",", "--", "–", "—")),
    (",", "whose"),
    (",", "made", "up", "of"),
    (",", "consisting", "of"),
    ("made", "up", "of"),
    ("composed", "of"),
    ("comprised", "of"),
    ("formed", "of"),
    # The same participles in an aside: "the panel, composed of nine experts, ...".
    *((",", verb, "of") for verb in ("composed", "comprised", "formed")),
    ("home", "to"),
    (",", "home", "to"),
    ("consists", "of"),
    ("consisted", "of"),
    # "the school's roll stands at 412 pupils", "the ward is staffed by 40 nurses".
    ("stands", "at"),
    ("stood", "at"),
    # "the collection runs to 400 paintings": all it holds.
    ("runs", "to"),
    ("ran", "to"),
    *((verb, "by") for verb in ("staffed", "crewed", "manned", "run", "served")),
    # The same in an aside: "the lighthouse, staffed by 6 keepers, ...".
    *((",", verb, "by") for verb in ("staffed", "crewed", "manned", "run", "served")),
)
# Verbs of news copy in their plain present form, which no noun phrase ends on: "all 15
# teachers at the school want ...".
_PLAIN_VERBS = _words(
    "want need hope plan face expect remain stay live work get go come take make meet see"
    " know think believe fear say tell ask agree refuse grow run play hold keep give find"
    " feel leave stand sit look use show try call share spend wait pray sleep eat"
)
# Opening a sentence with the place a group is in: "aboard the ferry were ...".
_PLACE_WORDS = _words("aboard board inside")
# Where members sit or serve, opening an inverted sentence ("On the board are 9 ..."; not
# "among": "Among the crew were 4 Britons" names some of them).
_INVERTED_PLACE_PREPOSITIONS = _words("on in at inside aboard behind")
_MEMBERS_PLACE_PREPOSITIONS = _words("at on in")
_NUMBERING = _words("numbering numbered totalling totaling")
# Group words whose members have a name of their own, not made from the group word.
_MEMBERS_OF_GROUP = {
    group: frozenset(members.split())
    for group, members in (
        ("workforce", "worker employee staff"),
        ("staff", "employee worker"),
        ("crew", "sailor seafarer"),
        ("fleet", "ship vessel boat plane aircraft jet airliner bus truck lorry car"),
        ("squad", "player"),
        ("team", "player"),
        ("orchestra", "musician player"),
        ("band", "musician player"),
        ("choir", "singer voice chorister"),
        ("cast", "actor"),
        ("electorate", "voter"),
        ("congregation", "worshipper parishioner"),
        ("faculty", "teacher lecturer professor"),
        ("board", "director trustee governor"),
        ("panel", "judge expert"),
        ("garrison", "soldier troop"),
        ("herd", "cow animal"),
        # A place's population is the people who live there.
        ("population", "inhabitant resident citizen islander villager townsperson"),
        ("flock", "sheep bird"),
    )
}
# Words opening a time adverb after a noun phrase: "the 160-metre dam last week".
_TIME_ADVERB_OPENERS = _words("last next this yesterday today tonight")
# Group words for one group: a firm's staff is its workforce.
# Words for the number of all of a possessor's members: "the battalion's strength", "the
# ship's complement", "the school's roll".
_COUNT_OF_MEMBERS = _words("strength complement roll enrolment enrollment")
_SAME_GROUP_WORD = {"staff": "workforce", "payroll": "workforce", "headcount": "workforce"}
# A figure ending an item of a list: a comma, a semicolon or the end of its sentence.
_GAPPED_SIZE = compile_pattern(
    r"\b(?:has|have|had|numbers|counts|employs|holds|houses|fields)\s+(?:(?:only|just)\s+)?"
    r"\d[\d,]*\s+(?P<noun>[a-z]{3,})\s*;\s*(?:the|its|their)\s+"
    r"(?:[A-Za-z][\w'’-]*\s+){0,3}?(?P<head>[A-Za-z][\w'’-]*)\s*,\s*$"
)
_HOW_MANY_ASKED = compile_pattern(
    r"\b[Hh]ow\s+many\s+(?P<noun>[a-z]{3,})\s+(?:does|do|did)\s+(?:the|its|their)\s+"
    r"(?:[A-Za-z][\w'’-]*\s+){0,3}?(?P<head>[A-Za-z][\w'’-]*)\s+"
    r"(?:have|employ|count|number|field|house|hold)\?[\s\"”]*$"
)
_LIST_ITEM_END = compile_pattern(r"\s*(?:[,;]|\.(?:\s|$)|$)")
_WORK_AT = compile_pattern(r"\s+(?:now\s+|still\s+)?work\s+(?:at|for|in)\s+(?:the|its)\b", re.I)
_EMPLOYING = _words("employs employed employ employing")
# Nouns for people by what they do somewhere: "workers", "employees", "passengers",
# "residents", "pupils", "visitors", "tenants".
# Kinds of person: one group may be named by different nouns for what its members are
# ("the school's 120 pupils" and "all 140 children at the school", "400 troops" and "the
# same 480 soldiers", "the firm's staff" and "its employees"). Each line is one kind, a leaf
# of a small hierarchy (person > learner > pupil, person > worker > staff ...): its nouns
# name the same people in the same role, so two figures counting them are tied like two
# figures of one noun (still needing an owner, a group word, "all" or "the same" to tie
# them). A noun and a wider kind never tie ("the hospital's nurses" are some of its staff;
# "people" and "men" may be anyone), and neither do two kinds under one head ("pupils" and
# "teachers" are both at the school). Kept small and written by hand: a lexical database
# would be a large download for the few kinds news counts as groups.
_PERSON_KIND_LIST = (
    "pupil schoolchild schoolchildren child student",  # at a school
    "staff employee worker personnel",  # at a workplace
    "troop soldier serviceman",  # of an army
    "inmate prisoner convict",  # of a prison
    "worshipper worshiper congregant parishioner",  # at a church
    "resident inhabitant villager islander townsperson",  # of a place
    "household family",  # of a block or an estate, one to a home
    "spectator onlooker fan supporter",  # at a ground or a match
    "passenger traveller traveler",  # aboard a vehicle
    "guest visitor",  # at a venue
    # (those who work a ship are its crew, counted one by one, and its seafarers)
    "sailor seaman seafarer mariner crew crewman crewmember",
    "firefighter fireman",  # of a fire service
    "journalist reporter",  # of a newsroom
    "doctor physician",  # of a hospital
    "voter elector",  # of a constituency
    "caver potholer spelunker",  # underground
    "climber mountaineer",  # on a mountain
    "walker hiker rambler trekker",  # on foot across country
    "lawmaker legislator parliamentarian",  # of a legislature
    "protester protestor demonstrator",  # at a protest
    "docker dockworker stevedore longshoreman",  # at a port
    # Things counted as a group's members by two words for one kind of thing ("the
    # flotilla's vessels" and "its boats", "the estate's homes" and "its houses").
    "vessel ship boat",
    "home house dwelling",
    "aircraft plane airliner",
)
_PERSON_KIND = {noun: kind for kind, line in enumerate(_PERSON_KIND_LIST) for noun in line.split()}


# Nouns for people by a role that carry none of the role endings below ("delegates",
# "guests", "pilgrims"): with the kinds above, the nouns a general noun may name back.
_ROLE_NOUNS = _words(
    "delegate guest fan pilgrim hostage athlete nurse monk nun cadet recruit candidate "
    "victim captive rebel patient tourist refugee migrant evacuee survivor"
)
# General nouns for people: "all 15 men" after "12 miners", "the 40 people" after "the
# delegates".
_PEOPLE_IN_GENERAL = _words("person man woman")


def named_generally(earlier: str, later: str) -> bool:
    """A later general noun for people ("men", "people") naming back the people an
    earlier noun counts by their role ("12 miners were trapped ... all 15 men"). Only
    one way: "men" then "miners" may be some of them, and two general nouns ("women",
    "men") are two groups."""
    if later not in _PEOPLE_IN_GENERAL or earlier in _PEOPLE_IN_GENERAL or not earlier:
        return False
    return (
        earlier in _PERSON_KIND
        or earlier in _ROLE_NOUNS
        or (earlier.endswith(_ROLE_ENDINGS) and earlier not in GENERIC_NOUNS)
    )


def same_kind(first: str, second: str) -> bool:
    """Two counted nouns for the same people in the same role: one noun, or two of one
    kind of person ("pupils" and "children", "troops" and "soldiers")."""
    if first == second:
        return bool(first)
    kind = _PERSON_KIND.get(first)
    return kind is not None and kind == _PERSON_KIND.get(second)


_ROLE_ENDINGS = ("er", "or", "ee", "ent", "ant", "ist", "il", "ian")
_AGENT_ENDINGS = ("or", "er", "ist", "man", "ian")
_MIN_SHARED_STEM = 6
# Between a group and a size cue: "the expedition was made up of 11".
_LINKING_VERBS = _words("is was are were")
_AUXILIARY_VERBS = _LINKING_VERBS | _words("been be has have had will would")
_OF_THEM = compile_pattern(r"\s+of\s+(?:them|us|you)\b", re.I)
_STRONG_AFTER = compile_pattern(r"\s+strong\b", re.I)
_OF_THEM_CLOSED = compile_pattern(r"\s+of\s+(?:them|us|you)\s*(?:,|\s(?:[–—]|--?\s)|\))", re.I)
# Marks opening an aside after a group: "the squad, 20 players", "the squad – 20 players".
_APPOSITION_OPENERS = frozenset((",", "–", "—", "(", "-", "--"))
_ABOARD = compile_pattern(r"\s+(?:aboard|on\s+board|inside|on\s+it|in\s+it)\b", re.I)
_CLOSES_APPOSITION = compile_pattern(r"[^,.;:()]{0,40}?(?:[,;—–)]|\s--?\s)")
# "1,985 billion", "4.5 mln", "400m", "3bn": an amount or a measure, not a group's size.
_SCALED = compile_pattern(
    r"(?:\b(?:thousand|million|mln|billion|bln|bn|trillion)|\d(?:m|bn|k|mn|km|kg))(?:$|\s)", re.I
)
_PART_OF = compile_pattern(r"\s+(?:of|out\s+of)\s+(?:the|them|these|those|its|their|all)\b", re.I)
# Without a counted noun, "with 150" is often some of them ("the hunt, with 150 on
# horseback"): only verbs give a bare figure as a size ("the delegation numbers 30").
_SIZE_CUES_ALONE = tuple(cue for cue in _SIZE_CUES if cue[1:] != ("with",))
_CUES_BY_LAST_WORD: dict[str, tuple[tuple[str, ...], ...]] = {
    last: tuple(cue for cue in _SIZE_CUES if cue[-1] == last)
    for last in {c[-1] for c in _SIZE_CUES}
}
_WINDOW = 90
_MAX_PHRASE_WORDS = 4


@dataclass(frozen=True, slots=True)
class Group:
    """What a figure counts. Empty strings when the words do not say."""

    noun: str
    collective: str = ""
    owner: str = ""
    modifiers: frozenset[str] = frozenset()
    # The words in front of the owner or the group word where the sentence names it ("the
    # rival port", "the night shift"): what sets that owner apart from others of its kind.
    anchor_words: frozenset[str] = frozenset()

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
    # "all 15 sailors", "15 in all": every member, so any other count of them is a size too.
    every: bool = False
    # "12 of the sailors", "12 of them": some members, not a size of the group.
    part: bool = False
    # "12 sailors aboard", "with 12 sailors on board": those in a place, all of them.
    located: bool = False
    # "the 12 sailors": a group named before, referred to again (not "the yacht's 12").
    definite: bool = False
    # "its 12 members", "their 12 players": the group is the one a pronoun points back to.
    pronoun_owned: bool = False
    # "the 16 films competing in ...", "the 12 people killed in ...": a phrase after the
    # noun that picks out some of them.
    restricted: bool = False
    # "All 14 were rescued.", "All 14 of them ...": a sentence opening with every member of
    # a group it does not name (its group is empty: the one named just before).
    refers_back: bool = False
    # "roughly 1,500 nurses", "about 800": a hedged figure, which a figure near it may
    # restate rather than contradict.
    approximate: bool = False
    # "more than 5,000 members" ("above"), "fewer than 40 members" ("below"): a bound, which
    # a figure on its side of it does not contradict.
    bound: str = ""


def same_group(first: Group, second: Group, every: bool = False) -> bool:
    """Whether two figures may describe one group: the same counted noun (or members of
    the same group word), no different owners or group words, no different modifiers.
    `every`: one of them counts every member ("all 15 sailors"), which ties it to any
    count of that specific noun without a group word or an owner."""
    # Different owners, unless one names the other's group word as where its members are
    # ("the museum's collection of 412 paintings", "the 450 paintings in the collection").
    if (
        first.owner
        and second.owner
        and first.owner != second.owner
        and first.owner != second.collective
        and second.owner != first.collective
    ):
        return False
    if first.collective and second.collective and first.collective != second.collective:
        return False
    if _word_against_owner(first, second) or _word_against_owner(second, first):
        return False
    if first.modifiers and second.modifiers and not first.modifiers & second.modifiers:
        return False
    if first.modifiers & _SELECTING != second.modifiers & _SELECTING:
        return False  # "the seven leading nations" are some of "the 24 nations"
    if _anchors_apart(first, second):
        return False
    if not _nouns_agree(first, second) and not (every and named_generally(first.noun, second.noun)):
        return False
    shared_owner = bool(first.owner) and first.owner == second.owner
    shared_collective = bool(first.collective) and first.collective == second.collective
    # "the squad of 23 players" and "the squad's 26 players": the group word is the owner.
    shared_collective = shared_collective or any(
        group.collective and group.collective == other.owner
        for group, other in ((first, second), (second, first))
    )
    owned = _owned_by(first, second) or _owned_by(second, first)
    owned = owned or _counts_group_word(first, second) or _counts_group_word(second, first)
    owned = owned or _members_of_owner(first, second) or _members_of_owner(second, first)
    if shared_owner or shared_collective or owned or first.modifiers & second.modifiers:
        return True  # "the 12 miners trapped ..." and "the 15 trapped miners"
    # Nothing ties them but the noun: enough for a specific one ("inspectors") named with
    # a group word or an owner once, not for "people" or "officials" in general.
    if first.noun in GENERIC_NOUNS:
        # "the 120-seat hall ... all 140 seats": every one of the things a group word was
        # sized in, counted again with nothing else named.
        return every and first.noun == second.noun and bool(first.collective or second.collective)
    if first.noun in _VAGUE_NOUNS:
        # "The plant employs 143 workers. The 168 workers ...": a general noun is tied only
        # by a count of every member or a reference back to a group that names its owner.
        return every and (first.anchored or second.anchored)
    # A group word set apart by its words ("the machine's back catalogue of 700 games") is
    # not tied by its noun alone to a mention without them ("the 15 games").
    return every or (
        (first.anchored or second.anchored)
        and not _set_apart(first, second)
        and not _set_apart(second, first)
    )


def _anchors_apart(first: Group, second: Group) -> bool:
    """ "the night shift" and "the day shift", "the port" and "the rival port": one owner
    or group word named with words that set each apart from the other, or with a word that
    makes it another one of its kind."""
    words, other_words = first.anchor_words, second.anchor_words
    if words and other_words and not words & other_words:
        return True
    return bool((words ^ other_words) & _ANOTHER_ONE)


def _word_against_owner(sized: Group, owned: Group) -> bool:
    """ "the eight-lock canal" and "the seaway's 15 locks": things counted in one group word
    and the same things of an owner that is neither that word nor the thing it counts (the
    canal may be part of the seaway); not "a crew of 12 sailors" and "the ship's 15 crew",
    where the owner's figure counts the group word itself."""
    return bool(
        sized.collective
        and not sized.owner
        and owned.owner
        and not owned.collective
        and owned.owner not in (sized.collective, sized.noun)
        and owned.noun not in (sized.collective, *_MEMBER_NOUNS)
        and sized.noun not in _MEMBER_NOUNS
        and not _member_word(owned.noun, sized.collective)
    )


def _set_apart(group: Group, other: Group) -> bool:
    return bool(group.collective and group.modifiers) and not (other.collective or other.modifiers)


def _members_of_owner(counted: Group, group: Group) -> bool:
    """ "the crew's 15 men" and "the 12 crew": a general noun counting the members of the
    group its owner names, which the other figure counts by that group's word."""
    return bool(group.noun) and counted.noun in GENERIC_NOUNS and counted.owner == group.noun


def _nouns_agree(first: Group, second: Group) -> bool:
    if same_kind(first.noun, second.noun):
        return True
    if _members_of_owner(first, second) or _members_of_owner(second, first):
        return True
    if _counts_group_word(first, second) or _counts_group_word(second, first):
        return True  # "the ship's 14 crew" and "a crew of 17"
    if (first.noun and first.noun == second.collective) or (
        second.noun and second.noun == first.collective
    ):
        return True  # "a crew of 12 sailors" and "the ship's 15 crew"
    if first.owner and first.owner == second.owner and _members_of_word(first, second):
        # "The bakery employs 65 people" (its workforce) and "the bakery's 77 workers": one
        # owner's group word, and the members it is made of.
        return True
    if _people_in_role(first, second) or _people_in_role(second, first):
        return True
    group_word = first.owner if first.owner == second.owner else ""
    if (
        group_word
        and _member_word(first.noun, group_word)
        and _member_word(second.noun, group_word)
    ):
        # "the orchestra's 25 musicians" and "all 30 players in the orchestra": two words
        # for the members of one group word.
        return True
    generic = first.noun in _MEMBER_NOUNS or second.noun in _MEMBER_NOUNS
    if generic and first.collective and first.collective == second.collective:
        return True  # "the 12-member team" and "all 15 members of the team"
    # "the 15 farmers in the delegation" and "a 12-strong delegation": the farmers' owner
    # is the other figure's group word.
    return _owned_by(first, second) or _owned_by(second, first)


def people_in_role(first: Group, second: Group) -> bool:
    """ "Some 400 people work at the plant" and "all 460 employees of the plant": people
    counted at one owner, and the owner's people counted by their role there."""
    return _people_in_role(first, second) or _people_in_role(second, first)


def _people_in_role(people: Group, role: Group) -> bool:
    return (
        people.noun == "person"
        and bool(people.owner)
        and people.owner == role.owner
        and bool(role.noun)
        and role.noun not in GENERIC_NOUNS
        and role.noun.endswith(_ROLE_ENDINGS)
    )


def _members_of_word(first: Group, second: Group) -> bool:
    """One figure sized by a group word, the other counting the members that word is made
    of ("workforce" and "workers", "fleet" and "jets")."""
    return any(
        sized.collective
        and counted.noun
        and (
            _member_word(counted.noun, sized.collective)
            or _named_by_their_work(counted.noun, sized.modifiers)
        )
        for sized, counted in ((first, second), (second, first))
    )


def _named_by_their_work(noun: str, modifiers: frozenset[str]) -> bool:
    """ "the ward's nursing staff" and "its nurses", "the teaching team" and "teachers": a
    group word named by the work its members do, and a noun for those who do it."""
    return any(
        word.endswith("ing") and len(word) > 6 and noun.startswith(word[:-3]) for word in modifiers
    )


def _counts_group_word(counted: Group, group: Group) -> bool:
    """ "the ship's 14 crew" and "a crew of 17"; "the 14 jurors" and "the jury of twelve"
    (a member named by a word made from the group word)."""
    if group.noun not in _MEMBER_NOUNS or not counted.noun or not group.collective:
        return False
    return counted.noun == group.collective or _member_word(counted.noun, group.collective)


def _member_word(noun: str, collective: str) -> bool:
    """A noun for one member made from the group word: "juror" (jury), "crewman" (crew),
    "bandsman" (band); or the members a group word is made of ("workers" of a workforce,
    "jets" of a fleet)."""
    if noun in _MEMBERS_OF_GROUP.get(collective, ()):
        return True
    stem = collective.rstrip("aeiouy") if len(collective) > 4 else collective[:3]
    if len(stem) >= 3 and noun.startswith(stem) and noun.endswith(_AGENT_ENDINGS):
        return True
    # "delegate" (delegation), "congregant" (congregation): the group word's stem, with a
    # different ending.
    shared = next(
        (i for i, (a, b) in enumerate(zip(noun, collective, strict=False)) if a != b),
        min(len(noun), len(collective)),
    )
    return noun != collective and shared >= _MIN_SHARED_STEM and shared >= len(collective) - 3


def _owned_by(members: Group, group: Group) -> bool:
    return (
        bool(members.owner)
        and group.noun in _MEMBER_NOUNS
        and members.owner in (group.collective, group.noun)
    )


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
    sizes = [_with_anchor_words(context, size) for size in sizes]
    return sorted(sizes, key=lambda size: size.start)


def _with_anchor_words(context: ArticleContext, size: Size) -> Size:
    """The size with the words its sentence puts in front of its owner or group word."""
    anchor = size.group.owner or size.group.collective
    if not anchor or " " in anchor:
        return size
    body = context.article.body
    sentence_start, sentence_end = sentence_bounds(context, size.start)
    tokens = [
        (match.group(), match.start())
        for match in _TOKEN.finditer(body, sentence_start, sentence_end)
    ]
    named = [
        index
        for index, (token, _) in enumerate(tokens)
        if token[0].isalpha() and _possessor(token.lower()) == anchor
    ]
    if not named:
        return size
    # The mention nearest the figure, before it if there is one ("the rival port employs
    # 280"), else after it ("the 45 dockers of the day shift").
    before = [index for index in named if tokens[index][1] < size.start]
    index = before[-1] if before else named[0]
    words: list[str] = []
    for token, _ in reversed(tokens[:index]):
        lower = token.lower()
        if lower in _ANOTHER_ONE:
            words.append(lower)
            break
        if (
            not token[0].isalpha()
            or lower in _STOP_WORDS
            or lower in _DETERMINERS
            or lower in NUMBER_WORD_VALUES
            or _COMPOUND.match(token) is not None  # ("Nine-man crew": the size, no anchor)
            or _is_possessive(token)
            or len(words) >= _MAX_ANCHOR_WORDS
        ):
            break
        words.append(lower)
    if not words:
        return size
    group = replace(size.group, anchor_words=frozenset(words))
    return replace(size, group=group)


def _is_count(claim: Claim) -> bool:
    # (the fields first: most claims are no whole counts, and the pattern is then not tried)
    return (
        claim.kind == "quantity"
        and claim.value is not None
        and claim.low is None
        and claim.dimension in (None, "count")
        and claim.value >= 1
        and float(claim.value).is_integer()
        and _SCALED.search(claim.text) is None
    )


def _sizes_in_words(body: str, claimed: set[int]) -> Iterator[Size]:
    yield from _relative_sizes_in_words(body, claimed)
    for match in _OF_NUMBER_WORD.finditer(body):
        if match.start("number") in claimed:
            continue
        before = _GROUP_BEFORE.search(body, max(0, match.start() - 30), match.start())
        if before is None:
            continue
        collective = lemmatize_noun(before.group("group"))
        if collective in _STOP_WORDS or collective in _MEASURES_OF:
            continue
        # "twenty-two": the tens and the ones added (not "two-three", a range).
        values = [NUMBER_WORD_VALUES[part] for part in match.group("number").split("-")]
        if len(values) == 2 and not (values[0] >= 20 and values[0] % 10 == 0 and values[1] < 10):
            continue
        value = float(sum(values))
        introduced = before.group("article").lower() in _INDEFINITE
        group = Group("member", collective)
        yield Size(value, group, True, match.start("number"), match.end("number"), introduced)


def _number_words_value(text: str) -> float | None:
    """ "twenty-two": the tens and the ones added (None for a range, "two-three")."""
    values = [NUMBER_WORD_VALUES[part] for part in text.lower().split("-")]
    if len(values) == 2 and not (values[0] >= 20 and values[0] % 10 == 0 and values[1] < 10):
        return None
    return float(sum(values))


def _relative_sizes_in_words(body: str, claimed: set[int]) -> Iterator[Size]:
    """ "The abbey's monks, who number eighty-nine,": the group the relative clause is
    about, sized in words, read as `_read_relative_size` reads it in figures."""
    for match in _RELATIVE_NUMBER_WORD.finditer(body):
        start = match.start("number")
        value = _number_words_value(match.group("number"))
        if start in claimed or value is None:
            continue
        sentence_start = max(body.rfind(". ", 0, start) + 1, start - _WINDOW, 0)
        reading = _Reading()
        if _read_relative_size(reading, _WORD.findall(body[sentence_start:start])):
            group = Group(reading.noun, "", reading.owner)
            yield Size(value, group, True, start, match.end("number"), every=True)


@dataclass(slots=True)
class _Reading:
    """A group size being read from the words around a figure."""

    noun: str = ""
    collective: str = ""
    owner: str = ""
    modifiers: set[str] = field(default_factory=set)
    total: bool = False
    introduced: bool = False
    every: bool = False
    definite: bool = False
    pronoun_owned: bool = False


def _without_hedge(opening: list[str]) -> tuple[list[str], bool]:
    """ "the hospital's roughly 1,500 nurses", "said about 800 nurses work at": a hedge right
    before the figure, read through as if it were not there (the words before it say whose
    the figure is), and whether there was one."""
    if (
        len(opening) > 1
        and opening[-1].lower() in _APPROXIMATING
        # ("contracts on about 90 listed firms": "X of N" would then read any noun before
        # "of" as a group word; a hedge after "of" is left as it was)
        and opening[-2].lower() != "of"
    ):
        return opening[:-1], True
    return opening, False


# Two words before a figure that make it a bound: "more than 5,000 members".
_BOUND_WORDS = {
    ("more", "than"): "above",
    ("at", "least"): "above",
    ("fewer", "than"): "below",
    ("less", "than"): "below",
    ("at", "most"): "below",
}


def _without_bound(opening: list[str]) -> tuple[list[str], str]:
    """ "the guild, which has more than 5,000 members": the words before a bound read as if
    it were not there, and which side of the figure the bound leaves open ("" for none)."""
    if len(opening) < 3:
        return opening, ""
    bound = _BOUND_WORDS.get((opening[-2].lower(), opening[-1].lower()), "")
    return (opening[:-2], bound) if bound else (opening, "")


def _without_degree_word(opening: list[str]) -> list[str]:
    """ "the team has only 30 volunteers": a word of degree between a size verb and its
    figure leaves the figure the group's whole size, read as if it were not there."""
    degree = len(opening) > 1 and opening[-1].lower() in _EXACT_DEGREE
    return opening[:-1] if degree and opening[-2].lower() in _SIZE_VERBS else opening


def _read(context: ArticleContext, claim: Claim) -> Size | None:
    body = context.article.body
    sentence_start, sentence_end = sentence_bounds(context, claim.start)
    opening = _WORD.findall(body[max(sentence_start, claim.start - _WINDOW) : claim.start])
    opening = _pronoun_subject_named(context, sentence_start, opening, claim.start)
    opening = _without_degree_word(opening)
    opening, approximate = _without_hedge(opening)
    opening, bound = _without_bound(opening)
    right_end = min(sentence_end, claim.end + _WINDOW)
    compound = _COMPOUND.match(claim.text)
    if _MODEL_NAME.match(claim.text) or (
        compound is not None and compound.group("word").lower() == "odd"
    ):
        return None  # "a 747-SR": a model's name; "30-odd members": no size to compare
    if compound is not None and compound.group("word").lower() not in NUMBER_WORD_VALUES:
        # "the 12-member team"; "twenty-two players" is a number in words, not a compound.
        return _compound(body, claim, compound, opening, right_end)
    if _is_name(claim.text) and not in_title_case_line(body, claim.start):
        return None  # (in a title-case headline every word is capitalised)
    reading = _counted(claim)
    if reading.noun in _NOT_MEMBERS and opening and opening[-1].lower() in _NUMBERING:
        reading = _Reading()  # "numbering 300 set off": the verb after the figure
    _read_opening(reading, opening)
    of_them = _OF_THEM.match(body, claim.end) is not None
    _read_group_named_before(reading, opening, of_them, body, claim.end)
    whole_apposition = not reading.noun and (
        _read_size_apposition(reading, body, claim, opening)
        or _read_of_whom_there(reading, opening)
        or _read_there_were_of_them(reading, body, claim, opening, sentence_start)
        or _read_of_them_after_owned(reading, context, claim, opening, sentence_start)
        or _read_relative_size(reading, opening)
    )
    if opening and opening[-1] in _APPOSITION_OPENERS and _CLOSES_APPOSITION.match(body, claim.end):
        _read_group_before_comma(reading, opening)
    if _IN_ALL.match(body, claim.end):
        reading.total = reading.every = True
        if not reading.noun:
            _read_apposition(reading, opening)
    _read_members_after(reading, body, claim.end, right_end)
    _read_label_or_fronted_with(reading, body, claim, opening, right_end)
    _read_fronted_group_word(reading, body, claim.end, opening, right_end)
    if not reading.noun and _opens_with_all(opening) and _bare_number(claim.text):
        # "All 14 were rescued": every member of the group the sentence before named.
        return Size(claim.value or 0.0, Group(""), True, claim.start, claim.end, every=True,
                    refers_back=True)  # fmt: skip
    if not reading.noun or reading.noun in _NOT_MEMBERS:
        return None  # "the 412 point drop", "the 12 days": no group's members
    _read_trailing(reading, body, claim.end, right_end)
    _read_sayer_owned(reading, body, claim.end, opening, right_end)
    _read_present_tie(reading, body, claim.end, opening, right_end)
    if reading.noun in _MEMBER_NOUNS and reading.owner and not reading.collective:
        # "the committee has 12 members": members of the committee.
        reading.collective, reading.owner = reading.owner, ""
    if not reading.collective and _counts_workforce(reading, body, claim, opening):
        # "The firm employs 1,200 people", "1,200 people work at the plant": its workforce,
        # whatever noun counts them.
        reading.collective = "workforce"
    collective = _SAME_GROUP_WORD.get(reading.collective, reading.collective)
    group = Group(reading.noun, collective, reading.owner, frozenset(reading.modifiers))
    return Size(
        claim.value or 0.0,
        group,
        reading.total,
        claim.start,
        claim.end,
        reading.introduced,
        reading.every,
        not whole_apposition and _is_part(body, claim),
        _ABOARD.match(body, claim.end) is not None or _bare_place_opening(opening),
        reading.definite,
        reading.pronoun_owned,
        restricted=_restricted(reading, body, claim.end, right_end),
        approximate=approximate,
        bound=bound,
    )


def _restricted(reading: _Reading, body: str, position: int, limit: int) -> bool:
    """A phrase after the noun picks out some of them ("the 16 films competing in ...");
    not a count of every member followed by its sentence's own verb ("All 450 villagers
    returned on Sunday.": no other verb after it)."""
    phrase = _RESTRICTING_PHRASE.match(body, position, limit)
    if phrase is None:
        return False
    if reading.collective and _LED_BY.match(body, position, limit) is not None:
        return False  # "a panel of 8 judges chaired by a novelist": the panel is chaired
    main_verb = (
        reading.every
        and _PARTICIPLE.match(body, position, limit) is not None
        and _VERB_LATER.match(body, phrase.end(), limit) is None
    )
    return not main_verb


_SUBJECT_PRONOUNS = _words("it they")
# Words that may come before a subject pronoun opening its sentence ("Today it has ...").
# Not "together" or "altogether": "Together they number 300" sums the groups named before.
_BEFORE_PRONOUN = _words("today now currently still in all and but so")
_MAX_SENTENCES_BACK = 3
_SINGULAR_VERB = {"number": "numbers", "have": "has", "total": "totals", "count": "counts"}


def _pronoun_subject_named(
    context: ArticleContext, sentence_start: int, opening: list[str], position: int
) -> list[str]:
    """ "The choir sings at every service. They number 40.", "The club was founded in 1890.
    Today it has 80 rowers.": a sentence whose subject is "it" or "they" speaks of the
    definite subject that opens the sentence before (or the one before a chain of such
    sentences); its opening is read with that subject's words in place of the pronoun."""
    if position - sentence_start > _WINDOW:
        return opening  # (the opening does not reach back to the sentence's start)
    aside = _aside_about_subject(context.article.body, sentence_start, opening, position)
    if aside is not None:
        return aside
    index = 0
    while index < len(opening) and opening[index].lower() in _BEFORE_PRONOUN | {","}:
        index += 1
    if index >= len(opening) or opening[index].lower() not in _SUBJECT_PRONOUNS:
        return opening
    body = context.article.body
    start = sentence_start
    for _ in range(_MAX_SENTENCES_BACK):
        if start <= 1:
            return opening
        start, end = sentence_bounds(context, start - 2)
        first = _WORD.findall(body[start:end])
        if not first or first[0].lower() in _SUBJECT_PRONOUNS:
            continue
        if first[0].lower() not in _DETERMINERS or first[0].lower() in _POSSESSIVE_PRONOUNS:
            return opening
        phrase = _phrase_after(body, start, end)
        if not phrase or len(phrase) + 1 >= len(first) or first[len(phrase) + 1] == ",":
            return opening
        rest = opening[index + 1 :]
        if rest and not _is_plural(phrase[-1]):
            # "They number 40" of "the choir": the verb as the group word agrees with it.
            rest = [_SINGULAR_VERB.get(rest[0].lower(), rest[0]), *rest[1:]]
        return [first[0], *phrase, *rest]
    return opening


def _aside_about_subject(
    body: str, sentence_start: int, opening: list[str], position: int
) -> list[str] | None:
    """ "The carrier lost power (it has 12 crew, an official said)": "it" opening an aside
    in brackets or dashes speaks of the definite subject opening the sentence; the aside
    is read with that subject's words in place of the pronoun."""
    words = [word.lower() for word in opening]
    marks = [i for i, word in enumerate(words[:-1]) if word in ("(", "–", "—")]
    if not marks or words[marks[-1] + 1] != "it" or words[0] not in _DETERMINERS:
        return None
    if words[0] in _POSSESSIVE_PRONOUNS:
        return None
    phrase = _phrase_after(body, sentence_start, position)
    if not phrase or len(phrase) + 1 > marks[-1] or words[len(phrase) + 1] == ",":
        return None
    return [opening[0], *phrase, *opening[marks[-1] + 2 :]]


_FRONTED_GROUP_SUBJECT = compile_pattern(r"\s*,\s*(?:the|its|their)\s+((?:[a-z]+\s+){1,3}[a-z]+)")
_VERBS_AFTER_SUBJECT = _words("is was are were has had will would can could")


def _read_fronted_group_word(
    reading: _Reading, body: str, position: int, opening: list[str], limit: int
) -> None:
    """ "With a crew of 12, the lifeboat reached the yacht": a group word sized in a fronted
    "with", then the subject after the comma, whatever its verb: the subject's own group
    (its crew), all of it, not a group introduced anew."""
    if (
        reading.introduced
        and reading.collective
        and not reading.owner
        and len(opening) == 4
        and opening[0].lower() == "with"
        and opening[1].lower() in _INDEFINITE
        and opening[-1].lower() == "of"
        and (head := _fronted_subject_head(body, position, limit))
    ):
        reading.owner, reading.introduced = head, False


def _read_sayer_owned(
    reading: _Reading, body: str, position: int, opening: list[str], limit: int
) -> None:
    """ "The operator said all 24 of its vessels ...": "its" is the sayer's."""
    if not reading.owner and _OF_POSSESSIVE_PRONOUN.match(body, position, limit):
        reading.owner = _sayer_owner(opening)


def _fronted_subject_head(body: str, position: int, limit: int) -> str:
    """After a fronted phrase, ", the pilot boat reached": the subject's head noun, the
    word before its finite verb (a past form or an auxiliary); "" when none is found."""
    subject = _FRONTED_GROUP_SUBJECT.match(body, position, limit)
    if subject is None:
        return ""
    words = subject.group(1).split()
    for index in range(1, len(words)):
        word = words[index]
        if word in _VERBS_AFTER_SUBJECT or word in IRREGULAR_PAST or word.endswith("ed"):
            return lemmatize_noun(words[index - 1])
    return ""


def _read_label_or_fronted_with(
    reading: _Reading, body: str, claim: Claim, opening: list[str], limit: int
) -> None:
    """ "(crew: 14)", "Members: 40": a figure labelled with what it counts, all of them;
    "With 40 voices, the choir is ...": the members of the subject after the comma."""
    if (
        not reading.noun
        and len(opening) >= 2
        and opening[-1] == ":"
        and opening[-2][0].isalpha()
        and (len(opening) == 2 or opening[-3] in _APPOSITION_OPENERS | {";"})
        and _bare_number(claim.text)
    ):
        reading.noun, reading.total = lemmatize_noun(opening[-2].lower()), True
        return
    if (
        not reading.noun
        and _bare_number(claim.text)
        and _read_table_line(reading, body, claim, opening)
    ):
        return
    # "The senior choir has 40 singers; the youth choir, 14.": a clause whose verb and noun
    # are left out after a semicolon, its figure sized like the clause's before it.
    if not reading.noun and _bare_number(claim.text) and opening and opening[-1] == ",":
        gapped = _GAPPED_SIZE.search(body, max(0, claim.start - _WINDOW), claim.start)
        if gapped is not None and _LIST_ITEM_END.match(body, claim.end) is not None:
            reading.noun = lemmatize_noun(gapped.group("noun").lower())
            reading.owner = lemmatize_noun(gapped.group("head").lower())
            reading.total = True
            return
    # "How many volunteers does the food bank have? 43, its manager says.": a figure
    # opening the answer to a question of how many members a group has.
    if not reading.noun and _bare_number(claim.text) and not opening:
        asked = _HOW_MANY_ASKED.search(body, max(0, claim.start - _WINDOW - 30), claim.start)
        if asked is not None:
            reading.noun = lemmatize_noun(asked.group("noun").lower())
            reading.owner = lemmatize_noun(asked.group("head").lower())
            reading.total = True
            return
    # "Seaside hospice: 11 nurses, one shift.": a label opening a line like a headline or a
    # caption, then the figure and its noun: the members of the thing the label names.
    if (
        reading.noun
        and not reading.owner
        and not reading.collective
        and 2 <= len(opening) <= 4
        and opening[-1] == ":"
        and all(word.isalpha() for word in opening[:-1])
        and _LIST_ITEM_END.match(body, claim.end) is not None
        and reading.noun not in _NOT_MEMBERS
    ):
        reading.owner, reading.total = lemmatize_noun(opening[-2].lower()), True
        return
    # "The school, at 23 pupils the smallest in the county, ...": an aside sizing the group
    # the comma follows, like the fronted form below.
    if (
        reading.noun
        and not reading.owner
        and len(opening) > 2
        and opening[-1].lower() == "at"
        and opening[-2] in (",", "—", "–", "(")
        and (renamed := _renamed_before(opening[:-1]))
    ):
        reading.owner, reading.total = renamed, True
        return
    # "At 40 voices, the choir is ...": a fronted figure said of the subject's members too.
    if (
        reading.noun
        and not reading.owner
        and [word.lower() for word in opening]
        in (
            ["with"],
            ["at"],
        )
    ):
        subject = _FRONTED_WITH_SUBJECT.match(body, claim.end, limit)
        if subject is not None:
            reading.owner = lemmatize_noun(subject.group("head").lower())
            reading.total = True


def _counts_workforce(reading: _Reading, body: str, claim: Claim, opening: list[str]) -> bool:
    if opening and opening[-1].lower() in _EMPLOYING:
        return True
    return bool(reading.noun == "person" and reading.owner and _WORK_AT.match(body, claim.end))


def _read_owner_named_after(reading: _Reading, body: str, position: int, limit: int) -> bool:
    """ "120 families call the estate home", "30 firefighters, the station's entire
    complement,": the owner named after the members, all of them."""
    whole = _WHOLE_OF_OWNER.match(body, position, limit)
    if whole is not None and whole.group("owner"):
        reading.owner = reading.owner or lemmatize_noun(whole.group("owner").lower())
        reading.total = reading.every = True
        return True
    home = _CALL_HOME.match(body, position, limit)
    if home is not None:
        reading.owner = reading.owner or lemmatize_noun(home.group("place").split()[-1].lower())
        reading.total = True
        return True
    return False


def _read_table_line(reading: _Reading, body: str, claim: Claim, opening: list[str]) -> bool:
    """ "Museum staff: guides 30, cleaners 6.": a line laid out like a table, a label of
    one to three words and a colon opening it, then a list of plural nouns each followed by
    its figure; each figure is all of its noun, the label's first word their owner when the
    label has two words or more."""
    if len(opening) < 3 or opening[-2] not in (":", ","):
        return False
    noun = opening[-1].lower()
    if not noun.isalpha() or not _is_plural(noun) or noun in _STOP_WORDS:
        return False
    if _LIST_ITEM_END.match(body, claim.end) is None or ":" not in opening:
        return False
    colon = opening.index(":")
    label, items = opening[:colon], opening[colon + 1 :]
    if not 1 <= len(label) <= 3 or not all(word.isalpha() for word in label):
        return False
    # (the items before this one: "noun figure" pairs, of which only the nouns are words)
    if any(word not in (",",) and not word.isalpha() for word in items):
        return False
    lemma = lemmatize_noun(noun)
    if lemma in _NOT_MEMBERS or lemma in _MEASURES_OF:
        return False
    reading.noun, reading.total = lemma, True
    if len(label) >= 2:
        reading.owner = lemmatize_noun(label[0].lower())
    return True


def _read_members_after(reading: _Reading, body: str, position: int, limit: int) -> None:
    """ "all 45 of the airline's jets": the counted noun after "of"; "a crew of 14", "the
    delegation numbers 30": members of the group named."""
    members = _OF_MEMBERS.match(body, position, limit) if not reading.noun else None
    if members is not None and members.group("noun") not in _STOP_WORDS:
        reading.noun = lemmatize_noun(members.group("noun"))
        if members.group("owner"):
            reading.owner = reading.owner or lemmatize_noun(members.group("owner"))
    if not reading.noun and (reading.collective or reading.owner):
        reading.noun = "member"


# (compiled once: these are read for every count)
_LETTERS = re.compile(r"[A-Za-z]+")
_LETTER_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _is_name(text: str) -> bool:
    """ "the Six Nations", "the Big Four": a name, not a count ("twelve Greenpeace
    activists" is one, its head in lower case)."""
    words = _LETTERS.findall(text)
    return (
        len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() not in NUMBER_WORD_VALUES
    )


def _bare_number(text: str) -> bool:
    return all(word.lower() in NUMBER_WORD_VALUES for word in _LETTERS.findall(text))


def _opens_with_all(opening: list[str]) -> bool:
    """ "All 14 were rescued", "...; all 14 were rescued", "..., and all 14 were": every
    member, opening a sentence or a clause of its own."""
    words = [word for word in opening if word[0].isalpha()]
    if len(words) == 1 and words[0] == "All" and opening[-1] == "All":
        return True
    if len(opening) < 3 or opening[-1] != "all":
        return False
    return opening[-2] == ";" or (opening[-2] == "and" and opening[-3] == ",")


def _read_group_named_before(
    reading: _Reading, opening: list[str], of_them: bool, body: str, end: int
) -> None:
    """ "the crew was 14 strong", "the crew, all 17 of them,": the size of the group named
    before the verb or the comma."""
    strong = reading.noun == "strong" or bool(_STRONG_AFTER.match(body, end))
    if strong and len(opening) > 1 and opening[-1].lower() in _LINKING_VERBS:
        phrase = _phrase_before(opening[:-1])
        if phrase:
            # "the crew was 14 strong"; "the orchestra is 60 musicians strong": its musicians
            collective = lemmatize_noun(phrase[-1])
            if reading.noun in ("strong", ""):
                reading.noun, reading.collective = "member", collective
            else:
                reading.owner = reading.owner or collective
            reading.total = True
    elif (
        not reading.noun
        and of_them
        and len(opening) > 2
        and opening[-2] in _APPOSITION_OPENERS
        and opening[-1].lower() == "all"
    ):
        phrase = _phrase_before(opening[:-2])
        subject = _subject_before_predicate(opening[:-2])
        if subject is not None:
            # "The hostages had been held, all 12 of them,": the words before the comma end
            # a verb's clause, and the aside counts its subject.
            reading.noun, reading.owner = subject
        elif phrase:
            # "the hostages, all 15 of them": the group's own noun counts its members, as
            # "the crew, all 17 of them" counts the crew's.
            reading.noun = lemmatize_noun(phrase[-1])
            owners = [word for word in phrase[:-1] if _is_possessive(word)]
            if owners:
                # "the orchestra's players, all 47 of them": the orchestra's players.
                reading.owner = reading.owner or _possessor(owners[-1].lower())
            placed = _members_at_place(opening[:-2], phrase)
            if placed is not None:
                # "the porters at the market, all 33 of them": the market's porters.
                reading.noun, reading.owner = placed


# Words that may end a verb's clause after it: particles and adverbs of place or state
# ("brought up", "flown home", "taken ashore", "set free"), none of them an object's.
_ADVERBS_ENDING_PREDICATE = (
    _VERB_PARTICLES
    | _ADVERBS_AFTER_VERB
    | _words("ashore aboard abroad home away back free safe inside outside overnight")
)


def _subject_before_predicate(words: list[str]) -> tuple[str, str] | None:
    """ "The hostages had been held", "the firm's engineers were flown out": a clause
    opened by a definite plural subject and ended by its verb (an auxiliary or a past form
    right after the subject, the verb's particle or an adverb at most after the verb):
    the subject's head noun and owner. None when the words are not such a clause."""
    if len(words) < 3 or words[0].lower() not in _DETERMINERS - _POSSESSIVE_PRONOUNS:
        return None
    verb = 1
    while verb < len(words) and verb <= _MAX_PHRASE_WORDS:
        lower = words[verb].lower()
        if lower in _AUXILIARY_VERBS or lower in IRREGULAR_PAST or lower.endswith("ed"):
            break
        if not words[verb][0].isalpha() or lower in _STOP_WORDS:
            return None
        verb += 1
    else:
        return None
    subject = words[1:verb]
    if not subject or not _is_plural(subject[-1].lower()) or subject[-1].lower().endswith("ed"):
        return None
    predicate = [word.lower() for word in words[verb:]]
    if not all(word.isalpha() for word in predicate) or not (
        predicate[-1] in IRREGULAR_PAST
        or predicate[-1].endswith("ed")
        or (predicate[-1] in _ADVERBS_ENDING_PREDICATE and len(predicate) > 1)
    ):
        return None
    owners = [_possessor(word) for word in subject[:-1] if _is_possessive(word)]
    return lemmatize_noun(subject[-1]), owners[-1] if owners else ""


def _members_at_place(words: list[str], phrase: list[str]) -> tuple[str, str] | None:
    """ "the porters at the market", "the nurses on the ward": a plural noun phrase opened
    by a determiner, then where its members are; (their noun, the place) or None."""
    rest = words[: len(words) - len(phrase)]
    if len(rest) < 3 or rest[-1].lower() not in _DETERMINERS:
        return None
    if rest[-2].lower() not in _MEMBERS_PLACE_PREPOSITIONS:
        return None
    members = _phrase_before(rest[:-2])
    if not members or len(rest) - 2 <= len(members):
        return None
    if rest[-len(members) - 3].lower() not in _DETERMINERS or not _is_plural(members[-1].lower()):
        return None
    return lemmatize_noun(members[-1].lower()), lemmatize_noun(phrase[-1].lower())


def _read_size_apposition(reading: _Reading, body: str, claim: Claim, opening: list[str]) -> bool:
    """ "The hikers, 16 of them, had ...": an aside after the group giving how many they
    are (not "the hikers, 16 of them children", some of them)."""
    if not opening or opening[-1] not in _APPOSITION_OPENERS or len(opening) < 3:
        return False
    if _OF_THEM_CLOSED.match(body, claim.end) is None:
        return False
    phrase = _phrase_before(opening[:-1])
    if not phrase or len(opening) <= len(phrase) + 1:
        return False
    if opening[-len(phrase) - 2].lower() not in _DETERMINERS:
        return False
    reading.noun = lemmatize_noun(phrase[-1])
    owners = [_possessor(word) for word in phrase[:-1] if _is_possessive(word)]
    reading.owner = owners[-1] if owners else ""
    reading.total = reading.every = True
    return True


def _read_of_whom_there(reading: _Reading, opening: list[str]) -> bool:
    """ "The jurors, of whom there were 12, ...": an aside giving how many the group named
    before the comma is (its head noun; an owner in front of it)."""
    if len(opening) < 6 or opening[-1].lower() not in _LINKING_VERBS:
        return False
    words = tuple(word.lower() for word in opening[-4:-1])
    if words not in _OF_WHOM_THERE or opening[-5] not in _APPOSITION_OPENERS:
        return False
    phrase = _phrase_before(opening[:-5])
    if not phrase or len(opening) <= len(phrase) + 5:
        return False
    if opening[-len(phrase) - 6].lower() not in _DETERMINERS:
        return False
    reading.noun = lemmatize_noun(phrase[-1].lower())
    owners = [_possessor(word) for word in phrase[:-1] if _is_possessive(word)]
    reading.owner = owners[-1] if owners else ""
    reading.total = reading.every = True
    return True


def _belonging_verb(verb: str) -> bool:
    """A verb in its plain present form that may say where members belong ("attend",
    "staff", "patrol"): not a past, a participle, an auxiliary or a verb of wanting."""
    return not (
        verb.endswith(("ed", "ing", "ly", "s"))
        or verb in IRREGULAR_PAST
        or verb in _STOP_WORDS
        or verb in _AUXILIARY_VERBS
        or verb in _MODALS
        or verb in _NOT_BELONGING
        or verb in NUMBER_WORD_VALUES
    )


def _read_present_tie(
    reading: _Reading, body: str, position: int, opening: list[str], limit: int
) -> None:
    """A backup reading of a count with no owner: the subject of its clause with a verb in
    the present simple, tied by the verb to a definite place ("270 pupils attend the
    academy") or, in a "where" clause, to the place before it ("the laboratory, where 15
    researchers work,"): all the place's members of that noun."""
    if reading.owner or reading.total:
        return  # a form above has read whose group it is
    words = [word.lower() for word in opening]
    while words and words[-1] in _BEFORE_SUBJECT_COUNT:
        words.pop()
    owner = _present_subject(opening[: len(words)]) or _tied_place(
        body, position, opening[: len(words)], limit
    )
    if owner:
        reading.owner, reading.total = owner, True


def _tied_place(body: str, position: int, opening: list[str], limit: int) -> str:
    """The place a count's clause ties it to, or "": after a fronted staffing participle,
    a fronted place, a "where" clause, or a present verb and its object."""
    words = [word.lower() for word in opening]
    if len(words) == 2 and words[0] in _STAFFING_PARTICIPLES and words[1] == "by":
        # "Manned by 24 volunteers, the lifeboat sails daily": the subject after the comma.
        after = _FRONTED_PARTICIPLE_SUBJECT.match(body, position, limit)
        place = _phrase_after(body, after.end(), limit) if after is not None else []
        return lemmatize_noun(place[-1]) if place else ""
    # "the co-operative, to which 90 growers belong,": a relative clause opened by a
    # preposition and "which" ties its subject to the place before it, as "where" does.
    pied_piped = len(words) >= 3 and words[-1] == "which" and words[-2] in _PIED_PREPOSITIONS
    if words and words[-1] not in _CLAUSE_OPENERS and not pied_piped:
        return ""
    fronted = _fronted_place(opening)
    if fronted or pied_piped or (words and words[-1] == "where"):
        # "At the clinic, 30 nurses work in shifts": the place opening the sentence;
        # "the laboratory, where 15 researchers work,": the place before "where".
        verb = _WHERE_CLAUSE_VERB.match(body, position, limit) or _PRESENT_TIE.match(
            body, position, limit
        )
        if verb is None or not _belonging_verb(verb.group("verb").lower()):
            return ""
        if fronted:
            return fronted
        before = opening[: -2 if pied_piped else -1]
        place = _phrase_before([word for word in before if word != ","])
        return lemmatize_noun(place[-1].lower()) if place else ""
    tie = _KEEPING_TIE.match(body, position, limit) or _PRESENT_TIE.match(body, position, limit)
    if tie is None or not _belonging_verb(tie.group("verb").lower()):
        return ""
    place = _phrase_after(body, tie.end(), limit)
    return lemmatize_noun(place[-1]) if place else ""


def _present_subject(words: list[str]) -> str:
    """ "The library relies on", "the reserve now employs": a definite subject opening its
    clause, then a verb in the present simple (perhaps with a particle or a preposition)
    right before the count; the subject's head noun, or "". The object may be named first
    and restated after a colon ("The library relies on a small army: 40 volunteers")."""
    words = _restated_after_colon(words)
    rest = [word.lower() for word in words]
    for _ in range(2):
        if rest and rest[-1] in _VERB_PARTICLES:
            rest.pop()
    if len(rest) < 2:
        return ""
    verb = rest[-1]
    if (
        not (verb.endswith("s") and not verb.endswith(("ss", "us", "is")))
        or verb in _AUXILIARY_VERBS
    ):
        return ""
    stem = verb[:-2] if verb.endswith(("ches", "shes", "sses", "xes")) else verb[:-1]
    if stem.endswith("ie"):
        stem = stem[:-2] + "y"  # "relies": "rely"
    if stem in _NOT_BELONGING or stem in _STOP_WORDS or stem.endswith("ed"):
        return ""
    before = rest[:-1]
    while before and before[-1] in _ADVERBS_BEFORE_VERB:
        before.pop()
    phrase = _phrase_before(words[: len(before)])
    if not phrase or len(before) <= len(phrase) or before[-len(phrase) - 1] != "the":
        return ""
    if any(_is_possessive(word) for word in phrase):
        return _possessor_of_subject(phrase, verb_before_count=len(rest) == len(words))
    opener = before[: -len(phrase) - 1]
    if opener and opener[-1] not in _CLAUSE_OPENERS:
        return ""
    if _is_plural(phrase[-1].lower()):
        return ""  # "the villagers run ...": a plural subject takes no "-s" verb
    return lemmatize_noun(phrase[-1].lower())


def _restated_after_colon(words: list[str]) -> list[str]:
    """The words before a count with an indefinite object the colon restates dropped ("...
    relies on a small army: 40"): the count is the verb's object itself."""
    if len(words) < 4 or words[-1] != ":":
        return words
    phrase = _phrase_before(words[:-1])
    if not phrase or len(words) < len(phrase) + 3:
        return words
    if words[-len(phrase) - 2].lower() not in _INDEFINITE:
        return words
    return words[: -len(phrase) - 2]


def _possessor_of_subject(phrase: list[str], verb_before_count: bool) -> str:
    """ "The station's roster lists 40 crew", "the club's coach picks 15 players": a
    singular head after the possessive, its verb right before the count, is part of the
    possessor, whose members the count names; otherwise "" (a noun phrase with no verb,
    "the government's transfer payments to")."""
    head = phrase[-1]
    if not verb_before_count or _is_possessive(head) or _is_plural(head.lower()):
        return ""
    return _possessor(next(word for word in reversed(phrase) if _is_possessive(word)))


def _fronted_place(words: list[str]) -> str:
    """ "At the clinic,": the place a sentence opens with before its subject, or ""."""
    if len(words) < 4 or words[-1] != ",":
        return ""
    if words[0].lower() not in _INVERTED_PLACE_PREPOSITIONS or words[1].lower() != "the":
        return ""
    phrase = _phrase_before(words[:-1])
    if not phrase or len(phrase) != len(words) - 3:
        return ""
    return lemmatize_noun(phrase[-1].lower())


def _read_relative_size(reading: _Reading, opening: list[str]) -> bool:
    """ "The hostel's students, who number 40,": a relative clause with a verb that sizes
    the group named before the comma, all of it."""
    if len(opening) < 4 or opening[-1].lower() not in _NUMBERING_VERBS:
        return False
    if opening[-2].lower() not in ("who", "which", "that") or opening[-3] != ",":
        return False
    phrase = _phrase_before(opening[:-3])
    if not phrase:
        return False
    reading.noun = lemmatize_noun(phrase[-1].lower())
    owners = [_possessor(word) for word in phrase[:-1] if _is_possessive(word)]
    if not owners and len(opening) > len(phrase) + 3 and _is_possessive(opening[-len(phrase) - 4]):
        owners = [_possessor(opening[-len(phrase) - 4])]
    reading.owner = owners[-1] if owners else ""
    reading.total = reading.every = True
    return True


def _read_there_were_of_them(
    reading: _Reading, body: str, claim: Claim, opening: list[str], sentence_start: int
) -> bool:
    """ "Volunteers kept the kitchen open over the holiday; there were 12 of them": the
    plural subject opening the sentence, all of it, owned by the place its verb names."""
    if len(opening) < 3 or opening[-2].lower() != "there":
        return False  # (a cheap test first)
    if (opening[-2].lower(), opening[-1].lower()) not in _THERE_WERE:
        return False
    if _OF_THEM.match(body, claim.end) is None:
        return False
    subject = _SUBJECT_THEN_PLACE.match(body, sentence_start, claim.start)
    if subject is None or subject.group("verb").lower() in _AUXILIARY_VERBS:
        return False
    place = _phrase_after(body, subject.end(), claim.start)
    if len(place) > 1 and place[-1] in _OBJECT_COMPLEMENTS:
        place = place[:-1]  # "kept the soup kitchen open": the kitchen
    if not place:
        return False
    reading.noun = lemmatize_noun(subject.group("noun").lower())
    reading.owner = lemmatize_noun(place[-1])
    reading.total = reading.every = True
    return True


def _read_of_them_after_owned(
    reading: _Reading, context: ArticleContext, claim: Claim, opening: list[str], start: int
) -> bool:
    """ "The choir's singers gathered on the steps. There were 40 of them.": a sentence
    opening "There were N of them" sizes the owned plural subject opening the sentence
    right before, all of it; so does "The 40 of them" opening a sentence ("the" before the
    count: all of them, not some)."""
    body = context.article.body
    restated = len(opening) == 1 and opening[0] == "The"
    if not restated and (
        len(opening) != 2 or (opening[0].lower(), opening[1].lower()) not in _THERE_WERE
    ):
        return False
    if start <= 1 or _OF_THEM.match(body, claim.end) is None:
        return False
    previous = sentence_bounds(context, start - 2)
    words = _WORD.findall(body[previous[0] : min(previous[1], start)])
    if len(words) < 4 or words[0].lower() not in _DETERMINERS:
        return False
    for index in range(1, 4):
        if _is_possessive(words[index]):
            if index + 1 >= len(words):
                return False
            noun = words[index + 1].lower()
            if not noun.isalpha() or not _is_plural(noun) or noun in _STOP_WORDS:
                return False
            reading.noun = lemmatize_noun(noun)
            reading.owner = _possessor(words[index].lower())
            reading.total = reading.every = True
            return True
        if not words[index].isalpha() or words[index].lower() in _STOP_WORDS:
            return False
    return False


def _is_part(body: str, claim: Claim) -> bool:
    """ "12 of the sailors", "12 members present" (but "12 members of the team" is the
    team's size, and "all 12 of them" all of them)."""
    if body[max(0, claim.start - 4) : claim.start].lower() == "all ":
        return False
    if _TAKING_PART.match(body, claim.end):
        # "with 40 members present": those there, some of the members; but "the 200
        # runners taking part in the relay" are all the relay's runners.
        return _TAKES_PART_IN.match(body, claim.end) is None
    bare = not re.search(r"[A-Za-z]", claim.text) or claim.text.split()[-1].lower() in (
        NUMBER_WORD_VALUES
    )
    return bare and _PART_OF.match(body, claim.end) is not None


def _counted(claim: Claim) -> _Reading:
    """The counted noun and its modifiers in the claim ("21 crew members": members of the
    crew), or the noun extraction read."""
    words = [
        word.lower()
        for word in _LETTER_WORD.findall(claim.text)
        if not all(part in NUMBER_WORD_VALUES for part in word.lower().split("-"))
    ]
    if not words and claim.unit and claim.dimension == "count":
        # (not a possessor taken for the unit: "140 of the club's anglers", read after it)
        words = [] if claim.unit.endswith(("'", "’")) else [claim.unit]
    if words and (words[-1] in IRREGULAR_PAST or words[-1].endswith("ed")):
        words = []  # "a jury of twelve sat": a verb read as the counted noun
    if not words:
        return _Reading()
    noun = lemmatize_noun(words[-1])
    modifiers = set(words[:-1])
    if len(words) > 1 and words[-2] == "member" and noun in _MEMBER_NATIONS:
        # "15 NRC member states": members of the body its initials name.
        return _Reading("member", collective=words[-3] if len(words) > 2 else "")
    if noun in GENERIC_NOUNS and modifiers:
        return _Reading(noun, collective=lemmatize_noun(words[-2]))
    return _Reading(noun, modifiers=modifiers)


def _read_opening(reading: _Reading, opening: list[str]) -> None:
    """ "all 12", "the 12", "the yacht's 12", "a team of 12", "the airline's fleet of 40",
    "there are 12"; a group's size given by a verb: "the committee has 12", "the
    delegation numbers 30", "the abbey, which has 20", "the council, with 12", "the
    expedition, made up of 12"."""
    if not opening:
        return
    last = opening[-1].lower()
    if [word.lower() for word in opening[-3:]] == ["a", "total", "of"]:
        if len(opening) > 3 and opening[-4].lower() in _SIZE_VERBS:
            # "the regiment has a total of 40 horses": the size verb's group, all of it.
            _read_opening(reading, opening[:-3])
            return
        # "a total of 13 airports": a count made here, of its own, not a group's size
        # said again.
        reading.introduced = True
        return
    if last == "same" and len(opening) > 1 and opening[-2].lower() == "the":
        # "the same 480 soldiers": the group named before, every one of it, said again.
        reading.total = reading.every = reading.definite = True
    elif last == "all" or last in _DETERMINERS:
        reading.total = True
        reading.every = last == "all" or _counts_every(opening[:-1])
        reading.definite = last == "the" and not reading.every
        reading.pronoun_owned = last in _POSSESSIVE_PRONOUNS
        if last == "its":
            # ("the school and its 40 staff"; "the firm said its 40 staff ...": the sayer's)
            reading.owner = _joined_owner(opening[:-1]) or _sayer_owner(opening[:-1])
    elif _is_possessive(opening[-1]):
        reading.owner, reading.total = _owner_name(opening), True
        reading.every = _counts_every(opening[:-1])
        # "a rival's 52 jets": an owner introduced here, maybe another than one named before.
        reading.introduced = len(opening) > 1 and opening[-2].lower() in _INTRODUCING
    elif last == "of" and len(opening) > 1 and _counts_some(opening[-2]):
        # "one of 9 judges on the panel", "three of 15 directors": some out of a whole,
        # the figure after "of" being the whole's size.
        reading.total = True
    elif last == "of" and len(opening) > 2 and _read_group_of(reading, opening):
        return
    elif [word.lower() for word in opening[-2:]] in (["there", "are"], ["there", "were"]):
        reading.total = True
    elif last in _LINKING_VERBS and (place := _place_opening(opening)):
        reading.owner, reading.total = place, True  # "On board the ferry were 120 ..."
    else:
        _read_sized_subject(reading, opening)


def _counts_some(word: str) -> bool:
    """A count of some members before "of" ("one", "three", "12"), not a group word."""
    return word.isdigit() or word.lower() in NUMBER_WORD_VALUES


def _read_sized_subject(reading: _Reading, opening: list[str]) -> None:
    """The group a verb or an apposition before the figure sizes ("the committee has")."""
    subject, possessor, members = _sized_subject(opening, with_noun=bool(reading.noun))
    if possessor and not reading.noun and _MEMBERSHIP.fullmatch(subject):
        # "the club's membership stands at 40": the club's members, all of them.
        reading.noun, reading.collective, reading.total = subject[:-4], possessor, True
        return
    if possessor and not reading.noun and subject in _COUNT_OF_MEMBERS:
        # "the battalion's strength stands at 412": the number of all its members.
        reading.noun, reading.collective, reading.total = "member", possessor, True
        return
    if possessor and not reading.noun and subject in _SAME_GROUP_WORD:
        # "the firm's headcount is 450": the firm's workforce, all of it.
        reading.noun, reading.collective, reading.owner = "member", subject, possessor
        reading.total = True
        return
    if members and not reading.noun:
        # "a flotilla of boats, numbering 12": the boats of the flotilla, all of them.
        reading.noun, reading.collective, reading.total = members, subject, True
        return
    if possessor and reading.noun:
        # "the airline's fleet numbers 42 jets": the airline's jets, in its fleet.
        reading.owner, reading.collective, reading.total = possessor, subject, True
    elif subject:
        reading.owner, reading.total = subject, True


def _joined_owner(opening: list[str]) -> str:
    """ "the school and its", "the club, with its": the noun "its" is joined to owns what
    follows ("" when the words before the pronoun are not a noun phrase opened by "the")."""
    if not opening or opening[-1].lower() not in ("and", "with", ","):
        return ""
    phrase = _phrase_before(opening[:-1])
    if not phrase or len(opening) <= len(phrase) + 1 or _is_plural(phrase[-1].lower()):
        return ""
    if opening[-len(phrase) - 2].lower() != "the" or not phrase[-1][0].islower():
        return ""
    return lemmatize_noun(phrase[-1].lower())


def _place_opening(opening: list[str]) -> str:
    """ "aboard the ferry were", "in the delegation are": the place whose people the
    figure after the verb counts, all of them (its head noun; "" when not such)."""
    inverted = _inverted_place(opening)
    if inverted:
        return inverted
    words = [word.lower() for word in opening[-7:-1]]
    for index, word in enumerate(words):
        if word in _PLACE_WORDS and index + 1 < len(words) and words[index + 1] in _DETERMINERS:
            phrase = _phrase_before(opening[:-1])
            if phrase and len(phrase) == len(words) - index - 2:
                return lemmatize_noun(phrase[-1])
    return ""


def _bare_place_opening(opening: list[str]) -> bool:
    """ "Aboard were 40 pilgrims", "On board are 12": those aboard the vessel named before,
    the sentence opened by the place word alone."""
    words = [word.lower() for word in opening]
    return (
        len(words) in (2, 3)
        and words[-1] in _LINKING_VERBS
        and (words[:-1] in (["aboard"], ["inside"], ["on", "board"]))
    )


def _inverted_place(opening: list[str]) -> str:
    """ "Manning the lighthouse are 4 keepers", "Sitting on the board are 9 directors", "On
    the panel were 5 judges": a sentence opened by where the members are or what they do
    there, its subject after the verb: the figure is all the members of that place's group
    (its head noun; "" when the opening is not such)."""
    words = opening[:-1]
    if not 2 < len(words) <= _MAX_PHRASE_WORDS + 3 or not words[0][:1].isupper():
        return ""
    lowered = [word.lower() for word in words]
    position = 1 if lowered[0].endswith("ing") and len(lowered[0]) > 4 else 0
    if lowered[position] in _INVERTED_PLACE_PREPOSITIONS:
        position += 1
    if position == 0 or lowered[position] not in _DETERMINERS:
        return ""
    phrase = _phrase_before(words)
    if not phrase or len(phrase) != len(words) - position - 1:
        return ""
    return lemmatize_noun(phrase[-1])


def _counts_every(opening: list[str]) -> bool:
    """ "each of the", "every one of the", "all of the", "none of the": a quantifier over
    every member of the group the figure then sizes."""
    words = [word.lower() for word in opening[-4:]]
    if words[-2:] not in (["of", "the"], ["of", "its"], ["of", "their"]) and words[-1:] != ["of"]:
        return False
    before_of = words[: words.index("of") if "of" in words else 0]
    return bool(before_of) and (
        before_of[-1] in _EVERY_QUANTIFIERS
        or before_of[-2:] in (["every", "one"], ["single", "one"])
    )


def _read_group_of(reading: _Reading, opening: list[str]) -> bool:
    """ "a team of 12", "the council of 9", "the airline's fleet of 40", "the starting
    line-up of 13": the group word before "of", opened by an article or an owner (its
    modifiers between them). False when the words are not such."""
    modifiers: list[str] = []
    position = len(opening) - 3
    while position > 0 and len(modifiers) < 2 and _is_modifier(opening[position]):
        modifiers.append(opening[position].lower())
        position -= 1
    before = opening[position].lower()
    if before not in _INDEFINITE | _DETERMINERS and not _is_possessive(opening[position]):
        return False
    if opening[-2].lower() in _CUE_WORDS_BEFORE_OF:
        return False  # "the panel consists of seven judges": the panel's size, by a verb
    reading.modifiers.update(modifiers)
    candidate = lemmatize_noun(opening[-2])
    reading.total = candidate == "total"  # "a total of 120 ballots"
    if candidate in _STOP_WORDS or candidate in _MEASURES_OF:
        return True
    reading.collective, reading.total = candidate, True
    reading.introduced = before in _INDEFINITE
    if _is_possessive(opening[position]):
        reading.owner = _possessor(opening[position])
    elif reading.introduced and (
        owner := _owner_having(opening[:position]) or _renamed_before(opening[:position])
    ):
        # "the embassy has a staff of 12": the embassy's staff, not a new group; "The
        # senate, a body of 30 academics,": an apposition renaming the group before it.
        reading.owner, reading.introduced = owner, False
    elif (
        reading.introduced
        and candidate in _COUNT_OF_MEMBERS
        and position > 1
        and opening[position - 1].lower() == "with"
        and (subject := _clause_subject(opening[: position - 1]))
    ):
        # "The frigate left port with a complement of 120 sailors": a word for all of an
        # owner's members, "with" the subject of the clause, is the subject's own.
        reading.owner, reading.introduced = subject, False
    if reading.owner and _MEMBERSHIP.fullmatch(candidate):
        # "the club has a membership of 40": the club's members, all of them.
        reading.noun, reading.collective, reading.owner = candidate[:-4], reading.owner, ""
    return True


# Verbs whose subject owns the group word after them: "the embassy has a staff of 12",
# "the operator runs a fleet of 18 ferries", "the firm employs a team of 40".
_HAVING_VERBS = _words(
    "has have had runs ran operates operated owns owned keeps kept maintains maintained"
    " employs employed"
)


def _owner_having(opening: list[str]) -> str:
    """ "the embassy has", "the ship, which has": the owner of what "has" is followed by
    (its head noun; "" when the words are not such). A pronoun after a verb of saying is
    the sayer ("the firm said it had"); a proper name is read whole up to its determiner,
    however long ("The Upper Vale Male Voice Choir has": the choir)."""
    if not opening or opening[-1].lower() not in _HAVING_VERBS:
        return ""
    before = opening[:-1]
    if len(before) > 1 and before[-1].lower() in ("which", "that") and before[-2] == ",":
        before = before[:-2]
    before = _sayer(before)
    phrase = _phrase_before(before)
    if not phrase or len(before) <= len(phrase):
        return ""
    opener = before[_opener_index(before, phrase)]
    return lemmatize_noun(phrase[-1]) if opener.lower() in _DETERMINERS else ""


def _clause_subject(words: list[str]) -> str:
    """The head noun of the definite noun phrase opening the words, up to its verb ("The
    survey ship sailed": ship); "" when the words open otherwise."""
    if len(words) < 3 or words[0].lower() not in _DETERMINERS:
        return ""
    phrase: list[str] = []
    for word in words[1:4]:
        lower = word.lower()
        if not word[0].islower() or lower in _STOP_WORDS:
            return ""
        if lower in IRREGULAR_PAST or lower.endswith("ed") or lower in _SIZE_VERBS:
            break
        phrase.append(lower)
    else:
        return ""
    return lemmatize_noun(phrase[-1]) if phrase else ""


_OF_POSSESSIVE_PRONOUN = compile_pattern(r"\s+of\s+(?:its|their)\s", re.I)


def _sayer_owner(opening: list[str]) -> str:
    """ "The operator said (that) all", "The firm said": the definite subject of a verb of
    saying right before the count's words, who owns what "its" or "their" then names (its
    head noun; "" when the words are not such)."""
    words = opening[:-1] if opening and opening[-1].lower() in _EVERY_QUANTIFIERS else opening
    if _counts_every([*words, "its"]):
        # "The firm said none of its", "each of its", "every one of its": every member too.
        words = words[: -3 if words[-2].lower() == "one" else -2]
    if words and words[-1].lower() == "that":
        words = words[:-1]
    if not words or words[-1].lower() not in _SAYING_VERBS:
        return ""
    before = words[:-1]
    phrase = _phrase_before(before)
    if not phrase or len(before) <= len(phrase) or not phrase[-1][0].islower():
        return ""
    opener = before[_opener_index(before, phrase)]
    return lemmatize_noun(phrase[-1].lower()) if opener.lower() in _DETERMINERS else ""


def _sayer(before: list[str]) -> list[str]:
    """ "The bakery said (that) it": a pronoun subject right after a verb of saying is
    the sayer; the words up to the sayer's phrase (the words unchanged otherwise)."""
    if len(before) > 2 and before[-1].lower() in ("it", "they"):
        said = 3 if before[-2].lower() == "that" and len(before) > 3 else 2
        if before[-said].lower() in _SAYING_VERBS:
            return before[:-said]
    return before


def _opener_index(before: list[str], phrase: list[str]) -> int:
    """Where the word opening `phrase` (the last words of `before`) stands: right before
    it, or for a proper name longer than a phrase's words, before the name's first word
    ("The Upper Vale Male Voice Choir": "The")."""
    position = len(before) - len(phrase) - 1
    while position > 0 and phrase[0][0].isupper() and _in_name(before[position]):
        position -= 1
    return position


def _in_name(word: str) -> bool:
    """A capitalized word inside a proper name (not its determiner "The")."""
    return word[0].isupper() and word.lower() not in _DETERMINERS and not _is_possessive(word)


def _renamed_before(opening: list[str]) -> str:
    """ "The senate, a body of": the head noun of a definite noun phrase right before the
    comma that opens an apposition renaming it ("" when the words are not such)."""
    if not opening or opening[-1] not in (",", "(", "—", "–"):
        return ""
    phrase = _phrase_before(opening[:-1])
    if name := _name_opening(opening[:-1], phrase):
        return name  # "Hillcrest Academy, a school of": the school is the academy
    if not phrase or len(opening) <= len(phrase) + 1:
        return ""
    opener = opening[-len(phrase) - 2]
    if opener.lower() not in _DETERMINERS and not _is_possessive(opener):
        return ""
    return lemmatize_noun(phrase[-1])


def _name_opening(words: list[str], phrase: list[str]) -> str:
    """ "Hillcrest Academy", "Tokyo Electric Power": a proper name of two or more words
    that opens the words and ends them (its last word the phrase's), written as
    `_owner_name` writes it before "'s", so that the name and its possessive name one
    owner; "" otherwise. A single capitalized word opening a sentence may be any word
    ("Meanwhile"), so it is no name here."""
    if not phrase or not phrase[0][0].isupper() or _opener_index(words, phrase) > 0:
        return ""
    name = words
    if len(name) < 2 or not all(
        word in ("and", "of", "&")
        or (word[0].isupper() and word.lower() not in _STOP_WORDS | _DETERMINERS)
        for word in name
    ):
        return ""  # (a possessive inside the name is the name's: "St Aidan's Primary")
    if _is_possessive(name[-1]):
        return ""
    if name[0] in ("and", "of", "&") or name[-1] in ("and", "of", "&"):
        return ""
    return " ".join([*(word.lower() for word in name[:-1]), lemmatize_noun(name[-1].lower())])


def _is_modifier(word: str) -> bool:
    """A lower-case word that may modify a group word ("starting", "rescue")."""
    return word[:1].islower() and word.replace("-", "").isalpha() and word not in _STOP_WORDS


def _sized_subject(opening: list[str], with_noun: bool) -> tuple[str, str, str]:
    """The group whose size a verb or an apposition gives: "the committee has", "the
    delegation numbers", "the abbey, which has", "the council, with", "the expedition,
    made up of" (its head noun, and its owner in "the airline's fleet"; "" when the words
    are not such); after "a flotilla of boats", the group word and the members' noun."""
    words = [word.lower() for word in opening[-4:]]
    if not with_noun and words[-1] in _LINKING_VERBS:
        predicate = _group_word_predicate(opening)
        if predicate is not None:
            return predicate
    cues = _CUES_BY_LAST_WORD.get(words[-1], ())
    for cue in cues:
        if not with_noun and cue not in _SIZE_CUES_ALONE:
            continue
        if words[-len(cue) :] == list(cue):
            before = opening[: -len(cue)]
            if cue[0] != ",":
                before = _subject_of_verb(before)
            before = _sayer(before)  # "the bakery said it had 40 staff": the bakery's
            phrase = _phrase_before(before)
            group_of = _members_of_group(before, phrase)
            if group_of is not None:
                return group_of[0], "", group_of[1]
            if phrase == before and cue[-1] in _NUMBERING and _is_plural(phrase[-1].lower()):
                # "Pilgrims numbering 300 set off": the sentence's subject counted.
                return "", "", lemmatize_noun(phrase[-1].lower())
            owned = _group_of_owner(before, phrase) or _group_named(before, phrase)
            if owned is not None:
                return owned
            if phrase and len(before) > len(phrase):
                sized = _group_opened_before_cue(before, phrase, cue)
                if sized is not None:
                    return sized
    return "", "", ""


# Words opening an aside between a subject and its verb: a relative clause or a participle
# ("The clinic, which opened in 2011, has ...", "The mill, founded in 1850, employs ...").
_ASIDE_OPENERS = _words("which who whose where founded built opened established set based")
_MAX_ASIDE_WORDS = 10


def _subject_of_verb(before: list[str]) -> list[str]:
    """The words before a size verb up to its subject: without auxiliaries and adverbs ("the
    expedition was made up of", "now counts") and an aside closed by a comma ("The clinic,
    which opened in 2011, has")."""
    while before and (
        before[-1].lower() in _AUXILIARY_VERBS or before[-1].lower() in _ADVERBS_BEFORE_VERB
    ):
        before = before[:-1]
    return _without_closed_aside(before)


def _without_closed_aside(before: list[str]) -> list[str]:
    """The words before a verb without an aside closed by a comma right before it: "The
    clinic, which opened in 2011," gives "The clinic" (the verb's subject)."""
    if len(before) < 4 or before[-1] != ",":
        return before
    for index in range(len(before) - 3, max(0, len(before) - 2 - _MAX_ASIDE_WORDS), -1):
        if before[index] in (",", ";", ":", "(", ")"):
            opener = before[index + 1].lower()
            if before[index] == "," and opener in _ASIDE_OPENERS and index > 0:
                return before[:index]
            return before
    return before


def _group_named(before: list[str], phrase: list[str]) -> tuple[str, str, str] | None:
    """ "Hillcrest Academy, which has": the group a proper name opening the words names."""
    name = _name_opening(before, phrase)
    return (name, "", "") if name else None


def _group_of_owner(before: list[str], phrase: list[str]) -> tuple[str, str, str] | None:
    """ "the crew of the trawler numbered 12": the group word before "of the", its owner
    after it."""
    if not phrase or len(before) < len(phrase) + 4:
        return None
    article, of, group, opener = (before[-len(phrase) - index].lower() for index in (1, 2, 3, 4))
    if article not in _DETERMINERS or of != "of" or opener not in _DETERMINERS:
        return None
    if not group.isalpha() or group in _STOP_WORDS or _is_plural(group):
        return None
    return lemmatize_noun(group), lemmatize_noun(phrase[-1].lower()), ""


def _group_opened_before_cue(
    before: list[str], phrase: list[str], cue: tuple[str, ...]
) -> tuple[str, str, str] | None:
    """The group a size cue follows, when a determiner, an owner, "whose" or (before a
    participle) "a" opens its phrase."""
    opener = before[_opener_index(before, phrase)].lower()
    if opener == "whose" and _is_plural(phrase[-1].lower()):
        # "the choir, whose members number 46": the choir's members ("the ship, whose
        # crew numbers 12" sizes the crew, a group word itself).
        group = _group_before_whose(before[: -len(phrase) - 1])
        if group:
            return group, "", lemmatize_noun(phrase[-1].lower())
    # "a search team numbering 40 divers": a group brought in with its size.
    introduced = opener in _INDEFINITE and cue[-1] in _SIZE_PARTICIPLES
    if introduced or opener in _DETERMINERS or opener == "whose" or _is_possessive(opener):
        owners = [_possessor(word) for word in phrase[:-1] if _is_possessive(word)]
        return lemmatize_noun(phrase[-1]), owners[-1] if owners else "", ""
    return None


def _group_before_whose(before: list[str]) -> str:
    """The head of the group named before ", whose" ("" when a determiner does not open
    it)."""
    if len(before) < 3 or before[-1] != ",":
        return ""
    phrase = _phrase_before(before[:-1])
    if not phrase or len(before) <= len(phrase) + 1:
        return ""
    opener = before[-len(phrase) - 2].lower()
    if opener not in _DETERMINERS and not _is_possessive(opener):
        return ""
    return lemmatize_noun(phrase[-1].lower())


def _group_word_predicate(opening: list[str]) -> tuple[str, str, str] | None:
    """A bare figure after a group word and "is": "the firm's headcount is 450", "the
    club's membership was 40" (a word for all of a group's members), "at full strength the
    crew is 12" (the group's size; a figure with a noun after it counts something else)."""
    phrase = _phrase_before(opening[:-1])
    head = phrase[-1].lower() if phrase else ""
    owners = [_possessor(word) for word in phrase[:-1] if _is_possessive(word)]
    owner = owners[-1] if owners else ""
    if head in _SAME_GROUP_WORD or _MEMBERSHIP.fullmatch(head):
        return head, owner, ""
    if head and not _is_plural(head) and len(opening) > len(phrase) + 1:
        opener = opening[-len(phrase) - 2].lower()
        if opener in _DETERMINERS or _is_possessive(opener):
            return lemmatize_noun(head), owner, ""
    return None


def _members_of_group(before: list[str], phrase: list[str]) -> tuple[str, str] | None:
    """ "a flotilla of boats", "the fleet of jets" before a size verb: the group word and
    its members (None when the words are not such)."""
    if not phrase or len(before) < len(phrase) + 3 or before[-len(phrase) - 1].lower() != "of":
        return None
    group = _phrase_before(before[: -len(phrase) - 1])
    if not group or len(before) <= len(phrase) + len(group) + 1:
        return None
    opener = before[-len(phrase) - len(group) - 2].lower()
    if opener not in _DETERMINERS | _INDEFINITE:
        return None
    collective = lemmatize_noun(group[-1])
    if collective in _MEASURES_OF or collective in _STOP_WORDS:
        return None
    return collective, lemmatize_noun(phrase[-1])


def _read_group_before_comma(reading: _Reading, opening: list[str]) -> None:
    """ "The crew of the trawler, 14 men, ...": the size of the group named before the
    comma, when a determiner or an owner opens it."""
    phrase = _phrase_before(opening[:-1])
    if not phrase or not reading.noun or len(opening) <= len(phrase) + 1:
        return
    opener = opening[-len(phrase) - 2]
    if opener.lower() in _DETERMINERS:
        reading.owner = reading.owner or lemmatize_noun(phrase[-1])
        reading.total = True


def _read_apposition(reading: _Reading, opening: list[str]) -> None:
    """ "The expedition's climbers, 12 in all": the group is named before the comma (or
    the dash or bracket)."""
    if not opening or opening[-1] not in (",", "-", "—", "–", "("):
        return
    words = _phrase_before(opening[:-1])
    before = [word.lower() for word in opening[: -len(words) - 1]][-2:] if words else []
    if (
        words
        and before == ["of", "the"]
        and len(opening) > len(words) + 3
        and lemmatize_noun(opening[-len(words) - 4]) in _MEMBER_NOUNS
    ):
        # "Members of the choir, 46 in all,": the choir's members.
        reading.noun, reading.collective = "member", lemmatize_noun(words[-1])
        return
    if (
        words
        and before == ["of", "the"]
        and len(opening) > len(words) + 4
        and _is_plural(opening[-len(words) - 4].lower())
        and opening[-len(words) - 5].lower() in _DETERMINERS
    ):
        # "The monks of the abbey, 20 in number,": the abbey's monks, all of them.
        reading.noun = lemmatize_noun(opening[-len(words) - 4].lower())
        reading.owner = lemmatize_noun(words[-1].lower())
        return
    placed = _members_at_place(opening[:-1], words) or _opening_members_at_place(
        opening[:-1], words
    )
    if words and placed is not None:
        # "Staff at the clinic, 30 in all,": the clinic's staff.
        reading.noun, reading.owner = placed
        return
    if words:
        reading.noun = lemmatize_noun(words[-1])
        owners = [_possessor(word) for word in words if _is_possessive(word)]
        reading.owner = reading.owner or (owners[0] if owners else "")


def _opening_members_at_place(words: list[str], phrase: list[str]) -> tuple[str, str] | None:
    """ "Staff at the clinic": members with no determiner opening the words, then where
    they are; (their noun, the place) or None."""
    rest = words[: len(words) - len(phrase)]
    if not 3 <= len(rest) <= 2 + _MAX_PHRASE_WORDS or rest[-1].lower() not in _DETERMINERS:
        return None
    if rest[-2].lower() not in _MEMBERS_PLACE_PREPOSITIONS:
        return None
    members = [word.lower() for word in rest[:-2]]
    if _phrase_before(rest[:-2]) != rest[:-2] or not (
        _is_plural(members[-1]) or members[-1] in _MEMBERS_OF_GROUP
    ):
        return None
    return lemmatize_noun(members[-1]), lemmatize_noun(phrase[-1].lower())


def _read_trailing(reading: _Reading, body: str, position: int, limit: int) -> None:
    """What follows a counted noun: "on the expedition", "of the survey team", "make up
    the tribunal", "injured in the blast"; "were aboard the yacht", "live in the village"
    (all of them: the size of the yacht's sailors, the village's people)."""
    located = (
        _LOCATED.match(body, position, limit)
        or _SIZED_BY_AGENT.match(body, position, limit)
        or _TAKES_PART_IN.match(body, position, limit)
        or (
            _PLACED_AFTER_DEFINITE.match(body, position, limit)
            if reading.definite or reading.every
            else None
        )
    )
    if located is not None:
        words = _phrase_after(body, located.end(), limit)
        if words:
            reading.owner = reading.owner or lemmatize_noun(words[-1])
            reading.total = True
            return
    if _read_owner_named_after(reading, body, position, limit):
        return
    participle = _PARTICIPLE.match(body, position, limit)
    if (
        participle is not None
        and not (
            # "All 450 villagers returned on Sunday.": after a count of every member, a past
            # form with no verb after it in the sentence is the sentence's verb, not a
            # participle picking some of them out ("all 12 miners injured in ... were").
            reading.every and _VERB_LATER.match(body, participle.end(), limit) is None
        )
        and not (reading.collective and _LED_BY.match(body, position, limit))
    ):
        reading.modifiers.add(participle.group(1).lower())
    make_up = _MAKE_UP.match(body, position, limit)
    if make_up is not None:
        after = make_up.end()
        # "that make up the town's fleet": the town's fleet, its owner before it.
        possessor = _DETERMINED_POSSESSOR.match(body, after, limit)
        if possessor is not None:
            after = possessor.end()
        words = _phrase_after(body, after, limit)
        if words:
            reading.collective = reading.collective or lemmatize_noun(words[-1])
            if possessor is not None:
                reading.owner = reading.owner or _possessor(possessor.group(1))
            reading.total = True
        return
    owner = _OWNER_PREPOSITION.match(body, position, limit)
    if owner is not None and reading.owner and owner.group().split()[-1] in _POSSESSIVE_PRONOUNS:
        return  # "the club, with 40 members on its roll": the owner's own list of them
    if owner is None:
        place = _IN_PLACE.match(body, position, limit)
        if place is not None:
            reading.modifiers.add(place.group(1).lower())  # "60 engineers in Leeds"
        return
    _read_owner_after(reading, body, owner.end(), limit)


def _read_owner_after(reading: _Reading, body: str, position: int, limit: int) -> None:
    """After "on the", "of the", "aboard the": whose group it is, or the group word."""
    possessor = _POSSESSOR_AFTER.match(body, position, limit)
    if possessor is not None:
        # "17 members of the yacht's crew": whose group it is, then the group.
        reading.owner = reading.owner or _possessor(possessor.group(1))
        words = _phrase_after(body, possessor.end(), limit)
    else:
        words = _phrase_after(body, position, limit)
    if not words:
        return
    head = lemmatize_noun(words[-1])
    if head == reading.noun:
        return  # "all 48 of its jets": the counted noun itself, after "of"
    reading.modifiers.update(lemmatize_noun(word) for word in words[:-1])
    if reading.noun in _MEMBER_NOUNS and not reading.collective:
        reading.collective = head  # "15 members of the survey team"
        if reading.owner and _HELD_IN.match(body, position - 12, position) is not None:
            # "The LDP has 304 seats in the Lower House": what one holder has of the
            # body's seats, not all of them.
            reading.total = False
    elif not reading.owner:  # "the 17 people on board the yacht": the yacht's people
        reading.owner = head


def _compound(
    body: str, claim: Claim, compound: re.Match[str], opening: list[str], right_end: int
) -> Size | None:
    """ "the 12-member survey team", "a 12-strong delegation of farmers", "the 7-judge
    tribunal": the whole group's size, its members named in the compound."""
    word = compound.group("word").lower()
    if lemmatize_noun(word) in _NOT_MEMBERS:
        return None
    before = opening[-1].lower() if opening else ""
    if opening and before not in _DETERMINERS | _INDEFINITE and not _is_possessive(opening[-1]):
        return None  # "even an eight-horse race": a figure of speech, not a group's size
    if not opening and not claim.text[:1].isupper():
        return None
    head_start = claim.start + compound.end()
    words = _phrase_after(body, head_start, right_end)
    end = body.find(words[-1], head_start, right_end) + len(words[-1]) if words else head_start
    if (named := _NAME_WITH_INITIALS.match(body, head_start, right_end)) is not None:
        # "the 12-nation Northern Rivers Compact (NRC)": the body by the initials the copy
        # goes on to use ("all 15 NRC member states").
        words, end = [named.group("initials").lower()], named.end()
    if (possessor := _POSSESSOR_AFTER_COMPOUND.match(body, end, right_end)) is not None:
        # "the 12-member alliance's chairman": the alliance is the group, the possessor
        # ending the phrase (before it, words are its modifiers: "trade alliance's").
        words.append(possessor.group(1))
        end = possessor.end(1)
    if not words or (not opening and lemmatize_noun(words[-1]) != words[-1].lower()):
        # (with no determiner, only a headline's singular group opening its line: "Eleven-man
        # squad named for tour"; "Twelve-member juries are rare" says what juries are)
        return None
    noun = "member" if lemmatize_noun(word) in _ANY_MEMBER else lemmatize_noun(word)
    members = _MEMBERS_OF.match(body, end, right_end)
    if noun == "member" and members and members.group(1) not in _STOP_WORDS:
        noun = lemmatize_noun(members.group(1))  # "a 12-strong delegation of farmers"
    owner = _possessor(opening[-1]) if opening and _is_possessive(opening[-1]) else ""
    modifiers = frozenset(lemmatize_noun(item) for item in words[:-1])
    group = Group(noun, lemmatize_noun(words[-1]), owner, modifiers)
    return Size(claim.value or 0.0, group, True, claim.start, end, before in _INDEFINITE)


def _is_possessive(word: str) -> bool:
    return (len(word) > 2 and word[-2:] in ("'s", "’s")) or word.endswith(("s'", "s’"))


def _owner_name(opening: list[str]) -> str:
    """The owner ending the words, without its "'s": a common noun ("the trawler's":
    "trawler"), or a proper name in full ("the Transport and General Workers' Union's":
    not any union)."""
    owner = _possessor(opening[-1])
    if not opening[-1][0].isupper():
        return owner
    words = [owner]
    for word in reversed(opening[:-1]):
        if not (word[0].isupper() or word in ("and", "of", "&")) or word in ("The", "A"):
            break
        words.insert(0, word.lower())
    return " ".join(words)


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
    tokens = [match.group() for match in _WORD.finditer(body, position, limit)]
    for index, word in enumerate(tokens):
        lower = word.lower()
        if not word[0].isalpha():
            break
        if lower in _DETERMINERS and not words:
            continue
        if lower in _STOP_WORDS or lower in NUMBER_WORD_VALUES or _is_possessive(word):
            break
        following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
        # ("the printing works have been told": a plural word before a plural auxiliary
        # is the phrase's head, not its verb)
        head_before_verb = _is_plural(lower) and following in _PLURAL_AUXILIARIES
        if words and (
            (_ends_phrase(lower, words[-1]) and not head_before_verb)
            or lower in _TIME_ADVERB_OPENERS
        ):
            break
        if words and (following in _OBJECT_OPENERS or following in _ADVERBS_AFTER_VERB):
            # "the cycling club elect a new chair", "the crew train together": a word
            # with an object or an adverb after it is the verb, not the phrase's head.
            break
        words.append(lower)
        if len(words) >= _MAX_PHRASE_WORDS:
            break
    return words


def _ends_phrase(word: str, previous: str) -> bool:
    """A verb after the phrase's head: "the council met", "the tribunal rules", "the
    school want"."""
    if word.endswith(("ed", "ly", "ing")) or word in IRREGULAR_PAST or word in _PLAIN_VERBS:
        return True
    return _is_plural(word) and not _is_plural(previous)


def _is_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


# ------------------------------------------------------------ one thing's measure, stated


@dataclass(frozen=True, slots=True)
class Measure:
    """A measure stated for a thing: "the 450-metre bridge", "the bridge is 412 metres
    long", "the tower, 300 feet tall,". Values in the base unit of the dimension."""

    thing: str
    dimension: str
    # "long", "high", "wide", "deep", ... ("" when the words do not say).
    aspect: str
    low: float
    high: float
    start: int
    end: int


_MEASURED_DIMENSIONS = frozenset({"length", "area", "mass", "volume"})
_ASPECTS = {
    "long": "long", "high": "high", "tall": "high", "wide": "wide", "broad": "wide",
    "deep": "deep", "thick": "thick", "heavy": "heavy", "in length": "long", "in height": "high",
    "in size": "extent", "in area": "extent",
}  # fmt: skip
_ASPECT_AFTER = compile_pattern(r"[-\s](" + "|".join(_ASPECTS) + r")\b", re.I)
# "the bridge is 412 metres long", "the tower stands 300 feet", "the wall measures 40 metres".
# "the bridge is 412 metres long", "the tower stands 300 feet": a verb that needs the
# aspect word after the figure; "the wall stretches 40 km", "the ship weighs 40,000 tonnes":
# a verb that says the measure itself.
_MEASURE_VERBS = _words("is are was were stands stood")
_MEASURING_VERBS = _words(
    """
    runs ran run measures measured measure measuring stretches stretched stretch stretching
    rises rose rise rising weighs weighed weigh weighing spans spanned span spanning extends
    extended extend extending towers towered reaches reached covers covered cover covering
    occupies occupied occupy occupying displaces displaced displace displacing
    """
)
_AUXILIARIES = _words("is are was were has have had be been will would")
# "a height of 142 metres": the aspect named by a noun.
_ASPECT_NOUNS = {
    "length": "long", "height": "high", "width": "wide", "depth": "deep", "weight": "heavy",
    "thickness": "thick", "span": "long", "area": "", "size": "", "displacement": "heavy",
}  # fmt: skip
# "It is 412 metres long": the thing of the sentence before (resolved by the check).
PRONOUN_THING = "it"
_OTHER_ASPECT_RATIO = 5
# How far a round measure may be from the one it stands for, as a share of it.
_ROUNDED_MEASURE_SHARE = 0.04
_THING_PRONOUNS = _words("it")


def measured_things(context: ArticleContext) -> list[Measure]:
    """The measures the article states for things it names, in body order."""
    from claimcheck.checks.helpers import stated_half_step

    body = context.article.body
    measures = []
    for claim in context.claims:
        if claim.dimension not in _MEASURED_DIMENSIONS or claim.normalized_value is None:
            continue
        if claim.low is not None or not claim.value:
            continue
        sentence_start, sentence_end = sentence_bounds(context, claim.start)
        reading = _measured_thing(body, claim, sentence_start, sentence_end)
        if reading is None:
            reading = _measure_of_subject(body, claim, sentence_start, sentence_end)
        if reading is None:
            continue
        thing, aspect, end = reading
        factor = claim.normalized_value / claim.value
        # A round figure may be rounded ("the 400-metre bridge" may be 412 metres), by a few
        # percent at most: "the tower, 300 metres tall" is not the 320-metre one.
        rounded = stated_half_step(claim.text, claim.value, min_significant=1)
        kept = stated_half_step(claim.text, claim.value, min_significant=2)
        close = max(kept, abs(claim.value) * _ROUNDED_MEASURE_SHARE)
        half = min(rounded, close) * factor
        if claim.qualifier != "exact":
            half = max(half, abs(claim.normalized_value) * 0.1)
        value = claim.normalized_value
        measures.append(
            Measure(
                thing, claim.dimension or "", aspect, value - half, value + half, claim.start, end
            )
        )
    return measures


def _measured_thing(
    body: str, claim: Claim, sentence_start: int, sentence_end: int
) -> tuple[str, str, int] | None:
    """(thing, aspect, end of the words read) of a measure: a compound before the
    thing's noun ("the 450-metre bridge", "a 40-metre-long hull"), or a measure said of the
    sentence's subject ("the bridge is 412 metres long", "the tower, 300 feet tall,", "the
    bridge, which is ...", "the wall stretches 40 km", "the dam has a height of 140
    metres", "at 8 km long, the tunnel ...", "it is 412 metres long")."""
    aspect_match = _ASPECT_AFTER.match(body, claim.end, sentence_end)
    aspect = _ASPECTS[aspect_match.group(1).lower()] if aspect_match else ""
    after = aspect_match.end() if aspect_match else claim.end
    opening = _WORD.findall(body[max(sentence_start, claim.start - _WINDOW) : claim.start])
    if (
        "-" in claim.text
        and opening
        and (opening[-1].lower() in _DETERMINERS | _INDEFINITE or _is_possessive(opening[-1]))
    ):
        words = _phrase_after(body, after, sentence_end)
        if words:
            end = body.find(words[-1], after, sentence_end) + len(words[-1])
            return lemmatize_noun(words[-1]), aspect, end
        return None
    if not opening:
        return None
    lower = [word.lower() for word in opening]
    if lower[-1] == "of" and len(lower) > 3 and lower[-2] in _ASPECT_NOUNS:
        return _aspect_noun_thing(opening, aspect, after)
    if lower[-1] == "for" and len(lower) > 1 and lower[-2] in _MEASURING_VERBS:
        opening, lower = opening[:-1], lower[:-1]  # "it runs for 44 km"
    if lower[-1] in _MEASURING_VERBS and lower[-1] not in _MEASURE_VERBS:
        return _measuring_verb_thing(opening, aspect, after)
    if lower == ["at"]:
        # "At 8.3 km long, the tunnel is ...", "At 150 metres, the tower is ...": the
        # sentence's subject after the comma.
        comma = _WORD.match(body, after)
        if comma is None or comma.group() != ",":
            return None
        words = _phrase_after(body, comma.end(), sentence_end)
        return (lemmatize_noun(words[-1]), aspect, after) if words else None
    if not aspect:
        return None
    if lower[-1] in _MEASURE_VERBS or lower[-1] == ",":
        # "the bridge is 412 metres long", "the tower, 300 feet tall,"
        return _subject_thing(opening[:-1], aspect, after)
    return None


# Hedges between a measure's verb and its figure: "is some 412 metres long".
_MEASURE_HEDGES = _words("some about around nearly almost roughly just over under barely")
# The sentence's subject, a definite noun phrase opening it: "The bridge ...".
_OPENING_SUBJECT = compile_pattern(
    r"[\s\"“]*(?:The|Its|Their)\s+(?P<phrase>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
    r"(?=\s*(?:[,(]|\s[-–—]\s|\s+(?:is|was|are|were|has|had|opened|stands|stood|runs|ran|"
    r"stretches|measures|rises|spans|extends|which|that)\b))"
)
_ASIDE_MARKS = frozenset(("(", "-", "--", "–", "—"))
# The last words before a measure that any reading below starts from.
_MEASURE_BACKUP_CUES = _ASIDE_MARKS | _MEASURE_VERBS | _MEASURING_VERBS | {"at", "of"}


def _measure_of_subject(
    body: str, claim: Claim, sentence_start: int, sentence_end: int
) -> tuple[str, str, int] | None:
    """The phenomenon read whole, a backup when no form above names the thing: a measure
    said of the thing the sentence is about, whatever the construction: a fronted
    participle ("Stretching 412 metres, the bridge ..."), an aside in brackets or dashes
    ("the bridge (412 metres)", "the bridge - 412 metres end to end -"), "the length of the
    bridge is 412 metres", or the predicate of its subject after another verb ("The bridge
    opened in 1998 and is 412 metres long"); hedges ("some", "about") before the figure."""
    read = _WORD.findall(body[max(sentence_start, claim.start - _WINDOW) : claim.start])
    opening = read
    while opening and opening[-1].lower() in _MEASURE_HEDGES:
        opening = opening[:-1]
    if not opening or (opening[-1].lower() not in _MEASURE_BACKUP_CUES and len(opening) > 1):
        return None  # (a cheap test first: most measures follow "to", "of", "by" ...)
    lower = [word.lower() for word in opening]
    aspect_match = _ASPECT_AFTER.match(body, claim.end, sentence_end)
    aspect = _ASPECTS[aspect_match.group(1).lower()] if aspect_match else ""
    after = aspect_match.end() if aspect_match else claim.end
    if len(opening) == 1 and lower[0] in _MEASURING_VERBS and lower[0].endswith("ing"):
        # "Stretching 412 metres, the bridge ...": the subject after the comma.
        comma = _WORD.match(body, after)
        if comma is None or comma.group() != ",":
            return None
        words = _phrase_after(body, comma.end(), sentence_end)
        return (lemmatize_noun(words[-1]), aspect, after) if words else None
    aside = _aside_or_possessor(opening, aspect, after)
    if aside is not None:
        return aside
    hedged = len(lower) < len(read)
    if hedged and lower[-1] in _MEASURING_VERBS and lower[-1] not in _MEASURE_VERBS:
        return _measuring_verb_thing(opening, aspect, after)  # "stretches some 40 km"
    if hedged and aspect and lower[-1] in _MEASURE_VERBS:
        return _subject_thing(opening[:-1], aspect, after)  # "is about 412 metres long"
    if lower[-1] in _MEASURE_VERBS:
        named = _aspect_of_phrase(opening[:-1])
        if named is not None:
            return named[0], named[1] or aspect, after  # "the length of the bridge is"
        if aspect and "and" in lower:
            # "The bridge opened in 1998 and is 412 metres long": the sentence's subject.
            subject = _OPENING_SUBJECT.match(body, sentence_start, claim.start)
            if subject is not None:
                return lemmatize_noun(subject.group("phrase").split()[-1]), aspect, after
    return None


def _aside_or_possessor(opening: list[str], aspect: str, after: int) -> tuple[str, str, int] | None:
    """ "the bridge (412 metres)", "the bridge - 412 metres end to end -", "the runway, at
    3,000 metres,": an aside sizing the noun before it; "the bridge's length of 475
    metres": the possessor's measure."""
    lower = [word.lower() for word in opening]
    if lower[-1] in _ASIDE_MARKS and len(opening) > 1:
        return _determined_thing(opening[:-1], aspect, after)
    if lower[-2:] == [",", "at"] and len(lower) > 2:
        return _determined_thing(opening[:-2], aspect, after)
    if lower[-1] == "of" and len(lower) > 2 and lower[-2] in _ASPECT_NOUNS:
        named = _ASPECT_NOUNS[lower[-2]]
        if _is_possessive(opening[-3]) and (not aspect or aspect == named):
            return _possessor(lower[-3]), named, after
    return None


def _determined_thing(before: list[str], aspect: str, after: int) -> tuple[str, str, int] | None:
    """The noun phrase right before an aside, opened by a determiner ("the bridge (412
    metres)"; not "40 miles (60km)" nor "16 mln dlrs -- about 73,000 tonnes --", a figure's
    unit)."""
    phrase = _phrase_before(before)
    if not phrase or len(before) <= len(phrase):
        return None
    if before[-len(phrase) - 1].lower() not in _DETERMINERS:
        return None
    return lemmatize_noun(phrase[-1].lower()), aspect, after


def _aspect_of_phrase(words: list[str]) -> tuple[str, str] | None:
    """ "the length of the bridge": (the thing, its aspect), or None."""
    lower = [word.lower() for word in words]
    if len(lower) < 4 or "of" not in lower:
        return None
    index = len(lower) - 1 - lower[::-1].index("of")
    if index < 1 or lower[index - 1] not in _ASPECT_NOUNS:
        return None
    phrase = _phrase_before(words)
    if not phrase or len(phrase) != len(words) - index - 1 - (lower[index + 1] in _DETERMINERS):
        return None
    return lemmatize_noun(phrase[-1].lower()), _ASPECT_NOUNS[lower[index - 1]]


def _aspect_noun_thing(opening: list[str], aspect: str, after: int) -> tuple[str, str, int] | None:
    """ "the dam has a height of 142 metres", "the dam, with a height of 142 metres,"."""
    lower = [word.lower() for word in opening]
    named = _ASPECT_NOUNS[lower[-2]]
    if aspect and aspect != named:
        return None
    article = lower[-3] in _INDEFINITE | _DETERMINERS
    verb = lower[-4] if article else lower[-3]
    if verb not in ("has", "have", "had", "with"):
        return None
    return _subject_thing(opening[: len(opening) - (4 if article else 3)], named, after)


def _measuring_verb_thing(
    opening: list[str], aspect: str, after: int
) -> tuple[str, str, int] | None:
    """ "the wall stretches 38 km", "it had run for 44 km", "the wall, stretching 38 km,"."""
    before = opening[:-1]
    if before and before[-1].lower() in _AUXILIARIES:
        before = before[:-1]
    if opening[-1].lower().endswith("ing"):
        if not before or before[-1] != ",":
            return None
        before = before[:-1]
    return _subject_thing(before, aspect, after)


def _subject_thing(before: list[str], aspect: str, after: int) -> tuple[str, str, int] | None:
    """The noun ending the words before a measure's verb, past ", which" or ", that"; "it"
    for a sentence about the thing named before."""
    if len(before) > 1 and before[-1].lower() in ("which", "that") and before[-2] == ",":
        before = before[:-2]  # "the bridge, which is 412 metres long"
    elif before and before[-1] == ",":
        # "the bridge, which opened in 1998, is 412 metres long": past the relative clause.
        for index in range(len(before) - 2, 0, -1):
            if before[index] == "," and before[index + 1].lower() in ("which", "that", "who"):
                before = before[:index]
                break
    if len(before) == 1 and before[0].lower() in _THING_PRONOUNS:
        return PRONOUN_THING, aspect, after
    subject = _phrase_before(before)
    if not subject:
        return None
    return lemmatize_noun(subject[-1]), aspect, after


def same_measure(first: Measure, second: Measure) -> bool:
    """One thing's one measure: the same thing, dimension and aspect (a measure that does
    not say which is taken for length or height, not width or depth)."""
    if first.thing != second.thing or first.dimension != second.dimension:
        return False
    aspects = {first.aspect, second.aspect} - {""}
    if "" in (first.aspect, second.aspect):
        # "the 30-inch line" and "1,225 miles": far apart, one unsaid measure is another
        # aspect (its width, not its length).
        low, high = sorted((first.high, second.high))
        if high > _OTHER_ASPECT_RATIO * low:
            return False
    return len(aspects) <= 1 and not (
        "" in (first.aspect, second.aspect) and aspects & {"wide", "deep", "thick"}
    )
