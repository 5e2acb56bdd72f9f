"""Ages without "aged" (a decade of life among them), "one" before a noun as a count only
where a toll follows, the part in "two of 33 plants", a stock split's ratio and a price
"each" for things traded but not counted. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from claimcheck.extract.quantities import find_quantities


def by_text(text):
    return {mention.text: mention for mention in find_quantities(text)}


# --- ages --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The coach was 41 when he took over the club.", "41", 41),
        ("At 73, the senator is the oldest in the chamber.", "73", 73),
        ("The 29-year-old denied the charge.", "29-year-old", 29),
        ("Jones, 58, chairs the committee.", "58", 58),
    ],
)
def test_an_age_without_aged(text, written, value):
    mention = by_text(text)[written]
    assert (mention.value, mention.unit, mention.dimension) == (value, "year", "age")


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("A driver in his 40s was taken to hospital.", 40),
        ("Most of the new members are in their early 20s.", 20),
        ("In her mid-60s she took up rowing.", 60),
    ],
)
def test_an_age_by_its_decade_is_a_range_of_ten_years(text, low):
    [mention] = find_quantities(text)
    assert (mention.low, mention.high, mention.value) == (low, low + 9, None)
    assert (mention.unit, mention.dimension) == ("year", "age")


@pytest.mark.parametrize(
    "text",
    [
        "Sales in the 1980s were higher.",
        "Temperatures in the 30s are rare here.",
        "Bids in its 90s range were refused.",
    ],
)
def test_a_decade_that_is_no_persons_age(text):
    assert all(mention.dimension != "age" for mention in find_quantities(text))


# --- "one" before a noun -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "One senior manager said the plan would fail.",
        "One analyst expects rates to fall.",
        "Police named one known smuggler in the report.",
    ],
)
def test_one_introducing_a_noun_is_no_count(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("One driver was killed when the lorry overturned.", "One driver", "driver"),
        ("one climber died on the descent.", "one climber", "climber"),
        ("One guard was reported missing after the raid.", "One guard", "guard"),
        ("Only one school closed.", "one school", "school"),
    ],
)
def test_one_with_a_toll_or_only_is_a_count(text, written, unit):
    mention = by_text(text)[written]
    assert (mention.value, mention.unit, mention.dimension) == (1, unit, "count")


# --- the part of a whole counted in digits -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part", "value", "unit"),
    [
        ("The agency licensed three of 40 clinics.", "three", 3, "clinic"),
        ("Voters rejected five of 12 proposed measures.", "five", 5, "measure"),
    ],
)
def test_the_part_before_of_and_a_counted_whole(text, part, value, unit):
    found = by_text(text)
    assert (found[part].value, found[part].unit) == (value, unit)
    assert len(found) == 2


def test_one_of_a_counted_whole_stays_no_count():
    assert [m.text for m in find_quantities("One of 40 clinics closed.")] == ["40 clinics"]


# --- stock splits ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Directors declared a three-for-two stock split.", "three-for-two", 1.5),
        ("The figures reflect a 2-for-1 split paid in May.", "2-for-1", 2.0),
        ("The bank will split its stock five-for-four.", "five-for-four", 1.25),
    ],
)
def test_a_split_is_a_ratio(text, written, value):
    mention = by_text(text)[written]
    assert (mention.value, mention.dimension) == (value, "ratio")


def test_two_for_one_without_a_split_is_no_ratio():
    assert find_quantities("The cafe runs a two-for-one offer on cakes.") == []


# --- a price "each" for things traded ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The fund bought its new Acme shares last week for 21 dlrs each.", "USD / share"),
        ("The city sold the bonds for 98 dlrs each.", "USD / bond"),
    ],
)
def test_each_after_a_price_of_things_traded(text, unit):
    [mention] = find_quantities(text)
    assert (mention.unit, mention.dimension) == (unit, "price")


def test_each_with_nothing_traded_stays_money():
    [mention] = find_quantities("The guests paid 30 dlrs each.")
    assert (mention.unit, mention.dimension) == ("USD", "currency")


def test_a_split_under_a_share_count_heading_stays_a_ratio():
    text = "Avg shrs 4.1 mln vs 3.9 mln Note: Avg shrs reflect 2-for-1 split in May."
    assert by_text(text)["2-for-1"].dimension == "ratio"


def test_a_count_of_splits_keeps_its_count():
    [mention] = find_quantities("Earnings reflect two three-for-two stock splits last year.")
    assert (mention.value, mention.unit) == (2, "split")


def test_an_offer_that_values_shares_names_no_thing_traded():
    [mention] = find_quantities("The offer values the bonds at 98 dlrs each.")
    assert mention.unit != "USD / value"


def test_a_share_count_after_a_split_note_keeps_its_heading():
    text = "Avg shrs restated for one-for-50 reverse stock split. Number of shrs was 16,744."
    assert by_text(text)["16,744"].unit == "share"


def test_a_split_ratio_keeps_its_bound():
    [mention] = find_quantities("It plans a reverse split of at least one-for-10 this year.")
    assert (mention.value, mention.qualifier) == (0.1, "at_least")


def test_a_split_dated_by_a_year_is_still_a_ratio():
    mention = by_text("Figures reflect a May 1986 2-for-1 stock split.")["2-for-1"]
    assert (mention.value, mention.dimension) == (2.0, "ratio")
