"""Numbers that belong to a name or a title (issue 15): a product's or an index's number after
a capitalized word, the same name again, a title in quotes or credited in a list, a place on a
pitch. Each reading also keeps the figures it must not take."""

from datetime import datetime

import pytest
from figure_helpers import figures_and_units

from claimcheck.extract.name_numbers import without_name_numbers
from claimcheck.extract.quantities import find_quantities


def figures(text: str) -> list[tuple[str, float | None, str | None]]:
    return figures_and_units(text, published=datetime(2004, 6, 4))


def named(text: str) -> list[str]:
    """The mentions the name reading drops."""
    found = find_quantities(text)
    kept = without_name_numbers(text, found)
    return [m.text for m in found if m not in kept]


# A capitalized word mid-sentence right before a bare number.


@pytest.mark.parametrize(
    "text",
    [
        "Staff upgraded every office to Quillsoft 2.0 over the summer.",
        # wire copy wraps its lines between the name and its number
        "Traders watched the Brightline\n400 index closely all week.",
        "The firm will sell its new Glowmaker\n350 lamps in spring.",
        "Strikers from Dockers Local\n412 held a rally.",
        # a possessive name, a title after a colon
        "Prices swung as the Dow, Brown and Green's 300, and the Nasdaq moved.",
        "The best sellers included Star Raiders: Return 2, the chart showed.",
    ],
)
def test_a_number_after_a_capitalized_word_is_the_name(text):
    assert named(text)


def test_the_name_is_dropped_from_the_claims():
    assert figures("Staff upgraded every office to Quillsoft 2.0 over the summer.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a gapped list of names with figures
        "The Greens won 30 seats, the Reds 12 and the rest 4.",
        # names each with a figure: a list or a score
        "Orders came from Ruritania 40 and Freedonia 25 this month.",
        # a place opening the clause
        "Officials said that in Springfield 20 were hurt.",
        # a possessive with a counted noun
        "The strike closed all of Ruritania's 300 mines.",
        # a scale word after the number
        "Revenue at Brightline 392 mln was above forecasts.",
    ],
)
def test_figures_after_capitalized_words_stay(text):
    assert named(text) == []


def test_a_table_line_keeps_its_cells():
    text = "DELIVERIES\n  Oakport       12      -\n  Millbrook     8       -\n"
    assert named(text) == []


def test_a_line_in_capitals_keeps_its_figures():
    assert named("WHEAT BIDS AT TOLEDO UP 2 CENTS, CORN UNCHANGED") == []


# The same name again.


def test_the_name_again_at_a_sentence_start_is_the_name():
    text = "The chart was topped by Racer 9. Racer 9 sold well in its first week."
    assert figures(text) == []


def test_the_number_alone_after_a_determiner_is_the_model_named_before():
    text = "The carrier flies the Skyliner 727 on short routes. The 727 was grounded in May."
    assert figures(text) == []


def test_the_number_alone_stays_a_figure_when_no_name_holds_it():
    text = "The carrier flies short routes. The 727 passengers were flown home."
    assert figures(text) == [("727 passengers", 727.0, "passenger")]


# Titles.


def test_a_short_capitalized_title_in_quotes_is_no_count():
    assert named('She starred in the comedy "Three Small Rooms" last year.') == [
        "Three Small Rooms"
    ]


def test_a_quoted_phrase_in_lower_case_keeps_its_count():
    assert named('He said "we hired 800 nurses" last year.') == []


def test_a_number_credited_as_a_title_in_a_list_of_awards():
    text = "Best actors are Ann Lee for 36, Bo Ray for Night Train and Cy Dunn for Harbour."
    assert figures(text) == []


def test_for_and_a_number_without_credited_titles_stays():
    assert figures("The builder was paid for 36, not 40.") == [
        ("36", 36.0, None),
        ("40", 40.0, None),
    ]


# Places on a pitch.


@pytest.mark.parametrize(
    "text",
    [
        "He struck the ball from just outside the 18-yard box.",
        "They were pinned back on their own 22 for most of the half.",
        "The flanker was penalised inside the 22 for holding on.",
        "The kick landed near the 10m line.",
    ],
)
def test_a_place_on_a_pitch_is_no_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Police formed a 100-metre line of officers.", [("100-metre", 100.0, "meter")]),
        ("The keeper kicked it 40 yards upfield.", [("40 yards", 40.0, "yard")]),
        ("The club had 22 players fit.", [("22 players", 22.0, "player")]),
    ],
)
def test_lengths_and_counts_near_pitch_words_stay(text, expected):
    assert figures(text) == expected


def test_a_possessive_count_elsewhere_is_no_name():
    text = "Fans bought all of Lee's 18 hits. Lee's 18 best songs are out again."
    assert named(text) == []


def test_a_level_is_never_a_model():
    text = (
        "Analysts expect the Acme Composite 2500 level soon. It may reach the 2500 level by June."
    )
    assert ("2500", 2500.0, None) in figures(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The ruling party won 170 seats and the opposition 150.", "150"),
        ("Labour took 40 and the opposition 35 in the vote.", "35"),
    ],
)
def test_a_count_after_the_opposition_is_kept(text, kept):
    assert kept in [found for found, _, _ in figures(text)]


def test_a_line_inside_the_opposition_half_is_no_figure():
    text = "The wing was stopped inside the opposition 22 after a long break."
    assert named(text) == ["22"]
