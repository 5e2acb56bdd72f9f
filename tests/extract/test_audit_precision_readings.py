"""Readings found wrong while reading the extractor's output on unlabelled articles: a track
distance or a field-event mark written "Nm" with nothing counted after it, "over" before the
distance of a race, a bound denied by a negated verb or by "no" and its noun, a unit carried
past the material it measures or a "last year" phrase, a futures quote's bid and ask letters,
and a part of a group whose noun counts in the singular form or sits behind a model's code.
Every sentence here is written for the test."""

from __future__ import annotations

from claimcheck.extract.quantities import find_quantities


def by_text(text):
    return {m.text: m for m in find_quantities(text)}


# --- "Nm" as metres ------------------------------------------------------------------------


def test_a_track_distance_listed_after_another_is_metres_at_the_end_of_a_sentence():
    found = by_text("She took gold in the 800m and the 10,000m.")
    assert (found["10,000m"].value, found["10,000m"].unit) == (10000, "meter")
    found = by_text("He entered the 400m, 3000m.")
    assert (found["3000m"].value, found["3000m"].unit) == (3000, "meter")


def test_a_lone_amount_in_millions_stays_a_sum():
    found = by_text("Profits at the group came to 1,500m.")
    assert found["1,500m"].value == 1_500_000_000
    found = by_text("The two deals were worth 12m and 1,500m.")
    assert found["1,500m"].value == 1_500_000_000


def test_a_track_distance_before_crown_is_a_race_not_money():
    found = by_text("She now wants the European 1500m crown as well.")
    (mention,) = found.values()
    assert (mention.value, mention.unit) == (1500, "meter")
    # crowns as money keep their reading
    money = by_text("The state paid 300m crowns for the stake.")
    assert money["300m crowns"].dimension == "currency"


def test_a_mark_in_a_field_event_is_metres():
    found = by_text("At the triple jump final she opened with a cautious 13.9m.")
    assert (found["13.9m"].value, found["13.9m"].unit) == (13.9, "meter")
    found = by_text("He closed his year with a season's best of 8.05m.")
    assert (found["8.05m"].value, found["8.05m"].unit) == (8.05, "meter")


def test_metres_per_second_glued_to_the_figure_is_a_speed():
    found = by_text("The cabin climbs at 9m/s on the way up.")
    (mention,) = found.values()
    assert (mention.value, mention.unit) == (9, "meter / second")


def test_over_before_a_race_distance_is_the_race_not_a_bound():
    found = by_text("He is unbeaten over 200m this winter.")
    assert found["200m"].qualifier == "exact"
    found = by_text("The cliff there is over 200m high.")
    assert found["200m"].qualifier == "more_than"
    found = by_text("The mast is over 100m taller than the old one.")
    assert found["100m"].qualifier == "more_than"


# --- a denied bound ----------------------------------------------------------------------------


def test_a_negated_verb_before_a_one_word_bound_makes_it_an_upper_bound():
    assert by_text("The coupon can't climb above 8.25 pct.")["8.25 pct"].qualifier == "at_most"
    assert by_text("Rents will not go over 900 euros.")["900 euros"].qualifier == "at_most"
    # a plain level keeps its reading
    assert by_text("The yield rose above 8.25 pct.")["8.25 pct"].qualifier == "more_than"


def test_no_and_its_noun_further_from_a_than_form_deny_it():
    found = by_text("No return seat will now cost more than $380 (£200).")
    assert found["$380"].qualifier == "at_most"
    assert found["£200"].qualifier == "at_most"


def test_no_does_not_reach_a_bound_inside_another_clause_or_phrase():
    found = by_text("There is no sign that more than 40 cars were sold.")
    assert found["40 cars"].qualifier == "more_than"
    found = by_text("No bonus is paid to staff with fewer than 12 sales.")
    assert found["12 sales"].qualifier == "less_than"


# --- a unit carried to the figure compared -------------------------------------------------------


def test_a_unit_is_carried_past_the_material_and_a_period():
    found = by_text("Mills shipped 2,310 tonnes of copper rod in the first half, down from 2,980.")
    assert found["2,980"].unit == "metric_ton"
    found = by_text("The mine produced 7.4 tonnes last year from 8.15 in 1985.")
    assert found["8.15"].unit == "metric_ton"


def test_a_figure_with_an_abbreviation_of_its_own_takes_no_carried_unit():
    found = by_text("Proven gas rose to 41.2 billion cubic feet of gas from 38.9 MMBTU.")
    assert found["38.9"].unit is None
    # a gas abbreviation the extractor knows is read with its own scale
    found = by_text("Proven gas rose to 41.2 billion cubic feet of gas from 38.9 TCF.")
    assert (found["38.9 TCF"].value, found["38.9 TCF"].unit) == (38.9e12, "cubic_foot")


# --- futures quotes ---------------------------------------------------------------------------


def test_a_bid_and_ask_pair_in_a_quote_table_is_not_amperes():
    found = find_quantities("SILVER  MAY7 6610B 6625A   6600")
    assert all(m.unit != "ampere" for m in found)
    assert by_text("The fuse is rated at 13A.")["13A"].unit == "ampere"


# --- a part of a group ----------------------------------------------------------------------------


def test_a_part_of_a_group_counts_a_noun_used_in_the_singular_form():
    assert by_text("The carrier will take 12 of the aircraft next year.")["12"].unit == "aircraft"
    assert by_text("Only nine of its staff stayed.")["nine"].unit == "staff"


def test_a_part_of_a_group_counts_the_noun_after_a_model_code():
    assert by_text("It bought 40 of the A320 jets for its fleet.")["40"].unit == "jet"


# --- half a dozen, feet and inches, a sequence's labels ----------------------------------------


def test_half_a_dozen_is_six():
    found = by_text("A crew of half a dozen engineers rebuilt the bridge.")
    mention = found["half a dozen engineers"]
    assert (mention.value, mention.unit) == (6, "engineer")
    assert by_text("We sold a dozen bikes.")["a dozen bikes"].value == 12


def test_a_height_in_feet_and_inches_is_one_figure():
    found = by_text("The new keeper is 6ft 3in and left-footed.")
    mention = found["6ft 3in"]
    assert mention.unit == "foot" and abs(mention.value - 6.25) < 1e-9
    found = by_text("The suspect is about 5 feet 10 inches tall.")
    mention = found["5 feet 10 inches"]
    assert abs(mention.value - (5 + 10 / 12)) < 1e-9


def test_a_bare_number_after_day_or_series_labels_it():
    assert find_quantities("She pulled out on day three of the meeting.") == []
    assert find_quantities("Fans say series 4 was the weakest.") == []
    # a day or week of the clause, with the number its subject, still counts
    assert by_text("Every day 800 cross the border.")
    assert by_text("Last week 30 were hired.")
    # a counted noun after the number makes it a count
    assert by_text("On day two 40 riders quit.")["40 riders"].unit == "rider"
