"""Times of day and live-blog stamps: claims of kind `time`, never amounts."""

from __future__ import annotations

import pytest

from claimcheck.extract.clock import find_clock_times


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Polls close at 22:00 tonight.", "T22:00"),
        ("The train left at 7:45 am.", "T07:45"),
        ("He landed at 11.20 p.m. local time.", "T23:20"),
        ("The strike starts at 6pm.", "T18:00"),
        ("Talks resumed at 0930 GMT.", "T09:30"),
        ("The alert came at 14.05 BST.", "T14:05"),
    ],
)
def test_clock_times(text, value):
    [mention] = find_clock_times(text)
    assert (mention.type, mention.value) == ("time", value)


def test_live_blog_stamps_open_a_line():
    body = "09.12\nMinisters meet in Brussels\n\n17.48 Talks break up without a deal\n"
    stamps = find_clock_times(body)
    assert [(m.text, m.value) for m in stamps] == [("09.12", "T09:12"), ("17.48", "T17:48")]


@pytest.mark.parametrize(
    "text",
    [
        "Shares closed at 14.05 after a quiet day.",
        "Inflation was 10.30 pct in May.",
        "The score was 3:1.",
        "It weighed 12.45 kg.",
    ],
)
def test_decimals_that_are_not_times(text):
    assert find_clock_times(text) == []
