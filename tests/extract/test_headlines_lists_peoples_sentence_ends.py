"""Readings of issue 15 left by the built-in checks and the audits: a count opening a
title-case headline, a firm named by a digit at the end of a list of names before a verb,
peoples' plurals in "-us", nationalities in "-ese" as the people counted, and "A year"
opening a sentence after one that ends in a figure."""

from datetime import date, datetime

from figure_helpers import figures, figures_and_units

from claimcheck.extract.claims import extract_claims
from claimcheck.extract.dates import find_dates
from claimcheck.extract.quantities import in_title_case_line, lemmatize_noun
from claimcheck.records import Article

# A title-case headline: the capitals hide the counted noun.


def test_a_count_opening_a_title_case_headline_counts_its_plural():
    text = "40 Stranded Walkers Lifted Off Ridge By Helicopter\n\nAll 38 walkers were safe."
    assert figures_and_units(text) == [
        ("40 Stranded Walkers", 40.0, "walker"),
        ("38 walkers", 38.0, "walker"),
    ]


def test_a_headline_count_after_a_lower_case_word_is_read():
    text = "Pay Deal Agreed for 3,000 Hospital Porters\n\nThe porters accepted it."
    assert figures_and_units(text) == [("3,000 Hospital Porters", 3000.0, "porter")]


def test_a_verb_in_s_after_the_headline_plural_is_no_head():
    text = "Search for 12 Missing Divers Ends In Relief\n\nThe divers swam ashore."
    assert figures_and_units(text) == [("12 Missing Divers", 12.0, "diver")]


def test_a_headline_figure_after_a_capitalised_word_stays_a_name():
    assert figures("Channel 5 Drama Takes Award For Best Serial\n\nIt won.") == []


def test_a_headline_figure_before_names_with_no_plural_is_no_count():
    assert figures("Results:\n7 Maria Lopez (Spain)\n9 Karl Berg (Norway)\n") == []
    # (a first name in "-s" is no plural: a line closed by a bracket is a table's)
    assert figures("Entries:\n4 Nikos Andreas Kallis (Cyprus)\n") == []


def test_prose_is_not_read_as_a_headline():
    assert figures_and_units("The 40 stranded walkers were lifted off the ridge.") == [
        ("40 stranded walkers", 40.0, "walker")
    ]


# A digit naming a firm at the end of a list of names, the list the subject of a verb.


def test_a_digit_closing_a_list_of_firms_before_a_verb_is_a_name():
    assert figures("Orange, Vodafone and 3 cut their call charges on Friday.") == []
    assert figures("T-Mobile, O2 and 3 have all raised tariffs.") == []


def test_a_count_closing_a_list_of_names_keeps_its_noun():
    assert figures_and_units("Mr Hale, Ms Ross and 4 aides flew home.") == [
        ("4 aides", 4.0, "aide")
    ]


def test_a_figure_after_a_single_name_is_left_to_its_own_rules():
    # (only a list of at least two names makes the digit one of them)
    assert figures_and_units("Ross and 4 set off at dawn.") != []


# Peoples' plurals in "-us", nationalities in "-ese".


def test_plurals_in_us_of_nouns_in_u_are_made_singular():
    assert lemmatize_noun("Zulus") == "zulu"
    assert lemmatize_noun("gurus") == "guru"
    assert lemmatize_noun("menus") == "menu"


def test_singular_nouns_in_us_stay_as_they_are():
    for word in ("census", "virus", "bus", "Airbus", "stimulus"):
        assert lemmatize_noun(word) == word.lower()


def test_a_people_in_us_after_an_adjective_is_counted_in_the_singular():
    assert figures_and_units("Some 6,000 devout Hindus were at the river at dawn.") == [
        ("6,000 devout Hindus", 6000.0, "hindu")
    ]


def test_a_nationality_in_ese_after_an_adjective_is_the_people_counted():
    assert figures_and_units("The agency fed 3,500 displaced Burmese in the camp.") == [
        ("3,500 displaced Burmese", 3500.0, "burmese")
    ]


def test_a_nationality_in_ese_right_after_the_count_is_the_people_counted():
    assert figures_and_units("Border guards turned back 60 Senegalese on Monday.") == [
        ("60 Senegalese", 60.0, "senegalese")
    ]


def test_a_nationality_in_ese_before_a_verb_is_the_head():
    assert figures_and_units("Some 90 million Japanese watch the final.") == [
        ("90 million Japanese", 90000000.0, "japanese")
    ]


def test_a_nationality_in_ese_before_a_singular_noun_after_one_modifies_it():
    assert figures_and_units("Only one Maltese bank made a bid.") == [
        ("one Maltese bank", 1.0, "bank")
    ]


def test_a_nationality_in_ese_before_a_noun_only_modifies_it():
    assert figures_and_units("The group owns 14 Lebanese restaurants.") == [
        ("14 Lebanese restaurants", 14.0, "restaurant")
    ]


# "A year" opening a sentence is no rate of the figure ending the sentence before.


def test_a_year_opening_a_sentence_after_a_year_is_no_frequency():
    text = "The pier was shut in the summer of 1998. A year and a half later it reopened."
    kinds = [(m.text, m.type) for m in find_dates(text, date(2005, 3, 1))]
    assert ("A year", "set") not in kinds


def test_a_year_opening_a_sentence_after_a_figure_is_no_frequency():
    text = "Exports rose to 4,210. A year and a half after the deal, they fell."
    article = Article(id="t", body=text, published=datetime(2005, 3, 1))
    assert "frequency" not in [claim.kind for claim in extract_claims(article)]


def test_a_figure_then_a_year_in_one_sentence_is_still_a_rate():
    found = [(m.text, m.type) for m in find_dates("Fees are 1,200 a year.", date(2005, 3, 1))]
    assert found == [("a year", "set")]


def test_a_headline_line_is_told_from_prose_and_from_a_table_line():
    body = "6 Rescued Climbers Back In Base Camp\n\nThe six climbers are safe.\n5 Ana Ruiz (Peru)"
    assert in_title_case_line(body, 0)
    assert not in_title_case_line(body, body.index("The six"))
    assert not in_title_case_line(body, body.index("5 Ana"))
