"""examined_claims: which claims the in-article checks looked at."""

from __future__ import annotations

from claimcheck.report.coverage import examined_claims


def _examined_texts(context):
    return sorted(context.claims[index].text for index in examined_claims(context))


def test_checked_figures_are_examined_and_plain_counts_are_not(from_text):
    body = (
        "The depot opened on Monday, May 6, 2024. Yesterday the trail, 12 miles (19 km) "
        "long, reopened. Turnout was 45 percent. The shop sold 300 lamps."
    )
    examined = _examined_texts(from_text(body))
    assert "Monday, May 6, 2024" in examined
    assert "Yesterday" in examined
    assert {"12 miles", "19 km"} <= set(examined)
    assert "45 percent" in examined
    assert "300 lamps" not in examined


def test_parts_and_their_whole_are_examined(from_text):
    body = "Of the 90 riders, 50 were women and 40 were men. A crew of 7 sailed the sloop."
    assert _examined_texts(from_text(body)) == ["40", "50", "7", "90 riders"]


def test_an_article_without_checkable_claims_examines_nothing(from_text):
    assert examined_claims(from_text("The shop sold 300 lamps and 12 chairs.")) == set()
