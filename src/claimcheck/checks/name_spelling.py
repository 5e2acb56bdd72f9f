"""CC107 name-spelled-two-ways: a proper name written in two near-identical forms."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from claimcheck.checks.helpers import make_finding, where
from claimcheck.checks.known_spellings import STORY_COUNTS
from claimcheck.checks.name_layout import Layout
from claimcheck.checks.names_lexicon import (
    COMMON_CAPITALIZED,
    KNOWN_DISTINCT_NAMES,
    ORGANIZATION_WORDS,
    TITLES,
)
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.extract.patterns import compile_pattern
from claimcheck.records import Finding, Severity

# Letters joined by inner apostrophes (O'Neill); hyphens split ("Lukashenko-led").
_WORD = compile_pattern(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Where _WORD's words start (after no letter, nor after a letter and an apostrophe, which
# _WORD would have taken into the word before), unless with a small ASCII letter.
# (The first letter is matched before the look-behinds are tried: most places fail there.)
_WORD_NOT_SMALL = compile_pattern(
    r"[^\W\d_a-z](?<![^\W\d_].)(?<![^\W\d_]['’].)[^\W\d_]*(?:['’][^\W\d_]+)*"
)
_ASCII_CAPITALIZED_WORD = compile_pattern(r"[A-Z](?<![A-Za-z].)[A-Za-z]*(?:'[A-Za-z]+)*")
_LOWER_ASCII_WORD = compile_pattern(r"[a-z](?<![A-Za-z].)(?<![A-Za-z]'.)[a-z]*(?![A-Za-z])")
_POSSESSIVES = frozenset({"'s", "'S", "’s", "’S"})
_SENTENCE_END = frozenset(".!?:;")
_OPENING = frozenset("\"'“‘([{—–-*#>_ \t")
# An initial before a surname ("M Horan", "J. Smith") tells people apart like a first name.
_INITIAL = compile_pattern(r"(?<![\w.])([A-Z])\.?\s+$")
# Half of a hyphenated name ("Chi-Cheng"), or a name joined to a number: a vessel's, an
# aircraft's or a model's designation ("the tanker Arvand-3"), another name than the place.
_HYPHENATED_NAME = compile_pattern(r"[-‐][A-Z0-9]")
_NAMED_USE = compile_pattern(
    r"['’]s\b|,\s+(?:the|a|an|who|whose|which)\s|\s+(?:said|says|told|added|adds|declined|"
    r"denied|confirmed|argued|insisted|wrote|warned|announced|reported|has|had|is|was)\b|"
    r" [A-Z][a-z]"
)
# "Upton Park", "Clare College": a name that is part of a place's or body's name.
_NEXT_WORD = compile_pattern(r" ([^\W\d_]+(?:['’][^\W\d_]+)*)")
_WORD_BEFORE = compile_pattern(r"(?<![\w'’-])([^\W\d_]+(?:['’][^\W\d_]+)*) $")
# The word before, across a line break (wire copy wraps lines inside a firm's name).
_NAME_WORD_BEFORE = compile_pattern(r"(?<![\w'’-])([^\W\d_]+(?:['’][^\W\d_]+)*)\s+$")
_WORD_REACH = 40
_NOT_PERSON_WORDS = COMMON_CAPITALIZED | ORGANIZATION_WORDS
# Shortest name (in letters) compared at all, and the longer of a pair; shorter names
# collide by chance too often.
_MIN_LENGTH = 5
_MIN_PAIR_LENGTH = 5
# Word endings of English derivations ("American"/"Americus", "Community"/"Communist",
# "Arabia"/"Arabic"): two words that differ only in such endings are different words, not
# one name misspelled.
_ENGLISH_ENDING_WORDS = (
    "an ian ia us al ial ty ity ist ism ic ics ed er ers es ing ion ions ive ure ese ish ment "
    "ness ly or ors ies ent ency ant ancy man men"
)
_ENGLISH_ENDINGS = frozenset(_ENGLISH_ENDING_WORDS.split())
# Letters that plural and people's endings are made of ("-s", "-ns", "-ys", "-es").
_INFLECTION_LETTERS = frozenset("aeiouyns")
# Endings that make a woman's and a man's first name of one family ("Maria", "Mario";
# "Daniela", "Daniele").
_GENDERED_ENDINGS = ({"a", "o"}, {"a", "e"})
# A word this short whose last letter changes is another word ("Shell", "Shelf").
_SHORT_WORD = 5
# A spelling this many times as frequent as another (and seen at least this often) is the
# article's usual one; the other is then probably a slip even without a first name shared.
_MAJORITY = 2
# A tie the article cannot settle is settled by other copy when one spelling is written in
# at least this many other stories and in at least this many times as many as the other
# (a spelling in one story at most counted as one). Counted on the development copy: a
# spelling in two to four stories is as often a slip repeated ("Activison" in two,
# "Activision" in one) as a name, and real names one letter apart share the stories up to
# about five to one ("Rogers" and "Rodgers", "Olson" and "Olsen", "Walter" and "Walters").
_OTHER_COPY_MINIMUM = 5
_OTHER_COPY_RATIO = 5
# A different first letter is seldom a typing slip: only in names this long, of a person,
# or in longer ones written once each way.
_FIRST_LETTER_MIN_LENGTH = 6
_FIRST_LETTER_TIE_LENGTH = 7
# At most this many findings per article, so one odd article cannot flood the report.
_MAX_FINDINGS = 10


@dataclass(slots=True)
class _Form:
    """One spelling of a capitalized word and where it occurs."""

    spelling: str
    folded: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    # Whether each occurrence opens a sentence.
    initials: list[bool] = field(default_factory=list)
    mid_sentence: int = 0
    # First names and initials written before it, and surnames written after it (folded).
    first_names: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    # Occurrences followed by a word naming a place or body ("Upton Park", "Clare College"),
    # and by another name ("Kevin Donnellon": used as a first name).
    in_institution: int = 0
    # The words right before occurrences inside such names ("Liberty" of "Liberty Financial
    # Group"), folded: the rest of the name.
    institution_words: set[str] = field(default_factory=set)
    before_name: int = 0
    # Where it follows a title ("President Reagan", "Mr Brown").
    titled: list[int] = field(default_factory=list)
    # Its letters begin a word the article writes in lower case ("Games" and "gamers"): a
    # word of the language, capitalized, rather than a name.
    word_stem: bool = False
    # Occurrences standing alone: no name word right before it or right after it (not a
    # word of a longer name, "Banco Lusitano", "Lusitano Holdings").
    alone: int = 0

    @property
    def first_name_only(self) -> bool:
        return self.before_name == len(self.spans)


@dataclass(frozen=True, slots=True)
class _Slip:
    """A spelling judged a slip of another, and how sure the judgement is."""

    rare: _Form
    common: _Form
    distance: int
    severity: Severity
    # Occurrences counted once per distinct paragraph (a repeated live-blog paragraph once).
    rare_count: int
    common_count: int
    # Why the two spellings are taken for one name: "same person" (a first name shared,
    # or a name given in full and then alone), "usual spelling" (one far more frequent)
    # or "typing slip" (a letter dropped, doubled or two swapped, nothing else to go on).
    basis: str
    # Why the finding points at `rare`: "rarer" (written less often), "known place or
    # people" or "established spelling" (a tie settled by what the other spelling is), or
    # "tie" (written as often, nothing to go on: the later one is pointed at, not judged).
    pointed_by: str


@register("CC107")
def check_name_spellings(context: ArticleContext) -> Iterator[Finding]:
    """Flags a proper name spelled two ways, pointing at the rarer spelling.

    Why: a misspelled name on second or third reference ("Lushenko" among eight
    "Lukashenko") is a correction waiting to happen and hard to see when proofreading.
    How: capitalized words seen mid-sentence and never in lower case are compared when they
    are one edit apart anywhere in the word (a letter changed, dropped, doubled or two
    swapped; two edits for names of eight letters or more), found through shared deletion
    variants so hundreds of names stay fast. A pair is one name spelled two ways when
    the article says so: a first name shared, a name introduced in full and then written
    alone (only after it: a spelling already in use before is no second reference), or
    one spelling used at least twice as often as the other (an initial matches its first
    name: "Halvard Okafor" and "H. Ikafor"). A different first letter needs the name given
    in full, either spelling first, or a clear majority (a five-letter name: a first name
    written out before the usual spelling, "Halvard Varga" ... "Dr Warga"); a changed
    ending (Compagnia/Compagnie, Agriculture/Agricultural) needs a first name, and so does
    a land's name beside a word made from it (Arabia/Arabic), even after "Saudi Arabia".
    The finding names every spelling and where each appears, and points at the rarer one
    (at a tie: not a known place or people written once beside a look-alike written once
    and naming no person, "Chilen" and "Chilean"; not a spelling news copy has
    established, written in five or more other Reuters and BBC stories and in at least
    five times as many as the other, "Barlcays" and "Barclays", which the message says
    with both counts when each is written elsewhere; else the later, the message saying
    the article writes each as often and other copy does not tell them apart, so either
    may be the slip);
    it does not say which is right. What other stories show moves the pointer only: a
    pair is reported when it would be read the tie's way. A spelling one edit from
    several others is paired with the one used alike (each standing alone, or each a
    word of a longer name: not the group's "Grupo Chilan" for a lone "Chilen"), then a
    known place or people, then the more frequent, then the nearer. One finding per
    spelling, however often a paragraph is repeated (repeated paragraphs count once).
    Level: a warning; info when the rarer spelling only appears in quoted speech, an
    embedded post, an agency's paragraph ("AFP reports: ..."), a caption or the agency's
    sign-off closing the copy ("... holders. Reuter"), which may spell a name their own way;
    info too when one spelling is brought in by a title alone and the other only later,
    with a first name ("Governor Marwick" ... "Odile Markwick": a second person, more
    likely than a slip, which seldom comes with a first name).
    Not flagged: different first names or initials (Maria and Mario Castellano, M Horan
    and S Horgan); places, peoples, months and days that look alike (Austria/Australia,
    Iran/Iraq); names in lists such as team sheets and fixtures, when both spellings are
    listed; a shortened name in a row of a table of figures ("Amarlo/ Lubbck 1.84 --");
    a first name beside a surname one letter apart; a name beside its translation in
    parentheses; two spellings in one sentence with nothing else to go on; words of two
    firms' names with nothing else to go on ("Kobeya Baking Co", "Sumitomo Trust and
    Banking Co"); one spelling introduced with a first name and the other only by a title,
    each named again ("Donald Regan" ... "President Reagan": two people); a name joined to
    a number by a hyphen (a vessel or a model: "the tanker Arvand-3" beside "Arvand").
    Known limits: the right spelling is not known (a rule set of people can name it);
    two real people with near-identical surnames and no first names given, each named
    several times, can be flagged.
    """
    body = context.article.body
    look_alikes = _look_alike_names(body)
    if not look_alikes:
        return  # most articles: no two capitalized words near enough to compare
    forms, lower_words = _collect_forms(body, _sentence_starts(context), look_alikes)
    candidates = [form for form in forms.values() if _is_name_like(form, lower_words)]
    # A spelling seen only at sentence starts may be an ordinary word ("Tracing", "Trading"),
    # but next to a person's surname ("Elena Kowalczyk") a look-alike opening a sentence
    # ("Kowalcyk said ...") is the surname misspelled on second reference.
    openers = [form for form in forms.values() if _is_sentence_opener_only(form, lower_words)]
    pairs = list(_candidate_pairs(candidates + openers))
    if not pairs:
        return
    compared = {id(form): form for pair in pairs for form in pair}
    ordered_lower_words = sorted(lower_words)
    for form in compared.values():
        _describe(body, form)
        form.word_stem = _stem_of_a_word(form, ordered_lower_words)
    # A spelling used as a name at a sentence start is no longer only an opener.
    opener_ids = {id(form) for form in compared.values() if not form.mid_sentence}
    layout = Layout(context)
    slips = _slips(pairs, opener_ids, layout)
    findings = [_finding(context, slip, layout) for slip in slips]
    findings.sort(key=lambda finding: finding.start)
    yield from findings[:_MAX_FINDINGS]


def _look_alike_names(body: str) -> set[str]:
    """The capitalized spellings (folded) near enough to another to be compared: the
    distinct words found in one pass, without where each stands, less those that cannot
    be names. Only these are then read occurrence by occurrence (`_collect_forms`); the
    words it reads are a subset of those found here, so no pair is lost."""
    if body.isascii():
        # Every word `_collect_forms` reads and a few more (after "d'" or a digit), found
        # by a simpler pattern; each opens with a capital, so a small letter after it
        # makes it capitalized.
        words = {
            word[:-2] if word[-2:] in _POSSESSIVES else word
            for word in _ASCII_CAPITALIZED_WORD.findall(body)
        }
        folded = {
            word.lower()
            for word in words
            if len(word) >= _MIN_LENGTH - 1 and word[1:] != word[1:].upper()
        }
    else:
        words = {
            word[:-2] if word[-2:] in _POSSESSIVES else word
            for word in _WORD_NOT_SMALL.findall(body)
        }
        folded = {_fold(word) for word in words if word[0].isupper() and _is_capitalized(word)}
        folded = {name for name in folded if len(name) >= _MIN_LENGTH - 1}
    folded -= COMMON_CAPITALIZED
    if len(folded) < 2:
        return set()
    names = list(folded)
    variant_sets = [_deletion_variants(name, _depth(name)) for name in names]
    shared = _shared_variants(variant_sets)
    if not shared:
        return set()
    return {
        name
        for name, variants in zip(names, variant_sets, strict=True)
        if not shared.isdisjoint(variants)
    }


def _sentence_starts(context: ArticleContext) -> set[int]:
    return {start for start, _ in context.sentences}


def _fold(word: str) -> str:
    if word.isascii():
        return word.lower()  # nothing to decompose: most names of an English text
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _collect_forms(
    body: str, sentence_starts: set[int], look_alikes: set[str]
) -> tuple[dict[str, _Form], set[str]]:
    """Capitalized spellings among `look_alikes` with their occurrences, and the words
    written in lower case.
    Only where each occurrence stands is read here; what surrounds it is read later, for
    the few spellings that have a look-alike (`_describe`)."""
    # Most words: no possessive to strip for the lower-case test ("dog's" is lower).
    if body.isascii():
        # Words of small letters between non-letters, found in one pass in C ("dog" of
        # "dog's"; "don" of "don't": no name is a word that short).
        lower_words = set(_LOWER_ASCII_WORD.findall(body))
    else:
        lower_words = {
            word[:-2] if word[-2:] in _POSSESSIVES else word
            for word in _WORD.findall(body)
            if not word[0].isupper() and word.islower()
        }
    forms: dict[str, _Form] = {}
    # Whether each spelling is a capitalized look-alike, decided once per spelling.
    wanted: dict[str, bool] = {}
    # The same words as _WORD finds, less those opening with an ASCII small letter: most of
    # an article's words need not be looked at one by one for its names.
    for match in _WORD_NOT_SMALL.finditer(body):
        word = match.group()
        if word[-2:] in _POSSESSIVES:
            word = word[:-2]
        keep = wanted.get(word)
        if keep is None:
            keep = wanted[word] = (
                word[0].isupper() and _is_capitalized(word) and _fold(word) in look_alikes
            )
        if not keep:
            continue
        start = match.start()
        end = start + len(word)
        if (start and body[start - 1] in "-‐") or _HYPHENATED_NAME.match(body, end):
            # Half of a hyphenated name ("Chang Chi-Cheng", "Spider-Man") is a syllable of
            # it, easily near-identical to another name's; the whole name is not compared,
            # nor a designation made of a name and a number (a ship "Arvand-3").
            continue
        form = forms.get(word)
        if form is None:
            form = forms[word] = _Form(word, _fold(word))
        form.spans.append((start, end))
        initial = start in sentence_starts or _follows_boundary(body, start)
        form.initials.append(initial)
        form.mid_sentence += not initial
    return forms, lower_words


def _describe(body: str, form: _Form) -> None:
    """What surrounds each occurrence: the first name, initial or title before it, the
    name or the word of a firm's or place's name after it, and whether one opening a
    sentence is used as a name ("Brennick said", "Brennick, the chief executive,",
    "Brennick's office", "Trelawny Holdings", "Halvard Brennick")."""
    person_word = form.spelling.lower() not in _NOT_PERSON_WORDS
    for (start, end), initial in zip(form.spans, form.initials, strict=True):
        following = _NEXT_WORD.match(body, end)
        after = following.group(1) if following else ""
        institution = after.lower() in ORGANIZATION_WORDS
        form.in_institution += institution
        if institution:
            word_before = _NAME_WORD_BEFORE.search(body, max(0, start - _WORD_REACH), start)
            form.institution_words.add(_fold(word_before.group(1)) if word_before else "")
        if initial and (institution or _NAMED_USE.match(body, end)):
            form.mid_sentence += 1
        if after and _is_capitalized(after) and after.lower() not in _NOT_PERSON_WORDS:
            form.surnames.add(_fold(after))
            form.before_name += 1
        name_before = _WORD_BEFORE.search(body, max(0, start - _WORD_REACH), start)
        form.alone += not (
            institution
            or (after and _is_capitalized(after))
            or (
                name_before is not None
                and _is_capitalized(name_before.group(1))
                and name_before.group(1).lower() not in COMMON_CAPITALIZED
            )
        )
        if not person_word:
            continue  # "Woolworth Corp", "the Vasquel Foundation": no first name
        before = _WORD_BEFORE.search(body, max(0, start - _WORD_REACH), start)
        if before is not None and _is_capitalized(before.group(1)):
            word = before.group(1).lower()
            if word in TITLES:
                form.titled.append(start)
            elif word not in COMMON_CAPITALIZED:
                form.first_names.add(_fold(before.group(1)))
        elif letter := _INITIAL.search(body, max(0, start - 4), start):
            form.first_names.add(letter.group(1).lower())


def _stem_of_a_word(form: _Form, ordered_lower_words: list[str]) -> bool:
    """Whether a word in lower case opens with the spelling's stem ("Games": "gamers"); the
    words sorted, the first one not below the stem is the only one to look at."""
    stem = form.folded[:-1] if form.folded.endswith("s") else form.folded
    if len(stem) < _MIN_LENGTH - 1:
        return False
    index = bisect_left(ordered_lower_words, stem)
    return index < len(ordered_lower_words) and ordered_lower_words[index].startswith(stem)


def _is_capitalized(word: str) -> bool:
    if len(word) < 2 or not word[0].isupper():
        return False
    rest = word[1:]
    if rest.isascii():
        return rest != rest.upper()  # a small letter among the rest, read in one pass
    return any(char.islower() for char in rest)


def _follows_boundary(body: str, start: int) -> bool:
    """True after a sentence end, a blank line or the start of the text (wrapped lines are
    not boundaries: newswire bodies break lines mid-sentence)."""
    index = start - 1
    newlines = 0
    while index >= 0 and (body[index] in _OPENING or body[index] in "\r\n"):
        newlines += body[index] == "\n"
        index -= 1
    return index < 0 or newlines >= 2 or body[index] in _SENTENCE_END


def _is_name_like(form: _Form, lower_words: set[str]) -> bool:
    # One letter shorter than the shortest name compared: a name of five letters with one
    # dropped ("Blair" written "Blir"), judged only against its usual spelling.
    if len(form.folded) < _MIN_LENGTH - 1 or form.mid_sentence == 0:
        return False
    return _not_a_common_word(form, lower_words)


def _not_a_common_word(form: _Form, lower_words: set[str]) -> bool:
    """A word the article also writes in lower case is an ordinary word ("Sign" / "sign",
    "Games" / "game")."""
    lower = form.spelling.lower()
    if lower in COMMON_CAPITALIZED or lower in lower_words:
        return False
    return not (lower.endswith("s") and lower[:-1] in lower_words)


def _is_sentence_opener_only(form: _Form, lower_words: set[str]) -> bool:
    if form.mid_sentence or len(form.folded) < _MIN_LENGTH:
        return False
    return _not_a_common_word(form, lower_words)


# ------------------------------------------------------------------- which spelling slipped


def _slips(pairs: list[tuple[_Form, _Form]], opener_ids: set[int], layout: Layout) -> list[_Slip]:
    """One slip per rare spelling (its likeliest right spelling), without spellings that
    are themselves the usual spelling of another slip.

    Spellings only seen opening a sentence are only compared with names introduced with
    a first name or used mid-sentence at least twice, and can only be the slip, never the
    established form."""
    best: dict[str, _Slip] = {}
    for first, second in pairs:
        first_opens, second_opens = id(first) in opener_ids, id(second) in opener_ids
        if first_opens or second_opens:
            established = second if first_opens else first
            if (first_opens and second_opens) or not (
                established.first_names or established.mid_sentence >= _MAJORITY
            ):
                continue
        slip = _judge(first, second, layout)
        if slip is None:
            continue
        if (first_opens or second_opens) and id(slip.rare) not in opener_ids:
            continue
        known = best.get(slip.rare.spelling)
        if known is None or _closer_partner(slip) > _closer_partner(known):
            best[slip.rare.spelling] = slip
    commons = {slip.common.spelling for slip in best.values()}
    return [slip for spelling, slip in best.items() if spelling not in commons]


def _known_beside_a_word(first: _Form, second: _Form) -> tuple[_Form, _Form] | None:
    """(rare, common) when one spelling is a known place or people and the other is not
    and names no person (no first name, title or following name): a misspelled place or
    people word ("Lusitanain" beside "Lusitanian"), not a surname ("Greene" and "Greece")."""
    for known, other in ((first, second), (second, first)):
        if (
            known.folded in KNOWN_DISTINCT_NAMES
            and other.folded not in KNOWN_DISTINCT_NAMES
            and not (other.first_names or other.titled or other.surnames)
        ):
            return other, known
    return None


def _closer_partner(slip: _Slip) -> tuple[bool, bool, int, int]:
    """How well a spelling fits as the rarer one's partner, when it is one edit from
    several ("Lusitanain" beside "Lusitanian" and the bank's "Lusitania"): one used alike
    (each standing alone, or each inside a longer name), then a known place or people
    spelled right, then the more frequent, then the nearer."""
    alike = (slip.rare.alone > 0) == (slip.common.alone > 0)
    known = slip.common.folded in KNOWN_DISTINCT_NAMES
    return (alike, known, slip.common_count, -slip.distance)


def _rare_and_common(
    first: _Form, second: _Form, count_a: int, count_b: int
) -> tuple[_Form, _Form, str]:
    """Which spelling is the slip, and why: the rarer; at a tie, the one beside a known
    place or people written once (a slip is seldom repeated: "Bolton" twice beside "Boston"
    twice is a club and a city), or the one other news copy writes far less often;
    otherwise the later, pointed at but not judged."""
    if count_a != count_b:
        return (first, second, "rarer") if count_a < count_b else (second, first, "rarer")
    known_tie = _known_beside_a_word(first, second) if count_a == 1 else None
    if known_tie is not None:
        return (*known_tie, "known place or people")
    established = _settled_by_other_copy(first, second)
    if established is not None:
        return (*established, "established spelling")
    later, earlier = (first, second) if first.spans[0] > second.spans[0] else (second, first)
    return later, earlier, "tie"


def _settled_by_other_copy(first: _Form, second: _Form) -> tuple[_Form, _Form] | None:
    """(rare, common) when other news copy writes one spelling in many stories and the
    other in far fewer: the established spelling is the name, the other the slip. Two
    spellings each written in many stories are two names ("Rodgers" and "Rogers"), which
    only a clear gap between them sets aside."""
    for usual, other in ((first, second), (second, first)):
        usual_stories = STORY_COUNTS.get(usual.folded, 0)
        other_stories = max(STORY_COUNTS.get(other.folded, 0), 1)
        if (
            usual_stories >= _OTHER_COPY_MINIMUM
            and usual_stories >= _OTHER_COPY_RATIO * other_stories
        ):
            return other, usual
    return None


def _judge(first: _Form, second: _Form, layout: Layout) -> _Slip | None:
    """The slip when two forms are one name spelled two ways; None when they are two."""
    distance = _slip_distance(first.folded, second.folded)
    if distance is None or _two_people(first, second):
        return None
    count_a, count_b = layout.count(first.spans), layout.count(second.spans)
    rare, common, pointed_by = _rare_and_common(first, second, count_a, count_b)
    if pointed_by == "established spelling":
        # What the other stories show settles which spelling a finding points at, never
        # whether there is one: the pair must be a slip read the tie's way too ("Cap
        # Haitien", a place's name, beside "Haitian" is none).
        later, earlier = (first, second) if first.spans[0] > second.spans[0] else (second, first)
        tie = _judged(later, earlier, "tie", distance, (count_a, count_b), layout)
        if tie is None:
            return None
        # ("Albert Schwatz" ... "Schwartz": a name given in full, then alone, ties the two
        # only read that way; the tie's finding stands, pointing at neither as wrong)
        return _judged(rare, common, pointed_by, distance, (count_a, count_b), layout) or tie
    return _judged(rare, common, pointed_by, distance, (count_a, count_b), layout)


def _judged(
    rare: _Form,
    common: _Form,
    pointed_by: str,
    distance: int,
    counts: tuple[int, int],
    layout: Layout,
) -> _Slip | None:
    """The slip of `rare` for `common` when the article's words allow it (`counts`: the
    two spellings' counts, either way round)."""
    rare_count, common_count = min(counts), max(counts)
    if min(len(rare.folded), len(common.folded)) < _MIN_LENGTH and not _short_slip(
        rare, common, rare_count, common_count
    ):
        return None
    if rare.word_stem and not rare.first_names & common.first_names:
        return None  # "Games" (and "gamers") beside "Gates": a word of the language
    if _other_kinds_of_name(rare, common) or layout.apart(rare.spans, common.spans):
        return None  # team sheets, a name and its translation, a first name and a surname
    if _titled_apart(rare, common, rare_count, layout):
        return None
    person = _same_person(rare, common)
    majority = common_count >= _MAJORITY and common_count >= _MAJORITY * rare_count
    if rare.folded[0] != common.folded[0] and not _first_letter_slip(
        rare, common, rare_count == common_count
    ):
        return None
    if not _looks_like_one_word(rare.folded, common.folded) and not (
        _named_alike(rare, common) if _land_and_its_word(rare.folded, common.folded) else person
    ):
        return None
    if person:
        basis = "same person"
    elif majority:
        basis = "usual spelling"
    elif _plausible_tie(rare, common, distance, layout):
        basis = "typing slip"
    else:
        return None
    # Spelled its own way in quoted or embedded text, or two introductions (a title, then
    # a first name): worth a look, not probably wrong.
    reproduced = layout.all_quoted(rare.spans)
    severity: Severity = "info" if reproduced or _introduced_apart(rare, common) else "warning"
    return _Slip(rare, common, distance, severity, rare_count, common_count, basis, pointed_by)


def _titled_apart(rare: _Form, common: _Form, rare_count: int, layout: Layout) -> bool:
    """Two people told apart by how they are introduced: the rarer spelling titled in a
    sentence naming the other ("Donald Regan, President Reagan's chief of staff"), or one
    spelling introduced with a first name and the other only ever by a title, each named
    again (a slip is seldom repeated: "Donald Regan" ... "President Reagan")."""
    if rare.titled and layout.share_a_sentence([(at, at) for at in rare.titled], common.spans):
        return True
    return rare_count >= _MAJORITY and any(
        bool(named.first_names) and not titled.first_names and bool(titled.titled)
        for named, titled in ((rare, common), (common, rare))
    )


def _introduced_apart(first: _Form, second: _Form) -> bool:
    """Two introductions: one spelling brought in by a title alone ("Governor Marwick"),
    never with a first name, and the other first written after it with a first name
    ("Odile Markwick"). Giving a first name introduces someone; a slip of a name already
    introduced seldom comes with one, so the pair is more likely two people."""
    return any(
        bool(titled.titled)
        and titled.titled[0] == titled.spans[0][0]
        and not titled.first_names
        and bool(named.first_names)
        and named.spans[0][0] > titled.spans[0][0]
        for titled, named in ((first, second), (second, first))
    )


def _first_letter_slip(rare: _Form, common: _Form, tie: bool) -> bool:
    """A different first letter is seldom a slip of the hand: short names that differ in
    it are usually two names ("Nelly"/"Kelly"), and two spellings of which one is used
    several times are two words ("Hollywood" once beside three "Bollywood"). A long name
    written once each way, or a person's name given in full and then written alone, may
    be one."""
    if len(rare.folded) < _FIRST_LETTER_MIN_LENGTH:
        # "Halvard Varga" ... "Ms Warga": a short name given with a first name (not an
        # initial: "R Kelly" and the singer "Nelly" are two), then written alone.
        return (
            len(rare.folded) >= _MIN_LENGTH
            and any(len(name) > 1 for name in common.first_names)
            and _same_person(rare, common, either_way=False)
        )
    if _same_person(rare, common):
        return True
    return tie and len(rare.folded) >= _FIRST_LETTER_TIE_LENGTH


def _short_slip(rare: _Form, common: _Form, rare_count: int, common_count: int) -> bool:
    """A four-letter spelling beside a five-letter one is compared only as a letter
    dropped from the usual spelling ("Blir" once among several "Blair") or from a name
    given in full before ("Teodor Varga" ... "Vaga")."""
    return (
        len(rare.folded) < _MIN_LENGTH <= len(common.folded)
        and _is_subsequence(rare.folded, common.folded)
        and rare_count == 1
        and (common_count >= _MAJORITY or _same_person(rare, common, either_way=False))
    )


def _other_kinds_of_name(rare: _Form, common: _Form) -> bool:
    """Two names of different kinds: a first name beside a surname or another first name
    ("Jenifer"/"Jennifer", "Kevin"/"Kelvin": first names vary, and are not compared), a
    known place or people spelled right ("Greece" beside the sprinter "Greene"), or the
    rarer spelling only ever part of a place's or body's name and the other never
    ("Upton Park" beside "Upson")."""
    if rare.folded in KNOWN_DISTINCT_NAMES:
        return True
    if (rare.first_name_only or common.first_name_only) and not rare.surnames & common.surnames:
        return True
    return (
        rare.in_institution == len(rare.spans)
        and common.in_institution == 0
        and not rare.first_names & common.first_names
    )


def _two_people(first: _Form, second: _Form) -> bool:
    """Different first names or initials, or two first names of one family: "Maria" and
    "Mario" before one surname, each used more than once or differing in a gendered
    ending; a first name misspelled once before its surname is a slip."""
    if first.surnames & second.surnames:
        return _siblings(first, second)
    if not first.first_names or not second.first_names:
        return False
    return not any(
        _same_first_name(one, other) for one in first.first_names for other in second.first_names
    )


def _siblings(first: _Form, second: _Form) -> bool:
    if len(first.spans) > 1 and len(second.spans) > 1:
        return True
    a, b = first.folded, second.folded
    return len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} in _GENDERED_ENDINGS


def _same_first_name(one: str, other: str) -> bool:
    if len(one) == 1 or len(other) == 1:
        return one[0] == other[0]  # an initial
    return one == other


def _same_person(rare: _Form, common: _Form, either_way: bool = True) -> bool:
    """A first name shared, or one spelling introduced in full (with a first name, or as a
    firm's or place's full name: "Trelawny Holdings") and the other written alone only
    after it (a second reference; one in use before the introduction is a name of its own:
    "Marwick" throughout, then "the North-West Markwick"), unless the one alone is a word
    of the language ("Bill Gates" and "Games"). `either_way`: the rarer spelling may be
    the one introduced in full (a slip in the introduction)."""
    if rare.surnames & common.surnames or _share_first_name(rare, common):
        return True  # "Teodor Brennick" and "Teodr Brennick", "T. Brennick": one person
    ways = ((common, rare), (rare, common)) if either_way else ((common, rare),)
    return any(
        _introduced(full)
        and not alone.first_names
        and not alone.word_stem
        and alone.in_institution < len(alone.spans)
        and alone.spans[0][0] > full.spans[0][0]
        for full, alone in ways
    )


def _share_first_name(first: _Form, second: _Form) -> bool:
    """A first name, or a first name and its initial, before both spellings."""
    if first.first_names & second.first_names:
        return True
    return any(
        _same_first_name(one, other)
        for one in first.first_names
        for other in second.first_names
        if len(one) == 1 or len(other) == 1
    )


def _named_alike(first: _Form, second: _Form) -> bool:
    """A first name or a following name shared: "Teodor Brennick" and "Teodor Brenick"."""
    return bool(first.surnames & second.surnames) or _share_first_name(first, second)


def _introduced(form: _Form) -> bool:
    return bool(form.first_names) or form.in_institution > 0


def _plausible_tie(rare: _Form, common: _Form, distance: int, layout: Layout) -> bool:
    """With nothing but the two spellings to go on: a typing slip (a letter dropped,
    doubled or two swapped, not another letter put in) of a name not used in one sentence
    with it, neither spelling opening a sentence only."""
    if distance != 1:
        return False
    if (
        rare.in_institution == len(rare.spans)
        and common.in_institution == len(common.spans)
        and rare.institution_words.isdisjoint(common.institution_words)
    ):
        return False  # "Kobeya Baking Co" and "Sumitomo Trust and Banking Co": two firms
    return not layout.share_a_sentence(rare.spans, common.spans) and rare.mid_sentence > 0


def _looks_like_one_word(a: str, b: str) -> bool:
    """False for pairs that are two words of the language: an inflection or derivation
    ("Compagnia"/"Compagnie", "Agriculture"/"Agricultural", "Shell"/"Shelf")."""
    return not _different_endings(a, b)


def _slip_distance(a: str, b: str) -> int | None:
    """The edit distance between two folded spellings when it looks like a typing slip."""
    if a == b or b.startswith(a) or a.startswith(b) or a.endswith(b) or b.endswith(a):
        # Same letters, an inflection or derivation ("Russia"/"Russian", "Smith"/"Smiths"),
        # or a prefix ("Essex"/"Wessex", "Adjusted"/"Unadjusted").
        return None
    if a in KNOWN_DISTINCT_NAMES and b in KNOWN_DISTINCT_NAMES:
        return None
    if max(len(a), len(b)) < _MIN_PAIR_LENGTH:
        return None
    allowed = 2 if min(len(a), len(b)) >= 8 else 1
    distance = _edit_distance(a, b, allowed)
    if distance > allowed:
        return None
    if distance == 2 and not (_is_subsequence(a, b) or _letter_difference(a, b) <= 1):
        # Two edits are a typing slip when letters were dropped ("Lushenko") or shuffled
        # ("Phillipines"); two letters swapped for others make another name ("Equibank",
        # "Equimark"; "Automobile", "Automotive").
        return None
    return distance


def _candidate_pairs(forms: list[_Form]) -> Iterator[tuple[_Form, _Form]]:
    """Pairs that may be within the allowed distance, found by shared deletion variants.

    Two words within edit distance k share a string reachable from each by at most k
    deletions (the SymSpell idea), so bucketing by those variants finds every candidate
    without comparing all pairs; names of hundreds of people stay fast.
    """
    variant_sets = [_deletion_variants(form.folded, _depth(form.folded)) for form in forms]
    shared = _shared_variants(variant_sets)
    if not shared:
        return
    members: dict[str, list[int]] = {}
    for index, variants in enumerate(variant_sets):
        for key in variants & shared:
            members.setdefault(key, []).append(index)
    pairs: set[tuple[int, int]] = set()
    for indexes in members.values():
        for position, first in enumerate(indexes):
            for second in indexes[position + 1 :]:
                pairs.add((first, second))  # indexes are in index order
    for first, second in sorted(pairs):
        yield forms[first], forms[second]


def _shared_variants(variant_sets: list[frozenset[str]]) -> set[str]:
    """The deletion variants held by two or more of the sets, by set operations (most
    articles have none, and most variants are one name's own)."""
    seen: set[str] = set().union(*variant_sets)
    if len(seen) == sum(map(len, variant_sets)):
        return set()  # no variant held twice: one pass in C for most articles
    seen.clear()
    shared: set[str] = set()
    for variants in variant_sets:
        shared |= seen & variants
        seen |= variants
    return shared


def _depth(folded: str) -> int:
    return 2 if len(folded) >= 8 else 1


# The same names come back article after article (places, firms, officials): their variants
# are made once per process.
@lru_cache(maxsize=4096)
def _deletion_variants(word: str, depth: int) -> frozenset[str]:
    variants = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {item[:i] + item[i + 1 :] for item in frontier for i in range(len(item))}
        variants |= frontier
    return frozenset(variants)


def _different_endings(a: str, b: str) -> bool:
    """True when only the last two letters differ in a way that makes another word: a
    plural or a people's name ("Germany"/"Germans", "Texas"/"Texans"), an English
    derivation ("Agriculture"/"Agricultural", "Community"/"Communist") or a short word's
    last letter ("Shell"/"Shelf"). Other endings are slips like any ("Marchetti" and
    "Marchetta", "Okafor" and "Okafar")."""
    prefix = _common_prefix_length(a, b)
    if prefix < max(len(a), len(b)) - 2:
        return False
    tails = a[prefix:] + b[prefix:]
    plural = a[prefix:].endswith("s") or b[prefix:].endswith("s")
    if plural and all(letter in _INFLECTION_LETTERS for letter in tails):
        return True
    if _english_ending(a) and _english_ending(b):
        return True
    return len(a) == len(b) and len(a) <= _SHORT_WORD


def _land_and_its_word(a: str, b: str) -> bool:
    """A land's name in "-ia" and a word made from it, differing in the last letters only
    ("Arabia"/"Arabic"): two words even after the land is named in full ("Saudi Arabia"
    ... "the Arabic press"), one name only when a first name is shared."""
    if _common_prefix_length(a, b) < max(len(a), len(b)) - 2:
        return False
    land, other = (a, b) if a.endswith("ia") else (b, a)
    return land.endswith("ia") and not other.endswith("ia") and _english_ending(other)


def _english_ending(word: str) -> bool:
    return any(word.endswith(ending) for ending in _ENGLISH_ENDINGS)


def _is_subsequence(a: str, b: str) -> bool:
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    letters = iter(longer)
    return all(letter in letters for letter in shorter)


def _letter_difference(a: str, b: str) -> int:
    first, second = Counter(a), Counter(b)
    return sum(((first - second) + (second - first)).values())


def _common_prefix_length(a: str, b: str) -> int:
    length = 0
    for left, right in zip(a, b, strict=False):
        if left != right:
            break
        length += 1
    return length


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance, giving up (limit + 1) once it exceeds the limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous_previous[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]


# ------------------------------------------------------------------------------ findings


def _finding(context: ArticleContext, slip: _Slip, layout: Layout) -> Finding:
    rare, common = slip.rare, slip.common
    # The rare spelling's first use in the article's own prose, if it has one.
    start, end = next((span for span in rare.spans if not layout.all_quoted([span])), rare.spans[0])
    spellings = [_described(context, form, count) for form, count in (
        (rare, slip.rare_count), (common, slip.common_count)
    )]  # fmt: skip
    message = (
        f"'{rare.spelling}' is spelled two ways in the article: "
        f"{spellings[0]['text']} and {spellings[1]['text']}"
    )
    if slip.pointed_by == "tie":
        message += (
            "; the article writes each as often and other news copy does not tell them"
            " apart, so either may be the slip"
        )
    elif slip.pointed_by == "established spelling":
        usual = f"'{common.spelling}' is the spelling other news copy uses"
        message += f"; {usual}{_story_counts(slip)}"
    if slip.severity == "info":
        message += "; the rarer one is in quoted or embedded text, which may spell it its own way"
    evidence = {
        "other_spelling": common.spelling,
        "other_count": slip.common_count,
        "other_occurrences": [{"start": s, "end": e} for s, e in common.spans[:5]],
        "count": slip.rare_count,
        "edit_distance": slip.distance,
        "basis": slip.basis,
        "pointed_by": slip.pointed_by,
        "spellings": [spelling["evidence"] for spelling in spellings],
    }
    return make_finding(context, "CC107", message, start, end, evidence, severity=slip.severity)


def _story_counts(slip: _Slip) -> str:
    """How many other stories write each spelling, when both are written in some."""
    rare_stories = STORY_COUNTS.get(slip.rare.folded, 0)
    if rare_stories == 0:
        return ""
    common_stories = STORY_COUNTS.get(slip.common.folded, 0)
    return f" ({common_stories} stories to {rare_stories})"


def _described(context: ArticleContext, form: _Form, count: int) -> dict:
    places = []
    for start, _ in form.spans:
        place = where(context, start)
        if place not in places:
            places.append(place)
    shown = ", ".join(places[:4]) + (f" and {len(places) - 4} more" if len(places) > 4 else "")
    times = "once" if count == 1 else f"{count} times"
    return {
        "text": f"'{form.spelling}' {times} ({shown})",
        "evidence": {
            "spelling": form.spelling,
            "count": count,
            "where": places,
            "occurrences": [{"start": s, "end": e} for s, e in form.spans[:10]],
        },
    }
