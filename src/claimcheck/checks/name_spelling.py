"""CC107 name-spelled-two-ways: a proper name written once or twice in a near-identical form."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from claimcheck.checks.helpers import make_finding
from claimcheck.checks.names_lexicon import COMMON_CAPITALIZED, KNOWN_DISTINCT_NAMES, TITLES
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.records import Finding

# Letters joined by inner apostrophes (O'Neill); hyphens split ("Lukashenko-led").
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVES = frozenset({"'s", "'S", "’s", "’S"})
_SENTENCE_END = frozenset(".!?:;")
_OPENING = frozenset("\"'“‘([{—–-*#>_ \t")
# Shortest name (in letters) compared at all; shorter names collide by chance too often.
_MIN_LENGTH = 5
# Word endings of English derivations ("American"/"Americus", "Community"/"Communist"): two
# words that differ only in such endings are different words, not one name misspelled.
_ENGLISH_ENDING_WORDS = (
    "an ian us al ial ty ity ist ism ic ics ed er ers es ing ion ions ive ure ese ish ment "
    "ness ly or ors ies ent ency ant ancy man men"
)
_ENGLISH_ENDINGS = frozenset(_ENGLISH_ENDING_WORDS.split())
# Letters that endings in many languages are made of ("-a", "-e", "-os", "-en", "-ey").
_INFLECTION_LETTERS = frozenset("aeiouyns")
# At most this many findings per article, so one odd article cannot flood the report.
_MAX_FINDINGS = 10


@dataclass(slots=True)
class _Form:
    """One spelling of a capitalized word and where it occurs."""

    spelling: str
    folded: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    mid_sentence: int = 0
    first_names: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)


@register("CC107")
def check_name_spellings(context: ArticleContext) -> Iterator[Finding]:
    """Flags the rarer of two near-identical spellings of a proper name.

    Why: a misspelled name on second or third reference ("Lushenko" among eight
    "Lukashenko") is a correction waiting to happen and hard to see when proofreading.
    How: capitalized words seen mid-sentence and never in lower case are compared when they
    share the first letter and are one edit apart (two for names of eight letters or more,
    found through shared deletion variants so hundreds of names stay fast).
    Not flagged: places, peoples, months and days that look alike (Austria/Australia,
    Iran/Iraq, Niger/Nigeria); inflections and derivations (Russia/Russian, Texas/Texans,
    Compagnia/Compagnie, Agriculture/Agricultural); different first names before one
    surname (Maria and Mario Castellano); similar surnames with different first names; two
    letters swapped for two others (Northbank/Northmark).
    Known limits: a slip in the ending of a name (Lukashenka/Lukashenko) is not flagged;
    two real people with near-identical surnames and no first names given can be flagged.
    """
    body = context.article.body
    forms, lower_words = _collect_forms(body, _sentence_starts(context))
    candidates = [form for form in forms.values() if _is_name_like(form, lower_words)]
    # A spelling seen only at sentence starts may be an ordinary word ("Tracing", "Trading"),
    # but next to a person's surname ("Elena Kowalczyk") a look-alike opening a sentence
    # ("Kowalcyk said ...") is the surname misspelled on second reference.
    openers = [form for form in forms.values() if _is_sentence_opener_only(form, lower_words)]
    findings: list[Finding] = []
    for rare, common, distance in _slips(candidates, openers):
        for start, end in rare.spans:
            message = (
                f"'{rare.spelling}' is spelled '{common.spelling}' elsewhere in the article "
                f"({len(common.spans)} time{'s' if len(common.spans) != 1 else ''})"
            )
            evidence = {
                "other_spelling": common.spelling,
                "other_count": len(common.spans),
                "other_occurrences": [{"start": s, "end": e} for s, e in common.spans[:5]],
                "count": len(rare.spans),
                "edit_distance": distance,
            }
            findings.append(make_finding(context, "CC107", message, start, end, evidence))
    findings.sort(key=lambda finding: finding.start)
    yield from findings[:_MAX_FINDINGS]


def _sentence_starts(context: ArticleContext) -> set[int]:
    return {start for start, _ in context.sentences}


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _collect_forms(body: str, sentence_starts: set[int]) -> tuple[dict[str, _Form], set[str]]:
    """Capitalized spellings with their occurrences, and the words written in lower case."""
    forms: dict[str, _Form] = {}
    lower_words: set[str] = set()
    previous: tuple[str, int] | None = None  # the capitalized word just before, and its end
    for match in _WORD.finditer(body):
        word = match.group()
        if not word[0].isupper():
            # Most words: no possessive to strip for the lower-case test ("dog's" is lower).
            if word.islower():
                lower_words.add(word[:-2] if word[-2:] in _POSSESSIVES else word)
            previous = None
            continue
        if word[-2:] in _POSSESSIVES:
            word = word[:-2]
        start = match.start()
        end = start + len(word)
        if not _is_capitalized(word):
            if word.islower():
                lower_words.add(word)
            previous = None
            continue
        if start and body[start - 1] in "-‐":
            # The second half of a hyphenated name ("Chang Chi-Cheng") is a syllable of it,
            # easily near-identical to another name's; the whole name is not compared.
            previous = None
            continue
        initial = start in sentence_starts or _follows_boundary(body, start)
        form = forms.get(word)
        if form is None:
            form = forms[word] = _Form(word, _fold(word))
        form.spans.append((start, end))
        if not initial:
            form.mid_sentence += 1
        if previous is not None and body[previous[1] : start] == " ":
            before = previous[0]
            if before.lower() not in TITLES and before.lower() not in COMMON_CAPITALIZED:
                form.first_names.add(_fold(before))
                forms[before].surnames.add(form.folded)
        # A possessive or a following punctuation mark ends the name.
        previous = (word, end) if end == match.end() else None
    return forms, lower_words


def _is_capitalized(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and any(char.islower() for char in word[1:])


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
    if len(form.folded) < _MIN_LENGTH or form.mid_sentence == 0:
        return False
    lower = form.spelling.lower()
    # A word the article also writes in lower case is an ordinary word ("Sign" / "sign").
    return lower not in COMMON_CAPITALIZED and lower not in lower_words


def _is_sentence_opener_only(form: _Form, lower_words: set[str]) -> bool:
    if form.mid_sentence or len(form.folded) < _MIN_LENGTH:
        return False
    lower = form.spelling.lower()
    return lower not in COMMON_CAPITALIZED and lower not in lower_words


def _slips(
    forms: list[_Form], openers: list[_Form] | None = None
) -> Iterator[tuple[_Form, _Form, int]]:
    """(rare form, common form, distance) for each rare spelling that looks like a slip.

    `openers` (spellings only seen opening a sentence) are only compared with surnames
    introduced with a first name, and can only be the slip, never the established form.
    """
    openers = openers or []
    opener_ids = {id(form) for form in openers}
    best: dict[str, tuple[_Form, _Form, int]] = {}
    for first, second in _candidate_pairs(forms + openers):
        first_opens, second_opens = id(first) in opener_ids, id(second) in opener_ids
        if first_opens or second_opens:
            established = second if first_opens else first
            if (first_opens and second_opens) or not established.first_names:
                continue
        verdict = _judge(first, second)
        if verdict is None:
            continue
        if (first_opens or second_opens) and id(verdict[0]) not in opener_ids:
            continue
        rare, common, _ = verdict
        known = best.get(rare.spelling)
        if known is None or len(common.spans) > len(known[1].spans):
            best[rare.spelling] = verdict
    # A spelling that is itself the common form of another slip is not a slip.
    commons = {common.spelling for _, common, _ in best.values()}
    for rare_spelling, verdict in best.items():
        if rare_spelling not in commons:
            yield verdict


def _candidate_pairs(forms: list[_Form]) -> Iterator[tuple[_Form, _Form]]:
    """Pairs that may be within the allowed distance, found by shared deletion variants.

    Two words within edit distance k share a string reachable from each by at most k
    deletions (the SymSpell idea), so bucketing by those variants finds every candidate
    without comparing all pairs; names of hundreds of people stay fast.
    """
    buckets: dict[str, list[int]] = defaultdict(list)
    for index, form in enumerate(forms):
        for key in _deletion_variants(form.folded, 2 if len(form.folded) >= 8 else 1):
            buckets[key].append(index)
    seen: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        for position, first in enumerate(members):
            for second in members[position + 1 :]:
                pair = (first, second) if first < second else (second, first)
                if pair not in seen:
                    seen.add(pair)
                    yield forms[pair[0]], forms[pair[1]]


def _deletion_variants(word: str, depth: int) -> set[str]:
    variants = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {item[:i] + item[i + 1 :] for item in frontier for i in range(len(item))}
        variants |= frontier
    return variants


def _judge(first: _Form, second: _Form) -> tuple[_Form, _Form, int] | None:
    """(the slip, the right spelling, edit distance) when two forms are one name spelled two
    ways; None when they are two names."""
    distance = _slip_distance(first.folded, second.folded)
    if distance is None:
        return None
    if first.surnames & second.surnames:
        # Two first names before one surname: two people of one family ("Maria"/"Mario").
        return None
    shared_first_name = bool(first.first_names & second.first_names)
    if not shared_first_name and first.first_names and second.first_names:
        # Different first names: different people with similar surnames.
        return None
    count_a, count_b = len(first.spans), len(second.spans)
    if count_a == count_b:
        # No majority: call the spelling that appears later the slip.
        rare, common = (first, second) if first.spans[0] > second.spans[0] else (second, first)
    else:
        rare, common = (first, second) if count_a < count_b else (second, first)
    if not _rare_is_a_slip(rare, common, shared_first_name, distance):
        return None
    return rare, common, distance


def _slip_distance(a: str, b: str) -> int | None:
    """The edit distance between two folded spellings when it looks like a typing slip."""
    if a[0] != b[0]:
        # Slips rarely touch the first letter; look-alikes that differ there are other names.
        return None
    if a == b or b.startswith(a) or a.startswith(b):
        # Same letters, or an inflection/derivation ("Russia"/"Russian", "Smith"/"Smiths").
        return None
    if a in KNOWN_DISTINCT_NAMES and b in KNOWN_DISTINCT_NAMES:
        return None
    if _different_endings(a, b):
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


def _rare_is_a_slip(rare: _Form, common: _Form, shared_first_name: bool, distance: int) -> bool:
    """Whether the rarer spelling is a slip of the common one rather than another name."""
    a, b = rare.folded, common.folded
    introduced_in_full = rare.first_names and not shared_first_name
    if introduced_in_full and len(a) == len(b) and not _is_transposition(a, b):
        # The rare spelling comes with a first name the common one never has and differs by
        # one letter for another ("Joan Goodman" beside the firm "Goldman"): another name.
        # A dropped or doubled letter ("Mohamed Berada" then "Berrada") is still a slip.
        return False
    if not shared_first_name:
        shorter = min(len(a), len(b))
        rare_count, common_count = len(rare.spans), len(common.spans)
        if shorter <= 6 and (common_count < 2 or common_count < 2 * rare_count):
            return False
        if common_count == rare_count and (distance > 1 or shorter < 7):
            return False
    return True


def _different_endings(a: str, b: str) -> bool:
    """True when only the last two letters differ in a way that makes another word: an
    inflection ("Compagnia"/"Compagnie", "Texas"/"Texans", "Congressman"/"Congressmen"), an
    English derivation ("Agriculture"/"Agricultural") or a short word's last letter
    ("Shell"/"Shelf"). A dropped letter near the end ("Pennzol") is still a slip."""
    prefix = _common_prefix_length(a, b)
    if prefix < max(len(a), len(b)) - 2:
        return False
    tails = a[prefix:] + b[prefix:]
    if all(letter in _INFLECTION_LETTERS for letter in tails):
        return True
    if _english_ending(a) and _english_ending(b):
        return True
    return len(a) == len(b) and len(a) < 8


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


def _is_transposition(a: str, b: str) -> bool:
    differences = [
        index for index, (left, right) in enumerate(zip(a, b, strict=True)) if left != right
    ]
    return (
        len(differences) == 2
        and differences[1] == differences[0] + 1
        and a[differences[0]] == b[differences[1]]
        and a[differences[1]] == b[differences[0]]
    )


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
