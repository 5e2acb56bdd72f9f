"""Readings that recur in copy the extractor was not tuned on: a second market move written
without "points", bare counts that stand for the noun of a count before them, counted nouns
behind a comparative or a plural-form modifier, wire tables in another currency than the
dollar, a basis written after a bracketed restatement, and a period's adverb after a measure.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from claimcheck.extract.quantities import find_quantities


def readings(text):
    return [(m.text, m.value, m.low, m.high, m.unit, m.dimension) for m in find_quantities(text)]


def by_text(text):
    return {m.text: m for m in find_quantities(text)}


# --- a market move without "points" ------------------------------------------------------------


def test_a_second_index_move_without_points_is_a_move_and_a_level_not_a_range():
    found = by_text(
        "The main index lost 15.5 points to 1,810.4 and the tech index shed 6.2 to 702.9."
    )
    assert found["15.5 points"].unit == "point"
    move = found["6.2"]
    assert (move.value, move.unit, move.dimension) == (6.2, "point", "index")
    assert found["702.9"].value == 702.9 and found["702.9"].unit is None
    assert all(m.low is None for m in found.values())


def test_a_bare_move_far_from_its_level_is_not_a_range_even_alone():
    found = by_text("Turnover was thin and the gauge gained 4.4 to 388.1 by the close.")
    assert set(found) == {"4.4", "388.1"}
    assert found["4.4"].unit is None  # no move in points to take the unit from


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("Fares rose 10 to 15 pct after the merger.", 10, 15),
        ("Attendance rose 40 to 45 over the season.", 40, 45),
    ],
)
def test_a_range_of_a_move_with_ends_of_one_size_stays_a_range(text, low, high):
    (mention,) = find_quantities(text)
    assert (mention.low, mention.high) == (low, high)


def test_points_in_a_game_do_not_make_a_later_move_an_index_move():
    found = by_text("The side took 3 points and then climbed 4 to 30 in the table.")
    assert found["4"].unit is None


# --- bare counts that stand for a noun written before them ---------------------------------


def test_others_after_a_count_counts_the_same_things():
    found = by_text("Six nurses were suspended, along with three others, after the audit.")
    assert (found["three"].value, found["three"].unit) == (3, "nurse")
    found = by_text("Police questioned 11 drivers and 4 others.")
    assert found["4"].unit == "driver"


def test_one_in_a_parallel_place_counts_the_noun_before_it():
    found = by_text("The chain runs five depots in Wales and one in Cornwall.")
    assert (found["one"].value, found["one"].unit, found["one"].dimension) == (1, "depot", "count")


@pytest.mark.parametrize(
    "text",
    [
        "She kept one in the drawer and one in the car.",
        "He said one in the family had known.",
        "The first bus stops in Leeds and one in York.",
    ],
)
def test_one_without_a_parallel_count_before_it_is_no_figure(text):
    assert all(m.text != "one" for m in find_quantities(text))


def test_who_number_states_the_size_of_a_group():
    (mention,) = find_quantities("The strikers, who number 350, met at the gates.")
    assert mention.value == 350


# --- counted nouns behind a modifier --------------------------------------------------------


def test_a_comparative_naming_a_kind_before_a_plural_noun_is_skipped():
    (mention,) = find_quantities("The appeal went before two higher courts in a year.")
    assert (mention.value, mention.unit) == (2, "court")


def test_a_comparative_after_a_number_without_a_noun_is_still_no_noun():
    found = by_text("Shares closed 2 lower at 300 pence.")
    assert found["2"].unit is None


def test_a_plural_form_modifier_before_the_counted_noun():
    (mention,) = find_quantities("The importer opened three sales offices last year.")
    assert (mention.value, mention.unit) == (3, "office")


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Yet 14 misses shows how tense it was.", "miss"),
        ("The pay of the 20 porters comes from a fund.", "porter"),
    ],
)
def test_a_plural_count_before_a_verb_ending_in_s_keeps_its_noun(text, unit):
    (mention,) = find_quantities(text)
    assert mention.unit == unit


# --- wire tables -------------------------------------------------------------------------------


TABLE = (
    "Year to June 30 Shr 2.5 cts vs 3.1 cts Final div two cts vs same Net 8.2 mln ringgit "
    "vs 9.9 mln Pretax 11.4 mln vs 12.0 mln Sales 300.5 mln vs 280.1 mln"
)


def test_cents_in_a_table_take_the_currency_its_later_rows_name():
    found = by_text(TABLE)
    assert found["2.5 cts"].unit == "MYR / share"
    assert found["2.5 cts"].value == pytest.approx(0.025)
    assert found["two cts"].unit == "MYR"


def test_a_new_row_heading_stops_a_currency_from_being_carried():
    found = by_text(TABLE)
    assert found["9.9 mln"].unit == "MYR"  # compared with the ringgit figure in its row
    for text in ("11.4 mln", "12.0 mln", "300.5 mln", "280.1 mln"):
        assert found[text].unit is None, text  # other rows, with no currency written


def test_cents_in_a_dollar_table_stay_us_cents():
    found = by_text("Shr 41 cts vs 37 cts Net 2.4 mln dlrs vs 2.0 mln")
    assert found["41 cts"].unit == "USD / share"


def test_outside_tables_a_scaled_amount_still_takes_the_currency_before_it():
    found = by_text("Reserves rose to 2.5 billion marks, bringing the total to 84.5 billion.")
    assert found["84.5 billion"].unit == "DEM"


# --- a basis after a bracketed restatement -----------------------------------------------------


def test_per_after_a_bracketed_restatement_is_the_basis_of_both_sums():
    found = by_text("Each engine costs $12m (£6.5m) per unit, the maker said.")
    assert found["$12m"].unit == "USD / unit"
    assert found["£6.5m"].unit == "GBP / unit"
    assert found["£6.5m"].dimension == "price"


def test_a_bracketed_restatement_without_per_stays_a_sum():
    found = by_text("The yard was sold for $12m (£6.5m) last week.")
    assert found["$12m"].unit == "USD"
    assert found["£6.5m"].unit == "GBP"


# --- a period's adverb after a measure --------------------------------------------------------


@pytest.mark.parametrize(
    "text, unit",
    [
        ("The smelter turns out 450 tonnes of zinc daily.", "metric_ton / day"),
        ("The field now yields 3,200 barrels daily.", "barrel / day"),
        ("The plant will process 90,000 tonnes annually.", "metric_ton / year"),
    ],
)
def test_a_period_adverb_after_a_measure_makes_it_a_rate(text, unit):
    (mention,) = find_quantities(text)
    assert mention.unit == unit


def test_a_period_adverb_further_on_is_not_the_measure_s_basis():
    found = by_text("The plant made 40 tonnes, and daily output rose.")
    assert found["40 tonnes"].unit == "metric_ton"


def test_a_plural_form_modifier_is_read_when_the_noun_phrase_ends_after_it():
    (mention,) = find_quantities("The council runs five skills centres, all in the town.")
    assert (mention.value, mention.unit) == (5, "centre")


def test_one_naming_each_of_a_count_far_before_is_no_count():
    text = (
        "The film used two crews who had leave to shoot - one from a news channel and one "
        "from a TV station."
    )
    assert [m.text for m in find_quantities(text)] == ["two crews"]


# --- a fraction word that opens a compound ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two chords sit a half-step apart, separated by a half-step in the bass.",
        "The deal was cleared by a third-party review.",
    ],
)
def test_a_fraction_word_joined_to_the_next_word_is_no_fraction(text):
    assert all(m.dimension != "fraction" for m in find_quantities(text))


def test_by_a_fraction_alone_is_still_a_fraction():
    (mention,) = find_quantities("Sales were cut by a third.")
    assert mention.value == pytest.approx(1 / 3)


# --- a movement's end without its unit ----------------------------------------------------------


def test_the_end_of_a_movement_takes_the_unit_of_its_start():
    found = by_text("Fuel use fell from around 30-34 mpg to 41 for the new vans.")
    assert found["41"].unit == "mile / gallon"
    found = by_text("Speeds rose from 28 km/h in 2015 to 33 after the works.")
    assert all(m.unit == "kilometer / hour" for m in found.values() if m.value != 2015)


def test_a_to_without_from_gives_no_unit():
    found = by_text("Prices were 5 pct higher and rose to 30 in the city.")
    assert found["30"].unit is None


# --- a bond's price points ------------------------------------------------------------------------


def test_a_bond_price_move_in_points_is_an_index_move():
    found = by_text("The 20-year bond gained 5/8 point to 97-3/8 in thin trade.")
    assert (found["5/8 point"].unit, found["5/8 point"].dimension) == ("point", "index")


def test_points_scored_stay_a_count():
    (mention,) = find_quantities("The winger scored 12 points in the final.")
    assert mention.dimension == "count"


# --- bases of a price -----------------------------------------------------------------------------


def test_per_annum_is_per_year_and_its_bracketed_restatement_shares_it():
    found = by_text("The scheme needs at least $3bn per annum (£1.6bn) to run.")
    assert found["$3bn per annum"].unit == "USD / year"
    assert found["£1.6bn"].unit == "GBP / year"
    assert found["£1.6bn"].qualifier == "at_least"


def test_how_a_price_is_paid_may_sit_before_its_basis():
    (mention,) = find_quantities("The group offered 37 dlrs cash per share for the chain.")
    assert mention.unit == "USD / share"
    (mention,) = find_quantities("The group offered 37 dlrs in cash a share.")
    assert mention.unit == "USD / share"


def test_cash_and_another_part_of_a_price_stay_apart():
    found = by_text("Holders get 4 dlrs cash and one new share.")
    assert found["4 dlrs"].unit == "USD"


def test_per_one_names_the_thing_priced_after_it():
    (mention,) = find_quantities("The rate used was 1.52 dlrs per one Irish pound.")
    assert mention.unit == "USD / IEP"


# --- a day named before a count ---------------------------------------------------------------


def test_a_weekday_before_a_count_is_no_name():
    found = by_text("Late on Sunday 12 fans were held outside the ground.")
    assert (found["12 fans"].value, found["12 fans"].unit) == (12, "fan")


def test_a_weekday_and_a_bare_number_stay_a_date():
    assert find_quantities("The hearing resumes on Tuesday 14.") == []


# --- a measure written once for a parallel ----------------------------------------------------


def test_a_parallel_with_the_same_preposition_shares_the_measure():
    found = by_text("Floods left four to 6 feet in the valley and 2 to 3 in the town.")
    assert found["2 to 3"].unit == "foot"
    found = by_text("Rainfall hit 55 mm in the hills and 20 in the plain.")
    assert found["20"].unit == "millimeter"


def test_a_figure_in_another_construction_takes_no_measure():
    found = by_text("The player is 1.9 metres tall in boots and 31 in the squad list.")
    assert found["31"].unit is None


def test_what_is_measured_may_come_before_the_parallel_preposition():
    found = by_text(
        "The mine sent 60,000 tonnes of ore through one port and 9,000 through another."
    )
    assert found["9,000"].unit == "metric_ton"


# --- a comparison with the day or the direction before "from" -------------------------------------


@pytest.mark.parametrize(
    "text, compared",
    [
        ("The call rate was 4.1250 pct today, up from 4.0625 yesterday.", "4.0625"),
        ("The overnight rate ended at 6.75 pct, down from 6.9375.", "6.9375"),
    ],
)
def test_a_figure_compared_after_up_from_or_down_from_takes_the_unit(text, compared):
    # the comparison is a figure of its own or the far end of a range: a percentage either way
    (holding,) = [m for m in find_quantities(text) if compared in m.text]
    assert holding.unit == "percent"


# --- a hyphened noun ending in -est ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, unit",
    [
        ("The boards agreed a three-test series for the winter.", "test"),
        ("She took the title after a five-contest run.", "contest"),
    ],
)
def test_a_hyphened_noun_ending_in_est_is_what_is_counted(text, unit):
    (mention,) = find_quantities(text)
    assert (mention.value, mention.unit) in ((3, unit), (5, unit))


def test_a_hyphened_adjective_still_leads_to_the_noun():
    (mention,) = find_quantities("A 2,000-strong crowd gathered.")
    assert mention.unit == "crowd"


# --- a verb in -ed and its object after a count ---------------------------------------------


def test_a_verb_in_ed_then_a_singular_noun_is_no_counted_noun():
    (mention,) = find_quantities("Within a week more than 15 followed suit.")
    assert (mention.value, mention.unit) == (15, None)


@pytest.mark.parametrize(
    "text, unit",
    [
        ("The force sent 30 armed police to the square.", "police"),
        ("The label reissued 200 recorded songs.", "song"),
    ],
)
def test_an_adjective_in_ed_before_the_counted_noun_is_skipped(text, unit):
    (mention,) = find_quantities(text)
    assert mention.unit == unit


# --- a pronoun or adverb ending in -s after the counted noun ----------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The 25 members themselves voted against the plan.", "member"),
        ("The 15 sailors afterwards were flown home.", "sailor"),
        ("The 12 workers downstairs were led out first.", "worker"),
        ("The 40 volunteers indoors stayed dry.", "volunteer"),
        ("The 20 players besides were fined a week's wages.", "player"),
        ("The 14 climbers nowadays are older than before.", "climber"),
    ],
)
def test_a_word_in_s_that_is_no_noun_does_not_take_the_count_from_the_noun(text, noun):
    (count,) = find_quantities(text)
    assert count.unit == noun


def test_a_plural_form_modifier_still_passes_to_the_noun_after_it():
    (count,) = find_quantities("The firm opened three sales offices in the north.")
    assert count.unit == "office"


def test_a_word_in_s_after_a_count_after_of_is_the_verb_of_the_head_before_it():
    (count,) = find_quantities("A poll of 1,300 savers shows that most want lower fees.")
    assert count.unit == "saver"
    count = find_quantities("A crew of 12 sailors works the ship in two shifts.")[0]
    assert (count.value, count.unit) == (12, "sailor")
