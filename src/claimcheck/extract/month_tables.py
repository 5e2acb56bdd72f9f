"""Tables whose rows are labelled by a month: a futures market's volume or open interest per
contract month, a stock level per month.

Wire copy sets such a table out one row a line ("MAY   4618", "Jly   1415"), sometimes two or
more rows on one line ("DEC  0  JAN 0"). The month names the contract or the period; the figure
after it is the row's value, never a day of that month nor a year, even where it is small
enough to be one ("SEP  6"). A block of such rows is told from a list of dates by what no list
of days has: a figure a day cannot be (over 31, or with a thousands comma or decimals), a
heading that names what is counted (volume, open interest or positions, stocks), or a "Total"
line summing the rows.
"""

from __future__ import annotations

import re

from claimcheck.extract.lexicon import MONTHS
from claimcheck.extract.patterns import compile_pattern

# Wire copy's own month labels beside the usual abbreviations: "JLY", "JNE", "MCH", "APL".
_WIRE_MONTH_LABELS = ("jly", "jne", "mch", "apl")
_LABEL = "|".join(sorted((*MONTHS, *_WIRE_MONTH_LABELS), key=len, reverse=True))
_FIGURE = r"\d[\d,.]*\d|\d"
# A cell: a month label, then its figure or an empty cell's mark ("--", "nil").
_CELL = rf"(?:{_LABEL})\.?[ \t]+(?:{_FIGURE}|--|nil)"
_ROW_RE = compile_pattern(rf"[ \t]*{_CELL}(?:[ \t]+{_CELL})*[ \t]*", re.I)
_CELL_FIGURE_RE = compile_pattern(rf"(?<![A-Za-z])(?:{_LABEL})\.?[ \t]+({_FIGURE})", re.I)
_COUNTED_HEADING_RE = compile_pattern(
    r"\b(?:volumes?|open[ \t]+(?:interest|positions?)|stocks?)\b", re.I
)
_TOTAL_LINE_RE = compile_pattern(r"[ \t]*total\b", re.I)
# A table has at least this many lines of month-labelled rows: a single line of them is a
# heading ("Feb 87   Jan 87   Feb 86", columns by month and year), two may be a pair of dates.
_MIN_ROW_LINES = 3
# Lines above the block where its heading may stand.
_HEADING_REACH = 2
_LARGEST_DAY = 31
# No line of a table is longer; a longer line is running text.
_LONGEST_LINE = 160


def in_month_table(text: str, offset: int) -> bool:
    """Whether `offset` lies on a row of a month-labelled table whose figures are not days."""
    line = _short_line(text, offset)
    if line is None or not _ROW_RE.fullmatch(text, *line):
        return False
    (first, last), row_lines = line, 1
    while first > 0:  # rows above
        above = _short_line(text, first - 1)
        if above is None or not _ROW_RE.fullmatch(text, *above):
            break
        first, row_lines = above[0], row_lines + 1
    while last < len(text):  # rows below
        below = _short_line(text, last + 1)
        if below is None or not _ROW_RE.fullmatch(text, *below):
            break
        last, row_lines = below[1], row_lines + 1
    if row_lines < _MIN_ROW_LINES:
        return False
    figures = [match.group(1) for match in _CELL_FIGURE_RE.finditer(text, first, last)]
    if any(not figure.isdigit() or int(figure) > _LARGEST_DAY for figure in figures):
        return True
    heading_start = first
    for _ in range(_HEADING_REACH):
        heading = _short_line(text, heading_start - 1) if heading_start > 0 else None
        if heading is None:
            break
        heading_start = heading[0]
    if _COUNTED_HEADING_RE.search(text, heading_start, first):
        return True
    return last < len(text) and _TOTAL_LINE_RE.match(text, last + 1) is not None


def _short_line(text: str, offset: int) -> tuple[int, int] | None:
    """The start and end of the line holding `offset`, or None when it is longer than a
    table's line may be (the search for its ends stays bounded in a long paragraph)."""
    reach = max(0, offset - _LONGEST_LINE)
    start = text.rfind("\n", reach, offset) + 1
    if start == 0 and reach > 0:
        return None
    end = text.find("\n", offset, offset + _LONGEST_LINE)
    if end < 0:
        if len(text) > offset + _LONGEST_LINE:
            return None
        end = len(text)
    return start, end
