"""CC107 name-spelled-two-ways: a proper name written once or twice in a near-identical form."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from claimcheck.checks._common import make_finding
from claimcheck.checks._names_lexicon import COMMON_CAPITALIZED, KNOWN_DISTINCT_NAMES, TITLES
from claimcheck.checks.base import ArticleContext, register
from claimcheck.records import Finding

# Letters joined by inner apostrophes (O'Neill); hyphens split ("Lukashenko-led").
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.I)
# What may sit between two words of one name: a single space, nothing else.
_NAME_GAP = re.compile(r"^ $")
_SENTENCE_END = frozenset(".!?:;")
_OPENING = frozenset("\"'“‘([{—–-*#>_ \t")
# Shortest name (in letters) compared at all; shorter names collide by chance too often.
_MIN_LENGTH = 5
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


@register(
    "CC107",
    "name-spelled-two-ways",
    "warning",
    "A proper name appears in two near-identical spellings; the rarer one is probably a slip.",
)
def check_name_spellings(context: ArticleContext) -> Iterator[Finding]:
    body = context.article.body
    forms = _collect_forms(body, _sentence_starts(context))
    candidates = [form for form in forms.values() if _is_name_like(form, body)]
    findings: list[Finding] = []
    for rare, common, distance in _slips(candidates):
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
            findings.append(
                make_finding(context, "CC107", "warning", message, start, end, evidence)
            )
    findings.sort(key=lambda finding: finding.start)
    yield from findings[:_MAX_FINDINGS]


def _sentence_starts(context: ArticleContext) -> set[int]:
    return {start for start, _ in context.sentences}


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _collect_forms(body: str, sentence_starts: set[int]) -> dict[str, _Form]:
    forms: dict[str, _Form] = {}
    previous: tuple[str, int, bool] | None = None  # spelling, end offset, sentence-initial
    for match in _WORD.finditer(body):
        word = _POSSESSIVE.sub("", match.group())
        start, end = match.start(), match.start() + len(word)
        if not _is_capitalized(word):
            previous = None
            continue
        initial = start in sentence_starts or _follows_boundary(body, start)
        form = forms.get(word)
        if form is None:
            form = forms[word] = _Form(word, _fold(word))
        form.spans.append((start, end))
        if not initial:
            form.mid_sentence += 1
        if previous is not None and _NAME_GAP.match(body[previous[1] : start]):
            before = previous[0]
            if before.lower() not in TITLES and before.lower() not in COMMON_CAPITALIZED:
                form.first_names.add(_fold(before))
                forms[before].surnames.add(form.folded)
        # A possessive or a following punctuation mark ends the name.
        previous = (word, end, initial) if end == match.end() else None
    return forms


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


def _is_name_like(form: _Form, body: str) -> bool:
    if len(form.folded) < _MIN_LENGTH or form.mid_sentence == 0:
        return False
    lower = form.spelling.lower()
    if lower in COMMON_CAPITALIZED:
        return False
    # A word the article also writes in lower case is an ordinary word ("Sign" / "sign").
    return re.search(rf"(?<![^\W\d_]){re.escape(lower)}(?![^\W\d_])", body) is None


def _slips(forms: list[_Form]) -> Iterator[tuple[_Form, _Form, int]]:
    """(rare form, common form, distance) for each rare spelling that looks like a slip."""
    best: dict[str, tuple[_Form, _Form, int]] = {}
    for first, second in _candidate_pairs(forms):
        verdict = _judge(first, second)
        if verdict is None:
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
    a, b = first.folded, second.folded
    if a[0] != b[0]:
        # Slips rarely touch the first letter; look-alikes that differ there are other names.
        return None
    if a == b or b.startswith(a) or a.startswith(b):
        # Same letters, or an inflection/derivation ("Russia"/"Russian", "Smith"/"Smiths").
        return None
    if a in KNOWN_DISTINCT_NAMES and b in KNOWN_DISTINCT_NAMES:
        return None
    shorter = min(len(a), len(b))
    allowed = 2 if shorter >= 8 else 1
    distance = _edit_distance(a, b, allowed)
    if distance > allowed:
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
    if rare.first_names and not shared_first_name:
        # The rare spelling comes with a first name the common one never has ("Joan Goodman"
        # beside the firm "Goldman"): a person introduced in full, not a slip.
        return None
    if not shared_first_name:
        rare_count, common_count = len(rare.spans), len(common.spans)
        if shorter <= 6 and (common_count < 2 or common_count < 2 * rare_count):
            return None
        if common_count == rare_count and (distance > 1 or shorter < 7):
            return None
    return rare, common, distance


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
