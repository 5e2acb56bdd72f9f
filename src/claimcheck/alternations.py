"""Word lists in regular expressions, grouped by their first letter for speed.

A pattern such as `\\b(?:could|may|might|would|...)\\b` makes Python's regular expression
engine try every word of the list at every word of the text: with `re.IGNORECASE` it cannot
even skip a word by its first letter. Written as `\\b(?:(?:could|...)|(?:may|might)|...)\\b`
the engine tries one group's first letter per group and the words of the one group that
letter starts (two to three times faster on a long list).

The matches are the same: two words whose first letters differ can never match at the same
place, so at any place the words the engine may take are those of one group, tried in the
order they were written. `by_first_letter` regroups only a list it can read with certainty
(every word starting with a plain letter, no capturing group, no verbose mode) and otherwise
returns the pattern as it was.
"""

from __future__ import annotations

import re

_QUANTIFIERS = frozenset("?*+{")
# Below this many words, grouping them gains nothing measurable (an extra step per group).
_FEWEST = 8


def by_first_letter(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with the alternatives of its first non-capturing group `(?:...)` grouped by
    their first letter (see `grouped_source`); the same pattern object when nothing is
    grouped."""
    source = grouped_source(pattern.pattern, pattern.flags)
    return pattern if source is None else re.compile(source, pattern.flags)


def grouped_source(source: str, flags: int = 0) -> str | None:
    """`source` with the alternatives of its first non-capturing group `(?:...)` grouped by
    their first letter, written once before the group's words ("could|can|may|might" becomes
    "c(?:ould|an)|m(?:ay|ight)"), each group keeping the alternatives' order and placed where
    its first alternative was; None when that group cannot be read with certainty or has
    nothing to group."""
    if flags & re.VERBOSE or _INLINE_FLAGS.search(source):
        return None  # comments, or case folding of a part only: not read
    group = _first_group(source)
    if group is None:
        return None
    start, end = group
    alternatives = _split_alternatives(source[start:end])
    if alternatives is None or len(alternatives) < _FEWEST:
        return None
    folded = bool(flags & re.IGNORECASE)
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not _plain_start(alternative):
            return None
        key = alternative[0].lower() if folded else alternative[0]
        groups.setdefault(key, []).append(alternative)
    if len(groups) == 1 or len(groups) * 4 > len(alternatives) * 3:
        return None  # the engine factors a shared first letter itself; few words share one
    return source[:start] + "|".join(_group(words) for words in groups.values()) + source[end:]


def _group(words: list[str]) -> str:
    """One letter's words as one alternative: the letter once, then the rest of each word in
    their order ("m(?:ay|ight)"); words whose first letters differ in case are kept whole,
    so the group means the same with case folding or without."""
    if len(words) == 1:
        return words[0]
    if len({word[0] for word in words}) > 1:
        return "(?:" + "|".join(words) + ")"
    return words[0][0] + "(?:" + "|".join(word[1:] for word in words) + ")"


# An inline flag, "(?i)", "(?x:...)", "(?-i:...)".
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")


def _plain_start(alternative: str) -> bool:
    """Whether an alternative starts with a letter it must match (not made optional or
    repeated) and holds no capturing group (whose number the regrouping would change)."""
    if not alternative or not (alternative[0].isascii() and alternative[0].isalpha()):
        return False
    if alternative[1:2] in _QUANTIFIERS:
        return False
    index = 0
    while (index := alternative.find("(", index)) >= 0:
        escaped = index > 0 and alternative[index - 1] == "\\"
        if not escaped and not alternative.startswith(("(?:", "(?=", "(?!", "(?<=", "(?<!"), index):
            return False
        index += 1
    return True


def _outside_classes(source: str) -> list[int] | None:
    """The indexes of the pattern's characters outside escapes and character classes, where
    its groups and `|` are read; None when a class is left open."""
    indexes: list[int] = []
    index = 0
    in_class = False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source.startswith("]", index + 1) or source.startswith("^]", index + 1):
                index += 2 if source[index + 1] == "]" else 3
                continue
        else:
            indexes.append(index)
        index += 1
    return None if in_class else indexes


def _first_group(source: str) -> tuple[int, int] | None:
    """Where the inside of the pattern's first `(?:...)` starts and ends, outside character
    classes and escapes; None when it has none or an unbalanced one."""
    depth = 0
    opened: int | None = None
    for index in _outside_classes(source) or ():
        char = source[index]
        if char == "(":
            if opened is None and depth == 0 and source.startswith("(?:", index):
                opened = index + 3
                depth = 1
            elif opened is not None:
                depth += 1
        elif char == ")" and opened is not None:
            depth -= 1
            if depth == 0:
                return opened, index
    return None


def _split_alternatives(body: str) -> list[str] | None:
    """The alternatives of a group's inside, split at its own `|` (not those of inner groups,
    escapes or character classes); None when they cannot be told apart with certainty."""
    indexes = _outside_classes(body)
    if indexes is None:
        return None
    parts: list[str] = []
    depth = 0
    begin = 0
    for index in indexes:
        char = body[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            parts.append(body[begin:index])
            begin = index + 1
    if depth != 0:
        return None
    parts.append(body[begin:])
    return parts
