"""Front matter made only of `key: text` lines, read without loading yaml.

Most articles' front matter is a few lines such as `id: harbour-draft`, `title: "Harbour
draft"`, `url: https://example.org/a` and `published: 2024-03-14T09:00:00Z`. Importing yaml and
building its loader costs about a fifteenth of a second-long `claimcheck check` of one draft,
so those lines are read here, and anything else (numbers, lists, nesting, comments, escapes,
block text, words that yaml reads as true, false or null) is left to the YAML loader.

Every form accepted here is one yaml reads as the same text with the same key, so the fields
are exactly what the YAML loader of `claimcheck.input.articles` would give (dates stay text
there too); `tests/input/test_front_matter.py` holds the two side by side.
"""

from __future__ import annotations

import re

__all__ = ["plain_front_matter"]

# Words yaml 1.1 reads as true, false or null whatever their case (and a few more: y, n):
# a key or value spelled so goes to the YAML loader.
_YAML_WORDS = frozenset({"yes", "no", "true", "false", "on", "off", "null", "y", "n"})

# One line: a key that starts with a letter, ": ", then one of
#  - plain words: a letter first, no ":" or "#" (which end a plain scalar), no space last;
#  - a web address: no space or quote, and no colon at its end;
#  - a date or a date and time as ISO 8601 writes it (yaml reads it as a timestamp, which the
#    loader keeps as text: the same text);
#  - a text in double quotes holding no quote or backslash (an escape), or in single quotes
#    holding no quote;
# then optional trailing spaces. The line must also be printable (`str.isprintable`): no
# tab, no line break yaml knows (U+0085, U+2028, U+2029) and nothing yaml refuses. That test
# keeps the character classes plain: classes spelling out those characters tripled the time
# this pattern takes to compile (to 1.4 ms) at every start.
_FIELD = re.compile(
    r"(?P<key>[^\W\d_][\w-]{0,63}):[ ]+(?:"
    r"(?P<words>[^\W\d_](?:[^:#]*[^:# ])?)"
    r"|(?P<address>https?://[^ \"']*[^ \"':])"
    r"|(?P<date>\d{4}-\d\d-\d\d(?:T\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?)?)"
    r'|"(?P<double>[^"\\]*)"'
    r"|'(?P<single>[^']*)'"
    r")[ ]*"
)


def plain_front_matter(front: str) -> dict[str, str] | None:
    """The fields of front matter made only of `key: text` lines (and blank lines), or None
    when any line is something else: the YAML loader reads that front matter."""
    fields: dict[str, str] = {}
    for line in front.split("\n"):
        if not line.strip(" "):
            continue
        match = _FIELD.fullmatch(line)
        if match is None or not line.isprintable():
            return None
        key = match["key"]
        value = next(text for text in match.group(2, 3, 4, 5, 6) if text is not None)
        if match["words"] is not None and value.lower() in _YAML_WORDS:
            return None
        if key.lower() in _YAML_WORDS:
            return None
        fields[key] = value
    return fields
