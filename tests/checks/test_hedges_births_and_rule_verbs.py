"""CC104: durations against a start in forms read by what they are rather than by their
words: a hedge in other words ("coming up to", "the thick end of", "a good") read as the
plain qualifier of its sense, and named in the finding with its count; a bare age against a
birth its sentence dates; a wire date
with no "on"; a verb of lengthening ("has stretched to"); a compound whose noun is a
stretch of time set beside its start; "That date was N weeks ago"; a count whose start the
pronoun sentence after dates; "the twelfth of December"; a ruler's rule in the passive or
by another verb of rule."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.records import KnownStart


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # Hedges in other words set the tolerance as their plain sense does.
        ("It is coming up to 30 years since the quarry closed in 2004.", ["coming up to 30 years"]),
        ("It is coming up to 20 years since the quarry closed in 2004.", []),
        (
            "The pool has been shut for the thick end of 9 months, since a leak on Feb. 3.",
            ["the thick end of 9 months"],
        ),
        ("The pool has been shut for the thick end of 5 months, since a leak on Jan. 3.", []),
        ("The gallery has had no lift since Feb. 19, a good 16 weeks.", ["a good 16 weeks"]),
        ("The gallery has had no lift since Feb. 19, a good 11 weeks.", []),
        # A verb of lengthening and the length it has reached.
        ("What began on Feb. 5 as a short sit-in has stretched to 25 weeks.", ["25 weeks"]),
        ("What began on Feb. 5 as a short sit-in has stretched to 14 weeks.", []),
        # Wire copy's date with no "on" after an event's own verb (not a window's end).
        (
            "The porters walked out March 4 and have been out 20 weeks, the union said.",
            ["20 weeks"],
        ),
        ("The porters walked out March 4 and have been out 10 weeks, the union said.", []),
        ("Sales have risen 20 weeks running in the week ended March 4.", []),
        # A compound whose noun is a stretch of time, beside its start.
        ("The canal has been shut since Jan. 2, a 30-week stretch with no boats.", ["30-week"]),
        ("The canal has been shut since Jan. 2, a 19-week stretch with no boats.", []),
        # A demonstrative noun before "was N weeks ago".
        ("The council promised a plan by March 1. That date was 30 weeks ago.", ["30 weeks ago"]),
        ("The council promised a plan by March 1. That date was 10 weeks ago.", []),
        # The pronoun sentence after a count dates its start.
        (
            "Twenty weeks: that is how long the ferry has been idle. It last sailed on March 4.",
            ["Twenty weeks"],
        ),
        ("Ten weeks: that is how long the ferry has been idle. It last sailed on March 4.", []),
        # A day written before its month.
        (
            "The shop has had no counter since the twelfth of April, a good eight weeks.",
            ["a good eight weeks"],
        ),
        ("The shop has had no counter since the twelfth of March, a good eight weeks.", []),
    ],
)
def test_durations_read_by_their_sense(duration_findings, body, flagged):
    assert duration_findings(body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Tom Reed, 58, who was born in 1950, still fishes every morning.", ["58"]),
        ("Tom Reed, 73, who was born in 1950, still fishes every morning.", []),
        ("Ann Roe, 40, born on March 3, 1960, has sailed since she was a girl.", ["40"]),
        ("Ann Roe, 64, born on March 3, 1960, has sailed since she was a girl.", []),
        # Another person's birth, an age at a past time, an age at death: not now.
        ("Tom Reed, 58, whose mother was born in 1950, still fishes.", []),
        ("At 20, the conductor Elena Varga, born on March 3, 1960, won her first prize.", []),
        ("Ann Roe, 50, who was born in 1900, died in 1950.", []),
    ],
)
def test_a_bare_age_against_the_birth_its_sentence_dates(duration_findings, body, flagged):
    assert duration_findings(body) == flagged


def test_a_ruler_in_the_passive_or_by_another_verb_of_rule(duration_findings):
    ruler = KnownStart(
        "EVT8", date(2001, 3, 1), ("ruled Tarnia", "ruled Tarnia since"), subjects=("Varga",)
    )

    def findings(body: str) -> list[str]:
        return duration_findings(body, events=(ruler,))

    assert findings("Tarnia, ruled by Ilona Varga for close to 40 years, has voted.") == [
        "close to 40 years"
    ]
    assert findings("Tarnia, ruled by Ilona Varga for close to 24 years, has voted.") == []
    assert findings("Varga, who has run Tarnia for 40 years, said nothing.") == ["40 years"]
    assert findings("Varga, who has run Tarnia for 23 years, said nothing.") == []
    # Someone else's rule of the place is not the rule set's.
    assert findings("Tarnia, ruled by Pal Horvath for close to 40 years, has voted.") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Divers have combed the lake for 90 days. The crash happened on April 2.", ["90 days"]),
        ("Divers have combed the lake for 41 days. The crash happened on April 2.", []),
        # Another kind of sentence after names no start: a plain report of a date.
        ("Divers have combed the lake for 90 days. The mayor spoke on April 2.", []),
    ],
)
def test_a_start_the_next_sentence_gives_as_what_happened(duration_findings, body, flagged):
    assert duration_findings(body) == flagged
