"""Parts of the publication day ("this morning", "last night") and a modal before a weekday
("may call a vote on Friday"). Sentences in our own wording; 2024-05-15 is a Wednesday."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract.dates import find_dates

WEDNESDAY = date(2024, 5, 15)

CASES: list[tuple[str, dict[str, str]]] = [
    # "last night" is the evening before the publication day, as "yesterday" is its day.
    ("The warehouse fire was put out last night.", {"last night": "2024-05-14"}),
    ("Last night's count gave the mayor a narrow lead.", {"Last night's": "2024-05-14"}),
    # The parts of the publication day itself.
    ("Shares in the miner slid this morning.", {"this morning": "2024-05-15"}),
    ("The minister flies to Oslo this evening.", {"this evening": "2024-05-15"}),
    ("BANKS TO CLOSE EARLY THIS AFTERNOON", {"THIS AFTERNOON": "2024-05-15"}),
    # A part of the day after "yesterday", "tomorrow" belongs to the expression.
    ("The vote was counted yesterday evening.", {"yesterday evening": "2024-05-14"}),
    ("The envoy leaves tomorrow morning.", {"tomorrow morning": "2024-05-16"}),
    # A programme's name in title case is not a time.
    ("The actor told breakfast show This Morning he was retiring.", {}),
    # A modal and a verb before a weekday: the coming day.
    ("The regulator may publish its ruling on Friday.", {"Friday": "2024-05-17"}),
    ("Lawmakers should approve the budget on Tuesday.", {"Tuesday": "2024-05-21"}),
    ("The appeals court might rule Monday.", {"Monday": "2024-05-20"}),
    ("The governor is due to sign the measure on Monday.", {"Monday": "2024-05-20"}),
    ("The airline is set to announce job cuts on Thursday.", {"Thursday": "2024-05-16"}),
    # A perfect or a negation after the modal keeps the day past.
    ("The two envoys may have spoken on Friday.", {"Friday": "2024-05-10"}),
    ("The owner may not have known on Sunday.", {"Sunday": "2024-05-12"}),
    # "could" is as often the past of "can".
    ("The hikers could be seen on Sunday.", {"Sunday": "2024-05-12"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda x: str(x)[:40])
def test_parts_of_the_day_and_modals_resolve_against_publication(
    text: str, expected: dict[str, str]
) -> None:
    found = find_dates(text, WEDNESDAY)
    assert {m.text: m.value for m in found} == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The talks ended last night.", "time"),
        ("The talks end this afternoon.", "time"),
        ("The talks end tonight.", "date"),
        ("The talks ended yesterday morning.", "time"),
        ("The talks ended yesterday.", "date"),
    ],
)
def test_a_part_of_a_day_is_a_time_valued_by_its_day(text: str, kind: str) -> None:
    (mention,) = find_dates(text, WEDNESDAY)
    assert (mention.type, mention.granularity) == (kind, "day")


def test_last_night_is_a_day_mention_without_a_publication_date() -> None:
    (mention,) = find_dates("Talks broke down last night.", None)
    assert (mention.text, mention.value, mention.granularity) == ("last night", None, "day")


def test_a_modal_right_before_a_weekday_has_no_verb_and_reads_no_schedule() -> None:
    # "may Friday": no verb between the modal and the day; reading it must not fail.
    mentions = find_dates("They may Friday", date(2024, 3, 6))
    assert [mention.text for mention in mentions] == ["Friday"]
