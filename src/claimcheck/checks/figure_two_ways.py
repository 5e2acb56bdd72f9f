"""CC106 figure-stated-two-ways: one group's size given as two figures that cannot both hold."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from claimcheck.checks.groups import (
    PRONOUN_THING,
    Group,
    Measure,
    Size,
    group_sizes,
    measured_things,
    named_generally,
    people_in_role,
    same_group,
    same_kind,
    same_measure,
)
from claimcheck.checks.helpers import (
    IRREGULAR_PAST,
    make_finding,
    message_number,
    sentence_bounds,
    where,
)
from claimcheck.checks.person_ages import ages_two_ways
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.extract.lexicon import NUMBER_WORD_VALUES
from claimcheck.extract.patterns import compile_pattern
from claimcheck.records import Finding

# Words that let a group's size change or split within one story. A bare "later" is not
# one: "the owner later said all 15 crew members ..." restates the size; a change needs a
# verb ("joined", "left", "grew", "was reduced").
_CHANGE_WORDS = compile_pattern(
    # ("a former minister" is a person, not a group's earlier state)
    r"\b(?:previously|originally|initially|(?<!\ba )(?<!\ban )former(?:ly)?|expand(?:ed|s|ing)?|"
    r"enlarg(?:e|ed|ing)|increas(?:e|ed|ing)|reduc(?:e|ed|ing)|(?:cut|grew|grown|shrank|"
    r"shrunk|rose|risen|fell|dropped|swelled|dwindled)\s+(?:to|by|from)\s+(?:\d|"
    + "|".join(NUMBER_WORD_VALUES)
    + r")|resign(?:ed|s)?|"
    r"quit|hired|fired|laid\s+off|added|adding|remaining|survivors?|"
    # ("joined the crew" changes it; "will join a national strike" is an event they take
    # part in, no member more or less)
    r"join(?:ed|s)?(?!\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:strike|protest|march|rally|walkout|"
    r"boycott|demonstration|vigil|search|hunt|campaign|celebrations?|talks|picket|sit-in)\b)|"
    r"(?:up|down)\s+from|surviving|"
    # "up to 40 members", "up to now": a cap or a count so far ("turned up to the vote"
    # is a phrasal verb).
    r"plus|extra|additional|replac(?:e|ed|ing)|from\s+\w+\s+to|to\s+\d|"
    r"up\s+to\s+(?:\d|now|about|around|some|" + "|".join(NUMBER_WORD_VALUES) + r")|proposed|"
    r"planned|since\s+(?:then|grown|risen|fallen|shrunk)|two\s+(?:crews|teams|boards))\b",
    re.I,
)
# Words that make the figure's own noun phrase another group or a changed size ("another
# 12 sailors", "12 new members", "12 per boat", "each team of 12", "now 12"), read only
# right around the figure: "picked up by another vessel" says nothing of the sailors.
_NEAR_CHANGE_WORDS = compile_pattern(
    # ("now" before a verb's participle is about the verb: "has now gone to all 150")
    r"\b(?:now(?!\s+(?:[a-z]+ed|gone|been|done|sent|given|taken|written|seen|told)\b)|"
    # ("new" is of the figure's own noun phrase only right before it or after it: "12 new
    # members", "the new 12-seat bus"; not "the new ward holds 26 beds", the ward's)
    r"since|another|other|new(?!\s+[a-z][\w'’-]*\s+(?:[a-z]+\s+)?(?:\d|"
    + "|".join(NUMBER_WORD_VALUES)
    + r"))|each(?!\s+of\b)|per|"
    r"every(?!\s+(?:one|single\s+one)\s+of\b)|both)\b",
    re.I,
)
# "most of them hired locally", "some of whom joined": a word after these describes some
# members, not a change of the group's size.
_DESCRIBES_MEMBERS = compile_pattern(r"\bof\s+(?:them|whom)\s+$", re.I)
# A present participle after the counted noun picks out those doing it: "31 countries
# replying to the survey" (a past one may be the sentence's verb: "9 deckhands waited at").
_PICKED_OUT = compile_pattern(r"\s+[a-z]+ing\s+(?:to|in|for|on|at|from|with|under|into)\b")
# Between two sizes of one sentence, words opening an aside about the group named first.
_ASIDE_ABOUT_GROUP = compile_pattern(
    r"[^.;:()]{0,60}?(?:,|\s[—–])\s*(?:whose|which|who|that|numbering|made\s+up\s+of|"
    r"comprising|consisting\s+of|all|with)\b[^.;:()]{0,40}$",
    re.I,
)
_OPENS_ASIDE = compile_pattern(r"[^.;:()—–,]{0,60}(?:,|\s[—–]|\s\()\s*")
# Between two sizes of one sentence, a new clause: "..., and all 15 crew members ...".
_NEW_CLAUSE = compile_pattern(
    r"[;]|,\s+(?:and|but|yet|while|where|when|after|before|as|although|though|so)\b|"
    r"\s(?:and|but)\s+(?:all|each|every|the|its|their)\b",
    re.I,
)
# Words between them that set the two figures against each other or take one from the other.
_CONTRAST_BETWEEN = compile_pattern(
    r"\b(?:than|compared|versus|against|instead|rather|of\s+(?:them|whom|which|those|these)|"
    r"out\s+of|not|only|whereas)\b",
    re.I,
)
_CLAUSE_GAP = 120
_LETTER = compile_pattern(r"[A-Za-z]")
_IS_BEFORE = compile_pattern(r"\b(?:is|was|are|were)\s+(?:now\s+)?$", re.I)
# "88 of Yugoslavia's 174 banks", "four of the five institutes": some of the group counted.
_SOME_OF = compile_pattern(
    r"(?<!every )(?<!each )(?:\d|\b(?:"
    + "|".join(NUMBER_WORD_VALUES)
    + r"))\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+)?[\w-]+['’]s\s+)?$",
    re.I,
)
# A rate or a distributive over something else: "12 sailors per boat", "carried 12 sailors
# each." ("each" closing its clause). "The 95 musicians each got a medal": "each" before
# the rest of the clause shares out among the 95 themselves, who stay a group of 95.
_RATE_AFTER = compile_pattern(
    r"\b(?:per|apiece|each(?=\s*(?:[.,;:)!?]|$)|\s+(?:and|but|or|while)\b))\b", re.I
)
_NOUN_IN = compile_pattern(r"[a-z]{3,}(?<!hundred)(?<!thousand)(?<!dozen)\s*$")
_NEAR_BEFORE = 16
_NEAR_AFTER = 14
# Words that let a thing's measure change: an extension, a plan, a measure before or after.
_MEASURE_CHANGES = compile_pattern(
    r"\b(?:now|previously|originally|initially|former(?:ly)?|once|extend(?:ed|ing)|"
    r"lengthen(?:ed|ing)?|expand(?:ed|ing)?|enlarg(?:ed|ing)|widen(?:ed|ing)?|shorten(?:ed|ing)?|"
    r"increas(?:e|ed|ing)|reduc(?:e|ed|ing)|cut|grew|grown|shrank|rose|fell|gained|lost|"
    r"dropped|declined|added|planned|proposed|"
    # ("would" of a verb of measuring only: "the bridge would open" keeps its length)
    r"would\s+(?:be|have|measure|stretch|span|run|reach|extend|cover)|will\s+be|to\s+be|up\s+to|from\s+\w+\s+to|compared|than|other|another|"
    r"per|both|second|first|original|old|older|until|after)\b",
    re.I,
)
# A plain count and a later "the N" of the same noun are compared only this near.
_NEAR_RATIO = 1.6
# How far a hedged figure ("about 1,500") may be from another and still be the same size.
_HEDGE_RATIO = 1.12
# "The three banks are Alder, Birch and Cedar ... the two banks": "the" before so small a count
# often picks out some of the members just listed, so it ties nothing by itself.
_SMALLEST_RESTATED = 4
_FAR_RATIO = 4
# How far from a size a change word is taken to be about it.
_CHANGE_REACH = 50
# A size opened with "a"/"an" introduces a group ("a fleet of 154"); with "the" or "all" it
# restates one already named.
# A sentence naming what its people are aboard before them ("The ship sank with ...").
_NAMES_A_PLACE = compile_pattern(r"\b(?:the|its|their)\s", re.I)
_INDEFINITE = compile_pattern(r"\b(?:an?)\s+$", re.I)


@register("CC106")
def check_figures_stated_two_ways(context: ArticleContext) -> Iterator[Finding]:
    """Flags one group's size given as two different figures.

    Examples: "a crew of 14" and later "all 17 crew members"; "the 12-member survey team"
    and "all 15 members of the survey team"; "the trawler's six fishermen" and "the
    trawler's nine fishermen"; "the monastery, which has 20 monks" and "the monastery's 25
    monks"; "five judges make up the tribunal" and "the seven-judge tribunal".
    How: each count is read as the size of a group (its counted noun, the group word it
    is counted in, whose group it is, the words that set it apart) and as the whole group's
    size when written so ("all N", "the N", "the yacht's N", "each of the N", "every one of
    the N", "a team of N", "the N-member team", "N in all", "which has N", "was made up of
    N", "is home to N", "aboard the ferry were N", "N work for the firm", "the crew was N
    strong", "the crew, all N of them"). A member noun made from the group word counts its
    members ("jurors" of a "jury"). A count of every member ("all 15 sailors") ties itself
    to the group a plain count named before ("police held 12 protesters"), and "all N
    aboard" to the place named before; so does "the N" of the same noun when the figures
    are within 1.6 times of each other ("arrested 31 protesters" ... "the 36
    protesters"), unless a phrase after the noun picks out a subgroup ("the 16 films
    competing in ..."). "All N" and "its N" opening the sentence after a group's are of
    that group. Measures are read from compounds, "is N long", "stretches N", "a height
    of N", "at N long, the ...", and "it is N long" after the thing's sentence. Also: "a
    flotilla of boats, numbering 12", "pilgrims numbering 300", "has a staff of 22" (the
    subject's staff), "the squad – 20 players in all –", "the hikers, 16 of them,", "stands
    at", "is staffed by", "is 60 musicians strong", "At 150 metres, the tower ...", "the
    crew of twenty-two", members named by a word of their own ("the mill's workforce" and
    "its workers", "the fleet" and "its jets"), and a second size in an aside about the
    group in one sentence ("the 12-member board, whose 15 members ..."), the people a firm
    employs as its workforce or staff ("employs 1,200 people" and "its workforce of 1,500"),
    and a plain count opening its sentence as the group a later count of every member names
    with an owner ("Twelve climbers set out" and "all 14 climbers of the team"). Also the
    size said again in a clause of its own ("the 12-member crew was rescued, and all 15
    members of the crew ..."), those aboard a vessel its sentence names as the vessel's own
    ("sank with 12 sailors aboard" and "the ship's 15 sailors"), a general noun for the
    members of the group its owner names ("the crew's 15 men" and "the 12 crew"), a group
    word and its members' noun ("a crew of 12 sailors" and "the tanker's 15 crew"), areas
    ("covers 400 hectares", "520 hectares in size"), a compound sizing a group in the
    things it has and every one of them counted again ("the 120-seat hall" and "all 140
    seats"; not "all 140 seats it won"), compounds naming members by no kind of their own
    ("a 12-piece band", "a 40-voice choir": the group word says what they are), "the club,
    with 40 members on its roll" (the owner's own list; the aside may open with a dash,
    the wire's "--" too: "the union -- with 2,000 members --"), what a place offers, boasts or
    runs to; the agent of a passive of such a verb ("nine rangers are employed by the
    reserve": the reserve's rangers), an adverb before the verb ("the choir currently
    counts 24 tenors"), "the jurors, of whom there were 12", "the hospital and its 40
    porters" (the noun "its" is joined to), "the club's membership stands at 40" (the
    club's members: a group word of the members' noun and "-ship"), and every member's
    count in an aside right
    after the group in one sentence ("the 20 barges of the convoy, 26 barges in all, ...").
    An inverted subject after where members sit or serve ("Manning the lighthouse are four
    keepers", "On the panel were five judges"; not "Among the crew were": some of them),
    "Aboard were 40 pilgrims" after a sentence naming the vessel (those aboard it), "60
    volunteers run the museum" (those who run, operate or manage a place are its own),
    "the porters at the market, all 33 of them" (the market's porters), "the 37 buses that
    make up the town's fleet", "120 families call the estate home", "has a membership of
    40", "the firm's headcount is 450", and a workforce counted in people beside the members
    it is made of ("employs 65 people" and "the bakery's 77 workers"). "Up to" is a cap
    only before a figure ("turned up to the vote" is a phrasal verb).
    Those present or voting ("with 40 members present") are some of the group.
    A round
    measure may stand for one a few percent off ("300 metres tall" is not "320-metre").
    Two whole sizes of one group that differ are flagged at the later one, naming where the
    earlier one is.
    Not flagged: different owners or group words ("the tug's crew", "the freighter's
    crew"), things counted in a group word beside the same things of another owner ("the
    six-lock canal" and "the waterway's 14 locks": the canal may be part of it), groups set
    apart by their words ("rescue team", "survey team"; miners "killed
    in" and "injured in" a blast; engineers "in Leeds" and "in Bristol"), a general noun
    with nothing tying the two figures ("people"), a group introduced anew ("a fleet of
    154"), sizes in sentences that let a group change ("expanded", "remaining", "joined")
    or with a word of another group in the figure's own noun phrase ("another 12", "12 new
    members", "now 12"), sizes four times apart unless one counts every member, and groups
    given three sizes or more (a story tracking a changing size); subgroups: a count with
    a state or a kind the other lacks ("three striking union branches" and "each of the
    five branches"; "six ships" and "the four Atlas class ships"), one picked out by a
    present participle ("31 countries replying to the survey" and "all 50 countries"),
    "the two" and "the three" of a group named by no owner or group word; a noun the
    article also counts in subgroups ("two of the five locals", "88 of the 174 banks")
    unless both figures name the group; words picking the leading members ("the seven
    leading nations" of "24 nations"); "a total of N" (a count of its own); shares,
    units and other securities; model names ("a 747-SR"); amounts in
    millions, points and days; a measure and another five times apart when one does not
    say which (a pipe's width and its length); an amount a stock rose or fell by.
    The group is the noun phrase the figure counts, with the words in front of its owner or
    group word where the sentence names it: "the night shift" and "the day shift", "the
    port" and "the rival port" are two groups. Also read: a participle of a size verb in an
    aside ("the section, totalling 40 players", "a patrol numbering 14 rangers"), a bare
    figure said of a group word ("at full strength the crew is 12"), a labelled figure
    ("(crew: 14)"), a fronted "With 40 voices, the choir is ...", "the choir, whose members
    number 46" (the choir's members); a noun phrase after "of the" ends at a word with an
    object or an adverb after it, its verb ("the 223 members of the club elect a chair");
    "the crew of the trawler numbered 12" sizes the crew; "the lighthouse, staffed by 6
    keepers," (a passive participle of a size verb in an aside), "the regiment has a total
    of 40 horses" (after a verb that sizes the group; "a total of 40" alone is a count of
    its own); a place's population and its inhabitants or residents ("the village has a
    population of 310", "the village's 345 residents"); a word for the number of all of a
    possessor's members ("the regiment's strength stands at 640", its complement, roll or
    enrolment); "the club fields 14 rowers" (all it puts into a contest). "now" before a
    verb's participle ("has now gone to all 110 members") lets no size change.
    Read whole, as a backup when no form above names the group: a plain count opening its
    clause as the subject of a verb in the present simple, tied by the verb (and one
    preposition) to a definite place ("270 pupils attend the academy", "twelve volunteers
    help out at the library": a standing state, all of the place's); in a "where" clause,
    the place before it ("the laboratory, where 15 researchers work,"); with the place
    opening the sentence ("At the clinic, 30 nurses work nights"); a definite subject and
    a present verb before the count ("the library relies on 12 volunteers"; not a noun
    phrase with an owner, "the state's aid payments to 7 regions"); a staffing participle
    opening the sentence ("Manned by 24 volunteers, the lifeboat ...");
    "there were N of them" after a clause whose subject is the group and whose object is
    its place ("Volunteers kept the kitchen open; there were 12 of them"); "who total N"
    after the group; "Staff at the clinic, 30 in all,"; a hyphen with spaces round it as a
    dash ("the crew - 24 strong -"). Two words for the members of one owner's group word
    ("the orchestra's 25 musicians" and "all 30 players in the orchestra"), and people
    counted at an owner beside the owner's people by their role ("400 people work at the
    plant" and "the plant's 460 employees"; not when another role is counted beside them:
    "400 passengers and 60 crew" may be "460 people on board"). A past verb tells an event
    some of them took part in, and verbs of wanting, hiring or cutting say nothing of a
    group's size; "new" before a place ("the new ward holds 26 beds") is no new group.
    A measure no form above gives a thing is read as said of the thing its sentence is
    about: after a fronted participle ("Stretching 412 metres, the bridge ..."), in an
    aside in brackets or dashes ("the bridge (412 metres)"), "the length of the bridge is
    ...", "the bridge's length of ...", "the runway, at 3,000 metres, ...", the subject's
    predicate after another verb ("The bridge opened in 1998 and is 412 metres long"),
    and after a hedge ("is some 412 metres long").
    The group is read from the noun phrase: an apposition renaming the group before it
    sizes that group ("The tribunal, a panel of nine judges,"), an owner keeps the words
    before its possessive ("all 95 of the river club's rowers": the club's), a figure the
    extraction read with a possessor for its noun is read again from the words after it,
    and "belong to" ties members to a place like "attend" or "work at". A proper name is
    read whole up to its determiner however many words it has, its head naming the group
    ("The Upper Vale Male Voice Choir has 50 singers" and "the choir's 43 singers"); a
    pronoun subject right after a verb of saying is the sayer ("the bakery said it had 40
    staff": the bakery's); "At 40 voices, the choir is ..." is read like "With 40 voices";
    a relative clause's size in number words is read like one in figures ("the abbey's
    monks, who number eighty-nine,"); a wh-word ends a noun phrase ("asked the 106 monks of
    the abbey what ...": the abbey's); a plural word before "are", "were" or "have" is the
    phrase's head, not its verb ("the 60 staff at the printing works have ..."); a
    singular noun after a possessive, its present verb right before the count, is part of
    the possessor, whose members the count names ("the station's roster lists 40 crew").
    Also read: a participle of a verb of making up in an aside ("the panel, composed of 9
    experts,"); a word for all of an owner's members after "with", the clause's subject
    its owner ("the frigate left port with a complement of 120 sailors"); an aside right
    after the members naming whose they are ("40 nurses, all employed by the hospice,");
    "at N Y" in an aside sizing the group the comma follows ("the school, at 23 pupils the
    smallest in the county,"); those taking part in, competing in or attending an event
    are all of the event's ("the 200 runners taking part in the relay" and, after it, "its
    250 runners"; "with 40 members present" stays some of the members); a group word named
    by its members' work and a noun for those who do it ("the ward's nursing staff of 40"
    and "the ward's 52 nurses"). Two bare figures said of a noun by "is" ("the ceiling is
    1,300", "the ask is 81"), no members named on either side, tie no group. "N-odd"
    (an approximate size) is still not compared. A sentence whose subject is "it" or
    "they" speaks of the definite subject opening the sentence before, or the one before a
    chain of such sentences ("The club meets by the river. It was founded in 1890. Today it
    has 80 rowers."; "They number 40" of a choir); those who look after a place or help to
    run it are its own ("26 wardens look after the reserve"), and so are those taught or
    cared for at it ("400 pupils are taught at the academy"); "The monks of the abbey, 20
    in number," are the abbey's monks; an indefinite object restated after a colon is the
    count ("the food bank relies on a small army: 120 volunteers"); "30 firefighters, the
    station's entire complement," are all of the station's; people who work at a place
    are its workforce ("200 people work at the depot" and "the depot's workforce of 260");
    "There were 40 of them." after a sentence opening with an owner's members ("The
    choir's singers gathered ...") sizes them; a line laid out like a table ("Museum
    staff: guides 30, cleaners 6.") gives each noun's figure, all of it, the label's first
    word their owner.
    Also read: a word of degree between a size verb and its figure ("has only 30
    volunteers", "just", "exactly") leaves the figure the whole group's size; "would" lets a
    thing's measure change only before a verb of measuring ("would be", "would stretch"),
    not of another verb ("the 386-metre footbridge would open in spring"); a label opening
    a line like a headline or a caption, then a figure and its noun ("Seaside hospice: 11
    nurses, one night shift.") sizes the members of what the label names; a clause whose
    verb and noun are left out after a semicolon ("The senior choir has 40 singers; the
    youth choir, 14.") sizes like the clause before it; a figure opening the answer to a
    question of how many members a group has ("How many volunteers does the food bank
    have? 43, its manager says.") is all of them.
    Kinds of person: one group may be named by two nouns of one kind, a small hand-written
    lexicon of kinds (pupils, children and schoolchildren at a school; staff, employees and
    workers; troops and soldiers; inmates and prisoners; worshippers and parishioners;
    residents, inhabitants and villagers; spectators, onlookers, fans and supporters;
    passengers and travellers; guests and visitors; sailors, seamen, crew and
    crewmen; firefighters;
    journalists and reporters; doctors and physicians; voters and electors), tied as two
    figures of one noun are: by one owner ("the school's 120 pupils" and "all 140 children
    at the school"), "its" in the sentence after ("the firm's 300 staff" and "every one of
    its 360 employees"), "all", or "the same" ("400 troops" and "the same 480 soldiers",
    every member of the group named before). A noun and a wider kind never tie ("the
    clinic's 40 staff" and "its 12 nurses"), nor do a kind and another one. A general
    noun for people ("men", "women", "people") names back the people a noun of their role
    counted before only when it counts every member or refers back with "the" ("12 miners
    were trapped ... all 15 men were brought up"; "the conference's 40 delegates ... The
    46 people"); never the other way round, nor two general nouns ("women" and "men").
    After a count of every member, a past form with no verb after it in its sentence is
    the sentence's verb, not a participle picking some out ("All 450 villagers returned on
    Sunday." sizes the villagers; "all 450 villagers injured in the storm were treated"
    does not).
    A proper name of two words or more opening its sentence is the owner of the group an
    aside or a verb after it sizes, as its "'s" is ("Larkfield College, a school of 640
    students," and "Larkfield College's 700 students"; "Corran Mills, which has 85
    weavers,"). "All N of them" after a clause whose definite plural subject ends with its
    verb counts that subject ("The divers had been trapped, all 11 of them,"; "They ..."
    after the divers' sentence). A size said to hold "now" ("the choir now numbers 38")
    is read against a size whose sentence tells of no past time or past verb ("the
    choir's 46 members rehearse on Thursdays"); beside one that does ("sang in 2015", "had
    46 members") the group may have changed.
    A body named in full with its initials in brackets after a compound is the body the
    initials name ("the 12-nation Southern Shipping Forum (SSF)" and "all 15 SSF member
    states": member states, countries or nations of a body are its members); "one of N"
    before the members gives the whole's size ("one of seven judges on the tribunal" and
    "the nine-judge tribunal"); a compound before a possessive sizes the possessor ("the
    20-member council's leader" and "all 24 members of the council").
    A person's age given twice: an age tied to a name in an aside ("Okafor, 45," /
    "Okafor, aged 45," / "Okafor, a 45-year-old surveyor,") or before it ("the 48-year-old
    Okafor"), two ages of one surname two years or more apart (one year may be a birthday
    between the mentions); not when two first names share the surname (a family), nor an
    age in a sentence that ties it to a time ("when", "then", "turned", "at the time").
    Not a size: one holder's members in a body ("The Greens have 120 seats in the
    assembly" is some of "the 450-seat assembly"), the first count of a breakdown ("200 runners came
    from abroad and 100 from the host country" is a part of "the 300 runners"; a date
    between them is passed over), and a
    sentence opening "Together they number ..." (the sum of the groups named before).
    Also read: a group word sized in a fronted "with" belongs to the subject after the
    comma, whatever its verb ("With a crew of 5, the lifeboat reached ..." and "the
    lifeboat's 10-man crew"); a group word after "runs", "operates", "owns", "keeps" or
    "employs" is the subject's ("the operator runs a fleet of 18 ferries"), and "its"
    after a verb of saying is the sayer's ("the operator said all 24 of its vessels": the
    operator's fleet, its vessels); joining an event ("will join a national strike",
    "joined the search") is no change of the group's size, as joining the group is.
    Also read: two words for one kind of thing or person tie as two of one noun do ("the
    22-vessel flotilla" and "the flotilla's 27 boats", "the 120-home estate" and "all 140
    houses on the estate", potholers and cavers, climbers and mountaineers, hikers and
    ramblers, lawmakers and legislators, protesters and demonstrators, dockers and
    stevedores; a ship's crew and its seafarers, sailors or seamen); "it" opening an aside
    in brackets or dashes is the subject opening the sentence ("The carrier lost power (it
    has 12 crew, an official said)": the carrier's crew); a relative clause opened by a
    preposition and "which" ties its subject to the place before it, as "where" does ("the
    co-operative, to which 91 growers belong,");
    a count above an owner's whole group ("all but three of the freighter's 37 crew" and
    "the 43 crew") is no subgroup of it, however the article counts some of them.
    Also read: a headline's number compound opening its line, its group singular
    ("Eleven-man squad named for tour"); a group word's members and who leads them ("a
    panel of 8 judges chaired by ...": the whole panel); "a former minister" is a person,
    not a group's earlier state; "the orchestra's players - all 47 of them -" (the
    orchestra's); a number compound before the group word is no word setting it apart.
    Hedges: "about", "around", "roughly", "approximately", "nearly", "almost" or "some"
    right before a figure are read through ("the hospital's roughly 1,500 nurses" sizes the
    hospital's nurses), and a hedged figure is not set against one within 12 % of it;
    "none of", "each of" or "every one of" before "its" after a verb of saying counts the
    sayer's members as "its" alone does ("the trust said none of its 5,000 staff"). A word
    of change near a figure is read with the words after it to the sentence's end ("will
    join the strike" is taking part, not joining the group).
    Also read: a participle of employing, placing or housing right after a count opened by
    "the" or "all" names whose members they are, all of them ("the 400 people employed at
    the glassworks", "the 80 troops stationed at the fort"; after a bare count the phrase
    may pick some out and is left alone); an aside closed by a comma between a subject and
    its verb of size ("The clinic, which opened in 2011, has 30 doctors": the clinic's);
    "The 40 of them" opening the sentence after an owned group's sentence (all of them);
    households and families of one place are one kind of count, and personnel are staff.
    A bound ("more than 5,000 members", "at least", "fewer than", "at most") is set only
    against a figure beyond it (by more than a hedge's reach when that figure is hedged),
    and the message says which figure is the bound; two bounds are not compared.
    Level: a warning (two sizes of one group cannot both hold, but whether the two figures
    count one group is read from the wording).
    """
    body = context.article.body
    every_size = group_sizes(context)
    sizes, current_only = _kept_sizes(context, every_size)
    subgrouped = _subgrouped_nouns(body, every_size, sizes)
    sizes = _named_back(context, sizes)
    reported: set[int] = set()
    candidates = _earlier_candidates(sizes)
    for index, later in enumerate(sizes):
        if later.start in reported:
            continue
        for position in candidates(index):
            earlier = sizes[position]
            if (
                earlier.value == later.value
                or not _may_be_both_sizes(earlier, later)
                or _within_hedge(earlier, later)
            ):
                continue  # (first: most pairs of a long article end here)
            earlier, later = _read_together(context, earlier, later)
            if (
                not _both_sizes(earlier, later)
                or _small_and_unanchored(earlier, later)
                or _maybe_a_subgroup(earlier, later, subgrouped)
            ):
                continue
            if _apart_by_wording(body, earlier, later) or any(
                # "200 runners came from abroad and 100 from ...": a part, not a size
                _first_of_listed_parts(context, size)
                for size in (earlier, later)
            ):
                continue
            tied = _by_every(earlier, later) or _restated(earlier, later)
            if not same_group(earlier.group, later.group, tied) or _changed_since(
                context, earlier, later, current_only
            ):
                continue  # (a change: "Its 45 members met in 2010 ... it now numbers 37")
            if people_in_role(earlier.group, later.group) and _owner_counted_otherwise(
                context, every_size, earlier, later
            ):
                continue  # "400 passengers and 60 crew": "460 people on board" is both
            if (
                sentence_bounds(context, earlier.start) == sentence_bounds(context, later.start)
                and not _restated_in_aside(body, earlier, later)
                and not _restated_in_clause(body, earlier, later)
            ):
                continue  # two sizes in one sentence are set against each other on purpose
            if later.introduced or _INDEFINITE.search(body, max(0, later.start - 4), later.start):
                break  # "a fleet of 154" later on introduces another fleet
            values = {later.value, earlier.value} | {
                size.value
                for size in sizes
                if _both_sizes(size, later)
                and same_group(
                    size.group, later.group, _by_every(size, later) or _restated(size, later)
                )
            }
            if len(values) != 2:
                break
            reported.add(later.start)
            yield _finding(context, earlier, later)
            break
    yield from _measures_two_ways(context)
    yield from ages_two_ways(context)


# "... and 100 from the host country": a bare count joined to a count before it in a list.
_LISTED_NEXT = compile_pattern(
    r"[^.;:!?\d]{0,60}?(?:,\s*|\s)(?:and|while|with)\s+(?:another\s+|a\s+further\s+)?$", re.I
)
_BARE_FIGURE = compile_pattern(r"[\d,]+|[a-z]+(?:-[a-z]+)?")


def _first_of_listed_parts(context: ArticleContext, size: Size) -> bool:
    """ "200 runners came from abroad and 100 from the host country": a count followed in its
    sentence by a bare count joined to it by "and" is the first part of a breakdown, not
    a size of the group the other figure names ("The 300 runners", "all 300 runners")."""
    if size.total or size.every:
        return False
    end = sentence_bounds(context, size.start)[1]
    body = context.article.body
    for claim in context.claims:
        if claim.start <= size.end or claim.start >= end or claim.kind == "date":
            continue
        text = claim.text.strip()
        bare = _BARE_FIGURE.fullmatch(text) is not None and (
            text[0].isdigit() or text.lower() in NUMBER_WORD_VALUES
        )
        return bare and _LISTED_NEXT.fullmatch(body, size.end, claim.start) is not None
    return False


def _apart_by_wording(body: str, earlier: Size, later: Size) -> bool:
    """ "31 countries replying to the survey": some of "all 50 countries" (but "the 200
    runners taking part in the relay" and "the relay's 250 runners" are one owner's); "the
    ceiling is 1,300" ... "the ceiling is 1,050": no members named on either side."""
    if (
        _PICKED_OUT.match(body, earlier.end)
        and not _PICKED_OUT.match(body, later.end)
        and not (earlier.group.owner and earlier.group.owner == later.group.owner)
    ):
        return True
    return _bare_predicate(body, earlier) and _bare_predicate(body, later)


def _bare_predicate(body: str, size: Size) -> bool:
    """A bare figure said of a noun by "is" ("the crew is 12", "the ceiling is 1,300"):
    nothing in it says the noun has members, so two of them alone tie no group (a price's
    ceiling, a quote's bid, said for two goods)."""
    text = body[size.start : size.end]
    return not _LETTER.search(text) and bool(
        _IS_BEFORE.search(body, max(0, size.start - 12), size.start)
    )


def _owner_counted_otherwise(
    context: ArticleContext, every_size: list[Size], earlier: Size, later: Size
) -> bool:
    """Another count of people by a third noun, of the same owner or beside one of the two
    ("the ferry's 400 passengers and 60 crew"): people there may be more than those in one
    role."""
    owner = earlier.group.owner
    nouns = {earlier.group.noun, later.group.noun}
    sentences = {sentence_bounds(context, earlier.start), sentence_bounds(context, later.start)}
    return any(
        size.group.noun not in nouns
        and (size.group.owner == owner or sentence_bounds(context, size.start) in sentences)
        for size in every_size
    )


def _measures_two_ways(context: ArticleContext) -> Iterator[Finding]:
    """One thing's measure stated twice, the two beyond each other's rounding: "the bridge
    is 412 metres long" and "the 450-metre bridge"."""
    body = context.article.body
    measures = _things_named_back(context, measured_things(context))
    measures = [m for m in measures if _stable_span(context, m.start, m.end, _MEASURE_CHANGES)]
    for index, later in enumerate(measures):
        for earlier in measures[:index]:
            if not same_measure(earlier, later):
                continue
            if earlier.low <= later.high and later.low <= earlier.high:
                continue
            if sentence_bounds(context, earlier.start) == sentence_bounds(context, later.start):
                continue
            yield _measure_finding(context, body, earlier, later)
            break


def _measure_finding(
    context: ArticleContext, body: str, earlier: Measure, later: Measure
) -> Finding:
    first, second = body[earlier.start : earlier.end], body[later.start : later.end]
    message = (
        f"'{second}' but '{first}' in {where(context, earlier.start)}: one {later.thing}'s "
        f"measure given two ways"
    )
    evidence = {
        "other": {"text": first, "start": earlier.start, "end": earlier.end},
        "thing": later.thing,
        "ranges": [[earlier.low, earlier.high], [later.low, later.high]],
    }
    return make_finding(context, "CC106", message, later.start, later.end, evidence)


def _statements(context: ArticleContext) -> list[Size]:
    """The figures read as a whole group's size: what the coverage report counts as
    examined by this check."""
    return [size for size in group_sizes(context) if size.total and not size.part]


def _placed(later: Size, earlier: Size) -> Size:
    """ "All 17 people aboard" after "14 people were aboard the yacht": every one aboard
    the place named before, which the later figure leaves unsaid."""
    if later.every and later.located and not later.group.owner and earlier.group.owner:
        return replace(later, group=replace(later.group, owner=earlier.group.owner))
    return later


def _read_together(context: ArticleContext, earlier: Size, later: Size) -> tuple[Size, Size]:
    """The two sizes with what each says of the other's group filled in."""
    later = _placed(later, earlier)
    if earlier.located:
        earlier = _aboard_owner(context, earlier, later)
    later = _every_of_subject_group(context, later, earlier)
    if later.pronoun_owned:
        later = _owned_by_pronoun(later, earlier, context)
    return earlier, later


def _aboard_owner(context: ArticleContext, earlier: Size, later: Size) -> Size:
    """ "The ship sank with 12 sailors aboard" and "the ship's 15 sailors": those aboard a
    thing its sentence names are that thing's own, all of them."""
    if not earlier.located or earlier.group.owner or earlier.part or earlier.restricted:
        return earlier
    owner = later.group.owner or later.group.collective
    if not owner or not later.total or owner in ("its", "their"):
        return earlier
    body = context.article.body
    start, end = sentence_bounds(context, earlier.start)
    if not _NAMES_A_PLACE.search(body, start, earlier.start):
        # "The barge ran aground. Aboard were 40 pilgrims.": the vessel the sentence
        # before names.
        last = len(body[:start].rstrip()) - 1
        previous = sentence_bounds(context, last) if last >= 0 else (start, end)
        start = previous[0] if previous[1] <= start else start
    named = re.search(
        rf"\b(?:the|its|their)\s+(?:[a-z]+\s+)?{re.escape(owner)}\b", body[start:end], re.I
    )
    if named is None:
        return earlier
    group = replace(earlier.group, owner=later.group.owner, collective=later.group.collective)
    return replace(earlier, group=group, total=True)


def _every_of_subject_group(context: ArticleContext, later: Size, earlier: Size) -> Size:
    """ "Twelve climbers set out ... all 14 climbers of the team": a plain count opening its
    sentence names the group the story is about, which a later count of every member may
    name by its owner; the owner then sets the later figure apart from nothing."""
    if not (later.every and later.group.owner) or earlier.group.owner or earlier.group.collective:
        return later
    if earlier.part or earlier.restricted or earlier.group.noun != later.group.noun:
        return later
    sentence_start = sentence_bounds(context, earlier.start)[0]
    if context.article.body[sentence_start : earlier.start].strip(" \"“'("):
        return later
    return replace(later, group=replace(later.group, owner=""))


def _within_hedge(earlier: Size, later: Size) -> bool:
    """ "about 1,500 nurses" and "1,400 nurses": a hedged figure covers one this near; "more
    than 5,000 members" covers any figure above it (and one a hedge away below it)."""
    if earlier.bound or later.bound:
        return _within_bound(earlier, later)
    if not (earlier.approximate or later.approximate):
        return False
    low, high = sorted((earlier.value, later.value))
    return high < _HEDGE_RATIO * low


def _within_bound(earlier: Size, later: Size) -> bool:
    """Whether a bound ("more than 5,000", "fewer than 40") allows the other figure: one on
    its open side does, or one a hedge's reach away when that one is hedged; two bounds are
    not compared."""
    if earlier.bound and later.bound:
        return True
    bounded, other = (earlier, later) if earlier.bound else (later, earlier)
    reach = _HEDGE_RATIO if other.approximate else 1.0
    if bounded.bound == "above":
        return other.value * reach >= bounded.value
    return other.value <= bounded.value * reach


def _may_be_both_sizes(earlier: Size, later: Size) -> bool:
    """What `_both_sizes` asks of two sizes read together, on what reading them together
    leaves as it is (their values and words; a size aboard may become a whole group's): a
    quick test before the reading itself. A later size owned by a pronoun and not yet read
    with an earlier one's owner is read with every earlier one (the reading is kept)."""
    if earlier.every or later.every:
        return True
    if later.pronoun_owned and not (later.group.owner or later.group.collective):
        return True
    if later.total and (earlier.total or earlier.located):
        return True
    if not (earlier.definite or later.definite):
        return False
    low, high = min(earlier.value, later.value), max(earlier.value, later.value)
    return low >= _SMALLEST_RESTATED and high <= _NEAR_RATIO * low


def _earlier_candidates(sizes: list[Size]) -> Callable[[int], Iterable[int]]:
    """The positions of the sizes before each one that `_may_be_both_sizes` may let through
    with it, in order, from lists made once (a long article's sizes are not all paired):
    those counting every member, the whole groups and those aboard (for a whole group), and
    those of a near value (one of them "the"). All of them for a size counting every member
    or owned by a pronoun, whose reading with the earlier ones may change it."""
    every = [i for i, size in enumerate(sizes) if size.every]
    whole = [i for i, size in enumerate(sizes) if size.total or size.located]
    by_value = sorted((size.value, i) for i, size in enumerate(sizes))
    definite = [(value, i) for value, i in by_value if sizes[i].definite]
    values, definite_values = [pair[0] for pair in by_value], [pair[0] for pair in definite]
    ordered = all(not math.isnan(value) for value in values)

    def candidates(index: int) -> Iterable[int]:
        later = sizes[index]
        if later.every or later.pronoun_owned or not ordered:
            return range(index)
        found = set(every[: bisect_left(every, index)])
        if later.total:
            found.update(whole[: bisect_left(whole, index)])
        if later.value >= _SMALLEST_RESTATED:
            # (a window a little wider than the ratio: the exact test follows)
            pool, keys = (by_value, values) if later.definite else (definite, definite_values)
            low = bisect_left(keys, later.value / _NEAR_RATIO * (1 - 1e-9))
            high = bisect_right(keys, later.value * _NEAR_RATIO * (1 + 1e-9))
            found.update(i for _value, i in pool[low:high] if i < index)
        return sorted(found)

    return candidates


def _both_sizes(first: Size, second: Size) -> bool:
    """Both figures give the whole group's size; or one counts every member ("all 15
    sailors") and the other counts those in a place ("with 12 sailors aboard")."""
    if first.total and second.total:
        # "the two lifts" and "has 61 lifts": sizes this far apart name two groups unless
        # one counts every member.
        near = max(first.value, second.value) <= _FAR_RATIO * min(first.value, second.value)
        return near or first.every or second.every
    if (first.every and second.located) or (second.every and first.located):
        return True
    # "Police held 14 protesters ... all 19 protesters were freed": every member of the
    # group a plain count named before, said of nothing narrower ("all 19 protesters on
    # the list" may be another group).
    earlier, later = (first, second) if first.start < second.start else (second, first)
    if (
        later.every
        and not earlier.part
        and not earlier.restricted
        and _narrower_or_same(earlier.group, later.group)
    ):
        return True
    # "Police held 31 protesters ... the 36 protesters were freed": the group a plain count
    # named before, referred back to with "the". A figure far from the first may count the
    # whole crowd the first was taken from, so only near figures are compared.
    return later.definite and not earlier.total and not earlier.part and _restated(earlier, later)


def _narrower_or_same(earlier: Group, later: Group) -> bool:
    """ "Police held 12 sailors from the vessel ... all 15 sailors": the later count of
    every member says nothing the earlier one does not (it may leave out whose they are).
    Not "three striking union branches ... each of the five branches": a state said of the
    earlier ones only may hold for some of the later group."""
    extra = earlier.modifiers - later.modifiers
    return (
        (same_kind(earlier.noun, later.noun) or named_generally(earlier.noun, later.noun))
        and later.owner in ("", earlier.owner)
        and later.collective in ("", earlier.collective)
        and later.modifiers <= earlier.modifiers
        and not any(_describes_state(frozenset((word,))) for word in extra)
    )


def _restated(earlier: Size, later: Size) -> bool:
    """ "the 23 miners" after "23 miners" or "the 27 miners": the same noun referred back to
    with "the", the figures near each other; not "the 16 films competing in ...", which
    names its own group by the phrase after it."""
    return (
        later.definite
        and not later.restricted
        and not earlier.restricted
        and _describes_state(later.group.modifiers - earlier.group.modifiers)
        and min(earlier.value, later.value) >= _SMALLEST_RESTATED
        and (
            same_kind(earlier.group.noun, later.group.noun)
            or named_generally(earlier.group.noun, later.group.noun)
        )
        # "the 165 workers at the depot" names its own group rather than referring back.
        and later.group.owner in ("", earlier.group.owner)
        and later.group.collective in ("", earlier.group.collective)
        and max(earlier.value, later.value) <= _NEAR_RATIO * min(earlier.value, later.value)
    )


def _restated_in_aside(body: str, earlier: Size, later: Size) -> bool:
    """ "The 12-member board, whose 15 members ...", "the choir, numbering 40 singers, sent
    all 46 of its singers": the group's size said again in an aside or a clause about the
    group itself, one sentence holding both."""
    between = body[earlier.end : later.start]
    # "The 12 wagons of the train, 15 wagons in all, ...": an aside of its own giving every
    # member's count right after the group.
    every_in_aside = later.every and bool(_OPENS_ASIDE.fullmatch(between))
    return (
        (bool(_ASIDE_ABOUT_GROUP.match(between)) or every_in_aside)
        and (earlier.group.anchored or later.group.anchored)
        and not earlier.part
        and not later.part
    )


def _restated_in_clause(body: str, earlier: Size, later: Size) -> bool:
    """ "The 12-member crew was rescued, and all 15 crew members were flown out": a clause
    of its own saying the whole group's size again, tied to the first by the group word or
    the owner, or counting every member. Not "12 sailors were rescued and 15 sailors were
    missing" (counts of some of them), nor a comparison ("than", "of them")."""
    between = body[earlier.end : later.start]
    if len(between) > _CLAUSE_GAP or not _NEW_CLAUSE.search(between):
        return False
    if _CONTRAST_BETWEEN.search(between):
        return False
    if earlier.part or later.part or not (earlier.total and later.total):
        return False
    return later.every or (earlier.group.anchored and later.group.anchored)


def _subgrouped_nouns(body: str, every_size: list[Size], kept_sizes: list[Size]) -> set[str]:
    """Nouns the article also counts in subgroups ("two of five locals", "the other three
    locals"): a bare count of them may be one of those subgroups."""
    kept = {id(size) for size in kept_sizes}
    return {
        size.group.noun
        for size in every_size
        if id(size) not in kept or _SOME_OF.search(body, max(0, size.start - 40), size.start)
    }


def _maybe_a_subgroup(earlier: Size, later: Size, subgrouped: set[str]) -> bool:
    """A noun the article also counts in subgroups, and no group word or owner on both
    figures to say they count the whole group. A subgroup is never larger than the group it
    is taken from: a count above an owner's whole group ("all but three of the freighter's
    37 crew" and "the 43 crew") is no subgroup of it."""
    if earlier.total and earlier.group.anchored and later.value > earlier.value:
        return False
    return later.group.noun in subgrouped and not (earlier.group.anchored and later.group.anchored)


def _small_and_unanchored(earlier: Size, later: Size) -> bool:
    """ "The three banks are Alder, Birch and Cedar ... the two banks": "the" before a count this
    small, with no owner or group word, often picks out some of the members just listed."""
    return (
        earlier.definite
        and later.definite
        and not (earlier.group.anchored or later.group.anchored)
        and min(earlier.value, later.value) < _SMALLEST_RESTATED
    )


def _describes_state(words: frozenset[str]) -> bool:
    """ "the 27 trapped miners" after "23 miners": words of a state the group is in, not
    of a kind that picks out some of them ("the four Atlas class ships" after "six
    vessels")."""
    return all(word.endswith(("ed", "ing")) or word in IRREGULAR_PAST for word in words)


def _named_back(context: ArticleContext, sizes: list[Size]) -> list[Size]:
    """ "Police held 31 protesters. All 36 were freed.": a sentence opening with "all N"
    and no noun sizes the group of the last figure of the sentence before; with no such
    figure it is dropped."""
    named: list[Size] = []
    for size in sizes:
        if not size.refers_back:
            named.append(size)
            continue
        start = sentence_bounds(context, size.start)[0]
        previous = named[-1] if named else None
        if previous is None or previous.refers_back or not previous.group.noun:
            continue
        if previous.start >= size.start:
            continue
        if previous.start < start and sentence_bounds(context, previous.start)[1] < start - 2:
            continue  # only the sentence before, or an earlier clause of this one
        named.append(replace(size, group=previous.group))
    return named


def _owned_by_pronoun(later: Size, earlier: Size, context: ArticleContext) -> Size:
    """ "The jury, which has 12 members, ... Its 14 members": a size owned by "its" or
    "their" in the sentence after the earlier one belongs to the group named there."""
    group = later.group
    if not later.pronoun_owned or group.owner or group.collective:
        return later
    if sentence_bounds(context, earlier.start)[1] < sentence_bounds(context, later.start)[0] - 2:
        return later
    owned = replace(group, owner=earlier.group.owner, collective=earlier.group.collective)
    return replace(later, group=owned)


def _by_every(first: Size, second: Size) -> bool:
    """Tied by a count of every member ("all 15 sailors", "each of the 15 sailors"), which
    names the whole group the other figure sizes, or only by "all" and a place ("with 12
    sailors aboard" ... "all 15 sailors"); not "all 15 sailors it hired", some of them."""
    every = (first.every and not first.restricted) or (second.every and not second.restricted)
    return every or not (first.total and second.total)


def _stable(context: ArticleContext, size: Size) -> bool:
    return _stable_span(context, size.start, size.end)


def _stable_span(
    context: ArticleContext,
    start: int,
    end: int,
    changes: re.Pattern[str] | None = None,
    now_changes: bool = True,
) -> bool:
    """No word near the figure lets it change ("the board, expanded to 11, ..."); with
    `now_changes` false, a "now" before the figure is not read as one."""
    sentence_start, sentence_end = sentence_bounds(context, start)
    low, high = max(sentence_start, start - _CHANGE_REACH), min(sentence_end, end + _CHANGE_REACH)
    body = context.article.body
    # (matched to the sentence's end, so that the words after a change word near the edge of
    # the reach are read whole: "will join the strike" is no change, "will join the" may be)
    for change in (changes or _CHANGE_WORDS).finditer(body, low, sentence_end):
        if change.start() >= high:
            break
        if not _DESCRIBES_MEMBERS.search(body, max(low, change.start() - 12), change.start()):
            return False
    if changes is not None:
        return True
    # Read before the figure and in its own words ("now 12", "12 new members"); after its
    # noun only a rate or a distributive ("12 sailors per boat", "carried 12 sailors each"):
    # "15 climbers are now resting", "have since returned" say nothing of the group's size.
    near_low = max(sentence_start, start - _NEAR_BEFORE)
    if any(
        now_changes or word.group(0).lower() != "now"
        for word in _NEAR_CHANGE_WORDS.finditer(body, near_low, end)
    ):
        return False
    near_high = min(sentence_end, end + _NEAR_AFTER)
    after = _RATE_AFTER if _NOUN_IN.search(body, start, end) else _NEAR_CHANGE_WORDS
    return after.search(body, end, near_high) is None


def _kept_sizes(context: ArticleContext, every_size: list[Size]) -> tuple[list[Size], set[int]]:
    """The sizes no word near them lets change, and the starts of those among them kept
    only because a "now" before the figure is not read as a change ("the club now numbers
    37": a size said to hold today, read against sizes the article states in the present
    alone, since it may have changed after one told in the past)."""
    kept: list[Size] = []
    current_only: set[int] = set()
    for size in every_size:
        if size.part:
            continue
        if _stable(context, size):
            kept.append(size)
        elif _stable_but_for_now(context, size):
            kept.append(size)
            current_only.add(size.start)
    return kept, current_only


def _changed_since(
    context: ArticleContext, earlier: Size, later: Size, current_only: set[int]
) -> bool:
    """Whether one size is said to hold "now" and the other's sentence tells of the past."""
    return any(
        size.start in current_only and _tells_of_the_past(context, other)
        for size, other in ((earlier, later), (later, earlier))
    )


def _stable_but_for_now(context: ArticleContext, size: Size) -> bool:
    """Stable but for a "now" right before the figure ("now numbers 37", "now has 37")."""
    return _stable_span(context, size.start, size.end, now_changes=False)


# Signs that a sentence tells of a past state: a past or perfect verb, a year, a time ago.
_PAST_SIGNS = compile_pattern(
    r"\b(?:was|were|had|did|used\s+to|ago|last|former(?:ly)?|then|until|once|when|before|"
    r"(?:19|20)\d\d|[a-z]{2,}ed)\b",
    re.I,
)


def _tells_of_the_past(context: ArticleContext, size: Size) -> bool:
    """Whether the sentence of a size shows a past time or a past verb anywhere: words
    before its figure and after it ("Its 45 members met", "in 2010 it had 45")."""
    start, end = sentence_bounds(context, size.start)
    body = context.article.body
    return _PAST_SIGNS.search(body, start, end) is not None or any(
        word in IRREGULAR_PAST for word in body[start:end].lower().split()
    )


def _things_named_back(context: ArticleContext, measures: list[Measure]) -> list[Measure]:
    """ "The 450-metre bridge opened in 1998. It is 412 metres long.": "it" is the thing
    measured in the sentence before; with no such measure the figure is dropped."""
    named: list[Measure] = []
    for measure in measures:
        if measure.thing != PRONOUN_THING:
            named.append(measure)
            continue
        previous = named[-1] if named else None
        start = sentence_bounds(context, measure.start)[0]
        if previous is None or sentence_bounds(context, previous.start)[1] < start - 2:
            continue
        if previous.start >= start:
            continue  # "it" in the same sentence names something else
        named.append(replace(measure, thing=previous.thing))
    return named


_BOUND_SAID = {"": "", "above": "more than ", "below": "fewer than "}


def _finding(context: ArticleContext, earlier: Size, later: Size) -> Finding:
    body = context.article.body
    first, second = body[earlier.start : earlier.end], body[later.start : later.end]
    group = later.group
    message = (
        f"'{second}' but '{first}' in {where(context, earlier.start)}: one group given as "
        f"{_BOUND_SAID[earlier.bound]}{message_number(earlier.value)} and as "
        f"{_BOUND_SAID[later.bound]}{message_number(later.value)}"
    )
    evidence = {
        "other": {"text": first, "start": earlier.start, "end": earlier.end},
        "values": [earlier.value, later.value],
        "group": {
            "noun": group.noun,
            "collective": group.collective,
            "owner": group.owner,
            "modifiers": sorted(group.modifiers),
        },
    }
    return make_finding(context, "CC106", message, later.start, later.end, evidence)
