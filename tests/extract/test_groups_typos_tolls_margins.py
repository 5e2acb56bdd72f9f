"""Readings of issue 15 found by a fifth audit on unseen copy: digit groups typed with a stray
space or a zero too many, versions listed after a name, millions before a two-word noun, a
group's noun past its modifiers or its size, a name joined by "&", a toll with no noun, a
change sized "one point", and bounds written with "exceed"."""

from figure_helpers import figures

from claimcheck.extract.quantities import find_quantities


def units(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(m.text, m.value, m.unit) for m in find_quantities(text)]


# Digit groups typed with a slip.


def test_a_currency_amount_with_a_space_after_its_thousands_comma_is_one_sum():
    assert figures("Households on under $42, 000 gained least.") == [
        ("$42, 000", 42000.0, "USD", "less_than")
    ]
    assert figures("The ward paid £318, 275 for the scanner.") == [
        ("£318, 275", 318275.0, "GBP", "exact")
    ]


def test_a_spaced_group_of_zeros_joins_a_bare_count():
    assert units("Nearly 45, 000 fans were inside.") == [("45, 000 fans", 45000.0, "fan")]


def test_a_list_of_sums_or_counts_is_not_joined():
    assert [text for text, *_ in figures("Seats cost $150, 225 and 310.")] == [
        "$150",
        "225",
        "310",
    ]
    assert [value for _, value, *_ in figures("Shops sold 14, 350 bikes.")] == [14.0, 350.0]


def test_a_last_group_with_a_zero_too_many_keeps_its_unit():
    assert figures("It paid 2,450,0000 dlrs for the site.") == [
        ("2,450,0000 dlrs", 2450000.0, "USD", "exact")
    ]


# Numbers that belong to a name.


def test_versions_listed_after_a_named_version_are_no_figures():
    assert figures("The flaw affects Solaris 8, 9, 10 and Linux servers.") == []
    assert figures("Only Office 2000, 97, Mac and Web editions are hit.") == []


def test_a_list_of_bare_figures_after_a_plain_word_stays():
    assert len(figures("Prices were 12, 14 and 15 in Leeds.")) == 3


# Millions before a noun written in two words.


def test_millions_before_a_modifier_and_a_plural_noun():
    assert units("Some 41m email accounts were opened.") == [
        ("41m email accounts", 41000000.0, "account")
    ]


def test_a_length_before_a_singular_noun_or_after_an_article_stays_a_length():
    assert units("A 25m training pool opens soon.") == [("25m", 25.0, "meter")]
    assert units("He ran the 5,000m three weeks later.")[0] == ("5,000m", 5000.0, "meter")


# A part of a group: its noun past the group's modifiers or its size.


def test_a_part_of_the_last_few_takes_the_noun_after_them():
    assert units("Leeds have lost four of their last seven home games.") == [
        ("four", 4.0, "game"),
        ("seven home games", 7.0, "game"),
    ]
    assert units("She scored in six of the next 9 rounds.")[0] == ("six", 6.0, "round")


def test_a_part_takes_its_noun_past_adjectives_and_a_name():
    assert units("He directed five of the classic Harry Lime thrillers.") == [
        ("five", 5.0, "thriller")
    ]
    assert units("Three of the most senior Labour figures resigned.")[0][2] == "figure"


def test_a_part_whose_word_after_the_determiner_is_a_verb_gets_no_noun_from_it():
    assert units("Three of the board voted against.")[0][2] is None


def test_a_name_joined_by_an_ampersand_before_the_counted_noun():
    assert units("It will shut 27 B&Q outlets.") == [("27 B&Q outlets", 27.0, "outlet")]


# A toll with no noun, a change of one point, bounds with "exceed".


def test_a_number_in_words_before_a_toll_word_is_a_count():
    assert units("The storm left three dead and 20 hurt.")[0] == ("three", 3.0, None)
    assert units("There were four injured, police said.") == [("four", 4.0, None)]


def test_one_point_before_a_change_is_its_size():
    assert units("Traders looked for a one point cut in rates.") == [("one point", 1.0, "point")]
    assert units("The party kept a one-seat majority.") == [("one-seat", 1.0, "seat")]


def test_one_before_other_nouns_and_changes_is_still_an_article():
    assert units("We expect one more rate hike.") == []
    assert units("At one point the pound fell.") == []


def test_exceed_in_any_form_bounds_the_figure_from_below():
    assert figures("Output is set to exceed 7bn litres.") == [
        ("7bn litres", 7e9, "liter", "more_than")
    ]
    assert figures("The stake will not exceed 15 pct.") == [("15 pct", 15.0, "percent", "at_most")]
