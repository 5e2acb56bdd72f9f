"""Sentence boundaries and offset-to-line/column mapping for article bodies."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from claimcheck.records import Article

# Words that end with a period without ending a sentence (news style abbreviations).
_ABBREVIATIONS = frozenset(
    " ".join(
        (
            "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri",
            "sat sun mr mrs ms dr prof gen col lt sgt capt maj adm gov sen rep rev st ft mt no nos",
            "vs etc inc corp co ltd plc bros dept est approx jr sr u.s u.k u.n e.g i.e a.m p.m",
        )
    ).split()
)

# Initials ("N.Z.", "H.K.") before a currency word name the currency, not a sentence end.
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_CURRENCY_WORDS_AFTER = frozenset({"dlrs", "dlr", "dollars", "dollar", "cents", "cts", "stg"})
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos"})
_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
)
_LONGEST_WORD = 64
# Abbreviations written before a name ("Gen. Smith", "St. Paul", "Smith vs. Jones"): a
# capitalised word after them is the name, never a new sentence.
_BEFORE_A_NAME = frozenset(
    " ".join(
        ("mr mrs ms dr prof gen col lt sgt capt maj adm gov sen rep rev", "st ft mt vs")
    ).split()
)
# Capitalised function words that open a sentence and never continue a name or a title:
# after "Corp." or "U.S." one of them starts the next sentence ("... Inc. The company
# said"), while a name goes on with other words ("Co. of America", "Corp. said").
_SENTENCE_OPENERS = frozenset(
    " ".join(
        (
            "The It He She They We This That These Those There Its His Her Their Our",
            "But However Meanwhile",
        )
    ).split()
)
# After initials with periods ("U.S.", "U.K.") wire copy capitalises the next word even
# inside a sentence ("exports to the U.S. This year"): only an article or a subject pronoun
# opens a sentence there.
_OPENERS_AFTER_INITIALS = frozenset({"The", "It", "He", "She", "They", "We"})
# A paragraph break inside the space after a period: a blank line, or a new line indented
# (wire copy breaks every line at the margin and indents the first line of a paragraph).
_PARAGRAPH_SPACE = re.compile(r"\n[ \t]*\n|\n[ \t]{2,}")
_NEWLINE = re.compile("\n")
_BOUNDARY = re.compile(r"([.!?]+[\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n")
# Where a boundary can start. The engine finds no first character in _BOUNDARY itself (a
# group opens its first branch), so searching for it tries every position of the body; a
# search whose branches each start with one character skips to the next candidate in C. A
# newline is one only before a blank line: wire copy breaks every line, and the others end
# no sentence.
_BOUNDARY_START = re.compile(r"\.|!|\?|\n(?=\s*\n)")


def is_abbreviation(word: str) -> bool:
    """Whether `word`, written before a period, is an abbreviation or an initial, whose period
    does not end a sentence ("Dec", "Corp", "J")."""
    word = word.lower().lstrip("(\"'“")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(body: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence. Paragraphs always end one; an abbreviation's period
    ends one only before a new paragraph or a word that opens a sentence ("Inc. The")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _boundaries(body):
        if match.group(1):
            # Abbreviations are short: looking back a bounded window keeps a body of
            # thousands of "Dec. " runs linear instead of rescanning the sentence each time.
            window = max(start, match.start() - _LONGEST_WORD)
            word_start = max(
                window,
                body.rfind(" ", window, match.start()) + 1,
                body.rfind("\n", window, match.start()) + 1,
            )
            word = body[word_start : match.start()].lower().lstrip("(\"'“")
            # "Dec." and single initials ("J. Smith") do not end a sentence; "Dec?" or "A!"
            # does. "No." and "Nos." abbreviate "number" only before one ("No. 4", "No.
            # Three"): "the answer was no." before a capital ends its sentence.
            if (
                match.group(1)[0] == "."
                and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()))
                and (word not in _NUMBER_ABBREVIATIONS or _numbered(body, match.end()))
                and not _ends_after_abbreviation(body, match, word)
            ):
                continue
            if _INITIALS.fullmatch(word) and _next_word(body, match.end()) in _CURRENCY_WORDS_AFTER:
                continue  # "17.5 mln N.Z. Dlrs"
            end = match.end(1)
        else:
            end = match.start()
        if body[start:end].strip():
            spans.append(_trim(body, start, end))
        start = match.end()
    if body[start:].strip():
        spans.append(_trim(body, start, len(body)))
    return spans


def _ends_after_abbreviation(body: str, match: re.Match[str], word: str) -> bool:
    """Whether the sentence ends after the abbreviation `word` all the same: a paragraph
    starts after it, or a word that opens a sentence ("Inc. The company ...")."""
    if _PARAGRAPH_SPACE.search(match.group(2)):
        return True
    if word in _BEFORE_A_NAME or len(word) == 1:
        return False
    following = body[match.end() : match.end() + 12].split(None, 1)
    openers = _OPENERS_AFTER_INITIALS if "." in word else _SENTENCE_OPENERS
    return bool(following) and following[0] in openers


def _numbered(body: str, position: int) -> bool:
    """Whether a number, in digits or a word, starts at `position` ("4", "Three")."""
    return body[position].isdigit() or _next_word(body, position) in _NUMBER_WORDS


def _boundaries(body: str) -> Iterator[re.Match[str]]:
    """The matches of `_BOUNDARY.finditer(body)`, tried only where one can start."""
    position = 0
    while (candidate := _BOUNDARY_START.search(body, position)) is not None:
        match = _BOUNDARY.match(body, candidate.start())
        if match is None:
            position = candidate.start() + 1
        else:
            yield match
            position = match.end()  # never empty: each branch reads two characters or more


def _next_word(body: str, start: int) -> str:
    end = start
    while end < len(body) and end - start < _LONGEST_WORD and body[end].isalpha():
        end += 1
    return body[start:end].lower()


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


class LineIndex:
    """Maps body offsets to 1-based (line, column) in the file the article came from."""

    __slots__ = ("_article", "_newlines")

    def __init__(self, article: Article) -> None:
        self._article = article
        self._newlines = [match.start() for match in _NEWLINE.finditer(article.body)]

    def locate(self, offset: int) -> tuple[int, int]:
        previous = bisect_right(self._newlines, offset - 1)
        line_start = self._newlines[previous - 1] + 1 if previous else 0
        column = offset - line_start + 1
        if self._article.record_line:
            # A JSON Lines record is one physical line; the column counts within the body.
            return self._article.record_line, offset + 1
        return self._article.body_line + previous, column
