"""Where in an article a name is written, as the name check (CC107) needs to know it.

Whether an occurrence is the article's own prose or text it reproduces (quoted speech, an
embedded post, an agency's paragraph, a caption), whether it stands in a list (a team
sheet, a fixture), whether its paragraph repeats an earlier one (a live blog's key
points), and whether two occurrences share a sentence. Built only for articles that have
two look-alike spellings, so most articles never pay for it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from claimcheck.checks.registry import ArticleContext
from claimcheck.extract.patterns import compile_pattern

# A blank line, or a line break before an indented line (newswire paragraphs).
_PARAGRAPH_BREAK = compile_pattern(r"\n[ \t]*\n|\n(?=[ \t]{2,}\S)")
_LINE = compile_pattern(r"[^\n]+")
# Embedded posts: a Markdown block quote, a link to a post, a "— Name (@handle)" signature.
_EMBEDDED_LINE = compile_pattern(
    r"^\s*>|pic\.twitter\.com|(?:twitter|x|instagram|facebook|t)\.(?:com|co)/|\(@\w+\)|^\s*[—–-]\s*.*@\w+",
    re.I,
)
# A paragraph an agency wrote, pasted in: "AFP reports: ...", "Reuters said: ...".
_AGENCY_PARAGRAPH = compile_pattern(
    r"^\s*(?:[A-Z][\w.&'’-]*\s+){1,4}(?:reports?|reported|says|said|writes|wrote|adds|added)"
    r"\s*:",
)
# Captions and credits: "Image caption: ...", "Photo: ...", "Pictured: ...".
_CAPTION_LINE = compile_pattern(
    r"^\s*(?:image\s+caption|media\s+caption|caption|photo(?:graph)?|picture|pictured|image|"
    r"credit|image\s+copyright|getty\s+images)\b\s*:?",
    re.I,
)
# An agency's sign-off closing the copy ("... preferred holders. Reuter"): a credit, not prose.
_SIGN_OFF = compile_pattern(r"(?<=[.!?\"”)])\s+[A-Z][A-Za-z]+\s*$")
_QUOTE_MARKS = compile_pattern(r"[\"“”]")
_CAPITALIZED = compile_pattern(r"\b[A-Z][\w'’-]*")
_WORDS = compile_pattern(r"\b[\w'’-]+")
_FIXTURE = compile_pattern(r"\b[A-Z][\w'’-]*\s+(?:v|vs)\.?\s+[A-Z]")
# A table row: figures or empty cells ("--") and no word of running prose.
_TABLE_CELL = compile_pattern(r"(?<!\S)(?:[-+]?\d[\d.,/]*%?|-{2,})(?!\S)")
_TABLE_CELLS = 2
_PROSE_WORD = compile_pattern(r"\b[a-z]{3,}\b")
# A line of names: mostly capitalized words, separated by commas or semicolons.
_LIST_SEPARATORS = 2
_LIST_CAPITALIZED_SHARE = 0.6


class Layout:
    """Questions about where occurrences (start, end) of a name stand in one article."""

    def __init__(self, context: ArticleContext) -> None:
        self.context = context
        self.body = context.article.body

    # -- counting once per distinct paragraph -------------------------------------------

    @cached_property
    def _paragraphs(self) -> list[tuple[int, int]]:
        spans, start = [], 0
        for match in _PARAGRAPH_BREAK.finditer(self.body):
            spans.append((start, match.start()))
            start = match.end()
        spans.append((start, len(self.body)))
        return spans

    @cached_property
    def _repeated(self) -> set[int]:
        """Indexes of paragraphs whose words repeat an earlier paragraph's."""
        seen: set[str] = set()
        repeated = set()
        for index, (start, end) in enumerate(self._paragraphs):
            text = " ".join(self.body[start:end].split())
            if text in seen:
                repeated.add(index)
            seen.add(text)
        return repeated

    def _paragraph_of(self, offset: int) -> int:
        starts = [start for start, _ in self._paragraphs]
        return max(0, bisect_right(starts, offset) - 1)

    def count(self, spans: list[tuple[int, int]]) -> int:
        """Occurrences, a paragraph that repeats an earlier one not counted again."""
        if not self._repeated:
            return len(spans)
        return sum(1 for start, _ in spans if self._paragraph_of(start) not in self._repeated)

    # -- reproduced text: quotations, embedded posts, agency paragraphs, captions ---------

    @cached_property
    def _quoted(self) -> list[tuple[int, int]]:
        zones: list[tuple[int, int]] = []
        for start, end in self._paragraphs:
            paragraph = self.body[start:end]
            if _AGENCY_PARAGRAPH.match(paragraph):
                zones.append((start, end))
                continue
            zones.extend(self._reproduced_lines(start, end))
            zones.extend(self._quotations(start, end))
        sign_off = _SIGN_OFF.search(self.body, max(0, len(self.body) - 40))
        if sign_off is not None:
            zones.append(sign_off.span())
        return sorted(zones)

    def _reproduced_lines(self, start: int, end: int) -> list[tuple[int, int]]:
        zones = []
        for line in _LINE.finditer(self.body, start, end):
            text = line.group()
            if _EMBEDDED_LINE.search(text) or _CAPTION_LINE.match(text):
                zones.append(line.span())
        return zones

    def _quotations(self, start: int, end: int) -> list[tuple[int, int]]:
        """Quoted speech in one paragraph: between paired quotation marks, or from an
        opening mark to the paragraph's end (a quotation running on)."""
        zones = []
        opened: int | None = None
        for mark in _QUOTE_MARKS.finditer(self.body, start, end):
            char = mark.group()
            if opened is None and char != "”":
                opened = mark.end()
            elif opened is not None and char != "“":
                zones.append((opened, mark.start()))
                opened = None
        if opened is not None:
            zones.append((opened, end))
        return zones

    def all_quoted(self, spans: list[tuple[int, int]]) -> bool:
        """Whether every occurrence is in text the article reproduces rather than writes."""
        zones = self._quoted
        if not zones:
            return False
        starts = [start for start, _ in zones]
        for start, end in spans:
            index = bisect_right(starts, start) - 1
            if index < 0 or end > zones[index][1]:
                return False
        return True

    # -- two names, not one name spelled two ways ----------------------------------------

    def _line_of(self, offset: int) -> tuple[int, int]:
        start = self.body.rfind("\n", 0, offset) + 1
        end = self.body.find("\n", offset)
        return start, len(self.body) if end < 0 else end

    def _in_list(self, offset: int) -> bool:
        """A line of names (a team sheet) or a fixture ("Hartlepool v Boston"): the words
        of the occurrence's line and sentence after any colon ("Everton: Martyn, Hibbert,
        ...")."""
        start, end = self._line_of(offset)
        sentence_start, sentence_end = self.context.sentence_at(offset)
        start, end = max(start, sentence_start), min(end, sentence_end)
        colon = self.body.rfind(":", start, offset)
        line = self.body[colon + 1 if colon >= 0 else start : end]
        if _FIXTURE.search(line):
            return True
        words = _WORDS.findall(line)
        if not words or line.count(",") + line.count(";") < _LIST_SEPARATORS:
            return False
        return len(_CAPITALIZED.findall(line)) >= _LIST_CAPITALIZED_SHARE * len(words)

    def _in_table(self, offset: int) -> bool:
        """A row of a table of figures ("Amarlo/ Lubbck 1.84 1.40 -- 4.75"): tables
        shorten names to fit their columns, and a shortened name is no slip."""
        start, end = self._line_of(offset)
        line = self.body[start:end]
        return len(_TABLE_CELL.findall(line)) >= _TABLE_CELLS and not _PROSE_WORD.search(line)

    def apart(self, rare: list[tuple[int, int]], common: list[tuple[int, int]]) -> bool:
        """Whether the text shows two names: the rarer spelling only in lists (a player
        on a team sheet, a club in a fixture: lists name many people and clubs alike), one
        written right after the other ("Jumardi Jukardi": a first name and a surname), or
        one in parentheses after the other in its sentence (a name and its translation)."""
        if all(self._in_list(start) or self._in_table(start) for start, _ in rare):
            return True
        for rare_start, rare_end in rare:
            for common_start, common_end in common:
                first_end, second_start = (
                    (rare_end, common_start)
                    if rare_start < common_start
                    else (common_end, rare_start)
                )
                gap = self.body[first_end:second_start]
                if 0 <= len(gap) <= 2 and not gap.strip(" "):
                    return True
                if self._glossed(first_end, second_start):
                    return True
        return False

    def _glossed(self, first_end: int, second_start: int) -> bool:
        if second_start - first_end > 80 or second_start < first_end:
            return False
        gap = self.body[first_end:second_start]
        return "(" in gap and ")" not in gap and "." not in gap

    def share_a_sentence(self, rare: list[tuple[int, int]], common: list[tuple[int, int]]) -> bool:
        sentences = {self.context.sentence_at(start) for start, _ in common}
        return any(self.context.sentence_at(start) in sentences for start, _ in rare)
