"""Readings of issue 15 found by a seventh audit on unseen copy: "up" and "over" as a verb's
particle, bounds written after the figure ("65 or over"), a percentage range after an owner's
name, heads past a modifier before a plural acronym or in "-ics", a currency named in the
singular before its amount, a change and a level after a verb's object, a title's part, chart
places, counts of wrecked things, and running totals."""

from datetime import datetime

import pytest
from figure_helpers import figures

from claimcheck.extract.claims import extract_claims
from claimcheck.records import Article


def ranges(text: str) -> list[tuple[str, float | None, float | None, float | None]]:
    article = Article(id="t", body=text, published=datetime(2005, 3, 1))
    return [
        (claim.text, claim.value, claim.low, claim.high)
        for claim in extract_claims(article)
        if claim.kind in ("quantity", "money", "percent")
    ]


# "up" and "over" belonging to the verb.


def test_up_to_after_a_moving_verb_and_its_object_is_the_level_reached():
    assert figures("The report sent the euro up to $1.31 in Asian trading.") == [
        ("$1.31", 1.31, "USD", "exact")
    ]
    assert figures("Officials pushed the base rate up to 4.5% in June.") == [
        ("4.5%", 4.5, "percent", "exact")
    ]


def test_up_to_with_no_object_between_is_still_a_bound():
    assert figures("The ministry sent up to 500 troops to the border.") == [
        ("500 troops", 500.0, "troop", "at_most")
    ]
    assert figures("The refit will cost up to $5m.") == [("$5m", 5_000_000.0, "USD", "at_most")]


def test_over_as_the_particle_of_handing_is_no_bound():
    assert figures("The singer handed over $20,000 (£10,400) to a youth club.") == [
        ("$20,000", 20_000.0, "USD", "exact"),
        ("£10,400", 10_400.0, "GBP", "exact"),
    ]
    assert figures("The bill came to over £1m.") == [("£1m", 1_000_000.0, "GBP", "more_than")]


# Bounds written after the figure.


@pytest.mark.parametrize(
    ("text", "written", "qualifier"),
    [
        ("Only 12% of people aged 70 or over shop online.", "70 or over", "at_least"),
        ("Children aged 12 and under travel free.", "12 and under", "at_most"),
        ("Voters aged 18 or older may register.", "18 or older", "at_least"),
    ],
)
def test_an_age_bound_written_after_the_age(text: str, written: str, qualifier: str) -> None:
    ages = [found for found in figures(text) if found[2] == "year"]
    assert [(found[0], found[3]) for found in ages] == [(written, qualifier)]


def test_over_with_its_own_object_after_a_figure_bounds_nothing():
    assert figures("The total was 50 and over the season it doubled.") == [
        ("50", 50.0, None, "exact")
    ]


# A percentage range after an owner's name.


def test_a_percentage_range_after_a_capitalized_owner_is_read():
    assert ranges("Prices stayed inside the Bank's 1-2% target band.") == [("1-2%", None, 1.0, 2.0)]
    assert ranges("Polls gave Labour's 3-4 per cent lead.") == [("3-4 per cent", None, 3.0, 4.0)]


# Heads past their modifiers.


def test_the_counted_noun_may_be_a_plural_acronym_after_modifiers():
    assert figures("She was one of four other ethnic minority MPs.") == [
        ("four other ethnic minority MPs", 4.0, "mp", "exact")
    ]


def test_a_field_named_in_ics_modifies_the_plural_noun_after_it():
    assert figures("The fund bought two cosmetics brands from a rival.") == [
        ("two cosmetics brands", 2.0, "brand", "exact")
    ]
    assert figures("Three electronics makers cut prices.") == [
        ("Three electronics makers", 3.0, "maker", "exact")
    ]
    assert figures("Three critics praise the play.") == [("Three critics", 3.0, "critic", "exact")]


# A currency named in the singular before its amount.


def test_a_currency_named_in_the_singular_with_its_country_before_a_scaled_amount():
    assert figures("Exports reached a record Swiss franc 2.1bn.") == [
        ("Swiss franc 2.1bn", 2_100_000_000.0, "CHF", "exact")
    ]
    assert figures("The gap hit a New Zealand dollar 3bn high.") == [
        ("New Zealand dollar 3bn", 3_000_000_000.0, "NZD", "exact")
    ]


def test_a_verb_before_a_scaled_length_is_no_currency_name():
    assert figures("Ms Grey won 2m votes.") == [("2m votes", 2_000_000.0, "vote", "exact")]


# A change, then the level reached, after a verb and its object.


def test_a_change_and_a_level_after_a_verb_and_its_object():
    assert ranges("The central bank lifted its key rate 0.25% to 4.75%.") == [
        ("0.25%", 0.25, None, None),
        ("4.75%", 4.75, None, None),
    ]


def test_ends_of_one_size_after_a_verb_and_its_object_stay_a_range():
    assert ranges("The group will cut costs 10% to 15% next year.") == [
        ("10% to 15%", None, 10.0, 15.0)
    ]


# Numbers that belong to a title or a chart.


def test_a_titles_part_is_no_figure():
    # a count before it in the list once lent the title's number a reading of its own
    assert figures("Stock includes 40 board games, Space Raiders: Volume 2, and Quest.") == [
        ("40 board games", 40.0, "game", "exact")
    ]
    assert figures("The list has 12 comics, Star Cop Part 3, and two annuals.") == [
        ("12 comics", 12.0, "comic", "exact"),
        ("two annuals", 2.0, "annual", "exact"),
    ]


def test_a_tables_volume_row_still_counts():
    assert figures("Trading was thin.\nVolume 2 contracts") == [
        ("2 contracts", 2.0, "contract", "exact")
    ]
    assert ("7", 7.0, None, "exact") in figures("DAILY TOTAL: Volume 7, Open Interest 240")


def test_a_bare_number_paired_with_a_chart_place_is_a_place():
    assert figures("The band's album climbed from 17 to number three.") == []
    assert figures("The single slid from number two to 11 this week.") == []
    assert ranges("Sales rose from 17 to 30 units.") == [("17 to 30 units", None, 17.0, 30.0)]


# A count of the dead after a count of things wrecked.


def test_the_dead_after_things_that_sank_are_no_count_of_those_things():
    assert figures("Two barges sank on the river, and 35 died.") == [
        ("Two barges", 2.0, "barge", "exact"),
        ("35", 35.0, None, "exact"),
    ]
    assert figures("Nine climbers were caught, but only two died.") == [
        ("Nine climbers", 9.0, "climber", "exact"),
        ("two", 2.0, "climber", "exact"),
    ]


# Running totals.


def test_a_running_total_takes_the_unit_of_the_figure_it_adds_to():
    assert figures("A final payout of 3.2p, making 5.9 for the year.") == [
        ("3.2p", 0.032, "GBP", "exact"),
        ("5.9", 0.059, "GBP", "exact"),
    ]
    assert figures("The plant hired 60 fitters, bringing the total to 410.") == [
        ("60 fitters", 60.0, "fitter", "exact"),
        ("410", 410.0, "fitter", "exact"),
    ]


def test_making_after_a_count_of_workers_is_what_they_make():
    found = figures("The site has 40 welders making 300 a week.")
    assert ("300", 300.0, None, "exact") in found


# Sides, seedings and adjectives read as nouns.


def test_half_as_a_side_of_something_is_no_fraction():
    assert figures("Their club sits in the bottom half of the league.") == []
    assert figures("She landed in the opposite half of the draw.") == []
    assert figures("Nearly half of the members voted.") == [("half", 0.5, None, "approx")]


def test_a_seeding_line_numbers_a_player_not_a_count():
    text = "Seeds:\n3 Anna Kovac (Croatia)\n12 Juan Perez (Chile)\n"
    assert figures(text) == []


def test_open_before_the_counted_noun_is_an_adjective():
    assert figures("The chain runs 80 open franchised or owned motels.") == [
        ("80 open franchised or owned motels", 80.0, "motel", "exact")
    ]


def test_a_bound_after_the_figure_keeps_the_counted_noun_after_it():
    assert figures("Homes with four or more tenants need a licence.") == [
        ("four or more tenants", 4.0, "tenant", "at_least")
    ]
    assert figures("Schools with 30 or fewer pupils may close.") == [
        ("30 or fewer pupils", 30.0, "pupil", "at_most")
    ]
    assert figures("Groups of 10 or more of the staff left.") == [
        ("10 or more", 10.0, None, "at_least")
    ]


# Chart places and chart sizes; ages at an event of a life.


def test_the_place_a_move_in_a_ranking_reached_is_no_figure():
    assert figures("The presenter climbed six places to 21 on the list.") == [
        ("six places", 6.0, "place", "exact")
    ]


def test_a_charts_size_between_a_count_and_its_noun_is_a_modifier():
    assert figures("The band has had four top 40 singles.") == [
        ("four top 40 singles", 4.0, "single", "exact")
    ]
    assert figures("Four top aides quit.") == [("Four top aides", 4.0, "aide", "exact")]


def test_an_age_at_becoming_or_leaving_school():
    assert figures("She became a councillor at 23.") == [("23", 23.0, "year", "exact")]
    assert figures("He left school at 15 to train as a joiner.") == [("15", 15.0, "year", "exact")]
    assert figures("The index became volatile at 1,200 points.") == [
        ("1,200 points", 1200.0, "point", "exact")
    ]


def test_an_age_after_a_modal_be_and_a_time():
    assert figures("She may be 34 next spring, yet she still races.") == [
        ("34", 34.0, "year", "exact")
    ]
    assert figures("The index could be 40 next week.") == [("40", 40.0, None, "exact")]


# A quoted word after an adjective; "just" before a range's second end.


def test_an_adjective_then_a_quoted_modifier_before_the_noun():
    assert figures('The council will build 2,000 new "starter" flats.') == [
        ('2,000 new "starter" flats', 2000.0, "flat", "exact")
    ]


def test_a_word_of_degree_before_the_second_end_of_a_movement():
    assert ranges("Queues fell from 48 to just 30 cars.") == [
        ("48 to just 30 cars", None, 30.0, 48.0)
    ]
