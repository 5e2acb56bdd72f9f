"""Numbers that belong to a name: a title, a product, an index, an organisation, a place on a
pitch. They count and measure nothing, so the quantities read from them are dropped.

Each reading is decided by the text around the number, never by a list of particular names:

- a capitalized word mid-sentence right before a bare number ("the sequel Racer 2 sold",
  "the Acme 300 index rose", "the release of Browser 1.0"), where the sentence is no list of
  names with figures ("Ruritania 12, Freedonia 9", a gapped "Labour 300, the Tories 200") and
  no table row;
- the same number written with that name in the article, then with a determiner alone
  ("the Skyliner 727 ... the 727 was grounded");
- a short title in quotes, every word capitalized ('the comedy "Three Small Rooms"'), and a
  bare number after "for" where the sentence credits names for titles ("Ann Lee for 36, Bo
  Ray for Night Train");
- a pitch's marking: a length before "line" or "box" ("the 22-metre line", "the six-yard
  box") and a bare number after "own" ("inside their own 22").
"""

from __future__ import annotations

import re

from claimcheck.extract.patterns import compile_pattern
from claimcheck.extract.units import UNIT_DIMENSIONS
from claimcheck.records import QuantityMention

# A whole number of up to four digits, or a version ("2.0", "3.1"), alone.
_NAME_NUMBER_RE = compile_pattern(r"\d{1,4}|\d\.\d")
# The word right before the number, one space before it, capitalized.
_NAME_WORD_RE = compile_pattern(r"(?<![\w'’.-])([A-Z][A-Za-z&.'’-]*[A-Za-z'’]|[A-Z])\s$")
_POSSESSIVE_RE = compile_pattern(r"['’]s?$")
# Capitalized words that are no name holding a number: calendar words, titles of people,
# determiners and pronouns written at the head of a phrase, list and table labels.
_NOT_NAMES = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mch",
        "apl",
        "jne",
        "jly",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "lord",
        "lady",
        "st",
        "no",
        "nos",
        "the",
        "a",
        "an",
        "i",
        "it",
        "we",
        "he",
        "she",
        "they",
        "this",
        "that",
        "these",
        "those",
        "its",
        "our",
        "their",
        "his",
        "her",
        "my",
        "your",
        "shr",
        "net",
        "qtr",
        "rate",
        "total",
        "awarded",
        "offered",
        "figure",
        "table",
        "chapter",
        "page",
        "section",
        "article",
        "clause",
        "item",
        "year",
        "years",
        "week",
        "month",
        "day",
        "today",
        "yesterday",
    ]
)
# The word before the name that makes it a place or time opening the clause ("in Gaza 20
# were hurt"), or one part of a list of names with figures ("..., and Ruritania 9").
_BEFORE_PLACE = frozenset(["in", "at", "on", "from", "across", "near"])
_DIGIT_RE = compile_pattern(r"\d")
_LIST_BREAK_RE = compile_pattern(r"[,;]|\b(?:and|or|while|whereas|but|vs|versus|against)\b")
# A number followed by these is a score, a table cell or a range, not a name's.
_AFTER_FIGURE_RE = compile_pattern(r"\s*(?:[-–(/]|to\s+\d|vs\b|-\d)")
# Another capitalized word with a bare number after it: a list, a score or a table.
_NAME_THEN_FIGURE_RE = compile_pattern(r"\b([A-Z][A-Za-z'’]*)\s\d")
# A sentence's end, or a paragraph's: a blank or indented line (wire copy wraps its lines).
_SENTENCE_END_RE = compile_pattern(r"[.!?]\s|\n(?=\s)")
_OPENERS = ".!?"
_QUOTES = "\"“”‘'"
# A table's line: columns set apart by runs of spaces.
_COLUMNS_RE = compile_pattern(r"\S {2,}\S[^\n]* {2,}\S")
_PITCH_AFTER_RE = compile_pattern(r"[\s-](?:box|line)\b(?!\s+of\b)")
_PITCH_UNITS = frozenset(("yard", "meter"))
# ("the opposition 150" alone is a count of seats or votes: a side's line needs "own", a
# possessive or a preposition of place before it)
_OWN_BEFORE_RE = compile_pattern(
    r"\b(?:own|opposition['’]s?"
    r"|(?:inside|into|outside|within)\s(?:the|their|our|his|her|its)(?:\sopposition)?)\s$",
    re.IGNORECASE,
)
# A title in quotes: up to six words, each capitalized or a number, small words between.
_QUOTED_TITLE_RE = compile_pattern(
    r"[\"“]((?:[A-Z0-9][\w'’-]*|of|the|and|a|an|in|on|for|to|at)"
    r"(?:\s(?:[A-Z0-9][\w'’-]*|of|the|and|a|an|in|on|for|to|at)){0,5})[\"”]"
)
_CREDIT_BEFORE_RE = compile_pattern(r"\b[A-Z][a-z]+\sfor\s$")
_CREDIT_RE = compile_pattern(r"\b[A-Z][a-z]+\sfor\s(?:The\s|A\s)?[A-Z]")
_ITEM_END_RE = compile_pattern(r"\s*(?:[,;.]|and\b|$)")
# A level of a measure ("the 2500 level", "the 40 mark"), never a name's number.
_LEVEL_AFTER_RE = compile_pattern(r"\s+(?:level|mark|barrier|threshold)s?\b")
# A possessive name's number with a lower-case word after it counts that word ("Lee's 18
# hits"): no evidence that the name holds the number.
_LOWER_AFTER_RE = compile_pattern(r"\s+[a-z]")
_DETERMINER_BEFORE_RE = compile_pattern(
    r"\b(?:the|a|an|its|their|his|her|our|new|first|last)\s$", re.IGNORECASE
)


def without_name_numbers(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """The mentions less those whose number is part of a name or a pitch's marking, or a text
    message's short code."""
    return [
        m
        for m in mentions
        if not (
            _pitch_marking(text, m)
            or _title_in_credits(text, m)
            or _in_quoted_title(text, m)
            or _named_number(text, m) is not None
            or _listed_after_a_name(text, m)
            or _name_again(text, m)
            or _text_message_code(text, m)
        )
    ]


# A number a text message is sent to: "text the word HELP to 60300", "SMS 'yes' to 8011".
_TEXT_TO_BEFORE_RE = compile_pattern(
    r"\b(?:text|texting|txt|sms)\b[^.!?\n]{1,40}?\bto\s$", re.IGNORECASE
)
_SHORT_CODE_RE = compile_pattern(r"\d{4,6}")


def _text_message_code(text: str, mention: QuantityMention) -> bool:
    """A bare number of four to six digits that a text message is sent to: a short code, no
    figure."""
    if mention.unit is not None or not _SHORT_CODE_RE.fullmatch(mention.text):
        return False
    return _TEXT_TO_BEFORE_RE.search(text, max(0, mention.start - 48), mention.start) is not None


def _measured(mention: QuantityMention) -> bool:
    """A measure, money or a share: never a name's number here."""
    unit = mention.unit or ""
    return bool(UNIT_DIMENSIONS.get(unit)) or mention.dimension not in (None, "count")


def _written_number(text: str, mention: QuantityMention) -> tuple[str, str] | None:
    """The number as written and the words after it, for a bare number or a count."""
    if mention.value is None or mention.low is not None:
        return None
    if mention.unit is not None and _measured(mention):
        return None
    number, _, rest = mention.text.partition(" ")
    if not _NAME_NUMBER_RE.fullmatch(number) or _LEVEL_AFTER_RE.match(text, mention.end):
        return None
    return number, rest


def _named_number(text: str, mention: QuantityMention) -> str | None:
    """The written number when a name holds it, else None."""
    written = _written_number(text, mention)
    if written is None:
        return None
    number, rest = written
    start = mention.start
    if rest and " " in rest:
        return None
    if rest and mention.unit is None:
        return None  # a scale word ("392 mln")
    word = _NAME_WORD_RE.search(text, max(0, start - 40), start)
    if word is None:
        return None
    name = word.group(1)
    if _POSSESSIVE_RE.sub("", name).lower().rstrip(".") in _NOT_NAMES or (
        name.isupper() and (len(name) > 5)
    ):
        return None
    if rest and not (
        rest == mention.unit or (len(number) >= 3 and not _POSSESSIVE_RE.search(name))
    ):
        return None  # a count after a possessive ("the union's 300 members") is a count
    if _starts_sentence(text, word.start()) or _AFTER_FIGURE_RE.match(text, mention.end):
        return None
    if _in_table(text, start) or (name.isupper() and _mostly_capitals(text, start)):
        return None  # a table's cell or a line in capitals ("CHICAGO 4 UNDER MAY")
    if _word_before(text, word.start()) in _BEFORE_PLACE:
        return None
    return None if _among_figures(text, start, word.start()) else number


# A list of a name's versions: the name with its first number, then more numbers set off by
# commas ("runs on Windows 95, 98, 2000, NT and XP"), the list going on to a capitalized item.
_NAME_LIST_BEFORE_RE = compile_pattern(
    r"(?<![\w'’.-])([A-Z][A-Za-z&.'’-]*[A-Za-z'’]|[A-Z]) \d{1,4}(?:\.\d)?(?:, \d{1,4}(?:\.\d)?)*, $"
)
_NAME_LIST_AFTER_RE = compile_pattern(r"(?:, \d{1,4}(?:\.\d)?)*(?:, |,? (?:and|or) )[A-Z]")


def _listed_after_a_name(text: str, mention: QuantityMention) -> bool:
    """A bare number in a list that opens with a name and its number and goes on to a
    capitalized item: another version of the name, no figure."""
    written = _written_number(text, mention)
    if written is None or written[1] or not text.startswith(", ", mention.start - 2):
        return False
    listed = _NAME_LIST_BEFORE_RE.search(text, max(0, mention.start - 60), mention.start)
    if listed is None or not _NAME_LIST_AFTER_RE.match(text, mention.end):
        return False
    name = listed.group(1)
    if _POSSESSIVE_RE.search(name) or name.lower().rstrip(".") in _NOT_NAMES:
        return False
    return not _starts_sentence(text, listed.start()) and not _in_table(text, mention.start)


def _among_figures(text: str, start: int, word_start: int) -> bool:
    """Whether the sentence is a list of names with figures: gapped after an earlier figure
    ("won 300, the Greens 12"), or another capitalized word with a number (a score, a row)."""
    sentence_start, sentence_end = _sentence_bounds(text, start)
    last_digit = None
    for last_digit in _DIGIT_RE.finditer(text, sentence_start, word_start):  # noqa: B007
        pass
    if last_digit is not None and _LIST_BREAK_RE.search(text, last_digit.end(), word_start):
        return True
    for pair in _NAME_THEN_FIGURE_RE.finditer(text, sentence_start, sentence_end):
        other = _POSSESSIVE_RE.sub("", pair.group(1)).lower()
        if pair.start() != word_start and other not in _NOT_NAMES:
            return True
    return False


def _name_again(text: str, mention: QuantityMention) -> bool:
    """Whether a bare number is one the article writes elsewhere in a name, mid-sentence after
    a capitalized word: the same name opening a sentence ("... beat Racer 2. Racer 2 sold"),
    or a number of three or four digits alone after a determiner ("the Skyliner 727 ... the
    727 was grounded")."""
    written = _written_number(text, mention)
    if written is None or written[1]:
        return False
    number = written[0]
    word = _NAME_WORD_RE.search(text, max(0, mention.start - 40), mention.start)
    wanted: str | None = None
    if len(number) >= 3 and _DETERMINER_BEFORE_RE.search(
        text, max(0, mention.start - 10), mention.start
    ):
        pass
    elif word is not None and _starts_sentence(text, word.start()):
        wanted = word.group(1)
    else:
        return False
    pos = text.find(number)
    while pos != -1:
        end = pos + len(number)
        if pos != mention.start and not text[end : end + 1].isdigit():
            other = _NAME_WORD_RE.search(text, max(0, pos - 40), pos)
            if (
                other is not None
                and (wanted is None or other.group(1) == wanted)
                and _POSSESSIVE_RE.sub("", other.group(1)).lower() not in _NOT_NAMES
                and not _starts_sentence(text, other.start())
                and not text[pos - 1 : pos].isdigit()
                and not _LEVEL_AFTER_RE.match(text, end)
                and not (_POSSESSIVE_RE.search(other.group(1)) and _LOWER_AFTER_RE.match(text, end))
            ):
                return True
        pos = text.find(number, end)
    return False


def _title_in_credits(text: str, mention: QuantityMention) -> bool:
    """A bare number after "for" in a list of names each credited for a title in capitals
    ("best actor is Ann Lee for 36, Bo Ray for Night Train"): the number is a title."""
    if mention.unit is not None or not mention.text.isdigit():
        return False
    credit = _CREDIT_BEFORE_RE.search(text, max(0, mention.start - 40), mention.start)
    if credit is None or not _ITEM_END_RE.match(text, mention.end):
        return False
    sentence_start, sentence_end = _sentence_bounds(text, mention.start)
    others = _CREDIT_RE.findall(text, sentence_start, sentence_end)
    return len(others) >= 1


def _in_quoted_title(text: str, mention: QuantityMention) -> bool:
    """A count or bare number inside a short title in quotes, every word capitalized
    ('the comedy "Three Small Rooms"'): the title's words, no figure."""
    if mention.value is None or ('"' not in text and "“" not in text):
        return False
    if mention.unit is not None and _measured(mention):
        return False
    for quoted in _QUOTED_TITLE_RE.finditer(text, max(0, mention.start - 60), mention.end + 60):
        if quoted.start(1) <= mention.start and mention.end <= quoted.end(1):
            words = quoted.group(1).split()
            return len(words) >= 2 and any(w[0].isupper() and not w[0].isdigit() for w in words)
    return False


def _pitch_marking(text: str, mention: QuantityMention) -> bool:
    """A length before "line" or "box", or a bare number after "own": a place on a pitch."""
    if mention.value is None or mention.low is not None:
        return False
    if mention.unit in _PITCH_UNITS and _PITCH_AFTER_RE.match(text, mention.end):
        return 5 <= mention.value <= 50
    if mention.unit is None and mention.text.isdigit() and 5 <= mention.value <= 50:
        # (a pitch's lines lie within fifty of a try line or goal line)
        return _OWN_BEFORE_RE.search(text, max(0, mention.start - 30), mention.start) is not None
    return False


def _in_table(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return _COLUMNS_RE.search(line) is not None


def _mostly_capitals(text: str, pos: int) -> bool:
    letters = [c for c in text[max(0, pos - 60) : pos + 60] if c.isalpha()]
    return sum(c.isupper() for c in letters) * 2 > len(letters)


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start].rstrip()
    if before and before[-1] in _QUOTES:
        before = before[:-1].rstrip()
        return not before or before[-1] in _OPENERS + ":"
    return not before or before[-1] in _OPENERS


_LAST_WORD_RE = compile_pattern(r"(\w+)\W*$")


def _word_before(text: str, start: int) -> str:
    match = _LAST_WORD_RE.search(text[max(0, start - 30) : start])
    return match.group(1).lower() if match else ""


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    left = 0
    for match in _SENTENCE_END_RE.finditer(text, max(0, pos - 400), pos):
        left = match.end()
    right_match = _SENTENCE_END_RE.search(text, pos)
    return left, right_match.start() if right_match else len(text)
