"""Cheap tests run before a costlier scan: each must say yes wherever the scan finds something
(the answers are the same with and without them)."""

from __future__ import annotations

from claimcheck.extract import datelines, neighbours, numbers
from claimcheck.input.text import _BOUNDARY, _boundaries


def _owner_found(text: str) -> bool:
    return datelines._OWNER_RE.search(text, 0, len(text)) is not None


def test_owner_names_are_looked_up_before_their_pattern() -> None:
    texts = [
        "Later in the day Portugal's trade deficit widened to 12 billion.",
        "Norway   had a surplus of 3 billion crowns last year.",
        "NORWAY WAS the largest seller, at 40 mln barrels.",
        "The company's profit rose and its unit was sold for 30 mln.",
        "It has 40 stores and it is said the firm was paid 9 mln.",
        "Shares of the bank rose 2 pct.",
    ]
    for text in texts:
        may = datelines._owner_may_end(text, 0, len(text))
        assert may or not _owner_found(text), text
    assert datelines._owner_may_end(texts[0], 0, len(texts[0]))
    assert datelines._owner_may_end(texts[1], 0, len(texts[1]))
    assert datelines._owner_may_end(texts[2], 0, len(texts[2]))
    assert not datelines._owner_may_end(texts[3], 0, len(texts[3]))
    assert not datelines._owner_may_end(texts[5], 0, len(texts[5]))


def test_owner_lookup_keeps_to_the_window() -> None:
    text = "Norway's output. The plant made 5 mln units."
    opening = text.index("The")
    assert datelines._owner_may_end(text, 0, len(text))
    assert not datelines._owner_may_end(text, opening, len(text))


def test_owner_lookup_lets_other_letters_through() -> None:
    # A letter outside ASCII may match a name's letter without case: the pattern decides.
    text = "The Kompaniy\u0131's sales rose 5 pct."
    assert datelines._owner_may_end(text, 0, len(text))


def test_share_headings_need_their_letters() -> None:
    for gap in ("Shr ", "Avg shrs ", "Average shares ", "SHR ", "Shrs outstanding "):
        assert neighbours._may_head(gap)
        count = neighbours._SHARE_COUNT_HEADING_RE.search(gap)
        assert count or neighbours._PER_SHARE_HEADING_RE.search(gap)
    for gap in (" vs ", " Net profit ", " Revs "):
        assert not neighbours._may_head(gap)


def test_letterless_blocks_answer_again_for_the_same_body() -> None:
    body = "Figures follow.\n" + "1 2 3 4 5 " * 30 + "\nAnd the 7 words end it."
    first = numbers.letterless_blocks(body)
    assert first and first == numbers._letterless_blocks(body)
    assert numbers.letterless_blocks(body) is first
    other = "Words " * 50 + "and 7 more."
    assert numbers.letterless_blocks(other) == []
    assert numbers.letterless_blocks(body) == first


def test_sentence_boundaries_as_the_whole_pattern_finds_them() -> None:
    body = (
        "The first line runs on\nto the next one. Then a second\nsentence! Is it?\n\n"
        "A new paragraph\n   \n  follows here... and ends.\nLast line"
    )
    assert [m.span() for m in _boundaries(body)] == [m.span() for m in _BOUNDARY.finditer(body)]
