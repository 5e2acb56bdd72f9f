"""A weekday that opens its sentence, with "will" or "shall" later in the same clause, is the
coming such day; a past tense or a report between keeps the day gone by. Sentences of our
own."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

# A Friday.
BASE = date(1995, 6, 9)


def _days(text: str) -> list[str | None]:
    return [m.value for m in find_dates(text, BASE) if m.type == "date"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On Tuesday about 400 auditors will visit the plants.", "1995-06-13"),
        ("Rates held steady. Sunday will bring the first results.", "1995-06-11"),
        ("The port reopened.\n    On Wednesday the board will hear the appeal.", "1995-06-14"),
        ("Monday the two sides shall meet again.", "1995-06-12"),
    ],
)
def test_an_opening_weekday_before_will_is_ahead(text: str, day: str) -> None:
    assert _days(text) == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On Tuesday the ministry announced it will cut the levy.", "1995-06-06"),
        ("Monday, officials said the talks will resume.", "1995-06-05"),
        ("Shares slid on Wednesday and will stay weak, dealers think.", "1995-06-07"),
    ],
)
def test_a_past_tense_or_report_between_keeps_the_day_gone_by(text: str, day: str) -> None:
    assert _days(text) == [day]
